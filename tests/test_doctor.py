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
    login = next(line for line in lines if line.startswith("ok   personal (imap): login:"))
    assert "tls=ssl" in login
    assert "ok   personal (imap): drafts: Drafts" in lines


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


def a_maildir_config(tmp_path: Path, detection: str = "") -> Path:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Mail" / sub).mkdir(parents=True)
    config = tmp_path / "config.toml"
    config.write_text(f'{detection}\n[[accounts]]\nname = "local"\nkind = "maildir"\n'
                      f'path = "{tmp_path / "Mail"}"\n')
    return config


@pytest.mark.parametrize(("content", "words"), [
    (b"[[rules]\nid = 'x'\n", "not valid TOML"),
    (b"# r\xe8gles\n", "is not UTF-8 text"),
    (b"[[rules]]\nid = 'user.x'\nkind = 'rejection'\npattern = '(unclosed'\nweight = 0.5\n",
     "user.x"),
])
def test_doctor_fails_on_a_broken_rules_file_that_run_would_refuse(
        tmp_path: Path, content: bytes, words: str, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_bytes(content)
    config = a_maildir_config(tmp_path, f'[detection]\nuser_rules = "{rules}"\n')
    assert main(["doctor", "--config", str(config)]) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("FAIL rules"))
    assert words in line
    assert main(["run", "--once", "--config", str(config)]) != 0


def test_doctor_says_where_the_state_will_live_and_how_many_rules_it_loaded(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--config", str(a_maildir_config(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "ok   rules: " in out and "rules loaded, none of yours yet" in out
    assert "ok   state: " in out and "(created on the first run)" in out


@pytest.mark.dovecot
def test_a_refused_password_read_by_a_command_names_that_command(
        tmp_path: Path, imap_user: ImapUser, capsys: pytest.CaptureFixture[str]) -> None:
    config = imap_config(tmp_path, imap_user, password="not-the-password")
    assert main(["doctor", "--config", str(config)]) == 1
    out = capsys.readouterr().out
    assert f"check what `cat {tmp_path / 'imap-password'}` prints" in out
    assert "afterword auth set" not in out and "not-the-password" not in out


def test_doctor_flags_a_config_still_holding_the_starter_identity(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = a_maildir_config(tmp_path, '[identity]\nname = "Your Name"\n'
                                        'email = "you@example.org"\n')
    assert main(["doctor", "--config", str(config)]) == 1
    assert "FAIL identity: still the sample identity" in capsys.readouterr().out


def test_init_writes_real_defaults_and_no_secret_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from afterword.daemon.config import load_config

    assert main(["init", "--print"]) == 0
    path = tmp_path / "written.toml"
    path.write_text(capsys.readouterr().out)
    config = load_config(path)
    assert config.schedule.timezone is None and config.schedule.holiday_country is None
    assert all(account.password_command is None and account.token_command is None
               for account in config.accounts)
