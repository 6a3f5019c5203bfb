"""The two errors :mod:`parsers` raises on purpose.

Both derive from :class:`ValueError` so callers that only care about "bad
input" can catch one base class; the daemon maps them to its own taxonomy.
"""

from __future__ import annotations


class MessageParseError(ValueError):
    """The input cannot be read as an email at all (not bytes, empty, no headers)."""


class RuleError(ValueError):
    """A rule pack or the user's rules file is invalid; the message names the rule and field."""
