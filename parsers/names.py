"""Who signed a job email: a person's name for the greeting, or None.

The name comes from the sign-off ("Best,\\nJane", "Best, Jane", "Mit
freundlichen Grüßen\\ni.A. Max Muster", "— Jane from Acme", a short line ending
in a comma followed by a name) and, failing that, from a sender display name
that matches the sender's mailbox ("Jane Doe <jane.doe@…>").

A candidate is a name only when it is capitalised like one (initials and
particles such as "de", "van", "von" allowed), contains no organisation word
("Team", "Recruiting", "Personalabteilung", "L'équipe", "Equipo"…), no job
title ("Recruiter", "Talent Partner") and shares no word with the employer or
the sender's domain: "Kind regards,\\nAcme" is the company signing, not a
person. When in doubt the answer is None, and the drafter greets neutrally.

Honorifics, particles and the job words of signatures are each pack's ``[names]``.
"""

from __future__ import annotations

import re
import unicodedata

from afterword.parsers.hiring_teams import DEPARTMENTS
from afterword.parsers.pack_files import alternation, every_pack
from afterword.parsers.quotes import is_closing

#: Lower-case words inside a name ("van der", "de la"), from every pack.
_PARTICLES = f"(?:{alternation(every_pack('names', 'particles'))})"
_WORD = r"[A-ZÀ-ÖØ-Þ](?:[\w'’-]*[\w]|\.(?:-?[A-Z]\.)?)?"
_NAME = re.compile(rf"^{_WORD}(?: (?:{_PARTICLES} )*{_WORD}){{0,3}}$")
#: Honorifics and signing marks before a name ("Dr.", "Frau", "i. A."), from every pack.
_TITLES = re.compile(
    rf"^(?:(?:{alternation(every_pack('names', 'honorifics'), literal=False)})\s+)+", re.I
)
_CUT = re.compile(r"\s+(?:[|–—/]|-|@|from|at|de la part de|von|für|for)\s+.*$|\s*[,(].*$", re.I)
_NOT_A_NAME = re.compile(
    rf"\b(?:{DEPARTMENTS}|human|department|dept|group|inc|ltd|gmbh|llc|ag|sa|bv|nv|srl|spa|"
    r"ltda|company|the|your|our|und|and|afdeling|ufficio|direzione|direction|departamento|"
    r"service|servicio|serviço|regards|wishes|thanks|thank|cheers|best|ihr|ihre|dein|deine|"
    r"euer|das|die|der|namens|het|el|la|le|les|los|las|il|lo|gli|l'|l’|o|a|os|as|time|"
    r"ressources|recursos|risorse|humaines|humanos|umane|admin|support|info|office|"
    r"notifications?|no-?reply|gemeente|stadt|university|universität|université|universidad|"
    r"hospital|klinikum|bank|banco|banca|foundation|stiftung|via|greetings?|grüße|groet\w*|"
    r"saluti|saludos)\b",
    re.I,
)
#: Job words that make a signature line a title, not a name ("Senior Recruiter"), every pack's.
_TITLE_WORDS = frozenset(every_pack("names", "signature_titles"))


def signer(
    signature: str, body: str, from_name: str | None, personal_sender: bool, avoid: list[str]
) -> str | None:
    """The person who signed, or None.

    ``signature`` and ``body`` are the split parts of the new text;
    ``personal_sender`` says whether ``from_name`` is a person's display name;
    ``avoid`` holds organisation names (employer, sender domain label) a
    signer's name may not share a word with.
    """
    avoid_words = {w for text in avoid for w in _words(text) if len(w) >= 3}
    candidates = _signoff_lines(signature, body)
    if from_name and personal_sender:
        candidates.append(from_name)
    for candidate in candidates:
        name = _clean(candidate)
        if name and _is_name(name) and not avoid_words.intersection(_words(name)):
            return name
    return None


def fold(text: str) -> str:
    """Lower case without accents: "Ibáñez" -> "ibanez"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _signoff_lines(signature: str, body: str) -> list[str]:
    lines = [ln.strip() for ln in signature.splitlines() if ln.strip()]
    out: list[str] = []
    if lines and is_closing(lines[0]):
        _, sep, after = lines[0].partition(",")
        if sep and after.strip():
            out.append(after.strip())
        lines = lines[1:]
    if lines:
        out.append(lines[0])
    if out:
        return out
    # No recognised closing: the last paragraph may still be "Thanks again,\nJane" or "— Jane".
    paragraph = [ln.strip() for ln in body.strip().split("\n\n")[-1].splitlines() if ln.strip()]
    if not paragraph or len(paragraph) > 6:
        return out
    if paragraph[0][:1] in "—–-~" and len(paragraph[0]) <= 60:
        out.append(paragraph[0].lstrip("—–-~ "))
    elif len(paragraph) >= 2 and paragraph[0].endswith(",") and len(paragraph[0]) <= 40:
        out.append(paragraph[1])
    return out


def _clean(candidate: str) -> str:
    name = _TITLES.sub("", candidate.strip(" ,.;:"))
    return _CUT.sub("", name).strip(" ,.;:")


def _is_name(name: str) -> bool:
    # Lower-case words can only be surname particles ("van der"), never a team's article.
    capitalised = " ".join(w for w in name.split() if not w.islower())
    shouted = any(len(w) > 2 and w.isupper() for w in name.split())
    if shouted or not _NAME.match(name) or _NOT_A_NAME.search(capitalised):
        return False
    return not any(word in _TITLE_WORDS for word in _words(name))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", fold(text))
