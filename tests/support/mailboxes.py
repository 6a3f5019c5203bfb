"""Mailbox test doubles for the job steps: one in memory, one in a directory (survives a crash).

Both honour the Protocol's contract that matters here: ``save_draft`` and
``deliver_reminder`` are idempotent by Message-ID, and ``find_replies`` answers
from replies the test planted.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from afterword.daemon.errors import AfterwordError, MailboxUnavailable
from afterword.daemon.mailbox.base import (
    Batch,
    FetchedMessage,
    MessageRef,
    OutgoingDraft,
    replies_one_by_one,
    save_one_by_one,
)


class RecordingMailbox:
    """An in-memory mailbox that records every draft and reminder written to it."""

    def __init__(self, account: str = "personal") -> None:
        self.account = account
        self.drafts: dict[str, bytes] = {}
        self.reminders: dict[str, bytes] = {}
        self.save_calls = 0
        self.unavailable = False
        self._replies: dict[tuple[str, bool], list[str]] = {}

    def plant_reply(self, to_message_id: str, reply_id: str, *, in_sent: bool) -> None:
        """Make ``reply_id`` answer ``to_message_id`` in Sent (``in_sent``) or the inbox."""
        self._replies.setdefault((to_message_id, in_sent), []).append(reply_id)

    def _check(self) -> None:
        if self.unavailable:
            raise MailboxUnavailable(f"account {self.account}: server went away")

    def connect(self) -> None:
        self._check()

    def close(self) -> None:
        return None

    def watched_folders(self) -> list[str]:
        return ["INBOX"]

    def fetch_new(self, folder: str, cursor: str | None, *, since: datetime | None = None,
                  batch_size: int = 100) -> Iterator[Batch]:
        return iter(())

    def fetch_message(self, ref: MessageRef) -> FetchedMessage | None:
        return None

    def find_replies(self, message_id: str, *, in_sent: bool) -> list[str]:
        self._check()
        return list(self._replies.get((message_id, in_sent), []))

    def find_replies_to_each(self, message_ids: Sequence[str], *, in_sent: bool
                             ) -> Mapping[str, list[str]]:
        return replies_one_by_one(self, message_ids, in_sent=in_sent)

    def drafts_location(self) -> str:
        return "Drafts"

    def has_draft(self, message_id: str) -> bool:
        return message_id in self.drafts

    def save_draft(self, raw: bytes, message_id: str, *, thread_id: str | None = None) -> None:
        self._check()
        self.save_calls += 1
        self.drafts.setdefault(message_id, raw)

    def save_drafts(self, drafts: Sequence[OutgoingDraft]) -> Mapping[str, AfterwordError]:
        return save_one_by_one(self, drafts)

    def deliver_reminder(self, raw: bytes, message_id: str) -> None:
        self._check()
        self.reminders.setdefault(message_id, raw)

    def wait_for_change(self, timeout: float) -> None:
        return None


class DirectoryMailbox(RecordingMailbox):
    """Drafts and reminders as files under ``root``, so a killed process leaves them behind."""

    def __init__(self, root: Path, account: str = "personal") -> None:
        super().__init__(account)
        self.root = root
        for sub in ("Drafts", "INBOX"):
            (root / sub).mkdir(parents=True, exist_ok=True)

    @staticmethod
    def _name(message_id: str) -> str:
        return hashlib.sha256(message_id.encode()).hexdigest()[:20] + ".eml"

    def _write_once(self, folder: str, raw: bytes, message_id: str) -> None:
        target = self.root / folder / self._name(message_id)
        if target.exists():
            return
        temporary = target.with_suffix(".tmp")
        temporary.write_bytes(raw)
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        temporary.rename(target)

    def files(self, folder: str) -> list[Path]:
        return sorted((self.root / folder).glob("*.eml"))

    def has_draft(self, message_id: str) -> bool:
        return (self.root / "Drafts" / self._name(message_id)).exists()

    def save_draft(self, raw: bytes, message_id: str, *, thread_id: str | None = None) -> None:
        self.save_calls += 1
        self._write_once("Drafts", raw, message_id)

    def deliver_reminder(self, raw: bytes, message_id: str) -> None:
        self._write_once("INBOX", raw, message_id)
