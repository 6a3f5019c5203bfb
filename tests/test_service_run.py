"""``afterword run`` as systemd runs it: readiness, status, watchdog, SIGHUP reload, SIGTERM.

The test plays systemd's part: it binds its own NOTIFY_SOCKET, starts the real
command in a subprocess against the real Dovecot, and reads what the service
tells it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from imapclient import IMAPClient

from tests.support import mail_story
from tests.support.configs import imap_config
from tests.support.dovecot import ImapUser

pytestmark = pytest.mark.dovecot

REPO = Path(__file__).resolve().parents[1]
WAIT_SECONDS = 30


class NotifyListener:
    """A NOTIFY_SOCKET that collects every field the service sends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.5)
        self.fields: list[str] = []

    def wait_for(self, prefix: str, *, after: int = 0) -> str:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            for field in self.fields[after:]:
                if field.startswith(prefix):
                    return field
            try:
                self.fields.extend(self.sock.recv(4096).decode().splitlines())
            except TimeoutError:
                continue
        raise AssertionError(f"no {prefix} within {WAIT_SECONDS}s; got {self.fields}")

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[NotifyListener]:
    notify = NotifyListener(tmp_path / "notify.sock")
    yield notify
    notify.close()


@pytest.fixture
def config_file(tmp_path: Path, imap_user: ImapUser) -> Path:
    """Poll every second, no cooling-off, any hour."""
    return imap_config(tmp_path, imap_user, schedule='poll_interval = "1s"\n'
                                                     'cooling_off_business_days = 0\n'
                                                     'drafting_window = "any"')


@pytest.fixture
def service(config_file: Path, listener: NotifyListener) -> Iterator[subprocess.Popen[bytes]]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NOTIFY_SOCKET": str(listener.path),
           "WATCHDOG_USEC": "4000000"}
    process = subprocess.Popen([sys.executable, "-m", "afterword", "--config", str(config_file),
                                "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


def drafts(client: IMAPClient) -> list[int]:
    client.select_folder("Drafts", readonly=True)
    return list(client.search(["ALL"]))


def test_the_service_reports_ready_status_and_watchdog(
        service: subprocess.Popen[bytes], listener: NotifyListener) -> None:
    listener.wait_for("READY=1")
    assert "new message" in listener.wait_for("STATUS=0 new message")
    listener.wait_for("WATCHDOG=1")


def test_sigterm_stops_the_service_cleanly_within_five_seconds(
        service: subprocess.Popen[bytes], listener: NotifyListener) -> None:
    listener.wait_for("WATCHDOG=1")
    service.send_signal(signal.SIGTERM)
    assert service.wait(timeout=5) == 0
    assert "STOPPING=1" in listener.fields or listener.wait_for("STOPPING=1")


def test_sighup_picks_up_a_changed_rules_file(
        service: subprocess.Popen[bytes], listener: NotifyListener, config_file: Path,
        seeder: IMAPClient) -> None:
    listener.wait_for("READY=1")
    (config_file.parent / "rules.toml").write_text(
        '[[rules]]\nid = "user.rejection.sealed_envelope"\nkind = "rejection"\n'
        'pattern = "the envelope stays sealed"\nweight = 0.95\n')
    seen = len(listener.fields)
    service.send_signal(signal.SIGHUP)
    listener.wait_for("RELOADING=1", after=seen)
    listener.wait_for("READY=1", after=seen)

    seeder.append("INBOX", mail_story.email(
        sender="Hiring Desk <desk@quietfirm.example>", subject="Your application",
        body="Dear Sam,\n\nRegarding the Archivist position: the envelope stays sealed.\n",
        message_id="<sealed-1@quietfirm.example>", sent=datetime.now(UTC)))
    deadline = time.monotonic() + WAIT_SECONDS
    while not drafts(seeder) and time.monotonic() < deadline:
        time.sleep(0.3)
    assert len(drafts(seeder)) == 1
    service.send_signal(signal.SIGTERM)
    assert service.wait(timeout=5) == 0
    assert b"rules reloaded" in service.stderr.read()
