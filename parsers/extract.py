"""Facts the drafter needs from a job email: company, role, recruiter name, reply address.

All functions are heuristics over a :class:`ParsedEmail`; each returns None
rather than a doubtful guess.
"""

from __future__ import annotations

import re

from parsers.ats import GENERIC_LABELS, AtsMatch, ats_for_domain
from parsers.message import ParsedEmail
from parsers.placeholders import has_placeholder
from parsers.quotes import is_closing

_NO_REPLY_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|no_reply|mailer-daemon|postmaster|bounces?|"
    r"notifications?|notify|alerts?|automated|auto-?confirm\w*|system|newsletter|news|"
    r"jobs-noreply|jobalerts?\w*|invitations?|messages?-noreply)\b"
    r"|no-?reply|donotreply|do-not-reply|noreply",
    re.I,
)
_ATS_REPLYABLE = frozenset({"lever", "ashby", "greenhouse"})
_ORG_SUFFIX = re.compile(
    r"\s*(?:[-|,:@]\s*)?\b(?:via|through|powered by|by)\s+\S+.*$"
    r"|\s*[-|,:]?\s*\b(?:careers?|recruiting|recruitment|recruiters?|talent acquisition|talent|"
    r"hiring|hr|people|people ops|human resources|jobs?|team|karriere|personal|"
    r"personalabteilung|bewerbermanagement|recrutement|rh|reclutamiento|selección|werving|"
    r"recrutamento|selezione|notifications?|no-?reply)\b(?:\s+(?:team|department|dept))?\s*$",
    re.I,
)
_PERSON_AT_ORG = re.compile(r"^\S+(?: \S+)? (?:at|from|@|bei|de|chez|van|da) (.+)$", re.I)
_GENERIC_NAMES = frozenset(
    [
        "no-reply",
        "noreply",
        "notifications",
        "notification",
        "workday",
        "greenhouse",
        "lever",
        "ashby",
        "smartrecruiters",
        "icims",
        "taleo",
        "workable",
        "personio",
        "recruitee",
        "teamtailor",
        "jobvite",
        "indeed",
        "linkedin",
        "glassdoor",
        "stepstone",
        "xing",
        "monster",
        "ziprecruiter",
        "mailer-daemon",
        "postmaster",
    ]
)
_FREEMAIL = frozenset(
    [
        "gmail",
        "googlemail",
        "outlook",
        "hotmail",
        "live",
        "yahoo",
        "icloud",
        "me",
        "aol",
        "gmx",
        "web",
        "proton",
        "protonmail",
        "mail",
        "yandex",
        "orange",
        "free",
        "laposte",
        "t-online",
        "posteo",
    ]
)
_COMPANY_IN_TEXT = re.compile(
    r"\b(?:position|role|job|opportunity|opportunities|career|vacancy|opening|interest in joining|"
    r"interest in working (?:at|for|with)|applying|applied|application|team|working) "
    r"(?:at|to|with|for|in joining) ((?:[A-Z][\w&'-]*)(?: (?:[A-Z][\w&'-]*|&|of|and))*)"
    r"|\b(?:bei|chez|bij|presso|na empresa|en la empresa|in der) "
    r"((?:[A-Z][\w&'-]*)(?: (?:[A-Z][\w&'-]*|&|und|et))*)"
)
_COMPANY_STOP = frozenset(
    [
        "This",
        "The",
        "That",
        "Our",
        "We",
        "Your",
        "You",
        "It",
        "Ihnen",
        "Ihre",
        "Ihrer",
        "Uns",
        "Unserem",
        "Unserer",
        "Unseren",
        "Dir",
        "Euch",
        "Vous",
        "Nous",
        "Der",
        "Die",
        "Das",
        "Dem",
        "Den",
        "Le",
        "La",
        "Les",
        "El",
        "Los",
        "De",
        "Het",
        "Een",
        "Il",
        "Lo",
        "Gli",
        "A",
        "An",
        "Sie",
    ]
)
_ROLE_PATTERNS = tuple(
    re.compile(p)
    for p in (
        r"\b(?i:the (?:position|role|post|job|vacancy) of) ([^.,;:!?\n()]{2,60})",
        r"\b(?i:for|as|to) (?i:the|our|a|an) ((?:[A-Z0-9][\w/+#&.-]*)(?: [\w/+#&.-]+){0,6}?) "
        r"(?i:position|role|vacancy|opening|job)\b",
        r"\b(?i:application|applying|applied) (?i:for|to) (?i:the )?(?i:(?:position|role) of )?"
        r"((?:[A-Z][\w/+#&.-]*)(?: [\w/+#&.-]+){0,6}?)(?= at | with | bei | \(|[.,;:!?\n]|$)",
        r"\bBewerbung (?:als|für die Position|für die Stelle|auf die Stelle|um die Stelle)"
        r"(?: als)? ([^.,;:!?\n()]{2,60})",
        r"\b(?:candidature|postuler) (?:au poste|pour le poste|à l'offre)(?: de| d')? ?"
        r"([^.,;:!?\n()]{2,60})",
        r"\b(?:candidatura|postulación|solicitud) "
        r"(?:para el puesto de|al puesto de|a la vacante de|"
        r"para la vacante de|para a vaga de|à vaga de|per la posizione di|alla posizione di|"
        r"per il ruolo di|per) ([^.,;:!?\n()]{2,60})",
        r"\bsollicitatie (?:voor|naar) (?:de (?:functie|vacature|positie) (?:van |als )?)?"
        r"([^.,;:!?\n()]{2,60})",
    )
)
_ROLE_TRAIL = re.compile(
    r"\s*(?:\((?:job|req\w*|ref\w*)[^)]*\)|[-–|]\s*(?:job|req\w*|ref\w*) ?(?:id|no\.?|#)?\s*[\w-]+"
    r"|\s(?:at|with|bei|chez|bij|presso|en|na|in)\s.*|\s(?:position|role|stelle|poste)\s*)$",
    re.I,
)
_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}$")
_NOT_A_NAME = re.compile(
    r"\b(?:team|talent|recruit\w*|hiring|careers?|hr|people|human|department|group|inc|ltd|"
    r"gmbh|llc|ag|sa|bv|company|the|your|our|und|and|personal\w*|équipe|equipo|equipe|"
    r"afdeling|ufficio|regards|wishes|thanks)\b",
    re.I,
)


def reply_address(parsed: ParsedEmail) -> str | None:
    """Reply-To, else From, skipping addresses that cannot receive a reply."""
    for addr in (parsed.reply_to_addr, parsed.from_addr):
        if addr and is_replyable(addr):
            return addr
    return None


def is_replyable(addr: str) -> bool:
    """False for no-reply, notification, bounce and most ATS system senders."""
    local, _, domain = addr.lower().rpartition("@")
    if not local or not domain or _NO_REPLY_LOCAL.search(local):
        return False
    ats = ats_for_domain(domain)
    # Lever, Ashby and Greenhouse route per-recruiter addresses back into the candidate thread;
    # the other systems send from system accounts nobody reads.
    return ats is None or (ats in _ATS_REPLYABLE and local not in GENERIC_LABELS)


def company(parsed: ParsedEmail, ats: AtsMatch | None) -> str | None:
    """Company name from the sender name, the ATS tenant, the text, or the sender domain.

    A template placeholder ("[Company Name]", "XXX") is no name: None instead.
    """
    found = _find_company(parsed, ats)
    return None if found is None or has_placeholder(found) else found


def _find_company(parsed: ParsedEmail, ats: AtsMatch | None) -> str | None:
    from_name = _company_from_display(parsed)
    if from_name:
        return from_name
    if ats and ats.tenant:
        return _pretty_slug(ats.tenant)
    for text in (parsed.body_text, parsed.subject, parsed.signature):
        found = _COMPANY_IN_TEXT.search(text)
        if found:
            name = (found.group(1) or found.group(2) or "").strip(" .'")
            words = name.split()
            while words and words[0] in _COMPANY_STOP:
                words.pop(0)
            if words and len(words) <= 5:
                return " ".join(words)
    return _company_from_domain(parsed.from_addr)


def role(parsed: ParsedEmail, employer: str | None = None) -> str | None:
    """The job title the email is about, from the subject first, then the body.

    "Thank you for applying to Acme" names the employer, not a role: a title
    equal to ``employer`` is passed over.
    """
    employer_key = (employer or "").casefold()
    for text in (parsed.subject, parsed.body_text[:3000]):
        for regex in _ROLE_PATTERNS:
            found = regex.search(text)
            if not found:
                continue
            title = found.group(1).strip(" \"'“”«»")
            for _ in range(2):
                title = _ROLE_TRAIL.sub("", title).strip(" \"'“”«»-–")
            if title.casefold() == employer_key:
                continue
            if (
                title
                and title[0].isalnum()
                and 1 <= len(title.split()) <= 8
                and not has_placeholder(title)
            ):
                return title
    return None


def recipient_name(parsed: ParsedEmail) -> str | None:
    """The recruiter's name from the sign-off ("Best, Jane" or the line after the closing)."""
    lines = [ln.strip() for ln in parsed.signature.splitlines() if ln.strip()]
    candidates: list[str] = []
    if lines and is_closing(lines[0]):
        _, sep, after = lines[0].partition(",")
        if sep and after.strip():
            candidates.append(after.strip())
        lines = lines[1:]
    if lines:
        candidates.append(lines[0])
    if parsed.from_name and _looks_personal(parsed.from_name, parsed.from_addr):
        candidates.append(parsed.from_name)
    for candidate in candidates:
        candidate = candidate.strip(" ,.;")
        if (
            _NAME.match(candidate)
            and not _NOT_A_NAME.search(candidate)
            and not has_placeholder(candidate)
        ):
            return candidate
    return None


def _company_from_display(parsed: ParsedEmail) -> str | None:
    name = (parsed.from_name or "").strip()
    if not name or "@" in name:
        return None
    at_org = _PERSON_AT_ORG.match(name)
    if at_org:
        name = at_org.group(1)
    elif _looks_personal(name, parsed.from_addr):
        return None
    for _ in range(2):
        name = _ORG_SUFFIX.sub("", name).strip(" -|,:")
    if not name or name.lower() in _GENERIC_NAMES or name.lower() in GENERIC_LABELS:
        return None
    return name


def _looks_personal(name: str, addr: str | None) -> bool:
    """True when the display name is a person's name matching the sender's local part."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)]
    if not addr or not 2 <= len(words) <= 4:
        return False
    local = addr.split("@", 1)[0].lower()
    return words[0] in local or words[-1] in local


def _company_from_domain(addr: str | None) -> str | None:
    if not addr or "@" not in addr:
        return None
    domain = addr.rsplit("@", 1)[1]
    if ats_for_domain(domain):
        return None
    labels = [x for x in domain.split(".")[:-1] if x not in GENERIC_LABELS]
    if not labels or labels[-1] in _FREEMAIL or labels[-1] in ("example", "invalid", "localhost"):
        return None
    return _pretty_slug(labels[-1])


def _pretty_slug(slug: str) -> str:
    words = re.split(r"[-_.]+|%20", slug)
    return " ".join(w if not w.islower() else w.capitalize() for w in words if w)
