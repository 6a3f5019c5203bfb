"""Changing the cooling-off moves the drafts not yet written; every command shows that time.

A rejection read on Monday 16 November 2026 with a cooling-off of 3 business days is
due Thursday the 19th; with 5, Monday the 23rd; with 0, at once.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from freezegun import freeze_time

from afterword.daemon.cli import main
from tests.support import poison
from tests.test_poison_mail import maildir_account

MONDAY = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)


def with_cooling_off(config: Path, days: int) -> None:
    text = config.read_text()
    start = text.index("cooling_off_business_days = ")
    end = text.index("\n", start)
    config.write_text(text[:start] + f"cooling_off_business_days = {days}" + text[end:])


def due_shown_by_status(config: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--config", str(config), "status", "--json"]) == 0
    [draft] = json.loads(capsys.readouterr().out)["pending_drafts"]
    return str(draft["due_at"])[:10]


def test_a_new_cooling_off_moves_the_scheduled_draft_in_every_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, maildir = maildir_account(tmp_path)
    (maildir / "new" / "1.r.host").write_bytes(
        poison.ordinary_rejection("Kestrel Works", "Planner", 1, MONDAY))
    with_cooling_off(config, 3)
    with freeze_time(MONDAY, tick=True):
        assert main(["--config", str(config), "run", "--once"]) == 0
        assert due_shown_by_status(config, capsys) == "2026-11-19"

        with_cooling_off(config, 5)
        assert due_shown_by_status(config, capsys) == "2026-11-23"
        assert main(["--config", str(config), "run", "--once"]) == 0
        assert due_shown_by_status(config, capsys) == "2026-11-23"
        capsys.readouterr()
        assert main(["--config", str(config), "drafts", "list", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["due_at"].startswith("2026-11-23")

        with_cooling_off(config, 0)
        assert main(["--config", str(config), "run", "--once"]) == 0
    assert len(list((maildir / ".Drafts" / "cur").glob("*"))) == 1
