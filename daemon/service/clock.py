"""APScheduler as the daemon's alarm clock, never its memory.

The store holds every due time. :meth:`DueClock.rebuild_from_store` turns each
scheduled draft and reminder into one in-memory date job whose only effect is
to set :attr:`DueClock.work_due`; the run loop waits on that event (or its poll
interval) and then does the work itself, reading the store. Nothing is
persisted in APScheduler, so a restart, a crash or a machine that slept simply
rebuilds the jobs; overdue times fire at once (``misfire_grace_time=None``:
APScheduler 3 would otherwise drop a one-shot job more than one second late).
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger

from afterword.daemon.store import Store
from afterword.daemon.store.jobs import DueTime, future_due_times

log = logging.getLogger(__name__)


class DueClock:
    """Wakes the run loop when a draft or reminder falls due."""

    def __init__(self) -> None:
        self.work_due = threading.Event()
        self._scheduler = BackgroundScheduler(timezone=UTC)

    def start(self) -> None:
        if not self._scheduler.running:
            self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            # APScheduler 3 marks itself stopped before taking its job-store lock, so a job
            # firing at that instant fails to remove itself (JobLookupError in its thread):
            # pause, and empty the store under that lock, first.
            self._scheduler.pause()
            self._scheduler.remove_all_jobs()
            self._scheduler.shutdown(wait=False)

    def __enter__(self) -> DueClock:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()

    def _ring(self, job_id: str) -> None:
        log.debug("%s is due", job_id)
        self.work_due.set()

    def schedule(self, due: DueTime) -> None:
        """Add (or move) the wake-up for one row; a past time rings at once."""
        self._scheduler.add_job(
            self._ring, DateTrigger(run_date=due.due_at, timezone=UTC), args=(due.job_id,),
            id=due.job_id, replace_existing=True, misfire_grace_time=None, coalesce=True)

    def rebuild_from_store(self, store: Store) -> int:
        """Replace every wake-up with the store's scheduled drafts and reminders; returns count."""
        due_times = future_due_times(store.db)
        wanted = {due.job_id for due in due_times}
        for job in self._scheduler.get_jobs():
            if job.id not in wanted:
                job.remove()
        for due in due_times:
            self.schedule(due)
        log.debug("clock holds %d wake-ups", len(due_times))
        return len(due_times)

    def pending(self) -> dict[str, datetime]:
        """The wake-ups still ahead, by job id (for ``afterword status`` and tests)."""
        return {job.id: job.trigger.run_date for job in self._scheduler.get_jobs()}

    def wait(self, timeout: float) -> bool:
        """Block until work is due or ``timeout`` seconds pass; True when work is due."""
        due = self.work_due.wait(timeout)
        self.work_due.clear()
        return due
