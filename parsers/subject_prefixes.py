"""The prefixes mail clients put before a subject: one owner for them.

Replies get "Re:", "AW:", "SV:", "Antw:"…, forwards "Fwd:", "WG:", "TR:", "Doorst:"…;
each pack lists its language's as ``[subject] reply_prefixes`` and
``forward_prefixes`` (:mod:`afterword.parsers.pack_files`), and every pack's are
recognised in every mail (a German client answers English mail with "AW:").
Job titles are read from the subject without them (:mod:`afterword.parsers.roles`),
a forwarded email is not the employer's own (the daemon's linker),
and a draft's subject carries exactly one "Re:" (the daemon's drafting).
"""

from __future__ import annotations

import re

from afterword.parsers.pack_files import alternation, every_pack

_REPLY = alternation(prefix.lower() for prefix in every_pack("subject", "reply_prefixes"))
_FORWARD = alternation(prefix.lower() for prefix in every_pack("subject", "forward_prefixes"))
# "Re:", "Re[2]:", "RE :", repeated: "Re: AW: Fwd: …".
_REPLIES = re.compile(rf"^(?:(?:{_REPLY})\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_ANY = re.compile(rf"^(?:(?:{_REPLY}|{_FORWARD})\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_FORWARDED = re.compile(rf"^\s*(?:{_FORWARD})\s*:", re.I)


def without_reply_prefixes(subject: str) -> str:
    """``subject`` without the reply prefixes it starts with ("Re: AW: Update" -> "Update")."""
    return _REPLIES.sub("", subject)


def without_prefixes(subject: str) -> str:
    """``subject`` without the reply and forward prefixes it starts with."""
    return _ANY.sub("", subject)


def is_forwarded(subject: str) -> bool:
    """True when ``subject`` starts with a forward prefix ("Fwd:", "WG:", "TR:")."""
    return _FORWARDED.match(subject) is not None
