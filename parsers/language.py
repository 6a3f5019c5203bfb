"""Guess the language of a text from counts of frequent function words.

Good enough for choosing rule packs and greeting templates on emails of a
sentence or more; returns None when no language has at least two hits. The
words are each pack's ``id_words`` (:mod:`afterword.parsers.pack_files`).
"""

from __future__ import annotations

import re

from afterword.parsers.pack_files import PACK_LANGUAGES, pack_data

#: Each pack's ``id_words``: frequent words that tell its language apart.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(pack_data(lang).get("id_words", ())) for lang in PACK_LANGUAGES
}
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 4000
# word -> indexes into _LANGS: one dict look-up per word instead of one set per language.
_LANGS = tuple(_STOPWORDS)
_INDEX: dict[str, tuple[int, ...]] = {}
for _n, _lang in enumerate(_LANGS):
    for _word in _STOPWORDS[_lang]:
        _INDEX[_word] = (*_INDEX.get(_word, ()), _n)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the most likely language among those with a pack."""
    ranked = ranked_languages(text)
    return ranked[0] if ranked else None


def ranked_languages(text: str) -> list[str]:
    """Languages with at least two stopword hits, most likely first.

    Ties go to the other language before English: English words (a subject line, a
    signature) turn up in mail of every language, the other way round is rare.
    """
    counts = [0] * len(_LANGS)
    index = _INDEX
    for word in _WORD.findall(text[:_SAMPLE_CHARS].lower()):
        hits = index.get(word)
        if hits is not None:
            for n in hits:
                counts[n] += 1
    order = sorted(range(len(_LANGS)), key=lambda n: (-counts[n], _LANGS[n] == "en"))
    return [_LANGS[n] for n in order if counts[n] >= 2]
