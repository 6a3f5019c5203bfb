"""No message can stop Afterword: a catalogue of hostile and broken mail beside ordinary rejections.

Each test puts the poison next to ordinary rejections in one folder and runs
``afterword run --once`` through the CLI with no cooling-off: the ordinary ones
get their drafts in that same run, no traceback is printed, and every poison
message is either read (recorded in the store) or kept aside with a reason
that ``status`` shows.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from email.parser import BytesParser
from pathlib import Path

import pytest
from imapclient import IMAPClient

from afterword.daemon.cli import main
from afterword.daemon.paths import state_db_path
from afterword.daemon.store import Store
from afterword.daemon.store.failures import failures
from afterword.daemon.store.mail import messages_by_message_id
from tests.support import poison
from tests.support.configs import config_with, imap_config
from tests.support.dovecot import ImapUser

REPO = Path(__file__).resolve().parents[1]
NOW = datetime.now(UTC)
IMMEDIATE = 'cooling_off_business_days = 0\ndrafting_window = "any"\ntimezone = "UTC"'


def drafted_replies_to(client: IMAPClient) -> list[str]:
    client.select_folder("Drafts", readonly=True)
    uids = client.search(["ALL"])
    fetched = client.fetch(uids, [b"BODY.PEEK[HEADER.FIELDS (IN-REPLY-TO)]"]) if uids else {}
    return sorted(data[b"BODY[HEADER.FIELDS (IN-REPLY-TO)]"].decode().split(":", 1)[1].strip()
                  for data in fetched.values())


def accounted_for(case: poison.PoisonCase) -> str:
    """'read' when the store recorded the message, else its failure state and reason."""
    with Store.open(state_db_path()) as store:
        if case.message_id and messages_by_message_id(store.db, case.message_id):
            return "read"
        for failure in failures(store.db):
            if failure.at.message_id == case.message_id:
                return f"{failure.state.value}: {failure.stage.value}: {failure.reason}"
    return "lost"


def run_once(config: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--config", str(config), "run", "--once"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return captured.err


@pytest.mark.dovecot
def test_the_poison_catalogue_beside_ordinary_rejections_in_one_imap_folder(
        tmp_path: Path, imap_user: ImapUser, seeder: IMAPClient,
        capsys: pytest.CaptureFixture[str]) -> None:
    ordinary = poison.ordinary_rejections(NOW)
    cases = poison.catalogue(NOW)
    seeder.append("INBOX", ordinary[0][1])
    for case in cases:
        seeder.append("INBOX", case.raw)
    for _, raw in ordinary[1:]:
        seeder.append("INBOX", raw)
    config = imap_config(tmp_path, imap_user, schedule=IMMEDIATE)

    run_once(config, capsys)

    drafted = drafted_replies_to(seeder)
    assert all(mid in drafted for mid, _ in ordinary)
    assert {case.name: accounted_for(case) for case in cases if case.message_id} == {
        case.name: "read" for case in cases if case.message_id}
    assert main(["--config", str(config), "status"]) == 0
    assert "\x1b" not in capsys.readouterr().out


def maildir_account(tmp_path: Path) -> tuple[Path, Path]:
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    config = config_with(tmp_path, f'[[accounts]]\nname = "local"\nkind = "maildir"\n'
                                   f'path = "{maildir}"\n')
    text = config.read_text().replace("[detection]", f"[schedule]\n{IMMEDIATE}\n\n[detection]")
    config.write_text(text)
    return config, maildir


def test_the_poison_catalogue_and_an_empty_file_in_a_maildir(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, maildir = maildir_account(tmp_path)
    cases = [*poison.catalogue(NOW), poison.EMPTY]
    for n, case in enumerate(cases):
        (maildir / "new" / f"{n}.poison.host").write_bytes(case.raw)
    for n, (_, raw) in enumerate(poison.ordinary_rejections(NOW)):
        (maildir / "new" / f"{100 + n}.ordinary.host").write_bytes(raw)

    run_once(config, capsys)

    replied = {BytesParser().parsebytes(path.read_bytes(), headersonly=True)["In-Reply-To"]
               for path in (maildir / ".Drafts" / "cur").glob("*")}
    assert {mid for mid, _ in poison.ordinary_rejections(NOW)} <= replied
    assert {case.name: accounted_for(case) for case in cases if case.message_id} == {
        case.name: "read" for case in cases if case.message_id}


def run_child(config: Path) -> int:
    child = subprocess.run(
        [sys.executable, str(REPO / "tests" / "support" / "die_on_poison.py"),
         "--config", str(config), "run", "--once"],
        env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, timeout=120)
    assert b"Traceback" not in child.stderr, child.stderr.decode()
    return child.returncode


@pytest.mark.dovecot
def test_a_message_that_kills_the_process_is_quarantined_after_three_deaths_and_nothing_is_lost(
        tmp_path: Path, imap_user: ImapUser, seeder: IMAPClient,
        capsys: pytest.CaptureFixture[str]) -> None:
    ordinary = poison.ordinary_rejections(NOW)
    config = imap_config(tmp_path, imap_user, schedule=IMMEDIATE)
    seeder.append("INBOX", ordinary[0][1])
    run_once(config, capsys)
    assert drafted_replies_to(seeder) == [ordinary[0][0]]

    seeder.append("INBOX", ordinary[1][1])
    seeder.append("INBOX", poison.ordinary_rejection("Deadly Ltd", "deadly role", 9, NOW))
    seeder.append("INBOX", ordinary[2][1])
    assert [run_child(config) for _ in range(3)] == [-signal.SIGKILL] * 3
    assert run_child(config) == 0

    assert drafted_replies_to(seeder) == sorted(mid for mid, _ in ordinary)
    assert main(["--config", str(config), "quarantine", "list", "--json"]) == 0
    [held] = json.loads(capsys.readouterr().out)
    assert (held["message_id"], held["stage"], held["attempts"]) == (
        "<ordinary-9@deadly-ltd.example>", "unfinished", 3)
    run_once(config, capsys)
    assert drafted_replies_to(seeder) == sorted(mid for mid, _ in ordinary)


@pytest.mark.dovecot
def test_a_deadly_message_in_a_large_batch_kills_the_worker_then_the_process_and_is_quarantined(
        tmp_path: Path, imap_user: ImapUser, seeder: IMAPClient,
        capsys: pytest.CaptureFixture[str]) -> None:
    config = imap_config(tmp_path, imap_user, schedule=IMMEDIATE)
    batch = [poison.ordinary_rejection(f"Firm {n}", "Clerk", n, NOW) for n in range(24)]
    for raw in batch[:12]:
        seeder.append("INBOX", raw)
    seeder.append("INBOX", poison.ordinary_rejection("Deadly Ltd", "deadly role", 99, NOW))
    for raw in batch[12:]:
        seeder.append("INBOX", raw)
    assert [run_child(config) for _ in range(3)] == [-signal.SIGKILL] * 3
    assert run_child(config) == 0

    assert len(drafted_replies_to(seeder)) == 24
    assert main(["--config", str(config), "quarantine", "list", "--json"]) == 0
    [held] = json.loads(capsys.readouterr().out)
    assert (held["message_id"], held["attempts"]) == ("<ordinary-99@deadly-ltd.example>", 3)


def thirty_megabytes(name: str) -> bytes:
    message = poison.ordinary_rejection(name, "Analyst", 30, NOW)
    attachment = b"A" * (30 * 1024 * 1024)
    head, body = message.split(b"\n\n", 1)
    return (head.replace(b"Content-Type: text/plain", b"Content-Type: multipart/mixed; "
                         b'boundary="big"\nX-Was: text/plain') + b"\n\n--big\nContent-Type: "
            b"text/plain\n\n" + body + b"\n--big\nContent-Type: application/octet-stream\n"
            b"Content-Disposition: attachment; filename=big.bin\n\n" + attachment + b"\n--big--\n")


def test_a_30_mb_message_in_a_maildir_is_read_from_its_start_and_drafted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, maildir = maildir_account(tmp_path)
    (maildir / "new" / "1.big.host").write_bytes(thirty_megabytes("Heavyweight Corp"))
    run_once(config, capsys)
    assert len(list((maildir / ".Drafts" / "cur").glob("*"))) == 1


@pytest.mark.dovecot
def test_a_30_mb_message_over_imap_is_read_without_its_attachment_and_drafted(
        tmp_path: Path, imap_user: ImapUser, seeder: IMAPClient,
        capsys: pytest.CaptureFixture[str]) -> None:
    seeder.append("INBOX", thirty_megabytes("Heavyweight Corp"))
    run_once(imap_config(tmp_path, imap_user, schedule=IMMEDIATE), capsys)
    assert drafted_replies_to(seeder) == ["<ordinary-30@heavyweight-corp.example>"]


def test_a_30_mb_message_in_gmail_is_read_without_its_attachment_and_drafted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.fake_gmail import FakeGmail

    with FakeGmail("sam@example.org") as fake:
        fake.seed(thirty_megabytes("Heavyweight Corp"))
        config = config_with(tmp_path, '[[accounts]]\nname = "gmail"\nkind = "gmail"\n'
                                       'email = "sam@example.org"\n'
                                       'token_command = "echo test-token"\n'
                                       f'api_endpoint = "{fake.endpoint}"\n')
        config.write_text(config.read_text().replace(
            "[detection]", f"[schedule]\n{IMMEDIATE}\n\n[detection]"))
        run_once(config, capsys)
        assert len(fake.drafts()) == 1
