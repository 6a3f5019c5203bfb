"""The feedback-request draft: a threaded reply, safe headers, the right template and wording."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from afterword.daemon.config import Identity
from afterword.daemon.errors import ConfigError
from afterword.daemon.followup.drafting import (
    KINDS,
    NO_REPLY_NOTE,
    ComposedDraft,
    DraftRequest,
    compose_draft,
    draft_wording,
    reply_subject,
)
from afterword.parsers import PACK_LANGUAGES

NOW = datetime(2026, 3, 18, 8, 0, tzinfo=UTC)
ME = Identity(name="Sam Carter", email="sam@example.org", signature="Sam Carter\n+1 555 0100")
REJECTION = DraftRequest(
    account="personal",
    original_subject="Your application for Data Analyst",
    original_message_id="<r-42@ats.example.com>",
    original_references=("<confirm-1@ats.example.com>",),
    to_addr="jamie.lee@acme.example",
    recipient_name="Jamie Lee",
    company="Acme Analytics",
    role="Data Analyst",
    language="en",
    identity=ME,
)


def compose(request: DraftRequest = REJECTION, **kwargs: object) -> ComposedDraft:
    return compose_draft(request, now=NOW, **kwargs)  # type: ignore[arg-type]


def parsed(draft: ComposedDraft) -> EmailMessage:
    message = email.message_from_bytes(draft.raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def body_of(draft: ComposedDraft) -> str:
    """The decoded body with the wire's CRLF line ends turned back into newlines."""
    return str(parsed(draft).get_content()).replace("\r\n", "\n")


def variant(**changes: object) -> DraftRequest:
    return replace(REJECTION, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(("original", "expected"), [
    ("Your application", "Re: Your application"),
    ("Re: Your application", "Re: Your application"),
    ("RE: Re: Your application", "Re: Your application"),
    ("AW: Ihre Bewerbung", "Re: Ihre Bewerbung"),
    ("Re[2]: Aw: sv: Update", "Re: Update"),
    ("Fwd: Your application", "Re: Fwd: Your application"),
    ("", "Re: your message"),
])
def test_the_subject_carries_exactly_one_reply_prefix(original: str, expected: str) -> None:
    assert reply_subject(original) == expected


def test_the_draft_is_a_threaded_reply_from_the_user_to_the_recruiter() -> None:
    message = parsed(compose())
    assert message["Subject"] == "Re: Your application for Data Analyst"
    assert message["In-Reply-To"] == "<r-42@ats.example.com>"
    assert message["References"].split() == ["<confirm-1@ats.example.com>",
                                              "<r-42@ats.example.com>"]
    assert message["From"] == "Sam Carter <sam@example.org>"
    assert message["To"] == "Jamie Lee <jamie.lee@acme.example>"
    assert message["Date"] == "Wed, 18 Mar 2026 08:00:00 +0000"


def test_the_message_id_is_the_same_every_time_for_one_rejection() -> None:
    first, second = compose(), compose_draft(REJECTION, now=datetime(2026, 4, 1, tzinfo=UTC))
    assert first.message_id == second.message_id == parsed(first)["Message-ID"]
    assert first.message_id.startswith("<afterword-draft-")
    assert first.message_id.endswith("@example.org>")
    assert compose(variant(account="work")).message_id != first.message_id
    assert compose(variant(original_message_id="<other@x>")).message_id != first.message_id


def test_a_stored_message_id_is_kept_even_when_the_identity_changes() -> None:
    stored = compose().message_id
    again = compose(variant(identity=Identity(name="Sam", email="sam@new.example")),
                    message_id=stored)
    assert again.message_id == stored


def test_without_any_email_the_message_id_uses_a_reserved_domain() -> None:
    draft = compose(variant(identity=Identity(name="Sam")))
    assert draft.message_id.endswith("@afterword.invalid>")
    assert "From" not in parsed(draft)


def test_the_account_address_is_the_sender_when_the_identity_has_none() -> None:
    draft = compose(variant(identity=Identity(name="Sam Carter"), account_email="s@mail.example"))
    assert parsed(draft)["From"] == "Sam Carter <s@mail.example>"


def test_a_no_reply_rejection_gets_an_empty_to_and_a_note_for_the_user() -> None:
    draft = compose(variant(to_addr=None, recipient_name=None))
    message = parsed(draft)
    assert message["To"] == ""
    assert draft.to_addr is None
    body = body_of(draft)
    assert body.splitlines()[0] == NO_REPLY_NOTE
    assert body.splitlines()[2] == "Hello,"


def test_an_address_that_does_not_parse_is_treated_as_missing() -> None:
    draft = compose(variant(to_addr="not an address"))
    assert draft.to_addr is None
    assert body_of(draft).startswith(NO_REPLY_NOTE)


@pytest.mark.parametrize("hostile", ["hr@acme.example.", "a@b..c", "HR <hr@acme.example.>"])
def test_an_address_with_a_stray_dot_is_treated_as_missing_instead_of_failing(
    hostile: str,
) -> None:
    draft = compose(variant(to_addr=hostile))
    assert draft.to_addr is None
    assert parsed(draft)["To"] == ""
    assert NO_REPLY_NOTE in body_of(draft)


def test_non_ascii_names_and_subjects_are_encoded_words() -> None:
    draft = compose(variant(original_subject="Ihre Bewerbung – Müller GmbH",
                            recipient_name="Jörg Müller", to_addr="jm@mueller.example",
                            identity=Identity(name="Zoë Weiß", email="zoe@example.org"),
                            language="de"))
    head = draft.raw.split(b"\r\n\r\n", 1)[0]
    head.decode("ascii")
    assert b"=?utf-8?" in head
    message = parsed(draft)
    assert message["Subject"] == "Re: Ihre Bewerbung – Müller GmbH"
    assert message["To"].addresses[0].display_name == "Jörg Müller"
    assert message["From"].addresses[0].display_name == "Zoë Weiß"
    assert body_of(draft).startswith("Guten Tag Jörg Müller,")


@pytest.mark.parametrize("name", ["Zoë Ibáñez, Talent Team", "Lee, Jamie (Talent)"])
def test_a_comma_in_the_recruiters_name_stays_inside_the_one_address(name: str) -> None:
    message = parsed(compose(variant(recipient_name=name)))
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        (name, "jamie.lee@acme.example")]
    assert message["To"].defects == ()


def test_an_internationalised_domain_is_written_in_its_ascii_form() -> None:
    draft = compose(variant(to_addr="jamie@bücher.example"))
    assert parsed(draft)["To"].addresses[0].domain == "xn--bcher-kva.example"
    assert draft.to_addr == "jamie@xn--bcher-kva.example"


def test_a_long_subject_and_thread_are_folded_below_78_columns() -> None:
    draft = compose(variant(original_subject="Your application for " + "Senior Analyst " * 12,
                            original_references=tuple(f"<ref-{n}@ats.example.com>"
                                                      for n in range(15))))
    head = draft.raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert max(len(line) for line in head.split("\r\n")) <= 78
    assert parsed(draft)["Subject"] == "Re: Your application for " + " ".join(
        ["Senior Analyst"] * 12)


@pytest.mark.parametrize("field", ["original_subject", "recipient_name", "company", "role"])
def test_a_line_break_in_any_templated_value_never_creates_a_header(field: str) -> None:
    draft = compose(variant(**{field: "x\r\nBcc: victim@example.com\nX-Evil: 1"}))
    message = parsed(draft)
    assert "Bcc" not in message
    assert "X-Evil" not in message
    head = draft.raw.split(b"\r\n\r\n", 1)[0]
    assert not any(line.lower().startswith((b"bcc", b"x-evil")) for line in head.split(b"\r\n"))
    assert all(not line.startswith(b"Bcc") for line in draft.raw.splitlines())


def test_a_malicious_original_message_id_is_dropped_from_the_threading_headers() -> None:
    draft = compose(variant(original_message_id="<a@b>\r\nBcc: victim@example.com",
                            original_references=("<ok@x>", "junk\nBcc: v@x")))
    message = parsed(draft)
    assert "Bcc" not in message
    assert "In-Reply-To" not in message
    assert message["References"] == "<ok@x>"


def test_after_an_interview_the_draft_asks_about_the_interview_and_skills() -> None:
    body = body_of(compose(variant(had_interview=True)))
    assert "interview" in body
    assert "skills" in body
    assert compose(variant(had_interview=True)).kind == "interview"


def test_a_stated_no_feedback_policy_gets_a_short_thank_you() -> None:
    draft = compose(variant(no_feedback_policy=True, had_interview=True))
    assert draft.kind == "thanks"
    body = body_of(draft)
    assert "feedback" in body and "?" not in body
    assert len(body.split()) < len(body_of(compose()).split())


def test_the_greeting_uses_the_recruiters_name_when_known_else_a_neutral_one() -> None:
    assert body_of(compose()).startswith("Dear Jamie Lee,\n")
    assert body_of(compose(variant(recipient_name=None))).startswith("Hello,\n")
    assert body_of(compose(variant(recipient_name=None, language="de"))).startswith("Guten Tag,\n")


def test_the_draft_is_in_the_rejections_language_when_a_template_exists() -> None:
    assert compose(variant(language="de")).language == "de"
    assert "Mit freundlichen Grüßen" in body_of(compose(variant(language="de")))
    assert compose(variant(language="fr")).language == "fr"
    assert "Un cordial saludo" in body_of(compose(variant(language="es")))
    swedish = compose(variant(language="sv"))
    assert swedish.language == "en"
    assert "Kind regards" in body_of(swedish)


def test_the_signature_closes_the_draft() -> None:
    assert body_of(compose()).rstrip().endswith("Sam Carter\n+1 555 0100")


DRAFTED_LANGUAGES = [language for language in PACK_LANGUAGES if draft_wording(language)]


def test_the_draft_speaks_at_least_the_seven_languages_it_always_has() -> None:
    assert {"en", "de", "fr", "es", "nl", "pt", "it"} <= set(DRAFTED_LANGUAGES)


@pytest.mark.parametrize("language", DRAFTED_LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_packaged_template_stays_under_150_words(kind: str, language: str) -> None:
    request = variant(language=language, had_interview=kind == "interview",
                      no_feedback_policy=kind == "thanks", to_addr=None,
                      company="Northwind Renewable Energy Systems",
                      role="Senior Full-Stack Software Engineer (Payments Platform)")
    draft = compose(request)
    assert (draft.kind, draft.language) == (kind, language)
    words = body_of(draft).replace(NO_REPLY_NOTE, "").split()
    assert 40 < len(words) < 150
    assert "$" not in body_of(draft)


def test_a_users_template_overrides_the_packaged_one_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "feedback_en.txt").write_text("$greeting\n\nShort note about $position.\n"
                                              "$signature\n", encoding="utf-8")
    (tmp_path / "feedback_es.txt").write_text("Hola $recipient_name.\n", encoding="utf-8")
    assert "Short note about the Data Analyst role." in body_of(compose(templates_dir=tmp_path))
    assert body_of(compose(variant(language="es"), templates_dir=tmp_path)) == "Hola Jamie Lee.\n"
    interview = compose(variant(had_interview=True), templates_dir=tmp_path)
    assert "skills" in body_of(interview)


def test_a_users_template_with_an_unknown_placeholder_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "feedback_en.txt").write_text("Hi $firstname\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="feedback_en.txt"):
        compose(templates_dir=tmp_path)


def test_a_reply_to_left_unfollowed_is_named_in_the_note_above_the_draft() -> None:
    request = replace(REJECTION, ignored_reply_to="collect@elsewhere.example")
    body = email.message_from_bytes(compose_draft(request, now=NOW).raw,
                                    policy=policy.default).get_content()
    assert body.startswith("Afterword: the rejection asked for replies to go to "
                           "collect@elsewhere.example")


def test_a_rejection_that_already_says_why_gets_a_short_thank_you() -> None:
    draft = compose_draft(replace(REJECTION, gave_reasons=True), now=NOW)
    assert draft.kind == "thanks"
    assert compose_draft(REJECTION, now=NOW).kind == "feedback"
