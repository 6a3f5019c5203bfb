"""The features the trained layer reads: one owner, imported by inference and by training.

A message becomes a sparse mapping of feature name to value:

* ``w:`` words, ``s:`` word stems (the first five letters of longer words, a cheap
  stand-in for character n-grams that carries across inflections and compounds)
  and ``u:`` subject words, read from the text the rules read (placeholders
  already masked). Digits are dropped, so no date or id becomes a feature. Word
  bigrams were tried: no better on grouped validation, and twice the features to
  score. Text features are scaled so that their vector has unit length.
* ``r:<kind>`` the rules' score for each rule kind (decision, job context, non-job
  context...): the rules are features of the model, aggregated per kind so that a
  rule added or re-weighted later needs no retraining to be heard.
* ``h:`` header and sender signals (ATS sender, no-reply sender, auto-reply, bulk
  mail, no subject).

Only names are produced here; which of them carry weight is the model file's
business (:mod:`afterword.parsers.model`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

#: Characters of new text read for features: the decision is in the first paragraphs.
MAX_FEATURE_TEXT = 3000
_STEM = 5
_WORD = re.compile(r"[^\W\d_]{2,}")


def text_features(subject: str, body: str) -> dict[str, float]:
    """Word, stem and subject-word features of one message's prepared text, unit length."""
    subject_words = _WORD.findall(subject.lower())
    words = _WORD.findall(body[:MAX_FEATURE_TEXT].lower())
    names = {f"u:{w}" for w in subject_words}
    everything = subject_words + words
    names.update(f"w:{w}" for w in everything)
    names.update(f"s:{w[:_STEM]}" for w in everything if len(w) > _STEM)
    if not names:
        return {}
    value = 1.0 / math.sqrt(len(names))
    return dict.fromkeys(names, value)


def signal_features(rule_scores: Mapping[str, float], signals: Iterable[str]) -> dict[str, float]:
    """The rules' per-kind scores and the header signals, as dense features."""
    out = {f"r:{kind}": round(score, 4) for kind, score in rule_scores.items() if score}
    out.update((f"h:{name}", 1.0) for name in signals)
    return out
