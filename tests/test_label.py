"""``afterword label``: corrections are stored, win over the classifier, and stop drafts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from afterword.daemon.cli import main
from afterword.daemon.config import config_from_dict
from afterword.daemon.detection.corrections import effective_kind, labels_of
from afterword.daemon.mailbox.base import FetchedMessage, MessageRef
from afterword.daemon.paths import state_db_path
from afterword.daemon.pipeline import ingest_message
from afterword.daemon.store import Store
from afterword.daemon.store.details import MessageDetails
from afterword.daemon.store.mail import record_message
from afterword.parsers import RuleSet
from tests.support.job_mail import REJECTED

REJECTION_ID = "<r-1@nordwind.example>"


@pytest.fixture
def store() -> Iterator[Store]:
    """The user's (isolated) state database."""
    with Store.open(state_db_path()) as opened:
        yield opened


def planned_rejection(store: Store, *, draft_state: str = "scheduled") -> int:
    """A rejection Afterword recorded, with its draft and reminder; returns the rejection id."""
    with store.transaction() as db:
        row = record_message(
            db, account="work", folder="INBOX", ref_key="1:7", message_id=REJECTION_ID,
            thread_id=None, subject="Your application", from_addr="jobs@nordwind.example",
            sent_at=datetime(2026, 3, 2, 9, tzinfo=UTC), kind="rejection", score=0.9,
            language="en", details=MessageDetails())
        rejection = db.execute(
            "INSERT INTO rejections (message_row, received_at, status) "
            "VALUES (?, '2026-03-02T09:00:00+00:00', 'waiting')", (row,)).lastrowid
        db.execute("INSERT INTO drafts (rejection_id, message_id, due_at, state) VALUES "
                   "(?, '<draft-1@afterword>', '2026-03-05T09:00:00+00:00', ?)",
                   (rejection, draft_state))
        db.execute("INSERT INTO reminders (rejection_id, message_id, due_at, state) VALUES "
                   "(?, '<reminder-1@afterword>', '2026-03-14T09:00:00+00:00', 'scheduled')",
                   (rejection,))
    assert isinstance(rejection, int)
    return rejection


def states(store: Store, rejection: int) -> tuple[Any, ...]:
    db = store.db
    return (
        db.execute("SELECT state FROM drafts WHERE rejection_id = ?", (rejection,)).fetchone()[0],
        db.execute("SELECT state FROM reminders WHERE rejection_id = ?",
                   (rejection,)).fetchone()[0],
        tuple(db.execute("SELECT status, reason FROM rejections WHERE id = ?",
                         (rejection,)).fetchone()),
    )


def test_a_correction_stops_a_scheduled_draft_and_reminder(store: Store, capsys) -> None:
    rejection = planned_rejection(store)
    assert main(["label", REJECTION_ID, "not-rejection"]) == 0
    out = capsys.readouterr().out
    assert "Cancelled 1 scheduled draft(s) and 1 reminder(s)." in out
    assert states(store, rejection) == (
        "cancelled", "cancelled", ("skipped", "labelled not-rejection"))
    assert effective_kind(store.db, REJECTION_ID, "rejection") == "other"


def test_a_message_labelled_ahead_is_not_scheduled_when_it_arrives(store: Store,
                                                                  tmp_path: Path) -> None:
    assert main(["label", REJECTED.message_id, "not-rejection"]) == 0
    config = config_from_dict({"accounts": [{"name": "work", "kind": "maildir",
                                             "path": str(tmp_path)}]})
    fetched = FetchedMessage(MessageRef("work", "INBOX", "1"), REJECTED.raw(),
                             REJECTED.message_id)
    with store.transaction() as db:
        ingested = ingest_message(db, fetched, RuleSet.load(), config,
                                  datetime(2026, 3, 2, 10, tzinfo=UTC))
    assert ingested is not None and ingested.kind == "other"
    assert store.db.execute("SELECT COUNT(*) FROM rejections").fetchone()[0] == 0


def test_a_batch_reads_its_labels_once_in_either_form(store: Store) -> None:
    with store.transaction() as db:
        db.execute("INSERT INTO labels (message_id, label, created_at) VALUES "
                   "('a-1@mail.example', 'rejection', ''), ('<a-2@mail.example>', 'offer', '')")
    assert labels_of(store.db, ["<a-1@mail.example>", "a-2@mail.example", "<a-3@x.example>"]) \
        == {"<a-1@mail.example>": "rejection", "<a-2@mail.example>": "offer"}
    assert labels_of(store.db, []) == {}


def test_a_message_labelled_ahead_keeps_its_label_when_its_batch_arrives(
        store: Store, tmp_path: Path) -> None:
    assert main(["label", REJECTED.message_id, "not-rejection"]) == 0
    config = config_from_dict({"accounts": [{"name": "work", "kind": "maildir",
                                             "path": str(tmp_path)}]})
    fetched = FetchedMessage(MessageRef("work", "INBOX", "1"), REJECTED.raw(),
                             REJECTED.message_id)
    batch_labels = labels_of(store.db, [REJECTED.message_id])
    with store.transaction() as db:
        ingested = ingest_message(db, fetched, RuleSet.load(), config,
                                  datetime(2026, 3, 2, 10, tzinfo=UTC), labels=batch_labels)
    assert ingested is not None and ingested.kind == "other"


def test_a_draft_already_written_is_reported_not_touched(store: Store, capsys) -> None:
    rejection = planned_rejection(store, draft_state="written")
    assert main(["label", REJECTION_ID.strip("<>"), "not-rejection", "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert (done["drafts_cancelled"], done["reminders_cancelled"],
            done["drafts_already_written"], done["seen_as"]) == (0, 1, 1, ["rejection"])
    assert states(store, rejection)[0] == "written"


def test_labelling_again_replaces_the_earlier_label(store: Store) -> None:
    assert main(["label", "<m-2@mail.example>", "not-rejection"]) == 0
    assert main(["label", "m-2@mail.example", "rejection"]) == 0
    rows = store.db.execute("SELECT message_id, label FROM labels").fetchall()
    assert [tuple(r) for r in rows] == [("<m-2@mail.example>", "rejection")]
    assert effective_kind(store.db, "m-2@mail.example", "other") == "rejection"


def test_a_rejection_label_keeps_the_planned_draft(store: Store) -> None:
    rejection = planned_rejection(store)
    assert main(["label", REJECTION_ID, "rejection"]) == 0
    assert states(store, rejection) == ("scheduled", "scheduled", ("waiting", None))


@pytest.mark.parametrize(("classified", "label", "effective"), [
    ("rejection", None, "rejection"),
    ("interview", None, "interview"),
    ("rejection", "not-rejection", "other"),
    ("interview", "not-rejection", "interview"),
    ("other", "rejection", "rejection"),
])
def test_effective_kind_follows_the_correction(store: Store, classified: str,
                                               label: str | None, effective: str) -> None:
    if label is not None:
        assert main(["label", "<m-3@mail.example>", label]) == 0
    assert effective_kind(store.db, "<m-3@mail.example>", classified) == effective


def test_unlabelled_message_without_id_keeps_its_kind(store: Store) -> None:
    assert effective_kind(store.db, None, "rejection") == "rejection"


def test_a_message_not_yet_read_can_be_labelled_ahead(capsys) -> None:
    assert main(["label", "<later@mail.example>", "not_rejection"]) == 0
    assert "has not read this message yet" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["<x@mail.example>", "maybe"],
     "unknown label 'maybe' (one of rejection, interview, offer, application_received, "
     "other, feedback, not-rejection)"),
    (["not an id", "rejection"], "'not an id' is not a Message-ID"),
])
def test_bad_input_is_refused(args: list[str], message: str, capsys) -> None:
    assert main(["label", *args]) == 2
    assert message in capsys.readouterr().err
