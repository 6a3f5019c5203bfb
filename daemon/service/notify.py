"""A tiny sd_notify client: tell systemd we are ready, what we are doing, and that we are alive.

Implements the datagram protocol of sd_notify(3) with the standard library only (no
libsystemd, no ``sdnotify`` package): each call sends ``KEY=value`` lines in one
``AF_UNIX``/``SOCK_DGRAM`` datagram to the socket named by ``$NOTIFY_SOCKET``. A leading
``@`` in that name means Linux's abstract namespace (the ``@`` becomes a NUL byte).

Every function is a no-op returning ``False`` when ``$NOTIFY_SOCKET`` is unset, so the
daemon calls them unconditionally: under a terminal, launchd or ``Type=simple`` they
cost one environment lookup.
"""

from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger(__name__)


def _socket_address(name: str) -> str | bytes:
    if name.startswith("@"):
        return b"\0" + name[1:].encode()
    return name


def notify(*fields: str) -> bool:
    """Send ``fields`` (each ``KEY=value``) as one notification; True if a datagram went out.

    A failure to send is logged at debug level and otherwise ignored, as sd_notify(3)
    advises: the service must run the same whether or not anyone listens.
    """
    name = os.environ.get("NOTIFY_SOCKET")
    if not name:
        return False
    payload = "\n".join(fields).encode()
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.sendto(payload, _socket_address(name))
    except OSError as exc:
        log.debug("sd_notify to %s failed: %s", name, exc)
        return False
    return True


def ready(status_text: str | None = None) -> bool:
    """``READY=1``: start-up is finished (for ``Type=notify`` this ends ``systemctl start``)."""
    return notify("READY=1", *_status_field(status_text))


def status(text: str) -> bool:
    """``STATUS=…``: the one-line summary ``systemctl status`` shows; newlines become spaces."""
    return notify(*_status_field(text))


def watchdog() -> bool:
    """``WATCHDOG=1``: we are healthy; send at least every :func:`watchdog_interval` seconds."""
    return notify("WATCHDOG=1")


def reloading() -> bool:
    """``RELOADING=1``: a reload (SIGHUP) started; send :func:`ready` when it is done."""
    return notify("RELOADING=1")


def stopping() -> bool:
    """``STOPPING=1``: a clean shutdown started (systemd then waits ``TimeoutStopSec``)."""
    return notify("STOPPING=1")


def watchdog_interval() -> float | None:
    """Seconds between :func:`watchdog` pings, or None when no watchdog watches this process.

    Reads ``$WATCHDOG_USEC`` (set by ``WatchdogSec=``) and returns half of it, the margin
    sd_watchdog_enabled(3) recommends. ``$WATCHDOG_PID``, when set, must be our pid: the
    variables leak into child processes, which must not believe they are watched.
    """
    usec = os.environ.get("WATCHDOG_USEC", "")
    pid = os.environ.get("WATCHDOG_PID")
    if pid is not None and pid != str(os.getpid()):
        return None
    try:
        timeout = int(usec)
    except ValueError:
        return None
    if timeout <= 0:
        return None
    return timeout / 2 / 1_000_000


def _status_field(text: str | None) -> tuple[str, ...]:
    if text is None:
        return ()
    return ("STATUS=" + " ".join(text.split()),)
