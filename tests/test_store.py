"""The state database: private file, versioned schema, exactly-once enforced by constraints."""

from __future__ import annotations

import json
import sqlite3
import stat
import zlib
from pathlib import Path

import pytest

from afterword.daemon.store import Store, register_functions
from afterword.daemon.store.details import MessageDetails
from afterword.daemon.store.labels import all_features, save_features
from afterword.daemon.store.mail import get_cursor, record_message, save_cursor
from afterword.daemon.store.schema import MIGRATIONS, SCHEMA_VERSION


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "state" / "afterword.sqlite3") as opened:
        yield opened


def a_message(db: sqlite3.Connection, message_id: str = "<r1@example.com>") -> int | None:
    return record_message(db, account="personal", folder="INBOX", ref_key="7:1",
                          message_id=message_id, thread_id=None, subject="Your application",
                          from_addr="jobs@example.com", sent_at=None, kind="rejection",
                          score=5.0, language="en", details=MessageDetails())


def test_database_is_private_and_in_wal_mode(store: Store) -> None:
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.schema_version() == SCHEMA_VERSION


def test_a_first_version_database_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    old.execute("INSERT INTO messages (account, folder, ref_key, message_id, kind, "
                "first_seen_at) VALUES ('a', 'INBOX', '1:1', '<kept@x>', 'rejection', 'now')")
    old.commit()
    old.close()
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        row = store.db.execute("SELECT message_id, details FROM messages").fetchone()
        assert tuple(row) == ("<kept@x>", "{}")
        assert store.db.execute("SELECT count(*) FROM applications").fetchone()[0] == 0


def test_the_same_message_is_recorded_once_per_account(store: Store) -> None:
    with store.transaction() as db:
        assert a_message(db) is not None
        assert a_message(db) is None
    assert store.db.execute("SELECT count(*) FROM messages").fetchone()[0] == 1


def test_the_database_refuses_a_second_draft_or_reminder_for_one_rejection(store: Store) -> None:
    with store.transaction() as db:
        row = a_message(db)
        rejection = db.execute("INSERT INTO rejections (message_row, received_at, status) "
                               "VALUES (?, 'now', 'waiting')", (row,)).lastrowid
        db.execute("INSERT INTO drafts (rejection_id, message_id, due_at, state) "
                   "VALUES (?, '<d1@afterword>', 'now', 'scheduled')", (rejection,))
        db.execute("INSERT INTO reminders (rejection_id, message_id, due_at, state) "
                   "VALUES (?, '<m1@afterword>', 'now', 'scheduled')", (rejection,))
    for table, mid in (("drafts", "<d2@afterword>"), ("reminders", "<m2@afterword>")):
        with pytest.raises(sqlite3.IntegrityError), store.transaction() as db:
            db.execute(f"INSERT INTO {table} (rejection_id, message_id, due_at, state) "
                       "VALUES (?, ?, 'now', 'scheduled')", (rejection, mid))


def test_a_failed_transaction_leaves_the_cursor_where_it_was(store: Store) -> None:
    with store.transaction() as db:
        save_cursor(db, "personal", "INBOX", "7:10")
    with pytest.raises(RuntimeError), store.transaction() as db:
        save_cursor(db, "personal", "INBOX", "7:20")
        raise RuntimeError("crash before commit")
    assert get_cursor(store.db, "personal", "INBOX") == "7:10"


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_database_of_every_past_version_migrates_to_the_current_one(
        tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    register_functions(old)
    for migration in MIGRATIONS[:version]:
        old.executescript(migration)
    old.execute(f"PRAGMA user_version = {version}")
    old.commit()
    old.close()
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_applications_from_before_the_link_keys_are_found_by_them_after_migrating(
        tmp_path: Path) -> None:
    from afterword.daemon.store.apps import link_candidates

    path = tmp_path / "v4.sqlite3"
    old = sqlite3.connect(path)
    for migration in MIGRATIONS[:4]:
        old.executescript(migration)
    old.execute("PRAGMA user_version = 4")
    old.execute("INSERT INTO applications (company, company_key, ats_tenant, domain, stage, "
                "created_from, created_at, updated_at) VALUES ('Acme Robotics', "
                "'acme robotics', 'Acme-Robotics', 'acme.example', 'applied', 'mail', 'n', 'n')")
    old.commit()
    old.close()
    with Store.open(path) as store:
        for keys in ({"company_key": "acme", "tenant": None, "domain": None},
                     {"company_key": "acme robotics gmbh", "tenant": None, "domain": None},
                     {"company_key": "acmerobotics", "tenant": None, "domain": None},
                     {"company_key": None, "tenant": "acmerobotics", "domain": None},
                     {"company_key": None, "tenant": None, "domain": "acme.example"}):
            assert [a.company for a in link_candidates(store.db, **keys)] == ["Acme Robotics"]
        assert link_candidates(store.db, company_key="fabrikam", tenant=None, domain=None) == []


def test_kept_features_read_back_as_written_including_rows_from_before_grouping(
        store: Store) -> None:
    features = {"w:regret": 0.25, "w:position": 0.25, "r:decision": 1.5, "h:ats_sender": 1.0}
    with store.transaction() as db:
        grouped = a_message(db, "<grouped@example.com>")
        plain = a_message(db, "<plain@example.com>")
        assert grouped is not None and plain is not None
        save_features(db, grouped, features)
        db.execute("INSERT INTO message_features (message_row, features) VALUES (?, ?)",
                   (plain, zlib.compress(json.dumps(features).encode())))

    kept = {stored.message_id: stored.features for stored in all_features(store.db)}

    assert kept == {"<grouped@example.com>": features, "<plain@example.com>": features}
