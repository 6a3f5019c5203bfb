"""Guess the language of a text from counts of frequent function words.

Good enough for choosing rule packs and greeting templates on emails of a
sentence or more; returns None when no language has at least two hits.
"""

from __future__ import annotations

import re

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "you",
            "your",
            "we",
            "our",
            "for",
            "with",
            "have",
            "this",
            "that",
            "will",
            "are",
            "not",
            "to",
            "of",
            "be",
            "is",
            "thank",
            "would",
            "been",
            "from",
            "at",
        ]
    ),
    "de": frozenset(
        [
            "und",
            "der",
            "die",
            "das",
            "nicht",
            "ihre",
            "ihnen",
            "sie",
            "wir",
            "uns",
            "für",
            "mit",
            "eine",
            "einen",
            "ist",
            "haben",
            "leider",
            "bewerbung",
            "wurde",
            "werden",
            "dass",
            "auch",
            "bei",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "vous",
            "votre",
            "nous",
            "pour",
            "avec",
            "une",
            "des",
            "est",
            "pas",
            "que",
            "dans",
            "sur",
            "être",
            "candidature",
            "avons",
            "merci",
            "au",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "usted",
            "su",
            "nosotros",
            "para",
            "con",
            "una",
            "es",
            "que",
            "por",
            "del",
            "hemos",
            "gracias",
            "candidatura",
            "muy",
            "le",
            "sido",
            "tu",
            "puesto",
            "lamentablemente",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "je",
            "jij",
            "u",
            "uw",
            "wij",
            "we",
            "niet",
            "voor",
            "met",
            "is",
            "dat",
            "van",
            "zijn",
            "hebben",
            "helaas",
            "sollicitatie",
            "bedankt",
            "ons",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "as",
            "você",
            "sua",
            "seu",
            "nós",
            "para",
            "com",
            "uma",
            "que",
            "não",
            "por",
            "do",
            "da",
            "obrigado",
            "candidatura",
            "em",
            "ao",
            "foi",
            "estamos",
            "vaga",
            "muito",
            "seus",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "la",
            "lei",
            "sua",
            "suo",
            "tua",
            "tuo",
            "noi",
            "per",
            "con",
            "una",
            "è",
            "che",
            "non",
            "di",
            "del",
            "della",
            "grazie",
            "candidatura",
            "siamo",
            "ci",
            "sono",
            "stati",
            "stata",
            "abbiamo",
            "questo",
            "alla",
            "nel",
            "anche",
            "ti",
        ]
    ),
}
_WORD = re.compile(r"[a-zà-öø-ÿ]+")
_SAMPLE_CHARS = 4000


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the most likely language among en, de, fr, es, nl, pt, it."""
    ranked = ranked_languages(text)
    return ranked[0] if ranked else None


def ranked_languages(text: str) -> list[str]:
    """Languages with at least two stopword hits, most likely first."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in _WORD.findall(text[:_SAMPLE_CHARS].lower()):
        for lang, words in _STOPWORDS.items():
            if word in words:
                counts[lang] += 1
    return [lang for lang in sorted(counts, key=lambda k: -counts[k]) if counts[lang] >= 2]
