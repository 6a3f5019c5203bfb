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

    def client(self) -> IMAPClient:
        context = ssl.create_default_context(cafile=str(self.user.ca_file))
        client = IMAPClient(self.user.host, port=self.user.tls_port, ssl=True,
                            ssl_context=context, timeout=10)
        client.login(self.user.username, self.user.password)
        return client

    def uids(self, folder: str, message_id: str) -> list[int]:
        client = self.client()
        try:
            client.select_folder(folder, readonly=True)
            return list(client.search(["HEADER", "Message-ID", message_id]))
        finally:
            client.logout()

    def _append_once(self, folder: str, raw: bytes, message_id: str, flags: list[bytes]) -> None:
        if self.uids(folder, message_id):
            return
        client = self.client()
        try:
            client.append(folder, raw, flags=flags)
        finally:
            client.logout()

    def has_draft(self, message_id: str) -> bool:
        return bool(self.uids("Drafts", message_id))

    def save_draft(self, raw: bytes, message_id: str, *, thread_id: str | None = None) -> None:
        self.save_calls += 1
        self._append_once("Drafts", raw, message_id, [b"\\Draft"])

    def deliver_reminder(self, raw: bytes, message_id: str) -> None:
        self._append_once("INBOX", raw, message_id, [b"\\Flagged"])
