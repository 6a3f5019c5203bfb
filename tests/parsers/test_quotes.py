"""New text is separated from quoted replies and the signature before classification."""

from __future__ import annotations

import pytest

from afterword.parsers.pack_files import PACK_LANGUAGES, pack_data
from afterword.parsers.quotes import split_body


@pytest.mark.parametrize(
    "header",
    [
        "On Mon, 3 Mar 2025 at 10:00, Sam <sam@example.org> wrote:",
        "Am 03.03.2025 um 10:00 schrieb Sam <sam@example.org>:",
        "Le lun. 3 mars 2025 à 10:00, Sam <sam@example.org> a écrit :",
        "El lun, 3 mar 2025 a las 10:00, Sam escribió:",
        "Op ma 3 mrt. 2025 om 10:00 schreef Sam:",
        "-----Original Message-----",
        "-----Ursprüngliche Nachricht-----",
        "ma 3.3.2025 klo 10.00 Sam <sam@example.org> kirjoitti:",
        "-----Alkuperäinen viesti-----",
    ],
)
def test_quote_headers_start_the_quoted_part(header: str) -> None:
    parts = split_body(f"Thanks, see you Tuesday.\n\n{header}\nI applied for the job.")
    assert parts.new_text == "Thanks, see you Tuesday."
    assert parts.quoted.startswith(header.strip()[:6])
    assert "I applied" in parts.quoted


def test_wrapped_on_wrote_header() -> None:
    parts = split_body(
        "Great.\n\nOn Mon, 3 Mar 2025 at 10:00, Sam Candidate\n<sam@example.org> wrote:\n> hello"
    )
    assert parts.new_text == "Great."


def test_outlook_header_block() -> None:
    parts = split_body(
        "Sounds good.\n\nFrom: Sam <sam@example.org>\nSent: Monday\n"
        "To: Jo\nSubject: Application\n\nMy old text"
    )
    assert parts.new_text == "Sounds good."
    assert "My old text" in parts.quoted


def test_angle_quoted_lines_are_quoted_wherever_they_are() -> None:
    parts = split_body("Reply here\n> quoted one\n> quoted two\nmore reply")
    assert parts.new_text == "Reply here\nmore reply"
    assert parts.quoted == "> quoted one\n> quoted two"


def test_signature_after_dash_dash_delimiter() -> None:
    parts = split_body("Leider nein.\n-- \nMax Muster\nFirma GmbH")
    assert (parts.new_text, parts.signature) == ("Leider nein.", "Max Muster\nFirma GmbH")


@pytest.mark.parametrize(
    "closing",
    [
        "Best regards,",
        "Mit freundlichen Grüßen",
        "Cordialement,",
        "Met vriendelijke groet,",
        "Atenciosamente,",
        "Cordiali saluti,",
        "Saludos,",
        "Ystävällisin terveisin",
    ],
)
def test_signature_from_closing_line(closing: str) -> None:
    parts = split_body(f"Hello Sam,\nthe decision is made.\n\n{closing}\nJo Example\nRecruiter")
    assert parts.new_text == "Hello Sam,\nthe decision is made."
    assert parts.signature.startswith(closing)


def test_thanks_in_a_sentence_is_not_a_closing() -> None:
    parts = split_body("Hello\nThanks for applying to us.")
    assert parts.signature == ""


@pytest.mark.parametrize("language", [lang for lang in PACK_LANGUAGES
                                      if pack_data(lang).get("quotes", {}).get("reply_opens")])
def test_every_packs_own_reply_header_starts_the_quoted_part(language: str) -> None:
    quotes = pack_data(language)["quotes"]
    header = f"{quotes['reply_opens'][0]} 3.3.2025 10:00 Sam <sam@example.org> " \
             f"{quotes['reply_verbs'][0]}:"
    parts = split_body(f"New words here.\n\n{header}\nI applied for the job.")
    assert parts.new_text == "New words here."
    assert parts.quoted.startswith(header)
