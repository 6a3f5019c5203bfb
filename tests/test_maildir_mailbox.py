"""Maildir-only promises: user files are never touched, the cursor stays bounded, waits wake up.

What every backend shares is in ``tests/mailbox_contract``.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from afterword.daemon.errors import MailboxError
from afterword.daemon.mailbox.accounts import MaildirAccount
from afterword.daemon.mailbox.maildir import MaildirMailbox
from tests.mailbox_contract.harness import MaildirHarness
from tests.mailbox_contract.test_contract import message, mid, sync


@pytest.fixture
def maildir(tmp_path: Path) -> MaildirHarness:
    return MaildirHarness(tmp_path / "Mail")


def every_file(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def test_syncing_never_renames_or_moves_a_user_file(maildir: MaildirHarness) -> None:
    maildir.deliver(message("fresh"))
    maildir.deliver(message("read"), seen=True)
    before = every_file(maildir.root)

    sync(maildir.mailbox, "INBOX", None)
    maildir.mailbox.find_replies(mid("fresh"), in_sent=False)

    assert every_file(maildir.root) == before
    assert any(name.startswith("new/") for name in before)


def test_the_cursor_forgets_names_that_left_the_folder(maildir: MaildirHarness) -> None:
    maildir.deliver(message("stays"))
    maildir.deliver(message("goes"))
    _, cursor, _ = sync(maildir.mailbox, "INBOX", None)
    gone = next(f for f in (maildir.root / "new").iterdir() if b"goes" in f.read_bytes())
    gone.unlink()

    messages, pruned, _ = sync(maildir.mailbox, "INBOX", cursor)

    assert messages == []
    assert len(json.loads(cursor or "")["seen"]) == 2
    assert len(json.loads(pruned or "")["seen"]) == 1


def test_a_message_the_user_has_read_since_is_not_new_again(maildir: MaildirHarness) -> None:
    maildir.deliver(message("read-later"))
    _, cursor, _ = sync(maildir.mailbox, "INBOX", None)
    file = next((maildir.root / "new").iterdir())
    file.rename(maildir.root / "cur" / f"{file.name}:2,S")

    messages, _, _ = sync(maildir.mailbox, "INBOX", cursor)

    assert messages == []


def test_drafts_and_reminders_are_written_with_their_flags_in_cur(
        maildir: MaildirHarness) -> None:
    maildir.mailbox.save_draft(message("draft"), mid("draft"))
    maildir.mailbox.deliver_reminder(message("reminder"), mid("reminder"))

    drafts = list((maildir.root / ".Drafts" / "cur").iterdir())
    reminders = list((maildir.root / "cur").iterdir())
    assert [f.name.rsplit(":2,", 1)[1] for f in drafts] == ["DS"]
    assert [f.name.rsplit(":2,", 1)[1] for f in reminders] == ["F"]
    assert list((maildir.root / ".Drafts" / "tmp").iterdir()) == []


def test_a_reminder_whose_file_name_is_taken_never_replaces_the_user_file(
        maildir: MaildirHarness, monkeypatch: pytest.MonkeyPatch) -> None:
    (maildir.root / "cur").mkdir(parents=True, exist_ok=True)
    taken = maildir.root / "cur" / "1700000000.M1P1Q1.host:2,F"
    taken.write_bytes(message("users-own"))
    names = iter(["1700000000.M1P1Q1.host", "1700000000.M1P1Q2.host"])
    monkeypatch.setattr("afterword.daemon.mailbox.maildir.new_unique_name", lambda: next(names))

    maildir.mailbox.deliver_reminder(message("reminder"), mid("reminder"))

    assert taken.read_bytes() == message("users-own")
    assert len(list((maildir.root / "cur").iterdir())) == 2


def test_wait_for_change_returns_when_mail_arrives(maildir: MaildirHarness) -> None:
    threading.Timer(0.3, maildir.deliver, args=(message("arrives"),)).start()
    started = time.monotonic()

    maildir.mailbox.wait_for_change(timeout=20)

    assert time.monotonic() - started < 10
    assert len(maildir.folder_messages("INBOX")) == 1


def test_a_missing_maildir_is_a_clear_error(tmp_path: Path) -> None:
    mailbox = MaildirMailbox(MaildirAccount(name="local", path=tmp_path / "nowhere"))
    with pytest.raises(MailboxError, match="does not exist"):
        mailbox.connect()
