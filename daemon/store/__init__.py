"""The SQLite state store: opening, locking, migrating, and explicit transactions.

One file (WAL mode, mode 0600) is the single source of truth. Writers use
:meth:`Store.transaction`, which runs ``BEGIN IMMEDIATE`` so two writers never
interleave. Domain queries live in sibling modules (``store.mail``,
``store.jobs``, ``store.apps``) and turn rows into dataclasses there.
"""

from __future__ import annotations

import errno
import logging
import math
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from afterword.daemon.errors import DiskFull, StoreError
from afterword.daemon.store.schema import MIGRATIONS, SCHEMA_VERSION
from afterword.parsers.company_names import compact

log = logging.getLogger(__name__)


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says the database could not grow (SQLITE_FULL or ENOSPC)."""
    if isinstance(exc, sqlite3.OperationalError):
        return "full" in str(exc).lower()
    return isinstance(exc, OSError) and exc.errno == errno.ENOSPC


def utcnow_iso() -> str:
    """The current time as stored: ISO 8601 in UTC, seconds precision."""
    return to_iso(datetime.now(UTC))


def to_iso(moment: datetime) -> str:
    """An aware datetime as the store's UTC text form."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def from_iso(text: str) -> datetime:
    """The inverse of :func:`to_iso`."""
    return datetime.fromisoformat(text)


class Store:
    """An open state database."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating if needed) and migrate the database at ``path``."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            os.close(fd)
            os.chmod(path, 0o600)
            connection = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the state database {path}: {exc}") from None
        connection.row_factory = sqlite3.Row
        register_functions(connection)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA busy_timeout = 10000")
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            store = cls(connection, path)
            store.migrate()
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise StoreError(f"{path} is not a usable Afterword database: {exc}") from None
        return store

    @classmethod
    def empty(cls) -> Store:
        """A store with the current schema and nothing in it, in memory: what a read-only
        command reads before Afterword has ever run, so it creates no file."""
        connection = sqlite3.connect(":memory:", isolation_level=None)
        connection.row_factory = sqlite3.Row
        register_functions(connection)
        store = cls(connection, Path(":memory:"))
        store.migrate()
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; rolls back on any exception."""
        with self.timed_batch(math.inf) as batch:
            yield batch.db

    def _raise_if_full(self, exc: BaseException) -> None:
        if is_disk_full(exc):
            raise DiskFull(f"the state database {self.path} cannot grow: {exc}",
                           hint=f"free space on the disk holding {self.path.parent}; "
                                "nothing was lost, the next cycle retries") from None

    @contextmanager
    def timed_batch(self, seconds: float,
                    on_commit: Callable[[], object] | None = None) -> Iterator[TimedBatch]:
        """A write transaction that commits every ``seconds`` when asked, and at the end.

        Long work (a first sync of thousands of messages) keeps its progress across a
        kill without paying one commit per message; ``on_commit`` runs after each commit
        (the service pings its watchdog there).
        """
        batch = TimedBatch(self.db, seconds, on_commit)
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield batch
            self.db.execute("COMMIT")
        except BaseException as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            self._raise_if_full(exc)
            raise
        if on_commit is not None:
            on_commit()

    @contextmanager
    def savepoint(self) -> Iterator[sqlite3.Connection]:
        """A nested unit inside a transaction: an exception rolls back its writes alone."""
        self.db.execute("SAVEPOINT one_unit")
        try:
            yield self.db
        except BaseException:
            if self.db.in_transaction:  # SQLITE_FULL may already have rolled back everything
                self.db.execute("ROLLBACK TO one_unit")
                self.db.execute("RELEASE one_unit")
            raise
        self.db.execute("RELEASE one_unit")

    def snapshot(self, path: Path) -> Store:
        """A private copy of this database at ``path`` (what ``--dry-run`` works on)."""
        target = sqlite3.connect(path)
        try:
            self.db.backup(target)
        finally:
            target.close()
        return Store.open(path)

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply every migration newer than the file's version, in one transaction."""
        with self.transaction() as db:
            current = int(db.execute("PRAGMA user_version").fetchone()[0])
            if current > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer Afterword (schema {current}, "
                    f"this one knows {SCHEMA_VERSION})", hint="upgrade afterword")
            for version in range(current, SCHEMA_VERSION):
                log.debug("migrating state database to schema %s", version + 1)
                for statement in _statements(MIGRATIONS[version]):
                    db.execute(statement)
            if current != SCHEMA_VERSION:
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")


class TimedBatch:
    """The open transaction of :meth:`Store.timed_batch`."""

    def __init__(self, db: sqlite3.Connection, seconds: float,
                 on_commit: Callable[[], object] | None) -> None:
        self.db = db
        self.seconds = seconds
        self.on_commit = on_commit
        self.started = time.monotonic()

    def commit_if_due(self) -> None:
        """Commit what is done and go on in a new transaction, once ``seconds`` have passed."""
        if time.monotonic() - self.started < self.seconds:
            return
        self.db.execute("COMMIT")
        if self.on_commit is not None:
            self.on_commit()
        self.db.execute("BEGIN IMMEDIATE")
        self.started = time.monotonic()


def register_functions(connection: sqlite3.Connection) -> None:
    """The SQL functions the schema and the queries use (``afterword_compact``)."""
    connection.create_function("afterword_compact", 1, _compact_or_none, deterministic=True)


def _compact_or_none(text: str | None) -> str | None:
    """SQL ``afterword_compact(x)``: the linker's key for an ATS tenant (for migrations)."""
    return compact(text) if text else None


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    return [part.strip() for part in script.split(";") if part.strip()]
