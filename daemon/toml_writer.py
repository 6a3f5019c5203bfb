"""A small TOML emitter for the shapes Afterword writes (the user's rules file).

The standard library reads TOML (``tomllib``) but cannot write it. This emits
one document whose top level holds scalars, arrays of tables of scalars
(``[[rules]]``) and tables of tables of scalars (``[overrides."en.x.y"]``).
Scalars are strings, booleans, integers and finite floats. Anything else
raises :class:`TypeError`, so an unexpected shape fails loudly instead of
writing a file ``tomllib`` would read back differently.

Strings follow TOML 1.0 §String: a literal string (``'...'``) when the text
has no apostrophe and no control character (regular expressions stay
readable), otherwise a basic string with ``\\``, ``"`` and control characters
escaped. Keys that are not bare (``en.rejection.x`` would mean nesting) are
written as basic strings, as ``docs/rules.md`` shows them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_SHORT_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r",
                  '"': '\\"', "\\": "\\\\"}


def _is_control(char: str) -> bool:
    return char < " " or char == "\x7f"


def quote_string(text: str) -> str:
    """``text`` as a TOML string that reads back identically."""
    if "'" not in text and not any(_is_control(c) for c in text):
        return f"'{text}'"
    return basic_string(text)


def basic_string(text: str) -> str:
    """``text`` as a double-quoted TOML string, escaped."""
    out = []
    for char in text:
        if char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif _is_control(char):
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def quote_key(key: str) -> str:
    """A bare key when TOML allows one, else a double-quoted key."""
    if _BARE_KEY.match(key):
        return key
    return basic_string(key)


def scalar(value: Any) -> str:
    """One TOML value: string, bool, int or finite float."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError(f"cannot write the non-finite number {value!r}")
        return repr(value)
    if isinstance(value, str):
        return quote_string(value)
    raise TypeError(f"cannot write a {type(value).__name__} as a TOML value")


def _pairs(table: Mapping[str, Any], where: str) -> list[str]:
    lines = []
    for key, value in table.items():
        if isinstance(value, Mapping | list | tuple):
            raise TypeError(f"{where}{key}: nested tables and arrays are not supported here")
        lines.append(f"{quote_key(key)} = {scalar(value)}")
    return lines


def dumps(document: Mapping[str, Any], *, header: str = "") -> str:
    """The TOML text of ``document``; ``header`` lines are written as comments first."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    scalars = {k: v for k, v in document.items() if not isinstance(v, Mapping | list | tuple)}
    lines.extend(_pairs(scalars, ""))
    lines.extend(f"{quote_key(k)} = []" for k, v in document.items()
                 if isinstance(v, list | tuple) and not v)
    for key, value in document.items():
        if key in scalars or (isinstance(value, list | tuple) and not value):
            continue
        name = quote_key(key)
        if isinstance(value, Mapping) and not value:
            lines.extend(["", f"[{name}]"])
        elif isinstance(value, Mapping):
            for sub_key, table in value.items():
                if not isinstance(table, Mapping):
                    raise TypeError(f"{key}.{sub_key}: expected a table")
                lines.extend(["", f"[{name}.{quote_key(sub_key)}]"])
                lines.extend(_pairs(table, f"{key}.{sub_key}."))
        elif isinstance(value, Sequence):
            for index, table in enumerate(value):
                if not isinstance(table, Mapping):
                    raise TypeError(f"{key}[{index}]: expected a table")
                lines.extend(["", f"[[{name}]]"])
                lines.extend(_pairs(table, f"{key}[{index}]."))
    return "\n".join(lines).lstrip("\n") + "\n"
