"""The never-rules, proven on the wire: a whole cycle through a recording proxy to Dovecot.

Afterword may only ever write two things: a draft (APPEND to Drafts, flagged
\\Draft \\Seen) and the user's own reminder (APPEND to INBOX, \\Flagged). It
reads with BODY.PEEK only and never sends STORE, EXPUNGE, DELETE, MOVE or COPY.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time
from imapclient import IMAPClient

from afterword.daemon.cli import main
from tests.support import mail_story
from tests.support.configs import imap_config
from tests.support.dovecot import ImapUser
from tests.support.imap_proxy import RecordingProxy

pytestmark = pytest.mark.dovecot

MONDAY_NOON = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
FORBIDDEN = re.compile(r"^(UID )?(STORE|EXPUNGE|DELETE|MOVE|COPY|RENAME)\b", re.IGNORECASE)


@pytest.fixture
def proxy(imap_user: ImapUser) -> Iterator[RecordingProxy]:
    recording = RecordingProxy((imap_user.host, imap_user.port)).start()
    yield recording
    recording.stop()


def test_a_whole_cycle_writes_only_a_draft_and_a_reminder_and_reads_only_with_peek(
        tmp_path: Path, imap_user: ImapUser, seeder: IMAPClient, proxy: RecordingProxy) -> None:
    for raw in mail_story.application_history(MONDAY_NOON):
        seeder.append("INBOX", raw)
    config = imap_config(tmp_path, imap_user, schedule='cooling_off_business_days = 0\n'
                                                      'drafting_window = "any"\n'
                                                      'timezone = "UTC"')
    text = config.read_text().replace(f"port = {imap_user.tls_port}", f"port = {proxy.port}")
    config.write_text(text.replace('tls = "ssl"', 'tls = "none"'))
    with freeze_time(MONDAY_NOON, tick=True):
        assert main(["--config", str(config), "run", "--once"]) == 0
    with freeze_time(MONDAY_NOON + timedelta(days=12), tick=True):
        assert main(["--config", str(config), "run", "--once"]) == 0

    commands = proxy.commands()
    appends = [c for c in commands if c.upper().startswith("APPEND")]
    assert len(appends) == 2
    assert re.match(r'APPEND "?Drafts"? \(\\Draft \\Seen\)', appends[0])
    assert re.match(r'APPEND "?INBOX"? \(\\Flagged\)', appends[1])
    assert [c for c in commands if FORBIDDEN.match(c)] == []
    fetches = [c for c in commands if re.match(r"^(UID )?FETCH", c, re.IGNORECASE)]
    assert fetches
    for fetch in fetches:
        items = fetch.upper()
        assert "BODY[" not in items.replace("BODY.PEEK[", ""), fetch
        assert not re.search(r"RFC822(?!\.SIZE|\.HEADER)", items), fetch
    # Folders are opened read-only (EXAMINE), so even a CLOSE can never expunge.
    assert [c for c in commands if c.upper().startswith("SELECT")] == []
