"""The one reminder: when it is cancelled, and what it tells the user."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage

import pytest

from afterword.daemon.config import Identity
from afterword.daemon.followup.reminders import (
    ComposedReminder,
    ReminderRequest,
    compose_reminder,
    reminder_outcome,
)

NOW = datetime(2026, 3, 27, 8, 0, tzinfo=UTC)
ABOUT_ACME = ReminderRequest(
    account="personal",
    rejection_message_id="<r-42@ats.example.com>",
    company="Acme Analytics",
    role="Data Analyst",
    draft_subject="Re: Your application for Data Analyst",
    request_sent=False,
    identity=Identity(name="Sam Carter", email="sam@example.org"),
)


def parsed(reminder: ComposedReminder) -> EmailMessage:
    message = email.message_from_bytes(reminder.raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def body_of(reminder: ComposedReminder) -> str:
    return str(parsed(reminder).get_content()).replace("\r\n", "\n")


@pytest.mark.parametrize(("employer_replied", "request_sent", "outcome"), [
    (True, True, "cancel"),
    (True, False, "cancel"),
    (False, True, "deliver_sent"),
    (False, False, "deliver_draft"),
])
def test_an_employer_reply_cancels_the_reminder_else_it_says_what_happened(
        employer_replied: bool, request_sent: bool, outcome: str) -> None:
    assert reminder_outcome(employer_replied, request_sent) == outcome


def test_the_reminder_goes_to_the_user_and_is_clearly_from_afterword() -> None:
    message = parsed(compose_reminder(ABOUT_ACME, now=NOW))
    assert message["Subject"] == "Afterword: follow up with Acme Analytics?"
    assert message["From"] == "Afterword <sam@example.org>"
    assert message["To"] == "Sam Carter <sam@example.org>"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["X-Afterword"] == "reminder"


def test_without_an_identity_address_the_reminder_uses_a_local_one() -> None:
    reminder = compose_reminder(ReminderRequest(
        account="personal", rejection_message_id="<r@x>", company=None, role=None,
        draft_subject="Re: Update", request_sent=True), now=NOW)
    message = parsed(reminder)
    assert message["From"] == "Afterword <afterword@localhost>"
    assert message["Subject"] == "Afterword: follow up on a rejection?"


def test_the_reminder_message_id_is_fixed_by_the_rejection() -> None:
    first = compose_reminder(ABOUT_ACME, now=NOW)
    second = compose_reminder(ABOUT_ACME, now=datetime(2026, 4, 2, tzinfo=UTC))
    assert first.message_id == second.message_id == parsed(first)["Message-ID"]
    assert first.message_id.startswith("<afterword-reminder-")


def test_an_unsent_request_is_reported_as_still_a_draft() -> None:
    body = body_of(compose_reminder(ABOUT_ACME, now=NOW))
    assert "still waiting in your Drafts folder" in body
    assert "Data Analyst at Acme Analytics" in body
    assert "one polite follow-up" in body and "not more" in body


def test_a_sent_request_is_reported_as_sent_with_one_follow_up_allowed() -> None:
    body = body_of(compose_reminder(replace(ABOUT_ACME, request_sent=True), now=NOW))
    assert "You sent the feedback request" in body
    assert "one short and polite follow-up is fine. More than one is not" in body


def test_a_line_break_in_the_company_cannot_create_a_header() -> None:
    reminder = compose_reminder(replace(ABOUT_ACME, company="Acme\r\nBcc: victim@example.com"),
                                now=NOW)
    assert "Bcc" not in parsed(reminder)
