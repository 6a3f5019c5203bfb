"""The Maildir adapter: local mail kept by mbsync, OfflineIMAP, lieer or notmuch.

Reads files directly (stdlib only; never ``mailbox.Maildir``, which moves
``new/`` to ``cur/``) and never renames, moves or deletes a user's file.
At most ``max_message_bytes`` of a message are read: its header and the start
of its body, where the text is; the parser reads a cut multipart as far as it goes.
Folders: ``INBOX`` is the root Maildir; other folders are Maildir++
subfolders (``Drafts`` is ``<root>/.Drafts``), or plain subdirectories as
mbsync's ``SubFolders Verbatim`` lays them out, whichever exists.

The cursor is the JSON list of unique names (file names without the
``:2,FLAGS`` info, which MUAs rewrite) already handed out, pruned to the names
still present so it never grows past the folder's size.

Drafts are written atomically (``tmp/`` then a hard link into ``cur/``, which
never replaces a file of the same name) with the ``D`` and ``S`` flags.
Reminders go into the INBOX as ``cur/<name>:2,F``: a file in ``new/`` cannot
carry flags (the maildir spec gives info only to ``cur/``), and every reader
(Dovecot, mutt, notmuch, mbsync) shows a ``cur/`` file without ``S`` as unseen,
so this is the one way to be unseen *and* flagged. ``stop`` is a
:class:`threading.Event` the run loop may set to end
:meth:`MaildirMailbox.wait_for_change` early.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from itertools import count
from pathlib import Path

from afterword.daemon.errors import AfterwordError, MailboxError
from afterword.daemon.mailbox.accounts import MaildirAccount
from afterword.daemon.mailbox.base import (
    Batch,
    FetchedMessage,
    MessageRef,
    OutgoingDraft,
    save_one_by_one,
)
from afterword.daemon.mailbox.folder_names import Role, choose_folder
from afterword.daemon.mailbox.headers import message_id as parse_message_id
from afterword.daemon.mailbox.headers import read_header_block, replied_ids

log = logging.getLogger(__name__)

SUBDIRS = ("new", "cur")
_sequence = count(1)


def unique_name(raw: str) -> str:
    """The stable part of a maildir file name: everything before the ``:2,`` info."""
    return raw.split(":", 1)[0]


def is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def new_unique_name() -> str:
    """A fresh unique name in the maildir convention ``time.MusecPpidQn.host``."""
    now = time.time()
    host = socket.gethostname().replace("/", "\\057").replace(":", "\\072")
    return f"{int(now)}.M{int(now % 1 * 1e6)}P{os.getpid()}Q{next(_sequence)}.{host}"


class MaildirMailbox:
    """One local Maildir tree behind the :class:`~afterword.daemon.mailbox.base.Mailbox`."""

    poll_seconds = 0.25

    def __init__(self, account: MaildirAccount) -> None:
        self.account = account.name
        self.config = account
        self.root = account.path
        self.stop = threading.Event()

    def connect(self) -> None:
        if not self.root.is_dir():
            raise MailboxError(f"account {self.account!r}: maildir {self.root} does not exist",
                               hint="check path in the config")

    def close(self) -> None:
        """Nothing to release: every operation opens and closes its own files."""

    def watched_folders(self) -> list[str]:
        return list(self.config.folders)

    def drafts_location(self) -> str:
        return self._role_folder("drafts")

    def fetch_new(self, folder: str, cursor: str | None, *, since: datetime | None = None,
                  batch_size: int = 100) -> Iterator[Batch]:
        path = self._folder_path(folder)
        if not is_maildir(path):
            raise MailboxError(f"account {self.account!r}: folder {folder!r} not found at "
                               f"{path}", hint="check the folder names in the config")
        files = self._files(path)
        previous = None if cursor is None else self._decode(cursor)
        if previous is None:
            cutoff = since.timestamp() if since else None
            fresh = [name for name, file in files.items()
                     if cutoff is None or self._mtime(file) >= cutoff]
        else:
            fresh = [name for name in files if name not in previous]
        seen = set(files) - set(fresh)
        if not fresh:
            if previous is None or previous != seen:
                yield Batch(folder, [], self._encode(seen))
            return
        fresh.sort(key=lambda name: (self._mtime(files[name]), name))
        for offset in range(0, len(fresh), batch_size):
            messages: list[FetchedMessage] = []
            for name in fresh[offset:offset + batch_size]:
                try:
                    message = self._read(folder, path, name, files[name])
                except OSError as exc:
                    # Left out of the cursor: read again once it is readable.
                    log.warning("account %s: cannot read %s in %s (%s); trying again next "
                                "cycle", self.account, files[name].name, folder, exc.strerror)
                    continue
                seen.add(name)
                if message is not None:
                    messages.append(message)
            yield Batch(folder, messages, self._encode(seen), total=len(fresh))

    def fetch_message(self, ref: MessageRef) -> FetchedMessage | None:
        path = self._folder_path(ref.folder)
        file = self._files(path).get(ref.key) if is_maildir(path) else None
        return None if file is None else self._read(ref.folder, path, ref.key, file)

    def find_replies(self, message_id: str, *, in_sent: bool) -> list[str]:
        return self.find_replies_to_each([message_id], in_sent=in_sent)[message_id]

    def find_replies_to_each(self, message_ids: Sequence[str], *, in_sent: bool
                             ) -> Mapping[str, list[str]]:
        """One read of each folder's headers answers for all of ``message_ids``."""
        folders = [self._role_folder("sent")] if in_sent else self.watched_folders()
        found: dict[str, list[str]] = {message_id: [] for message_id in message_ids}
        for folder in folders:
            for file in self._files(self._folder_path(folder)).values():
                header = self._header(file)
                reply = parse_message_id(header) if header else None
                if not reply:
                    continue
                for original in replied_ids(header):
                    known = found.get(original)
                    if known is not None and reply not in known:
                        known.append(reply)
        return found

    def has_draft(self, message_id: str) -> bool:
        return self._holds(self._folder_path(self.drafts_location()), message_id)

    def save_draft(self, raw: bytes, message_id: str, *, thread_id: str | None = None) -> None:
        self._write_once(self._folder_path(self.drafts_location()), raw, message_id, "DS")

    def save_drafts(self, drafts: Sequence[OutgoingDraft]) -> Mapping[str, AfterwordError]:
        return save_one_by_one(self, drafts)

    def deliver_reminder(self, raw: bytes, message_id: str) -> None:
        self._write_once(self._folder_path("INBOX"), raw, message_id, "F")

    def wait_for_change(self, timeout: float) -> None:
        """Poll the mtimes of ``new/`` and ``cur/`` of the watched folders until one changes."""
        deadline = time.monotonic() + timeout
        before = self._snapshot()
        while not self.stop.wait(max(0.0, min(self.poll_seconds, deadline - time.monotonic()))):
            if time.monotonic() >= deadline or self._snapshot() != before:
                return

    def _snapshot(self) -> list[int]:
        stamps = []
        for folder in self.watched_folders():
            for sub in SUBDIRS:
                try:
                    stamps.append((self._folder_path(folder) / sub).stat().st_mtime_ns)
                except FileNotFoundError:
                    stamps.append(0)
        return stamps

    def _folder_path(self, folder: str) -> Path:
        if folder.upper() == "INBOX":
            verbatim = self.root / "INBOX"
            return verbatim if not is_maildir(self.root) and is_maildir(verbatim) else self.root
        plus = self.root / ("." + folder.replace("/", "."))
        verbatim = self.root / folder
        return verbatim if not is_maildir(plus) and is_maildir(verbatim) else plus

    def _role_folder(self, role: Role) -> str:
        listing: list[tuple[list[str], str]] = []
        if self.root.is_dir():
            for entry in self.root.iterdir():
                if entry.name not in ("cur", "new", "tmp") and is_maildir(entry):
                    listing.append(([], entry.name[1:] if entry.name.startswith(".")
                                    else entry.name))
        override = self.config.drafts_folder if role == "drafts" else self.config.sent_folder
        return choose_folder(role, override, listing) or ("Drafts" if role == "drafts" else "Sent")

    @staticmethod
    def _files(path: Path) -> dict[str, Path]:
        files: dict[str, Path] = {}
        for sub in SUBDIRS:
            try:
                names = os.listdir(path / sub)
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise MailboxError(f"cannot list {path / sub} ({exc.strerror})",
                                   hint="check the maildir's permissions") from None
            for name in names:
                if not name.startswith("."):
                    files[unique_name(name)] = path / sub / name
        return files

    @staticmethod
    def _mtime(file: Path) -> float:
        try:
            return file.stat().st_mtime
        except FileNotFoundError:
            return 0.0

    def _read(self, folder: str, path: Path, name: str, file: Path) -> FetchedMessage | None:
        """The message ``name``; if its MUA renamed it meanwhile (flags, new→cur), find it again."""
        for candidate in (file, self._files(path).get(name)):
            if candidate is None:
                return None
            try:
                with candidate.open("rb") as file_in:
                    raw = file_in.read(self.config.max_message_bytes)
                stamp = candidate.stat().st_mtime
            except FileNotFoundError:
                continue
            return FetchedMessage(ref=MessageRef(self.account, folder, name), raw=raw,
                                  message_id=parse_message_id(raw),
                                  internal_date=datetime.fromtimestamp(stamp, tz=UTC))
        return None

    @staticmethod
    def _header(file: Path) -> bytes:
        try:
            return read_header_block(str(file))
        except FileNotFoundError:
            return b""

    def _holds(self, path: Path, message_id: str) -> bool:
        return any(parse_message_id(self._header(file)) == message_id
                   for file in self._files(path).values())

    def _write_once(self, path: Path, raw: bytes, message_id: str, flags: str) -> None:
        if self._holds(path, message_id):
            return
        try:
            self._deliver(path, raw, flags)
        except OSError as exc:
            raise MailboxError(f"account {self.account!r}: cannot write to {path} "
                               f"({exc.strerror})", hint="check the maildir's permissions "
                               "and free space") from None

    def _deliver(self, path: Path, raw: bytes, flags: str) -> None:
        for sub in ("tmp", "new", "cur"):
            (path / sub).mkdir(parents=True, exist_ok=True)
        if path != self.root and path.name.startswith("."):
            (path / "maildirfolder").touch()
        for _ in range(5):
            name = new_unique_name()
            staging = path / "tmp" / name
            try:
                descriptor = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue
            try:
                with os.fdopen(descriptor, "wb") as out:
                    out.write(raw)
                    out.flush()
                    os.fsync(out.fileno())
            except OSError:
                os.unlink(staging)  # a disk that filled up leaves no half-written file
                raise
            try:
                # link, unlike rename, never replaces a file that already has the name.
                os.link(staging, path / "cur" / f"{name}:2,{flags}")
                return
            except FileExistsError:
                continue
            finally:
                os.unlink(staging)
        raise FileExistsError(errno.EEXIST, "no free file name after 5 tries")

    @staticmethod
    def _encode(seen: set[str]) -> str:
        return json.dumps({"seen": sorted(seen)}, separators=(",", ":"))

    def _decode(self, cursor: str) -> set[str]:
        try:
            return {str(name) for name in json.loads(cursor)["seen"]}
        except (ValueError, TypeError, KeyError):
            raise MailboxError(f"account {self.account!r}: stored maildir cursor is not "
                               "readable", hint="was the account switched to another kind?"
                               ) from None
