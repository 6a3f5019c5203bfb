"""Phrasing families added to generalise beyond the corpus, each with near-misses.

Examples are written for these tests (see bench/heldout for the evaluation set).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, Kind
from tests.support.families import family_lists

_texts, _pairs = family_lists("phrase_families")

Classify = Callable[..., Classification]

REJECTIONS = _texts("rejections")

NOT_REJECTIONS = _pairs("not_rejections")

NON_JOB = _texts("non_job")


@pytest.mark.parametrize("body", REJECTIONS)
def test_phrase_family_is_a_rejection(classify_text: Classify, body: str) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is Kind.REJECTION, result.evidence


@pytest.mark.parametrize(("body", "kind"), NOT_REJECTIONS)
def test_near_miss_is_not_a_rejection(classify_text: Classify, body: str, kind: Kind) -> None:
    result = classify_text(body, subject="Update")
    assert result.kind is kind, result.evidence


@pytest.mark.parametrize("body", NON_JOB)
def test_turn_down_without_job_context_is_not_job_related(
    classify_text: Classify, body: str
) -> None:
    result = classify_text(body, subject="Decision", sender="Service <info@service.example>")
    assert result.kind is Kind.OTHER
    assert result.job_related is False


def test_credit_analyst_job_is_still_a_job(classify_text: Classify) -> None:
    result = classify_text(
        "Gostaríamos de convidá-lo para uma entrevista para a vaga de Analista de Crédito.",
        subject="Convite",
    )
    assert result.kind is Kind.INTERVIEW
