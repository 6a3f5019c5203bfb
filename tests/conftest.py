"""Shared fixtures: an isolated home for every test, and the real Dovecot server.

Every test runs with HOME, XDG dirs and AFTERWORD_HOME pointed at its own temp
dir and an in-memory keyring, so nothing touches the developer's real files.
Tests marked ``dovecot`` need dovecot-imapd; with CI=true a missing server is a
failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
import ssl
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from imapclient import IMAPClient

from tests.support.dovecot import DovecotMissing, DovecotServer, ImapUser
from tests.support.fake_microsoft import FakeMicrosoft
from tests.support.memkeyring import MemoryKeyring


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private HOME, XDG dirs, state dir and keyring for one test."""
    home = tmp_path / "home"
    for sub in ("config", "data", "state", "cache"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("AFTERWORD_HOME", str(home / "data" / "afterword"))
    monkeypatch.delenv("AFTERWORD_CONFIG", raising=False)
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield home
    keyring.set_keyring(previous)


def _running_dovecot(introspection_url: str | None = None,
                     **options: Any) -> Iterator[DovecotServer]:
    """Start a Dovecot in a private temp dir, not under pytest's basetemp: another pytest
    run resets /tmp/pytest-of-<user> to 0700, which would lock out the unprivileged server."""
    root = Path(tempfile.mkdtemp(prefix="afterword-dovecot-"))
    try:
        server = DovecotServer(root, introspection_url=introspection_url, **options)
    except DovecotMissing as exc:
        shutil.rmtree(root, ignore_errors=True)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{exc}: CI must install it (scripts/test does)")
        pytest.skip(str(exc))
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One real Dovecot for the whole test session (each test gets its own user)."""
    yield from _running_dovecot()


@pytest.fixture(scope="session")
def fake_microsoft_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeMicrosoft]:
    fake = FakeMicrosoft(tmp_path_factory.mktemp("fake-microsoft")).start()
    yield fake
    fake.stop()


@pytest.fixture
def fake_microsoft(fake_microsoft_session: FakeMicrosoft,
                   monkeypatch: pytest.MonkeyPatch) -> FakeMicrosoft:
    """The local Microsoft identity platform, its test CA trusted by MSAL (via requests)."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(fake_microsoft_session.ca_file))
    fake_microsoft_session.reset()
    return fake_microsoft_session


@pytest.fixture(scope="session")
def xoauth2_dovecot(fake_microsoft_session: FakeMicrosoft) -> Iterator[DovecotServer]:
    """A second real Dovecot that takes XOAUTH2/OAUTHBEARER tokens the fake Microsoft issued,
    checking each one at the fake's introspection endpoint."""
    yield from _running_dovecot(fake_microsoft_session.introspection_url)


@pytest.fixture
def imap_user(dovecot: DovecotServer) -> ImapUser:
    """A fresh, empty IMAP mailbox on the shared test server."""
    return dovecot.add_user()


@pytest.fixture
def seeder(imap_user: ImapUser) -> Iterator[IMAPClient]:
    """Another mail client on the test mailbox: puts mail in and reads effects out."""
    client = IMAPClient(imap_user.host, port=imap_user.tls_port, timeout=10,
                        ssl_context=ssl.create_default_context(cafile=str(imap_user.ca_file)))
    client.login(imap_user.username, imap_user.password)
    yield client
    client.logout()
