"""The single follow-up reminder: whether to deliver it, and the message put in the user's inbox.

Pure: no mailbox, no store, no clock. The reminder is addressed from
"Afterword" to the user, carries ``Auto-Submitted: auto-generated``
(RFC 3834) and an ``X-Afterword`` header, and its Message-ID is fixed by the
rejection, so delivering it twice finds the first copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Literal

from afterword.daemon.config import Identity
from afterword.daemon.followup.drafting import derived_message_id, mail_address, one_line

Outcome = Literal["cancel", "deliver_sent", "deliver_draft"]
FALLBACK_SENDER = "afterword@localhost"


@dataclass(frozen=True)
class ReminderRequest:
    """What the reminder says: which application, and what happened to the draft."""

    account: str
    rejection_message_id: str
    company: str | None
    role: str | None
    draft_subject: str
    request_sent: bool
    identity: Identity = Identity()
    account_email: str | None = None


@dataclass(frozen=True)
class ComposedReminder:
    raw: bytes
    message_id: str
    subject: str


def reminder_outcome(employer_replied: bool, request_sent: bool) -> Outcome:
    """Cancel when the employer already answered; else say whether the request went out."""
    if employer_replied:
        return "cancel"
    return "deliver_sent" if request_sent else "deliver_draft"


def reminder_message_id(account: str, rejection_message_id: str, email: str | None) -> str:
    """The Message-ID of the reminder for one rejection."""
    return derived_message_id("reminder", account, rejection_message_id, email)


def reminder_subject(company: str | None) -> str:
    name = one_line(company)
    return f"Afterword: follow up with {name}?" if name else "Afterword: follow up on a rejection?"


def reminder_body(request: ReminderRequest) -> str:
    company = one_line(request.company) or "the employer"
    role = one_line(request.role)
    about = (f"your application for {role} at {company}" if role
             else f"your application at {company}")
    subject = one_line(request.draft_subject)
    if request.request_sent:
        status = (f"You sent the feedback request about {about} (\"{subject}\"), "
                  "and no answer has arrived in that thread yet.")
    else:
        status = (f"The feedback request about {about} (\"{subject}\") is still waiting "
                  "in your Drafts folder; it has not been sent.")
    advice = ("If you would still like to hear from them, one short and polite follow-up "
              "is fine. More than one is not: after that, let it rest."
              if request.request_sent else
              "Send it if you still want their feedback, or delete it if not. Once sent, "
              "one polite follow-up later on is fine, but not more.")
    return (f"{status}\n\n{advice}\n\n"
            "This is the only reminder Afterword sends about this rejection.\n"
            "-- \nAfterword (written by your own mail daemon, not by the employer)\n")


def compose_reminder(request: ReminderRequest, *, now: datetime,
                     message_id: str | None = None) -> ComposedReminder:
    """The reminder message for the user's inbox."""
    user_email = request.identity.email or request.account_email
    mid = message_id or reminder_message_id(request.account, request.rejection_message_id,
                                            user_email)
    user = mail_address(user_email, request.identity.name)
    subject = reminder_subject(request.company)
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = Address("Afterword", addr_spec=user.addr_spec if user else FALLBACK_SENDER)
    message["To"] = user if user is not None else Address("", addr_spec=FALLBACK_SENDER)
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = mid
    message["Auto-Submitted"] = "auto-generated"
    message["X-Afterword"] = "reminder"
    message.set_content(reminder_body(request), cte="quoted-printable")
    return ComposedReminder(message.as_bytes(), mid, subject)
