"""One broken account or message never stops the others: one log line, and on it goes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterword.daemon import pipeline
from afterword.daemon.cli import main
from tests.support import mail_story
from tests.support.dovecot import ImapUser, free_port

NOW = datetime.now(UTC)


def two_account_config(tmp_path: Path, imap_block: str) -> Path:
    """A healthy local Maildir holding one rejection, next to an IMAP account in trouble."""
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1.rejection.host").write_bytes(mail_story.rejection(NOW))
    path = tmp_path / "config.toml"
    path.write_text(f"""
[schedule]
cooling_off_business_days = 0
drafting_window = "any"

[detection]
user_rules = "{tmp_path}/rules.toml"

[[accounts]]
name = "local"
kind = "maildir"
path = "{maildir}"

{imap_block}
""")
    return path


def imap_block(user: ImapUser, port: int, password_file: Path) -> str:
    return f"""[[accounts]]
name = "work"
kind = "imap"
host = "127.0.0.1"
port = {port}
ca_file = "{user.ca_file}"
username = "{user.username}"
password_command = "cat {password_file}"
"""


def local_drafts(config: Path) -> list[Path]:
    return list((config.parent / "Maildir" / ".Drafts" / "cur").glob("*"))


def problem_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "work" in line]


@pytest.mark.dovecot
def test_a_refused_password_is_one_line_and_the_other_account_is_served(
        tmp_path: Path, imap_user: ImapUser, capsys: pytest.CaptureFixture[str]) -> None:
    wrong = tmp_path / "pw"
    wrong.write_text("definitely-wrong-pw")
    config = two_account_config(tmp_path, imap_block(imap_user, imap_user.tls_port, wrong))
    assert main(["--config", str(config), "run", "--once"]) == 1
    captured = capsys.readouterr()
    assert len(local_drafts(config)) == 1
    lines = problem_lines(captured.err)
    assert len(lines) == 1 and "ERROR" in lines[0]
    assert "definitely-wrong-pw" not in captured.err + captured.out
    assert "Traceback" not in captured.err


@pytest.mark.dovecot
def test_an_unreachable_server_is_one_warning_and_the_other_account_is_served(
        tmp_path: Path, imap_user: ImapUser, capsys: pytest.CaptureFixture[str]) -> None:
    password = tmp_path / "pw"
    password.write_text(imap_user.password)
    config = two_account_config(tmp_path, imap_block(imap_user, free_port(), password))
    assert main(["--config", str(config), "run", "--once"]) == 1
    captured = capsys.readouterr()
    assert len(local_drafts(config)) == 1
    lines = problem_lines(captured.err)
    assert len(lines) == 1 and "WARNING" in lines[0] and "retrying" in lines[0]
    assert "Traceback" not in captured.err


def test_a_garbled_message_is_recorded_and_the_rest_are_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = two_account_config(tmp_path, "")
    garbage = b"\x00\xff\xfe not a mail \r\n\r\n\x80\x81" * 50
    (config.parent / "Maildir" / "new" / "0.garbage.host").write_bytes(garbage)
    assert main(["--config", str(config), "run", "--once"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 new message(s), 1 rejection(s), 1 draft(s) written")
    assert len(local_drafts(config)) == 1


def test_an_unreadable_maildir_entry_is_one_warning_and_the_rest_are_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = two_account_config(tmp_path, "")
    (config.parent / "Maildir" / "cur" / "0.odd.host:2,S").mkdir()
    assert main(["--config", str(config), "run", "--once"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("1 new message(s), 1 rejection(s), 1 draft(s) written")
    assert len(local_drafts(config)) == 1
    assert [line for line in captured.err.splitlines() if "0.odd.host" in line] != []
    assert "Traceback" not in captured.err


def test_a_drafts_folder_that_cannot_be_written_is_one_warning_and_nothing_is_lost(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = two_account_config(tmp_path, "")
    blocker = config.parent / "Maildir" / ".Drafts"
    blocker.write_text("a file where the Drafts folder should be")
    assert main(["--config", str(config), "run", "--once"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    blocker.unlink()
    assert main(["--config", str(config), "run", "--once"]) == 0
    assert len(local_drafts(config)) == 1


def test_a_message_that_trips_a_bug_is_retried_then_quarantined_and_the_rest_are_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    config = two_account_config(tmp_path, "")
    poison = mail_story.email(sender="Odd Corp <jobs@odd.example>", subject="Your application",
                              body="Unfortunately we will not be moving forward with you.\n",
                              message_id="<poison-1@odd.example>", sent=NOW)
    (config.parent / "Maildir" / "new" / "0.poison.host").write_bytes(poison)
    real_link = pipeline.link_job_email

    def link_or_trip(db, email):  # type: ignore[no-untyped-def]
        if email.message_id == "<poison-1@odd.example>":
            raise RuntimeError("a bug in linking")
        return real_link(db, email)

    monkeypatch.setattr(pipeline, "link_job_email", link_or_trip)
    assert main(["--config", str(config), "run", "--once"]) == 0
    captured = capsys.readouterr()
    assert len(local_drafts(config)) == 1
    errors = [line for line in captured.err.splitlines() if "poison-1" in line]
    assert len(errors) == 1 and "skipped at link (RuntimeError: a bug in linking)" in errors[0]
    assert "attempt 1 of 3" in errors[0] and "Traceback" not in captured.err
    for _ in range(2):
        assert main(["--config", str(config), "run", "--once"]) == 0
    assert "quarantined after 3 attempts" in capsys.readouterr().err
    assert main(["--config", str(config), "run", "--once"]) == 0
    assert "poison-1" not in capsys.readouterr().err
    assert main(["--config", str(config), "quarantine", "list", "--json"]) == 0
    [held] = json.loads(capsys.readouterr().out)
    assert (held["message_id"], held["stage"], held["attempts"]) == (
        "<poison-1@odd.example>", "link", 3)
    assert len(local_drafts(config)) == 1


@pytest.mark.dovecot
def test_status_shows_why_an_account_is_not_served(
        tmp_path: Path, imap_user: ImapUser, capsys: pytest.CaptureFixture[str]) -> None:
    wrong = tmp_path / "pw"
    wrong.write_text("definitely-wrong-pw")
    config = two_account_config(tmp_path, imap_block(imap_user, imap_user.tls_port, wrong))
    main(["--config", str(config), "run", "--once"])
    capsys.readouterr()
    assert main(["--config", str(config), "status", "--json"]) == 0
    accounts = {a["account"]: a for a in json.loads(capsys.readouterr().out)["accounts"]}
    assert accounts["local"]["last_error"] is None
    assert "work" in accounts["work"]["last_error"]
    assert "definitely-wrong-pw" not in accounts["work"]["last_error"]
