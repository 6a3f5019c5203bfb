"""Phrasing families added after the second blind round, each with near-misses.

The blind2 set (bench/heldout/data/blind2.jsonl) found the gaps; the sentences here are new ones
written for these tests, so a family passes only if it generalises beyond that set.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, Kind
from tests.support.families import family_lists

_texts, _pairs = family_lists("phrase_families_blind2")

Classify = Callable[..., Classification]

REJECTIONS = _texts("rejections")

NOT_REJECTIONS = _pairs("not_rejections")


@pytest.mark.parametrize("body", REJECTIONS)
def test_blind2_family_is_a_rejection(classify_text: Classify, body: str) -> None:
    result = classify_text(body, subject="Your application")
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize(("body", "kind"), NOT_REJECTIONS)
def test_blind2_near_miss_is_not_a_rejection(
    classify_text: Classify, body: str, kind: Kind | None
) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is not Kind.REJECTION, result.evidence
    if kind is not None:
        assert result.kind is kind, result.evidence


def test_a_misspelt_unfortunately_still_counts(classify_text: Classify) -> None:
    result = classify_text("Unfortunetly we cannot help.", subject="Re: hello")
    assert "en.rejection.unfortunately" in {e.rule for e in result.evidence}


def test_an_offer_of_an_interview_slot_is_not_a_job_offer(classify_text: Classify) -> None:
    body = "We would like to offer you an interview slot for the Designer role on Monday."
    result = classify_text(body, subject="Next steps")
    assert result.kind is not Kind.OFFER, result.evidence


def test_reviewers_of_a_take_home_do_not_make_it_a_paper(classify_text: Classify) -> None:
    body = (
        "Thanks for the take-home. The reviewers liked the tests, but we have chosen to "
        "proceed with another candidate for this position."
    )
    result = classify_text(body, subject="Your exercise")
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Your application to the graduate programme in Economics was not successful.",
        "The reviewers' comments on your manuscript are attached; we cannot accept it.",
    ],
)
def test_degree_admissions_and_papers_stay_non_job(classify_text: Classify, body: str) -> None:
    result = classify_text(body, subject="Decision", sender="Office <office@uni.example>")
    assert result.kind is Kind.OTHER
    assert result.job_related is False
