"""Hand-made hostile and broken messages, and ordinary rejections to put beside them.

Each :class:`PoisonCase` is one class of bad input a stranger can send. None of
them may stop Afterword: each is read (as 'other' or as what it says) or
quarantined with a reason, and the ordinary mail beside it is drafted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime

from tests.support import mail_story

REJECTION_TEXT = ("Thank you for applying for the {role} role at {company}. After careful "
                  "review we have decided not to move forward with your application. We wish "
                  "you every success in your search.")


@dataclass(frozen=True)
class PoisonCase:
    """One hand-made message and what it tries to break."""

    name: str
    raw: bytes
    #: The Message-ID the store will know it by, when it has a usable one.
    message_id: str | None


def ordinary_rejection(company: str, role: str, n: int, now: datetime) -> bytes:
    domain = company.lower().replace(" ", "-") + ".example"
    return mail_story.email(
        sender=f"{company} Recruiting <people@{domain}>",
        subject=f"Your application for {role}",
        body=REJECTION_TEXT.format(role=role, company=company) + "\n\nKind regards,\nPeople Team\n",
        message_id=f"<ordinary-{n}@{domain}>", sent=now - timedelta(hours=2))


def ordinary_rejections(now: datetime) -> list[tuple[str, bytes]]:
    """Three plain rejections from three employers, each deserving one draft."""
    found = [("Quillfeather Labs", "Data Engineer"), ("Orchard Street Bank", "Risk Analyst"),
             ("Tidewater Transit", "Planner")]
    return [(f"<ordinary-{n}@{c.lower().replace(' ', '-')}.example>",
             ordinary_rejection(c, r, n, now)) for n, (c, r) in enumerate(found)]


def _head(name: str, now: datetime, *, sender: str = "HR <hr@poison.example>",
          extra: str = "") -> str:
    return (f"From: {sender}\r\nTo: Sam <sam@example.org>\r\nSubject: Your application\r\n"
            f"Date: {format_datetime(now - timedelta(hours=3))}\r\n"
            f"Message-ID: <{name}@poison.example>\r\n{extra}")


def _case(name: str, raw: str | bytes, *, has_id: bool = True) -> PoisonCase:
    data = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else raw
    return PoisonCase(name, data, f"<{name}@poison.example>" if has_id else None)


def catalogue(now: datetime) -> list[PoisonCase]:
    """Every poison case, each small enough for a test mailbox but true to its class."""
    refusal = "\r\n\r\nWe regret that we will not proceed with your application.\r\n"
    parts = "".join(f"--p\r\nContent-Type: text/plain\r\n\r\npart {n} " + "x" * 1400 + "\r\n"
                    for n in range(1500))
    nested = "<div>" * 40_000 + "We will not move forward with your application." + \
        "</div>" * 40_000
    long_header = "".join(f" filler line {n}\r\n" for n in range(10_000))
    return [
        _case("stray-dot-from", _head("stray-dot-from", now,
                                      sender="HR <hr@acme-poison.example.>") + refusal),
        _case("thousands-of-parts", _head("thousands-of-parts", now,
                                          extra="MIME-Version: 1.0\r\nContent-Type: "
                                                "multipart/mixed; boundary=p\r\n")
              + "\r\n" + parts + "--p--\r\n"),
        _case("nested-divs", _head("nested-divs", now, extra="Content-Type: text/html\r\n")
              + "\r\n" + nested + "\r\n"),
        _case("unknown-charset", _head("unknown-charset", now, extra=(
            "Content-Type: text/plain; charset=x-made-up\r\n")).encode()
              + b"\r\nWir bedauern \xff\xfe\xfa sehr.\r\n"),
        _case("broken-encoded-words", _head("broken-encoded-words", now).replace(
            "Subject: Your application", "Subject: =?utf-8?q?Your_appl=ZZ?= =?x-bad?b?@@@?=")
              + refusal),
        _case("headers-only-no-body", _head("headers-only-no-body", now)),
        _case("no-headers", "Just a line of text with no header at all.\r\n", has_id=False),
        _case("ten-thousand-line-header", _head("ten-thousand-line-header", now,
                                                extra="X-Filler:\r\n" + long_header) + refusal),
        _case("unclosed-multipart", _head("unclosed-multipart", now, extra=(
            "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=open\r\n"))
              + "\r\n--open\r\nContent-Type: text/plain\r\n\r\nWe will not proceed.\r\n"),
        _case("base64-that-is-not", _head("base64-that-is-not", now, extra=(
            "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n"))
              + "\r\n%%% this is not base64 at all !!!\r\n"),
        _case("year-9999", _head("year-9999", now).replace(
            format_datetime(now - timedelta(hours=3)), "Fri, 31 Dec 9999 23:59:59 +0000")
              + refusal),
        PoisonCase("huge-message-id", (
            f"From: HR <hr@poison.example>\r\nSubject: Your application\r\n"
            f"Date: {format_datetime(now - timedelta(hours=3))}\r\n"
            f"Message-ID: <{'m' * 10_240}@poison.example>\r\n" + refusal).encode(),
            f"<{'m' * 10_240}@poison.example>"),
        _case("escape-sequences-in-subject", _head("escape-sequences-in-subject", now).replace(
            "Subject: Your application", "Subject: Offer\x1b]0;owned\x07\x1b[2J") + refusal),
    ]


EMPTY = PoisonCase("zero-bytes", b"", None)
