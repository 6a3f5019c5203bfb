"""A long first sync says how far it has got: a line per batch, and a bar on a terminal."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterword.daemon.cli import main
from afterword.daemon.pipeline import SyncProgress, run_cycle
from afterword.daemon.store import Store
from afterword.parsers import RuleSet
from tests.support import poison
from tests.support.rejections import a_config
from tests.test_poison_mail import maildir_account

NOW = datetime.now(UTC)


def a_maildir_of(count: int, tmp_path: Path) -> tuple[Path, Path]:
    config, maildir = maildir_account(tmp_path)
    for n in range(count):
        raw = poison.ordinary_rejection(f"Firm {n}", "Clerk", n, NOW)
        (maildir / "new" / f"{n:04d}.firm.host").write_bytes(raw)
    return config, maildir


def test_each_batch_of_a_sync_logs_how_many_were_read_of_how_many(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from afterword.daemon.mailbox.factory import open_mailbox

    config_file, _ = a_maildir_of(250, tmp_path)
    from afterword.daemon.config import load_config

    config = load_config(config_file)
    mailbox = open_mailbox(config.accounts[0], max_age_days=30)
    steps: list[SyncProgress] = []
    with caplog.at_level(logging.INFO, logger="afterword.daemon.pipeline"), \
            Store.open(tmp_path / "state.db") as store:
        run_cycle(store, {mailbox.account: mailbox}, RuleSet.load(), config, NOW,
                  progress=steps.append)
    lines = [r.getMessage() for r in caplog.records if "message(s) read" in r.getMessage()]
    assert lines == [f"local INBOX: {done} of 250 message(s) read, {done} job email(s), "
                     f"{done} rejection(s)" for done in (100, 200, 250)]
    assert [(s.done, s.total) for s in steps] == [(100, 250), (200, 250), (250, 250)]


def test_run_once_draws_no_bar_when_stderr_is_not_a_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, _ = a_maildir_of(120, tmp_path)
    assert main(["--config", str(config), "run", "--once"]) == 0
    captured = capsys.readouterr()
    assert "━" not in captured.err and "\r" not in captured.err
    assert captured.out.startswith("120 new message(s), 120 rejection(s), 120 draft(s) written")


def test_a_sync_with_nothing_new_reports_no_progress(tmp_path: Path) -> None:
    steps: list[SyncProgress] = []
    config = a_config()
    from tests.test_poison_fuzz import ListMailbox

    mailbox = ListMailbox([])
    with Store.open(tmp_path / "state.db") as store:
        run_cycle(store, {mailbox.account: mailbox}, RuleSet.load(), config, NOW,
                  progress=steps.append)
    assert steps == []


def test_on_a_terminal_run_once_shows_a_bar_per_folder() -> None:
    import io

    from rich.console import Console

    from afterword.daemon.cli.context import CliContext
    from afterword.daemon.cli.run import sync_progress

    screen = io.StringIO()
    cli = CliContext(err=Console(file=screen, force_terminal=True, width=100))
    with sync_progress(cli) as advance:
        assert advance is not None
        advance(SyncProgress("personal", "INBOX", 100, 250, 40, 12))
    assert "personal INBOX" in screen.getvalue() and "100/250" in screen.getvalue()


def test_a_long_first_sync_report_shows_the_first_lines_of_each_part_and_counts_the_rest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from afterword.daemon.cli.run import REPORT_LINES

    config, _ = a_maildir_of(REPORT_LINES + 15, tmp_path)
    assert main(["--config", str(config), "run", "--once"]) == 0
    out = capsys.readouterr().out
    assert out.count("  rejection ") == REPORT_LINES
    assert out.count("  draft written: ") == REPORT_LINES
    assert "… and 15 more job emails" in out
    assert "… and 15 more drafts written (`afterword drafts list` shows them all)" in out


def test_run_once_all_prints_every_line_of_the_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from afterword.daemon.cli.run import REPORT_LINES

    config, _ = a_maildir_of(REPORT_LINES + 15, tmp_path)
    assert main(["--config", str(config), "run", "--once", "--all"]) == 0
    out = capsys.readouterr().out
    assert out.count("  rejection ") == REPORT_LINES + 15
    assert out.count("  draft written: ") == REPORT_LINES + 15
    assert "more" not in out
