"""Fetching one batch of UIDs as FetchedMessages, peeking only and trimming large messages.

Every fetch item uses ``BODY.PEEK`` (RFC 3501 section 6.4.5): plain ``BODY[]``
would set ``\\Seen`` on the user's mail. Messages larger than the account's
``max_message_bytes`` are rebuilt from their header plus their inline
text/plain and text/html parts (located with BODYSTRUCTURE), each capped at the
same size; attachments are never downloaded.

INTERNALDATE is not fetched: parsing it in imapclient doubles the cost of a
first sync (see bench/imap_sync.py), and the message's own Date header serves
the pipeline, so ``internal_date`` is None for IMAP.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from typing import Any

from imapclient import IMAPClient

from daemon.mailbox.base import FetchedMessage, MessageRef
from daemon.mailbox.headers import message_id

_TEXT_SUBTYPES = (b"PLAIN", b"HTML")
_REPLACED_FIELDS = re.compile(rb"^(content-type|content-transfer-encoding)\s*:", re.IGNORECASE)


def fetch_batch(client: IMAPClient, *, account: str, folder: str, uidvalidity: int,
                uids: list[int], large: set[int], cap: int) -> list[FetchedMessage]:
    """The messages ``uids`` of the selected folder, in UID order; expunged ones are skipped."""
    thread_item = [b"X-GM-THRID"] if client.has_capability("X-GM-EXT-1") else []
    found: dict[int, tuple[bytes, Any]] = {}
    small = [uid for uid in uids if uid not in large]
    if small:
        for uid, data in client.fetch(small, [b"BODY.PEEK[]", *thread_item]).items():
            if b"BODY[]" in data:
                found[uid] = (data[b"BODY[]"], data)
    big = [uid for uid in uids if uid in large]
    if big:
        for uid, data in client.fetch(big, [b"BODYSTRUCTURE", b"BODY.PEEK[HEADER]",
                                            *thread_item]).items():
            if b"BODY[HEADER]" in data:
                found[uid] = (_trimmed(client, uid, data, cap), data)
    messages = []
    for uid in sorted(found):
        raw, data = found[uid]
        thread = data.get(b"X-GM-THRID")
        messages.append(FetchedMessage(
            ref=MessageRef(account, folder, f"{uidvalidity}:{uid}"), raw=raw,
            message_id=message_id(raw), thread_id=None if thread is None else str(thread)))
    return messages


def text_parts(body: Any, prefix: str = "") -> list[str]:
    """Part numbers (RFC 3501 section 6.4.5) of the inline text/plain and text/html leaves.

    ``body`` is imapclient's parsed BODYSTRUCTURE; e.g. a text+html alternative
    inside a mixed message with a PDF gives ``["1.1", "1.2"]``. Attached
    messages (message/rfc822) are not descended into.
    """
    if not body.is_multipart:
        return ["1"] if not prefix and _inline_text(body) else []
    found: list[str] = []
    for index, part in enumerate(body[0], start=1):
        number = f"{prefix}{index}"
        if part.is_multipart:
            found.extend(text_parts(part, number + "."))
        elif _inline_text(part):
            found.append(number)
    return found


def _inline_text(part: Any) -> bool:
    kind, subtype = bytes(part[0]).upper(), bytes(part[1]).upper()
    # For a text leaf the disposition is extension field 9 (after lines and md5).
    disposition = part[9] if len(part) > 9 else None
    attached = (isinstance(disposition, tuple) and disposition
                and bytes(disposition[0]).lower() == b"attachment")
    return kind == b"TEXT" and subtype in _TEXT_SUBTYPES and not attached


def _trimmed(client: IMAPClient, uid: int, data: dict[bytes, Any], cap: int) -> bytes:
    header: bytes = data[b"BODY[HEADER]"]
    body = data[b"BODYSTRUCTURE"]
    if not body.is_multipart:
        if not _inline_text(body):
            return header
        text = client.fetch([uid], [f"BODY.PEEK[TEXT]<0.{cap}>".encode()])
        return header + text.get(uid, {}).get(b"BODY[TEXT]<0>", b"")
    numbers = text_parts(body)
    if not numbers:
        return _with_parts(header, [])
    items = [item for n in numbers for item in (f"BODY.PEEK[{n}.MIME]", f"BODY.PEEK[{n}]<0.{cap}>")]
    fetched = client.fetch([uid], [item.encode() for item in items]).get(uid, {})
    parts = [(fetched.get(f"BODY[{n}.MIME]".encode(), b""),
              fetched.get(f"BODY[{n}]<0>".encode(), b"")) for n in numbers]
    return _with_parts(header, parts)


def _with_parts(header: bytes, parts: Iterable[tuple[bytes, bytes]]) -> bytes:
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
