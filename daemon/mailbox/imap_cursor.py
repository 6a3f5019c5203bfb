"""The IMAP sync position: UIDVALIDITY, the last UID handed out, HIGHESTMODSEQ.

RFC 3501 section 2.3.1.1: a UID is only meaningful together with the folder's
UIDVALIDITY; when that changes every stored UID is void. HIGHESTMODSEQ
(RFC 7162, CONDSTORE) is recorded when the server offers it. The cursor
crosses the mailbox boundary as a JSON string the store keeps opaque.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from afterword.daemon.errors import MailboxError


@dataclass(frozen=True)
class ImapCursor:
    """Everything up to and including ``last_uid`` under ``uidvalidity`` has been handed out."""

    uidvalidity: int
    last_uid: int
    highestmodseq: int | None = None

    def encode(self) -> str:
        return json.dumps({"uidvalidity": self.uidvalidity, "last_uid": self.last_uid,
                           "highestmodseq": self.highestmodseq}, sort_keys=True)

    @classmethod
    def decode(cls, text: str) -> ImapCursor:
        """Parse a stored cursor; a cursor from another backend is a MailboxError."""
        try:
            data = json.loads(text)
            modseq = data.get("highestmodseq")
            return cls(int(data["uidvalidity"]), int(data["last_uid"]),
                       None if modseq is None else int(modseq))
        except (ValueError, TypeError, KeyError, AttributeError):
            raise MailboxError(f"stored IMAP sync cursor {text[:60]!r} is not readable",
                               hint="was the account switched to another kind?") from None
