"""One cycle of the daemon's job: read new mail, classify, link, schedule; then due work.

For every watched folder the pipeline reads bounded batches through the
:class:`~afterword.daemon.mailbox.base.Mailbox` protocol and stores each batch in one
transaction together with the folder's new cursor, so a crash re-reads a batch
and never loses one; a message already recorded (same account and Message-ID)
is skipped, which makes re-polls and UIDVALIDITY rescans harmless. Then the
due drafts are written and the due reminders fired (:mod:`afterword.daemon.followup.due_work`).

The pipeline never asks which backend it holds.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from afterword.daemon.applications.linking import JobEmail, LinkDecision, link_job_email
from afterword.daemon.config import Config
from afterword.daemon.detection.ahead import AHEAD_MIN, ClassifyAhead, Prepared
from afterword.daemon.detection.corrections import corrected_kind, label_for, labels_of
from afterword.daemon.errors import (
    AfterwordError,
    CredentialError,
    DiskFull,
    MailboxUnavailable,
    reason_of,
)
from afterword.daemon.followup.due_work import (
    FiredReminder,
    WrittenDraft,
    account_email,
    deliver_due_reminders,
    schedule_rejection,
    write_due_drafts,
)
from afterword.daemon.mailbox.base import FetchedMessage, Mailbox, MessageRef
from afterword.daemon.store import Store, is_disk_full
from afterword.daemon.store import jobs as store_jobs
from afterword.daemon.store.apps import had_interview, set_link
from afterword.daemon.store.details import MessageDetails
from afterword.daemon.store.failures import (
    FailureState,
    MessageAt,
    MessageFailure,
    Stage,
    clear_failure,
    done_in_flight,
    is_held,
    left_in_flight,
    mark_in_flight,
    record_failure,
    retrying,
)
from afterword.daemon.store.labels import save_features
from afterword.daemon.store.mail import get_cursor as stored_cursor
from afterword.daemon.store.mail import (
    is_seen,
    record_message,
    record_sync_error,
    save_cursor,
    set_details,
)
from afterword.parsers import (
    Classification,
    MessageParseError,
    ParsedEmail,
    RuleSet,
    classify,
    parse_message,
)
from afterword.parsers.message_ids import bracketed
from afterword.parsers.personal import PersonalLayer

log = logging.getLogger(__name__)

JOB_KINDS = ("rejection", "application_received", "interview", "offer")
#: How much of an employer's answer is kept with the application.
_FEEDBACK_CHARS = 4000
#: Messages per mailbox fetch; the cursor is saved after each.
BATCH_SIZE = 100
#: Longest stretch of work between two commits: a kill loses at most this much.
BATCH_SECONDS = 1.0


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
        delivered = sum(1 for item in self.reminders
                        if item.state is store_jobs.ReminderState.DELIVERED)
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
             message_id: str) -> MessageDetails:
    return MessageDetails(
        subject=parsed.subject, message_id=message_id, in_reply_to=parsed.in_reply_to,
        references=tuple(parsed.references), thread_id=fetched.thread_id,
        from_name=parsed.from_name, reply_to=found.reply_to,
        ignored_reply_to=found.ignored_reply_to, recipient_name=found.recipient_name,
        company=found.company, role=found.role, language=found.language,
        no_feedback_policy=found.no_feedback_policy, ats=found.ats,
        job_related=found.job_related,
        evidence=tuple((item.rule, item.weight) for item in found.evidence[:8]),
        reasons=tuple((tag, evidence.text) for tag, evidence in found.reasons))


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


@dataclass
class StageMark:
    """How far :func:`ingest_message` got with a message, for the record when it fails."""

    stage: Stage = Stage.PARSE
    subject: str = ""


def ingest_message(db: sqlite3.Connection, fetched: FetchedMessage, rules: RuleSet,
                   config: Config, now: datetime, *, mark: StageMark | None = None,
                   personal: PersonalLayer | None = None,
                   labels: Mapping[str, str] | None = None,
                   prepared: Prepared | None = None) -> Ingested | None:
    """Classify, record, link and schedule one message; None when already recorded.

    ``labels``: the user's labels of the batch this message came in (bracketed Message-ID →
    label), read once for the batch; without it the message's own label is looked up.
    ``prepared``: the message already parsed and classified by :class:`ClassifyAhead`.
    """
    mark = mark if mark is not None else StageMark()
    account = fetched.ref.account
    message_id = fetched.message_id or synthetic_message_id(fetched.raw)
    if is_seen(db, account, message_id):
        return None
    try:
        mark.stage = Stage.PARSE
        parsed = prepared.parsed if prepared else parse_message(fetched.raw)
        mark.stage, mark.subject = Stage.CLASSIFY, parsed.subject
        found = prepared.found if prepared else classify(parsed, rules, personal=personal)
    except MessageParseError as exc:
        log.warning("%s %s: unreadable message recorded as other (%s)",
                    account, fetched.ref.folder, exc)
        record_message(db, account=account, folder=fetched.ref.folder, ref_key=fetched.ref.key,
                       message_id=message_id, thread_id=fetched.thread_id, subject="",
                       from_addr=None, sent_at=fetched.internal_date, kind="other", score=0.0,
                       language=None, details=MessageDetails(error=str(exc)))
        return Ingested(account, message_id, "", "other")
    label = labels.get(bracketed(message_id)) if labels is not None and fetched.message_id \
        else label_for(db, message_id)
    kind = corrected_kind(label, found.kind.value)
    details = _details(parsed, found, fetched, message_id)
    answered = None if _from_user(config, account, parsed) else \
        store_jobs.answered_request(db, _thread_ids(parsed))
    if answered is not None:
        kind = "feedback"
        details = replace(details, feedback_text=parsed.body_text[:_FEEDBACK_CHARS])
    row = record_message(db, account=account, folder=fetched.ref.folder, ref_key=fetched.ref.key,
                         message_id=message_id, thread_id=fetched.thread_id,
                         subject=parsed.subject, from_addr=parsed.from_addr,
                         sent_at=parsed.date, kind=kind, score=found.score,
                         language=found.language, details=details)
    if row is None:
        return None
    save_features(db, row, found.features)
    if answered is not None:
        return _feedback_received(db, row, answered, account, message_id, parsed, now)
    if kind not in JOB_KINDS or not (found.job_related or kind == "rejection"):
        return Ingested(account, message_id, parsed.subject, kind)
    mark.stage = Stage.LINK
    decision = link_job_email(db, _job_email(row, message_id, kind, parsed, found, fetched))
    ingested = _linked(account, message_id, parsed, found, kind, decision)
    if kind != "rejection":
        log.info("%s: %s from %s linked to application #%s (%s)", account, kind,
                 found.company or parsed.from_addr, decision.application_id, decision.reason)
        return ingested
    mark.stage = Stage.PLAN
    if decision.application_id is not None and had_interview(db, decision.application_id):
        set_details(db, row, replace(details, had_interview=True))
    scheduled = schedule_rejection(db, message_row=row, account=account,
                                   rejection_message_id=message_id,
                                   received_at=_received_at(parsed, fetched, now), now=now,
                                   config=config, thread_ids=_thread_ids(parsed))
    log.info("%s: new rejection from %s linked to application #%s (%s); %s", account,
             found.company or parsed.from_addr, decision.application_id, decision.reason,
             f"draft due at {scheduled.draft_due_at.isoformat()}" if scheduled.draft_due_at
             else f"no draft ({scheduled.status})")
    return replace(ingested, status=scheduled.status, draft_due_at=scheduled.draft_due_at)


def _from_user(config: Config, account: str, parsed: ParsedEmail) -> bool:
    """Whether the user wrote this message (their own sent reply, seen in a watched folder)."""
    own = account_email(config, account)
    return bool(own and parsed.from_addr and parsed.from_addr.lower() == own.lower())


def _feedback_received(db: sqlite3.Connection, row: int, answered: store_jobs.AnsweredRequest,
                       account: str, message_id: str, parsed: ParsedEmail,
                       now: datetime) -> Ingested:
    """The employer answered a feedback request: keep the answer with its application and
    cancel the reminder at once (there is nothing left to remind about)."""
    application = store_jobs.linked_application(db, answered.rejection_row)
    if application is not None:
        set_link(db, row, application.id, reason="in-reply-to", confidence=0.99)
    if answered.reminder_id is not None:
        store_jobs.mark_reminder(db, answered.reminder_id, store_jobs.ReminderState.CANCELLED,
                                 "employer replied", now)
    log.info("%s: the employer answered a feedback request (%s); reminder cancelled", account,
             application.company if application else parsed.from_addr)
    return Ingested(account, message_id, parsed.subject, "feedback",
                    application.company if application else None,
                    application.role if application else None,
                    application.id if application else None, "in-reply-to")


def _linked(account: str, message_id: str, parsed: ParsedEmail, found: Classification,
            kind: str, decision: LinkDecision) -> Ingested:
    return Ingested(account, message_id, parsed.subject, kind, found.company, found.role,
                    decision.application_id, decision.reason)


@dataclass(frozen=True)
class SyncProgress:
    """How far the sync of one folder has got, after each batch."""

    account: str
    folder: str
    done: int
    total: int | None
    job_emails: int
    rejections: int


def sync_folder(store: Store, mailbox: Mailbox, folder: str, rules: RuleSet, config: Config,
                now: datetime, *, heartbeat: Callable[[], object] | None = None,
                progress: Callable[[SyncProgress], object] | None = None,
                personal: PersonalLayer | None = None) -> list[Ingested]:
    """Read everything new in one folder; each message's failure stays that message's.

    First the messages a killed process left unfinished, then the ones that failed
    before, are tried again one by one; then the new mail, in batches committed at
    least every :data:`BATCH_SECONDS` with the cursor saved after each mailbox batch.
    """
    sync = _FolderSync(store, mailbox, folder, rules, config, now, heartbeat, personal)
    try:
        return _sync_new_mail(sync, store, mailbox, folder, config, now, progress)
    finally:
        sync.stop_ahead()


def _sync_new_mail(sync: _FolderSync, store: Store, mailbox: Mailbox, folder: str,
                   config: Config, now: datetime,
                   progress: Callable[[SyncProgress], object] | None) -> list[Ingested]:
    sync.finish_unfinished()
    sync.retry_failed()
    since = now - timedelta(days=config.schedule.max_age_days)
    cursor = stored_cursor(store.db, mailbox.account, folder)
    done = jobs = rejections = 0
    for batch in mailbox.fetch_new(folder, cursor, since=since, batch_size=BATCH_SIZE):
        before = len(sync.found)
        sync.read_batch(batch.messages, batch.cursor)
        if not batch.messages:
            continue
        done += len(batch.messages)
        new = sync.found[before:]
        jobs += sum(1 for item in new if item.kind in JOB_KINDS)
        rejections += sum(1 for item in new if item.kind == "rejection")
        step = SyncProgress(mailbox.account, folder, done, batch.total, jobs, rejections)
        log.info("%s %s: %d%s message(s) read, %d job email(s), %d rejection(s)",
                 step.account, step.folder, step.done,
                 f" of {step.total}" if step.total else "", step.job_emails, step.rejections)
        if progress is not None:
            progress(step)
    return sync.found


def _located(fetched: FetchedMessage) -> MessageAt:
    return MessageAt(fetched.ref.account, fetched.ref.folder, fetched.ref.key,
                     fetched.message_id or synthetic_message_id(fetched.raw))


@dataclass
class _FolderSync:
    """One folder's sync: isolation, retries and quarantine around :func:`ingest_message`."""

    store: Store
    mailbox: Mailbox
    folder: str
    rules: RuleSet
    config: Config
    now: datetime
    heartbeat: Callable[[], object] | None
    personal: PersonalLayer | None = None
    found: list[Ingested] = field(default_factory=list)
    ahead: ClassifyAhead | None = None
    ahead_tried: bool = False

    def stop_ahead(self) -> None:
        if self.ahead is not None:
            self.ahead.close()
            self.ahead = None

    def _prepared(self, messages: list[FetchedMessage]) -> Iterator[Prepared | None]:
        """Each message parsed and classified ahead by a worker, where one runs (a large
        batch starts it); None where this process reads the message itself."""
        if len(messages) >= AHEAD_MIN and not self.ahead_tried:
            self.ahead_tried = True
            self.ahead = ClassifyAhead.start(self.rules, self.personal)
        if self.ahead is None or len(messages) < AHEAD_MIN:
            return iter([None] * len(messages))
        return self.ahead.prepare([m.raw for m in messages])

    def finish_unfinished(self) -> None:
        """Messages a previous process was working on when it died: each counts an attempt.

        The attempt is committed before the message is tried again, so one that kills
        the process every time is quarantined after ``quarantine_after`` deaths.
        """
        for at in left_in_flight(self.store.db, self.mailbox.account, self.folder):
            with self.store.transaction() as db:
                if is_seen(db, at.account, at.message_id):
                    done_in_flight(db, at.account, at.folder, at.ref_key)
                    continue
                failure = record_failure(
                    db, at, Stage.UNFINISHED, "the process stopped while handling this message",
                    quarantine_after=self.config.schedule.quarantine_after)
                if failure.state is FailureState.QUARANTINED:
                    done_in_flight(db, at.account, at.folder, at.ref_key)
                    self._log_failure(failure)
                    continue
            self._read_again(at)

    def retry_failed(self) -> None:
        """Messages that failed in an earlier cycle, read again from the mailbox."""
        for failure in retrying(self.store.db, self.mailbox.account, self.folder):
            self._read_again(failure.at)

    def _read_again(self, at: MessageAt) -> None:
        fetched = self.mailbox.fetch_message(MessageRef(at.account, at.folder, at.ref_key))
        with self.store.transaction() as db:
            if fetched is None:
                log.info("%s %s: message %s is gone from the mailbox; no longer retried",
                         at.account, at.folder, at.message_id)
                clear_failure(db, at.account, at.folder, at.ref_key)
            else:
                self._read_one(db, fetched)
            done_in_flight(db, at.account, at.folder, at.ref_key)

    def read_batch(self, messages: list[FetchedMessage], cursor: str) -> None:
        """Note the batch as in flight, then read it in time-bounded transactions."""
        ready = self._prepared(messages)
        if messages:
            with self.store.transaction() as db:
                mark_in_flight(db, [_located(m) for m in messages])
        labels = labels_of(self.store.db, [m.message_id for m in messages if m.message_id])
        with self.store.timed_batch(BATCH_SECONDS, self.heartbeat) as batch:
            for fetched, prepared in zip(messages, ready, strict=True):
                self._read_one(batch.db, fetched, labels, prepared)
                done_in_flight(batch.db, fetched.ref.account, fetched.ref.folder,
                               fetched.ref.key)
                batch.commit_if_due()
            save_cursor(batch.db, self.mailbox.account, self.folder, cursor)

    def _read_one(self, db: sqlite3.Connection, fetched: FetchedMessage,
                  labels: Mapping[str, str] | None = None,
                  prepared: Prepared | None = None) -> None:
        """Ingest one message inside a savepoint; a failure is recorded, never raised."""
        at = _located(fetched)
        if is_held(db, at.account, at.folder, at.ref_key):
            return
        if fetched.problem is not None:
            self._failed(db, at, Stage.FETCH, fetched.problem)
            return
        mark = StageMark()
        try:
            with self.store.savepoint():
                result = ingest_message(db, fetched, self.rules, self.config, self.now,
                                        mark=mark, personal=self.personal, labels=labels,
                                        prepared=prepared)
        except Exception as exc:
            if is_disk_full(exc):
                raise
            log.debug("%s failed at %s", at.message_id, mark.stage, exc_info=True)
            self._failed(db, replace(at, subject=mark.subject), mark.stage, reason_of(exc))
            return
        clear_failure(db, at.account, at.folder, at.ref_key)
        if result is not None:
            self.found.append(result)

    def _failed(self, db: sqlite3.Connection, at: MessageAt, stage: Stage, reason: str) -> None:
        failure = record_failure(db, at, stage, reason,
                                 quarantine_after=self.config.schedule.quarantine_after)
        self._log_failure(failure)

    def _log_failure(self, failure: MessageFailure) -> None:
        at = failure.at
        if failure.state is FailureState.QUARANTINED:
            log.error("%s %s: message %s quarantined after %d attempts (%s: %s); see "
                      "`afterword quarantine list`", at.account, at.folder, at.message_id,
                      failure.attempts, failure.stage, failure.reason)
        else:
            log.warning("%s %s: message %s skipped at %s (%s); attempt %d of %d, retried "
                        "next cycle", at.account, at.folder, at.message_id, failure.stage,
                        failure.reason, failure.attempts,
                        self.config.schedule.quarantine_after)


def run_cycle(store: Store, mailboxes: Mapping[str, Mailbox], rules: RuleSet, config: Config,
              now: datetime, *, dry_run: bool = False,
              heartbeat: Callable[[], object] | None = None,
              progress: Callable[[SyncProgress], object] | None = None,
              personal: PersonalLayer | None = None) -> CycleReport:
    """Sync every connected mailbox, then write due drafts and fire due reminders."""
    report = CycleReport()
    for account, mailbox in mailboxes.items():
        for folder in mailbox.watched_folders():
            try:
                report.ingested.extend(sync_folder(store, mailbox, folder, rules, config, now,
                                                   heartbeat=heartbeat, progress=progress,
                                                   personal=personal))
            except AfterwordError as exc:
                if isinstance(exc, DiskFull):
                    raise  # nothing else can be written either: the cycle stops here
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
