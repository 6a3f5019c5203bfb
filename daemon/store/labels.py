"""The user's labels in the store: "this message is (not) a rejection"."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from afterword.daemon.store import utcnow_iso
from afterword.parsers.message_ids import both_forms, bracketed


def label_of(db: sqlite3.Connection, message_id: str) -> str | None:
    """The label of a message (Message-ID with or without angle brackets), if any."""
    row = db.execute("SELECT label FROM labels WHERE message_id IN (?, ?)",
                     both_forms(message_id)).fetchone()
    return row["label"] if row else None


def labels_of(db: sqlite3.Connection, message_ids: list[str]) -> dict[str, str]:
    """The labels of ``message_ids`` (each in its bracketed form), one query for a batch."""
    forms = {form: bracketed(mid) for mid in message_ids for form in both_forms(mid)}
    if not forms:
        return {}
    marks = ",".join("?" * len(forms))
    return {forms[row["message_id"]]: row["label"] for row in db.execute(
        f"SELECT message_id, label FROM labels WHERE message_id IN ({marks})", list(forms))}


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


def delete_label(db: sqlite3.Connection, message_id: str) -> bool:
    """Remove a message's label; whether there was one."""
    return db.execute("DELETE FROM labels WHERE message_id IN (?, ?)",
                      both_forms(message_id)).rowcount > 0


def latest_label_change(db: sqlite3.Connection) -> tuple[int, str | None]:
    """How many labels there are and when the newest was written."""
    row = db.execute("SELECT COUNT(*), MAX(created_at) FROM labels").fetchone()
    return int(row[0]), row[1]


def _packed(features: Mapping[str, float]) -> bytes:
    """``features`` grouped by value (the text features of a message all share one), as
    compressed JSON ``[[value, [name, ...]], ...]``: written once per message, so cheap
    to write first and small second."""
    by_value: dict[float, list[str]] = {}
    for name, value in features.items():
        by_value.setdefault(value, []).append(name)
    return zlib.compress(json.dumps(list(by_value.items()), separators=(",", ":")).encode(), 1)


def _unpacked(packed: bytes) -> dict[str, float]:
    """The features of :func:`_packed`; a row written before grouping holds a plain mapping."""
    data = json.loads(zlib.decompress(packed))
    if isinstance(data, dict):
        return {str(name): float(value) for name, value in data.items()}
    return {name: float(value) for value, names in data for name in names}


def save_features(db: sqlite3.Connection, message_row: int,
                  features: Mapping[str, float]) -> None:
    """Keep a message's model features, compressed: what learning from a label needs."""
    packed = _packed(features)
    db.execute("INSERT OR REPLACE INTO message_features (message_row, features) VALUES (?, ?)",
               (message_row, packed))


@dataclass(frozen=True)
class LabelledFeatures:
    """A stored message the user labelled with a kind, and its model features."""

    message_id: str
    kind_seen: str
    label: str
    features: dict[str, float]


def labelled_features(db: sqlite3.Connection, kinds: tuple[str, ...]) -> list[LabelledFeatures]:
    """Every message labelled with one of ``kinds`` whose features were kept."""
    marks = ",".join("?" * len(kinds))
    rows = db.execute(
        f"SELECT m.message_id, m.kind, l.label, f.features FROM labels l "
        f"JOIN messages m ON m.message_id = l.message_id "
        f"JOIN message_features f ON f.message_row = m.id "
        f"WHERE l.label IN ({marks}) ORDER BY m.id", kinds).fetchall()
    return [LabelledFeatures(r[0], r[1], r[2], _unpacked(r[3])) for r in rows]


@dataclass(frozen=True)
class StoredFeatures:
    """A stored message, the kind recorded for it, and its model features."""

    message_id: str
    subject: str
    kind: str
    features: dict[str, float]


def all_features(db: sqlite3.Connection) -> list[StoredFeatures]:
    """Every stored message whose features were kept (what ``learn --dry-run`` re-decides)."""
    rows = db.execute("SELECT m.message_id, m.subject, m.kind, f.features FROM messages m "
                      "JOIN message_features f ON f.message_row = m.id ORDER BY m.id").fetchall()
    return [StoredFeatures(r[0], r[1], r[2], _unpacked(r[3])) for r in rows]


def save_personal_layer(db: sqlite3.Connection, layer: dict[str, Any], labels: int) -> None:
    db.execute("INSERT OR REPLACE INTO personal_layer (id, fitted_at, labels, layer) "
               "VALUES (1, ?, ?, ?)", (utcnow_iso(), labels, json.dumps(layer)))


def personal_layer(db: sqlite3.Connection) -> tuple[dict[str, Any], str, int] | None:
    """The stored layer (as saved), when it was fitted and on how many labels."""
    row = db.execute("SELECT layer, fitted_at, labels FROM personal_layer WHERE id = 1"
                     ).fetchone()
    return (json.loads(row[0]), row[1], int(row[2])) if row else None


def set_kind(db: sqlite3.Connection, message_id: str, kind: str) -> None:
    """Record a new kind for a stored message (after learning changed its decision)."""
    db.execute("UPDATE messages SET kind = ? WHERE message_id IN (?, ?)",
               (kind, *both_forms(message_id)))
