"""Backend harnesses for the mailbox contract suite: a connected adapter plus a way to seed it.

Each harness gives the suite the adapter under test (``mailbox``) and reaches
the same mail *around* the adapter, the way another mail client would, to seed
messages and to check effects: what a folder holds and which flags a message
carries. Folders are named as the suite speaks of them (``INBOX``, ``Jobs``,
``Sent``, the harness's ``drafts_folder``); a harness maps them to what its
backend calls them. Adding a backend means writing one class with this shape and
one entry in :data:`HARNESSES`.
"""

from __future__ import annotations

import shutil
import ssl
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pytest
from imapclient import IMAPClient

from afterword.daemon.auth.microsoft import run_device_login
from afterword.daemon.mailbox.accounts import GmailAccount, ImapAccount, MaildirAccount
from afterword.daemon.mailbox.base import Mailbox
from afterword.daemon.mailbox.factory import open_mailbox
from afterword.daemon.mailbox.headers import message_id
from afterword.daemon.mailbox.imap import ImapMailbox
from afterword.daemon.mailbox.maildir import MaildirMailbox, new_unique_name
from tests.fake_gmail import FakeGmail, StoredMessage
from tests.support.configs import CLIENT_ID
from tests.support.dovecot import ImapUser
from tests.support.fake_microsoft import FakeMicrosoft

#: Flags as the suite speaks of them, whatever the backend calls them.
FLAG_NAMES = ("seen", "draft", "flagged")
MAX_AGE_DAYS = 30


class Harness(Protocol):
    kind: str
    mailbox: Mailbox
    #: Where the backend's own mail clients show drafts: what ``drafts_location()`` must say.
    drafts_folder: str

    def deliver(self, raw: bytes, folder: str = "INBOX", *, seen: bool = False) -> None:
        """Put a message into ``folder`` as a delivery agent or another client would."""

    def folder_messages(self, folder: str) -> list[bytes]:
        """Every message in ``folder``, read without changing anything."""

    def flags(self, folder: str, message_id: str) -> set[str]:
        """The flags (a subset of :data:`FLAG_NAMES`) of the message with ``message_id``."""

    def file_into(self, message_id: str, source: str, target: str) -> None:
        """Move the message with ``message_id`` from ``source`` to ``target`` as the user would."""

    def recreate_folder(self, folder: str) -> None:
        """Keep the messages of ``folder`` but void every old identity and cursor of it
        (IMAP and Maildir: delete the folder and put the messages back)."""

    def close(self) -> None:
        """Release connections."""


class ImapHarness:
    """The IMAP adapter on the real Dovecot, seeded through a second IMAP connection."""

    kind = "imap"
    drafts_folder = "Drafts"
    _imap_flags = {"seen": b"\\Seen", "draft": b"\\Draft", "flagged": b"\\Flagged"}

    def __init__(self, user: ImapUser, folders: tuple[str, ...] = ("INBOX", "Jobs")) -> None:
        self.user = user
        self.seeder = self._seeder(user)
        for folder in folders:
            if not self.seeder.folder_exists(folder):
                self.seeder.create_folder(folder)
        self.mailbox: Mailbox = self._open(user, folders)
        self.mailbox.connect()

    @staticmethod
    def _seeder(user: ImapUser) -> IMAPClient:
        seeder = IMAPClient(user.host, port=user.tls_port, timeout=10,
                            ssl_context=ssl.create_default_context(cafile=str(user.ca_file)))
        seeder.login(user.username, user.password)
        return seeder

    def _open(self, user: ImapUser, folders: tuple[str, ...]) -> Mailbox:
        account = ImapAccount(name="contract", host=user.host, port=user.tls_port,
                              tls="ssl", ca_file=user.ca_file, username=user.username,
                              folders=folders)
        return ImapMailbox(account, secret=lambda: user.password, max_age_days=MAX_AGE_DAYS)

    @classmethod
    def create(cls, request: pytest.FixtureRequest) -> ImapHarness:
        return cls(request.getfixturevalue("imap_user"))


    def deliver(self, raw: bytes, folder: str = "INBOX", *, seen: bool = False) -> None:
        self.seeder.append(folder, raw, flags=(b"\\Seen",) if seen else ())

    def _select(self, folder: str) -> None:
        """Select ``folder`` read-only on the seeder. Right after a folder was recreated, a Dovecot
        process whose session had the old one open may still be rewriting the index while
        another reads it, and that one answers SERVERBUG: the seeder then carries on in a
        new process, as :meth:`recreate_folder` does."""
        try:
            self.seeder.select_folder(folder, readonly=True)
        except IMAPClient.Error as exc:
            if "SERVERBUG" not in str(exc):
                raise
            self.seeder.logout()
            self.seeder = self._seeder(self.user)
            self.seeder.select_folder(folder, readonly=True)

    def folder_messages(self, folder: str) -> list[bytes]:
        self._select(folder)
        uids = self.seeder.search(["ALL"])
        fetched = self.seeder.fetch(uids, [b"BODY.PEEK[]"]) if uids else {}
        return [fetched[uid][b"BODY[]"] for uid in sorted(fetched)]

    def flags(self, folder: str, message_id: str) -> set[str]:
        self._select(folder)
        uids = self.seeder.search(["HEADER", "Message-ID", message_id])
        assert len(uids) == 1, f"{message_id} is in {folder} {len(uids)} times"
        flags = set(self.seeder.get_flags(uids)[uids[0]])
        return {name for name, flag in self._imap_flags.items() if flag in flags}

    def file_into(self, message_id: str, source: str, target: str) -> None:
        self.seeder.select_folder(source)
        uids = self.seeder.search(["HEADER", "Message-ID", message_id])
        assert len(uids) == 1, f"{message_id} is in {source} {len(uids)} times"
        self.seeder.move(uids, target)
        self.seeder.unselect_folder()

    def recreate_folder(self, folder: str) -> None:
        self.seeder.select_folder(folder, readonly=True)
        uids = self.seeder.search(["ALL"])
        saved = self.seeder.fetch(uids, [b"FLAGS", b"BODY.PEEK[]"]) if uids else {}
        self.seeder.unselect_folder()
        self.seeder.delete_folder(folder)
        self.seeder.create_folder(folder)
        if saved:
            self.seeder.multiappend(folder, [
                {"msg": data[b"BODY[]"], "flags": [f for f in data[b"FLAGS"] if f != b"\\Recent"]}
                for _, data in sorted(saved.items())])
        # A Dovecot process that had the old folder open keeps its index in memory and
        # may take the new folder's for a corrupt one; the seeder carries on in a new one.
        self.seeder.logout()
        self.seeder = self._seeder(self.user)

    def close(self) -> None:
        self.mailbox.close()
        self.seeder.logout()


class Xoauth2ImapHarness(ImapHarness):
    """The IMAP adapter logged in over XOAUTH2 with the Microsoft login (fake identity
    platform, real Dovecot checking each token by introspection)."""

    def __init__(self, user: ImapUser, fake: FakeMicrosoft) -> None:
        self.fake = fake
        # Log in before the harness creates the folders, as the password harness does
        # nothing slow in between (see ImapHarness.recreate_folder for why a folder's
        # index and the processes that hold it open matter to the recreated-folder test).
        self._login = self._account(user, ("INBOX", "Jobs"))
        fake.sign_in_as(user.username)
        run_device_login(self._login, show=lambda line: None)
        super().__init__(user)

    def _account(self, user: ImapUser, folders: tuple[str, ...]) -> ImapAccount:
        return ImapAccount(name="contract", host=user.host, port=user.tls_port,
                           tls="ssl", ca_file=user.ca_file, username=user.username,
                           folders=folders, auth="xoauth2", oauth="microsoft",
                           tenant="consumers", client_id=CLIENT_ID,
                           authority=self.fake.authority)

    def _open(self, user: ImapUser, folders: tuple[str, ...]) -> Mailbox:
        return open_mailbox(self._account(user, folders), max_age_days=MAX_AGE_DAYS)

    @classmethod
    def create(cls, request: pytest.FixtureRequest) -> ImapHarness:
        return cls(request.getfixturevalue("xoauth2_dovecot").add_user(),
                   request.getfixturevalue("fake_microsoft"))


class MaildirHarness:
    """The Maildir adapter on a temp dir, seeded by writing files as an MDA would."""

    kind = "maildir"
    drafts_folder = "Drafts"
    _letters = {"seen": "S", "draft": "D", "flagged": "F"}

    def __init__(self, root: Path, folders: tuple[str, ...] = ("INBOX", "Jobs")) -> None:
        self.root = root
        for folder in folders:
            self._make(self._path(folder))
        self.account = MaildirAccount(name="contract", path=root, folders=folders)
        self.mailbox: Mailbox = MaildirMailbox(self.account)
        self.mailbox.connect()

    @classmethod
    def create(cls, request: pytest.FixtureRequest) -> MaildirHarness:
        tmp_path: Path = request.getfixturevalue("tmp_path")
        return cls(tmp_path / "Maildir")

    def _path(self, folder: str) -> Path:
        return self.root if folder == "INBOX" else self.root / f".{folder}"

    @staticmethod
    def _make(path: Path) -> None:
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)

    def _files(self, folder: str) -> list[Path]:
        path = self._path(folder)
        return sorted([*(path / "new").glob("*"), *(path / "cur").glob("*")])

    def deliver(self, raw: bytes, folder: str = "INBOX", *, seen: bool = False) -> None:
        path = self._path(folder)
        self._make(path)
        name = new_unique_name()
        (path / "tmp" / name).write_bytes(raw)
        target = path / "cur" / f"{name}:2,S" if seen else path / "new" / name
        (path / "tmp" / name).rename(target)

    def folder_messages(self, folder: str) -> list[bytes]:
        return [file.read_bytes() for file in self._files(folder)] \
            if self._path(folder).is_dir() else []

    def flags(self, folder: str, message_id_: str) -> set[str]:
        matches = [f for f in self._files(folder) if message_id(f.read_bytes()) == message_id_]
        assert len(matches) == 1, f"{message_id_} is in {folder} {len(matches)} times"
        file = matches[0]
        info = file.name.split(":2,", 1)[1] if file.parent.name == "cur" and ":2," in file.name \
            else ""
        return {name for name, letter in self._letters.items() if letter in info}

    def file_into(self, message_id_: str, source: str, target: str) -> None:
        matches = [f for f in self._files(source) if message_id(f.read_bytes()) == message_id_]
        assert len(matches) == 1, f"{message_id_} is in {source} {len(matches)} times"
        destination = self._path(target)
        self._make(destination)
        matches[0].rename(destination / matches[0].parent.name / matches[0].name)

    def recreate_folder(self, folder: str) -> None:
        saved = [(file.read_bytes(), "S" in file.name.partition(":2,")[2])
                 for file in self._files(folder)]
        shutil.rmtree(self._path(folder))
        self._make(self._path(folder))
        for raw, seen in saved:
            self.deliver(raw, folder, seen=seen)

    def close(self) -> None:
        self.mailbox.close()


class GmailHarness:
    """The Gmail adapter, built from a ``kind = "gmail"`` account, on the local fake Gmail.

    Folders are labels: delivering to a folder is Gmail receiving mail with that label
    (plus ``UNREAD`` unless seen) and filing it into a thread by Gmail's rule; ``Sent``
    is the ``SENT`` label. Gmail has no folder to recreate: what voids its cursor is a
    historyId older than the history Gmail keeps.
    """

    kind = "gmail"
    drafts_folder = "DRAFT"
    _labels = {"Sent": "SENT"}
    _flag_labels = {"draft": "DRAFT", "flagged": "STARRED"}

    def __init__(self, folders: tuple[str, ...] = ("INBOX", "Jobs")) -> None:
        self.fake = FakeGmail("sam@example.org").start()
        for folder in folders:
            self.fake.add_label(folder)
        self.account = GmailAccount(name="contract", email="sam@example.org",
                                    api_endpoint=self.fake.endpoint,
                                    token_command="echo contract-token", folders=folders)
        self.mailbox: Mailbox = open_mailbox(self.account, max_age_days=MAX_AGE_DAYS)
        self.mailbox.connect()

    @classmethod
    def create(cls, request: pytest.FixtureRequest) -> GmailHarness:
        return cls()

    def _label(self, folder: str) -> str:
        return self._labels.get(folder, folder)

    def deliver(self, raw: bytes, folder: str = "INBOX", *, seen: bool = False) -> None:
        labels = [self._label(folder)] + ([] if seen else ["UNREAD"])
        self.fake.seed(raw, labels, self.fake.thread_of(raw))

    def folder_messages(self, folder: str) -> list[bytes]:
        return [m.raw for m in self.fake.messages_with_label(self._label(folder))]

    def _message(self, folder: str, message_id_: str) -> StoredMessage:
        matches = [m for m in self.fake.messages_with_label(self._label(folder))
                   if message_id(m.raw) == message_id_]
        assert len(matches) == 1, f"{message_id_} is in {folder} {len(matches)} times"
        return matches[0]

    def flags(self, folder: str, message_id_: str) -> set[str]:
        labels = set(self._message(folder, message_id_).labels)
        return ({name for name, label in self._flag_labels.items() if label in labels}
                | (set() if "UNREAD" in labels else {"seen"}))

    def file_into(self, message_id_: str, source: str, target: str) -> None:
        """Gmail's "Move to": the target label on, the source label off."""
        self.fake.relabel(self._message(source, message_id_).id, add=[self._label(target)],
                          remove=[self._label(source)])

    def recreate_folder(self, folder: str) -> None:
        self.fake.expire_history()

    def close(self) -> None:
        self.mailbox.close()
        self.fake.stop()


#: Backend name -> how to build its harness for one test.
HARNESSES: dict[str, Callable[[pytest.FixtureRequest], Harness]] = {
    "imap": ImapHarness.create,
    "imap-xoauth2": Xoauth2ImapHarness.create,
    "maildir": MaildirHarness.create,
    "gmail": GmailHarness.create,
}
#: Marks a backend's tests need (the IMAP harness needs the real Dovecot).
BACKEND_MARKS: dict[str, list[pytest.MarkDecorator]] = {
    "imap": [pytest.mark.dovecot], "imap-xoauth2": [pytest.mark.dovecot]}
