"""Company, role, recruiter name, reply address, ATS and no-feedback policy."""

from __future__ import annotations

import pytest

from parsers import RuleSet, analyse

REJECTION = "Unfortunately we will not be moving forward with your application."


def test_company_from_sender_display_name_without_careers_suffix(classify_text) -> None:
    result = classify_text(REJECTION, sender="Globex Careers <jobs@globex.example>")
    assert result.company == "Globex"


@pytest.mark.parametrize(
    "name",
    [
        "Initech Talent Acquisition",
        "Initech via Greenhouse",
        "Initech Recruiting Team",
        "Initech | Hiring Team",
    ],
)
def test_company_display_name_suffixes_are_dropped(classify_text, name: str) -> None:
    result = classify_text(REJECTION, sender=f"{name} <no-reply@initech.example>")
    assert result.company == "Initech"


def test_company_from_ats_link_when_sender_is_generic(classify_text) -> None:
    result = classify_text(
        REJECTION + "\nSee other roles: https://jobs.lever.co/umbrella-labs",
        sender="no-reply@hire.lever.co",
    )
    assert (result.ats, result.ats_tenant) == ("lever", "umbrella-labs")
    assert result.company == "Umbrella Labs"
    assert result.reply_to is None


def test_workday_tenant_from_sender_local_part(classify_text) -> None:
    result = classify_text(REJECTION, sender="Hooli <hooli@myworkday.com>")
    assert (result.ats, result.ats_tenant) == ("workday", "hooli")
    assert result.company == "Hooli"
    assert result.reply_to is None


@pytest.mark.parametrize(
    ("sender", "ats"),
    [
        ("Acme <no-reply@us.greenhouse-mail.io>", "greenhouse"),
        ("Acme <notifications@ashbyhq.com>", "ashby"),
        ("Acme <noreply@smartrecruiters.com>", "smartrecruiters"),
        ("Acme <acme@icims.com>", "icims"),
        ("Acme <acme@taleo.net>", "taleo"),
        ("Acme <noreply@candidates.workablemail.com>", "workable"),
        ("Acme <jobs@acme.jobs.personio.de>", "personio"),
        ("Acme <acme@recruitee.com>", "recruitee"),
        ("Acme <no-reply@teamtailor.com>", "teamtailor"),
    ],
)
def test_ats_senders_are_recognised(classify_text, sender: str, ats: str) -> None:
    result = classify_text(REJECTION, sender=sender)
    assert result.ats == ats
    assert result.company == "Acme"
    assert any(e.rule == f"sender.ats.{ats}" for e in result.evidence)


def test_person_sender_gives_company_from_text_and_recipient_name(classify_text) -> None:
    result = classify_text(
        "Hi Sam,\n\nThank you for your interest in the role at Vandelay Industries. "
        + REJECTION
        + "\n\nBest regards,\nDana Scully\nTalent Partner",
        sender="Dana Scully <dana.scully@gmail.com>",
    )
    assert result.company == "Vandelay Industries"
    assert result.recipient_name == "Dana Scully"
    assert result.reply_to == "dana.scully@gmail.com"


def test_recipient_name_on_the_closing_line(classify_text) -> None:
    result = classify_text(REJECTION + "\n\nBest, Priya")
    assert result.recipient_name == "Priya"


def test_team_signature_is_not_a_recipient_name(classify_text) -> None:
    result = classify_text(REJECTION + "\n\nKind regards,\nThe Acme Recruiting Team")
    assert result.recipient_name is None


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Your application",
            "Thanks for applying for the Senior Data Engineer position. " + REJECTION,
            "Senior Data Engineer",
        ),
        ("Application for Platform Engineer (Job ID 4711)", REJECTION, "Platform Engineer"),
        (
            "Ihre Bewerbung als Werkstudent Marketing",
            "Leider müssen wir absagen.",
            "Werkstudent Marketing",
        ),
        (
            "Update",
            "Thank you for your interest in the position of QA Lead. " + REJECTION,
            "QA Lead",
        ),
    ],
)
def test_role_title(classify_text, subject: str, body: str, role: str) -> None:
    assert classify_text(body, subject=subject).role == role


def test_reply_to_header_wins_over_from(classify_text) -> None:
    result = classify_text(
        REJECTION, sender="Acme <no-reply@acme.example>", reply_to="Jo Recruiter <jo@acme.example>"
    )
    assert result.reply_to == "jo@acme.example"


@pytest.mark.parametrize(
    "addr",
    [
        "noreply@acme.example",
        "do-not-reply@acme.example",
        "donotreply@acme.example",
        "mailer-daemon@acme.example",
        "notifications@acme.example",
    ],
)
def test_no_reply_senders_are_not_replyable(classify_text, addr: str) -> None:
    assert classify_text(REJECTION, sender=f"Acme <{addr}>").reply_to is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Due to the volume of applications we are unable to provide individual feedback.",
        "Leider können wir Ihnen keine individuelle Rückmeldung zu den Gründen geben.",
        "Nous ne sommes pas en mesure de vous faire un retour personnalisé.",
        "No podemos ofrecer comentarios individuales sobre las candidaturas.",
        "Helaas kunnen wij geen persoonlijke feedback geven.",
        "Não conseguimos fornecer feedback individual.",
        "Non siamo in grado di fornire un feedback individuale.",
    ],
)
def test_no_feedback_policy_in_each_language(classify_text, sentence: str) -> None:
    assert classify_text(sentence).no_feedback_policy


def test_rejection_without_policy_sentence_has_no_policy(classify_text) -> None:
    assert not classify_text(REJECTION + " Happy to share feedback if useful.").no_feedback_policy


def test_applying_to_the_company_is_not_taken_for_the_role() -> None:
    raw = (b"From: Lumen Labs <no-reply@greenhouse.io>\r\nTo: me@example.org\r\n"
           b"Subject: Thank you for applying to Lumen Labs\r\nMessage-ID: <a1@x>\r\n\r\n"
           b"We have received your application for the Site Reliability Engineer position "
           b"and will review it soon.\r\n")
    _, found = analyse(raw, RuleSet.load(("en",)))
    assert found.company == "Lumen Labs"
    assert found.role == "Site Reliability Engineer"
