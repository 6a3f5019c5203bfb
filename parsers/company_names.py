"""Normalising company names, roles and sender domains so job emails can be compared.

Pure functions, no I/O. ``company_key("Careers at ACME, Inc. (via Greenhouse)")`` and
``company_key("Acme")`` are both ``"acme"``; ``role_tokens("Senior Data Analyst (m/w/d)")``
is ``{"data", "analyst"}``. Sender domains are reduced to their registrable part and
dropped when they belong to an applicant-tracking system or a free-mail provider, since
those say nothing about the employer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from afterword.parsers.domains import FREE_MAIL_DOMAINS, RELAY_DOMAINS, registrable_domain
from afterword.parsers.hiring_teams import ARTICLES, CONNECTORS, DEPARTMENTS

# Trailing legal forms, compared on the lowercased, punctuation-free tokens.
LEGAL_SUFFIXES = frozenset({
    "inc", "incorporated", "llc", "llp", "ltd", "limited", "plc", "corp", "corporation", "co",
    "company", "gmbh", "mbh", "ag", "kg", "kgaa", "ug", "se", "ev", "sas", "sasu", "sa", "sarl",
    "eurl", "bv", "nv", "spa", "srl", "oy", "oyj", "ab", "as", "asa", "aps", "pty", "pte",
    "kk", "sl", "slu", "&",
})

# Words wrapped around a company name in sender names and signatures.
_WRAPPERS = (
    re.compile(r"\((?:via|über|par|através de|tramite)\s+[^)]*\)", re.I),
    re.compile(r"\b(?:via|über|par|through)\s+(?:greenhouse|lever|workday|smartrecruiters|"
               r"workable|teamtailor|ashby|icims|personio|recruitee|jobvite|taleo|"
               r"successfactors|softgarden|join|indeed|linkedin)\b.*$", re.I),
    re.compile(rf"^(?:(?:{ARTICLES})\s+)?(?:{DEPARTMENTS})(?:\s+team)?\s+(?:@|{CONNECTORS})\s+",
               re.I),
    re.compile(rf"[\s,|–—-]+(?:{DEPARTMENTS})(?:\s+team)?\s*$", re.I),
)

# Gendering and seniority that do not change which job a role is.
_ROLE_NOISE = re.compile(
    r"\((?:[mwfdxhi]\s*/\s*)+[mwfdxhi]\)|\b(?:[mwfdxh]\s*/\s*){1,3}[mwfdxh]\b|"
    r"\(all genders?\)|\(gn\)|:in\b|\*in\b|/in\b|\(in\)", re.I)
SENIORITY = frozenset({
    "senior", "sr", "junior", "jr", "lead", "principal", "staff", "mid", "level", "entry",
    "i", "ii", "iii", "iv", "confirme", "confirmee", "experimente", "erfahrener",
    "erfahrene", "mwd", "wmd", "mfd", "fmx", "hf", "fh",
})
_ROLE_STOPWORDS = frozenset({
    "a", "an", "the", "of", "for", "and", "in", "at", "to", "on", "with", "position", "role",
    "job", "als", "fur", "fuer", "bei", "im", "der", "die", "das", "und", "stelle", "de",
    "du", "des", "la", "le", "les", "en", "et", "pour", "poste", "un", "une", "h", "f", "m",
    "w", "d", "x",
})

_GENERIC_LOCAL_PARTS = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply|donotreply|notifications?|"
    r"mailer[-_.]daemon|postmaster|apply|applications?|bewerbung(?:en)?|jobs?-?noreply|"
    rf"candidatures?|info|contact|hello|system|automated|workday|{DEPARTMENTS})"
    r"(?:[-_.+].*)?$", re.I)


def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def display_company(name: str) -> str:
    """The company as a person would write it: wrappers like "Careers at" removed."""
    text = " ".join(name.split())
    for pattern in _WRAPPERS:
        text = pattern.sub("", text).strip(" ,|-–—")
    return text or " ".join(name.split())


@lru_cache(maxsize=4096)
def company_key(name: str) -> str:
    """A comparison key: folded case and accents, no punctuation, wrappers or legal form."""
    text = _ascii_fold(display_company(name)).lower()
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text)
    tokens = re.sub(r"[^\w&]+", " ", text).split()
    while len(tokens) > 1 and tokens[-1] in LEGAL_SUFFIXES:
        tokens.pop()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens.pop(0)
    return " ".join(tokens)


def compact(text: str) -> str:
    """Letters and digits only, lowercased, as a key appears in domains and ATS slugs."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


@lru_cache(maxsize=4096)
def role_tokens(role: str | None) -> frozenset[str]:
    """The words that say which job a role is: no gendering, seniority or filler."""
    if not role:
        return frozenset()
    text = _ROLE_NOISE.sub(" ", role)
    text = _ascii_fold(text).lower()
    tokens = re.sub(r"[^\w]+", " ", text).split()
    return frozenset(t for t in tokens if t not in SENIORITY and t not in _ROLE_STOPWORDS)


def role_similarity(left: str | None, right: str | None) -> float:
    """Token Jaccard of two roles; 0.8 when the shorter (two words or more) is inside the other.

    Returns -1.0 when either role is unknown, so callers can tell "no evidence" from "differ".
    """
    a, b = role_tokens(left), role_tokens(right)
    if not a or not b:
        return -1.0
    jaccard = len(a & b) / len(a | b)
    smaller, larger = (a, b) if len(a) <= len(b) else (b, a)
    if len(smaller) >= 2 and smaller <= larger:
        return max(jaccard, 0.8)
    return jaccard


def employer_domain(address: str | None) -> str | None:
    """The sender's registrable domain when it can name an employer (not ATS, not free mail)."""
    domain = registrable_domain(address)
    if domain is None or domain in RELAY_DOMAINS or domain in FREE_MAIL_DOMAINS:
        return None
    return domain


def is_ats_domain(address: str | None) -> bool:
    return registrable_domain(address) in RELAY_DOMAINS


def is_generic_address(address: str | None) -> bool:
    """No-reply and role mailboxes (jobs@, careers@, bewerbung@...), not a person."""
    if not address or "@" not in address:
        return True
    return bool(_GENERIC_LOCAL_PARTS.match(address.rsplit("@", 1)[0].strip("<")))


def domain_names_company(domain: str, company: str) -> bool:
    """Whether a domain's name part and a company key plausibly mean the same employer.

    ``acme-robotics.de`` names "Acme Robotics GmbH" and "Acme", ``mueller-technik.de`` names
    "Müller Technik"; ``hays.com`` does not name "Contoso" (an agency writing for a client),
    so its domain must not stand for the client.
    """
    label = compact(domain.split(".")[0])
    spellings = {company_key(company), company_key(_german_fold(company.lower()))} - {""}
    if not label:
        return False
    for spelling in spellings:
        name, first = compact(spelling), compact(spelling.split()[0])
        if label.startswith(name) or name.startswith(label) or (
                len(first) >= 4 and label.startswith(first)):
            return True
    return False


def _german_fold(text: str) -> str:
    """Umlauts as domains spell them: "Müller" → "mueller"."""
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelled)
    return text


def same_company(left: str, right: str) -> bool:
    """Two company keys name one employer: equal, equal without spaces, or one leads the other.

    "acme" and "acme robotics" agree (a short and a long form); "acme" and "fabrikam" do not.
    """
    if not left or not right:
        return False
    if left == right:
        return True
    a, b = left.split(), right.split()
    if a[0] != b[0] and not (a[0][0] == b[0][0] and "".join(a) == "".join(b)):
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return "".join(a) == "".join(b) or (
        longer[:len(shorter)] == shorter and len("".join(shorter)) >= 3)
