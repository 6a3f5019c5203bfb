"""Reading the few RFC 5322 header fields the mailbox adapters need, without parsing bodies.

Adapters identify messages by Message-ID and find replies by In-Reply-To and
References (RFC 5322 section 3.6.4). Only the header block is scanned, with
plain regular expressions after unfolding (section 2.2.3): this runs once per
synced message, where ``email.parser`` would cost more than the IMAP fetch.
"""

from __future__ import annotations

import re

_MSG_ID = re.compile(rb"<[^<>\s]+>")
_END_OF_HEADER = re.compile(rb"\r?\n\r?\n")
_FOLD = re.compile(rb"\r?\n[ \t]")
_FIELD = re.compile(rb"^(message-id|in-reply-to|references)[ \t]*:(.*)$",
                    re.IGNORECASE | re.MULTILINE)
# The first Message-ID field with its continuation lines: one search per synced message.
_ID_FIELD = re.compile(rb"^message-id[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)


def header_block(raw: bytes) -> bytes:
    """The header section of ``raw`` (everything before the first empty line)."""
    match = _END_OF_HEADER.search(raw)
    return raw if match is None else raw[:match.start()]


def _fields(raw: bytes) -> dict[bytes, bytes]:
    """The wanted fields, unfolded; the first occurrence of each wins."""
    fields: dict[bytes, bytes] = {}
    for name, value in _FIELD.findall(_FOLD.sub(b" ", header_block(raw))):
        fields.setdefault(name.lower(), value)
    return fields


def message_id(raw: bytes) -> str | None:
    """The ``<...>`` Message-ID of ``raw``, or None when it has none."""
    field = _ID_FIELD.search(header_block(raw))
    found = _MSG_ID.search(field.group(1)) if field else None
    return found.group().decode("utf-8", "replace") if found else None


def replied_ids(raw: bytes) -> set[str]:
    """Every Message-ID named in In-Reply-To or References."""
    fields = _fields(raw)
    text = fields.get(b"in-reply-to", b"") + b" " + fields.get(b"references", b"")
    return {found.decode("utf-8", "replace") for found in _MSG_ID.findall(text)}


def read_header_block(path: str, limit: int = 256 * 1024) -> bytes:
    """The header section of the message file at ``path``, reading no further than needed."""
    lines: list[bytes] = []
    size = 0
    with open(path, "rb") as handle:
        for line in handle:
            if line in (b"\n", b"\r\n"):
                break
            lines.append(line)
            size += len(line)
            if size > limit:
                break
    return b"".join(lines)
