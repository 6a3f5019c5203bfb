"""Split a plain-text body into new text, quoted previous messages and signature.

Quote headers recognised (first one wins, everything after it is quoted):
``On <date>, <name> wrote:`` and its forms in every pack (possibly wrapped over
two lines); Outlook's ``-----Original Message-----``; an Outlook header block
(``From:`` followed by ``Sent:``/``Date:`` within three lines). Lines starting
with ``>`` are quoted wherever they are. The words of each form, and the closing
lines, are the ``[quotes]`` table of each language's pack
(:mod:`afterword.parsers.pack_files`), all packs at once: a reply quotes mail
in whatever language it came in.

The signature is what follows the RFC 3676 ``-- `` delimiter or, failing that,
a closing line ("Best regards,", "Mit freundlichen Grüßen", "Cordialement"...)
near the end of the new text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterword.parsers.pack_files import alternation, every_pack


def _words(key: str) -> str:
    """Every pack's ``[quotes] key`` words, as one alternation."""
    return alternation(word.lower() for word in every_pack("quotes", key))


def _closings() -> str:
    return "|".join(f"(?:{line})" for line in every_pack("quotes", "closings"))


_WROTE_END = re.compile(rf"\b({_words('reply_verbs')})\b[^:]{{0,80}}:\s*$", re.I)
_WROTE_START = re.compile(rf"^({_words('reply_opens')})\s", re.I)
_ORIGINAL = re.compile(rf"^\s*-{{3,}}\s*({_words('original_message')})\s*-{{3,}}\s*$", re.I)
_OUTLOOK_FROM = re.compile(rf"^\s*\*?({_words('header_from')})\s?\*?\s?:\s*\S", re.I)
_OUTLOOK_NEXT = re.compile(rf"^\s*\*?({_words('header_sent')})\s?\*?\s?:", re.I)
_VALEDICTION = re.compile(rf"^(?:{_closings()})$", re.I)
_SIG_DELIMITER = re.compile(r"^--\s?$")
_TAIL_LINES = 12


@dataclass(frozen=True)
class SplitBody:
    """The three parts of a body; ``closing`` is the valediction line, if one was found."""

    new_text: str
    quoted: str
    signature: str
    closing: str | None


def split_body(text: str) -> SplitBody:
    """Separate new text from quoted replies and the signature."""
    lines = text.splitlines()
    cut = _quote_header_index(lines)
    head, tail = lines[:cut], lines[cut:]
    kept = [ln for ln in head if not ln.lstrip().startswith(">")]
    quoted = [ln for ln in head if ln.lstrip().startswith(">")] + tail
    body, signature, closing = _split_signature(kept)
    return SplitBody(
        new_text="\n".join(body).strip(),
        quoted="\n".join(quoted).strip(),
        signature="\n".join(signature).strip(),
        closing=closing,
    )


def _quote_header_index(lines: list[str]) -> int:
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if _ORIGINAL.match(line) or (line.startswith("_" * 10) and i > 0):
            return i
        if _WROTE_START.match(line) and len(line) < 200:
            if _WROTE_END.search(line):
                return i
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt and len(nxt) < 120 and _WROTE_END.search(nxt):
                return i
        if i > 0 and _OUTLOOK_FROM.match(line):
            window = lines[i + 1 : i + 4]
            if any(_OUTLOOK_NEXT.match(w) for w in window):
                return i
    return len(lines)


def _split_signature(lines: list[str]) -> tuple[list[str], list[str], str | None]:
    for i, line in enumerate(lines):
        if _SIG_DELIMITER.match(line) and i > 0:
            return lines[:i], lines[i + 1 :], None
    content = [i for i, ln in enumerate(lines) if ln.strip()]
    for i in content[-_TAIL_LINES:]:
        if i == content[0]:
            continue
        line = lines[i].strip()
        if is_closing(line):
            return lines[:i], lines[i:], line
    return lines, [], None


def is_closing(line: str) -> bool:
    """True for a sign-off line such as "Best regards," or "Mit freundlichen Grüßen"."""
    line = line.strip()
    return len(line) <= 60 and _VALEDICTION.match(line) is not None
