"""The XOAUTH2 test bed is a real check: Dovecot lets a bearer token in only when the fake
Microsoft issued it, to that very user, and it is still live."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from afterword.daemon.auth.microsoft import access_token, run_device_login
from afterword.daemon.config import load_config
from tests.support.configs import config_with, outlook_account
from tests.support.dovecot import DovecotServer, ImapUser
from tests.support.fake_microsoft import FakeMicrosoft

pytestmark = pytest.mark.dovecot


def token_for(tmp_path: Path, user: ImapUser, fake: FakeMicrosoft) -> str:
    account = load_config(config_with(tmp_path, outlook_account(user, fake.authority))
                          ).account("outlook")
    fake.sign_in_as(user.username)
    run_device_login(account, show=lambda line: None)
    return access_token(account)


def client(user: ImapUser) -> IMAPClient:
    return IMAPClient(user.host, port=user.tls_port, timeout=10,
                      ssl_context=ssl.create_default_context(cafile=str(user.ca_file)))


def test_a_token_logs_in_its_own_user_with_xoauth2_and_oauthbearer(
        tmp_path: Path, xoauth2_dovecot: DovecotServer, fake_microsoft: FakeMicrosoft) -> None:
    user = xoauth2_dovecot.add_user()
    token = token_for(tmp_path, user, fake_microsoft)
    for login in ("oauth2_login", "oauthbearer_login"):
        imap = client(user)
        getattr(imap, login)(user.username, token)
        assert imap.list_folders()
        imap.logout()


@pytest.mark.parametrize("case", ["made-up token", "another user's token", "expired token"])
def test_dovecot_refuses_a_token_introspection_does_not_vouch_for(
        tmp_path: Path, xoauth2_dovecot: DovecotServer, fake_microsoft: FakeMicrosoft,
        case: str) -> None:
    owner, other = xoauth2_dovecot.add_user(), xoauth2_dovecot.add_user()
    token = token_for(tmp_path, owner, fake_microsoft)
    target = owner
    if case == "made-up token":
        token = "not-a-token-anyone-issued"
    elif case == "another user's token":
        target = other
    else:
        fake_microsoft.expire_access_tokens(owner.username)
    imap = client(target)
    with pytest.raises(LoginError):
        imap.oauth2_login(target.username, token)
    imap.shutdown()
