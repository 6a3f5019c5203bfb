"""The pure helpers both adapters share: header scanning and Drafts/Sent folder choice."""

from __future__ import annotations

from afterword.daemon.mailbox.folder_names import choose_folder
from afterword.daemon.mailbox.headers import message_id, replied_ids
from afterword.daemon.mailbox.imap_cursor import ImapCursor

LISTING = [([r"\HasNoChildren"], "INBOX"), ([r"\HasNoChildren", r"\Drafts"], "Brouillons"),
           ([], "Drafts"), ([], "Entwürfe")]


def test_a_folded_message_id_is_found() -> None:
    raw = b"From: a@example.org\r\nMessage-ID:\r\n <folded@example.org>\r\n\r\nbody\r\n"
    assert message_id(raw) == "<folded@example.org>"


def test_a_message_id_in_the_body_does_not_count() -> None:
    assert message_id(b"Subject: hi\r\n\r\nMessage-ID: <body@example.org>\r\n") is None


def test_replied_ids_come_from_in_reply_to_and_references() -> None:
    raw = (b"In-Reply-To: <b@x>\r\nReferences: <a@x>\r\n\t<b@x>\r\nSubject: Re\r\n\r\n"
           b"References: <not@x>\r\n")
    assert replied_ids(raw) == {"<a@x>", "<b@x>"}


def test_the_config_override_wins_over_special_use() -> None:
    assert choose_folder("drafts", "Mine/Drafts", LISTING) == "Mine/Drafts"


def test_special_use_wins_over_common_names() -> None:
    assert choose_folder("drafts", None, LISTING) == "Brouillons"


def test_common_names_are_used_when_no_folder_is_flagged() -> None:
    assert choose_folder("drafts", None, [([], "INBOX"), ([], "Entwürfe")]) == "Entwürfe"
    assert choose_folder("sent", None, [([], "[Gmail]/Sent Mail")]) == "[Gmail]/Sent Mail"
    assert choose_folder("sent", None, [([], "INBOX")]) is None


def test_an_imap_cursor_survives_encoding() -> None:
    cursor = ImapCursor(uidvalidity=1700000000, last_uid=42, highestmodseq=7)
    assert ImapCursor.decode(cursor.encode()) == cursor
