"""Due-time arithmetic for drafts and reminders: business days, drafting windows, time zones.

Pure functions of their arguments (no clock, no I/O besides loading the
holiday calendar of the ``holidays`` package). Every answer is an aware UTC
datetime, so the store and the scheduler never see local wall time.

Rules:

* A business day is Monday to Friday, minus the public holidays of
  ``Schedule.holiday_country`` when it is set.
* A draft is due at the opening of the drafting window on the Nth business day
  after the rejection's *local* date (N = ``cooling_off_business_days``). The
  wall time is computed first and the zone attached afterwards, so a DST change
  in between never shifts 09:00 to 08:00 or 10:00. A window that opens inside a
  spring-forward gap falls on the first valid instant after it (PEP 495, fold=0).
* ``"any"`` as window means the window opens at local midnight and never closes.
* N = 0 means "as soon as the window allows": the rejection time itself with
  window ``"any"``, else the next moment inside a window.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterword.daemon.config import Schedule

log = logging.getLogger(__name__)

_MIDNIGHT = time(0, 0)


def zone_for(schedule: Schedule) -> tzinfo:
    """The configured time zone, else the system's (with its DST rules when they can be found)."""
    return schedule.timezone if schedule.timezone is not None else system_zone()


@lru_cache(maxsize=1)
def system_zone() -> tzinfo:
    """The machine's zone: ``$TZ``, else the ``/etc/localtime`` link, else its current offset."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = os.path.realpath("/etc/localtime")
    if "zoneinfo/" in localtime:
        candidates.append(localtime.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    fixed = datetime.now().astimezone().tzinfo
    log.debug("no named system time zone found; using the fixed offset %s", fixed)
    return fixed or UTC


@lru_cache(maxsize=8)
def _holidays(country: str) -> object:
    import holidays

    return holidays.country_holidays(country.upper())


def is_business_day(day: date, schedule: Schedule) -> bool:
    """Monday to Friday, and not a public holiday of the configured country."""
    if day.weekday() >= 5:
        return False
    if schedule.holiday_country:
        return day not in _holidays(schedule.holiday_country)  # type: ignore[operator]
    return True


def add_business_days(day: date, count: int, schedule: Schedule) -> date:
    """The ``count``-th business day after ``day`` (``day`` itself when count is 0)."""
    current = day
    remaining = count
    while remaining > 0:
        current += timedelta(days=1)
        if is_business_day(current, schedule):
            remaining -= 1
    return current


def _at_local(day: date, wall: time, tz: tzinfo) -> datetime:
    """``day`` at local wall time ``wall`` in ``tz``, as aware UTC."""
    return datetime.combine(day, wall, tzinfo=tz).astimezone(UTC)


def _opening(day: date, schedule: Schedule, tz: tzinfo) -> datetime:
    return _at_local(day, schedule.drafting_window.start or _MIDNIGHT, tz)


def draft_due_at(received_at: datetime, *, schedule: Schedule,
                 tz: tzinfo | None = None) -> datetime:
    """When the feedback-request draft for a rejection received at ``received_at`` is due.

    With the defaults, a rejection on Friday at 16:00 is due on Wednesday at 09:00.
    """
    zone = tz or zone_for(schedule)
    days = schedule.cooling_off_business_days
    if days == 0:
        if schedule.drafting_window.any_time:
            return received_at.astimezone(UTC)
        return next_window_moment(received_at, schedule=schedule, tz=zone)
    local_day = received_at.astimezone(zone).date()
    return _opening(add_business_days(local_day, days, schedule), schedule, zone)


def in_window(moment: datetime, *, schedule: Schedule, tz: tzinfo | None = None) -> bool:
    """Whether drafts may be written at ``moment``: a business day, inside the window hours.

    With window ``"any"`` every moment qualifies.
    """
    window = schedule.drafting_window
    if window.any_time:
        return True
    local = moment.astimezone(tz or zone_for(schedule))
    if not is_business_day(local.date(), schedule):
        return False
    assert window.start is not None and window.end is not None
    return window.start <= local.time().replace(tzinfo=None) < window.end


def next_window_moment(now: datetime, *, schedule: Schedule,
                       tz: tzinfo | None = None) -> datetime:
    """``now`` when it is inside a drafting window, else the next window opening (aware UTC)."""
    zone = tz or zone_for(schedule)
    if in_window(now, schedule=schedule, tz=zone):
        return now.astimezone(UTC)
    local = now.astimezone(zone)
    day = local.date()
    window = schedule.drafting_window
    assert window.start is not None
    if not (is_business_day(day, schedule) and local.time().replace(tzinfo=None) < window.start):
        day = add_business_days(day, 1, schedule)
    return _opening(day, schedule, zone)


def reminder_due_at(drafted_at: datetime, *, schedule: Schedule,
                    tz: tzinfo | None = None) -> datetime:
    """When the single reminder is due: ``reminder_after_business_days`` after the draft.

    Due at the window opening of that business day; 0 days means at once (the
    next cycle), whatever the day.
    """
    days = schedule.reminder_after_business_days
    if days == 0:
        return drafted_at.astimezone(UTC)
    zone = tz or zone_for(schedule)
    local_day = drafted_at.astimezone(zone).date()
    return _opening(add_business_days(local_day, days, schedule), schedule, zone)


def is_too_old(received_at: datetime, now: datetime, max_age_days: int) -> bool:
    """Whether a rejection is past the age at which Afterword no longer drafts a reply."""
    return now - received_at > timedelta(days=max_age_days)
