"""Byte and header decoding that never fails: charsets, RFC 2047 encoded words.

Mail in the wild declares charsets that do not exist ("utf8mb4", "x-unknown"),
non-text codecs ("base64_codec") or none at all and sends raw 8-bit bytes.
Everything here degrades to a best-effort string instead of raising.
"""

from __future__ import annotations

import codecs
import re
from email.errors import HeaderParseError
from email.header import Header, decode_header

_WS = re.compile(r"[ \t\r\n]+")


def _text_codec(charset: str | None) -> str | None:
    """The Python codec name for a declared charset, or None when unusable."""
    if not charset:
        return None
    name = charset.strip().strip('"').lower()
    if name in ("unknown-8bit", "x-unknown", "unknown", "8bit", "binary"):
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    # base64_codec, rot13, hex... are registered but are not text encodings.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode ``data`` with its declared charset, else UTF-8, else Windows-1252."""
    codec = _text_codec(charset)
    if codec is not None:
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError, ValueError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def decode_header_value(value: object) -> str:
    """An unfolded, decoded header value (RFC 2047 encoded words resolved).

    ``value`` is what :mod:`email` returns under the compat32 policy: a ``str``
    or, for headers carrying raw 8-bit bytes, a :class:`email.header.Header`.
    """
    if value is None:
        return ""
    if isinstance(value, str) and "=?" not in value:
        return _WS.sub(" ", value).strip()
    try:
        parts = decode_header(value if isinstance(value, str | Header) else str(value))
    except (HeaderParseError, ValueError, LookupError, AssertionError):
        return _WS.sub(" ", str(value)).strip()
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    return _WS.sub(" ", "".join(out)).strip()
