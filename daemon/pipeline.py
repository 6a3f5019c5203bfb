"""One cycle of the daemon's job: read new mail, classify, link, schedule; then due work.

For every watched folder the pipeline reads bounded batches through the
:class:`~daemon.mailbox.base.Mailbox` protocol and stores each batch in one
transaction together with the folder's new cursor, so a crash re-reads a batch
and never loses one; a message already recorded (same account and Message-ID)
is skipped, which makes re-polls and UIDVALIDITY rescans harmless. Then the
due drafts are written and the due reminders fired (:mod:`daemon.jobs_runner`).

The pipeline never asks which backend it holds.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from daemon.config import Config
from daemon.corrections import effective_kind
from daemon.errors import AfterwordError, CredentialError, MailboxUnavailable
from daemon.jobs_runner import (
    FiredReminder,
    WrittenDraft,
    deliver_due_reminders,
    schedule_rejection,
    write_due_drafts,
)
from daemon.linking import JobEmail, LinkDecision, link_job_email
from daemon.mailbox.base import FetchedMessage, Mailbox
from daemon.store import Store
from daemon.store.mail import get_cursor as stored_cursor
from daemon.store.mail import (
    is_seen,
    record_message,
    record_sync_error,
    save_cursor,
    set_details,
)
from parsers import Classification, MessageParseError, ParsedEmail, RuleSet, analyse

log = logging.getLogger(__name__)

JOB_KINDS = ("rejection", "application_received", "interview", "offer")
BATCH_SIZE = 100


@dataclass(frozen=True)
class Ingested:
    """A new message the cycle recorded, and what became of it."""

    account: str
    message_id: str
    subject: str
    kind: str
    company: str | None = None
    role: str | None = None
    application_id: int | None = None
    link_reason: str | None = None
    status: str | None = None
    draft_due_at: datetime | None = None


@dataclass
class CycleReport:
    """Everything one cycle did, for logs, ``--once`` output and sd_notify STATUS."""

    ingested: list[Ingested] = field(default_factory=list)
    drafts: list[WrittenDraft] = field(default_factory=list)
    reminders: list[FiredReminder] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    refused: dict[str, CredentialError] = field(default_factory=dict)

    def summary(self, *, dry_run: bool = False) -> str:
        rejections = sum(1 for item in self.ingested if item.kind == "rejection")
        delivered = sum(1 for item in self.reminders if item.state == "delivered")
        written, sent = ("would be written", "would be delivered") if dry_run \
            else ("written", "delivered")
        text = (f"{len(self.ingested)} new message(s), {rejections} rejection(s), "
                f"{len(self.drafts)} draft(s) {written}, {delivered} reminder(s) {sent}")
        return text + (f", {len(self.errors)} error(s)" if self.errors else "")


def synthetic_message_id(raw: bytes) -> str:
    """A stable stand-in for a message that has no Message-ID header."""
    return f"<{hashlib.sha256(raw).hexdigest()[:32]}@no-message-id.afterword.invalid>"


def _received_at(parsed: ParsedEmail | None, fetched: FetchedMessage, now: datetime) -> datetime:
    """When the message arrived: its Date header, never in the future."""
    moment = (parsed.date if parsed else None) or fetched.internal_date or now
    return min(moment, now)


def _details(parsed: ParsedEmail, found: Classification, fetched: FetchedMessage,
             message_id: str) -> dict[str, object]:
    return {
        "subject": parsed.subject, "message_id": message_id,
        "in_reply_to": parsed.in_reply_to, "references": list(parsed.references),
        "thread_id": fetched.thread_id, "from_name": parsed.from_name,
        "reply_to": found.reply_to, "recipient_name": found.recipient_name,
        "company": found.company, "role": found.role, "language": found.language,
        "no_feedback_policy": found.no_feedback_policy, "ats": found.ats,
        "job_related": found.job_related, "had_interview": False,
        "evidence": [[item.rule, item.weight] for item in found.evidence[:8]],
    }


def _job_email(row: int, message_id: str, kind: str, parsed: ParsedEmail,
               found: Classification, fetched: FetchedMessage) -> JobEmail:
    return JobEmail(
        message_row=row, message_id=message_id, in_reply_to=parsed.in_reply_to,
        references=parsed.references, thread_id=fetched.thread_id, kind=kind,
        sent_at=parsed.date, subject=parsed.subject, from_addr=parsed.from_addr,
        from_name=parsed.from_name, reply_to=found.reply_to,
        recipient_name=found.recipient_name, company=found.company, role=found.role,
        ats=found.ats, ats_tenant=found.ats_tenant)


def _thread_ids(parsed: ParsedEmail) -> list[str]:
    """The Message-IDs a message answers: its In-Reply-To, then its References."""
    return list(dict.fromkeys(i for i in (parsed.in_reply_to, *parsed.references) if i))


def _had_interview(db: sqlite3.Connection, application_id: int | None) -> bool:
    if application_id is None:
        return False
    row = db.execute("SELECT 1 FROM links JOIN messages ON messages.id = links.message_row "
                     "WHERE links.application_id = ? AND messages.kind = 'interview' LIMIT 1",
                     (application_id,)).fetchone()
    return row is not None


def ingest_message(db: sqlite3.Connection, fetched: FetchedMessage, rules: RuleSet,
                   config: Config, now: datetime) -> Ingested | None:
    """Classify, record, link and schedule one message; None when already recorded."""
    account = fetched.ref.account
    message_id = fetched.message_id or synthetic_message_id(fetched.raw)
    if is_seen(db, account, message_id):
        return None
    try:
        parsed, found = analyse(fetched.raw, rules)
    except MessageParseError as exc:
        log.warning("%s %s: unreadable message recorded as other (%s)",
                    account, fetched.ref.folder, exc)
        record_message(db, account=account, folder=fetched.ref.folder, ref_key=fetched.ref.key,
                       message_id=message_id, thread_id=fetched.thread_id, subject="",
                       from_addr=None, sent_at=fetched.internal_date, kind="other", score=0.0,
                       language=None, details={"error": str(exc)})
        return Ingested(account, message_id, "", "other")
    kind = effective_kind(db, message_id, found.kind.value)
    details = _details(parsed, found, fetched, message_id)
    row = record_message(db, account=account, folder=fetched.ref.folder, ref_key=fetched.ref.key,
                         message_id=message_id, thread_id=fetched.thread_id,
                         subject=parsed.subject, from_addr=parsed.from_addr,
                         sent_at=parsed.date, kind=kind, score=found.score,
                         language=found.language, details=details)
    if row is None:
        return None
    if kind not in JOB_KINDS or not (found.job_related or kind == "rejection"):
        return Ingested(account, message_id, parsed.subject, kind)
    decision = link_job_email(db, _job_email(row, message_id, kind, parsed, found, fetched))
    ingested = _linked(account, message_id, parsed, found, kind, decision)
    if kind != "rejection":
        log.info("%s: %s from %s linked to application #%s (%s)", account, kind,
                 found.company or parsed.from_addr, decision.application_id, decision.reason)
        return ingested
    if _had_interview(db, decision.application_id):
        set_details(db, row, {**details, "had_interview": True})
    scheduled = schedule_rejection(db, message_row=row, account=account,
                                   rejection_message_id=message_id,
                                   received_at=_received_at(parsed, fetched, now), now=now,
                                   config=config, thread_ids=_thread_ids(parsed))
    log.info("%s: new rejection from %s linked to application #%s (%s); %s", account,
             found.company or parsed.from_addr, decision.application_id, decision.reason,
             f"draft due at {scheduled.draft_due_at.isoformat()}" if scheduled.draft_due_at
             else f"no draft ({scheduled.status})")
    return replace(ingested, status=scheduled.status, draft_due_at=scheduled.draft_due_at)


def _linked(account: str, message_id: str, parsed: ParsedEmail, found: Classification,
            kind: str, decision: LinkDecision) -> Ingested:
    return Ingested(account, message_id, parsed.subject, kind, found.company, found.role,
                    decision.application_id, decision.reason)


def sync_folder(store: Store, mailbox: Mailbox, folder: str, rules: RuleSet, config: Config,
                now: datetime) -> list[Ingested]:
    """Read everything new in one folder, committing batch by batch with the cursor."""
    since = now - timedelta(days=config.schedule.max_age_days)
    cursor = stored_cursor(store.db, mailbox.account, folder)
    found: list[Ingested] = []
    for batch in mailbox.fetch_new(folder, cursor, since=since, batch_size=BATCH_SIZE):
        with store.transaction() as db:
            for fetched in batch.messages:
                result = _ingest_isolated(db, fetched, rules, config, now)
                if result is not None:
                    found.append(result)
            save_cursor(db, mailbox.account, batch.folder, batch.cursor)
    return found


def _ingest_isolated(db: sqlite3.Connection, fetched: FetchedMessage, rules: RuleSet,
                     config: Config, now: datetime) -> Ingested | None:
    """:func:`ingest_message` inside a savepoint, so one message can never block the rest.

    A failure here is a bug in Afterword, not bad mail (that is MessageParseError,
    handled inside). Its partial writes are rolled back, the message is recorded as
    'other' with the error, one line is logged, and the mail behind it is still
    read; without this, the same message would abort its batch on every cycle.
    """
    db.execute("SAVEPOINT one_message")
    try:
        result = ingest_message(db, fetched, rules, config, now)
    except Exception as exc:
        db.execute("ROLLBACK TO one_message")
        db.execute("RELEASE one_message")
        message_id = fetched.message_id or synthetic_message_id(fetched.raw)
        log.error("%s %s: message %s skipped after an internal error (%s); please report "
                  "it with `afterword check` output", fetched.ref.account, fetched.ref.folder,
                  message_id, type(exc).__name__, exc_info=log.isEnabledFor(logging.DEBUG))
        record_message(db, account=fetched.ref.account, folder=fetched.ref.folder,
                       ref_key=fetched.ref.key, message_id=message_id,
                       thread_id=fetched.thread_id, subject="", from_addr=None,
                       sent_at=fetched.internal_date, kind="other", score=0.0, language=None,
                       details={"error": f"internal error: {type(exc).__name__}"})
        return Ingested(fetched.ref.account, message_id, "", "other")
    db.execute("RELEASE one_message")
    return result


def run_cycle(store: Store, mailboxes: Mapping[str, Mailbox], rules: RuleSet, config: Config,
              now: datetime, *, dry_run: bool = False) -> CycleReport:
    """Sync every connected mailbox, then write due drafts and fire due reminders."""
    report = CycleReport()
    for account, mailbox in mailboxes.items():
        for folder in mailbox.watched_folders():
            try:
                report.ingested.extend(sync_folder(store, mailbox, folder, rules, config, now))
            except AfterwordError as exc:
                if isinstance(exc, MailboxUnavailable):
                    log.warning("%s %s: %s; will retry next cycle", account, folder,
                                exc.one_line())
                else:
                    log.error("%s %s: %s", account, folder, exc.one_line())
                report.errors.append(f"{account}: {exc.one_line()}")
                if isinstance(exc, CredentialError):
                    report.refused[account] = exc
                with store.transaction() as db:
                    record_sync_error(db, account, folder, exc.one_line())
                if isinstance(exc, CredentialError):
                    break
    report.drafts = write_due_drafts(store, mailboxes, now, config=config, dry_run=dry_run)
    report.reminders = deliver_due_reminders(store, mailboxes, now, config=config,
                                             dry_run=dry_run)
    return report
