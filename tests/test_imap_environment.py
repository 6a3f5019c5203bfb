"""Servers that differ from the usual: a non-ASCII password, and no STARTTLS where it is required.

Each runs its own real Dovecot, configured for the case, on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from afterword.daemon.cli import main
from tests.conftest import _running_dovecot
from tests.support.configs import imap_config
from tests.support.dovecot import DovecotServer

pytestmark = pytest.mark.dovecot

UNICODE_PASSWORD = "pässwörd-€-ünïcode"


@pytest.fixture(scope="module")
def unicode_dovecot() -> Iterator[DovecotServer]:
    yield from _running_dovecot(password=UNICODE_PASSWORD)


@pytest.fixture(scope="module")
def dovecot_without_tls() -> Iterator[DovecotServer]:
    yield from _running_dovecot(tls=False)


def doctor(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--config", str(config), "doctor"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out + captured.err


def test_a_non_ascii_password_logs_in(unicode_dovecot: DovecotServer, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    config = imap_config(tmp_path, unicode_dovecot.add_user())
    code, out = doctor(config, capsys)
    assert code == 0, out


def test_a_refused_non_ascii_password_is_one_line_that_shows_none_of_it(
        unicode_dovecot: DovecotServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    config = imap_config(tmp_path, unicode_dovecot.add_user(), password="wröng-pässwörd")
    code, out = doctor(config, capsys)
    assert code == 1
    assert "the server refused the password" in out
    assert not any(char in out for char in "öä")


def test_starttls_required_but_not_offered_is_refused_before_login(
        dovecot_without_tls: DovecotServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    user = dovecot_without_tls.add_user()
    config = imap_config(tmp_path, user)
    text = config.read_text()
    text = text.replace(f"port = {user.tls_port}", f"port = {user.port}")
    text = text.replace('tls = "ssl"', 'tls = "starttls"')
    config.write_text(text)
    assert 'tls = "starttls"' in text and f"port = {user.port}" in text
    code, out = doctor(config, capsys)
    assert code == 1
    assert "does not offer STARTTLS; refusing to log in without encryption" in out
