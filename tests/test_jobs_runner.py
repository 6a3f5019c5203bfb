"""The per-cycle job steps: each due draft written once, each reminder fired once, crash or not."""

from __future__ import annotations

import email
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from imapclient import IMAPClient

from afterword.daemon.config import Schedule
from afterword.daemon.errors import MailboxError
from afterword.daemon.followup.drafting import NO_REPLY_NOTE
from afterword.daemon.followup.due_work import (
    FiredReminder,
    WrittenDraft,
    deliver_due_reminders,
    write_due_drafts,
)
from afterword.daemon.mailbox.accounts import ImapAccount
from afterword.daemon.mailbox.imap import ImapMailbox
from afterword.daemon.store import Store
from afterword.daemon.store import jobs as store_jobs
from afterword.daemon.store.failures import Stage, failures
from tests.support.dovecot import ImapUser
from tests.support.mailboxes import DirectoryMailbox, RecordingMailbox
from tests.support.rejections import (
    BERLIN,
    a_config,
    label_not_rejection,
    link_to_application,
    record_a_rejection,
)

ROOT = Path(__file__).resolve().parent.parent
FRIDAY_4PM = datetime(2026, 3, 13, 16, 0, tzinfo=BERLIN)
REJECTION_ID = "<r-42@ats.example.com>"
CONFIG = a_config()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "state" / "afterword.sqlite3") as opened:
        yield opened


@pytest.fixture
def mailbox() -> RecordingMailbox:
    return RecordingMailbox("personal")


def only_draft(mailbox: RecordingMailbox) -> email.message.EmailMessage:
    assert len(mailbox.drafts) == 1
    parsed = email.message_from_bytes(next(iter(mailbox.drafts.values())), policy=policy.default)
    assert isinstance(parsed, email.message.EmailMessage)
    return parsed


def write(store: Store, mailbox: RecordingMailbox, now: datetime, *, dry_run: bool = False,
          after_save: Callable[[], None] | None = None) -> list[WrittenDraft]:
    return write_due_drafts(store, {"personal": mailbox}, now, config=CONFIG, dry_run=dry_run,
                            after_save=after_save)


def remind(store: Store, mailbox: RecordingMailbox, now: datetime, *,
           dry_run: bool = False) -> list[FiredReminder]:
    return deliver_due_reminders(store, {"personal": mailbox}, now, config=CONFIG,
                                 dry_run=dry_run)


def test_a_due_rejection_gets_exactly_one_threaded_draft(store: Store,
                                                          mailbox: RecordingMailbox) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    written = write(store, mailbox, FRIDAY_4PM)
    assert [(w.company, w.kind, w.to_addr) for w in written] == [
        ("Acme Analytics", "feedback", "jamie.lee@acme.example")]
    draft = only_draft(mailbox)
    assert draft["In-Reply-To"] == REJECTION_ID
    assert draft["Subject"] == "Re: Your application for Data Analyst"
    assert write(store, mailbox, FRIDAY_4PM + timedelta(minutes=5)) == []
    assert mailbox.save_calls == 1
    assert [d.state for d in store_jobs.list_drafts(store.db)] == ["written"]


def test_with_default_cooling_off_a_friday_rejection_is_drafted_on_wednesday(
        store: Store, mailbox: RecordingMailbox) -> None:
    config = a_config(Schedule(timezone=BERLIN))
    scheduled = record_a_rejection(store, config, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    assert scheduled.draft_due_at == datetime(2026, 3, 18, 9, 0, tzinfo=BERLIN)
    tuesday = datetime(2026, 3, 17, 16, 0, tzinfo=BERLIN)
    assert write_due_drafts(store, {"personal": mailbox}, tuesday, config=config) == []
    wednesday = datetime(2026, 3, 18, 9, 0, tzinfo=BERLIN)
    assert len(write_due_drafts(store, {"personal": mailbox}, wednesday, config=config)) == 1
    reminder = store_jobs.pending_reminders(store.db)[0]
    assert reminder.due_at == datetime(2026, 3, 27, 9, 0, tzinfo=BERLIN)


def test_a_daemon_down_at_due_time_writes_at_the_next_window_opening(
        store: Store, mailbox: RecordingMailbox) -> None:
    config = a_config(Schedule(timezone=BERLIN))
    record_a_rejection(store, config, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    saturday = datetime(2026, 3, 21, 11, 0, tzinfo=BERLIN)
    assert write_due_drafts(store, {"personal": mailbox}, saturday, config=config) == []
    monday_nine = datetime(2026, 3, 23, 9, 0, tzinfo=BERLIN)
    assert store_jobs.pending_drafts(store.db)[0].due_at == monday_nine
    assert write_due_drafts(store, {"personal": mailbox}, monday_nine, config=config)
    assert len(mailbox.drafts) == 1


def test_a_rejection_older_than_the_maximum_age_gets_no_draft(store: Store) -> None:
    scheduled = record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM,
                                   now=FRIDAY_4PM + timedelta(days=31))
    assert (scheduled.status, scheduled.draft_due_at) == ("too_old", None)
    assert store_jobs.list_drafts(store.db) == []


def test_recording_the_same_rejection_again_changes_nothing(store: Store) -> None:
    first = record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    aged = record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM,
                              now=FRIDAY_4PM + timedelta(days=60))
    assert aged == first
    assert [d.state for d in store_jobs.list_drafts(store.db)] == ["scheduled"]


def test_a_muted_application_gets_no_draft(store: Store, mailbox: RecordingMailbox) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    link_to_application(store, REJECTION_ID, muted=True)
    assert write(store, mailbox, FRIDAY_4PM) == []
    assert mailbox.drafts == {}
    draft = store_jobs.list_drafts(store.db)[0]
    rejection = store_jobs.get_rejection(store.db, draft.rejection_id)
    assert draft.state == "cancelled"
    assert rejection is not None
    assert (rejection.status, rejection.reason) == ("skipped", "application muted")


def test_a_message_relabelled_not_a_rejection_gets_no_draft(store: Store,
                                                            mailbox: RecordingMailbox) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    label_not_rejection(store, REJECTION_ID)
    assert write(store, mailbox, FRIDAY_4PM) == []
    assert mailbox.drafts == {}
    assert store_jobs.list_drafts(store.db)[0].state == "cancelled"


def test_a_no_reply_rejection_is_addressed_to_the_applications_known_contact(
        store: Store, mailbox: RecordingMailbox) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM, reply_to=None,
                       recipient_name=None)
    link_to_application(store, REJECTION_ID, contact=("Robin Vega", "robin@acme.example"))
    write(store, mailbox, FRIDAY_4PM)
    assert only_draft(mailbox)["To"] == "Robin Vega <robin@acme.example>"


def test_a_no_reply_rejection_without_a_contact_leaves_to_empty_with_a_note(
        store: Store, mailbox: RecordingMailbox) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM, reply_to=None)
    [written] = write(store, mailbox, FRIDAY_4PM)
    draft = only_draft(mailbox)
    assert draft["To"] == "" and written.to_addr is None
    assert str(draft.get_content()).startswith(NO_REPLY_NOTE)


def test_a_draft_the_user_deleted_is_not_recreated(store: Store,
                                                   mailbox: RecordingMailbox) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    write(store, mailbox, FRIDAY_4PM)
    mailbox.drafts.clear()
    assert write(store, mailbox, FRIDAY_4PM + timedelta(days=1)) == []
    assert mailbox.drafts == {}


def test_a_dry_run_shows_the_draft_but_writes_and_records_nothing(
        store: Store, mailbox: RecordingMailbox) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    [planned] = write(store, mailbox, FRIDAY_4PM, dry_run=True)
    assert planned.dry_run and b"Re: Your application for Data Analyst" in planned.raw
    assert mailbox.drafts == {}
    assert [d.state for d in store_jobs.list_drafts(store.db)] == ["scheduled"]


def test_an_unreachable_server_leaves_the_draft_for_the_next_cycle(
        store: Store, mailbox: RecordingMailbox) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    mailbox.unavailable = True
    assert write(store, mailbox, FRIDAY_4PM) == []
    mailbox.unavailable = False
    assert len(write(store, mailbox, FRIDAY_4PM + timedelta(minutes=5))) == 1


class RefusingMailbox(RecordingMailbox):
    """Refuses to store one draft (over quota, say), or raises a bug on it."""

    def __init__(self, refused: str, *, bug: bool = False) -> None:
        super().__init__("personal")
        self.refused, self.bug = refused, bug

    def save_draft(self, raw: bytes, message_id: str, *, thread_id: str | None = None) -> None:
        if self.refused.encode() in raw:
            if self.bug:
                raise RuntimeError("a bug in the adapter")
            raise MailboxError("the server refused to store it", hint="check your quota")
        super().save_draft(raw, message_id, thread_id=thread_id)


def three_rejections(store: Store) -> None:
    for n in range(3):
        record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM,
                           message_id=f"<r-{n}@ats.example.com>", subject=f"Opening {n}")


def test_a_draft_the_server_refuses_waits_while_the_rest_of_its_batch_is_written(
        store: Store) -> None:
    three_rejections(store)
    mailbox = RefusingMailbox("Opening 1")
    written = write(store, mailbox, FRIDAY_4PM)
    assert sorted(w.subject for w in written) == ["Re: Opening 0", "Re: Opening 2"]
    states = {d.rejection_message_id: d.state for d in store_jobs.list_drafts(store.db)}
    assert states == {"<r-0@ats.example.com>": "written", "<r-1@ats.example.com>": "scheduled",
                      "<r-2@ats.example.com>": "written"}
    assert len(store_jobs.pending_reminders(store.db)) == 2


def test_a_bug_on_one_draft_of_a_batch_is_that_drafts_failure_alone(store: Store) -> None:
    three_rejections(store)
    mailbox = RefusingMailbox("Opening 1", bug=True)
    written = write(store, mailbox, FRIDAY_4PM)
    assert sorted(w.subject for w in written) == ["Re: Opening 0", "Re: Opening 2"]
    failed = failures(store.db)
    assert [(f.at.message_id, f.stage, f.attempts) for f in failed] == [
        ("<r-1@ats.example.com>", Stage.DRAFT, 1)]


def test_an_account_not_connected_this_cycle_is_left_for_later(store: Store) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    assert write_due_drafts(store, {}, FRIDAY_4PM, config=CONFIG) == []
    assert [d.state for d in store_jobs.list_drafts(store.db)] == ["scheduled"]


def test_a_crash_after_saving_leaves_one_draft_and_the_next_run_records_it(
        store: Store, mailbox: RecordingMailbox) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)

    def crash() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write(store, mailbox, FRIDAY_4PM, after_save=crash)
    assert [d.state for d in store_jobs.list_drafts(store.db)] == ["scheduled"]
    assert len(write(store, mailbox, FRIDAY_4PM + timedelta(minutes=1))) == 1
    assert len(mailbox.drafts) == 1 and mailbox.save_calls == 2
    assert len(store_jobs.pending_reminders(store.db)) == 1


def test_a_process_killed_between_saving_and_recording_leaves_exactly_one_draft(
        store: Store, tmp_path: Path) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    mailbox = DirectoryMailbox(tmp_path / "mail")
    child = subprocess.run(
        [sys.executable, "-m", "tests.support.crash_child", str(store.path),
         str(mailbox.root), FRIDAY_4PM.isoformat()], cwd=ROOT, capture_output=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    assert len(mailbox.files("Drafts")) == 1
    assert [d.state for d in store_jobs.list_drafts(store.db)] == ["scheduled"]

    restarted = write_due_drafts(store, {"personal": mailbox}, FRIDAY_4PM + timedelta(minutes=5),
                                 config=CONFIG)
    assert len(restarted) == 1
    assert len(mailbox.files("Drafts")) == 1
    assert [d.state for d in store_jobs.list_drafts(store.db)] == ["written"]
    assert len(store_jobs.pending_reminders(store.db)) == 1


def drafted(store: Store, mailbox: RecordingMailbox) -> None:
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    write(store, mailbox, FRIDAY_4PM)


def test_an_unsent_request_gets_one_reminder_saying_it_is_still_a_draft(
        store: Store, mailbox: RecordingMailbox) -> None:
    drafted(store, mailbox)
    [fired] = remind(store, mailbox, FRIDAY_4PM)
    assert (fired.state, fired.reason) == ("delivered", "request still a draft")
    [raw] = mailbox.reminders.values()
    reminder = email.message_from_bytes(raw, policy=policy.default)
    assert reminder["Subject"] == "Afterword: follow up with Acme Analytics?"
    assert remind(store, mailbox, FRIDAY_4PM + timedelta(days=30)) == []
    assert len(mailbox.reminders) == 1
    assert [r.state for r in store_jobs.list_reminders(store.db)] == ["delivered"]


def test_a_sent_request_gets_one_reminder_saying_it_was_sent(
        store: Store, mailbox: RecordingMailbox) -> None:
    drafted(store, mailbox)
    mailbox.plant_reply(REJECTION_ID, "<sent-by-sam@example.org>", in_sent=True)
    mailbox.plant_reply(REJECTION_ID, "<sent-by-sam@example.org>", in_sent=False)
    [fired] = remind(store, mailbox, FRIDAY_4PM)
    assert (fired.state, fired.reason) == ("delivered", "request sent")
    assert b"You sent the feedback request" in next(iter(mailbox.reminders.values()))


def test_an_employer_reply_cancels_the_reminder_silently(store: Store,
                                                        mailbox: RecordingMailbox) -> None:
    drafted(store, mailbox)
    mailbox.plant_reply(REJECTION_ID, "<answer@acme.example>", in_sent=False)
    [fired] = remind(store, mailbox, FRIDAY_4PM)
    assert (fired.state, fired.reason) == ("cancelled", "employer replied")
    assert mailbox.reminders == {}
    assert remind(store, mailbox, FRIDAY_4PM + timedelta(days=1)) == []
    assert mailbox.reminders == {}


def test_afterwords_own_messages_do_not_count_as_an_employer_reply(
        store: Store, mailbox: RecordingMailbox) -> None:
    drafted(store, mailbox)
    draft_id = store_jobs.list_drafts(store.db)[0].message_id
    mailbox.plant_reply(REJECTION_ID, draft_id, in_sent=False)
    [fired] = remind(store, mailbox, FRIDAY_4PM)
    assert fired.state == "delivered"


def test_the_reminder_waits_its_business_days(store: Store, mailbox: RecordingMailbox) -> None:
    config = a_config(Schedule(timezone=BERLIN, cooling_off_business_days=0))
    record_a_rejection(store, config, received_at=FRIDAY_4PM, now=FRIDAY_4PM)
    write_due_drafts(store, {"personal": mailbox}, FRIDAY_4PM, config=config)
    before = datetime(2026, 3, 24, 8, 59, tzinfo=BERLIN)
    assert deliver_due_reminders(store, {"personal": mailbox}, before, config=config) == []
    due = datetime(2026, 3, 24, 9, 0, tzinfo=BERLIN)
    assert len(deliver_due_reminders(store, {"personal": mailbox}, due, config=config)) == 1


def test_muting_the_application_after_the_draft_cancels_the_reminder(
        store: Store, mailbox: RecordingMailbox) -> None:
    drafted(store, mailbox)
    link_to_application(store, REJECTION_ID, muted=True)
    [fired] = remind(store, mailbox, FRIDAY_4PM)
    assert (fired.state, fired.reason) == ("cancelled", "application muted")
    assert mailbox.reminders == {}


def test_a_dry_run_reminder_is_reported_but_not_delivered(store: Store,
                                                          mailbox: RecordingMailbox) -> None:
    drafted(store, mailbox)
    assert len(remind(store, mailbox, FRIDAY_4PM, dry_run=True)) == 1
    assert mailbox.reminders == {}
    assert [r.state for r in store_jobs.list_reminders(store.db)] == ["scheduled"]


@pytest.mark.dovecot
def test_against_a_real_imap_server_one_draft_and_one_reminder_arrive(
        store: Store, imap_user: ImapUser, seeder: IMAPClient) -> None:
    account = ImapAccount(name="personal", host=imap_user.host, port=imap_user.tls_port,
                          ca_file=imap_user.ca_file, username=imap_user.username)
    mailbox = ImapMailbox(account, secret=lambda: imap_user.password, max_age_days=30)
    mailbox.connect()
    record_a_rejection(store, CONFIG, received_at=FRIDAY_4PM, now=FRIDAY_4PM,
                       recipient_name="Jörg Müller", subject="Ihre Bewerbung – Müller GmbH")
    try:
        for minutes in (0, 5):
            moment = FRIDAY_4PM + timedelta(minutes=minutes)
            write_due_drafts(store, {"personal": mailbox}, moment, config=CONFIG)
            deliver_due_reminders(store, {"personal": mailbox}, moment, config=CONFIG)
    finally:
        mailbox.close()
    draft_id = store_jobs.list_drafts(store.db)[0].message_id
    reminder_id = store_jobs.list_reminders(store.db)[0].message_id
    seeder.select_folder("Drafts", readonly=True)
    [uid] = seeder.search(["ALL"])
    fetched = seeder.fetch([uid], [b"BODY.PEEK[]", b"FLAGS"])[uid]
    seeder.select_folder("INBOX", readonly=True)
    [reminder_uid] = seeder.search(["UNSEEN", "FLAGGED"])
    reminder = seeder.fetch([reminder_uid], [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    draft = email.message_from_bytes(fetched[b"BODY[]"], policy=policy.default)
    assert b"\\Draft" in fetched[b"FLAGS"]
    assert draft["Message-ID"] == draft_id
    assert draft["Subject"] == "Re: Ihre Bewerbung – Müller GmbH"
    assert draft["To"].addresses[0].display_name == "Jörg Müller"
    assert reminder_id.encode() in next(iter(reminder.values()))[
        b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]
