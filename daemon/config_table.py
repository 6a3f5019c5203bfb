"""Reading one TOML table of the config: typed values out, every problem recorded.

A :class:`Table` never raises: a missing, mistyped or out-of-range value is
recorded with its key path (``accounts[0].port``) in the list the whole config
shares, and a default stands in, so one pass reports every problem at once.
The keys read are remembered, so :meth:`Table.reject_unknown` can name the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

UNKNOWN_KEY = "unknown key (check the spelling against `afterword init --print`)"


class Table:
    """Reads typed values out of one TOML table, recording problems instead of raising."""

    def __init__(self, data: Any, where: str, problems: list[str]) -> None:
        self.where = where
        self.problems = problems
        if not isinstance(data, dict):
            self.fail("", f"must be a table, not {type(data).__name__}")
            data = {}
        self.data: dict[str, Any] = data
        self.used: set[str] = set()

    def _key(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where and key else (self.where or key)

    def fail(self, key: str, message: str) -> None:
        """Record a problem with ``key`` (``""`` for the table itself)."""
        self.problems.append(f"{self._key(key)}: {message}")

    def _get(self, key: str, kinds: tuple[type, ...], label: str, required: bool) -> Any:
        self.used.add(key)
        if key not in self.data:
            if required:
                self.fail(key, "is required")
            return None
        value = self.data[key]
        if isinstance(value, bool) and bool not in kinds:
            self.fail(key, f"must be {label}, not a boolean")
            return None
        if not isinstance(value, kinds):
            self.fail(key, f"must be {label}, not {type(value).__name__} {value!r}")
            return None
        return value

    def string(self, key: str, default: str | None = None, *, required: bool = False,
               choices: tuple[str, ...] | None = None) -> str | None:
        value = self._get(key, (str,), "a string", required)
        if value is None:
            return default
        if choices and value not in choices:
            self.fail(key, f"must be one of {', '.join(choices)}, not {value!r}")
            return default
        return str(value)

    def integer(self, key: str, default: int, *, minimum: int = 0,
                maximum: int | None = None) -> int:
        value = self._get(key, (int,), "a whole number", False)
        if value is None:
            return default
        if value < minimum or (maximum is not None and value > maximum):
            upper = f" and {maximum}" if maximum is not None else ""
            self.fail(key, f"must be between {minimum}{upper}, not {value}"
                      if upper else f"must be at least {minimum}, not {value}")
            return default
        return int(value)

    def number(self, key: str) -> float | None:
        value = self._get(key, (int, float), "a number", False)
        return None if value is None else float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(key, (bool,), "true or false", False)
        return default if value is None else bool(value)

    def strings(self, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self._get(key, (list,), "a list of strings", False)
        if value is None:
            return default
        if not all(isinstance(item, str) for item in value) or not value:
            self.fail(key, "must be a non-empty list of strings")
            return default
        return tuple(value)

    def table(self, key: str) -> Table:
        self.used.add(key)
        return Table(self.data.get(key, {}), self._key(key), self.problems)

    def reject_unknown(self, explain: Callable[[str], str | None] = lambda key: None) -> None:
        """Record every key not read as unknown; ``explain`` may say better why it is wrong."""
        for key in sorted(set(self.data) - self.used):
            self.fail(key, explain(key) or UNKNOWN_KEY)
