"""Messages that failed, the ones quarantined, and the ones a killed process left unfinished.

One message's failure is that message's problem: the pipeline records it here
with the stage it failed at and a one-line reason, retries it on the next
cycles, and quarantines it after ``quarantine_after`` attempts. A quarantined
message stays in the mailbox and in this table until the user retries or
drops it (``afterword quarantine``).

``messages_in_flight`` is the pipeline's note of which messages a batch is
about to process, committed before the work starts and removed in the same
transaction that records each result: after a kill, the rows left name the
messages that were unfinished, one of which may have killed the process.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from afterword.daemon.store import from_iso, utcnow_iso


class Stage(StrEnum):
    """Where in the pipeline a message failed."""

    FETCH = "fetch"
    PARSE = "parse"
    CLASSIFY = "classify"
    LINK = "link"
    PLAN = "plan"
    DRAFT = "draft"
    REMIND = "remind"
    UNFINISHED = "unfinished"


class FailureState(StrEnum):
    """A failed message is retried, then quarantined; the user may drop it."""

    RETRYING = "retrying"
    QUARANTINED = "quarantined"
    DROPPED = "dropped"


@dataclass(frozen=True)
class MessageAt:
    """Where a message lives and what it is called: the key of every failure record."""

    account: str
    folder: str
    ref_key: str
    message_id: str
    subject: str = ""


@dataclass(frozen=True)
class MessageFailure:
    """A message that failed at least once, and what became of it."""

    at: MessageAt
    stage: Stage
    reason: str
    attempts: int
    state: FailureState
    first_failed_at: datetime
    last_failed_at: datetime


def record_failure(db: sqlite3.Connection, at: MessageAt, stage: Stage, reason: str, *,
                   quarantine_after: int) -> MessageFailure:
    """Count one more failed attempt; the message is quarantined at ``quarantine_after``."""
    now = utcnow_iso()
    db.execute(
        "INSERT INTO message_failures (account, folder, ref_key, message_id, subject, stage, "
        "reason, attempts, state, first_failed_at, last_failed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 1, 'retrying', ?, ?) "
        "ON CONFLICT (account, folder, ref_key) DO UPDATE SET "
        "attempts = attempts + 1, stage = excluded.stage, reason = excluded.reason, "
        "last_failed_at = excluded.last_failed_at, "
        "subject = CASE WHEN excluded.subject != '' THEN excluded.subject ELSE subject END",
        (at.account, at.folder, at.ref_key, at.message_id, at.subject[:200], stage.value,
         reason[:300], now, now))
    db.execute(
        "UPDATE message_failures SET state = 'quarantined' WHERE account = ? AND folder = ? "
        "AND ref_key = ? AND attempts >= ? AND state = 'retrying'",
        (at.account, at.folder, at.ref_key, quarantine_after))
    found = failure_of(db, at.account, at.folder, at.ref_key)
    assert found is not None
    return found


def clear_failure(db: sqlite3.Connection, account: str, folder: str, ref_key: str) -> None:
    """Forget a message's failures: it has now been handled."""
    db.execute("DELETE FROM message_failures WHERE account = ? AND folder = ? AND ref_key = ? "
               "AND state = 'retrying'", (account, folder, ref_key))


def failure_of(db: sqlite3.Connection, account: str, folder: str,
               ref_key: str) -> MessageFailure | None:
    row = db.execute("SELECT * FROM message_failures WHERE account = ? AND folder = ? "
                     "AND ref_key = ?", (account, folder, ref_key)).fetchone()
    return _failure(row) if row else None


def retrying(db: sqlite3.Connection, account: str, folder: str) -> list[MessageFailure]:
    """The failed messages of a folder that the next cycle tries again."""
    rows = db.execute("SELECT * FROM message_failures WHERE account = ? AND folder = ? "
                      "AND state = 'retrying' ORDER BY first_failed_at, ref_key",
                      (account, folder)).fetchall()
    return [_failure(r) for r in rows]


def failures(db: sqlite3.Connection, *, states: Iterable[FailureState] = (
        FailureState.RETRYING, FailureState.QUARANTINED)) -> list[MessageFailure]:
    """Every failure in the given states, oldest first."""
    wanted = [state.value for state in states]
    marks = ",".join("?" * len(wanted))
    rows = db.execute(f"SELECT * FROM message_failures WHERE state IN ({marks}) "
                      "ORDER BY first_failed_at, account, folder, ref_key", wanted).fetchall()
    return [_failure(r) for r in rows]


def set_failure_state(db: sqlite3.Connection, failure: MessageFailure,
                      state: FailureState) -> None:
    """Retry (back to 'retrying' with its count reset) or drop a failed message."""
    attempts = 0 if state is FailureState.RETRYING else failure.attempts
    db.execute("UPDATE message_failures SET state = ?, attempts = ? WHERE account = ? "
               "AND folder = ? AND ref_key = ?",
               (state.value, attempts, failure.at.account, failure.at.folder, failure.at.ref_key))


def is_held(db: sqlite3.Connection, account: str, folder: str, ref_key: str) -> bool:
    """Whether the message is quarantined or dropped: the pipeline leaves it alone."""
    return db.execute("SELECT 1 FROM message_failures WHERE account = ? AND folder = ? "
                      "AND ref_key = ? AND state != 'retrying'",
                      (account, folder, ref_key)).fetchone() is not None


def mark_in_flight(db: sqlite3.Connection, messages: Iterable[MessageAt]) -> None:
    """Note the messages a batch is about to process; commit before processing them."""
    db.executemany("INSERT OR IGNORE INTO messages_in_flight (account, folder, ref_key, "
                   "message_id) VALUES (?, ?, ?, ?)",
                   [(m.account, m.folder, m.ref_key, m.message_id) for m in messages])


def done_in_flight(db: sqlite3.Connection, account: str, folder: str, ref_key: str) -> None:
    db.execute("DELETE FROM messages_in_flight WHERE account = ? AND folder = ? AND ref_key = ?",
               (account, folder, ref_key))


def left_in_flight(db: sqlite3.Connection, account: str, folder: str) -> list[MessageAt]:
    """The messages a previous process was still working on when it stopped."""
    rows = db.execute("SELECT * FROM messages_in_flight WHERE account = ? AND folder = ? "
                      "ORDER BY ref_key", (account, folder)).fetchall()
    return [MessageAt(r["account"], r["folder"], r["ref_key"], r["message_id"]) for r in rows]


def _failure(row: sqlite3.Row) -> MessageFailure:
    return MessageFailure(
        at=MessageAt(row["account"], row["folder"], row["ref_key"], row["message_id"],
                     row["subject"]),
        stage=Stage(row["stage"]), reason=row["reason"], attempts=row["attempts"],
        state=FailureState(row["state"]), first_failed_at=from_iso(row["first_failed_at"]),
        last_failed_at=from_iso(row["last_failed_at"]))
