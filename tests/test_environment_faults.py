"""A full disk is one clear line and loses nothing; the next cycle carries on where it stopped."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from afterword.daemon.cli import main
from afterword.daemon.errors import DiskFull
from afterword.daemon.mailbox import maildir as maildir_module
from afterword.daemon.pipeline import run_cycle
from afterword.daemon.store import Store
from afterword.daemon.store.mail import messages_by_message_id
from afterword.parsers import RuleSet
from tests.support import poison
from tests.support.rejections import a_config
from tests.test_poison_fuzz import ListMailbox

NOW = datetime.now(UTC)


def rejections(count: int) -> list[bytes]:
    return [poison.ordinary_rejection(f"Employer {n}", "Analyst", n, NOW) for n in range(count)]


def full_from_now_on(store: Store) -> None:
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_store_stops_the_cycle_with_a_typed_error_and_the_next_cycle_loses_nothing(
        tmp_path: Path) -> None:
    mail = rejections(60)
    mailbox = ListMailbox(mail)
    with Store.open(tmp_path / "state.db") as store:
        full_from_now_on(store)
        with pytest.raises(DiskFull) as raised:
            run_cycle(store, {mailbox.account: mailbox}, RuleSet.load(), a_config(), NOW)
        assert "cannot grow" in raised.value.one_line()
    with Store.open(tmp_path / "state.db") as store:
        report = run_cycle(store, {mailbox.account: mailbox}, RuleSet.load(), a_config(), NOW)
        assert report.errors == []
        assert all(messages_by_message_id(store.db, f"<ordinary-{n}@employer-{n}.example>")
                   for n in range(60))


@pytest.fixture
def maildir_config(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    from tests.test_poison_mail import maildir_account

    config, maildir = maildir_account(tmp_path)
    for n, raw in enumerate(rejections(3)):
        (maildir / "new" / f"{n}.ordinary.host").write_bytes(raw)
    yield config, maildir


def test_a_full_store_under_run_once_is_one_line_and_exit_status_2(
        maildir_config: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    config, maildir = maildir_config
    for n, raw in enumerate(rejections(60)):
        (maildir / "new" / f"{n}.more.host").write_bytes(raw)
    opened = Store.open.__func__  # type: ignore[attr-defined]

    def open_nearly_full(cls: type[Store], path: Path) -> Store:
        store: Store = opened(cls, path)
        full_from_now_on(store)
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_nearly_full))
    assert main(["--config", str(config), "run", "--once"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if "cannot grow" in line] != []


class FullDisk:
    """A file object whose writes fail as on a full disk."""

    def __init__(self, descriptor: int, mode: str) -> None:
        self.descriptor = descriptor

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *exc: Any) -> None:
        os.close(self.descriptor)

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_under_the_maildir_drafts_is_one_warning_and_the_draft_comes_later(
        maildir_config: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    config, maildir = maildir_config
    with monkeypatch.context() as disk:
        disk.setattr(maildir_module.os, "fdopen", FullDisk)
        assert main(["--config", str(config), "run", "--once"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "No space left on device" in err
    assert list((maildir / ".Drafts" / "tmp").glob("*")) == []
    assert list((maildir / ".Drafts" / "cur").glob("*")) == []
    assert main(["--config", str(config), "run", "--once"]) == 0
    assert len(list((maildir / ".Drafts" / "cur").glob("*"))) == 3


def test_sqlite_reports_a_full_database_as_disk_full() -> None:
    from afterword.daemon.store import is_disk_full

    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert not is_disk_full(sqlite3.OperationalError("no such table: x"))
