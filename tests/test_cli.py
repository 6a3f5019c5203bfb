"""The command line frame: version, help, and secrets going to the keyring."""

from __future__ import annotations

import io
from pathlib import Path

import keyring
import pytest

from afterword.daemon import __version__
from afterword.daemon.cli import main


def test_version_prints_the_package_version(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"afterword {__version__}"


def test_help_lists_the_command_groups(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for group in ("doctor", "auth"):
        assert group in out


def test_auth_set_reads_the_password_from_stdin(tmp_path: Path, monkeypatch, capsys) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[[accounts]]\nname = "work"\nkind = "imap"\nhost = "imap.example.org"\n'
                      'username = "sam@example.org"\n')
    monkeypatch.setattr("sys.stdin", io.StringIO("hunter2-long\n"))
    assert main(["--config", str(config), "auth", "set", "work"]) == 0
    assert keyring.get_password("afterword", "account:work") == "hunter2-long"
    assert "hunter2" not in capsys.readouterr().out


def test_auth_set_says_a_maildir_needs_no_password(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "mail").mkdir()
    config = tmp_path / "c.toml"
    config.write_text(f'[[accounts]]\nname = "local"\nkind = "maildir"\npath = "{tmp_path}/mail"\n')
    monkeypatch.setattr("sys.stdin", io.StringIO("hunter2-long\n"))
    assert main(["--config", str(config), "auth", "set", "local"]) == 2
    assert "needs no password" in capsys.readouterr().err
    assert keyring.get_password("afterword", "account:local") is None


def test_auth_set_refuses_an_unknown_account(tmp_path: Path, capsys) -> None:
    (tmp_path / "mail").mkdir()
    config = tmp_path / "c.toml"
    config.write_text(f'[[accounts]]\nname = "local"\nkind = "maildir"\npath = "{tmp_path}/mail"\n')
    assert main(["--config", str(config), "auth", "set", "work"]) == 2
    assert "no account named 'work'" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["doctor", "-c", "X"], ["-c", "X", "doctor"]])
def test_global_options_work_before_or_after_the_command(argv: list[str], capsys) -> None:
    assert main(argv) == 2
    assert "config file X not found" in capsys.readouterr().out
