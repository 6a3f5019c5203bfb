"""Measure the job steps: scheduling rejections, writing their drafts, firing reminders.

Prints rejections per second for each step over COUNT rejections (default 2000) in a
temporary state database, with the in-memory mailbox double (so the figure is
Afterword's own cost: SQLite, composing, templates; not a mail server's).
Run: ``python bench/jobs_cycle.py [COUNT]``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from afterword.daemon.followup.due_work import deliver_due_reminders, write_due_drafts  # noqa: E402
from afterword.daemon.store import Store  # noqa: E402
from tests.support.mailboxes import RecordingMailbox  # noqa: E402
from tests.support.rejections import a_config, record_a_rejection  # noqa: E402

NOW = datetime(2026, 3, 13, 15, 0, tzinfo=UTC)


def timed(label: str, count: int, step: object) -> None:
    started = time.perf_counter()
    done = step()  # type: ignore[operator]
    elapsed = time.perf_counter() - started
    print(f"{label:<28} {count:>6} in {elapsed:6.2f} s  = {count / elapsed:8.0f}/s  ({done})")


def main(count: int) -> None:
    config = a_config()
    mailbox = RecordingMailbox("personal")
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.sqlite3") as store:
        timed(
            "schedule rejections",
            count,
            lambda: len(
                [
                    record_a_rejection(
                        store,
                        config,
                        received_at=NOW,
                        now=NOW,
                        message_id=f"<bench-{n}@ats.example>",
                    )
                    for n in range(count)
                ]
            ),
        )
        timed(
            "write due drafts",
            count,
            lambda: len(write_due_drafts(store, {"personal": mailbox}, NOW, config=config)),
        )
        timed(
            "deliver due reminders",
            count,
            lambda: len(deliver_due_reminders(store, {"personal": mailbox}, NOW, config=config)),
        )
        started = time.perf_counter()
        again = write_due_drafts(store, {"personal": mailbox}, NOW, config=config)
        idle_ms = (time.perf_counter() - started) * 1000
        print(f"{'idle cycle (nothing due)':<28} {len(again):>6} written in {idle_ms:.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
