"""Whatever bytes arrive, parse_message returns a result or raises MessageParseError."""

from __future__ import annotations

import base64
import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterword.parsers import MessageParseError, parse_message
from afterword.parsers.html import MAX_HTML_CHARS, html_to_text

HEAD = b"From: Acme <jobs@acme.example>\r\nSubject: Your application\r\n"


def test_declared_charset_that_does_not_exist_falls_back_to_utf8() -> None:
    raw = (
        HEAD
        + b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\n"
        + b"Wir bedauern sehr, Gr\xc3\xbc\xc3\x9fe"
    )
    assert "Grüße" in parse_message(raw).body_text


def test_wrong_charset_bytes_are_decoded_as_windows_1252() -> None:
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\nMalheureusement, caf\xe9"
    assert "café" in parse_message(raw).body_text


def test_non_text_codec_as_charset_is_ignored() -> None:
    raw = HEAD + b"Content-Type: text/plain; charset=base64_codec\r\n\r\nhello there"
    assert parse_message(raw).body_text == "hello there"


def test_missing_content_type_is_plain_text() -> None:
    assert parse_message(HEAD + b"\r\nJust text.").body_text == "Just text."


def test_truncated_multipart_keeps_the_text_it_has() -> None:
    raw = HEAD + (
        b'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/plain\r\n\r\nWe regret to inform you"
    )
    assert "regret to inform" in parse_message(raw).body_text


def test_ten_megabyte_html_is_cut_before_parsing() -> None:
    html = "<html><body><p>Unfortunately not this time.</p>" + "<div>x</div>" * 900_000
    raw = HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()
    assert len(raw) > 10_000_000
    parsed = parse_message(raw)
    assert parsed.body_text.startswith("Unfortunately not this time.")
    assert len(parsed.body_text) < MAX_HTML_CHARS


def test_deeply_nested_multiparts_still_parse() -> None:
    depth = 400
    opening = b"".join(
        b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1)
        for i in range(depth)
    )
    raw = (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n'
        + opening
        + b"--b%d\r\nContent-Type: text/plain\r\n\r\nDeep inside.\r\n" % depth
    )
    assert "Deep inside." in parse_message(raw).body_text


def test_undecodable_base64_gives_best_effort_text() -> None:
    raw = HEAD + (
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + b"SGVsbG8gd29y!!!bGQ=*&^\r\n"
    )
    assert isinstance(parse_message(raw).body_text, str)


def test_valid_base64_body_is_decoded() -> None:
    body = base64.b64encode("Leider nicht berücksichtigt.".encode())
    raw = HEAD + (
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + body
    )
    assert parse_message(raw).body_text == "Leider nicht berücksichtigt."


def test_encoded_word_with_unknown_charset_still_gives_a_subject() -> None:
    raw = b"From: a@b.example\r\nSubject: =?x-martian?Q?Absage_f=FCr_Sie?=\r\n\r\nText"
    assert "Absage" in parse_message(raw).subject


def test_rfc2047_and_rfc2231_headers_are_decoded() -> None:
    raw = (
        b"From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <JM@Firma.example>\r\n"
        b"Subject: =?iso-8859-1?q?Ihre_Bewerbung_bei_M=FCller?=\r\n"
        b"Content-Type: text/plain; charset*=utf-8''utf-8\r\n\r\nHallo"
    )
    parsed = parse_message(raw)
    assert parsed.subject == "Ihre Bewerbung bei Müller"
    assert (parsed.from_name, parsed.from_addr) == ("Jürgen Müller", "jm@firma.example")


def test_raw_8bit_header_is_decoded() -> None:
    raw = "From: a@b.example\r\nSubject: Candidature chez Café\r\n\r\nx".encode()
    assert parse_message(raw).subject == "Candidature chez Café"


@pytest.mark.parametrize("raw", [b"", b"   \r\n", b"\x00\x01\x02 binary", b"just a sentence"])
def test_input_without_headers_is_a_typed_error(raw: bytes) -> None:
    with pytest.raises(MessageParseError):
        parse_message(raw)


def test_non_bytes_input_is_a_typed_error() -> None:
    with pytest.raises(MessageParseError):
        parse_message("From: a@b\r\n\r\nx")  # type: ignore[arg-type]


def test_ids_dates_and_references_are_normalised() -> None:
    raw = (
        b"From: a@b.example\r\nMessage-ID: abc@b.example\r\n"
        b"In-Reply-To: <x1@c.example>\r\nReferences: <r1@c> <r2@c>\r\n"
        b"Date: Tue, 4 Mar 2025 09:30:00 -0000\r\n\r\nx"
    )
    parsed = parse_message(raw)
    assert parsed.message_id == "<abc@b.example>"
    assert parsed.in_reply_to == "<x1@c.example>"
    assert parsed.references == ("<r1@c>", "<r2@c>")
    assert parsed.date is not None and parsed.date.tzinfo is not None


def test_bad_date_is_none() -> None:
    assert parse_message(b"From: a@b.example\r\nDate: someday soon\r\n\r\nx").date is None


_header_names = st.sampled_from(
    [
        "From",
        "To",
        "Subject",
        "Date",
        "Content-Type",
        "Reply-To",
        "Content-Transfer-Encoding",
        "Message-ID",
        "References",
        "Content-Disposition",
        "MIME-Version",
    ]
)
_junk = st.binary(max_size=120)
_ctype = st.sampled_from(
    [
        b'multipart/mixed; boundary="x"',
        b"multipart/alternative",
        b'text/html; charset="utf-16"',
        b"text/plain; charset=bogus",
        b"message/rfc822",
        b"text/plain; charset*=''",
        b"=?utf-8?b?zz?=",
    ]
)


@st.composite
def garbled_mime(draw: st.DrawFn) -> bytes:
    headers = draw(st.lists(st.tuples(_header_names, st.one_of(_junk, _ctype)), max_size=8))
    head = b"".join(name.encode() + b": " + value + b"\r\n" for name, value in headers)
    parts = draw(
        st.lists(
            st.one_of(
                _junk,
                st.just(b"--x"),
                st.just(b"--x--"),
                st.just(b"Content-Type: text/html\r\n\r\n<p>hi"),
                st.just(b"Content-Transfer-Encoding: base64\r\n\r\n@@@"),
            ),
            max_size=6,
        )
    )
    return b"From: x@y.example\r\n" + head + b"\r\n" + b"\r\n".join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(garbled_mime())
def test_garbled_mime_returns_a_parsed_email(raw: bytes) -> None:
    parsed = parse_message(raw)
    assert isinstance(parsed.body_text, str) and isinstance(parsed.subject, str)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_raise_anything_but_message_parse_error(raw: bytes) -> None:
    with contextlib.suppress(MessageParseError):
        parse_message(raw)


def test_empty_rfc2231_charset_with_8bit_body_is_read() -> None:
    raw = b"From: x@y.example\r\nContent-Type: text/plain; charset*=''\r\n\r\nCaf\xc3\xa9 \x80"
    assert parse_message(raw).body_text.startswith("Caf")


def test_forty_thousand_nested_divs_are_read_in_one_pass_and_keep_shallow_text() -> None:
    """Deep nesting once cost a minute (tree edits per element); the walk is linear now."""
    deep = "<div>x" * 40_000 + "</div>" * 40_000
    text = html_to_text(deep)
    assert text.startswith("x") and set(text) <= {"x", "\n"}
    assert html_to_text("<div>" * 200 + "hello" + "</div>" * 200) == "hello"


def test_links_quotes_and_scripts_read_as_before() -> None:
    page = (
        '<p>Hi <a href="https://jobs.example/42">the job</a></p>'
        "<blockquote>earlier<blockquote>older</blockquote></blockquote>"
        "<script>ignored()</script><p>after</p>"
    )
    assert html_to_text(page) == (
        "Hi the job (https://jobs.example/42)\n\n> earlier\n> older\n\nafter"
    )
