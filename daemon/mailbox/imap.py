"""The IMAP adapter: incremental, read-only sync of watched folders; drafts and reminders by APPEND.

Reading uses EXAMINE and ``BODY.PEEK`` only, so the user's flags never change.
Each ``fetch_new`` call starts with one STATUS (UIDNEXT UIDVALIDITY
HIGHESTMODSEQ), preceded by a CLOSE when that folder is the selected one
(Dovecot answers STATUS on it from a stale view): when nothing arrived, those
one or two commands are the whole cost of an idle poll.
Writing is idempotent by Message-ID: before each ``APPEND`` the folder's
:class:`~afterword.daemon.mailbox.imap_index.FolderIndex` is brought up to date (it
reads only the messages new since the last look) and asked. Connection handling,
TLS policy and reconnect-with-backoff live in
:mod:`afterword.daemon.mailbox.imap_session`; trimming large messages in
:mod:`afterword.daemon.mailbox.imap_fetch`.

``stop`` is a :class:`threading.Event` the run loop may set from another
thread (e.g. on SIGTERM) to end :meth:`ImapMailbox.wait_for_change` early.
"""

from __future__ import annotations

import imaplib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from imapclient import IMAPClient

from afterword.daemon.errors import AfterwordError, MailboxError, MailboxUnavailable
from afterword.daemon.mailbox.accounts import ImapAccount
from afterword.daemon.mailbox.base import Batch, FetchedMessage, MessageRef, OutgoingDraft
from afterword.daemon.mailbox.folder_names import Role, choose_folder
from afterword.daemon.mailbox.imap_cursor import ImapCursor
from afterword.daemon.mailbox.imap_fetch import fetch_batch, imap_date, search_uids
from afterword.daemon.mailbox.imap_index import STATUS_ITEMS, FolderIndex
from afterword.daemon.mailbox.imap_session import ImapSession

log = logging.getLogger(__name__)

#: RFC 2177 section 3: clients should re-issue IDLE at least every 29 minutes.
IDLE_REISSUE_SECONDS = 25 * 60
#: How often a waiting IDLE looks at the ``stop`` event.
IDLE_SLICE_SECONDS = 1.0

DRAFT, SEEN, FLAGGED = b"\\Draft", b"\\Seen", b"\\Flagged"


class ImapMailbox:
    """One IMAP account behind the :class:`~afterword.daemon.mailbox.base.Mailbox` protocol."""

    def __init__(self, account: ImapAccount, *, secret: Callable[[], str],
                 max_age_days: int) -> None:
        self.account = account.name
        self.config = account
        self.max_age_days = max_age_days
        self.session = ImapSession(account, secret)
        self.stop = threading.Event()
        self._roles: dict[Role, str] = {}
        self._uidnext_seen: dict[str, int] = {}
        self._indexes: dict[str, FolderIndex] = {}

    @property
    def commands_sent(self) -> int:
        """Tagged IMAP commands sent so far (LOGIN and CAPABILITY included)."""
        return self.session.commands_sent

    def connect(self) -> None:
        self.session.run(lambda client: None)

    def close(self) -> None:
        self.session.close()

    def watched_folders(self) -> list[str]:
        return list(self.config.folders)

    def drafts_location(self) -> str:
        return self._role_folder("drafts")

    def fetch_new(self, folder: str, cursor: str | None, *, since: datetime | None = None,
                  batch_size: int = 100) -> Iterator[Batch]:
        previous = ImapCursor.decode(cursor) if cursor else None
        status = self.session.run(lambda client: self._status(client, folder))
        uidvalidity, uidnext = int(status[b"UIDVALIDITY"]), int(status[b"UIDNEXT"])
        modseq = status.get(b"HIGHESTMODSEQ")
        self._uidnext_seen[folder] = uidnext
        if previous is not None and previous.uidvalidity == uidvalidity:
            if uidnext <= previous.last_uid + 1:
                return
            start = previous
            criteria = ["UID", f"{previous.last_uid + 1}:*"]
        else:
            window: date | None = since.date() if since else None
            if previous is not None:
                window = date.today() - timedelta(days=self.max_age_days)
                log.info("account %s: UIDVALIDITY of %s changed; rescanning since %s",
                         self.account, folder, window)
            start = ImapCursor(uidvalidity, 0, None)
            criteria = ["SINCE", imap_date(window)] if window else ["ALL"]
        uids, large = self.session.run(
            lambda client: self._search(client, folder, uidvalidity, criteria))
        uids = sorted(uid for uid in uids if uid > start.last_uid)
        final = ImapCursor(uidvalidity, max([start.last_uid, uidnext - 1, *uids[-1:]]),
                           None if modseq is None else int(modseq))
        if not uids:
            yield Batch(folder, [], final.encode())
            return
        for offset in range(0, len(uids), batch_size):
            chunk = uids[offset:offset + batch_size]
            messages = self.session.run(partial(self._fetch, folder=folder,
                                                uidvalidity=uidvalidity, uids=chunk, large=large))
            last = offset + batch_size >= len(uids)
            position = final if last else ImapCursor(uidvalidity, chunk[-1], start.highestmodseq)
            yield Batch(folder, messages, position.encode(), total=len(uids))

    def fetch_message(self, ref: MessageRef) -> FetchedMessage | None:
        uidvalidity, uid = (int(part) for part in ref.key.split(":"))

        def fetch(client: IMAPClient) -> FetchedMessage | None:
            info = self.session.select(client, ref.folder)
            if int(info[b"UIDVALIDITY"]) != uidvalidity or not search_uids(
                    client, ["UID", str(uid)]):
                return None
            large = set(search_uids(client, ["UID", str(uid), "LARGER",
                                             str(self.config.max_message_bytes)]))
            found = self._fetch(client, ref.folder, uidvalidity, [uid], large)
            return found[0] if found else None

        return self.session.run(fetch)

    def find_replies(self, message_id: str, *, in_sent: bool) -> list[str]:
        return self.find_replies_to_each([message_id], in_sent=in_sent)[message_id]

    def find_replies_to_each(self, message_ids: Sequence[str], *, in_sent: bool
                             ) -> Mapping[str, list[str]]:
        """One look at each folder's index (a STATUS when nothing changed) for all of them."""
        folders = [self._role_folder("sent")] if in_sent else self.watched_folders()
        found: dict[str, list[str]] = {message_id: [] for message_id in message_ids}
        for folder in folders:

            def replies_in(client: IMAPClient, folder: str = folder
                           ) -> dict[str, list[str]]:
                index = self._index(client, folder)
                return {message_id: index.replies_to(message_id) for message_id in found}

            for message_id, replies in self.session.run(replies_in).items():
                known = found[message_id]
                known += [reply for reply in replies
                          if reply not in known and reply != message_id]
        return found

    def has_draft(self, message_id: str) -> bool:
        folder = self.drafts_location()
        return self.session.run(lambda client: self._index(client, folder).holds(message_id))

    def save_draft(self, raw: bytes, message_id: str, *, thread_id: str | None = None) -> None:
        self._append_once(self.drafts_location(), raw, message_id, (DRAFT, SEEN))

    def save_drafts(self, drafts: Sequence[OutgoingDraft]) -> Mapping[str, AfterwordError]:
        """All of ``drafts`` in one ``MULTIAPPEND`` (RFC 3502) when the server has it.

        The command is atomic: when the server refuses it (one draft over quota, say),
        nothing was stored, and the drafts are appended one by one so that only the
        refused one fails. A connection lost half-way is retried by the session, and
        the Drafts index then skips whatever the server had already stored.
        """
        folder = self.drafts_location()
        failed: dict[str, AfterwordError] = {}

        def append_all(client: IMAPClient) -> None:
            index = self._index(client, folder)
            fresh = list({draft.message_id: draft for draft in drafts
                          if not index.holds(draft.message_id)}.values())
            if len(fresh) > 1 and client.has_capability("MULTIAPPEND"):
                try:
                    answer = client.multiappend(
                        folder, [{"msg": draft.raw, "flags": (DRAFT, SEEN)} for draft in fresh])
                except IMAPClient.AbortError:
                    raise
                except IMAPClient.Error as exc:
                    log.info("account %s: %s refused %d drafts at once (%s); "
                             "appending them one by one", self.account, folder, len(fresh), exc)
                else:
                    # imapclient answers (status, [text]) here, unlike ``append``'s text alone.
                    text = b" ".join(part for part in answer[1] if isinstance(part, bytes))
                    index.appended_all(text, [(draft.message_id, draft.raw) for draft in fresh])
                    log.info("account %s: appended %d drafts to %s", self.account, len(fresh),
                             folder)
                    return
            for draft in fresh:
                try:
                    self._append(client, folder, draft.raw, draft.message_id, (DRAFT, SEEN))
                except MailboxError as exc:
                    failed[draft.message_id] = exc

        self.session.run(append_all)
        return failed

    def deliver_reminder(self, raw: bytes, message_id: str) -> None:
        self._append_once("INBOX", raw, message_id, (FLAGGED,))

    def wait_for_change(self, timeout: float) -> None:
        """IDLE on the first watched folder (``push = true``), else sleep; ``stop`` ends it early.

        Returns as soon as the server reports EXISTS or RECENT, or at once when
        mail arrived since the last ``fetch_new`` of that folder (the IDLE race).
        """
        if not self.config.push:
            self.stop.wait(timeout)
            return
        deadline = time.monotonic() + timeout
        folder = self.watched_folders()[0]
        self.session.run(lambda client: self._idle(client, folder, deadline))

    def _status(self, client: IMAPClient, folder: str,
                items: list[bytes] | None = None) -> dict[bytes, Any]:
        if items is None:
            items = [b"UIDNEXT", b"UIDVALIDITY"]
            if client.has_capability("CONDSTORE"):
                items.append(b"HIGHESTMODSEQ")
        self.session.unselect(client, folder)
        try:
            return dict(client.folder_status(folder, items))
        except IMAPClient.AbortError:
            raise
        except IMAPClient.Error as exc:
            raise MailboxError(f"account {self.account!r}: cannot read folder {folder!r} ({exc})",
                               hint="check the folder names in the config") from None

    def _select_same(self, client: IMAPClient, folder: str, uidvalidity: int) -> None:
        info = self.session.select(client, folder)
        if int(info[b"UIDVALIDITY"]) != uidvalidity:
            raise MailboxUnavailable(f"account {self.account!r}: {folder!r} was recreated "
                                     "during the sync", hint="the next cycle rescans it")

    def _search(self, client: IMAPClient, folder: str, uidvalidity: int,
                criteria: list[str]) -> tuple[list[int], set[int]]:
        self._select_same(client, folder, uidvalidity)
        uids = search_uids(client, criteria)
        large = set(search_uids(client, [*criteria, "LARGER", str(self.config.max_message_bytes)])
                    ) if uids else set()
        return uids, large

    def _fetch(self, client: IMAPClient, folder: str, uidvalidity: int, uids: list[int],
               large: set[int]) -> list[FetchedMessage]:
        self._select_same(client, folder, uidvalidity)
        fetch = partial(fetch_batch, client, account=self.account, folder=folder,
                        uidvalidity=uidvalidity, large=large, cap=self.config.max_message_bytes)
        try:
            return fetch(uids=uids)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            if len(uids) == 1:
                return [_unreadable(self.account, folder, uidvalidity, uids[0], exc)]
        # One message of the batch made the server refuse the FETCH: read them one by one,
        # so only that message is left behind (recorded by the pipeline as a fetch failure).
        messages: list[FetchedMessage] = []
        for uid in uids:
            try:
                messages += fetch(uids=[uid])
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                messages.append(_unreadable(self.account, folder, uidvalidity, uid, exc))
        return messages

    def _index(self, client: IMAPClient, folder: str) -> FolderIndex:
        """``folder``'s Message-IDs and answered Message-IDs, brought up to date.

        One STATUS when nothing changed since the last look (the usual case while
        drafts are written one after another); else EXAMINE and read what is new.
        """
        index = self._indexes.setdefault(folder, FolderIndex())
        if not index.is_current(self._status(client, folder, list(STATUS_ITEMS))):
            index.refresh(client, self.session.select(client, folder, fresh=True))
        return index

    def _append_once(self, folder: str, raw: bytes, message_id: str,
                     flags: tuple[bytes, ...]) -> None:
        def append(client: IMAPClient) -> None:
            if self._index(client, folder).holds(message_id):
                log.debug("account %s: %s already holds %s", self.account, folder, message_id)
                return
            self._append(client, folder, raw, message_id, flags)

        self.session.run(append)

    def _append(self, client: IMAPClient, folder: str, raw: bytes, message_id: str,
                flags: tuple[bytes, ...]) -> None:
        try:
            answer = client.append(folder, raw, flags=flags)
        except IMAPClient.AbortError:
            raise
        except IMAPClient.Error as exc:
            # A tagged NO (over quota, read-only folder): the user must act; a
            # retry would fail the same way.
            raise MailboxError(f"account {self.account!r}: the server refused to store "
                               f"{message_id} in {folder!r} ({exc})",
                               hint="check the folder and your quota") from None
        self._indexes[folder].appended(answer, message_id, raw)
        log.info("account %s: appended %s to %s", self.account, message_id, folder)

    def _role_folder(self, role: Role) -> str:
        if role not in self._roles:
            override = self.config.drafts_folder if role == "drafts" else self.config.sent_folder
            listing = [] if override else self.session.run(lambda client: [
                ([flag.decode() if isinstance(flag, bytes) else str(flag) for flag in flags], name)
                for flags, _, name in client.list_folders()])
            chosen = choose_folder(role, override, listing)
            if chosen is None:
                key = "drafts_folder" if role == "drafts" else "sent_folder"
                raise MailboxError(f"account {self.account!r}: no {role.title()} folder found",
                                   hint=f"set {key} in the config")
            self._roles[role] = chosen
        return self._roles[role]

    def _idle(self, client: IMAPClient, folder: str, deadline: float) -> None:
        info = self.session.select(client, folder, fresh=True)
        if int(info.get(b"UIDNEXT", 0)) > self._uidnext_seen.get(folder, 0):
            return
        if not client.has_capability("IDLE"):
            log.warning("account %s: push is on but the server has no IDLE; polling instead",
                        self.account)
            self.stop.wait(max(0.0, deadline - time.monotonic()))
            return
        client.idle()
        issued = time.monotonic()
        while not self.stop.is_set():
            now = time.monotonic()
            if now >= deadline:
                break
            if now - issued >= IDLE_REISSUE_SECONDS:
                client.idle_done()
                client.idle()
                issued = now
            wait = min(IDLE_SLICE_SECONDS, deadline - now)
            responses = client.idle_check(timeout=wait)
            if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                break
            if not responses and time.monotonic() - now < wait / 2:
                # idle_check swallows EOF: an early, empty return means the socket closed.
                raise imaplib.IMAP4.abort("connection closed during IDLE")
        client.idle_done()


def _unreadable(account: str, folder: str, uidvalidity: int, uid: int,
                exc: Exception) -> FetchedMessage:
    reason = " ".join(str(exc).split())[:160]
    return FetchedMessage(ref=MessageRef(account, folder, f"{uidvalidity}:{uid}"), raw=b"",
                          message_id=None, problem=f"the server refused to fetch it ({reason})")

