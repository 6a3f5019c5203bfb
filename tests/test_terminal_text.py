"""Text written by strangers reaches the terminal with no control or escape sequence in it."""

from __future__ import annotations

from afterword.daemon.cli.safe_text import printable, shown


def test_escape_sequences_become_visible_text() -> None:
    assert printable("Offer\x1b]0;owned\x07\x1b[2J!") == "Offer\\x1b]0;owned\\x07\\x1b[2J!"


def test_line_breaks_and_tabs_become_spaces() -> None:
    assert printable("Your\r\napplication\there") == "Your  application here"


def test_bidirectional_overrides_are_shown_not_obeyed() -> None:
    assert printable("invoice\u202efdp.exe") == "invoice\\u202efdp.exe"


def test_letters_of_every_script_pass_unchanged() -> None:
    assert printable("Grüße, Zoë — 謝謝 — Dziękujemy") == "Grüße, Zoë — 謝謝 — Dziękujemy"


def test_rich_markup_in_a_subject_is_printed_literally() -> None:
    assert shown("[red]urgent[/]") == "\\[red]urgent\\[/]"
