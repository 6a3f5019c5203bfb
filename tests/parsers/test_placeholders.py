"""Template placeholders are opaque words: never evidence, never an extracted name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from afterword.parsers import Classification, Kind, ParsedEmail
from afterword.parsers.placeholders import OPAQUE, has_placeholder, mask

Parse = Callable[..., tuple[ParsedEmail, Classification]]


@pytest.mark.parametrize(
    "text",
    ["[Company Name]", "{{candidate.first_name}}", "{role}", "<Job Title>", "%FIRSTNAME%", "XXX"],
)
def test_each_placeholder_style_becomes_one_opaque_word(text: str) -> None:
    assert mask(f"Hello {text}, thanks") == f"Hello {OPAQUE}, thanks"


@pytest.mark.parametrize(
    "text",
    [
        "Write to <jobs@acme.example> or see <https://acme.example/careers>.",
        "Xavier will meet you in Room XL at 2 p.m.",
        "Our {remote-first} team, 100% of the time.",
    ],
)
def test_addresses_links_and_ordinary_words_are_left_alone(text: str) -> None:
    assert not has_placeholder(text)
    assert mask(text) == text


def test_a_rejection_template_is_a_rejection_with_no_placeholder_extracted(
    parse_text: Parse,
) -> None:
    _, result = parse_text(
        "Dear [First Name],\n\nThank you for applying for the [Position] role at [Employer]. "
        "After reviewing every application we have decided to proceed with other candidates."
        "\n\nKind regards,\n[Recruiter]",
        subject="Your application to [Employer]",
        sender="",
    )
    assert result.kind is Kind.REJECTION, result.evidence
    assert result.company is None
    assert result.role is None
    assert result.recipient_name is None


def test_xxx_is_never_returned_as_a_role_or_a_name(parse_text: Parse) -> None:
    _, result = parse_text(
        "Dear XXX,\n\nthank you for your application for the position of XXX. We have chosen "
        "another applicant.\n\nBest regards,\nXXX",
        subject="Application",
    )
    assert result.kind is Kind.REJECTION, result.evidence
    assert result.role is None
    assert result.recipient_name is None


def test_a_placeholder_naming_hiring_is_no_job_evidence(parse_text: Parse) -> None:
    _, result = parse_text(
        "Your loan request was declined.\n\n[Hiring Manager Name]",
        subject="Decision",
        sender="Bank <loans@bank.example>",
    )
    assert not any("hiring" in e.text.lower() for e in result.evidence)


def test_a_real_company_name_is_still_extracted(parse_text: Parse) -> None:
    _, result = parse_text(
        "We have decided to move forward with other candidates.",
        sender="Brightwater Retail <jobs@brightwater.example>",
    )
    assert result.company == "Brightwater Retail"
