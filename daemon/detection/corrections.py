"""The user's corrections: "this message is a rejection / an interview / …", in ``labels``.

A correction overrides the classifier for its message (:func:`effective_kind`,
which the pipeline asks before acting on a classification); ``afterword learn``
carries it to similar mail. Labelling a message anything but ``rejection``
after Afterword has already recorded it as a rejection stops
what was planned for it, in one transaction: its scheduled draft and reminder
are cancelled and the rejection is marked skipped. Nothing in the user's
mailbox is touched; a draft already written stays in the Drafts folder, and
the outcome says so.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from afterword.daemon.errors import UsageError
from afterword.daemon.store import Store
from afterword.daemon.store import labels as store_labels
from afterword.parsers.message_ids import bare, both_forms, bracketed

#: A label names the message's kind, or says only that it is not a rejection.
LABELS = ("rejection", "interview", "offer", "application_received", "other", "feedback",
          "not-rejection")
SKIP_REASON = "labelled not-rejection"


@dataclass(frozen=True)
class Correction:
    """What recording one label did."""

    message_id: str
    label: str
    seen_as: tuple[str, ...]
    drafts_cancelled: int
    reminders_cancelled: int
    drafts_already_written: int


def normalise_message_id(message_id: str) -> str:
    """``<id@host>`` whether or not the user typed the angle brackets."""
    if not bare(message_id) or any(c.isspace() for c in bare(message_id)):
        raise UsageError(f"{message_id!r} is not a Message-ID",
                         hint="like <abc123@mail.example>, as `afterword check --json` shows it")
    return bracketed(message_id)


def normalise_label(label: str) -> str:
    """One of :data:`LABELS` (``not_rejection`` and ``application-received`` accepted)."""
    value = label.strip().lower().replace("-", "_").replace("not_rejection", "not-rejection")
    if value not in LABELS:
        raise UsageError(f"unknown label {label!r}", hint="one of " + ", ".join(LABELS))
    return value


def label_for(db: sqlite3.Connection, message_id: str) -> str | None:
    """The user's label for a message, if any."""
    return store_labels.label_of(db, message_id)


def effective_kind(db: sqlite3.Connection, message_id: str | None,
                   classification_kind: str) -> str:
    """The kind to act on: the classifier's, unless the user corrected this message."""
    return corrected_kind(label_for(db, message_id) if message_id else None, classification_kind)


def labels_of(db: sqlite3.Connection, message_ids: list[str]) -> dict[str, str]:
    """The user's labels of a batch of messages: bracketed Message-ID → label."""
    return store_labels.labels_of(db, message_ids)


def corrected_kind(label: str | None, classification_kind: str) -> str:
    """The classifier's kind as the user's ``label`` (if any) corrects it."""
    if label == "not-rejection":
        return "other" if classification_kind == "rejection" else classification_kind
    return label or classification_kind


def all_labels(db: sqlite3.Connection) -> dict[str, str]:
    """Every correction: Message-ID → label."""
    return store_labels.all_labels(db)


def record_label(store: Store, message_id: str, label: str) -> Correction:
    """Upsert the label; for ``not-rejection`` also stop any planned draft and reminder."""
    message_id, label = normalise_message_id(message_id), normalise_label(label)
    with store.transaction() as db:
        store_labels.save_label(db, message_id, label)
        seen = store_labels.kinds_seen(db, both_forms(message_id))
        rejection_ids = store_labels.rejections_of(db, both_forms(message_id))
        cancelled = (0, 0, 0)
        if label != "rejection" and rejection_ids:
            cancelled = store_labels.stop_planned(db, rejection_ids, SKIP_REASON)
    return Correction(message_id, label, seen, *cancelled)


def clear_label(store: Store, message_id: str) -> bool:
    """Remove the user's label from a message; whether it had one."""
    message_id = normalise_message_id(message_id)
    with store.transaction() as db:
        return store_labels.delete_label(db, message_id)
