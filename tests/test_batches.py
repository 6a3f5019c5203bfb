"""A long sync commits as it goes, at least every BATCH_SECONDS, pinging the watchdog each time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterword.daemon import pipeline
from afterword.daemon.pipeline import run_cycle
from afterword.daemon.store import Store
from afterword.daemon.store.mail import is_seen
from afterword.parsers import RuleSet
from tests.support import poison
from tests.support.rejections import a_config
from tests.test_poison_fuzz import ListMailbox

NOW = datetime.now(UTC)


def test_every_commit_of_a_long_sync_pings_the_watchdog(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SECONDS", 0.0)  # every message is "a second" of work
    mail = [poison.ordinary_rejection(f"Firm {n}", "Clerk", n, NOW) for n in range(5)]
    mailbox = ListMailbox(mail)
    pings: list[bool] = []
    with Store.open(tmp_path / "state.db") as store:
        run_cycle(store, {mailbox.account: mailbox}, RuleSet.load(), a_config(), NOW,
                  heartbeat=lambda: pings.append(True))
        assert all(is_seen(store.db, mailbox.account, f"<ordinary-{n}@firm-{n}.example>")
                   for n in range(5))
    assert len(pings) >= 5


def test_what_was_committed_before_a_failure_stays_committed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SECONDS", 0.0)
    mail = [poison.ordinary_rejection(f"Firm {n}", "Clerk", n, NOW) for n in range(3)]
    mailbox = ListMailbox(mail)

    def crash_at_the_end(*args: object) -> None:
        raise KeyboardInterrupt  # the process is stopped before the batch's cursor is saved

    monkeypatch.setattr(pipeline, "save_cursor", crash_at_the_end)
    with Store.open(tmp_path / "state.db") as store:
        with pytest.raises(KeyboardInterrupt):
            run_cycle(store, {mailbox.account: mailbox}, RuleSet.load(), a_config(), NOW)
        assert all(is_seen(store.db, mailbox.account, f"<ordinary-{n}@firm-{n}.example>")
                   for n in range(3))
