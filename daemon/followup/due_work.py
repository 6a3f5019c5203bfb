"""The daemon's timed work, one step per cycle: schedule, write due drafts, fire due reminders.

Each step takes the :class:`~afterword.daemon.store.Store` as the truth, the connected
mailboxes by account name and ``now``; the scheduler only says *when* to call
them. Ordering makes every step exactly-once across crashes:

* a draft is saved to the mailbox first (idempotent by Message-ID) and only
  then marked written, in the same transaction that schedules its reminder. A
  crash in between leaves it 'scheduled'; the next run saves again, the mailbox
  finds the first copy, and the store catches up. Drafts are composed one by one
  and saved up to :data:`DRAFT_BATCH` at a time (one IMAP ``MULTIAPPEND``), then
  marked written together; the order of save and mark is the same. Once 'written' a draft is
  never written again, so one the user deleted is not recreated; a rejection
  the user already answered by hand (a reply in Sent, looked up once per batch) gets none;
* a reminder is delivered (idempotent by Message-ID) and then marked
  'delivered'; it never leaves that state.

Fields read from the message's
:class:`~afterword.daemon.store.details.MessageDetails` (written by the pipeline
from the parser's result); each is optional:

``subject`` (original subject, else ``messages.subject``), ``message_id``
(else ``messages.message_id``), ``references`` (list of Message-IDs),
``thread_id`` (else ``messages.thread_id``), ``reply_to`` (the replyable
address; None for a no-reply sender), ``recipient_name``, ``company`` and
``role`` (else the linked application's), ``language`` (else
``messages.language``), ``no_feedback_policy`` (bool), ``had_interview`` (bool),
``ignored_reply_to`` (a Reply-To outside the sender's domain, named in the draft's note).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from afterword.daemon.config import Config
from afterword.daemon.errors import AfterwordError, ConfigError, reason_of
from afterword.daemon.followup.business_days import (
    draft_due_at,
    in_window,
    is_too_old,
    next_window_moment,
    reminder_due_at,
    zone_for,
)
from afterword.daemon.followup.drafting import DraftRequest, compose_draft, draft_message_id
from afterword.daemon.followup.reminders import (
    ReminderRequest,
    compose_reminder,
    reminder_message_id,
    reminder_outcome,
)
from afterword.daemon.mailbox.base import Mailbox, OutgoingDraft
from afterword.daemon.mailbox.kinds import kind_of
from afterword.daemon.store import Store, is_disk_full
from afterword.daemon.store import jobs as store_jobs
from afterword.daemon.store.details import MessageDetails
from afterword.daemon.store.failures import (
    FailureState,
    MessageAt,
    Stage,
    clear_failure,
    failure_of,
    record_failure,
)
from afterword.daemon.store.jobs import RejectionStatus, ReminderState
from afterword.daemon.store.mail import SeenMessage, message_by_row

log = logging.getLogger(__name__)

#: Drafts saved to a mailbox at once: a first sync writing hundreds makes a few round trips.
DRAFT_BATCH = 50

_OUR_PREFIX = "<afterword-"


@dataclass(frozen=True)
class ScheduledRejection:
    """What :func:`schedule_rejection` decided: a draft due at a time, or none and why."""

    rejection_id: int
    status: RejectionStatus
    draft_due_at: datetime | None


@dataclass(frozen=True)
class WrittenDraft:
    """A draft saved to Drafts this cycle (or, with ``dry_run``, one that would have been)."""

    draft_id: int
    rejection_id: int
    account: str
    message_id: str
    to_addr: str | None
    subject: str
    company: str | None
    kind: str
    language: str
    raw: bytes
    dry_run: bool


@dataclass(frozen=True)
class FiredReminder:
    """A reminder that came due this cycle: delivered or cancelled, and why."""

    reminder_id: int
    account: str
    company: str | None
    state: ReminderState
    reason: str
    message_id: str
    dry_run: bool


def account_email(config: Config, account: str) -> str | None:
    """The address the account sends from: the identity's, else the account's own."""
    if config.identity.email:
        return config.identity.email
    try:
        configured = config.account(account)
    except ConfigError:
        return None
    return kind_of(configured).address(configured)


def schedule_rejection(db: sqlite3.Connection, *, message_row: int, account: str,
                       rejection_message_id: str, received_at: datetime, now: datetime,
                       config: Config, thread_ids: Sequence[str] = ()) -> ScheduledRejection:
    """Record a new rejection and schedule its draft; call in the pipeline's transaction.

    Rejections older than ``max_age_days`` when first seen are recorded as
    'too_old' with no draft. One that is already recorded under another
    account, or whose ``thread_ids`` (In-Reply-To, References) name a recorded
    rejection or one of our drafts, is recorded as 'skipped': that conversation
    has its draft. Calling again for the same message changes nothing and
    reports what was decided the first time.
    """
    existing = store_jobs.rejection_for_message(db, message_row)
    if existing is not None:
        draft = store_jobs.draft_for_rejection(db, existing.id)
        return ScheduledRejection(existing.id, existing.status, draft.due_at if draft else None)
    earlier = store_jobs.earlier_rejection(db, message_row,
                                           [rejection_message_id, *thread_ids])
    if earlier is not None:
        rejection_id = store_jobs.record_rejection(
            db, message_row, received_at, RejectionStatus.SKIPPED,
            f"same conversation as {earlier}")
        return ScheduledRejection(rejection_id, RejectionStatus.SKIPPED, None)
    schedule = config.schedule
    if is_too_old(received_at, now, schedule.max_age_days):
        rejection_id = store_jobs.record_rejection(
            db, message_row, received_at, RejectionStatus.TOO_OLD,
            f"older than {schedule.max_age_days} days")
        return ScheduledRejection(rejection_id, RejectionStatus.TOO_OLD, None)
    rejection_id = store_jobs.record_rejection(db, message_row, received_at,
                                               RejectionStatus.WAITING)
    due = draft_due_at(received_at, schedule=schedule, tz=zone_for(schedule))
    mid = draft_message_id(account, rejection_message_id, account_email(config, account))
    store_jobs.schedule_draft(db, rejection_id, mid, due)
    log.info("draft for %s due at %s", rejection_message_id, due.isoformat())
    return ScheduledRejection(rejection_id, RejectionStatus.WAITING, due)


def due_under(received_at: datetime, now: datetime, config: Config) -> datetime:
    """When a rejection's draft is due under ``config``: after the cooling-off, and never
    in the past (then at once inside the drafting window, else at its next opening)."""
    schedule = config.schedule
    zone = zone_for(schedule)
    due = draft_due_at(received_at, schedule=schedule, tz=zone)
    if due >= now:
        return due
    return now if in_window(now, schedule=schedule, tz=zone) else \
        next_window_moment(now, schedule=schedule, tz=zone)


def reschedule_pending_drafts(store: Store, config: Config, now: datetime) -> int:
    """Drafts not yet written get their due time from the current config (after a change
    of cooling-off or drafting window); written drafts and reminders stay as they are."""
    moved = 0
    with store.transaction() as db:
        for draft in store_jobs.pending_drafts(db):
            rejection = store_jobs.get_rejection(db, draft.rejection_id)
            if rejection is None:
                continue
            due = due_under(rejection.received_at, now, config)
            if due != draft.due_at and store_jobs.move_draft(db, draft.id, due):
                moved += 1
    if moved:
        log.info("%d scheduled draft(s) moved to the due time of the current config", moved)
    return moved


def _text(value: str | None) -> str | None:
    return value if value and value.strip() else None


def draft_request(message: SeenMessage, config: Config,
                  application: store_jobs.LinkedApplication | None) -> DraftRequest:
    """The inputs of a draft, from the stored rejection and its linked application."""
    details = message.details
    to_addr = _text(details.reply_to)
    recipient = _text(details.recipient_name)
    if to_addr is None and application is not None and application.contact_address:
        to_addr, recipient = application.contact_address, application.contact_name
    return DraftRequest(
        account=message.account,
        original_subject=_text(details.subject) or message.subject,
        original_message_id=_text(details.message_id) or message.message_id,
        original_references=details.references,
        to_addr=to_addr,
        recipient_name=recipient,
        company=_text(details.company) or (application.company if application else None),
        role=_text(details.role) or (application.role if application else None),
        language=_text(details.language) or message.language,
        no_feedback_policy=details.no_feedback_policy,
        had_interview=details.had_interview,
        identity=config.identity,
        account_email=account_email(config, message.account),
        ignored_reply_to=_text(details.ignored_reply_to),
        gave_reasons=bool(details.reasons),
    )


def _skip_draft(store: Store, draft: store_jobs.Draft, reason: str) -> None:
    with store.transaction() as db:
        if store_jobs.cancel_draft(db, draft.id):
            rejection = store_jobs.get_rejection(db, draft.rejection_id)
            if rejection and rejection.status is RejectionStatus.WAITING:
                store_jobs.set_rejection_status(db, draft.rejection_id, RejectionStatus.SKIPPED,
                                                reason)
            log.info("draft for %s cancelled: %s", draft.rejection_message_id, reason)


def answered_by_hand(mailboxes: Mapping[str, Mailbox], drafts: Sequence[store_jobs.Draft]
                     ) -> set[int]:
    """The ids of ``drafts`` whose rejection the user already answered (a reply in Sent
    not ours), one lookup per account.

    When Sent cannot be searched the answer is "none": the drafts are still written.
    """
    by_account: dict[str, list[store_jobs.Draft]] = {}
    for draft in drafts:
        by_account.setdefault(draft.account, []).append(draft)
    answered: set[int] = set()
    for account, group in by_account.items():
        mailbox = mailboxes.get(account)
        if mailbox is None:
            continue
        try:
            sent = mailbox.find_replies_to_each(
                [draft.rejection_message_id for draft in group], in_sent=True)
        except AfterwordError as exc:
            log.warning("account %s: cannot look for replies in Sent (%s); writing the drafts",
                        account, exc.one_line())
            continue
        answered |= {draft.id for draft in group
                     if any(reply != draft.message_id
                            for reply in sent.get(draft.rejection_message_id, []))}
    return answered


def write_due_drafts(store: Store, mailboxes: Mapping[str, Mailbox], now: datetime, *,
                     config: Config, dry_run: bool = False,
                     after_save: Callable[[], None] | None = None) -> list[WrittenDraft]:
    """Write every draft that is due, inside a drafting window; returns what was written.

    Outside a window, due drafts are moved to the next opening. Accounts
    missing from ``mailboxes`` (not connected this cycle) are left for later.
    ``after_save`` runs between saving a batch of drafts and recording it (a test seam).
    """
    written: list[WrittenDraft] = []
    batch: list[_Composed] = []
    due = store_jobs.due_drafts(store.db, now)
    for start in range(0, len(due), DRAFT_BATCH):
        chunk = due[start:start + DRAFT_BATCH]
        answered = answered_by_hand(mailboxes, chunk) if in_window(
            now, schedule=config.schedule, tz=zone_for(config.schedule)) else set()
        for draft in chunk:
            message = message_by_row(store.db, draft.message_row)
            if message is not None and _held_back(store, draft, message):
                continue
            try:
                composed = _compose_one(store, mailboxes, draft, message, now, config=config,
                                        dry_run=dry_run, answered=draft.id in answered)
            except Exception as exc:
                if message is None or dry_run or is_disk_full(exc):
                    raise
                _draft_failed(store, message, exc, config)
                continue
            if composed is None:
                continue
            if dry_run:
                written.append(composed.result)
                continue
            batch.append(composed)
            if len(batch) == DRAFT_BATCH:
                written += _save_batch(store, mailboxes, batch, now, config, after_save)
                batch = []
    if batch:
        written += _save_batch(store, mailboxes, batch, now, config, after_save)
    return written


def _held_back(store: Store, draft: store_jobs.Draft, message: SeenMessage) -> bool:
    """A quarantined rejection waits for the user; a dropped one gets no draft."""
    failure = failure_of(store.db, message.account, message.folder, message.ref_key)
    if failure is None or failure.state is FailureState.RETRYING:
        return False
    if failure.state is FailureState.DROPPED:
        _skip_draft(store, draft, "dropped from quarantine")
    return True


def _draft_failed(store: Store, message: SeenMessage, exc: Exception, config: Config) -> None:
    """One draft that cannot be written never stops the others: record it and go on."""
    reason = reason_of(exc)
    at = MessageAt(message.account, message.folder, message.ref_key, message.message_id,
                   message.subject)
    with store.transaction() as db:
        failure = record_failure(db, at, Stage.DRAFT, reason,
                                 quarantine_after=config.schedule.quarantine_after)
    log.error("account %s: draft for %s not written (%s); attempt %d of %d", message.account,
              message.message_id, reason, failure.attempts, config.schedule.quarantine_after,
              exc_info=log.isEnabledFor(logging.DEBUG))


@dataclass(frozen=True)
class _Composed:
    """A due draft, composed and checked, waiting to be saved with its batch."""

    draft: store_jobs.Draft
    message: SeenMessage
    outgoing: OutgoingDraft
    result: WrittenDraft
    company: str | None


def _compose_one(store: Store, mailboxes: Mapping[str, Mailbox], draft: store_jobs.Draft,
                 message: SeenMessage | None, now: datetime, *, config: Config,
                 dry_run: bool, answered: bool) -> _Composed | None:
    """Compose one due draft, or move it to the drafting window, or cancel it (None);
    ``answered``: the user already replied to the rejection by hand."""
    schedule = config.schedule
    zone = zone_for(schedule)
    reason = store_jobs.rejection_blocker(store.db, draft.rejection_id)
    if reason is not None:
        if not dry_run:
            _skip_draft(store, draft, reason)
        return None
    if not in_window(now, schedule=schedule, tz=zone):
        if not dry_run:
            later = next_window_moment(now, schedule=schedule, tz=zone)
            with store.transaction() as db:
                store_jobs.move_draft(db, draft.id, later)
            log.info("draft for %s waits for the drafting window at %s",
                     draft.rejection_message_id, later.isoformat())
        return None
    mailbox = mailboxes.get(draft.account)
    if mailbox is None or message is None:
        return None
    if answered:
        if not dry_run:
            _skip_draft(store, draft, "you already replied")
        return None
    application = store_jobs.linked_application(store.db, draft.message_row)
    request = draft_request(message, config, application)
    composed = compose_draft(request, now=now, message_id=draft.message_id,
                             templates_dir=config.detection.templates_dir)
    result = WrittenDraft(draft.id, draft.rejection_id, draft.account, composed.message_id,
                          composed.to_addr, composed.subject, request.company,
                          composed.kind, composed.language, composed.raw, dry_run)
    thread_id = _text(message.details.thread_id) or message.thread_id
    return _Composed(draft, message, OutgoingDraft(composed.raw, composed.message_id, thread_id),
                     result, request.company)


def _save_batch(store: Store, mailboxes: Mapping[str, Mailbox], batch: Sequence[_Composed],
                now: datetime, config: Config,
                after_save: Callable[[], None] | None) -> list[WrittenDraft]:
    """Save a batch of composed drafts, account by account, then mark the saved ones written
    and schedule their reminders in one transaction."""
    saved: list[_Composed] = []
    for account in dict.fromkeys(item.draft.account for item in batch):
        mine = [item for item in batch if item.draft.account == account]
        saved += _save_for_account(store, mailboxes[account], mine, config)
    if not saved:
        return []
    if after_save is not None:
        after_save()
    schedule = config.schedule
    due = reminder_due_at(now, schedule=schedule, tz=zone_for(schedule))
    with store.transaction() as db:
        for item in saved:
            draft, message = item.draft, item.message
            mid = reminder_message_id(draft.account, draft.rejection_message_id,
                                      account_email(config, draft.account))
            if store_jobs.mark_draft_written(db, draft.id, item.result.to_addr,
                                             item.result.subject, now):
                store_jobs.schedule_reminder(db, draft.rejection_id, mid, due)
                clear_failure(db, message.account, message.folder, message.ref_key)
    for item in saved:
        log.info("draft written for %s (%s); reminder due at %s",
                 item.company or item.draft.rejection_message_id, item.result.message_id,
                 due.isoformat())
    return [item.result for item in saved]


def _save_for_account(store: Store, mailbox: Mailbox, items: Sequence[_Composed],
                      config: Config) -> list[_Composed]:
    """The items ``mailbox`` saved. A draft the mailbox refuses waits for the next cycle; one
    that raises anything else is recorded as that message's failure (saved alone to find it)."""
    try:
        refused = mailbox.save_drafts([item.outgoing for item in items])
    except AfterwordError as exc:  # the mailbox is out of reach: every draft waits
        log.warning("account %s: %d draft(s) not written this cycle: %s",
                    items[0].draft.account, len(items), exc.one_line())
        return []
    except Exception as exc:
        if len(items) == 1:
            if is_disk_full(exc):
                raise
            _draft_failed(store, items[0].message, exc, config)
            return []
        return [item for one in items for item in _save_for_account(store, mailbox, [one], config)]
    for item in items:
        if item.outgoing.message_id in refused:
            log.warning("account %s: draft not written this cycle: %s", item.draft.account,
                        refused[item.outgoing.message_id].one_line())
    return [item for item in items if item.outgoing.message_id not in refused]


def employer_replied(mailbox: Mailbox, reminder: store_jobs.Reminder,
                     sent: set[str]) -> bool:
    """Whether someone other than the user (or Afterword) answered in the rejection's thread."""
    replies = set(mailbox.find_replies(reminder.rejection_message_id, in_sent=False))
    ours = {reminder.message_id, reminder.draft_message_id} | sent
    return any(reply not in ours and not reply.startswith(_OUR_PREFIX) for reply in replies)


def _close_reminder(store: Store, reminder: store_jobs.Reminder, state: str, outcome: str,
                    now: datetime) -> None:
    with store.transaction() as db:
        store_jobs.mark_reminder(db, reminder.id, state, outcome, now)


def deliver_due_reminders(store: Store, mailboxes: Mapping[str, Mailbox], now: datetime, *,
                          config: Config, dry_run: bool = False) -> list[FiredReminder]:
    """Fire every due reminder once: cancel it if the employer replied, else deliver it."""
    fired: list[FiredReminder] = []
    for reminder in store_jobs.due_reminders(store.db, now):
        message = message_by_row(store.db, reminder.message_row)
        application = store_jobs.linked_application(store.db, reminder.message_row)
        details = message.details if message else MessageDetails()
        company = _text(details.company) or (application.company if application else None)
        blocker = store_jobs.rejection_blocker(store.db, reminder.rejection_id)
        if blocker is not None:
            if not dry_run:
                _close_reminder(store, reminder, ReminderState.CANCELLED, blocker, now)
            fired.append(FiredReminder(reminder.id, reminder.account, company,
                                       ReminderState.CANCELLED, blocker, reminder.message_id,
                                       dry_run))
            continue
        mailbox = mailboxes.get(reminder.account)
        if mailbox is None:
            continue
        try:
            sent = set(mailbox.find_replies(reminder.rejection_message_id, in_sent=True))
            replied = employer_replied(mailbox, reminder, sent)
        except AfterwordError as exc:
            log.warning("account %s: reminder not checked this cycle: %s", reminder.account,
                        exc.one_line())
            continue
        outcome = reminder_outcome(replied, bool(sent))
        if outcome == "cancel":
            if not dry_run:
                _close_reminder(store, reminder, ReminderState.CANCELLED, "employer replied", now)
                log.info("reminder for %s cancelled: the employer replied",
                         company or reminder.rejection_message_id)
            fired.append(FiredReminder(reminder.id, reminder.account, company,
                                       ReminderState.CANCELLED,
                                       "employer replied", reminder.message_id, dry_run))
            continue
        request = ReminderRequest(
            account=reminder.account, rejection_message_id=reminder.rejection_message_id,
            company=company,
            role=_text(details.role) or (application.role if application else None),
            draft_subject=reminder.draft_subject or (message.subject if message else ""),
            request_sent=outcome == "deliver_sent", identity=config.identity,
            account_email=account_email(config, reminder.account))
        composed = compose_reminder(request, now=now, message_id=reminder.message_id)
        reason = "request sent" if request.request_sent else "request still a draft"
        if not dry_run:
            try:
                mailbox.deliver_reminder(composed.raw, composed.message_id)
            except AfterwordError as exc:
                log.warning("account %s: reminder not delivered this cycle: %s",
                            reminder.account, exc.one_line())
                continue
            _close_reminder(store, reminder, ReminderState.DELIVERED, reason, now)
            log.info("reminder delivered for %s (%s)", company or reminder.rejection_message_id,
                     reason)
        fired.append(FiredReminder(reminder.id, reminder.account, company,
                                   ReminderState.DELIVERED, reason,
                                   reminder.message_id, dry_run))
    return fired
