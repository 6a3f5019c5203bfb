"""The job tables: each rejection gets at most one draft and one reminder, each done once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from afterword.daemon.store import Store
from afterword.daemon.store import jobs as store_jobs
from afterword.daemon.store.details import MessageDetails
from afterword.daemon.store.mail import record_message

T0 = datetime(2026, 3, 13, 15, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "afterword.sqlite3") as opened:
        yield opened


def a_rejection(store: Store, message_id: str = "<r1@ats.example>") -> int:
    with store.transaction() as db:
        row = record_message(db, account="personal", folder="INBOX", ref_key=message_id,
                             message_id=message_id, thread_id=None, subject="Update",
                             from_addr="jobs@ats.example", sent_at=T0, kind="rejection",
                             score=5.0, language="en", details=MessageDetails())
        assert row is not None
        return store_jobs.record_rejection(db, row, T0, "waiting")


def test_recording_the_same_rejection_twice_returns_the_first_record(store: Store) -> None:
    first = a_rejection(store)
    with store.transaction() as db:
        row = store_jobs.get_rejection(db, first)
        assert row is not None
        again = store_jobs.record_rejection(db, row.message_row, T0 + timedelta(days=1), "too_old")
    assert again == first
    rejection = store_jobs.get_rejection(store.db, first)
    assert rejection is not None
    assert (rejection.status, rejection.received_at) == ("waiting", T0)


def test_a_rejection_gets_one_draft_however_often_it_is_scheduled(store: Store) -> None:
    rejection = a_rejection(store)
    with store.transaction() as db:
        assert store_jobs.schedule_draft(db, rejection, "<d1@afterword>", T0)
        assert not store_jobs.schedule_draft(db, rejection, "<d1@afterword>", T0 + timedelta(1))
        assert not store_jobs.schedule_draft(db, rejection, "<d2@afterword>", T0)
    drafts = store_jobs.list_drafts(store.db)
    assert [(d.message_id, d.due_at, d.state) for d in drafts] == [
        ("<d1@afterword>", T0, "scheduled")]
    assert drafts[0].account == "personal"
    assert drafts[0].rejection_message_id == "<r1@ats.example>"


def test_only_drafts_whose_time_has_come_are_due(store: Store) -> None:
    early, late = a_rejection(store, "<early@x>"), a_rejection(store, "<late@x>")
    with store.transaction() as db:
        store_jobs.schedule_draft(db, early, "<d-early@afterword>", T0)
        store_jobs.schedule_draft(db, late, "<d-late@afterword>", T0 + timedelta(days=3))
    assert [d.message_id for d in store_jobs.due_drafts(store.db, T0)] == ["<d-early@afterword>"]
    assert len(store_jobs.due_drafts(store.db, T0 + timedelta(days=3))) == 2


def test_a_written_draft_is_never_due_or_written_again(store: Store) -> None:
    rejection = a_rejection(store)
    with store.transaction() as db:
        store_jobs.schedule_draft(db, rejection, "<d1@afterword>", T0)
        draft = store_jobs.due_drafts(db, T0)[0]
        assert store_jobs.mark_draft_written(db, draft.id, "jamie@acme.example", "Re: Update", T0)
        assert not store_jobs.mark_draft_written(db, draft.id, None, "Re: Update", T0)
        assert not store_jobs.cancel_draft(db, draft.id)
        assert not store_jobs.move_draft(db, draft.id, T0 + timedelta(days=1))
    assert store_jobs.due_drafts(store.db, T0 + timedelta(days=30)) == []
    written = store_jobs.list_drafts(store.db)[0]
    assert (written.state, written.to_addr, written.written_at) == ("written", "jamie@acme.example",
                                                                    T0)
    rejection_row = store_jobs.get_rejection(store.db, rejection)
    assert rejection_row is not None and rejection_row.status == "drafted"


def test_a_cancelled_draft_cannot_be_written_later(store: Store) -> None:
    rejection = a_rejection(store)
    with store.transaction() as db:
        store_jobs.schedule_draft(db, rejection, "<d1@afterword>", T0)
        draft_id = store_jobs.list_drafts(db)[0].id
        assert store_jobs.cancel_draft(db, draft_id)
        assert not store_jobs.mark_draft_written(db, draft_id, None, "Re: Update", T0)
    assert store_jobs.pending_drafts(store.db) == []


def test_a_reminder_is_scheduled_once_and_never_again_after_it_fired(store: Store) -> None:
    rejection = a_rejection(store)
    with store.transaction() as db:
        store_jobs.schedule_draft(db, rejection, "<d1@afterword>", T0)
        assert store_jobs.schedule_reminder(db, rejection, "<m1@afterword>", T0)
        reminder = store_jobs.due_reminders(db, T0)[0]
        assert reminder.draft_message_id == "<d1@afterword>"
        assert store_jobs.mark_reminder(db, reminder.id, "delivered", "request sent", T0)
        assert not store_jobs.mark_reminder(db, reminder.id, "cancelled", "late", T0)
        assert not store_jobs.schedule_reminder(db, rejection, "<m1@afterword>", T0)
    assert store_jobs.due_reminders(store.db, T0 + timedelta(days=99)) == []
    fired = store_jobs.list_reminders(store.db)
    assert [(r.state, r.outcome, r.fired_at) for r in fired] == [("delivered", "request sent", T0)]


def test_a_reminder_cannot_be_reopened_to_scheduled(store: Store) -> None:
    rejection = a_rejection(store)
    with store.transaction() as db:
        store_jobs.schedule_reminder(db, rejection, "<m1@afterword>", T0)
        with pytest.raises(ValueError):
            store_jobs.mark_reminder(db, 1, "scheduled", "again", T0)


def test_the_scheduler_sees_every_pending_draft_and_reminder_with_a_stable_id(
        store: Store) -> None:
    first, second = a_rejection(store, "<a@x>"), a_rejection(store, "<b@x>")
    with store.transaction() as db:
        store_jobs.schedule_draft(db, first, "<d-a@afterword>", T0 + timedelta(hours=2))
        store_jobs.schedule_draft(db, second, "<d-b@afterword>", T0)
        store_jobs.schedule_reminder(db, second, "<m-b@afterword>", T0 + timedelta(days=9))
        store_jobs.mark_draft_written(db, 2, None, "Re: x", T0)
    due = store_jobs.future_due_times(store.db)
    assert [(d.job_id, d.due_at) for d in due] == [
        ("draft-1", T0 + timedelta(hours=2)), ("reminder-1", T0 + timedelta(days=9))]
    assert [d.id for d in store_jobs.pending_drafts(store.db)] == [1]
    assert [r.id for r in store_jobs.pending_reminders(store.db)] == [1]
