"""Fixtures that build emails from short strings, so parser tests read like data."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, ParsedEmail, RuleSet, analyse


def make_email(
    body: str,
    *,
    subject: str = "Your application",
    sender: str = "Acme Careers <careers@acme.example>",
    reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    html: bool = False,
) -> bytes:
    """A minimal UTF-8 email with the given body (8bit text/plain, or text/html)."""
    lines = [
        f"From: {sender}",
        "To: Sam Candidate <sam@example.org>",
        f"Subject: {subject}",
        "Date: Mon, 03 Mar 2025 10:00:00 +0100",
        "Message-ID: <test-1@acme.example>",
        "MIME-Version: 1.0",
        f"Content-Type: text/{'html' if html else 'plain'}; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines.extend(f"{name}: {value}" for name, value in (headers or {}).items())
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode("utf-8")


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    """Every shipped pack, no user rules."""
    return RuleSet.load()


@pytest.fixture
def classify_body_only(rules: RuleSet) -> Callable[[str], Classification]:
    """Classify a message that has a body and nothing else worth reading (no From, no Subject)."""

    def run(body: str) -> Classification:
        raw = ("To: Sam <sam@example.org>\r\nMessage-ID: <body-only@example.org>\r\n"
               "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()
        return analyse(raw, rules)[1]

    return run


@pytest.fixture
def classify_text(rules: RuleSet) -> Callable[..., Classification]:
    """Classify an email built from a body (and optional make_email keywords)."""

    def run(body: str, **kwargs: object) -> Classification:
        return analyse(make_email(body, **kwargs), rules)[1]  # type: ignore[arg-type]

    return run


@pytest.fixture
def parse_text(rules: RuleSet) -> Callable[..., tuple[ParsedEmail, Classification]]:
    """Parse and classify an email built from a body; returns both results."""

    def run(body: str, **kwargs: object) -> tuple[ParsedEmail, Classification]:
        return analyse(make_email(body, **kwargs), rules)  # type: ignore[arg-type]

    return run


@pytest.fixture
def email_bytes() -> Callable[..., bytes]:
    """The :func:`make_email` builder, for tests that need the raw bytes."""
    return make_email
