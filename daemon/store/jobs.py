"""Rejections, drafts and reminders in the store: the daemon's to-do list, exactly once.

Every function takes the connection of an open transaction (or the plain
connection for reads) and never commits itself. Exactly-once is carried by
the schema (one draft and one reminder per rejection, UNIQUE Message-IDs) and
by state transitions that only leave ``'scheduled'``: a draft once written or
cancelled, or a reminder once delivered or cancelled, never comes back.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from afterword.daemon.store import from_iso, to_iso


class RejectionStatus(StrEnum):
    """Where a recorded rejection stands."""

    WAITING = "waiting"
    DRAFTED = "drafted"
    TOO_OLD = "too_old"
    SKIPPED = "skipped"


class DraftState(StrEnum):
    """A draft is scheduled, then written or cancelled, never back."""

    SCHEDULED = "scheduled"
    WRITTEN = "written"
    CANCELLED = "cancelled"


class ReminderState(StrEnum):
    """A reminder is scheduled, then delivered or cancelled, never back."""

    SCHEDULED = "scheduled"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


REJECTION_STATUSES = tuple(status.value for status in RejectionStatus)


@dataclass(frozen=True)
class Rejection:
    id: int
    message_row: int
    received_at: datetime
    status: RejectionStatus
    reason: str | None


@dataclass(frozen=True)
class Draft:
    """A feedback-request draft, scheduled or done, with the rejection it answers."""

    id: int
    rejection_id: int
    message_id: str
    due_at: datetime
    state: DraftState
    written_at: datetime | None
    to_addr: str | None
    subject: str | None
    account: str
    message_row: int
    rejection_message_id: str


@dataclass(frozen=True)
class Reminder:
    """The single reminder for a rejection, with the draft it follows up on."""

    id: int
    rejection_id: int
    message_id: str
    due_at: datetime
    state: ReminderState
    fired_at: datetime | None
    outcome: str | None
    account: str
    message_row: int
    rejection_message_id: str
    draft_message_id: str | None
    draft_subject: str | None


@dataclass(frozen=True)
class DueTime:
    """One future (or overdue) wake-up for the scheduler; ``job_id`` is stable per row."""

    job_id: str
    due_at: datetime


def _when(text: str | None) -> datetime | None:
    return from_iso(text) if text else None


def record_rejection(db: sqlite3.Connection, message_row: int, received_at: datetime,
                     status: str, reason: str | None = None) -> int:
    """Record a rejection once per message; returns its id (the existing one on a repeat)."""
    if status not in REJECTION_STATUSES:
        raise ValueError(f"unknown rejection status {status!r}")
    db.execute("INSERT INTO rejections (message_row, received_at, status, reason) "
               "VALUES (?, ?, ?, ?) ON CONFLICT (message_row) DO NOTHING",
               (message_row, to_iso(received_at), status, reason))
    row = db.execute("SELECT id FROM rejections WHERE message_row = ?", (message_row,)).fetchone()
    return int(row["id"])


def set_rejection_status(db: sqlite3.Connection, rejection_id: int, status: str,
                         reason: str | None = None) -> None:
    if status not in REJECTION_STATUSES:
        raise ValueError(f"unknown rejection status {status!r}")
    db.execute("UPDATE rejections SET status = ?, reason = ? WHERE id = ?",
               (status, reason, rejection_id))


def _rejection(row: sqlite3.Row | None) -> Rejection | None:
    if row is None:
        return None
    return Rejection(row["id"], row["message_row"], from_iso(row["received_at"]),
                     RejectionStatus(row["status"]), row["reason"])


def get_rejection(db: sqlite3.Connection, rejection_id: int) -> Rejection | None:
    return _rejection(db.execute("SELECT * FROM rejections WHERE id = ?",
                                 (rejection_id,)).fetchone())


def rejection_for_message(db: sqlite3.Connection, message_row: int) -> Rejection | None:
    return _rejection(db.execute("SELECT * FROM rejections WHERE message_row = ?",
                                 (message_row,)).fetchone())


def draft_for_rejection(db: sqlite3.Connection, rejection_id: int) -> Draft | None:
    row = db.execute(_DRAFTS + " WHERE d.rejection_id = ?", (rejection_id,)).fetchone()
    return _draft(row) if row else None


def rejection_blocker(db: sqlite3.Connection, rejection_id: int) -> str | None:
    """Why this rejection must get no draft or reminder (muted, relabelled, too old), or None."""
    row = db.execute(
        "SELECT r.status, m.message_id, "
        "  (SELECT a.muted FROM links l JOIN applications a ON a.id = l.application_id "
        "   WHERE l.message_row = r.message_row) AS muted, "
        "  (SELECT label FROM labels WHERE labels.message_id = m.message_id) AS label "
        "FROM rejections r JOIN messages m ON m.id = r.message_row WHERE r.id = ?",
        (rejection_id,)).fetchone()
    if row is None:
        return "rejection no longer recorded"
    if row["label"] not in (None, "rejection"):
        return "labelled not-rejection"
    if row["muted"]:
        return "application muted"
    if row["status"] in (RejectionStatus.TOO_OLD, RejectionStatus.SKIPPED):
        return f"rejection {row['status'].replace('_', ' ')}"
    return None


def earlier_rejection(db: sqlite3.Connection, message_row: int,
                      message_ids: list[str]) -> str | None:
    """The Message-ID of a rejection (or one of our drafts) already recorded among
    ``message_ids``, other than ``message_row`` itself; None when there is none.

    The same rejection delivered to two accounts, or an answer in a thread that
    already holds a rejection or our feedback request, is one conversation: one draft.
    """
    if not message_ids:
        return None
    marks = ",".join("?" * len(message_ids))
    row = db.execute(
        "SELECT m.message_id FROM rejections r JOIN messages m ON m.id = r.message_row "
        "LEFT JOIN labels l ON l.message_id = m.message_id "
        f"WHERE m.message_id IN ({marks}) AND m.id != ? "
        "AND (l.label IS NULL OR l.label != 'not-rejection') "
        f"UNION ALL SELECT message_id FROM drafts WHERE message_id IN ({marks}) LIMIT 1",
        (*message_ids, message_row, *message_ids)).fetchone()
    return str(row[0]) if row else None


@dataclass(frozen=True)
class LinkedApplication:
    """What the store knows about the application a message is linked to."""

    id: int
    company: str
    role: str | None
    muted: bool
    contact_name: str | None
    contact_address: str | None


def linked_application(db: sqlite3.Connection, message_row: int) -> LinkedApplication | None:
    """The application ``message_row`` is linked to, with its first known contact."""
    row = db.execute(
        "SELECT a.id, a.company, a.role, a.muted, c.name AS contact_name, "
        "c.address AS contact_address FROM links l JOIN applications a ON a.id = l.application_id "
        "LEFT JOIN contacts c ON c.application_id = a.id "
        "WHERE l.message_row = ? ORDER BY c.id LIMIT 1", (message_row,)).fetchone()
    if row is None:
        return None
    return LinkedApplication(row["id"], row["company"], row["role"], bool(row["muted"]),
                             row["contact_name"], row["contact_address"])


_DRAFTS = ("SELECT d.*, m.account, m.id AS message_row, m.message_id AS rejection_message_id "
           "FROM drafts d JOIN rejections r ON r.id = d.rejection_id "
           "JOIN messages m ON m.id = r.message_row")
_REMINDERS = ("SELECT n.*, m.account, m.id AS message_row, "
              "m.message_id AS rejection_message_id, d.message_id AS draft_message_id, "
              "d.subject AS draft_subject "
              "FROM reminders n JOIN rejections r ON r.id = n.rejection_id "
              "JOIN messages m ON m.id = r.message_row "
              "LEFT JOIN drafts d ON d.rejection_id = n.rejection_id")


def _draft(row: sqlite3.Row) -> Draft:
    return Draft(
        id=row["id"], rejection_id=row["rejection_id"], message_id=row["message_id"],
        due_at=from_iso(row["due_at"]), state=DraftState(row["state"]),
        written_at=_when(row["written_at"]),
        to_addr=row["to_addr"], subject=row["subject"], account=row["account"],
        message_row=row["message_row"], rejection_message_id=row["rejection_message_id"])


def _reminder(row: sqlite3.Row) -> Reminder:
    return Reminder(
        id=row["id"], rejection_id=row["rejection_id"], message_id=row["message_id"],
        due_at=from_iso(row["due_at"]), state=ReminderState(row["state"]),
        fired_at=_when(row["fired_at"]),
        outcome=row["outcome"], account=row["account"], message_row=row["message_row"],
        rejection_message_id=row["rejection_message_id"],
        draft_message_id=row["draft_message_id"], draft_subject=row["draft_subject"])


def schedule_draft(db: sqlite3.Connection, rejection_id: int, message_id: str,
                   due_at: datetime) -> bool:
    """Schedule the rejection's draft; False (and no change) when it already has one."""
    cursor = db.execute(
        "INSERT INTO drafts (rejection_id, message_id, due_at, state) "
        "VALUES (?, ?, ?, 'scheduled') ON CONFLICT DO NOTHING",
        (rejection_id, message_id, to_iso(due_at)))
    return cursor.rowcount == 1


def due_drafts(db: sqlite3.Connection, now: datetime) -> list[Draft]:
    """Scheduled drafts whose time has come, oldest first."""
    rows = db.execute(_DRAFTS + " WHERE d.state = 'scheduled' AND d.due_at <= ? "
                      "ORDER BY d.due_at, d.id", (to_iso(now),)).fetchall()
    return [_draft(r) for r in rows]


def move_draft(db: sqlite3.Connection, draft_id: int, due_at: datetime) -> bool:
    """Give a still-scheduled draft a new due time (the next drafting window, a new config)."""
    cursor = db.execute("UPDATE drafts SET due_at = ? WHERE id = ? AND state = 'scheduled'",
                        (to_iso(due_at), draft_id))
    return cursor.rowcount == 1


def mark_draft_written(db: sqlite3.Connection, draft_id: int, to_addr: str | None,
                       subject: str, written_at: datetime) -> bool:
    """Record the draft as written (only from 'scheduled'); its rejection becomes 'drafted'."""
    cursor = db.execute(
        "UPDATE drafts SET state = 'written', written_at = ?, to_addr = ?, subject = ? "
        "WHERE id = ? AND state = 'scheduled'", (to_iso(written_at), to_addr, subject, draft_id))
    if cursor.rowcount != 1:
        return False
    db.execute("UPDATE rejections SET status = 'drafted' "
               "WHERE id = (SELECT rejection_id FROM drafts WHERE id = ?)", (draft_id,))
    return True


def cancel_draft(db: sqlite3.Connection, draft_id: int) -> bool:
    """Cancel a draft that has not been written; False when it already left 'scheduled'."""
    cursor = db.execute("UPDATE drafts SET state = 'cancelled' "
                        "WHERE id = ? AND state = 'scheduled'", (draft_id,))
    return cursor.rowcount == 1


def schedule_reminder(db: sqlite3.Connection, rejection_id: int, message_id: str,
                      due_at: datetime) -> bool:
    """Schedule the rejection's one reminder; False when it has (or had) one already."""
    cursor = db.execute(
        "INSERT INTO reminders (rejection_id, message_id, due_at, state) "
        "VALUES (?, ?, ?, 'scheduled') ON CONFLICT DO NOTHING",
        (rejection_id, message_id, to_iso(due_at)))
    return cursor.rowcount == 1


def due_reminders(db: sqlite3.Connection, now: datetime) -> list[Reminder]:
    rows = db.execute(_REMINDERS + " WHERE n.state = 'scheduled' AND n.due_at <= ? "
                      "ORDER BY n.due_at, n.id", (to_iso(now),)).fetchall()
    return [_reminder(r) for r in rows]


def mark_reminder(db: sqlite3.Connection, reminder_id: int, state: str, outcome: str,
                  fired_at: datetime) -> bool:
    """Close a reminder as 'delivered' or 'cancelled' (only from 'scheduled')."""
    if state not in (ReminderState.DELIVERED, ReminderState.CANCELLED):
        raise ValueError(f"a reminder can only become delivered or cancelled, not {state!r}")
    cursor = db.execute(
        "UPDATE reminders SET state = ?, outcome = ?, fired_at = ? "
        "WHERE id = ? AND state = 'scheduled'", (state, outcome, to_iso(fired_at), reminder_id))
    return cursor.rowcount == 1


def pending_drafts(db: sqlite3.Connection) -> list[Draft]:
    rows = db.execute(_DRAFTS + " WHERE d.state = 'scheduled' ORDER BY d.due_at, d.id").fetchall()
    return [_draft(r) for r in rows]


def pending_reminders(db: sqlite3.Connection) -> list[Reminder]:
    rows = db.execute(_REMINDERS + " WHERE n.state = 'scheduled' "
                      "ORDER BY n.due_at, n.id").fetchall()
    return [_reminder(r) for r in rows]


def list_drafts(db: sqlite3.Connection) -> list[Draft]:
    return [_draft(r) for r in db.execute(_DRAFTS + " ORDER BY d.due_at, d.id").fetchall()]


def list_reminders(db: sqlite3.Connection) -> list[Reminder]:
    return [_reminder(r) for r in db.execute(_REMINDERS + " ORDER BY n.due_at, n.id").fetchall()]


def future_due_times(db: sqlite3.Connection) -> list[DueTime]:
    """Every scheduled draft and reminder as a wake-up time (overdue ones included)."""
    rows = db.execute(
        "SELECT 'draft-' || id AS job_id, due_at FROM drafts WHERE state = 'scheduled' "
        "UNION ALL "
        "SELECT 'reminder-' || id, due_at FROM reminders WHERE state = 'scheduled' "
        "ORDER BY due_at").fetchall()
    return [DueTime(r["job_id"], from_iso(r["due_at"])) for r in rows]


@dataclass(frozen=True)
class AnsweredRequest:
    """A feedback request Afterword wrote, named by a new message's thread headers."""

    draft_id: int
    rejection_id: int
    rejection_row: int
    reminder_id: int | None


def answered_request(db: sqlite3.Connection, message_ids: list[str]) -> AnsweredRequest | None:
    """The written draft a message answers: its In-Reply-To or References name the draft
    or the rejection it replied to."""
    if not message_ids:
        return None
    marks = ",".join("?" * len(message_ids))
    row = db.execute(
        f"SELECT d.id AS draft_id, d.rejection_id, r.message_row, "
        f"  (SELECT n.id FROM reminders n WHERE n.rejection_id = d.rejection_id "
        f"   AND n.state = 'scheduled') AS reminder_id "
        f"FROM drafts d JOIN rejections r ON r.id = d.rejection_id "
        f"JOIN messages m ON m.id = r.message_row "
        f"WHERE d.state = 'written' AND (d.message_id IN ({marks}) OR m.message_id IN ({marks})) "
        f"ORDER BY d.id DESC LIMIT 1", [*message_ids, *message_ids]).fetchone()
    if row is None:
        return None
    return AnsweredRequest(row["draft_id"], row["rejection_id"], row["message_row"],
                           row["reminder_id"])
