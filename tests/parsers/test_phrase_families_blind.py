"""Phrasing families added after the blind held-out round, each with near-misses.

The blind set (bench/heldout/data/blind.jsonl) found the gaps; the sentences here are new ones
written for these tests, so a family passes only if it generalises beyond that set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, Kind
from tests.support.families import family_lists

_texts, _pairs = family_lists("phrase_families_blind")

Classify = Callable[..., Classification]

REJECTIONS = _texts("rejections")

NOT_REJECTIONS = _pairs("not_rejections")

NON_JOB = _texts("non_job")


@pytest.mark.parametrize("body", REJECTIONS)
def test_blind_round_family_is_a_rejection(classify_text: Classify, body: str) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize(("body", "kind"), NOT_REJECTIONS)
def test_blind_round_near_miss_is_not_a_rejection(
    classify_text: Classify, body: str, kind: Kind
) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is kind, result.evidence


@pytest.mark.parametrize("body", NON_JOB)
def test_compound_non_job_words_mark_a_turn_down_as_not_job_related(
    classify_text: Classify, body: str
) -> None:
    result = classify_text(body, subject="Besluit", sender="Service <info@service.example>")
    assert result.kind is Kind.OTHER
    assert result.job_related is False


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your time and interest; the role has been filled by another applicant.",
        "Danke für den Termin letzte Woche. Die Stelle ist inzwischen leider vergeben.",
    ],
)
def test_thanks_for_the_time_before_a_filled_role_is_still_a_rejection(
    classify_text: Classify, body: str
) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is Kind.REJECTION, result.evidence
    assert not any(e.rule.endswith(".slot_taken") for e in result.evidence)
