"""Cooling-off and reminder due times: business days, drafting windows, DST and holidays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from afterword.daemon.config import DraftingWindow, Schedule
from afterword.daemon.followup.business_days import (
    draft_due_at,
    in_window,
    is_too_old,
    next_window_moment,
    reminder_due_at,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
DEFAULTS = Schedule(timezone=BERLIN)
GERMAN_HOLIDAYS = Schedule(timezone=BERLIN, holiday_country="DE")
ANY_TIME = DraftingWindow(None, None)


def berlin(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def test_a_friday_afternoon_rejection_is_drafted_on_wednesday_at_nine() -> None:
    with freeze_time("2026-03-13 15:00:00"):
        received = datetime.now(UTC)
    due = draft_due_at(received, schedule=DEFAULTS, tz=BERLIN)
    assert due.astimezone(BERLIN) == berlin(2026, 3, 18, 9, 0)
    assert due.tzinfo is UTC


def test_the_rejection_date_is_taken_in_local_time_not_utc() -> None:
    # 23:30 UTC on Friday is already Saturday in Berlin: Mon, Tue, Wed -> Wednesday.
    received = datetime(2026, 3, 13, 23, 30, tzinfo=UTC)
    assert draft_due_at(received, schedule=DEFAULTS).astimezone(BERLIN) == berlin(2026, 3, 18, 9)
    # The same instant is still Friday in New York: Mon, Tue, Wed as well, at 09:00 there.
    due = draft_due_at(received, schedule=Schedule(timezone=NEW_YORK))
    assert due.astimezone(NEW_YORK).replace(tzinfo=None) == datetime(2026, 3, 18, 9, 0)


def test_the_window_opening_keeps_its_wall_time_across_spring_forward() -> None:
    # Clocks go forward in Berlin on Sunday 29 March 2026.
    received = berlin(2026, 3, 27, 16, 0)
    due = draft_due_at(received, schedule=DEFAULTS)
    assert due.astimezone(BERLIN) == berlin(2026, 4, 1, 9, 0)
    assert due == datetime(2026, 4, 1, 7, 0, tzinfo=UTC)


def test_the_window_opening_keeps_its_wall_time_across_fall_back() -> None:
    # Clocks go back in Berlin on Sunday 25 October 2026.
    received = berlin(2026, 10, 23, 16, 0)
    due = draft_due_at(received, schedule=DEFAULTS)
    assert due == datetime(2026, 10, 28, 8, 0, tzinfo=UTC)


def test_easter_holidays_are_skipped_when_a_country_is_set() -> None:
    # Good Friday 3 April and Easter Monday 6 April 2026 are German public holidays.
    received = berlin(2026, 4, 2, 16, 0)
    assert draft_due_at(received, schedule=GERMAN_HOLIDAYS).astimezone(BERLIN) == berlin(
        2026, 4, 9, 9, 0)
    assert draft_due_at(received, schedule=DEFAULTS).astimezone(BERLIN) == berlin(
        2026, 4, 7, 9, 0)


def test_german_unity_day_on_a_weekday_is_skipped() -> None:
    # 3 October 2025 is a Friday.
    received = berlin(2025, 10, 1, 11, 0)
    due = draft_due_at(received, schedule=GERMAN_HOLIDAYS)
    assert due.astimezone(BERLIN) == berlin(2025, 10, 7, 9, 0)


def test_no_cooling_off_and_any_window_means_immediately() -> None:
    schedule = Schedule(cooling_off_business_days=0, drafting_window=ANY_TIME, timezone=BERLIN)
    received = berlin(2026, 3, 14, 3, 17)  # a Saturday night
    assert draft_due_at(received, schedule=schedule) == received


def test_no_cooling_off_with_a_window_waits_for_the_next_opening() -> None:
    schedule = Schedule(cooling_off_business_days=0, timezone=BERLIN)
    assert draft_due_at(berlin(2026, 3, 13, 18, 0), schedule=schedule) == berlin(2026, 3, 16, 9)
    assert draft_due_at(berlin(2026, 3, 12, 11, 0), schedule=schedule) == berlin(2026, 3, 12, 11)


def test_an_any_window_with_cooling_off_is_due_at_local_midnight() -> None:
    schedule = Schedule(drafting_window=ANY_TIME, timezone=BERLIN)
    assert draft_due_at(berlin(2026, 3, 13, 16), schedule=schedule) == berlin(2026, 3, 18, 0, 0)


@pytest.mark.parametrize(("now", "expected"), [
    (berlin(2026, 3, 18, 10, 30), berlin(2026, 3, 18, 10, 30)),  # inside: now
    (berlin(2026, 3, 18, 7, 0), berlin(2026, 3, 18, 9, 0)),  # before opening: today
    (berlin(2026, 3, 18, 17, 0), berlin(2026, 3, 19, 9, 0)),  # at closing: tomorrow
    (berlin(2026, 3, 20, 20, 0), berlin(2026, 3, 23, 9, 0)),  # Friday night: Monday
    (berlin(2026, 3, 21, 10, 0), berlin(2026, 3, 23, 9, 0)),  # Saturday inside hours: Monday
])
def test_a_daemon_that_was_down_writes_at_the_next_moment_inside_a_window(
        now: datetime, expected: datetime) -> None:
    assert next_window_moment(now, schedule=DEFAULTS) == expected


def test_any_window_is_always_open() -> None:
    schedule = Schedule(drafting_window=ANY_TIME, timezone=BERLIN)
    sunday_night = berlin(2026, 3, 22, 3, 0)
    assert in_window(sunday_night, schedule=schedule)
    assert next_window_moment(sunday_night, schedule=schedule) == sunday_night


def test_a_window_opening_inside_a_spring_forward_gap_moves_to_the_first_valid_instant() -> None:
    # Cairo skipped from 00:00 to 01:00 on Friday 26 April 2024: that midnight never existed.
    cairo = ZoneInfo("Africa/Cairo")
    schedule = Schedule(timezone=cairo, drafting_window=ANY_TIME, cooling_off_business_days=1)
    due = draft_due_at(datetime(2024, 4, 25, 12, tzinfo=cairo), schedule=schedule)
    assert due == datetime(2024, 4, 25, 22, 0, tzinfo=UTC)
    assert due.astimezone(cairo).replace(tzinfo=None) == datetime(2024, 4, 26, 1, 0)


def test_the_reminder_is_due_seven_business_days_after_the_draft_by_default() -> None:
    drafted = berlin(2026, 3, 18, 9, 0)
    assert reminder_due_at(drafted, schedule=DEFAULTS) == berlin(2026, 3, 27, 9, 0)


def test_a_zero_day_reminder_is_due_at_once_whatever_the_day() -> None:
    schedule = Schedule(reminder_after_business_days=0, timezone=BERLIN)
    saturday = berlin(2026, 3, 21, 23, 0)
    assert reminder_due_at(saturday, schedule=schedule) == saturday


def test_rejections_older_than_the_maximum_age_are_too_old() -> None:
    now = datetime(2026, 3, 31, 12, tzinfo=UTC)
    assert is_too_old(now - timedelta(days=31), now, 30)
    assert not is_too_old(now - timedelta(days=29), now, 30)
