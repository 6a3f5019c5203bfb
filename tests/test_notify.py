"""sd_notify: the datagrams systemd would receive, on a socket the test binds itself."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from afterword.daemon.service import notify

ROOT = Path(__file__).resolve().parent.parent


class Listener:
    """A NOTIFY_SOCKET of our own: an AF_UNIX datagram socket, as systemd binds."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(b"\0" + address[1:].encode() if address.startswith("@") else address)
        self.sock.settimeout(10)

    def receive(self) -> list[str]:
        return self.sock.recv(4096).decode().split("\n")


@pytest.fixture(params=["path", "abstract"])
def listener(request: pytest.FixtureRequest, tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[Listener]:
    address = (str(tmp_path / "notify.sock") if request.param == "path"
               else f"@afterword-test-{uuid.uuid4().hex}")
    server = Listener(address)
    monkeypatch.setenv("NOTIFY_SOCKET", address)
    yield server
    server.sock.close()


def test_ready_status_and_watchdog_reach_the_socket(listener: Listener) -> None:
    assert notify.ready()
    assert notify.status("2 accounts, 1 draft waiting")
    assert notify.watchdog()

    assert listener.receive() == ["READY=1"]
    assert listener.receive() == ["STATUS=2 accounts, 1 draft waiting"]
    assert listener.receive() == ["WATCHDOG=1"]


def test_ready_can_carry_a_status_line_in_the_same_datagram(listener: Listener) -> None:
    notify.ready("logged in to work")

    assert listener.receive() == ["READY=1", "STATUS=logged in to work"]


def test_reload_and_stop_are_announced(listener: Listener) -> None:
    notify.reloading()
    notify.stopping()

    assert listener.receive() == ["RELOADING=1"]
    assert listener.receive() == ["STOPPING=1"]


def test_a_multi_line_status_is_sent_as_one_line(listener: Listener) -> None:
    notify.status("cycle done:\n3 new\tmessages ")

    assert listener.receive() == ["STATUS=cycle done: 3 new messages"]


def test_a_real_process_importing_the_module_notifies(listener: Listener) -> None:
    code = ("from afterword.daemon.service import notify; notify.ready(); notify.status('polling');"
            " notify.watchdog()")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})

    assert [listener.receive() for _ in range(3)] == [
        ["READY=1"], ["STATUS=polling"], ["WATCHDOG=1"]]


def test_without_notify_socket_every_call_is_a_quiet_no_op(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)

    assert notify.ready() is False
    assert notify.watchdog() is False


def test_nobody_listening_is_not_an_error(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "gone.sock"))

    assert notify.status("still running") is False


def test_watchdog_interval_is_half_the_timeout_for_this_process(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "600000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))

    assert notify.watchdog_interval() == 300.0


def test_watchdog_meant_for_another_process_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", "600000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))

    assert notify.watchdog_interval() is None


def test_no_watchdog_without_watchdog_usec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    monkeypatch.delenv("WATCHDOG_PID", raising=False)

    assert notify.watchdog_interval() is None
