"""The job title a job email is about, from the phrases and words of the language packs.

Two sources, most reliable first:

1. a phrase that announces a title ("the Data Analyst role", "the position of
   QA Lead", "Bewerbung als …", "au poste de …", "la vacante de …", "de functie
   …", "a vaga de …", "la posizione di …"), in the subject then in the body;
2. a subject segment that reads as a title on its own ("Acme – Backend
   Engineer", "Application status: Front Office Manager"), accepted only when it
   is capitalised like a title and contains a job noun (engineer, Entwickler,
   chargé, analista…).

The phrases, the words that end a title and the job nouns are each pack's
``[[role_phrases]]`` and ``[role_words]``. The title is then cleaned: gender
markers ("(m/w/d)", "(H/F)"), requisition ids
("R-12345", "Req #123", "(Job ID 4711)"), a trailing location after a dash, and
everything from the first word that cannot be part of a title ("has", "et
nous"…) are dropped. Anything doubtful gives None: the drafter then writes
"the role".
"""

from __future__ import annotations

import re

from afterword.parsers.pack_files import PACK_LANGUAGES, every_pack, pack_data
from afterword.parsers.subject_prefixes import without_prefixes


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOKEN = r"(?:Sr\.|Jr\.|Snr\.|Jnr\.|[\w/+#&'’:-]+(?:\.[\w/+#&'’:-]+)*)"
_FIRST = r"(?:Sr\.|Jr\.|Snr\.|Jnr\.|[A-Z0-9][\w/+#&'’:-]*(?:\.[\w/+#&'’:-]+)*)"
_TITLE_CAP = rf"({_FIRST}(?: (?:{_TOKEN}|\([^()]{{1,30}}\)|[–—-])){{0,8}}?)"
#: Where a title announced without a noun after it ends: a place, a bracket, punctuation, a verb.
_TITLE_END = (
    r"(?= at | with | bei | \(|[.,;!?]|$"
    r"| (?:has|have|had|is|was|were|will|would|and|but|which|that|who"
    r"|on|by|from|until|till|starting|since|before|after|during)\b)"
)
_FREE = r"([A-ZÀ-ÖØ-Þ0-9][^.,;!?\n()]{1,70})"
_PLACEHOLDERS = {"<TITLE>": _TITLE_CAP, "<FREE>": _FREE, "<END>": _TITLE_END}


def _pack_phrases() -> list[tuple[bool, tuple[str, ...], re.Pattern[str], bool]]:
    phrases = []
    for language in PACK_LANGUAGES:
        for entry in pack_data(language).get("role_phrases", ()):
            pattern = entry["pattern"]
            for placeholder, regex in _PLACEHOLDERS.items():
                pattern = pattern.replace(placeholder, regex)
            phrases.append((bool(entry.get("last", False)), tuple(entry["needles"]),
                            re.compile(pattern), bool(entry.get("needs_noun", False))))
    return phrases


#: (needles, pattern, needs a job noun): the phrases of every pack that announce a title, in
#: order of trust (the packs' own order, the ``last`` ones after all others). A phrase is
#: searched only when the lower-cased text holds one of its needles (most emails hold none
#: of a language's nouns).
_ANNOUNCED: tuple[tuple[tuple[str, ...], re.Pattern[str], bool], ...] = tuple(
    (needles, regex, needs_noun)
    for _, needles, regex, needs_noun in sorted(_pack_phrases(), key=lambda phrase: phrase[0])
)
_GENDER = re.compile(
    r"\s*\((?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\)|\s*\((?:all genders|alle geschlechter)\)"
    r"|\s*[*:]in\b|\s*/in\b",
    re.I,
)
_REQ_ID = re.compile(
    r"\s*\((?:job\s*)?(?:id|req\w*|ref\w*|rif\w*|kennziffer|stellen-?id|code)\b[^)]*\)"
    r"|\s*\(?\b[A-Z]{1,4}-\d{3,}\)?|\s*\(?#\s?\d{3,}\)?|^\d{5,}\s+"
    r"|\s*\b(?:req(?:uisition)?|ref(?:erence)?|job id|rif)\b\.?\s*(?:no\.?|#|id)?\s*"
    r"[\w/-]*\d[\w/-]*",
    re.I,
)
_TRAIL = re.compile(
    r"\s+(?:at|with|bei|chez|bij|presso|en|na|in|im|für unser\w*|at our|within|here)(?:\s.*)?$"
    r"|\s+[–—|-]\s.*$|\s+(?:position|role|stelle|poste|vacancy|opening)$",
    re.I,
)
#: Words that end a title: verbs, pronouns and sentence glue, from every pack.
_STOP_WORDS = frozenset(every_pack("role_words", "title_stops"))
_CONJUNCTIONS = frozenset(["and", "und", "et", "y", "e", "en", "or", "ou", "oder", "o"])
_LOWER_OK = _word_set(
    "of and & de di da do du des del della dei für fur van der den voor en la le el et e "
    "y d' d’ / -"
)
_NOT_A_TITLE = re.compile(
    r"\b(?:application|applications|applying|interview|invitation|update|status|thanks?|"
    r"thank you|candidature|candidatura|bewerbung|sollicitatie|absage|einladung|entretien|"
    r"entrevista|colloquio|your|our|offer|feedback|opportunity|page|website|portal)\b",
    re.I,
)
#: Words that open a subject before the title ("Interview invitation: …", "Bewerbung als …").
_SUBJECT_OPENING = re.compile(
    r"^(?:(?:an |status )?update on(?: your application)?|interview invitation|"
    r"invitation to interview|einladung zum (?:vorstellungs)?gespräch|"
    r"uitnodiging (?:voor een )?(?:sollicitatie)?gesprek|convite para entrevista|"
    r"invitation à un entretien|invitación a entrevista|invito a colloquio|application|"
    r"bewerbung|candidature|candidatura|sollicitatie)(?: (?:for|als|pour|para|per|voor))?"
    r"\s*(?:[–—:|-]\s*)?",
    re.I,
)
_SUBJECT_NOUN = re.compile(r"\s+(?:vacancy|position|role|opening)$", re.I)
_SUBJECT_SPLIT = re.compile(r"\s+[–—|-]\s+|:\s+|\s+/\s+")
#: Job nouns of every pack; a word starting with one (or containing one of the long ones,
#: for German and Dutch compounds) makes a subject segment a plausible title.
_JOB_NOUNS = every_pack("role_words", "job_nouns")
_JOB_NOUN = re.compile(
    r"\b(?:"
    + "|".join(_JOB_NOUNS)
    + ")"
    + "|"
    + "|".join(noun for noun in _JOB_NOUNS if len(noun) >= 6)
)
_ALL_NEEDLES = frozenset(needle for needles, _, _ in _ANNOUNCED for needle in needles)


def role(subject: str, body: str, employer: str | None = None) -> str | None:
    """The job title from the subject and body, or None when no title is announced clearly.

    "Thank you for applying to Acme" names the employer, not a role: a title
    equal to ``employer`` is passed over.
    """
    employer_key = (employer or "").casefold()
    for text in (subject, " ".join(body[:3000].split())):
        lowered = text.lower()
        present = {needle for needle in _ALL_NEEDLES if needle in lowered}
        for needles, regex, needs_noun in _ANNOUNCED:
            if present.isdisjoint(needles):
                continue
            for found in regex.finditer(text):
                title = clean_title(found.group(1))
                if (
                    title
                    and title.casefold() != employer_key
                    and (not needs_noun or _has_job_noun(title))
                ):
                    return title
    return _title_from_subject(subject, employer_key)


def clean_title(raw: str) -> str | None:
    """``raw`` without ids, gender markers, trailing place or sentence; None if not a title."""
    title = _REQ_ID.sub("", _GENDER.sub("", raw)).strip(" \"'“”«»-–—")
    words = title.split()
    for i, word in enumerate(words):
        bare = word.casefold().strip(",;:!?")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if bare in _STOP_WORDS or (bare in _CONJUNCTIONS and (not nxt or nxt[0].islower())):
            words = words[:i]
            break
    title = " ".join(words)
    for _ in range(2):
        title = _TRAIL.sub("", title).strip(" \"'“”«»-–—:.")
    if not title or not (title[0].isupper() or title[0].isdigit()):
        return None
    if not 1 <= len(title.split()) <= 8 or _NOT_A_TITLE.search(title):
        return None
    return title


def _title_from_subject(subject: str, employer_key: str) -> str | None:
    rest = _SUBJECT_OPENING.sub("", without_prefixes(subject.strip()))
    for segment in _SUBJECT_SPLIT.split(rest):
        title = clean_title(_SUBJECT_NOUN.sub("", segment))
        if (
            title
            and title.casefold() != employer_key
            and _capitalised_like_a_title(title)
            and _has_job_noun(title)
        ):
            return title
    return None


def _capitalised_like_a_title(title: str) -> bool:
    words = title.split()
    return len(words) <= 6 and all(
        w[0].isupper() or w[0].isdigit() or w.casefold() in _LOWER_OK for w in words
    )


def names_a_job(text: str) -> bool:
    """True when ``text`` ends in a singular job noun ("Customer Service Adviser").

    A company name may hold a job word only in the plural ("Hollis Partners").
    """
    words = text.split()
    last = words[-1].casefold() if words else ""
    return _JOB_NOUN.match(last) is not None and not last.endswith("s")


def _has_job_noun(title: str) -> bool:
    return _JOB_NOUN.search(title.casefold()) is not None
