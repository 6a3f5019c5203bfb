"""The real Dovecot test bed: TLS login, SPECIAL-USE folders, APPEND with \\Draft."""

from __future__ import annotations

import ssl

import pytest
from imapclient import IMAPClient

from tests.support.dovecot import ImapUser

pytestmark = pytest.mark.dovecot


def connect(user: ImapUser) -> IMAPClient:
    context = ssl.create_default_context(cafile=str(user.ca_file))
    client = IMAPClient(user.host, port=user.tls_port, ssl=True, ssl_context=context, timeout=10)
    client.login(user.username, user.password)
    return client


def test_login_over_tls_verifies_the_test_certificate(imap_user: ImapUser) -> None:
    client = connect(imap_user)
    try:
        assert b"CONDSTORE" in client.capabilities() and b"IDLE" in client.capabilities()
    finally:
        client.logout()


def test_folders_carry_their_special_use_flags(imap_user: ImapUser) -> None:
    client = connect(imap_user)
    try:
        flags = {name: set(f) for f, _, name in client.list_folders()}
    finally:
        client.logout()
    assert b"\\Drafts" in flags["Drafts"] and b"\\Sent" in flags["Sent"]
    assert b"\\Trash" in flags["Trash"] and b"\\Archive" in flags["Archive"]


def test_a_message_appended_to_drafts_keeps_the_draft_flag(imap_user: ImapUser) -> None:
    message = (b"From: sam@example.org\r\nTo: hr@example.com\r\nSubject: Re: Your application\r\n"
               b"Message-ID: <draft-1@afterword>\r\n\r\nThank you.\r\n")
    client = connect(imap_user)
    try:
        client.append("Drafts", message, flags=[b"\\Draft"])
        client.select_folder("Drafts", readonly=True)
        uids = client.search(["HEADER", "Message-ID", "<draft-1@afterword>"])
        flags = client.get_flags(uids)
    finally:
        client.logout()
    assert len(uids) == 1 and b"\\Draft" in flags[uids[0]]
