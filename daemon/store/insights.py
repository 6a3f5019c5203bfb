"""What the insights page reads: each application's history, and the feedback requests."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from afterword.daemon.store import from_iso


@dataclass(frozen=True)
class ApplicationHistory:
    """One application and when each kind of job email about it first arrived."""

    id: int
    company: str
    role: str | None
    stage: str
    applied_on: date | None
    first_mail_at: datetime | None
    interview_at: datetime | None
    offer_at: datetime | None
    rejection_at: datetime | None


@dataclass(frozen=True)
class FeedbackRequests:
    """Feedback-request drafts Afterword wrote, and the threads in which the employer answered."""

    drafts_written: int
    answered: int


def _when(text: str | None) -> datetime | None:
    return from_iso(text) if text else None


def application_histories(db: sqlite3.Connection) -> list[ApplicationHistory]:
    """Every application with the first arrival of each kind of job email linked to it."""
    rows = db.execute(
        "SELECT a.id, a.company, a.role, a.stage, a.applied_at, "
        "  MIN(COALESCE(m.sent_at, m.first_seen_at)) AS first_mail, "
        "  MIN(CASE WHEN m.kind = 'interview' THEN COALESCE(m.sent_at, m.first_seen_at) END) "
        "    AS interview, "
        "  MIN(CASE WHEN m.kind = 'offer' THEN COALESCE(m.sent_at, m.first_seen_at) END) "
        "    AS offer, "
        "  MIN(CASE WHEN m.kind = 'rejection' THEN COALESCE(m.sent_at, m.first_seen_at) END) "
        "    AS rejection "
        "FROM applications a LEFT JOIN links l ON l.application_id = a.id "
        "LEFT JOIN messages m ON m.id = l.message_row "
        "GROUP BY a.id ORDER BY a.id").fetchall()
    return [ApplicationHistory(
        r["id"], r["company"], r["role"], r["stage"],
        date.fromisoformat(r["applied_at"]) if r["applied_at"] else None,
        _when(r["first_mail"]), _when(r["interview"]), _when(r["offer"]), _when(r["rejection"]))
        for r in rows]


def feedback_requests(db: sqlite3.Connection, since: datetime) -> FeedbackRequests:
    """Drafts written since ``since``, and how many of their threads the employer answered
    (the reminder was cancelled because a reply arrived)."""
    written = db.execute("SELECT COUNT(*) FROM drafts WHERE state = 'written' AND written_at >= ?",
                         (since.isoformat(),)).fetchone()[0]
    answered = db.execute(
        "SELECT COUNT(*) FROM drafts d JOIN reminders r ON r.rejection_id = d.rejection_id "
        "WHERE d.state = 'written' AND d.written_at >= ? AND r.state = 'cancelled' "
        "AND r.outcome = 'employer replied'", (since.isoformat(),)).fetchone()[0]
    return FeedbackRequests(int(written), int(answered))


@dataclass(frozen=True)
class GivenReason:
    """A reason a rejection or an employer's answer gave, on one application."""

    application_id: int
    tag: str
    evidence: str


def given_reasons(db: sqlite3.Connection) -> list[GivenReason]:
    """Every reason tagged on a rejection or an answer linked to an application."""
    rows = db.execute(
        "SELECT l.application_id, json_extract(r.value, '$[0]') AS tag, "
        "json_extract(r.value, '$[1]') AS evidence FROM links l "
        "JOIN messages m ON m.id = l.message_row, json_each(m.details, '$.reasons') r "
        "WHERE m.kind IN ('rejection', 'feedback') AND l.application_id IS NOT NULL "
        "ORDER BY m.id").fetchall()
    return [GivenReason(r["application_id"], r["tag"], r["evidence"] or "") for r in rows]
