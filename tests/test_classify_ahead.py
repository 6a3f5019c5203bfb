"""A first sync classifies ahead in a forked worker; the worker never decides a failure.

What the worker returns is what this process would have computed; a message it cannot
read, a worker that dies, and a worker left behind by a dead parent all end with the
message read here (or the worker gone), and nothing lost.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterword.daemon.detection import ahead
from afterword.daemon.detection.ahead import AHEAD_MIN, ClassifyAhead
from afterword.daemon.pipeline import run_cycle
from afterword.daemon.store import Store
from afterword.daemon.store.failures import failures
from afterword.daemon.store.mail import is_seen
from afterword.parsers import Classification, ParsedEmail, RuleSet, classify, parse_message
from tests.support import poison
from tests.support.rejections import a_config
from tests.test_poison_fuzz import ListMailbox

NOW = datetime.now(UTC)
RULES = RuleSet.load()
REPO = Path(__file__).resolve().parent.parent


def a_month_of_rejections(count: int = AHEAD_MIN + 5) -> list[bytes]:
    return [poison.ordinary_rejection(f"Firm {n}", "Clerk", n, NOW) for n in range(count)]


@pytest.fixture
def worker() -> Iterator[ClassifyAhead]:
    started = ClassifyAhead.start(RULES, None, timeout=5.0)
    assert started is not None, "Linux can fork"
    yield started
    started.close()


def read_here(raw: bytes) -> tuple[ParsedEmail, Classification]:
    parsed = parse_message(raw)
    return parsed, classify(parsed, RULES)


def test_the_worker_reads_each_message_as_this_process_would(worker: ClassifyAhead) -> None:
    mail = a_month_of_rejections()
    prepared = list(worker.prepare(mail))
    assert [(p.parsed, p.found) if p else None for p in prepared] == [read_here(r) for r in mail]
    assert all(p is not None and p.found.kind.value == "rejection" for p in prepared)


def test_a_message_the_worker_cannot_read_is_left_to_this_process(
        worker: ClassifyAhead) -> None:
    unreadable = poison.EMPTY.raw
    mail = [*a_month_of_rejections(5), unreadable, *a_month_of_rejections(5)]
    prepared = list(worker.prepare(mail))
    assert prepared[5] is None
    assert all(p is not None for n, p in enumerate(prepared) if n != 5)
    assert worker.running


READ_IN_THE_WORKER = ahead._prepare_chunk
DEADLY = {"firm": b"Firm 20"}


def die_on_the_deadly_firm(raws: list[bytes]) -> object:
    """The worker's reading, except that a chunk holding the deadly firm kills it."""
    if any(DEADLY["firm"] in raw for raw in raws):
        os._exit(1)
    return READ_IN_THE_WORKER(raws)


def test_a_worker_that_dies_leaves_the_rest_to_this_process(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ahead, "_prepare_chunk", die_on_the_deadly_firm)
    monkeypatch.setitem(DEADLY, "firm", b"Firm 20")
    started = ClassifyAhead.start(RULES, None, timeout=60.0)
    assert started is not None
    prepared = list(started.prepare(a_month_of_rejections(40)))
    assert all(p is not None for p in prepared[:20])
    assert prepared[20:] == [None] * 20
    assert not started.running


def test_a_sync_whose_worker_dies_still_reads_every_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ahead, "_prepare_chunk", die_on_the_deadly_firm)
    monkeypatch.setitem(DEADLY, "firm", b"Firm 12")
    mailbox = ListMailbox(a_month_of_rejections(30))
    with Store.open(tmp_path / "state.db") as store:
        report = run_cycle(store, {mailbox.account: mailbox}, RULES, a_config(), NOW)
        assert all(is_seen(store.db, mailbox.account, f"<ordinary-{n}@firm-{n}.example>")
                   for n in range(30))
        assert failures(store.db) == []
    assert report.errors == []


ORPHANING_PARENT = """
import multiprocessing, os, sys
from afterword.daemon.detection.ahead import ClassifyAhead
from afterword.parsers import RuleSet
started = ClassifyAhead.start(RuleSet.load(), None)
print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
os._exit(0)  # gone without closing anything, as under SIGKILL
"""


def is_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_the_worker_leaves_when_its_parent_is_gone() -> None:
    child = subprocess.run([sys.executable, "-c", ORPHANING_PARENT], capture_output=True,
                           text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)},
                           check=True)
    workers = [int(pid) for pid in child.stdout.split()]
    assert workers, child.stderr
    deadline = time.monotonic() + 15
    while any(map(is_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(is_running, workers))


def test_the_worker_is_a_child_only_while_it_runs(worker: ClassifyAhead) -> None:
    children = multiprocessing.active_children()
    assert children
    worker.close()
    assert not worker.running
    assert not any(child.is_alive() for child in children)
