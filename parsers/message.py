"""Raw RFC 5322 bytes to a normalised :class:`ParsedEmail`.

Owns: header decoding (RFC 2047 words, RFC 2231 parameters via :mod:`email`),
addresses, the Date as an aware datetime, Message-ID / In-Reply-To /
References in their canonical ``<id>`` form, choice of the best text body
(text/plain preferred, HTML converted), quote/signature separation and the
language guess. Any input produces a result, or :class:`MessageParseError`
when there is no email to read at all.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import Header
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from types import MappingProxyType

from afterword.parsers import message_ids
from afterword.parsers.errors import MessageParseError
from afterword.parsers.html import html_to_text
from afterword.parsers.language import ranked_languages
from afterword.parsers.quotes import split_body
from afterword.parsers.textutil import decode_bytes, decode_header_value

log = logging.getLogger(__name__)

#: Headers kept (decoded) on :attr:`ParsedEmail.headers` for header rules.
KEPT_HEADERS = (
    "List-Id",
    "List-Unsubscribe",
    "Auto-Submitted",
    "Precedence",
    "X-Autoreply",
    "X-Autorespond",
    "X-Auto-Response-Suppress",
    "Sender",
    "Return-Path",
    "X-Mailer",
    "Feedback-ID",
)
MAX_BODY_CHARS = 200_000
#: Longest subject kept: enough for any real one; a 250 KB subject would otherwise be
#: classified, stored and copied into the draft whole.
MAX_SUBJECT_CHARS = 500
#: Longest display name kept.
MAX_NAME_CHARS = 200
_MAX_PARTS = 1000
_MSGID = re.compile(r"<[^<>\s]+>")
_ANGLED = re.compile(r"^([^<>]*)<([^<>@\s]+@[^<>@\s]+)>\s*$")
#: The everyday field, ``Jane Doe <jane@example.org>`` or a bare address: letters, digits,
#: spaces, dots, hyphens and apostrophes in the name, nothing the address parser would
#: treat specially (quotes, commas, comments, encoded words). Read without it.
_PLAIN_ADDRESS = re.compile(
    r"\s*(?:([\w .'-]*?)\s*<([\w.+-]+@[\w.-]+)>|([\w.+-]+@[\w.-]+))\s*"
)
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:", re.M)
_MIME_NOISE = re.compile(r"^(--\S+|content-[a-z-]+:.*|mime-version:.*)$", re.I | re.M)


@dataclass(frozen=True)
class ParsedEmail:
    """One email, decoded and normalised; the input of :func:`afterword.parsers.classify`."""

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    from_name: str | None
    from_addr: str | None
    reply_to_addr: str | None
    to_addrs: tuple[str, ...]
    date: datetime | None
    body_text: str
    quoted_text: str
    signature: str
    language: str | None
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Every language with enough evidence, most likely first (``language`` is the first).
    languages: tuple[str, ...] = ()


def parse_message(raw: bytes) -> ParsedEmail:
    """Parse raw message bytes; raises only :class:`MessageParseError`.

    >>> parse_message(b"From: Acme <jobs@acme.example>\\r\\nSubject: Hi\\r\\n\\r\\nHello").from_addr
    'jobs@acme.example'
    """
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise MessageParseError(f"expected bytes, got {type(raw).__name__}")
    data = bytes(raw)
    if not data.strip():
        raise MessageParseError("empty input")
    if not _HEADER_LINE.search(data[:4096].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]):
        raise MessageParseError("no email header fields found")
    try:
        msg = BytesParser(policy=compat32).parsebytes(data)
        text, html = _best_bodies(msg)
    except RecursionError:
        log.debug("MIME nesting too deep for the parser; reading the body as plain text")
        msg = BytesHeaderParser(policy=compat32).parsebytes(data)
        text = _MIME_NOISE.sub("", decode_bytes(_raw_body(data)))
        html = None
    return _build(msg, text, html)


def _build(msg: Message, text: str | None, html: str | None) -> ParsedEmail:
    if html is not None and (text is None or len(text.strip()) < 20):
        body = html_to_text(html)
    else:
        body = text or ""
    body = body[:MAX_BODY_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    parts = split_body(body)
    subject = " ".join(_header(msg, "Subject")[:MAX_SUBJECT_CHARS * 2].split())[:MAX_SUBJECT_CHARS]
    from_name, from_addr = _first_address(msg, "From")
    _, reply_to = _first_address(msg, "Reply-To")
    references = tuple(_MSGID.findall(_header(msg, "References")))
    in_reply_to = _MSGID.findall(_header(msg, "In-Reply-To"))
    # One pass over the field names instead of one case-insensitive search per kept header.
    present = {name.lower() for name in msg}
    kept = {name: _header(msg, name) for name in KEPT_HEADERS if name.lower() in present}
    languages = tuple(ranked_languages(subject + "\n" + (parts.new_text or parts.quoted)))
    return ParsedEmail(
        message_id=_message_id(_header(msg, "Message-ID")),
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=references,
        subject=subject,
        from_name=from_name,
        from_addr=from_addr,
        reply_to_addr=reply_to,
        to_addrs=tuple(addr for _, addr in _addresses(msg, "To")),
        date=_date(_header(msg, "Date")),
        body_text=parts.new_text,
        quoted_text=parts.quoted,
        signature=parts.signature,
        language=languages[0] if languages else None,
        headers=MappingProxyType(kept),
        languages=languages,
    )


def _header(msg: Message, name: str) -> str:
    try:
        return decode_header_value(msg.get(name))
    except (ValueError, LookupError, TypeError):
        return ""


def _addresses(msg: Message, name: str) -> list[tuple[str | None, str]]:
    # A Header here carries raw 8-bit bytes (a UTF-8 display name sent unencoded); str() of it
    # would replace every non-ASCII byte, so decode it first.
    values = [
        decode_header_value(v) if isinstance(v, Header) else str(v)
        for v in (msg.get_all(name) or [])
    ]
    if len(values) == 1:
        plain = _PLAIN_ADDRESS.fullmatch(values[0])
        if plain:
            display, addr = plain.group(1) or "", plain.group(2) or plain.group(3)
            return [(" ".join(display.split()) or None, addr.lower())]
    out: list[tuple[str | None, str]] = []
    try:
        pairs = getaddresses(values)
    except (ValueError, TypeError, IndexError):
        pairs = []
    for display, addr in pairs:
        addr = addr.strip().lower()
        if "@" not in addr:
            continue
        display_name = decode_header_value(display).strip().strip('"').strip() or None
        out.append((display_name, addr))
    return out


def _first_address(msg: Message, name: str) -> tuple[str | None, str | None]:
    """The first (display name, address) of a header field.

    An address is only ever read from the field as written, never from the text an
    encoded word decodes to: ``=?utf-8?q?ceo=40bank.example?=`` is a display name
    that merely looks like an address, and is kept as a name.
    """
    found = _addresses(msg, name)
    # "Jobs @ Acme <jobs@acme.example>": an unquoted "@" in the display name makes the address
    # parser read the name as an address; the one angle-bracketed address is the real one.
    angled = _ANGLED.match(_written(msg, name))
    if angled and (not found or found[0][1] != angled.group(2).lower()):
        shown = decode_header_value(angled.group(1)).strip().strip('"').strip()
        return shown[:MAX_NAME_CHARS] or None, angled.group(2).lower()
    if found:
        shown_name, addr = found[0]
        return (shown_name[:MAX_NAME_CHARS] if shown_name else None), addr
    decoded = _header(msg, name)[:MAX_NAME_CHARS]
    return (decoded or None), None


def _written(msg: Message, name: str) -> str:
    """A header field as written (encoded words left encoded; raw 8-bit text decoded)."""
    value = msg.get(name)
    if value is None:
        return ""
    return decode_header_value(value) if isinstance(value, Header) else str(value)


def _message_id(value: str) -> str | None:
    found = _MSGID.findall(value)
    if found:
        return found[0]
    token = message_ids.bare(value)
    return f"<{token}>" if token and " " not in token else None


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _walk(msg: Message) -> Iterator[Message]:
    """Leaf parts, depth-first without recursion, bounded in count."""
    stack: list[Message] = [msg]
    seen = 0
    while stack and seen < _MAX_PARTS:
        part = stack.pop()
        seen += 1
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend(p for p in reversed(payload) if isinstance(p, Message))
            continue
        yield part


def _best_bodies(msg: Message) -> tuple[str | None, str | None]:
    """The first inline text/plain and text/html bodies, decoded."""
    text: str | None = None
    html: str | None = None
    for part in _walk(msg):
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        if _header(part, "Content-Disposition").lower().startswith("attachment"):
            continue
        content = _payload_text(part)
        if ctype == "text/plain" and text is None:
            text = content
        elif ctype == "text/html" and html is None:
            html = content
        if text is not None and html is not None:
            break
    return text, html


def _payload_text(part: Message) -> str:
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, LookupError, AssertionError):
        data = None
    if not isinstance(data, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except (ValueError, LookupError, TypeError):
        charset = None
    return decode_bytes(data[: MAX_BODY_CHARS * 4], charset)


def _raw_body(data: bytes) -> bytes:
    for sep in (b"\r\n\r\n", b"\n\n"):
        if sep in data:
            return data.split(sep, 1)[1][:MAX_BODY_CHARS]
    return b""
