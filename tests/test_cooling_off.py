"""Cooling-off through the whole daemon: the draft appears when it is due, not before.

A Maildir account keeps these tests quick; the timing logic is the same for
every backend. Clocks are frozen with freezegun.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from freezegun import freeze_time

from afterword.daemon.cli import main
from tests.support import mail_story

BERLIN = ZoneInfo("Europe/Berlin")


def maildir_config(tmp_path: Path, **schedule: str) -> Path:
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    lines = "\n".join(f"{key} = {value}" for key, value in schedule.items())
    path = tmp_path / "config.toml"
    path.write_text(f"""
[identity]
name = "Sam Candidate"
email = "sam@example.org"

[schedule]
timezone = "Europe/Berlin"
{lines}

[detection]
user_rules = "{tmp_path}/rules.toml"

[[accounts]]
name = "local"
kind = "maildir"
path = "{maildir}"
""")
    return path


def deliver_rejection(config: Path, received: datetime) -> None:
    raw = mail_story.rejection(received + timedelta(hours=1))
    (config.parent / "Maildir" / "new" / "1.rejection.host").write_bytes(raw)


def drafts_written(config: Path) -> int:
    drafts = config.parent / "Maildir" / ".Drafts"
    return len(list(drafts.glob("cur/*"))) if drafts.exists() else 0


def run_at(config: Path, moment: datetime) -> None:
    with freeze_time(moment):
        assert main(["--config", str(config), "run", "--once"]) == 0


@pytest.mark.parametrize("received, due, holiday_country", [
    pytest.param(datetime(2026, 11, 13, 16, 0, tzinfo=BERLIN),
                 datetime(2026, 11, 18, 9, 0, tzinfo=BERLIN), None,
                 id="friday-afternoon-to-wednesday-nine"),
    pytest.param(datetime(2026, 10, 23, 16, 0, tzinfo=BERLIN),
                 datetime(2026, 10, 28, 9, 0, tzinfo=BERLIN), None,
                 id="across-the-autumn-clock-change"),
    pytest.param(datetime(2026, 10, 2, 16, 0, tzinfo=BERLIN),
                 datetime(2026, 10, 8, 9, 0, tzinfo=BERLIN), '"DE"',
                 id="german-unity-day-is-no-business-day"),
])
def test_the_draft_appears_at_nine_on_the_third_business_day(
        tmp_path: Path, received: datetime, due: datetime, holiday_country: str | None) -> None:
    extra = {"holiday_country": holiday_country} if holiday_country else {}
    config = maildir_config(tmp_path, **extra)
    deliver_rejection(config, received)
    run_at(config, received + timedelta(minutes=5))
    assert drafts_written(config) == 0
    run_at(config, due - timedelta(minutes=1))
    assert drafts_written(config) == 0
    run_at(config, due)
    assert drafts_written(config) == 1


def test_a_daemon_that_slept_through_the_due_time_drafts_at_the_next_window(
        tmp_path: Path) -> None:
    config = maildir_config(tmp_path)
    received = datetime(2026, 11, 13, 16, 0, tzinfo=BERLIN)
    deliver_rejection(config, received)
    run_at(config, received + timedelta(minutes=5))
    run_at(config, datetime(2026, 11, 18, 22, 30, tzinfo=BERLIN))
    assert drafts_written(config) == 0
    run_at(config, datetime(2026, 11, 19, 9, 0, tzinfo=BERLIN))
    assert drafts_written(config) == 1


def test_an_old_rejection_is_recorded_but_never_drafted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = maildir_config(tmp_path, cooling_off_business_days="0", drafting_window='"any"')
    received = datetime(2026, 9, 1, 10, 0, tzinfo=BERLIN)
    deliver_rejection(config, received)
    run_at(config, received + timedelta(days=45))
    run_at(config, received + timedelta(days=60))
    assert drafts_written(config) == 0
    capsys.readouterr()
    assert main(["--config", str(config), "apps", "list", "--all", "--json"]) == 0
    apps = json.loads(capsys.readouterr().out)
    assert [(app["company"], app["stage"]) for app in apps] == [("Brightwave Energy", "rejected")]
