"""The APScheduler clock: rebuilt from the store, it rings for due and overdue work (real time)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from afterword.daemon.service.clock import DueClock
from afterword.daemon.store import Store
from afterword.daemon.store import jobs as store_jobs
from afterword.daemon.store.details import MessageDetails
from afterword.daemon.store.jobs import DueTime
from afterword.daemon.store.mail import record_message

GENEROUS = 10.0


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "afterword.sqlite3") as opened:
        yield opened


@pytest.fixture
def clock() -> Iterator[DueClock]:
    with DueClock() as running:
        yield running


def schedule_draft_at(store: Store, due_at: datetime, message_id: str) -> int:
    with store.transaction() as db:
        row = record_message(db, account="personal", folder="INBOX", ref_key=message_id,
                             message_id=message_id, thread_id=None, subject="Update",
                             from_addr=None, sent_at=None, kind="rejection", score=5.0,
                             language="en", details=MessageDetails())
        assert row is not None
        rejection = store_jobs.record_rejection(db, row, due_at, "waiting")
        store_jobs.schedule_draft(db, rejection, f"<draft-{message_id[1:]}", due_at)
        return rejection


def test_the_clock_holds_one_wake_up_per_scheduled_row(store: Store) -> None:
    later = datetime.now(UTC) + timedelta(days=3)
    first = schedule_draft_at(store, later, "<a@x>")
    schedule_draft_at(store, later + timedelta(hours=1), "<b@x>")
    with store.transaction() as db:
        store_jobs.schedule_reminder(db, first, "<reminder-a@x>", later + timedelta(days=9))
        store_jobs.mark_draft_written(db, 2, None, "Re: Update", later)
    clock = DueClock()
    assert clock.rebuild_from_store(store) == 2
    assert clock.pending() == {"draft-1": later.replace(microsecond=0),
                               "reminder-1": (later + timedelta(days=9)).replace(microsecond=0)}


def test_a_rebuild_drops_wake_ups_for_rows_no_longer_scheduled(store: Store,
                                                               clock: DueClock) -> None:
    later = datetime.now(UTC) + timedelta(days=3)
    schedule_draft_at(store, later, "<a@x>")
    clock.rebuild_from_store(store)
    with store.transaction() as db:
        store_jobs.cancel_draft(db, 1)
    assert clock.rebuild_from_store(store) == 0
    assert clock.pending() == {}


def test_work_missed_while_the_daemon_was_down_rings_at_start(store: Store) -> None:
    schedule_draft_at(store, datetime.now(UTC) - timedelta(days=2), "<missed@x>")
    clock = DueClock()
    clock.rebuild_from_store(store)
    with clock:
        assert clock.wait(GENEROUS)


def test_a_due_time_a_moment_ahead_rings_when_it_comes(clock: DueClock) -> None:
    assert not clock.wait(0.05)
    clock.schedule(DueTime("reminder-7", datetime.now(UTC) + timedelta(seconds=0.3)))
    assert clock.wait(GENEROUS)
    assert clock.pending() == {}


def test_with_nothing_scheduled_the_clock_stays_quiet(store: Store, clock: DueClock) -> None:
    assert clock.rebuild_from_store(store) == 0
    assert not clock.wait(0.2)
