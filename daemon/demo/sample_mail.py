"""The demo's mailbox: a handful of job emails written for Afterword, as RFC 5322 bytes.

Three applications (one with an interview, one ending in a no-reply rejection
that says no feedback is given, one in German), plus two messages that must
*not* get a draft: a job-alert newsletter and a rejected conference paper.
Dates are relative to ``now`` so the demo never ages out of ``max_age_days``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime


@dataclass(frozen=True)
class DemoEmail:
    """One message of the demo mailbox and what Afterword should make of it."""

    name: str
    days_ago: int
    sender: str
    subject: str
    body: str
    message_id: str
    in_reply_to: str | None = None
    extra_headers: tuple[tuple[str, str], ...] = ()


DEMO_EMAILS: tuple[DemoEmail, ...] = (
    DemoEmail(
        "northwind-received", 12, "Northwind Analytics <no-reply@greenhouse.io>",
        "Thank you for applying to Northwind Analytics",
        "Hi Sam,\n\nThanks for your interest in Northwind Analytics! We have received your "
        "application for the Data Analyst position and our team will review it shortly.\n\n"
        "Northwind Analytics Recruiting\n",
        "<nw-received-1@greenhouse.io>"),
    DemoEmail(
        "northwind-interview", 8, "Priya Shah <priya.shah@northwind-analytics.example>",
        "Interview invitation: Data Analyst at Northwind Analytics",
        "Hi Sam,\n\nThank you for applying for the Data Analyst role. We would like to invite "
        "you to a video interview with our analytics lead. Could you let me know which of "
        "these times suit you: Tuesday 10:00 or Wednesday 14:00?\n\nBest regards,\nPriya Shah\n"
        "Talent Partner, Northwind Analytics\n",
        "<nw-interview-2@northwind-analytics.example>"),
    DemoEmail(
        "northwind-rejection", 1, "Priya Shah <priya.shah@northwind-analytics.example>",
        "Re: Interview invitation: Data Analyst at Northwind Analytics",
        "Hi Sam,\n\nThank you for taking the time to interview with us for the Data Analyst "
        "position. After careful consideration, we have decided to move forward with another "
        "candidate whose experience more closely matches our current needs.\n\nWe enjoyed our "
        "conversation and wish you the best in your search.\n\nKind regards,\nPriya Shah\n"
        "Talent Partner, Northwind Analytics\n",
        "<nw-rejection-3@northwind-analytics.example>",
        in_reply_to="<nw-interview-2@northwind-analytics.example>"),
    DemoEmail(
        "contoso-received", 20, "Contoso Robotics <no-reply@hire.lever.co>",
        "Your application to Contoso Robotics",
        "Hello Sam,\n\nThank you for applying for the Robotics Software Engineer role at Contoso "
        "Robotics. We have received your application and will be in touch if your profile "
        "matches what we are looking for.\n\nThe Contoso Robotics team\n",
        "<contoso-received-4@hire.lever.co>"),
    DemoEmail(
        "contoso-rejection", 2, "Contoso Robotics <no-reply@hire.lever.co>",
        "Update on your application to Contoso Robotics",
        "Hello Sam,\n\nThank you for your interest in the Robotics Software Engineer role. "
        "Unfortunately, we will not be moving forward with your application at this time. "
        "Due to the high number of applications, we are unable to provide individual feedback."
        "\n\nWe wish you every success.\n\nThe Contoso Robotics team\n",
        "<contoso-rejection-5@hire.lever.co>"),
    DemoEmail(
        "fabrikam-rejection", 3, "Fabrikam GmbH Karriere <karriere@fabrikam.example>",
        "Ihre Bewerbung als Backend-Entwickler (m/w/d)",
        "Sehr geehrter Herr Candidate,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an "
        "der Fabrikam GmbH. Leider müssen wir Ihnen mitteilen, dass wir uns für andere "
        "Bewerber entschieden haben, deren Profil unseren Anforderungen noch besser "
        "entspricht.\n\nWir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.\n\n"
        "Mit freundlichen Grüßen\nJulia Becker\nPersonalabteilung, Fabrikam GmbH\n",
        "<fabrikam-rejection-6@fabrikam.example>"),
    DemoEmail(
        "job-alert", 1, "JobBoard Alerts <alerts@jobboard.example>",
        "12 new Python jobs match your search",
        "New jobs for you this week:\n- Senior Python Developer, Tailspin Toys\n"
        "- Data Engineer, Wide World Importers\n\nUnsubscribe from these alerts at any time.\n",
        "<alert-7@jobboard.example>",
        extra_headers=(("List-Unsubscribe", "<https://jobboard.example/unsubscribe>"),
                       ("Precedence", "bulk"))),
    DemoEmail(
        "paper-rejection", 2, "PyData Workshop Chairs <chairs@pydata-workshop.example>",
        "Decision on your workshop paper submission",
        "Dear author,\n\nWe regret to inform you that your paper submission was not accepted "
        "for the workshop programme this year. The reviews are attached below.\n\n"
        "The programme committee\n",
        "<paper-8@pydata-workshop.example>"),
)


def demo_messages(now: datetime, to_addr: str = "Sam Candidate <sam@example.org>"
                  ) -> list[tuple[DemoEmail, bytes]]:
    """Each demo email rendered as bytes, dated relative to ``now`` (aware)."""
    rendered = []
    for demo in DEMO_EMAILS:
        message = EmailMessage()
        message["From"] = demo.sender
        message["To"] = to_addr
        message["Subject"] = demo.subject
        message["Date"] = format_datetime(now - timedelta(days=demo.days_ago, hours=2))
        message["Message-ID"] = demo.message_id
        if demo.in_reply_to:
            message["In-Reply-To"] = demo.in_reply_to
            message["References"] = demo.in_reply_to
        for name, value in demo.extra_headers:
            message[name] = value
        message.set_content(demo.body)
        rendered.append((demo, message.as_bytes()))
    return rendered
