"""Signal handling for the run loop: SIGTERM/SIGINT ask for a clean stop, SIGHUP for a reload.

:func:`install` returns a :class:`Signals` holding two :class:`threading.Event` objects.
Handlers only set them, so a signal that arrives in the middle of a step (a store
transaction, an APPEND of a draft) never tears it apart; the run loop looks at the
events at its safe points.

Waiting is the exception. A loop that blocks in IMAP IDLE or a long sleep would not see
the event until the wait ended, so it runs the wait through :meth:`Signals.interruptible`:
during that call a stop signal raises :class:`ShutdownRequested` at once and a reload
signal ends the wait early. A second stop signal always raises at once (the user
pressed Ctrl-C twice, or the step is stuck): the store's transaction rolls back and the
mailbox adapters' idempotent writes make a half-done step safe to redo at next start.

Handlers can only be installed from the main thread; other threads read the events.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
RELOAD_SIGNALS = (signal.SIGHUP,)

_Handler = Callable[[int, FrameType | None], Any] | int | None


class ShutdownRequested(BaseException):
    """A stop signal arrived where waiting was interruptible, or arrived twice.

    A :class:`BaseException` (like :class:`KeyboardInterrupt`) so that the run loop's
    ``except Exception`` around one message (the pipeline) cannot swallow it. The run loop
    catches it once, at the top, and exits with status 0: stopping on request is success.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class _ReloadInterrupt(Exception):
    """Raised into an interruptible wait by SIGHUP; :meth:`Signals.interruptible` swallows it."""


class Signals:
    """The run loop's view of signals: ``stop`` and ``reload`` events plus an interruptible wait."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.reload = threading.Event()
        self._stop_signum: int = signal.SIGTERM
        self._interruptible = False
        self._previous: dict[int, _Handler] = {}

    def stop_requested(self) -> bool:
        """True once SIGTERM or SIGINT arrived."""
        return self.stop.is_set()

    def check(self) -> None:
        """At a safe point between steps: raise :class:`ShutdownRequested` if a stop was asked."""
        if self.stop.is_set():
            raise ShutdownRequested(self._stop_signum)

    def take_reload(self) -> bool:
        """True (once) if SIGHUP arrived since the last call: reload config and rules now."""
        if self.reload.is_set():
            self.reload.clear()
            return True
        return False

    def sleep(self, seconds: float) -> bool:
        """Wait up to ``seconds``: True if a reload cut it short; stop raises ShutdownRequested."""
        return not self.interruptible(lambda: self.stop.wait(seconds))

    def interruptible(self, wait: Callable[[], object]) -> bool:
        """Run the blocking call ``wait()`` so that a signal can cut it short.

        While it runs, SIGTERM/SIGINT raise :class:`ShutdownRequested` out of it (also
        raised before it starts if a stop is pending) and SIGHUP abandons it, leaving
        ``reload`` set. Returns True if ``wait()`` ran to the end (its result is dropped:
        keep it through a closure if needed), False if a reload cut it short or was
        already pending (so a SIGHUP landing just before the wait is not missed).
        ``wait`` must clean up when an exception passes through it (IMAP IDLE:
        ``try: ... finally: idle_done()``).
        """
        try:
            try:
                self._interruptible = True
                self.check()
                if self.reload.is_set():
                    return False
                wait()
                return True
            finally:
                self._interruptible = False
        except _ReloadInterrupt:
            return False

    def restore(self) -> None:
        """Put back the handlers that were there before :func:`install`."""
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()

    def _on_stop(self, signum: int, frame: FrameType | None) -> None:
        already = self.stop.is_set()
        if not already:
            self._stop_signum = signum
        self.stop.set()
        if already or self._interruptible:
            self._interruptible = False
            raise ShutdownRequested(signum)

    def _on_reload(self, signum: int, frame: FrameType | None) -> None:
        self.reload.set()
        if self._interruptible:
            self._interruptible = False
            raise _ReloadInterrupt


def install() -> Signals:
    """Install the handlers (main thread only) and return the events they set."""
    signals = Signals()
    for signum in STOP_SIGNALS:
        signals._previous[signum] = signal.signal(signum, signals._on_stop)
    for signum in RELOAD_SIGNALS:
        signals._previous[signum] = signal.signal(signum, signals._on_reload)
    return signals
