"""Fetching one batch of UIDs as FetchedMessages, peeking only and trimming large messages.

Every fetch item uses ``BODY.PEEK`` (RFC 3501 section 6.4.5): plain ``BODY[]``
would set ``\\Seen`` on the user's mail. Messages larger than the account's
``max_message_bytes`` are rebuilt from their header plus their inline
text/plain and text/html parts (located with BODYSTRUCTURE), each capped at the
same size; attachments are never downloaded. Only the first
:data:`MAX_TEXT_PARTS` text parts are fetched: a message made of thousands of text parts
would otherwise name them all in one FETCH, which servers refuse as too long.

The bulk ``UID FETCH (UID BODY.PEEK[])`` of ordinary messages goes through the
imaplib connection beneath imapclient: imapclient's response lexer walks every
FETCH line character by character and cost more than the network itself (see
bench/imap_sync.py); that one response shape is fixed and parsed here with a
regex. INTERNALDATE is not fetched for the same reason, and the message's own
Date header serves the pipeline, so ``internal_date`` is None for IMAP.
"""

from __future__ import annotations

import imaplib
import re
from datetime import date
from typing import Any

from imapclient import IMAPClient

from afterword.daemon.mailbox.base import FetchedMessage, MessageRef
from afterword.daemon.mailbox.headers import message_id
from afterword.daemon.mailbox.trimmed import MAX_TEXT_PARTS, with_parts

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_UID = re.compile(rb"UID (\d+)")
_TEXT_SUBTYPES = (b"PLAIN", b"HTML")


def fetch_batch(client: IMAPClient, *, account: str, folder: str, uidvalidity: int,
                uids: list[int], large: set[int], cap: int) -> list[FetchedMessage]:
    """The messages ``uids`` of the selected folder, in UID order; expunged ones are skipped."""
    found: dict[int, bytes] = {}
    small = [uid for uid in uids if uid not in large]
    if small:
        found.update(peek_whole(client, small))
    big = [uid for uid in uids if uid in large]
    if big:
        for uid, data in client.fetch(big, [b"BODYSTRUCTURE", b"BODY.PEEK[HEADER]"]).items():
            if b"BODY[HEADER]" in data:
                found[uid] = _trimmed(client, uid, data, cap)
    threads: dict[int, Any] = {}
    if found and client.has_capability("X-GM-EXT-1"):
        threads = {uid: data.get(b"X-GM-THRID")
                   for uid, data in client.fetch(sorted(found), [b"X-GM-THRID"]).items()}
    messages = []
    for uid in sorted(found):
        raw = found[uid]
        thread = threads.get(uid)
        messages.append(FetchedMessage(
            ref=MessageRef(account, folder, f"{uidvalidity}:{uid}"), raw=raw,
            message_id=message_id(raw), thread_id=None if thread is None else str(thread)))
    return messages


def peek_whole(client: IMAPClient, uids: list[int]) -> dict[int, bytes]:
    """UID -> whole message, by one ``UID FETCH (UID BODY.PEEK[])`` on the imaplib layer.

    imaplib returns each message as ``(b'7 (UID 7 BODY[] {2345}', literal)``
    followed by ``b')'``; the UID is taken from the part before the literal or,
    should a server put it last, from the part after it. Unsolicited FETCH
    responses (flag changes from other clients) carry no literal and are skipped.
    """
    typ, data = client._imap.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
    if typ != "OK":
        raise imaplib.IMAP4.error(f"UID FETCH failed: {data!r}"[:200])
    bodies: dict[int, bytes] = {}
    for index, item in enumerate(data):
        if not (isinstance(item, tuple) and len(item) == 2 and b"BODY[]" in item[0]):
            continue
        after = data[index + 1] if index + 1 < len(data) else b""
        match = _UID.search(item[0]) or _UID.search(after if isinstance(after, bytes) else b"")
        if match:
            bodies[int(match.group(1))] = item[1]
    return bodies


def search_uids(client: IMAPClient, criteria: list[str]) -> list[int]:
    """``UID SEARCH`` on the imaplib layer: a first sync's answer holds every UID in the
    folder, and imapclient's character-by-character lexer made it a tenth of the sync."""
    typ, data = client._imap.uid("SEARCH", *criteria)
    if typ != "OK":
        raise imaplib.IMAP4.error(f"UID SEARCH failed: {data!r}"[:200])
    return [int(uid) for line in data if line for uid in line.split()]


def imap_date(day: date) -> str:
    """RFC 3501 date-text (``02-Nov-2026``), independent of the process locale."""
    return f"{day.day:02d}-{_MONTHS[day.month - 1]}-{day.year}"


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
    numbers = text_parts(body)[:MAX_TEXT_PARTS]
    if not numbers:
        return with_parts(header, [])
    items = [item for n in numbers for item in (f"BODY.PEEK[{n}.MIME]", f"BODY.PEEK[{n}]<0.{cap}>")]
    fetched = client.fetch([uid], [item.encode() for item in items]).get(uid, {})
    parts = [(fetched.get(f"BODY[{n}.MIME]".encode(), b""),
              fetched.get(f"BODY[{n}]<0>".encode(), b"")) for n in numbers]
    return with_parts(header, parts)
