"""The one interface the pipeline uses to talk to mail, and the values that cross it.

Every backend (IMAP, Maildir, Gmail) implements :class:`Mailbox`. The pipeline
never asks which backend it holds. Identity crosses the boundary as one type,
:class:`MessageRef`; sync positions cross it as opaque strings the store keeps.

Contract every backend honours (checked by ``tests/mailbox_contract``):

* reading never changes the user's mail (no flags, no moves, no deletes);
* ``fetch_new`` yields bounded batches; the caller stores a batch and only then
  saves the batch's ``cursor`` — so a crash re-delivers, never loses;
* ``save_draft`` and ``deliver_reminder`` are idempotent by Message-ID: the
  second call with the same Message-ID finds the first copy and writes nothing;
  ``save_drafts`` is ``save_draft`` for many at once (one IMAP ``MULTIAPPEND``), and
  one draft the server refuses is that draft's failure alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from afterword.daemon.errors import AfterwordError


@dataclass(frozen=True)
class MessageRef:
    """Where a message lives: stable for the life of the message in that folder.

    ``key`` is backend-specific but opaque to callers: ``"<uidvalidity>:<uid>"``
    for IMAP, the unique file name (without flags) for Maildir, the message id
    for Gmail.
    """

    account: str
    folder: str
    key: str


@dataclass(frozen=True)
class FetchedMessage:
    """A message as read from the mailbox: raw bytes plus its identity."""

    ref: MessageRef
    raw: bytes
    message_id: str | None
    thread_id: str | None = None
    internal_date: datetime | None = None
    #: Why the backend could not read this message (``raw`` is then empty); the
    #: pipeline records it as a fetch failure and retries it with ``fetch_message``.
    problem: str | None = None


@dataclass(frozen=True)
class Batch:
    """A bounded group of new messages and the cursor to store once they are saved."""

    folder: str
    messages: list[FetchedMessage]
    cursor: str
    #: How many messages this whole ``fetch_new`` call delivers, when the backend knows.
    total: int | None = None


class Mailbox(Protocol):
    """A connected view of one account's mail."""

    account: str

    def connect(self) -> None:
        """Log in / open. Raises CredentialError or MailboxUnavailable."""

    def close(self) -> None:
        """Release the connection; safe to call twice."""

    def watched_folders(self) -> list[str]:
        """The folders whose new mail the pipeline reads."""

    def fetch_new(self, folder: str, cursor: str | None, *, since: datetime | None = None,
                  batch_size: int = 100) -> Iterator[Batch]:
        """New messages in ``folder`` after ``cursor`` (None: first sync, bounded by ``since``).

        A cursor the backend can no longer use (UIDVALIDITY changed, history
        expired) triggers a rescan of the ``since`` window; the caller
        de-duplicates by Message-ID. An idle call yields nothing, or one empty
        batch carrying an updated cursor.
        """

    def fetch_message(self, ref: MessageRef) -> FetchedMessage | None:
        """The one message at ``ref`` again (a failed message's retry); None once it is gone."""

    def find_replies(self, message_id: str, *, in_sent: bool) -> list[str]:
        """Message-IDs of messages that reply to ``message_id`` (In-Reply-To/References).

        ``in_sent=True`` looks in the Sent folder (did the user send our draft?);
        ``in_sent=False`` looks in the watched folders (did the employer answer?).
        """

    def find_replies_to_each(self, message_ids: Sequence[str], *, in_sent: bool
                             ) -> Mapping[str, list[str]]:
        """``find_replies`` for each of ``message_ids`` at once (one look at Sent per batch
        of drafts on IMAP); every id is a key, with an empty list when nothing answers it."""

    def drafts_location(self) -> str:
        """Where drafts go (a folder name or label), found by SPECIAL-USE or config."""

    def has_draft(self, message_id: str) -> bool:
        """Whether a draft with this Message-ID is in the Drafts folder."""

    def save_draft(self, raw: bytes, message_id: str, *, thread_id: str | None = None) -> None:
        """Store ``raw`` as a draft unless one with ``message_id`` is already there."""

    def save_drafts(self, drafts: Sequence[OutgoingDraft]) -> Mapping[str, AfterwordError]:
        """``save_draft`` for each of ``drafts``; the ones not saved, by Message-ID, with why."""

    def deliver_reminder(self, raw: bytes, message_id: str) -> None:
        """Put ``raw`` into the inbox, unseen and flagged, unless already there. Never sends."""

    def wait_for_change(self, timeout: float) -> None:
        """Block until new mail may have arrived (IMAP IDLE) or ``timeout`` seconds pass."""


@dataclass(frozen=True)
class OutgoingDraft:
    """A composed draft on its way to the Drafts folder."""

    raw: bytes
    message_id: str
    thread_id: str | None = None


def replies_one_by_one(mailbox: Mailbox, message_ids: Sequence[str], *, in_sent: bool
                       ) -> dict[str, list[str]]:
    """``find_replies_to_each`` for a backend with no cheaper way: each id on its own."""
    return {message_id: mailbox.find_replies(message_id, in_sent=in_sent)
            for message_id in message_ids}


def save_one_by_one(mailbox: Mailbox, drafts: Sequence[OutgoingDraft]
                    ) -> dict[str, AfterwordError]:
    """``save_drafts`` for a backend with no batch write: each draft on its own."""
    failed: dict[str, AfterwordError] = {}
    for draft in drafts:
        try:
            mailbox.save_draft(draft.raw, draft.message_id, thread_id=draft.thread_id)
        except AfterwordError as exc:
            failed[draft.message_id] = exc
    return failed
