"""The figures of the insights page, from application histories: pure computation.

* the funnel by month of application (an application's month is the day it was
  applied for, else the day of its first job email): applied, interviewed, offer,
  rejected;
* the stage rejections come at: after applying, or after an interview;
* the median number of business days from application to rejection;
* the feedback requests written and how many threads the employer answered;
* the reasons given on two applications or more, with a quote and one next step.
"""

from __future__ import annotations

import statistics
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources

from afterword.daemon.config import Schedule
from afterword.daemon.followup.business_days import is_business_day
from afterword.daemon.store.insights import ApplicationHistory, FeedbackRequests, GivenReason


@dataclass(frozen=True)
class MonthFunnel:
    """Applications of one month and how far they got."""

    month: str  # YYYY-MM
    applied: int
    interviewed: int
    offers: int
    rejected: int


@dataclass(frozen=True)
class RecurringReason:
    """A reason given on two applications or more, with one quote and a next step."""

    tag: str
    applications: int
    evidence: str
    next_step: str


@dataclass(frozen=True)
class Insights:
    """Everything the page shows."""

    since: date
    applications: int
    funnel: tuple[MonthFunnel, ...]
    rejected_after_applying: int
    rejected_after_interview: int
    median_business_days_to_rejection: float | None
    feedback: FeedbackRequests
    recurring_reasons: tuple[RecurringReason, ...] = ()

    @property
    def answer_rate(self) -> float | None:
        written = self.feedback.drafts_written
        return self.feedback.answered / written if written else None


def started_on(history: ApplicationHistory) -> date | None:
    """The day an application counts from: applied on, else its first job email."""
    if history.applied_on is not None:
        return history.applied_on
    return history.first_mail_at.date() if history.first_mail_at else None


def business_days_between(start: date, end: date, schedule: Schedule) -> int:
    """Business days after ``start`` up to and including ``end`` (0 on the same day)."""
    days, current = 0, start
    while current < end:
        current = date.fromordinal(current.toordinal() + 1)
        if is_business_day(current, schedule):
            days += 1
    return days


def next_steps() -> dict[str, str]:
    """The next step for each reason tag (``next_steps.toml``, beside this module)."""
    text = resources.files("afterword.daemon.insights").joinpath("next_steps.toml").read_text(
        encoding="utf-8")
    return dict(tomllib.loads(text))


def recurring(reasons: Sequence[GivenReason], kept_ids: set[int]) -> tuple[RecurringReason, ...]:
    """Reasons tagged on at least two of the kept applications, most frequent first."""
    steps = next_steps()
    by_tag: dict[str, dict[int, str]] = {}
    for reason in reasons:
        if reason.application_id in kept_ids:
            by_tag.setdefault(reason.tag, {}).setdefault(reason.application_id, reason.evidence)
    found = [RecurringReason(tag, len(apps), next(iter(apps.values())), steps.get(tag, ""))
             for tag, apps in by_tag.items() if len(apps) >= 2]
    return tuple(sorted(found, key=lambda r: (-r.applications, r.tag)))


def compute(histories: Sequence[ApplicationHistory], feedback: FeedbackRequests, *,
            since: date, schedule: Schedule,
            reasons: Sequence[GivenReason] = ()) -> Insights:
    """The insights of the applications started on or after ``since``."""
    kept = [(h, day) for h in histories if (day := started_on(h)) is not None and day >= since]
    months: dict[str, list[ApplicationHistory]] = {}
    for history, day in kept:
        months.setdefault(day.strftime("%Y-%m"), []).append(history)
    funnel = tuple(MonthFunnel(
        month, len(items), sum(1 for h in items if h.interview_at),
        sum(1 for h in items if h.offer_at), sum(1 for h in items if h.rejection_at))
        for month, items in sorted(months.items()))
    rejected = [(h, day) for h, day in kept if h.rejection_at]
    after_interview = sum(1 for h, _ in rejected if _interview_before(h))
    waits = [business_days_between(day, _day(h.rejection_at), schedule)
             for h, day in rejected if h.rejection_at]
    return Insights(
        since=since, applications=len(kept), funnel=funnel,
        rejected_after_applying=len(rejected) - after_interview,
        rejected_after_interview=after_interview,
        median_business_days_to_rejection=statistics.median(waits) if waits else None,
        feedback=feedback, recurring_reasons=recurring(reasons, {h.id for h, _ in kept}))


def _interview_before(history: ApplicationHistory) -> bool:
    return (history.interview_at is not None and history.rejection_at is not None
            and history.interview_at <= history.rejection_at)


def _day(moment: datetime | None) -> date:
    assert moment is not None
    return moment.date()
