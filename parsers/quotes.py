"""Split a plain-text body into new text, quoted previous messages and signature.

Quote headers recognised (first one wins, everything after it is quoted):
``On <date>, <name> wrote:`` and its German, French, Spanish, Dutch,
Portuguese and Italian forms (possibly wrapped over two lines); Outlook's
``-----Original Message-----`` in those languages; an Outlook header block
(``From:`` followed by ``Sent:``/``Date:`` within three lines). Lines starting
with ``>`` are quoted wherever they are.

The signature is what follows the RFC 3676 ``-- `` delimiter or, failing that,
a closing line ("Best regards,", "Mit freundlichen Grüßen", "Cordialement"...)
near the end of the new text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WROTE_END = re.compile(
    r"\b(wrote|schrieb|a écrit|escribió|schreef|escreveu|ha scritto|scrisse)\b[^:]{0,80}:\s*$", re.I
)
_WROTE_START = re.compile(r"^(on|am|le|el|op|em|il)\s", re.I)
_ORIGINAL = re.compile(
    r"^\s*-{3,}\s*(original message|ursprüngliche nachricht|message d'origine|"
    r"mensaje original|oorspronkelijk bericht|mensagem original|messaggio originale|"
    r"forwarded message|weitergeleitete nachricht|message transféré)\s*-{3,}\s*$",
    re.I,
)
_OUTLOOK_FROM = re.compile(r"^\s*\*?(from|von|de|van|da)\s?\*?\s?:\s*\S", re.I)
_OUTLOOK_NEXT = re.compile(
    r"^\s*\*?(sent|date|gesendet|datum|envoyé|enviado|verzonden|inviato|data)\s?\*?\s?:", re.I
)
_VALEDICTION = re.compile(
    r"^(best|kind|warm|warmest|many|with best)?\s*(regards|wishes)\b.{0,40}$"
    r"|^(best|cheers|sincerely|yours sincerely|yours truly|respectfully|thanks|thank you"
    r"|all the best|best of luck|good luck)(\s*[,!.]?\s*|\s*,\s*\S+(\s+\S+){0,2})$"
    r"|^(mit )?(freundlichen|besten|herzlichen|viele|beste|liebe) grü(ß|ss)en?\b.{0,40}$"
    r"|^(cordialement|bien cordialement|bien à vous|salutations|sincères salutations)\b.{0,40}$"
    r"|^(saludos|un saludo|atentamente|cordialmente|saludos cordiales)\b.{0,40}$"
    r"|^(met )?(vriendelijke|hartelijke) groet(en)?\b.{0,40}$|^groet(en|jes)\b.{0,40}$"
    r"|^(atenciosamente|cumprimentos|abraços|melhores cumprimentos)\b.{0,40}$"
    r"|^(cordiali saluti|distinti saluti|saluti|un cordiale saluto)\b.{0,40}$",
    re.I,
)
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
