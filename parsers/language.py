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
            "notre",
            "nos",
            "vos",
            "du",
            "bonjour",
            "cordialement",
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
            "olá",
            "mas",
            "às",
            "na",
            "pela",
            "pelo",
            "nossa",
            "nosso",
            "também",
            "após",
            "obrigada",
            "agradecemos",
            "informamos",
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
# word -> indexes into _LANGS: one dict look-up per word instead of one set per language.
_LANGS = tuple(_STOPWORDS)
_INDEX: dict[str, tuple[int, ...]] = {}
for _n, _lang in enumerate(_LANGS):
    for _word in _STOPWORDS[_lang]:
        _INDEX[_word] = (*_INDEX.get(_word, ()), _n)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the most likely language among en, de, fr, es, nl, pt, it."""
    ranked = ranked_languages(text)
    return ranked[0] if ranked else None


def ranked_languages(text: str) -> list[str]:
    """Languages with at least two stopword hits, most likely first (ties in pack order)."""
    counts = [0] * len(_LANGS)
    index = _INDEX
    for word in _WORD.findall(text[:_SAMPLE_CHARS].lower()):
        hits = index.get(word)
        if hits is not None:
            for n in hits:
                counts[n] += 1
    order = sorted(range(len(_LANGS)), key=lambda n: -counts[n])
    return [_LANGS[n] for n in order if counts[n] >= 2]
