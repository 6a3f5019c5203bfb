"""Phrasing families added after the third blind round, each with near-misses.

The blind3 set (bench/heldout/data/blind3.jsonl) found the gaps; the sentences here are new ones
written for these tests. Many are checked as a *body only* (no From, no Subject), the way
job seekers' mail often reaches the classifier.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, Kind
from tests.support.families import family_lists

_texts, _pairs = family_lists("phrase_families_blind3")

Classify = Callable[..., Classification]


REJECTIONS = _texts("rejections")

NOT_REJECTIONS = _pairs("not_rejections")


@pytest.mark.parametrize("body", REJECTIONS)
def test_blind3_family_is_a_rejection(classify_text: Classify, body: str) -> None:
    result = classify_text(body, subject="Your application")
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize("body", REJECTIONS[:6])
def test_blind3_english_family_is_a_rejection_as_a_body_only(
    classify_body_only: Callable[[str], Classification], body: str
) -> None:
    result = classify_body_only(body)
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize(("body", "kind"), NOT_REJECTIONS)
def test_blind3_near_miss_is_not_a_rejection(
    classify_text: Classify, body: str, kind: Kind | None
) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is not Kind.REJECTION, result.evidence
    if kind is not None:
        assert result.kind is kind, result.evidence


def test_a_german_thank_you_with_danke_counts_as_a_confirmation(classify_text: Classify) -> None:
    result = classify_text("Danke für Ihre Bewerbung, wir haben diese gut erhalten.")
    assert result.kind is Kind.APPLICATION_RECEIVED, result.evidence
