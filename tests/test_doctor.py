"""``afterword doctor``: one line per check, against the real Dovecot and a local Maildir."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.daemon.cli import main
from tests.support.configs import imap_config
from tests.support.dovecot import ImapUser


@pytest.mark.dovecot
def test_doctor_passes_login_tls_and_finds_drafts(tmp_path: Path, imap_user: ImapUser,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    config = imap_config(tmp_path, imap_user)
    assert main(["doctor", "--config", str(config)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("ok   config:")
    assert lines[1].startswith("ok   personal (imap): login:") and "tls=ssl" in lines[1]
    assert lines[2] == "ok   personal (imap): drafts: Drafts"


@pytest.mark.dovecot
def test_doctor_names_a_refused_password_without_showing_it(
        tmp_path: Path, imap_user: ImapUser, capsys: pytest.CaptureFixture[str]) -> None:
    config = imap_config(tmp_path, imap_user, password="not-the-password")
    assert main(["doctor", "--config", str(config)]) == 1
    out = capsys.readouterr().out
    assert "FAIL personal (imap): login:" in out
    assert "not-the-password" not in out


def test_doctor_checks_a_maildir_account(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Mail" / sub).mkdir(parents=True)
    config = tmp_path / "config.toml"
    config.write_text(f'[[accounts]]\nname = "local"\nkind = "maildir"\n'
                      f'path = "{tmp_path / "Mail"}"\n')
    assert main(["doctor", "--config", str(config)]) == 0
    assert "ok   local (maildir): drafts: Drafts" in capsys.readouterr().out
