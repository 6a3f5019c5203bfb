"""The user's labels in the store: "this message is (not) a rejection"."""

from __future__ import annotations

import sqlite3

from afterword.daemon.store import utcnow_iso
from afterword.parsers.message_ids import both_forms


def label_of(db: sqlite3.Connection, message_id: str) -> str | None:
    """The label of a message (Message-ID with or without angle brackets), if any."""
    row = db.execute("SELECT label FROM labels WHERE message_id IN (?, ?)",
                     both_forms(message_id)).fetchone()
    return row["label"] if row else None


def all_labels(db: sqlite3.Connection) -> dict[str, str]:
    """Every label: Message-ID → label."""
    return {row["message_id"]: row["label"]
            for row in db.execute("SELECT message_id, label FROM labels")}


def save_label(db: sqlite3.Connection, message_id: str, label: str) -> None:
    db.execute("INSERT INTO labels (message_id, label, created_at) VALUES (?, ?, ?) "
               "ON CONFLICT (message_id) DO UPDATE SET label = excluded.label, "
               "created_at = excluded.created_at", (message_id, label, utcnow_iso()))


def kinds_seen(db: sqlite3.Connection, message_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds the pipeline recorded for any of ``message_ids``, oldest first."""
    marks = ",".join("?" * len(message_ids))
    return tuple(row["kind"] for row in db.execute(
        f"SELECT kind FROM messages WHERE message_id IN ({marks}) ORDER BY id", message_ids))


def rejections_of(db: sqlite3.Connection, message_ids: tuple[str, ...]) -> list[int]:
    """The rejection ids recorded for any of ``message_ids``."""
    marks = ",".join("?" * len(message_ids))
    return [row["id"] for row in db.execute(
        f"SELECT r.id FROM rejections r JOIN messages m ON m.id = r.message_row "
        f"WHERE m.message_id IN ({marks})", message_ids)]


def stop_planned(db: sqlite3.Connection, rejection_ids: list[int],
                 reason: str) -> tuple[int, int, int]:
    """Cancel the scheduled drafts and reminders of these rejections and skip them.

    Returns (drafts cancelled, reminders cancelled, drafts already written).
    """
    marks = ",".join("?" * len(rejection_ids))
    drafts = db.execute(f"UPDATE drafts SET state = 'cancelled' WHERE state = 'scheduled' "
                        f"AND rejection_id IN ({marks})", rejection_ids).rowcount
    reminders = db.execute(f"UPDATE reminders SET state = 'cancelled' WHERE state = "
                           f"'scheduled' AND rejection_id IN ({marks})", rejection_ids).rowcount
    written = db.execute(f"SELECT COUNT(*) FROM drafts WHERE state = 'written' "
                         f"AND rejection_id IN ({marks})", rejection_ids).fetchone()[0]
    db.execute(f"UPDATE rejections SET status = 'skipped', reason = ? "
               f"WHERE status IN ('waiting', 'drafted') AND id IN ({marks})",
               [reason, *rejection_ids])
    return drafts, reminders, int(written)
