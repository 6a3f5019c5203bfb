"""Headers written to mislead: encoded-word addresses, a Reply-To elsewhere, huge subjects."""

from __future__ import annotations

from email.utils import getaddresses

import pytest

from afterword.parsers import RuleSet, classify, parse_message
from afterword.parsers.message import MAX_SUBJECT_CHARS
from afterword.parsers.textutil import decode_header_value

BODY = b"\r\n\r\nUnfortunately we will not move forward with your application.\r\n"


def headers(*lines: str) -> bytes:
    return "".join(f"{line}\r\n" for line in ["Subject: Your application", *lines]).encode()


@pytest.mark.parametrize("sender", [
    "From: =?utf-8?q?hr=40acme.example?=",
    "From: =?utf-8?b?SFIgPGhyQGFjbWUuZXhhbXBsZT4=?=",
])
def test_an_encoded_word_that_decodes_to_an_address_is_only_a_display_name(sender: str) -> None:
    parsed = parse_message(headers(sender) + BODY)
    assert parsed.from_addr is None
    assert parsed.from_name is not None and "hr@acme.example" in parsed.from_name


def test_the_written_address_wins_over_an_address_shaped_display_name() -> None:
    parsed = parse_message(headers(
        "From: =?utf-8?q?ceo=40bank.example?= <jobs@acme.example>") + BODY)
    assert (parsed.from_name, parsed.from_addr) == ("ceo@bank.example", "jobs@acme.example")


def reply_target(*lines: str) -> tuple[str | None, str | None]:
    found = classify(parse_message(headers(*lines) + BODY), RuleSet.load(), model=None)
    return found.reply_to, found.ignored_reply_to


def test_a_reply_to_in_the_senders_own_domain_is_followed() -> None:
    assert reply_target("From: Jobs <jobs@mail.acme.example>",
                        "Reply-To: Dana <dana@acme.example>") == ("dana@acme.example", None)


def test_a_reply_to_in_another_domain_is_ignored_and_named() -> None:
    assert reply_target("From: Dana <dana@acme.example>",
                        "Reply-To: <collect@elsewhere.example>") == (
        "dana@acme.example", "collect@elsewhere.example")


def test_an_applicant_tracking_system_may_relay_the_recruiters_reply_to() -> None:
    assert reply_target("From: Acme <no-reply@greenhouse.io>",
                        "Reply-To: Dana <dana@acme.example>") == ("dana@acme.example", None)


def test_a_subject_of_a_quarter_megabyte_is_cut_to_a_bounded_length() -> None:
    huge = "Your application " + "very " * 50_000
    parsed = parse_message(f"From: a@acme.example\r\nSubject: {huge}\r\n".encode() + BODY)
    assert len(parsed.subject) == MAX_SUBJECT_CHARS
    assert parsed.subject.startswith("Your application very")


@pytest.mark.parametrize(("sentence", "company"), [
    ("Thank you for your interest in the position at Acme Corp and for the time you spent "
     "with us.", "Acme Corp"),
    ("Thank you for your interest in the role at Procter & Gamble. We will not proceed.",
     "Procter & Gamble"),
])
def test_a_joining_word_after_a_company_name_is_not_part_of_it(sentence: str,
                                                               company: str) -> None:
    raw = f"From: HR <hr@mail.example>\r\nSubject: Your application\r\n\r\n{sentence}\r\n"
    assert classify(parse_message(raw.encode()), RuleSet.load()).company == company


@pytest.mark.parametrize("field", [
    "Jane Doe <Jane.Doe@Acme.example>",
    "  José   Müller-Ŝmith   <jose@acme.example>  ",
    "Pat O'Neil <pat@acme.example>",
    '"Doe, Jane" <jane@acme.example>',
    "jane@acme.example (Jane Doe)",
    "=?utf-8?q?Ren=C3=A9e?= <renee@acme.example>",
    "hr@acme.example",
])
def test_a_sender_reads_as_the_standard_address_parser_reads_it(field: str) -> None:
    parsed = parse_message(headers(f"From: {field}") + BODY)
    name, addr = getaddresses([field])[0]
    assert parsed.from_addr == addr.lower()
    assert parsed.from_name == (decode_header_value(name).strip() or None)
