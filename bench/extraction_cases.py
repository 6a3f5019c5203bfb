"""Invented job emails annotated with what the drafter should get out of them.

The cases are data, one JSON line each in ``bench/extraction_cases.jsonl`` (``set`` is
main, fresh or blind); this module reads them. Every company, person and sentence there
was written for this benchmark. Each
:class:`Case` names the expected ``company``, ``role``, ``recipient_name``
(the human who signed; None when a team or nobody signed), ``reply_to`` (None
for no-reply and ATS notification senders) and ``no_feedback_policy``. An
expected value may be a tuple of answers a careful human would all accept
("Jana" or "Jana Holm" both make a fine greeting).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

Expected = str | tuple[str, ...] | None


@dataclass(frozen=True)
class Case:
    """One email and its expected extraction."""

    lang: str
    note: str
    subject: str
    sender: str
    body: str
    company: Expected
    role: Expected
    name: Expected
    reply_to: str | None
    no_feedback: bool = False
    html: bool = False
    headers: tuple[tuple[str, str], ...] = field(default=())


def _expected(value: object) -> Expected:
    return tuple(value) if isinstance(value, list) else value  # type: ignore[return-value]


def _load(which: str) -> list[Case]:
    path = Path(__file__).resolve().with_suffix(".jsonl")
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.pop("set") != which:
            continue
        for key in ("company", "role", "name"):
            row[key] = _expected(row[key])
        row["headers"] = tuple(tuple(pair) for pair in row.get("headers", ()))
        cases.append(Case(**row))
    return cases


#: The main set, then those written after tuning on it (fresh) and before reading it (blind).
CASES: list[Case] = _load("main")
FRESH: list[Case] = _load("fresh")
BLIND: list[Case] = _load("blind")
