"""Outlook / Microsoft 365: the device-code login, silent refresh and a revoked login, end to end.

The whole chain is real: MSAL talks HTTPS to the local fake Microsoft identity platform,
the token it gets logs in over XOAUTH2 to a real Dovecot, and Dovecot checks the token at
the fake's introspection endpoint.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest

from afterword.daemon.auth.microsoft import keyring_user, token_status
from afterword.daemon.auth.secrets import KEYRING_SERVICE
from afterword.daemon.cli import main
from afterword.daemon.config import load_config
from afterword.daemon.mailbox.factory import open_mailbox
from afterword.daemon.service.loop import Daemon
from afterword.daemon.store import Store
from tests.support import mail_story
from tests.support.configs import config_with, outlook_account
from tests.support.dovecot import DovecotServer, ImapUser, free_port
from tests.support.fake_microsoft import DEVICE_GRANT, FakeMicrosoft

pytestmark = pytest.mark.dovecot


@pytest.fixture
def outlook_user(xoauth2_dovecot: DovecotServer) -> ImapUser:
    """A fresh mailbox on the XOAUTH2 Dovecot."""
    return xoauth2_dovecot.add_user()


@pytest.fixture
def outlook_config(tmp_path: Path, outlook_user: ImapUser, fake_microsoft: FakeMicrosoft) -> Path:
    return config_with(tmp_path, outlook_account(outlook_user, fake_microsoft.authority))


def log_in(config: Path, fake: FakeMicrosoft, user: ImapUser) -> None:
    fake.sign_in_as(user.username)
    assert main(["--config", str(config), "auth", "microsoft", "outlook"]) == 0


def connects(config: Path) -> bool:
    mailbox = open_mailbox(load_config(config).account("outlook"), max_age_days=30)
    mailbox.connect()
    mailbox.close()
    return True


def test_device_code_login_prints_the_code_keeps_the_cache_in_the_keyring_and_logs_in(
        outlook_config: Path, outlook_user: ImapUser, fake_microsoft: FakeMicrosoft,
        capsys: pytest.CaptureFixture[str]) -> None:
    log_in(outlook_config, fake_microsoft, outlook_user)
    out = capsys.readouterr().out
    assert f"open {fake_microsoft.authority}/devicelogin" in out and "enter the code" in out
    assert f"Logged in as {outlook_user.username}" in out
    assert fake_microsoft.grants_for(outlook_user.username) == [DEVICE_GRANT]
    stored = keyring.get_password(KEYRING_SERVICE, keyring_user("outlook"))
    assert stored is not None and "RefreshToken" in stored

    introspected = len(fake_microsoft.registry.introspections)
    assert connects(outlook_config)
    # Dovecot asked the introspection endpoint about the token the login obtained.
    assert len(fake_microsoft.registry.introspections) > introspected
    # A second connection reuses the cached access token: no new grant.
    assert connects(outlook_config)
    assert fake_microsoft.grants_for(outlook_user.username) == [DEVICE_GRANT]


def test_an_expired_access_token_is_refreshed_silently(
        outlook_config: Path, outlook_user: ImapUser, fake_microsoft: FakeMicrosoft) -> None:
    # Tokens that expire within MSAL's five-minute margin count as expired at once.
    fake_microsoft.set_access_token_lifetime(120)
    log_in(outlook_config, fake_microsoft, outlook_user)
    fake_microsoft.expire_access_tokens(outlook_user.username)
    assert connects(outlook_config)
    assert fake_microsoft.grants_for(outlook_user.username) == [DEVICE_GRANT, "refresh_token"]
    # The refreshed cache (the rotated refresh token) went back to the keyring.
    fake_microsoft.expire_access_tokens(outlook_user.username)
    assert connects(outlook_config)
    assert fake_microsoft.grants_for(outlook_user.username) == [
        DEVICE_GRANT, "refresh_token", "refresh_token"]


def two_accounts(tmp_path: Path, user: ImapUser, fake: FakeMicrosoft) -> Path:
    """The Outlook account beside a healthy local Maildir holding one rejection."""
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1.rejection.host").write_bytes(mail_story.rejection(datetime.now(UTC)))
    local = f'\n[[accounts]]\nname = "local"\nkind = "maildir"\npath = "{maildir}"\n'
    path = config_with(tmp_path, outlook_account(user, fake.authority) + local)
    path.write_text(path.read_text() + '\n[schedule]\ncooling_off_business_days = 0\n'
                                       'drafting_window = "any"\n')
    return path


def test_a_revoked_login_is_one_line_naming_the_login_command_and_the_rest_is_served(
        tmp_path: Path, outlook_user: ImapUser, fake_microsoft: FakeMicrosoft,
        capsys: pytest.CaptureFixture[str]) -> None:
    config = two_accounts(tmp_path, outlook_user, fake_microsoft)
    fake_microsoft.set_access_token_lifetime(120)
    log_in(config, fake_microsoft, outlook_user)
    fake_microsoft.revoke(outlook_user.username)
    capsys.readouterr()
    assert main(["--config", str(config), "run", "--once"]) == 1
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if "outlook" in line]
    assert len(lines) == 1, captured.err
    assert "revoked or has expired" in lines[0]
    assert "`afterword auth microsoft outlook`" in lines[0]
    assert "Traceback" not in captured.err
    assert len(list((tmp_path / "Maildir" / ".Drafts" / "cur").glob("*"))) == 1


def test_an_account_left_out_for_its_login_comes_back_after_logging_in_again(
        tmp_path: Path, outlook_user: ImapUser, fake_microsoft: FakeMicrosoft) -> None:
    config_path = two_accounts(tmp_path, outlook_user, fake_microsoft)
    fake_microsoft.set_access_token_lifetime(120)
    log_in(config_path, fake_microsoft, outlook_user)
    fake_microsoft.revoke(outlook_user.username)
    store = Store.open(tmp_path / "state.db")
    daemon = Daemon(load_config(config_path), store)
    try:
        report = daemon.cycle()
        assert set(daemon.connected()) == {"local"}
        assert any("afterword auth microsoft outlook" in error for error in report.errors)
        daemon.cycle()
        assert set(daemon.connected()) == {"local"}  # still left out: no retry storm
        grants = len(fake_microsoft.grants_for(outlook_user.username))
        fake_microsoft.set_access_token_lifetime(3600)
        log_in(config_path, fake_microsoft, outlook_user)
        daemon.cycle()
        assert set(daemon.connected()) == {"local", "outlook"}
        assert len(fake_microsoft.grants_for(outlook_user.username)) == grants + 1
    finally:
        daemon.close()
        store.close()


def test_tokens_never_reach_logs_or_state_even_at_debug(
        tmp_path: Path, outlook_user: ImapUser, fake_microsoft: FakeMicrosoft,
        capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    config = two_accounts(tmp_path, outlook_user, fake_microsoft)
    caplog.set_level(logging.DEBUG)
    fake_microsoft.set_access_token_lifetime(120)
    log_in(config, fake_microsoft, outlook_user)
    assert main(["-v", "--config", str(config), "run", "--once"]) == 0
    assert main(["-v", "--config", str(config), "doctor"]) == 0
    captured = capsys.readouterr()
    tokens = fake_microsoft.issued_tokens()
    assert len(tokens) >= 4  # device-code grant and at least one refresh, each AT + RT
    logged = captured.out + captured.err + "\n".join(r.getMessage() for r in caplog.records)
    assert "refreshed the Microsoft access token" in logged  # DEBUG lines were captured
    state = b"".join(p.read_bytes() for p in (tmp_path / "home").rglob("*") if p.is_file())
    state += config.read_bytes()
    for token in tokens:
        assert token not in logged
        assert token.encode() not in state


def test_doctor_checks_the_login_and_shows_when_the_token_expires(
        outlook_config: Path, outlook_user: ImapUser, fake_microsoft: FakeMicrosoft,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(outlook_config), "doctor"]) == 1
    before = capsys.readouterr().out
    assert "afterword auth microsoft outlook" in before
    log_in(outlook_config, fake_microsoft, outlook_user)
    status = token_status(load_config(outlook_config).account("outlook"))
    assert status.username == outlook_user.username
    assert 3000 < status.expires_in_seconds <= 3600
    capsys.readouterr()
    assert main(["--config", str(outlook_config), "doctor"]) == 0
    out = capsys.readouterr().out
    assert f"Microsoft login for {outlook_user.username}" in out and "expires in" in out


def test_an_unreachable_login_service_is_retried_not_a_reason_to_log_in_again(
        tmp_path: Path, outlook_user: ImapUser, fake_microsoft: FakeMicrosoft) -> None:
    config_path = two_accounts(tmp_path, outlook_user, fake_microsoft)
    log_in(config_path, fake_microsoft, outlook_user)
    dead = f"https://127.0.0.1:{free_port()}"
    config_path.write_text(config_path.read_text().replace(fake_microsoft.authority, dead))
    store = Store.open(tmp_path / "state.db")
    daemon = Daemon(load_config(config_path), store)
    try:
        report = daemon.cycle()
        [outlook] = [s for s in daemon.sessions if s.account.name == "outlook"]
        assert outlook.disabled is None and outlook.retry_at is not None
        assert "cannot reach the Microsoft login service" in (outlook.unreachable or "")
        assert set(daemon.connected()) == {"local"}
        assert not any("auth microsoft" in error for error in report.errors)
    finally:
        daemon.close()
        store.close()


def test_signing_in_as_someone_else_than_the_configured_user_stores_nothing(
        outlook_config: Path, fake_microsoft: FakeMicrosoft,
        capsys: pytest.CaptureFixture[str]) -> None:
    fake_microsoft.sign_in_as("somebody-else")
    assert main(["--config", str(outlook_config), "auth", "microsoft", "outlook"]) == 2
    err = capsys.readouterr().err
    assert "you signed in as 'somebody-else'" in err and len(err.strip().splitlines()) == 1
    assert keyring.get_password(KEYRING_SERVICE, keyring_user("outlook")) is None


def test_an_app_without_public_client_flows_is_one_line_naming_the_switch(
        outlook_config: Path, outlook_user: ImapUser, fake_microsoft: FakeMicrosoft,
        capsys: pytest.CaptureFixture[str]) -> None:
    fake_microsoft.allow_public_client_flows(False)
    fake_microsoft.sign_in_as(outlook_user.username)
    assert main(["--config", str(outlook_config), "auth", "microsoft", "outlook"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "(invalid_client)" in err[0]
    assert "Allow public client flows" in err[0] and "step 4" in err[0]
