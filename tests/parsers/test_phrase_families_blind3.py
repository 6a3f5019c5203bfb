"""Phrasing families added after the third blind round, each with near-misses.

The blind3 set (bench/heldout/data/blind3.jsonl) found the gaps; the sentences here are new ones
written for these tests. Many are checked as a *body only* (no From, no Subject), the way
job seekers' mail often reaches the classifier.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, Kind

Classify = Callable[..., Classification]


REJECTIONS = [
    # "we don't feel / believe you are the right fit"
    "Having met you twice, we don't believe you would be the right fit for the Buyer job.",
    "Thanks for applying. We do not think your experience is a strong match for this role.",
    # move on with other candidates
    "Thanks for the portfolio review; the studio moved on with other applicants this time.",
    # not extending / offering an interview
    "We reviewed your CV for the Nurse vacancy and won't be offering you an interview.",
    "The panel will not be extending interview invitations to you for this post.",
    # the role has just been filled
    "Thank you for applying for the Driver position, which has just been filled.",
    # German: no place / job to offer, not successful, did not work out
    "Leider können wir Ihnen derzeit keine Anstellung in unserer Filiale anbieten.",
    "Für das kommende Jahr können wir dir leider keinen Praktikumsplatz anbieten.",
    "Ihre Bewerbung als Koch war leider nicht erfolgreich. Alles Gute!",
    "Danke für dein Interesse an der Stelle. Leider hat es mit der Position nicht geklappt.",
    "Leider passt Ihr Profil nicht zu den Anforderungen dieser Position.",
    "Wir haben uns für jemanden mit langjähriger Erfahrung in der Pflege entschieden.",
    # Portuguese: did not advance to the next stage
    "Infelizmente o seu perfil não passou para a próxima fase da seleção de motoristas.",
]

NOT_REJECTIONS = [
    # on hold, the application stays open: nothing decided
    (
        "The Analyst role has been placed on hold for now. Your application stays active and "
        "we will update you once hiring resumes.",
        None,
    ),
    # silence-means-no confirmation
    (
        "We have received your application for Cashier. If you have not heard back within a "
        "month, you have not been selected.",
        Kind.APPLICATION_RECEIVED,
    ),
    # "move forward / ahead" is progress, not a reschedule
    (
        "Great news: we'd like to move ahead to a second interview with the CFO next week.",
        None,
    ),
    # booking a call
    (
        "Please choose a slot in my calendar for a 20 minute intro call about the role.",
        Kind.INTERVIEW,
    ),
    # selected to advance
    (
        "You've been chosen to progress to the next stage for the Nurse position: a panel "
        "interview.",
        Kind.INTERVIEW,
    ),
    # filled, but an interview for another role
    (
        "The Barista job has just been filled, but we would love to interview you for our "
        "new shift supervisor opening. Are you free Friday?",
        Kind.INTERVIEW,
    ),
    # German: a confirmation, an online test, an upload that failed
    ("Danke für deine Bewerbung! Wir haben sie erhalten und melden uns bald.", None),
    (
        "Als nächstes bitten wir Sie, den Online-Test bis Freitag zu absolvieren.",
        Kind.INTERVIEW,
    ),
    ("Das Hochladen Ihrer Unterlagen hat nicht geklappt, bitte versuchen Sie es erneut.", None),
    (
        "Sollte Ihre Bewerbung nicht erfolgreich sein, erhalten Sie eine kurze Nachricht.",
        None,
    ),
    # Portuguese: a condition, not a decision
    ("Caso você não avance para a próxima etapa, avisaremos por e-mail.", None),
]


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
