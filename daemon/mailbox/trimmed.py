"""A large message rebuilt from its header and its first text parts, attachments left out.

Backends whose server can hand over parts separately (IMAP sections, Gmail's
``format=full`` payload) use this to read a message larger than the account's
``max_message_bytes`` without ever holding its attachments.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable

#: Text parts of a large message kept at most: the body and its alternatives.
MAX_TEXT_PARTS = 4

_REPLACED_FIELDS = re.compile(rb"^(content-type|content-transfer-encoding)\s*:", re.IGNORECASE)


def with_parts(header: bytes, parts: Iterable[tuple[bytes, bytes]]) -> bytes:
    """``header`` re-typed as multipart/mixed holding only ``parts`` (MIME header, content)."""
    boundary = f"afterword-trimmed-{secrets.token_hex(8)}".encode()
    kept: list[bytes] = []
    skipping = False
    for line in header.rstrip(b"\r\n").split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                kept.append(line)
            continue
        skipping = bool(_REPLACED_FIELDS.match(line))
        if not skipping:
            kept.append(line)
    kept.append(b'Content-Type: multipart/mixed; boundary="' + boundary + b'"')
    out = [b"\r\n".join(kept), b"\r\n\r\n"]
    for mime, content in parts:
        out += [b"--", boundary, b"\r\n", mime, content, b"\r\n"]
    out += [b"--", boundary, b"--\r\n"]
    return b"".join(out)
