"""Secrets come from a command or the keyring, and never show up in errors or logs."""

from __future__ import annotations

import logging

import keyring
import pytest

from afterword.daemon.auth.secrets import get_password, get_token, store_password
from afterword.daemon.errors import CredentialError
from afterword.daemon.mailbox.accounts import ImapAccount


def imap_account(**overrides: object) -> ImapAccount:
    fields: dict = {"name": "personal", "host": "127.0.0.1", "username": "sam"}
    fields.update(overrides)
    return ImapAccount(**fields)


def test_password_command_output_first_line_is_the_password() -> None:
    account = imap_account(password_command="printf 'pw-from-command\\nsecond line'")
    assert get_password(account) == "pw-from-command"


def test_keyring_is_used_when_there_is_no_command() -> None:
    store_password("personal", "pw-in-keyring")
    assert get_password(imap_account()) == "pw-in-keyring"
    assert keyring.get_password("afterword", "account:personal") == "pw-in-keyring"


def test_a_missing_keyring_entry_names_the_command_that_fixes_it() -> None:
    with pytest.raises(CredentialError) as caught:
        get_password(imap_account())
    assert "afterword auth set personal" in caught.value.one_line()


def test_a_failing_command_reports_its_status_without_its_output() -> None:
    account = imap_account(password_command="sh -c 'echo leaked-secret; exit 3'")
    with pytest.raises(CredentialError) as caught:
        get_password(account)
    assert "exited with status 3" in caught.value.message
    assert "leaked-secret" not in caught.value.one_line()


def test_a_token_command_feeds_xoauth2() -> None:
    account = imap_account(auth="xoauth2", token_command="echo ya29.token-value")
    assert get_token(account) == "ya29.token-value"


def test_a_retrieved_password_is_masked_in_every_log_line(capsys) -> None:
    from afterword.daemon.service import logging_setup

    logging_setup.configure(verbose=True)
    account = imap_account(password_command="echo masked-pw-123")
    password = get_password(account)
    logging.getLogger("afterword.daemon.test").warning("login failed with %s", password)
    err = capsys.readouterr().err
    assert "login failed with ***" in err and "masked-pw-123" not in err
