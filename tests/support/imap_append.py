"""A stand-in IMAP mailbox for the job tests until the real adapter is on main.

Just enough of the Protocol over imapclient for drafts and reminders: APPEND
unless a message with the same Message-ID header is already in the folder.
"""

from __future__ import annotations

import ssl

from imapclient import IMAPClient

from tests.support.dovecot import ImapUser
from tests.support.mailboxes import RecordingMailbox


class AppendingImapMailbox(RecordingMailbox):
    """Drafts to ``Drafts`` (flagged \\Draft), reminders to ``INBOX`` (\\Flagged, unseen)."""

    def __init__(self, user: ImapUser, account: str = "personal") -> None:
        super().__init__(account)
        self.user = user
        self._client: IMAPClient | None = None

    def connect(self) -> None:
        context = ssl.create_default_context(cafile=str(self.user.ca_file))
        self._client = IMAPClient(self.user.host, port=self.user.tls_port, ssl=True,
                                  ssl_context=context, timeout=10)
        self._client.login(self.user.username, self.user.password)

    def close(self) -> None:
        if self._client is not None:
            self._client.logout()
            self._client = None

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            self.connect()
        assert self._client is not None
        return self._client

    def uids(self, folder: str, message_id: str) -> list[int]:
        self.client.select_folder(folder, readonly=True)
        return list(self.client.search(["HEADER", "Message-ID", message_id]))

    def _append_once(self, folder: str, raw: bytes, message_id: str, flags: list[bytes]) -> None:
        if not self.uids(folder, message_id):
            self.client.append(folder, raw, flags=flags)

    def has_draft(self, message_id: str) -> bool:
        return bool(self.uids("Drafts", message_id))

    def save_draft(self, raw: bytes, message_id: str, *, thread_id: str | None = None) -> None:
        self.save_calls += 1
        self._append_once("Drafts", raw, message_id, [b"\\Draft"])

    def deliver_reminder(self, raw: bytes, message_id: str) -> None:
        self._append_once("INBOX", raw, message_id, [b"\\Flagged"])
