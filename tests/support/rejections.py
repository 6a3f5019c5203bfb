"""Stories for the job tests: a configuration and rejections recorded as the pipeline would."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from afterword.daemon.config import Config, Detection, DraftingWindow, Identity, Schedule
from afterword.daemon.followup.due_work import ScheduledRejection, schedule_rejection
from afterword.daemon.mailbox.accounts import MaildirAccount
from afterword.daemon.store import Store, to_iso
from afterword.daemon.store.details import MessageDetails
from afterword.daemon.store.mail import record_message

BERLIN = ZoneInfo("Europe/Berlin")
IMMEDIATE = Schedule(cooling_off_business_days=0, drafting_window=DraftingWindow(None, None),
                     reminder_after_business_days=0, timezone=BERLIN)


def a_config(schedule: Schedule = IMMEDIATE, **detection: Any) -> Config:
    """One Maildir-like account, Sam's identity, and the given schedule."""
    return Config(
        path=None,
        identity=Identity(name="Sam Carter", email="sam@example.org", signature="Sam"),
        schedule=schedule,
        detection=replace(Detection(), **detection),
        accounts=(MaildirAccount(name="personal", path=Path("Maildir")),),
    )


def acme_details(**changes: Any) -> dict[str, Any]:
    """What the parser says about Acme's rejection of Sam."""
    details: dict[str, Any] = {
        "subject": "Your application for Data Analyst",
        "message_id": "<r-42@ats.example.com>",
        "references": ["<confirm-1@ats.example.com>"],
        "thread_id": None,
        "reply_to": "jamie.lee@acme.example",
        "recipient_name": "Jamie Lee",
        "company": "Acme Analytics",
        "role": "Data Analyst",
        "language": "en",
        "no_feedback_policy": False,
        "had_interview": False,
    }
    details.update(changes)
    return details


def record_a_rejection(store: Store, config: Config, *, received_at: datetime, now: datetime,
                       message_id: str = "<r-42@ats.example.com>",
                       **details: Any) -> ScheduledRejection:
    """Store the rejection message and schedule its draft, in one transaction."""
    info = acme_details(message_id=message_id, **details)
    with store.transaction() as db:
        row = record_message(
            db, account="personal", folder="INBOX", ref_key=f"1:{message_id}",
            message_id=message_id, thread_id=None, subject=info["subject"],
            from_addr=info["reply_to"], sent_at=received_at, kind="rejection", score=5.0,
            language="en", details=MessageDetails.from_mapping(info))
        if row is None:
            found = db.execute("SELECT id FROM messages WHERE message_id = ?",
                               (message_id,)).fetchone()
            row = found["id"]
        return schedule_rejection(db, message_row=row, account="personal",
                                  rejection_message_id=message_id, received_at=received_at,
                                  now=now, config=config)


def link_to_application(store: Store, message_id: str, *, company: str = "Acme Analytics",
                        muted: bool = False, contact: tuple[str, str] | None = None) -> int:
    """Link the stored message to a tracked application, as the linking step would."""
    stamp = to_iso(datetime(2026, 3, 1, tzinfo=BERLIN))
    with store.transaction() as db:
        app = db.execute(
            "INSERT INTO applications (company, company_key, role, stage, created_from, muted, "
            "created_at, updated_at) VALUES (?, lower(?), 'Data Analyst', 'rejected', 'mail', "
            "?, ?, ?)", (company, company, int(muted), stamp, stamp)).lastrowid
        row = db.execute("SELECT id FROM messages WHERE message_id = ?",
                         (message_id,)).fetchone()["id"]
        db.execute("INSERT INTO links (message_row, application_id, reason, confidence, "
                   "created_at) VALUES (?, ?, 'test', 1.0, ?)", (row, app, stamp))
        if contact is not None:
            db.execute("INSERT INTO contacts (application_id, name, address) VALUES (?, ?, ?)",
                       (app, contact[0], contact[1]))
    assert app is not None
    return app


def label_not_rejection(store: Store, message_id: str) -> None:
    with store.transaction() as db:
        db.execute("INSERT INTO labels (message_id, label, created_at) "
                   "VALUES (?, 'not-rejection', 'now')", (message_id,))
