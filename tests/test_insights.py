"""``afterword insights`` on a synthetic job search of 32 applications, every figure by hand.

The history (tests/data/insights_history.toml) applies to 12 jobs on Monday
7 September 2026, 11 on Monday 5 October, and gets a first email from 9 more on
Monday 2 November. Hand-computed from it (no holidays; business days counted
after the day applied up to the day of the rejection):

* September: 12 applied, 4 interviewed, 1 offer, 7 rejected (2 after an interview);
* October: 11 applied, 3 interviewed, 0 offers, 6 rejected (1 after an interview);
* November: 9 applied, 1 interviewed, 0 offers, 2 rejected;
* 15 rejections: 12 after applying, 3 after an interview;
* business days to rejection: five of 5 (Mon 7 → Mon 14 Sep), two of 10 (→ Mon 21 Sep),
  five of 4 (Mon 5 → Fri 9 Oct), one of 10 (→ Mon 19 Oct), two of 2 (Mon 2 → Wed 4 Nov);
  sorted 2,2,4,4,4,4,4,5,5,5,5,5,10,10,10: the median is 5;
* 4 feedback requests written, 1 answered by the employer;
* reasons: experience on 3 applications (Alder 1, Alder 2, Birch 1) recurs; skills on 1 does not.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tomllib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from afterword.daemon.cli import main
from afterword.daemon.config import Schedule
from afterword.daemon.insights.figures import MonthFunnel, compute
from afterword.daemon.paths import state_db_path
from afterword.daemon.store import Store
from afterword.daemon.store import apps as store_apps
from afterword.daemon.store import jobs as store_jobs
from afterword.daemon.store.details import MessageDetails
from afterword.daemon.store.insights import (
    application_histories,
    feedback_requests,
    given_reasons,
)
from afterword.daemon.store.mail import record_message

HISTORY = Path(__file__).resolve().parent / "data" / "insights_history.toml"
SINCE = date(2026, 6, 1)


def a_message(db, key: str, kind: str, when: datetime,  # type: ignore[no-untyped-def]
              reasons: list[list[str]]) -> int:
    row = record_message(db, account="personal", folder="INBOX", ref_key=key,
                         message_id=f"<{key}@history.example>", thread_id=None,
                         subject=f"About {key}", from_addr="hr@history.example", sent_at=when,
                         kind=kind, score=1.0, language="en",
                         details=MessageDetails(reasons=tuple((t, e) for t, e in reasons)))
    assert row is not None
    return row


def write_history(store: Store) -> None:
    """The 32 applications, their emails, and 4 written feedback requests (1 answered)."""
    rejections = []
    with store.transaction() as db:
        for number, item in enumerate(tomllib.loads(HISTORY.read_text())["applications"]):
            app_id = store_apps.create_application(
                db, company=item["company"], company_key=item["company"].lower(),
                role=item["role"], stage="applied", created_from="manual",
                applied_at=item.get("applied"))
            for kind, field in (("application_received", "first_mail"),
                                ("interview", "interview"), ("offer", "offer"),
                                ("rejection", "rejection")):
                if field in item:
                    row = a_message(db, f"{kind}-{number}", kind,
                                    datetime.fromisoformat(item[field]),
                                    reasons=item.get("reasons", []) if kind == "rejection" else [])
                    store_apps.set_link(db, row, app_id, reason="manual", confidence=1.0)
                    if kind == "rejection":
                        rejections.append((row, datetime.fromisoformat(item[field])))
        for index, (row, when) in enumerate(rejections[:4]):
            rejection = store_jobs.record_rejection(db, row, when, "waiting")
            store_jobs.schedule_draft(db, rejection, f"<draft-{index}@afterword>", when)
            [draft] = [d for d in store_jobs.list_drafts(db) if d.rejection_id == rejection]
            store_jobs.mark_draft_written(db, draft.id, "hr@history.example", "Re: x",
                                          when + timedelta(days=3))
            store_jobs.schedule_reminder(db, rejection, f"<reminder-{index}@afterword>",
                                         when + timedelta(days=10))
        [first] = [r for r in store_jobs.list_reminders(db)
                   if r.message_id == "<reminder-0@afterword>"]
        store_jobs.mark_reminder(db, first.id, "cancelled", "employer replied",
                                 datetime(2026, 9, 20, tzinfo=UTC))


@pytest.fixture
def history() -> Store:
    store = Store.open(state_db_path())
    write_history(store)
    return store


def test_every_figure_matches_the_hand_computed_one(history: Store) -> None:
    found = compute(application_histories(history.db),
                    feedback_requests(history.db, datetime(2026, 6, 1, tzinfo=UTC)),
                    since=SINCE, schedule=Schedule(), reasons=given_reasons(history.db))
    assert found.applications == 32
    [reason] = found.recurring_reasons
    assert (reason.tag, reason.applications, reason.evidence) == (
        "experience", 3, "more hands-on experience")
    assert reason.next_step.startswith("Put your closest experience first")
    assert found.funnel == (MonthFunnel("2026-09", 12, 4, 1, 7),
                            MonthFunnel("2026-10", 11, 3, 0, 6),
                            MonthFunnel("2026-11", 9, 1, 0, 2))
    assert (found.rejected_after_applying, found.rejected_after_interview) == (12, 3)
    assert found.median_business_days_to_rejection == 5
    assert (found.feedback.drafts_written, found.feedback.answered) == (4, 1)
    assert found.answer_rate == 0.25


def test_since_leaves_out_older_applications(history: Store) -> None:
    found = compute(application_histories(history.db),
                    feedback_requests(history.db, datetime(2026, 10, 1, tzinfo=UTC)),
                    since=date(2026, 10, 1), schedule=Schedule())
    assert found.applications == 20
    assert [month.month for month in found.funnel] == ["2026-10", "2026-11"]
    assert found.median_business_days_to_rejection == 4  # 2,2,4,4,4,4,4,10


def test_the_command_prints_json_and_a_table(history: Store,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["insights", "--since", "3650d", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["applications"] == 32 and payload["median_business_days_to_rejection"] == 5
    assert main(["insights", "--since", "3650d"]) == 0
    out = capsys.readouterr().out
    assert "Applications by month" in out and "2026-09" in out
    assert "Afterword sees the drafts it wrote, not whether you sent them" in out


def chromium() -> str:
    found = shutil.which("chromium-headless-shell")
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium-headless-shell is missing: CI must install it (scripts/test)")
        pytest.skip("chromium-headless-shell is not installed (apt-get install "
                    "chromium-headless-shell)")
    return found


def test_the_html_page_renders_its_charts_and_figures_in_a_real_browser(
        history: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "insights.html"
    assert main(["insights", "--since", "3650d", "--html", str(page)]) == 0
    text = page.read_text()
    assert "http://" not in text and "https://" not in text  # nothing fetched from anywhere
    browser = [chromium(), "--headless", "--disable-gpu", "--dump-dom", page.as_uri()]
    if os.geteuid() == 0:
        browser.insert(1, "--no-sandbox")
    dom = subprocess.run(browser, capture_output=True, text=True, timeout=120, check=True).stdout
    assert dom.count('class="bar ') == 12  # 3 months x 4 series
    assert 'data-month="2026-09" data-value="12"' in dom
    assert 'data-stage="after an interview" data-value="3"' in dom
    for figure in ('id="applications-count"><b>32</b>', 'id="median-days"><b>5</b>',
                   'id="answer-rate"><b>1 of 4 (25%)</b>',
                   'class="reason" data-tag="experience" data-count="3"'):
        assert figure in dom
