"""Pure detection of job emails: bytes -> :class:`ParsedEmail` -> :class:`Classification`.

No I/O (except reading the shipped rule packs), no clock, no network. The
daemon imports this package; this package never imports the daemon.
"""

from afterword.parsers.classify import (
    DEFAULT_THRESHOLD,
    Classification,
    Evidence,
    Kind,
    analyse,
    classify,
)
from afterword.parsers.errors import MessageParseError, RuleError
from afterword.parsers.message import ParsedEmail, parse_message
from afterword.parsers.report import to_json
from afterword.parsers.rules import PACK_LANGUAGES, Rule, RuleSet, validate_user_rules

__all__ = [
    "DEFAULT_THRESHOLD",
    "PACK_LANGUAGES",
    "Classification",
    "Evidence",
    "Kind",
    "MessageParseError",
    "ParsedEmail",
    "Rule",
    "RuleError",
    "RuleSet",
    "analyse",
    "classify",
    "parse_message",
    "to_json",
    "validate_user_rules",
]
