"""Emails worded like rejections that must not get a rejection draft."""

from __future__ import annotations

import pytest

from afterword.parsers import Kind, analyse, classify

NON_JOB_REJECTIONS = {
    "paper": "Dear author, we regret to inform you that your submission was not accepted "
    "to the conference. The reviewers' comments are below.",
    "grant": "Unfortunately your grant application to the research fund was unsuccessful "
    "in this funding round.",
    "loan": "After careful review we are unable to approve your loan application at this time.",
    "rental": "Thanks for viewing the apartment. Unfortunately the landlord has decided to "
    "go with another applicant.",
    "admission": "We regret to inform you that the admissions committee could not offer you "
    "a place on the MSc programme.",
    "membership": "Unfortunately your membership application to the rowing club was declined.",
    "app_review": "Your app submission was rejected. Please review the App Store guidelines "
    "and submit a new build.",
    "rental_de": "Leider müssen wir Ihnen mitteilen, dass die Wohnung bereits an andere "
    "Mietinteressenten vergeben wurde.",
}


@pytest.mark.parametrize("body", NON_JOB_REJECTIONS.values(), ids=NON_JOB_REJECTIONS.keys())
def test_non_job_rejection_is_not_a_job_rejection(classify_text, body: str) -> None:
    result = classify_text(body, subject="Your application", sender="Office <info@x.example>")
    assert result.kind is Kind.OTHER
    assert not result.is_rejection
    assert not result.job_related
    assert any(e.rule.split(".")[1] == "non_job" for e in result.evidence)


def test_interview_reschedule_is_not_a_rejection(classify_text) -> None:
    result = classify_text(
        "Hi Sam, unfortunately our hiring manager is ill, so we need to reschedule your "
        "interview on Thursday. Could you share your availability next week?"
    )
    assert result.kind is Kind.INTERVIEW
    assert any(e.rule == "en.rejection.reschedule" and e.weight < 0 for e in result.evidence)


def test_german_interview_postponed_is_not_a_rejection(classify_text) -> None:
    result = classify_text(
        "Hallo Sam, leider müssen wir den Termin für das Vorstellungsgespräch verschieben."
    )
    assert not result.is_rejection


def test_keep_cv_on_file_after_not_selected_is_still_a_rejection(classify_text) -> None:
    result = classify_text(
        "Thank you for applying. You have not been selected for this role, but we would like "
        "to keep your CV on file and contact you about future openings."
    )
    assert result.kind is Kind.REJECTION


def test_confirmation_mentioning_possible_silence_is_not_a_rejection(classify_text) -> None:
    result = classify_text(
        "Thanks for applying to Acme! We received your application. Unfortunately we cannot "
        "reply to everyone: if you do not hear from us within three weeks, your application "
        "was not successful this time."
    )
    assert result.kind is Kind.APPLICATION_RECEIVED


def test_offer_is_an_offer(classify_text) -> None:
    result = classify_text(
        "Congratulations! We are thrilled to extend you an offer for the Product Designer role."
    )
    assert result.kind is Kind.OFFER


def test_job_alert_newsletter_is_other(classify_text) -> None:
    result = classify_text(
        "5 new jobs matching your search: Python Developer at Foo, Data Analyst at Bar. "
        "Manage your job alerts here.",
        sender="Jobs Board <jobalerts@board.example>",
        headers={"List-Unsubscribe": "<https://board.example/u>", "Precedence": "bulk"},
    )
    assert result.kind is Kind.OTHER
    assert not result.job_related


def test_candidate_withdrawing_is_not_a_rejection(classify_text) -> None:
    result = classify_text(
        "Dear Ms Lee, I have decided to withdraw my application as I've accepted another "
        "offer. I regret to inform you of this late change."
    )
    assert not result.is_rejection


def test_auto_reply_is_evidence_against_rejection(classify_text) -> None:
    result = classify_text(
        "I am out of the office until Monday with limited access to email.",
        subject="Automatic reply: Application",
        headers={"Auto-Submitted": "auto-replied"},
    )
    assert result.kind is Kind.OTHER
    assert any(e.rule == "header.auto_reply" for e in result.evidence)


def test_threshold_can_be_raised_per_call(rules, email_bytes) -> None:
    parsed, default = analyse(
        email_bytes(
            "Unfortunately, after careful consideration, we wish you the best in your job search."
        ),
        rules,
    )
    assert default.kind is Kind.REJECTION
    assert classify(parsed, rules, threshold=0.95).kind is not Kind.REJECTION


def test_an_interview_invitation_that_mentions_a_lease_is_still_an_interview(classify_text) -> None:
    result = classify_text(
        "Dear Ruth, thank you for coming in on Monday. We'd like you to come back for a "
        "second interview with two of the partners. The second stage includes a short "
        "written exercise on a commercial lease.",
        subject="Second interview",
    )
    assert any(e.rule.split(".")[1] == "non_job" for e in result.evidence)
    assert result.decided_by != "non-job guard"
    assert result.kind is Kind.INTERVIEW
    assert result.job_related
