"""What an IMAP folder holds, by Message-ID and by the Message-IDs its messages answer.

Writing a draft or a reminder is idempotent by Message-ID, and a draft is held back
when the user already replied: asked with ``SEARCH HEADER`` (RFC 3501 section 6.4.4)
before every APPEND, the server scans the whole folder each time, so a first sync that
writes a thousand drafts costs time quadratic in the Drafts folder. A
:class:`FolderIndex` reads the Message-ID, In-Reply-To and References fields of each
message once; at every later look-up one ``STATUS`` says whether anything changed,
and only the messages whose UID is at or above the UIDNEXT it last saw are read. Its
own APPENDs it learns from the server's ``APPENDUID`` answer (RFC 4315), without
reading them back. It is exact: a changed UIDVALIDITY, or another number of messages
than it holds (something was expunged), makes it read the folder again from the start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from imapclient import IMAPClient

from afterword.daemon.mailbox.headers import message_id, replied_ids
from afterword.daemon.mailbox.imap_fetch import search_uids

_FIELDS = b"HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO REFERENCES)"
_FETCH = b"BODY.PEEK[" + _FIELDS + b"]"
_ANSWER = b"BODY[" + _FIELDS + b"]"
#: What :meth:`FolderIndex.is_current` needs from a ``STATUS`` of the folder.
STATUS_ITEMS = (b"UIDNEXT", b"UIDVALIDITY", b"MESSAGES")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) ([\d:,]+)\]", re.IGNORECASE)
#: UIDs per FETCH command, which keeps each command line short.
_CHUNK = 500


@dataclass(frozen=True)
class _Heads:
    message_id: str | None
    answers: frozenset[str]


@dataclass
class FolderIndex:
    """The header facts of one folder, by UID, as of the UIDNEXT ``read_below``."""

    uidvalidity: int = 0
    read_below: int = 1
    heads: dict[int, _Heads] = field(default_factory=dict)
    _ids: set[str] = field(default_factory=set)
    _answered_by: dict[str, list[int]] = field(default_factory=dict)

    def refresh(self, client: IMAPClient, selected: dict[bytes, Any]) -> None:
        """Bring the index up to date with the folder ``client`` has just selected."""
        uidvalidity = int(selected[b"UIDVALIDITY"])
        uidnext = int(selected[b"UIDNEXT"])
        if uidvalidity != self.uidvalidity:
            self.uidvalidity, self.read_below = uidvalidity, 1
            self._forget()
        if uidnext > self.read_below:
            self._read(client, self.read_below, uidnext)
            self.read_below = uidnext
        exists = int(selected[b"EXISTS"])
        if len(self.heads) != exists:
            self._forget()
            if exists:
                self._read(client, 1, uidnext)

    def is_current(self, status: dict[bytes, Any]) -> bool:
        """Whether a ``STATUS`` (:data:`STATUS_ITEMS`) shows the folder as last read."""
        return (int(status[b"UIDVALIDITY"]) == self.uidvalidity
                and int(status[b"UIDNEXT"]) <= self.read_below
                and int(status[b"MESSAGES"]) == len(self.heads))

    def appended(self, answer: bytes | str, wanted: str, raw: bytes) -> None:
        """Note the message ``raw`` (Message-ID ``wanted``) this client just appended.

        Only when the server named its UID and it is the next one expected: anything
        else (another client's message in between, no UIDPLUS) leaves the index for
        the next look-up to bring up to date.
        """
        self.appended_all(answer, [(wanted, raw)])

    def appended_all(self, answer: bytes | str, messages: list[tuple[str, bytes]]) -> None:
        """Note the messages (Message-ID, raw) this client just appended, in order, with one
        ``APPEND`` or ``MULTIAPPEND``: learnt only when the server's UID set is exactly the
        next UIDs expected, one per message (RFC 4315 section 3)."""
        found = _APPENDUID.search(answer if isinstance(answer, bytes) else answer.encode())
        if found is None or int(found.group(1)) != self.uidvalidity:
            return
        uids = _uid_set(found.group(2).decode())
        if not uids or uids != list(range(self.read_below, self.read_below + len(messages))):
            return
        for uid, (wanted, raw) in zip(uids, messages, strict=True):
            self._add(uid, _Heads(wanted, frozenset(replied_ids(raw))))
        self.read_below = uids[-1] + 1

    def holds(self, wanted: str) -> bool:
        return wanted in self._ids

    def replies_to(self, wanted: str) -> list[str]:
        """Message-IDs of the messages that answer ``wanted``, in UID order."""
        found = (self.heads[uid].message_id for uid in sorted(self._answered_by.get(wanted, ())))
        return [reply for reply in dict.fromkeys(found) if reply]

    def _forget(self) -> None:
        self.heads, self._ids, self._answered_by = {}, set(), {}

    def _read(self, client: IMAPClient, first: int, below: int) -> None:
        """Read the messages with UIDs from ``first`` up to (not including) ``below``."""
        if below - first <= _CHUNK:  # a UID FETCH of a few UIDs, missing ones are skipped
            uids = list(range(first, below))
        else:
            uids = [uid for uid in search_uids(client, ["UID", f"{first}:*"]) if uid < below]
        for start in range(0, len(uids), _CHUNK):
            self._store(client.fetch(uids[start:start + _CHUNK], [_FETCH]))

    def _store(self, fetched: dict[int, dict[bytes, Any]]) -> None:
        for uid, data in fetched.items():
            if uid not in self.heads:
                raw = data.get(_ANSWER, b"")
                self._add(uid, _Heads(message_id(raw), frozenset(replied_ids(raw))))

    def _add(self, uid: int, heads: _Heads) -> None:
        self.heads[uid] = heads
        if heads.message_id:
            self._ids.add(heads.message_id)
        for answered in heads.answers:
            self._answered_by.setdefault(answered, []).append(uid)


def _uid_set(text: str) -> list[int]:
    """The UIDs of an RFC 3501 sequence set of UIDs such as ``"7"``, ``"7:9"`` or ``"7,9:10"``."""
    uids: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition(":")
        if not first.isdigit() or (last and not last.isdigit()):
            return []
        uids += range(int(first), int(last or first) + 1)
    return uids
