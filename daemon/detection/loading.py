"""Loading the detection rules the daemon and CLI use: shipped packs plus the user's file.

Parsers do no file I/O on user files; this module reads the user's rules TOML
(path from ``[detection] user_rules``) and hands the parsed table to
:meth:`parsers.RuleSet.load`. :class:`RulesWatcher` reloads when the file changes.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from afterword.daemon.config import Detection
from afterword.daemon.errors import ConfigError
from afterword.parsers import RuleError, RuleSet

log = logging.getLogger(__name__)


def read_user_rules(path: Path) -> dict[str, Any] | None:
    """The user's rules table, or None when the file does not exist."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise ConfigError(f"the rules file {path} is not UTF-8 text",
                          hint="save it as UTF-8, or move it away to start afresh") from None
    except OSError as exc:
        raise ConfigError(f"cannot read the rules file {path}: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from None


def load_rules(detection: Detection, *, user_rules_path: Path | None = None) -> RuleSet:
    """The shipped packs for the configured languages merged with the user's rules."""
    path = user_rules_path or detection.user_rules
    user_rules = read_user_rules(path)
    try:
        return RuleSet.load(detection.languages, user_rules)
    except RuleError as exc:
        raise ConfigError(str(exc), path=str(path),
                          hint="fix the rule or run `afterword rules list` to see it") from None


@dataclass
class RulesWatcher:
    """Keeps the current RuleSet and reloads it when the user's rules file changes."""

    detection: Detection
    rules: RuleSet | None = None
    _stamp: tuple[float, int] | None = None

    def _file_stamp(self) -> tuple[float, int] | None:
        try:
            stat = self.detection.user_rules.stat()
        except OSError:
            return None
        return (stat.st_mtime, stat.st_size)

    def current(self, *, force: bool = False) -> RuleSet:
        """The rules, reloaded if the file changed since the last call (or ``force``)."""
        stamp = self._file_stamp()
        if self.rules is None or force or stamp != self._stamp:
            try:
                self.rules = load_rules(self.detection)
                if self._stamp is not None or force:
                    log.info("rules reloaded from %s", self.detection.user_rules)
            except ConfigError as exc:
                if self.rules is None:
                    raise
                log.warning("keeping the previous rules: %s", exc.one_line())
            self._stamp = stamp
        return self.rules
