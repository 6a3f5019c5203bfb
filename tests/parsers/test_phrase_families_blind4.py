"""Phrasing families added after the fourth blind round, each with near-misses.

The blind4 set (bench/heldout/data/blind4.jsonl) was written to be hard: turn-downs without a stock
phrase and hard negatives of the same shapes. The sentences here are new ones written for
these tests; the English ones are also checked as a *body only*.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, Kind
from tests.support.families import family_lists

_texts, _pairs = family_lists("phrase_families_blind4")

Classify = Callable[..., Classification]


ENGLISH_REJECTIONS = _texts("english_rejections")

OTHER_REJECTIONS = _texts("other_rejections")

NOT_REJECTIONS = _pairs("not_rejections")


@pytest.mark.parametrize("body", ENGLISH_REJECTIONS + OTHER_REJECTIONS)
def test_blind4_family_is_a_rejection(classify_text: Classify, body: str) -> None:
    result = classify_text(body, subject="Your application")
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize("body", ENGLISH_REJECTIONS)
def test_blind4_english_family_is_a_rejection_as_a_body_only(
    classify_body_only: Callable[[str], Classification], body: str
) -> None:
    result = classify_body_only(body)
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize(("body", "kind"), NOT_REJECTIONS)
def test_blind4_near_miss_is_not_a_rejection(
    classify_text: Classify, body: str, kind: Kind | None
) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is not Kind.REJECTION, result.evidence
    if kind is not None:
        assert result.kind is kind, result.evidence
