"""The whole job against a real Dovecot: read, classify, link, draft once, remind once.

Each test seeds a fresh IMAP mailbox through its own connection, runs
``afterword run --once`` through the CLI's ``main`` under a frozen clock, and
checks what landed in Drafts and INBOX.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time
from imapclient import IMAPClient

from afterword.daemon.cli import main
from tests.support import mail_story
from tests.support.configs import imap_config
from tests.support.dovecot import ImapUser

pytestmark = pytest.mark.dovecot

REPO = Path(__file__).resolve().parents[1]
MONDAY_NOON = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)


@pytest.fixture
def config_file(tmp_path: Path, imap_user: ImapUser) -> Path:
    """No cooling-off, any hour, the default reminder delay."""
    return imap_config(tmp_path, imap_user, schedule='cooling_off_business_days = 0\n'
                                                     'drafting_window = "any"\n'
                                                     'timezone = "UTC"')


def messages_in(client: IMAPClient, folder: str) -> list[tuple[set[bytes], email.message.Message]]:
    client.select_folder(folder, readonly=True)
    uids = client.search(["ALL"])
    fetched = client.fetch(uids, [b"FLAGS", b"BODY.PEEK[]"]) if uids else {}
    return [(set(data[b"FLAGS"]),
             email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default))
            for _, data in sorted(fetched.items())]


def run_once(config_file: Path) -> int:
    return main(["--config", str(config_file), "run", "--once"])


def seed_history(seeder: IMAPClient, now: datetime) -> None:
    for raw in mail_story.application_history(now):
        seeder.append("INBOX", raw)


def test_one_rejection_gives_one_draft_then_one_reminder(seeder: IMAPClient,
                                                         config_file: Path) -> None:
    seed_history(seeder, MONDAY_NOON)
    with freeze_time(MONDAY_NOON, tick=True):
        assert run_once(config_file) == 0
        drafts = messages_in(seeder, "Drafts")
        assert len(drafts) == 1
        flags, draft = drafts[0]
        assert b"\\Draft" in flags
        assert draft["To"] == "Lena Ortiz <lena.ortiz@brightwave-energy.example>"
        assert draft["From"] == "Sam Candidate <sam@example.org>"
        assert draft["Subject"] == "Re: Interview for the Grid Analyst role"
        assert draft["In-Reply-To"] == mail_story.REJECTION_ID
        assert mail_story.REJECTION_ID in draft["References"]
        body = draft.get_content()
        assert "Lena" in body.splitlines()[0]
        assert "how I came across in the interviews" in body

        assert run_once(config_file) == 0
        assert len(messages_in(seeder, "Drafts")) == 1
        inbox_before = len(messages_in(seeder, "INBOX"))

    with freeze_time(MONDAY_NOON + timedelta(days=12), tick=True):
        assert run_once(config_file) == 0
        inbox = messages_in(seeder, "INBOX")
        assert len(inbox) == inbox_before + 1
        flags, reminder = inbox[-1]
        assert b"\\Flagged" in flags and b"\\Seen" not in flags
        assert reminder["Subject"].startswith("Afterword")
        assert run_once(config_file) == 0
        assert len(messages_in(seeder, "INBOX")) == inbox_before + 1
    assert len(messages_in(seeder, "Drafts")) == 1


def test_user_mail_is_left_exactly_as_it_was(seeder: IMAPClient, config_file: Path) -> None:
    seed_history(seeder, MONDAY_NOON)
    seeder.select_folder("INBOX", readonly=True)
    before = seeder.get_flags(seeder.search(["ALL"]))
    with freeze_time(MONDAY_NOON, tick=True):
        assert run_once(config_file) == 0
    seeder.select_folder("INBOX", readonly=True)
    assert seeder.get_flags(seeder.search(["ALL"])) == before


def test_status_lists_the_written_draft_and_the_pending_reminder(
        seeder: IMAPClient, config_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed_history(seeder, MONDAY_NOON)
    with freeze_time(MONDAY_NOON, tick=True):
        assert run_once(config_file) == 0
    capsys.readouterr()
    assert main(["--config", str(config_file), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["pending_drafts"] == []
    assert [r["company"] for r in status["pending_reminders"]] == ["Brightwave Energy"]
    assert status["accounts"][0]["account"] == "personal"


def test_dry_run_writes_nothing_and_shows_the_draft(seeder: IMAPClient, config_file: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    seed_history(seeder, MONDAY_NOON)
    with freeze_time(MONDAY_NOON, tick=True):
        assert main(["--config", str(config_file), "run", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would be written" in out and "Re: Interview for the Grid Analyst role" in out
    assert messages_in(seeder, "Drafts") == []
    with freeze_time(MONDAY_NOON, tick=True):
        assert run_once(config_file) == 0
    assert len(messages_in(seeder, "Drafts")) == 1


def drafts_in_store(config_file: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["--config", str(config_file), "drafts", "list", "--json"]) == 0
    return [draft["state"] for draft in json.loads(capsys.readouterr().out)]


def test_killed_between_writing_the_draft_and_recording_it_leaves_one_draft(
        seeder: IMAPClient, config_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed_history(seeder, datetime.now(UTC))
    child = subprocess.run(
        [sys.executable, str(REPO / "tests" / "support" / "die_after_draft.py"),
         "--config", str(config_file), "run", "--once"],
        env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    assert len(messages_in(seeder, "Drafts")) == 1
    assert drafts_in_store(config_file, capsys) == ["scheduled"]

    assert run_once(config_file) == 0
    drafts = messages_in(seeder, "Drafts")
    assert len(drafts) == 1
    assert drafts[0][1]["In-Reply-To"] == mail_story.REJECTION_ID
    assert drafts_in_store(config_file, capsys) == ["written"]


def test_a_rejection_with_an_8bit_message_id_gets_its_draft_and_reminder(
        seeder: IMAPClient, config_file: Path) -> None:
    raw = mail_story.rejection(MONDAY_NOON).replace(
        mail_story.REJECTION_ID.encode(), "<rejection-3-é@brightwave-energy.example>".encode())
    seeder.append("INBOX", raw)
    with freeze_time(MONDAY_NOON, tick=True):
        assert run_once(config_file) == 0
    with freeze_time(MONDAY_NOON + timedelta(days=12), tick=True):
        assert run_once(config_file) == 0
    assert len(messages_in(seeder, "Drafts")) == 1
    assert [m["Subject"] for _, m in messages_in(seeder, "INBOX")][-1].startswith("Afterword")
