"""What the parsers said about a stored message, as a typed record with a schema version.

Kept in ``messages.details`` as JSON (``version`` first, then only the fields that are
set). Reading tolerates older rows: a missing field takes its default and unknown
keys are ignored, so the record can grow without a migration.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

DETAILS_VERSION = 1


@dataclass(frozen=True)
class MessageDetails:
    """The parsers' findings kept with a message (subject and ids as the email wrote them)."""

    subject: str | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    thread_id: str | None = None
    from_name: str | None = None
    reply_to: str | None = None
    ignored_reply_to: str | None = None
    recipient_name: str | None = None
    company: str | None = None
    role: str | None = None
    language: str | None = None
    no_feedback_policy: bool = False
    ats: str | None = None
    job_related: bool = False
    had_interview: bool = False
    evidence: tuple[tuple[str, float], ...] = ()
    reasons: tuple[tuple[str, str], ...] = ()
    feedback_text: str | None = None
    error: str | None = None

    def to_json(self) -> str:
        # Every field is a plain value or a tuple of them, which json writes as a list:
        # no deep copy (dataclasses.asdict) needed on a path run for every message.
        kept = {name: value for name, default in _DEFAULTS.items()
                if (value := getattr(self, name)) != default}
        return json.dumps({"version": DETAILS_VERSION, **kept}, ensure_ascii=False,
                          sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> MessageDetails:
        return cls.from_mapping(json.loads(text or "{}"))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> MessageDetails:
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key in ("references",):
                value = tuple(str(v) for v in value or ())
            elif key in ("evidence", "reasons"):
                value = tuple(tuple(pair) for pair in value or ())
            values[key] = value
        return cls(**values)


_DEFAULTS = {field.name: getattr(MessageDetails(), field.name) for field in fields(MessageDetails)}
