"""Reading the few RFC 5322 header fields the mailbox adapters need, without parsing bodies.

Adapters identify messages by Message-ID and find replies by In-Reply-To and
References (RFC 5322 section 3.6.4). Only the header block is parsed, so a
20 MB attachment costs nothing here.
"""

from __future__ import annotations

import re
from email.parser import BytesHeaderParser
from email.policy import compat32

_MSG_ID = re.compile(r"<[^<>\s]+>")
_END_OF_HEADER = re.compile(rb"\r?\n\r?\n")


def header_block(raw: bytes) -> bytes:
    """The header section of ``raw`` (everything before the first empty line)."""
    match = _END_OF_HEADER.search(raw)
    return raw if match is None else raw[:match.end()]


def _fields(raw: bytes) -> dict[str, str]:
    parsed = BytesHeaderParser(policy=compat32).parsebytes(header_block(raw))
    wanted = ("message-id", "in-reply-to", "references")
    return {name.lower(): str(value) for name, value in parsed.items() if name.lower() in wanted}


def message_id(raw: bytes) -> str | None:
    """The ``<...>`` Message-ID of ``raw``, or None when it has none."""
    found = _MSG_ID.findall(_fields(raw).get("message-id", ""))
    return found[0] if found else None


def replied_ids(raw: bytes) -> set[str]:
    """Every Message-ID named in In-Reply-To or References."""
    fields = _fields(raw)
    return set(_MSG_ID.findall(fields.get("in-reply-to", "") + " " +
                               fields.get("references", "")))


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
    return b"".join(lines) + b"\r\n"
