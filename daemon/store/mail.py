"""Sync cursors and seen messages: what the pipeline has read, per account and folder.

A message is identified per account by its Message-ID, so a rescan after a
UIDVALIDITY change or an expired Gmail history finds it already recorded.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from afterword.daemon.store import from_iso, to_iso, utcnow_iso
from afterword.daemon.store.details import MessageDetails


@dataclass(frozen=True)
class SeenMessage:
    """A message the pipeline has classified."""

    row: int
    account: str
    folder: str
    ref_key: str
    message_id: str
    thread_id: str | None
    subject: str
    from_addr: str | None
    sent_at: datetime | None
    kind: str
    score: float
    language: str | None
    details: MessageDetails


@dataclass(frozen=True)
class FolderSync:
    """The sync position and health of one watched folder."""

    account: str
    folder: str
    cursor: str | None
    last_sync_at: str | None
    last_error: str | None


def get_cursor(db: sqlite3.Connection, account: str, folder: str) -> str | None:
    row = db.execute("SELECT cursor FROM sync_state WHERE account = ? AND folder = ?",
                     (account, folder)).fetchone()
    return row["cursor"] if row else None


def save_cursor(db: sqlite3.Connection, account: str, folder: str, cursor: str) -> None:
    """Record a new sync position; call in the same transaction that stored the batch."""
    db.execute(
        "INSERT INTO sync_state (account, folder, cursor, last_sync_at, last_error) "
        "VALUES (?, ?, ?, ?, NULL) ON CONFLICT (account, folder) DO UPDATE SET "
        "cursor = excluded.cursor, last_sync_at = excluded.last_sync_at, last_error = NULL",
        (account, folder, cursor, utcnow_iso()))


def record_sync_error(db: sqlite3.Connection, account: str, folder: str, error: str) -> None:
    db.execute(
        "INSERT INTO sync_state (account, folder, last_error) VALUES (?, ?, ?) "
        "ON CONFLICT (account, folder) DO UPDATE SET last_error = excluded.last_error",
        (account, folder, error))


def folder_syncs(db: sqlite3.Connection) -> list[FolderSync]:
    rows = db.execute("SELECT * FROM sync_state ORDER BY account, folder").fetchall()
    return [FolderSync(r["account"], r["folder"], r["cursor"], r["last_sync_at"],
                       r["last_error"]) for r in rows]


def is_seen(db: sqlite3.Connection, account: str, message_id: str) -> bool:
    return db.execute("SELECT 1 FROM messages WHERE account = ? AND message_id = ?",
                      (account, message_id)).fetchone() is not None


def record_message(db: sqlite3.Connection, *, account: str, folder: str, ref_key: str,
                   message_id: str, thread_id: str | None, subject: str,
                   from_addr: str | None, sent_at: datetime | None, kind: str, score: float,
                   language: str | None, details: MessageDetails) -> int | None:
    """Insert a classified message; returns its row, or None when already recorded."""
    cursor = db.execute(
        "INSERT INTO messages (account, folder, ref_key, message_id, thread_id, subject, "
        "from_addr, sent_at, kind, score, language, first_seen_at, details) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (account, message_id) DO NOTHING",
        (account, folder, ref_key, message_id, thread_id, subject, from_addr,
         to_iso(sent_at) if sent_at else None, kind, score, language, utcnow_iso(),
         details.to_json()))
    return cursor.lastrowid if cursor.rowcount else None


def _seen(row: sqlite3.Row) -> SeenMessage:
    return SeenMessage(
        row=row["id"], account=row["account"], folder=row["folder"], ref_key=row["ref_key"],
        message_id=row["message_id"], thread_id=row["thread_id"], subject=row["subject"],
        from_addr=row["from_addr"],
        sent_at=from_iso(row["sent_at"]) if row["sent_at"] else None, kind=row["kind"],
        score=row["score"], language=row["language"],
        details=MessageDetails.from_json(row["details"]))


def message_by_row(db: sqlite3.Connection, row: int) -> SeenMessage | None:
    found = db.execute("SELECT * FROM messages WHERE id = ?", (row,)).fetchone()
    return _seen(found) if found else None


def messages_by_message_id(db: sqlite3.Connection, message_id: str) -> list[SeenMessage]:
    rows = db.execute("SELECT * FROM messages WHERE message_id = ? ORDER BY id",
                      (message_id,)).fetchall()
    return [_seen(r) for r in rows]


def message_ids_known(db: sqlite3.Connection, message_ids: list[str]) -> set[str]:
    """Which of ``message_ids`` any account has recorded (threading by References)."""
    if not message_ids:
        return set()
    marks = ",".join("?" * len(message_ids))
    rows = db.execute(f"SELECT DISTINCT message_id FROM messages WHERE message_id IN ({marks})",
                      message_ids).fetchall()
    return {r["message_id"] for r in rows}


def set_details(db: sqlite3.Connection, row: int, details: MessageDetails) -> None:
    """Replace a message's stored parser details."""
    db.execute("UPDATE messages SET details = ? WHERE id = ?", (details.to_json(), row))
