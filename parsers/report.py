"""The JSON-able view of one classified email, as ``afterword check --json`` prints it."""

from __future__ import annotations

from typing import Any

from afterword.parsers.classify import Classification
from afterword.parsers.message import ParsedEmail


def to_json(parsed: ParsedEmail, c: Classification, *, file: str | None = None) -> dict[str, Any]:
    """One flat dict of plain JSON types; ``reply_to`` is None when nobody reads replies."""
    return {
        "file": file,
        "kind": c.kind.value,
        "is_rejection": c.is_rejection,
        "score": c.score,
        "language": c.language,
        "company": c.company,
        "role": c.role,
        "recipient_name": c.recipient_name,
        "reply_to": c.reply_to,
        "no_feedback_policy": c.no_feedback_policy,
        "job_related": c.job_related,
        "ats": c.ats,
        "ats_tenant": c.ats_tenant,
        "decided_by": c.decided_by,
        "probabilities": dict(c.probabilities),
        "evidence": [{"rule": e.rule, "text": e.text, "weight": e.weight} for e in c.evidence],
        "model_evidence": [{"feature": e.text, "pull": e.weight} for e in c.model_evidence],
        "subject": parsed.subject,
        "from": parsed.from_addr,
        "message_id": parsed.message_id,
    }
