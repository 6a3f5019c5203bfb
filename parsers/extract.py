"""Facts the drafter needs from a job email: company, role, recruiter name, reply address.

All functions are heuristics over a :class:`ParsedEmail`; each returns None
rather than a doubtful guess.
"""

from __future__ import annotations

import re

from afterword.parsers import names, roles
from afterword.parsers.ats import GENERIC_LABELS, AtsMatch, ats_for_domain
from afterword.parsers.domains import FREE_MAIL_LABELS, registrable_domain
from afterword.parsers.hiring_teams import ARTICLES, CONNECTORS, DEPARTMENTS
from afterword.parsers.message import ParsedEmail
from afterword.parsers.placeholders import has_placeholder

_NO_REPLY_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|no_reply|mailer-daemon|postmaster|bounces?|"
    r"notifications?|notify|alerts?|automated|auto-?confirm\w*|system|newsletter|news|"
    r"jobs-noreply|jobalerts?\w*|invitations?|messages?-noreply)\b"
    r"|no-?reply|donotreply|do-not-reply|noreply|n[aã]o-?respond[ae]|no-?respond(?:er|a)|"
    r"ne-?pas-?repondre|nepasrepondre|nicht-?antworten|keine-?antwort|niet-?beantwoorden|"
    r"niet-?antwoorden|non-?rispondere|no-?rispondere",
    re.I,
)
_ATS_REPLYABLE = frozenset({"lever", "ashby", "greenhouse"})
_ORG_SUFFIX = re.compile(
    r"\s*(?:[-|,:@]\s*)?\b(?:via|through|powered by|by)\s+\S+.*$"
    rf"|\s*[-|,:]?\s*\b(?:{DEPARTMENTS}|notifications?|no-?reply)\b"
    r"(?:\s+(?:team|department|dept))?\s*$",
    re.I,
)
_ORG_PREFIX = re.compile(
    rf"^(?:{DEPARTMENTS}|{ARTICLES})(?:\s+(?:team|@|{CONNECTORS}))?\s+(?=\S)",
    re.I,
)
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_PERSONAL = re.compile(
    rf"\b(?:{DEPARTMENTS}|inc|ltd|gmbh|llc|ag|sa|bv|group|groupe|grupo|gruppo)\b", re.I
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
_JOINING_WORDS = frozenset({"and", "of", "&"})
_COMPANY_IN_TEXT = re.compile(
    r"\b(?:position|role|job|opportunity|opportunities|career|vacancy|opening|interest in joining|"
    r"interest in working (?:at|for|with)|team|working) "
    r"(?:at|to|with|for|in joining) ((?:[A-Z][\w&'-]*)(?: (?:[A-Z][\w&'-]*|&|of|and))*)"
    r"|\b(?:applying|applied|application) (?:at|to|with) "
    r"((?:[A-Z][\w&'-]*)(?: (?:[A-Z][\w&'-]*|&|of|and))*)"
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
#: A recruitment agency's domain ("pinnaclerecruit.example"): it writes for a client it may not
#: name, so its own name is not the employer.
_AGENCY_LABEL = re.compile(r"recruit|staffing|resourcing|headhunt|personnel|talent|search", re.I)
#: Second-level labels under a country code: "acme.co.uk", "kingsbridge.ac.uk".
_SECOND_LEVEL = frozenset(["ac", "co", "com", "org", "gov", "edu", "net", "or", "ne", "gv"])


def reply_address(parsed: ParsedEmail) -> str | None:
    """A trusted Reply-To, else From, skipping addresses that cannot receive a reply."""
    reply_to = None if ignored_reply_to(parsed) else parsed.reply_to_addr
    for addr in (reply_to, parsed.from_addr):
        if addr and is_replyable(addr):
            return addr
    return None


def ignored_reply_to(parsed: ParsedEmail) -> str | None:
    """A Reply-To that points away from the sender, which a draft must not follow.

    Anyone can write any Reply-To; one outside the From's registrable domain could
    send the user's answer to a stranger. It is trusted only within that domain, or
    when the From is an applicant-tracking system (they relay the recruiter's own
    address as Reply-To).
    """
    reply_to, sender = parsed.reply_to_addr, parsed.from_addr
    if not reply_to or reply_to == sender:
        return None
    own = registrable_domain(sender)
    if own is not None and (own == registrable_domain(reply_to) or ats_for_domain(own)):
        return None
    return reply_to


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
        found = _COMPANY_IN_TEXT.search(" ".join(text[:3000].split()))
        if found:
            name = (found.group(1) or found.group(2) or found.group(3) or "").strip(" .'")
            words = name.split()
            while words and words[0] in _COMPANY_STOP:
                words.pop(0)
            # "…at Acme Corp and for the time…": a joining word ends no company name.
            while words and words[-1].lower() in _JOINING_WORDS:
                words.pop()
            # "Thanks for applying to Customer Service Adviser" names the job, not the employer.
            if words and len(words) <= 5 and not roles.names_a_job(" ".join(words)):
                return " ".join(words)
    return _company_from_domain(parsed.from_addr)


def role(parsed: ParsedEmail, employer: str | None = None) -> str | None:
    """The job title the email is about (see :mod:`afterword.parsers.roles`); never ``employer``."""
    found = roles.role(parsed.subject, parsed.body_text, employer)
    return None if found is None or has_placeholder(found) else found


def recipient_name(parsed: ParsedEmail, employer: str | None = None) -> str | None:
    """The recruiter's name from the sign-off or a personal sender name (:mod:`.names`).

    A sign-off line sharing a word with ``employer`` or the sender's domain is
    the company signing, not a person.
    """
    personal = _looks_personal(parsed.from_name or "", parsed.from_addr)
    avoid = [employer or ""]
    if not personal:
        avoid += [parsed.from_name or "", _domain_label(parsed.from_addr) or ""]
    found = names.signer(parsed.signature, parsed.body_text, parsed.from_name, personal, avoid)
    return None if found is None or has_placeholder(found) else found


def _company_from_display(parsed: ParsedEmail) -> str | None:
    name = (parsed.from_name or "").strip()
    if not name or "@" in name.replace(" @ ", " at "):
        return None
    at_org = _PERSON_AT_ORG.match(name)
    local = names.fold((parsed.from_addr or "").split("@", 1)[0])
    if at_org and not any(w in local for w in _words(at_org.group(1)) if len(w) >= 3):
        name = at_org.group(1)
    elif _looks_personal(name, parsed.from_addr):
        return None
    for _ in range(2):
        name = _ORG_PREFIX.sub("", name)
        name = _ORG_SUFFIX.sub("", name).strip(" -|,:")
    if not name or name.lower() in _GENERIC_NAMES or name.lower() in GENERIC_LABELS:
        return None
    return name


def _looks_personal(name: str, addr: str | None) -> bool:
    """True when the display name is a person's name matching the sender's mailbox.

    An ATS tenant mailbox ("Acme Corp <acme@myworkday.com>") and a role mailbox
    ("Acme HR <hr@acme.example>") match the name too; neither is a person.
    """
    words = _words(name)
    if not addr or "@" not in addr or not 2 <= len(words) <= 4:
        return False
    local, domain = addr.lower().split("@", 1)
    if local in GENERIC_LABELS or _NO_REPLY_LOCAL.search(local) or _NOT_PERSONAL.search(name):
        return False
    folded = names.fold(local)
    matches = (len(words[0]) >= 2 and words[0] in folded) or (
        len(words[-1]) >= 2 and words[-1] in folded
    )
    return matches and not (local.isalpha() and ats_for_domain(domain))


def _words(text: str) -> list[str]:
    return _LETTERS.findall(names.fold(text))


def _domain_label(addr: str | None) -> str | None:
    if not addr or "@" not in addr:
        return None
    labels = [x for x in addr.rsplit("@", 1)[1].lower().split(".")[:-1] if x not in GENERIC_LABELS]
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1] if labels else None


def _company_from_domain(addr: str | None) -> str | None:
    if not addr or "@" not in addr or ats_for_domain(addr.rsplit("@", 1)[1]):
        return None
    label = _domain_label(addr)
    if not label or label in FREE_MAIL_LABELS or label in ("example", "invalid", "localhost"):
        return None
    if _AGENCY_LABEL.search(label):
        return None
    return _pretty_slug(label)


def _pretty_slug(slug: str) -> str:
    words = re.split(r"[-_.]+|%20", slug)
    return " ".join(w if not w.islower() else w.capitalize() for w in words if w)
