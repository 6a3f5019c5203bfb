"""Short, hand-written job emails for end-to-end tests, dated relative to a story's clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

SAM = "Sam Candidate <sam@example.org>"


def email(*, sender: str, subject: str, body: str, message_id: str, sent: datetime,
          in_reply_to: str | None = None, headers: dict[str, str] | None = None) -> bytes:
    """One plain-text email as bytes."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = SAM
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()


def confirmation(now: datetime) -> bytes:
    return email(
        sender="Brightwave Energy <no-reply@greenhouse.io>",
        subject="Thanks for applying to Brightwave Energy",
        body="Hi Sam,\n\nWe have received your application for the Grid Analyst position "
             "at Brightwave Energy. Our team will review it and get back to you.\n\n"
             "Brightwave Energy Recruiting\n",
        message_id="<confirm-1@greenhouse.io>", sent=now - timedelta(days=9))


def interview(now: datetime) -> bytes:
    return email(
        sender="Lena Ortiz <lena.ortiz@brightwave-energy.example>",
        subject="Interview for the Grid Analyst role",
        body="Hi Sam,\n\nThanks for applying for the Grid Analyst role. We would like to "
             "invite you to an interview with the team next week. Please let me know which "
             "afternoon works for you.\n\nBest,\nLena Ortiz\n",
        message_id="<interview-2@brightwave-energy.example>", sent=now - timedelta(days=6))


REJECTION_ID = "<rejection-3@brightwave-energy.example>"


def rejection(now: datetime) -> bytes:
    return email(
        sender="Lena Ortiz <lena.ortiz@brightwave-energy.example>",
        subject="Re: Interview for the Grid Analyst role",
        body="Hi Sam,\n\nThank you for meeting with us about the Grid Analyst role. After "
             "careful consideration we have decided not to move forward with your "
             "application, as another candidate's experience was a closer fit.\n\n"
             "We wish you all the best.\n\nBest,\nLena Ortiz\n",
        message_id=REJECTION_ID, sent=now - timedelta(hours=1),
        in_reply_to="<interview-2@brightwave-energy.example>")


def unrelated(now: datetime) -> list[bytes]:
    return [
        email(sender="Weekly Jobs <digest@jobs-digest.example>",
              subject="25 new data jobs this week",
              body="New roles picked for you:\n- Analyst, Northwind\n- Engineer, Contoso\n",
              message_id="<digest-4@jobs-digest.example>", sent=now - timedelta(days=2),
              headers={"List-Unsubscribe": "<https://jobs-digest.example/u>"}),
        email(sender="Alex <alex@friends.example>", subject="Dinner on Saturday?",
              body="Are you free on Saturday evening? We could try the new place.\n",
              message_id="<dinner-5@friends.example>", sent=now - timedelta(days=1)),
    ]


def application_history(now: datetime) -> list[bytes]:
    """A confirmation, an interview invitation and the rejection, plus unrelated mail."""
    return [confirmation(now), interview(now), rejection(now), *unrelated(now)]
