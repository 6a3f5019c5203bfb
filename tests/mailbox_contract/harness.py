"""Backend harnesses for the mailbox contract suite: a connected adapter plus a way to seed it.

Each harness gives the suite the adapter under test (``mailbox``) and reaches
the same mail *around* the adapter, the way another mail client would, to seed
messages and to check effects: what a folder holds and which flags a message
carries. Adding a backend means writing one class with this shape and one
entry in :data:`HARNESSES`.
"""

from __future__ import annotations

import shutil
import ssl
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pytest
from imapclient import IMAPClient

from daemon.config import Account
from daemon.mailbox.base import Mailbox
from daemon.mailbox.headers import message_id
from daemon.mailbox.imap import ImapMailbox
from daemon.mailbox.maildir import MaildirMailbox, new_unique_name
from tests.support.dovecot import ImapUser

#: Flags as the suite speaks of them, whatever the backend calls them.
FLAG_NAMES = ("seen", "draft", "flagged")
MAX_AGE_DAYS = 30


class Harness(Protocol):
    kind: str
    mailbox: Mailbox

    def deliver(self, raw: bytes, folder: str = "INBOX", *, seen: bool = False) -> None:
        """Put a message into ``folder`` as a delivery agent or another client would."""

    def folder_messages(self, folder: str) -> list[bytes]:
        """Every message in ``folder``, read without changing anything."""

    def flags(self, folder: str, message_id: str) -> set[str]:
        """The flags (a subset of :data:`FLAG_NAMES`) of the message with ``message_id``."""

    def recreate_folder(self, folder: str) -> None:
        """Delete ``folder`` and put the same messages back, so every old identity is void."""

    def close(self) -> None:
        """Release connections."""


class ImapHarness:
    """The IMAP adapter on the real Dovecot, seeded through a second IMAP connection."""

    kind = "imap"
    _imap_flags = {"seen": b"\\Seen", "draft": b"\\Draft", "flagged": b"\\Flagged"}

    def __init__(self, user: ImapUser, folders: tuple[str, ...] = ("INBOX", "Jobs")) -> None:
        self.user = user
        self.seeder = IMAPClient(user.host, port=user.tls_port, timeout=10,
                                 ssl_context=ssl.create_default_context(cafile=str(user.ca_file)))
        self.seeder.login(user.username, user.password)
        for folder in folders:
            if not self.seeder.folder_exists(folder):
                self.seeder.create_folder(folder)
        self.account = Account(name="contract", kind="imap", host=user.host, port=user.tls_port,
                               tls="ssl", ca_file=user.ca_file, username=user.username,
                               folders=folders)
        self.mailbox: Mailbox = ImapMailbox(self.account, secret=lambda: user.password,
                                   max_age_days=MAX_AGE_DAYS)
        self.mailbox.connect()

    @classmethod
    def create(cls, request: pytest.FixtureRequest) -> ImapHarness:
        return cls(request.getfixturevalue("imap_user"))

    def deliver(self, raw: bytes, folder: str = "INBOX", *, seen: bool = False) -> None:
        self.seeder.append(folder, raw, flags=(b"\\Seen",) if seen else ())

    def folder_messages(self, folder: str) -> list[bytes]:
        self.seeder.select_folder(folder, readonly=True)
        uids = self.seeder.search(["ALL"])
        fetched = self.seeder.fetch(uids, [b"BODY.PEEK[]"]) if uids else {}
        return [fetched[uid][b"BODY[]"] for uid in sorted(fetched)]

    def flags(self, folder: str, message_id: str) -> set[str]:
        self.seeder.select_folder(folder, readonly=True)
        uids = self.seeder.search(["HEADER", "Message-ID", message_id])
        assert len(uids) == 1, f"{message_id} is in {folder} {len(uids)} times"
        flags = set(self.seeder.get_flags(uids)[uids[0]])
        return {name for name, flag in self._imap_flags.items() if flag in flags}

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

    def close(self) -> None:
        self.mailbox.close()
        self.seeder.logout()


class MaildirHarness:
    """The Maildir adapter on a temp dir, seeded by writing files as an MDA would."""

    kind = "maildir"
    _letters = {"seen": "S", "draft": "D", "flagged": "F"}

    def __init__(self, root: Path, folders: tuple[str, ...] = ("INBOX", "Jobs")) -> None:
        self.root = root
        for folder in folders:
            self._make(self._path(folder))
        self.account = Account(name="contract", kind="maildir", path=root, folders=folders)
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

    def recreate_folder(self, folder: str) -> None:
        saved = [(file.read_bytes(), "S" in file.name.partition(":2,")[2])
                 for file in self._files(folder)]
        shutil.rmtree(self._path(folder))
        self._make(self._path(folder))
        for raw, seen in saved:
            self.deliver(raw, folder, seen=seen)

    def close(self) -> None:
        self.mailbox.close()


#: Backend name -> how to build its harness for one test.
HARNESSES: dict[str, Callable[[pytest.FixtureRequest], Harness]] = {
    "imap": ImapHarness.create,
    "maildir": MaildirHarness.create,
}
#: Marks a backend's tests need (the IMAP harness needs the real Dovecot).
BACKEND_MARKS: dict[str, list[pytest.MarkDecorator]] = {"imap": [pytest.mark.dovecot]}
