"""``afterword run``: keep accounts connected, run cycles, wait for mail or due work.

The loop owns the process's life: it takes the single-instance lock, connects
every account (an account whose credentials fail is reported once and left out
until a reload, or until a new OAuth login appears in the keyring; one that is
unreachable is retried with backoff), tells systemd
READY=1 after the first login, then repeats: cycle → STATUS/WATCHDOG → wait.
Waiting ends on new mail (IMAP IDLE), on a due draft or reminder (the
APScheduler clock, rebuilt from the store after every cycle), on the poll
interval, or on a signal: SIGTERM/SIGINT stop cleanly, SIGHUP reloads config
and rules.
"""

from __future__ import annotations

import fcntl
import logging
import os
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from afterword.daemon.config import Config, load_config
from afterword.daemon.detection.learning import current_layer, labels_changed, learn
from afterword.daemon.detection.loading import RulesWatcher
from afterword.daemon.errors import (
    AfterwordError,
    ConfigError,
    CredentialError,
    DiskFull,
    StoreError,
)
from afterword.daemon.followup.due_work import reschedule_pending_drafts
from afterword.daemon.mailbox.accounts import Account
from afterword.daemon.mailbox.base import Mailbox
from afterword.daemon.mailbox.factory import login_stamp, open_mailbox
from afterword.daemon.mailbox.kinds import kind_of
from afterword.daemon.paths import data_dir
from afterword.daemon.pipeline import CycleReport, SyncProgress, run_cycle
from afterword.daemon.service import notify, signals
from afterword.daemon.service.clock import DueClock
from afterword.daemon.store import Store
from afterword.daemon.store.mail import record_sync_error

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 15 * 60


def utcnow() -> datetime:
    return datetime.now(UTC)


@contextmanager
def single_instance(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``afterword.lock`` so two daemons never share a store."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = directory / "afterword.lock"
    handle = open(path, "a+")  # noqa: SIM115 - held for the life of the block
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise StoreError(f"Afterword is already running (pid {holder})",
                             hint="stop it first, or use `afterword status`") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        handle.close()


@dataclass
class AccountSession:
    """One configured account: its mailbox when connected, else why not and when to retry."""

    account: Account
    mailbox: Mailbox | None = None
    disabled: str | None = None
    disabled_login: str | None = None
    unreachable: str | None = None
    failures: int = 0
    retry_at: datetime | None = None

    def connect(self, config: Config, now: datetime) -> bool:
        if self.mailbox is not None:
            return True
        if self.disabled and not self._logged_in_again():
            return False
        if self.retry_at and now < self.retry_at:
            return False
        mailbox = open_mailbox(self.account, max_age_days=config.schedule.max_age_days)
        try:
            mailbox.connect()
        except CredentialError as exc:
            self.leave_out(exc.one_line())
            return False
        except AfterwordError as exc:
            self.failures += 1
            self.unreachable = exc.message
            delay = min(MAX_BACKOFF_SECONDS, 5 * 2 ** self.failures) * random.uniform(0.8, 1.2)
            self.retry_at = datetime.fromtimestamp(now.timestamp() + delay, UTC)
            log.warning("%s: cannot connect (%s); retrying in %ds", self.account.name,
                        exc.message, delay)
            return False
        self.mailbox, self.failures, self.retry_at, self.unreachable = mailbox, 0, None, None
        log.info("%s: connected", self.account.name)
        return True

    def leave_out(self, problem: str) -> None:
        """Stop using the account after a credential failure, until the user logs in again
        (a new OAuth login in the keyring) or the service is reloaded."""
        self.close()
        self.disabled = problem
        self.disabled_login = login_stamp(self.account)
        log.error("%s: %s; the account is left out until you log in again or `afterword` "
                  "is reloaded", self.account.name, problem)

    def _logged_in_again(self) -> bool:
        stamp = login_stamp(self.account)
        if stamp is None or stamp == self.disabled_login:
            return False
        log.info("%s: new login found; connecting again", self.account.name)
        self.disabled = self.disabled_login = None
        return True

    def close(self) -> None:
        if self.mailbox is not None:
            self.mailbox.close()
            self.mailbox = None


@dataclass
class Daemon:
    """The long-running service (and the single cycle of ``run --once``)."""

    config: Config
    store: Store
    dry_run: bool = False
    now: Callable[[], datetime] = utcnow
    sessions: list[AccountSession] = field(default_factory=list)
    rules: RulesWatcher | None = None
    ready: bool = False
    #: Called after each batch of a folder's sync (``run --once`` draws a progress bar).
    progress: Callable[[SyncProgress], object] | None = None

    def __post_init__(self) -> None:
        self._build_sessions()

    def _build_sessions(self) -> None:
        self.sessions = [AccountSession(account) for account in self.config.accounts]
        self.rules = RulesWatcher(self.config.detection)

    def connected(self) -> dict[str, Mailbox]:
        return {s.account.name: s.mailbox for s in self.sessions if s.mailbox is not None}

    def connect(self) -> None:
        now = self.now()
        for session in self.sessions:
            session.connect(self.config, now)
        if self.connected() and not self.ready:
            self.ready = True
            notify.ready(f"watching {len(self.connected())} account(s)")

    def cycle(self) -> CycleReport:
        """Connect what can be, then one pipeline cycle over the connected accounts."""
        self.connect()
        assert self.rules is not None
        if not self.dry_run and labels_changed(self.store):
            learn(self.store)
        report = run_cycle(self.store, self.connected(), self.rules.current(), self.config,
                           self.now(), dry_run=self.dry_run, heartbeat=notify.watchdog,
                           progress=self.progress, personal=current_layer(self.store))
        for session in self.sessions:
            refusal = report.refused.get(session.account.name)
            if refusal is not None:
                session.leave_out(refusal.one_line())
            problem = session.disabled or (session.unreachable if session.mailbox is None
                                           else None)
            if problem and refusal is None:
                report.errors.append(f"{session.account.name}: {problem}")
                self._remember_problem(session.account, problem)
        return report

    def _remember_problem(self, account: Account, problem: str) -> None:
        """Keep a connection problem where `afterword status` shows it."""
        with self.store.transaction() as db:
            for folder in account.folders:
                record_sync_error(db, account.name, folder, problem)

    def reload(self) -> None:
        """SIGHUP: re-read config and rules; retry accounts whose credentials failed."""
        notify.reloading()
        if self.config.path is not None:
            try:
                config = load_config(self.config.path)
            except ConfigError as exc:
                log.error("reload: keeping the current config: %s", exc.one_line())
            else:
                self.close()
                self.config = config
                self._build_sessions()
                reschedule_pending_drafts(self.store, config, self.now())
        assert self.rules is not None
        self.rules.current(force=True)
        for session in self.sessions:
            session.disabled = None
        log.info("reloaded configuration and rules")
        notify.ready("reloaded")

    def wait_seconds(self, clock: DueClock) -> float:
        """How long to wait: the poll interval, shortened by the next due time and watchdog."""
        seconds = self.config.schedule.poll_interval.total_seconds()
        now = self.now()
        for due in clock.pending().values():
            seconds = min(seconds, max(0.0, (due - now).total_seconds()))
        watchdog = notify.watchdog_interval()
        return min(seconds, watchdog) if watchdog else seconds

    def wait(self, clock: DueClock, events: signals.Signals) -> None:
        seconds = self.wait_seconds(clock)
        pushing = [s.mailbox for s in self.sessions
                   if s.mailbox and kind_of(s.account).pushes(s.account)]
        if pushing:
            events.interruptible(lambda: pushing[0].wait_for_change(seconds))
        else:
            events.interruptible(lambda: clock.wait(seconds))

    def close(self) -> None:
        for session in self.sessions:
            session.close()


def serve(daemon: Daemon) -> int:
    """Run until SIGTERM/SIGINT; returns the exit status (0 on a requested stop)."""
    events = signals.install()
    try:
        with single_instance(data_dir()), DueClock() as clock:
            reschedule_pending_drafts(daemon.store, daemon.config, daemon.now())
            while True:
                events.check()
                if events.take_reload():
                    daemon.reload()
                try:
                    report = daemon.cycle()
                except DiskFull as exc:
                    # Nothing is lost (the cycle rolled back); wait and try again.
                    log.error("%s", exc.one_line())
                    daemon.wait(clock, events)
                    continue
                clock.rebuild_from_store(daemon.store)
                log.debug("cycle: %s", report.summary())
                notify.status(report.summary())
                notify.watchdog()
                daemon.wait(clock, events)
    except signals.ShutdownRequested:
        notify.stopping()
        log.info("stopping on request")
        return 0
    finally:
        daemon.close()
        events.restore()


def run_once(daemon: Daemon) -> CycleReport:
    """One full cycle, then disconnect (``afterword run --once``)."""
    try:
        with single_instance(data_dir()):
            reschedule_pending_drafts(daemon.store, daemon.config, daemon.now())
            return daemon.cycle()
    finally:
        daemon.close()
