"""Signals: SIGTERM/SIGINT stop cleanly, SIGHUP asks for a reload, waits can be cut short."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from afterword.daemon.service import signals
from afterword.daemon.service.signals import ShutdownRequested, Signals

ROOT = Path(__file__).resolve().parent.parent

# A miniature run loop: one "step" that reads a line from stdin (a step the signal must
# not tear apart), then interruptible waits that report reloads, until a stop.
RUN_LOOP = textwrap.dedent("""
    import sys
    from afterword.daemon.service import signals

    events = signals.install()
    print("started", flush=True)
    try:
        step_input = sys.stdin.readline()
        print("step finished:", step_input.strip(), flush=True)
        while True:
            events.check()
            events.sleep(60)
            if events.take_reload():
                print("reloaded", flush=True)
    except signals.ShutdownRequested as stop:
        print("stopped by", stop, flush=True)
        sys.exit(0)
""")


@pytest.fixture
def run_loop() -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-c", RUN_LOOP], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert process.stdout is not None and process.stdout.readline() == "started\n"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def finish_step(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("draft saved\n")
    process.stdin.flush()
    assert process.stdout.readline() == "step finished: draft saved\n"


def rest_of_output(process: subprocess.Popen[str]) -> str:
    """Everything the process still prints until it exits (killed after 10 s if it hangs).

    Reads through the same buffered pipe as ``finish_step``: ``communicate()`` would
    skip lines already sitting in that buffer.
    """
    assert process.stdin is not None and process.stdout is not None
    process.stdin.close()
    guard = threading.Timer(10, process.kill)
    guard.start()
    try:
        output = process.stdout.read()
        process.wait()
    finally:
        guard.cancel()
    return output


def test_sigterm_while_waiting_exits_zero_at_once(run_loop: subprocess.Popen[str]) -> None:
    finish_step(run_loop)

    run_loop.send_signal(signal.SIGTERM)
    output = rest_of_output(run_loop)

    assert run_loop.returncode == 0
    assert output == "stopped by SIGTERM\n"


def test_sigterm_during_a_step_lets_the_step_finish_then_stops(
        run_loop: subprocess.Popen[str]) -> None:
    run_loop.send_signal(signal.SIGTERM)
    finish_step(run_loop)
    output = rest_of_output(run_loop)

    assert run_loop.returncode == 0
    assert output == "stopped by SIGTERM\n"


def test_sighup_cuts_the_wait_short_and_asks_for_a_reload(
        run_loop: subprocess.Popen[str]) -> None:
    finish_step(run_loop)
    assert run_loop.stdout is not None

    run_loop.send_signal(signal.SIGHUP)
    assert run_loop.stdout.readline() == "reloaded\n"
    run_loop.send_signal(signal.SIGINT)
    output = rest_of_output(run_loop)

    assert run_loop.returncode == 0
    assert output == "stopped by SIGINT\n"


@pytest.fixture
def installed() -> Iterator[Signals]:
    events = signals.install()
    yield events
    events.restore()


def test_a_first_stop_signal_only_sets_the_event(installed: Signals) -> None:
    os.kill(os.getpid(), signal.SIGTERM)

    assert installed.stop_requested()
    with pytest.raises(ShutdownRequested):
        installed.check()


def test_the_stop_names_the_signal_that_asked_for_it(installed: Signals) -> None:
    os.kill(os.getpid(), signal.SIGINT)

    with pytest.raises(ShutdownRequested, match="SIGINT") as stop:
        installed.check()
    assert stop.value.signum == signal.SIGINT


def test_a_second_stop_signal_raises_wherever_the_loop_is(installed: Signals) -> None:
    os.kill(os.getpid(), signal.SIGTERM)

    with pytest.raises(ShutdownRequested):
        os.kill(os.getpid(), signal.SIGTERM)


def test_a_reload_is_taken_once(installed: Signals) -> None:
    os.kill(os.getpid(), signal.SIGHUP)

    assert installed.take_reload() is True
    assert installed.take_reload() is False


def test_a_pending_reload_skips_the_wait(installed: Signals) -> None:
    waited = []
    os.kill(os.getpid(), signal.SIGHUP)

    assert installed.interruptible(lambda: waited.append("idle")) is False
    assert waited == []


def test_a_wait_with_nothing_pending_runs_to_the_end(installed: Signals) -> None:
    assert installed.interruptible(lambda: None) is True
    assert installed.sleep(0) is False


def test_a_pending_stop_refuses_to_start_a_wait(installed: Signals) -> None:
    installed.stop.set()

    with pytest.raises(ShutdownRequested):
        installed.interruptible(lambda: None)


def test_restore_puts_back_the_previous_handlers() -> None:
    before = signal.getsignal(signal.SIGTERM)
    events = signals.install()

    events.restore()

    assert signal.getsignal(signal.SIGTERM) is before
