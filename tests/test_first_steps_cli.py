"""First steps: ``init`` writes a config that loads, a missing config names it, ``status``
before any sync says what to run, and a dry run shows readable drafts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterword.daemon.cli import main
from afterword.daemon.config import load_config
from afterword.daemon.demo.sandbox import build_maildir


def test_init_writes_a_starter_config_that_loads(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "afterword" / "config.toml"
    assert main(["--config", str(target), "init"]) == 0
    assert [a.name for a in load_config(target).accounts] == ["personal"]
    out = capsys.readouterr().out
    assert "[identity] and [[accounts]]" in out and "afterword doctor" in out


def test_init_leaves_an_existing_config_alone_without_force(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "config.toml"
    target.write_text("# mine\n")
    assert main(["--config", str(target), "init"]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text() == "# mine\n"
    assert main(["--config", str(target), "init", "--force"]) == 0
    assert "[[accounts]]" in target.read_text()


def test_init_print_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "config.toml"
    assert main(["--config", str(target), "init", "--print"]) == 0
    assert "[schedule]" in capsys.readouterr().out
    assert not target.exists()


def test_a_missing_config_says_how_to_create_one(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "none.toml"), "run", "--once"]) == 2
    assert "`afterword init` writes a starter config there" in capsys.readouterr().err


def test_status_before_any_sync_says_what_to_run(tmp_path: Path, monkeypatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AFTERWORD_HOME", str(tmp_path / "state"))
    assert main(["status"]) == 0
    assert "afterword run --once" in capsys.readouterr().out


def test_dry_run_shows_each_draft_decoded_and_writes_none(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    maildir = build_maildir(tmp_path, datetime.now(UTC))
    config = tmp_path / "config.toml"
    config.write_text('[identity]\nname = "Sam Candidate"\nemail = "sam@example.org"\n'
                      '[schedule]\ncooling_off_business_days = 0\ndrafting_window = "any"\n'
                      f'[[accounts]]\nname = "local"\nkind = "maildir"\npath = "{maildir}"\n')
    assert main(["--config", str(config), "run", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "3 draft(s) would be written" in out
    assert "für Ihre Nachricht" in out and "=C3=BC" not in out
    assert not list(maildir.glob(".Drafts/cur/*"))


@pytest.mark.parametrize("argv", [
    ["status"], ["status", "--json"], ["drafts", "list"], ["reminders", "list"],
    ["apps", "list"], ["apps", "show", "1"], ["apps", "export", "-"], ["quarantine", "list"],
])
def test_a_read_only_command_before_the_first_run_creates_no_database(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from afterword.daemon.paths import state_db_path

    main(argv)
    assert "Traceback" not in capsys.readouterr().err
    assert not state_db_path().exists()
    assert not state_db_path().parent.exists()


def test_the_demo_speaks_in_words_and_shows_the_drafts_decoded(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--dir", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    assert "(no-match)" not in out and "(company+role)" not in out
    assert "no tracked application matched, so a new one" in out
    assert "draft due now" in out and "draft due 20" not in out  # no due time in the past
    assert "Guten Tag" in out and "=C3=BC" not in out  # decoded, not quoted-printable
    assert "mutt -f" in out


@pytest.mark.parametrize("found_by", ["--config", "AFTERWORD_CONFIG", "default path"])
def test_commands_that_need_no_mailbox_work_before_any_account_is_configured(
        found_by: str, isolated_home: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = '[identity]\nname = "Robin Example"\n'
    if found_by == "default path":
        config = isolated_home / "config" / "afterword" / "config.toml"
        config.parent.mkdir(parents=True)
    else:
        config = tmp_path / "no-accounts.toml"
    config.write_text(text)
    prefix = ["--config", str(config)] if found_by == "--config" else []
    if found_by == "AFTERWORD_CONFIG":
        monkeypatch.setenv("AFTERWORD_CONFIG", str(config))
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "one.eml").write_bytes(b"From: HR <hr@acme.example>\r\nSubject: Hello\r\n\r\nHi.\r\n")
    for argv in (["check", str(mail / "one.eml")], ["rules", "list"], ["apps", "list"],
                 ["backtest", "--dir", str(mail)], ["label", "<x@acme.example>", "other"],
                 ["insights"]):
        assert main([*prefix, *argv]) == 0, argv
    assert "Traceback" not in capsys.readouterr().err
