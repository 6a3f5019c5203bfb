"""``afterword run``: the service in the foreground, or one cycle with ``--once``."""

from __future__ import annotations

import email
import email.policy
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from email.message import EmailMessage
from pathlib import Path

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

from afterword.daemon.applications.linking import reason_in_words
from afterword.daemon.cli.context import CliContext, context
from afterword.daemon.cli.safe_text import shown
from afterword.daemon.cli.status import user_zone
from afterword.daemon.pipeline import CycleReport, Ingested, SyncProgress
from afterword.daemon.service import logging_setup
from afterword.daemon.service.loop import Daemon, run_once, serve

#: Lines each part of a ``run --once`` report shows unless ``--all`` is given.
REPORT_LINES = 25


def run(
    ctx: typer.Context,
    once: bool = typer.Option(False, "--once", help="Run one full cycle, print it, and exit."),
    dry_run: bool = typer.Option(
        False, "--dry-run", "-n",
        help="Do everything on a scratch copy of the state, write nothing to any mailbox, "
             "and print the drafts and reminders that would be written."),
    show_all: bool = typer.Option(
        False, "--all",
        help=f"Print every message of the report; by default each part shows its first "
             f"{REPORT_LINES} lines and counts the rest (a first sync reads thousands)."),
) -> None:
    """Watch the mailboxes and write feedback-request drafts when they are due.

    Runs in the foreground until stopped (SIGTERM or Ctrl-C); this is what the
    systemd unit and the launchd agent start. SIGHUP reloads the config and
    the rules. Logs go to stderr, one line per event; add -v for debug.
    With --once or --dry-run it prints a report instead, and logs only
    warnings and errors (unless -v); the exit status is then 1 when an
    account could not be read (the others are still served), else 0.

    Examples:
      afterword run --once            # one cycle, then exit
      afterword run --dry-run         # show what would be written, change nothing
      afterword run --once --all      # every message of the report, not the first lines
      afterword run -v                # in the foreground, with debug logs
    """
    cli = context(ctx)
    if (once or dry_run) and not cli.verbose:
        logging_setup.quiet()
    config = cli.config()
    store = cli.store()
    if dry_run:
        scratch = tempfile.TemporaryDirectory(prefix="afterword-dry-run-")
        ctx.call_on_close(scratch.cleanup)
        store = store.snapshot(Path(scratch.name) / "state.sqlite3")
        ctx.call_on_close(store.close)
        once = True
    daemon = Daemon(config, store, dry_run=dry_run)
    if not once:
        raise typer.Exit(serve(daemon))
    with sync_progress(cli) as progress:
        daemon.progress = progress
        report = run_once(daemon)
    show_report(cli, report, dry_run=dry_run, limit=None if show_all else REPORT_LINES)
    if report.errors:
        raise typer.Exit(1)


@contextmanager
def sync_progress(cli: CliContext) -> Iterator[Callable[[SyncProgress], None] | None]:
    """A progress bar per folder on stderr while a long first sync runs, on a terminal only."""
    if not cli.err.is_terminal:
        yield None
        return
    bars: dict[tuple[str, str], TaskID] = {}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[found]}"), TimeRemainingColumn(),
                  console=cli.err, transient=True) as shown_progress:

        def advance(step: SyncProgress) -> None:
            key = (step.account, step.folder)
            if key not in bars:
                bars[key] = shown_progress.add_task(f"{step.account} {step.folder}",
                                                    total=step.total, found="")
            shown_progress.update(bars[key], completed=step.done, total=step.total,
                                  found=f"{step.rejections} rejection(s)")

        yield advance


def show_report(cli: CliContext, report: CycleReport, *, dry_run: bool,
                limit: int | None = None) -> None:
    """What one cycle found, linked, drafted and reminded, for people (times in their zone).

    Each part (job emails, other mail, drafts, reminders) shows at most ``limit`` lines,
    then how many it left out and which command lists them; errors all show.
    """
    out = cli.out
    zone = user_zone(cli)
    now = datetime.now(UTC)
    out.print(f"[bold]{shown(report.summary(dry_run=dry_run))}[/]")

    def left_out(count: int, what: str) -> None:
        if count > 0:
            out.print(f"  … and {count} more {what}", style="dim")

    jobs = [item for item in report.ingested if item.kind != "other"]
    for item in jobs[:limit]:
        out.print(_job_line(item, zone, now))
    left_out(len(jobs) - len(jobs[:limit]), "job emails (`afterword apps list` shows the "
             "applications, `run --once --all` every line)")
    others = [item for item in report.ingested if item.kind == "other"]
    for item in others[:limit]:
        out.print(f"  {'other':<21} {shown(item.subject)} (nothing to do)", style="dim")
    left_out(len(others) - len(others[:limit]), "other messages")
    verb = "would be written" if dry_run else "written"
    for draft in report.drafts[:limit]:
        out.print(f"  draft {verb}: to {shown(draft.to_addr or '(no address: see note)')} "
                  f"— {shown(draft.subject)} " + shown(f"[{draft.kind}, {draft.language}]"))
        if dry_run:
            out.print(shown(readable(draft.raw)), style="dim")
    left_out(len(report.drafts) - len(report.drafts[:limit]),
             f"drafts {verb} (`afterword drafts list` shows them all)")
    for reminder in report.reminders[:limit]:
        out.print(f"  reminder {reminder.state}: {shown(reminder.company or '?')} "
                  f"({shown(reminder.reason)})")
    left_out(len(report.reminders) - len(report.reminders[:limit]), "reminders")
    for error in report.errors:
        out.print(f"  [red]error[/]: {shown(error)}")


def _job_line(item: Ingested, zone: tzinfo, now: datetime) -> str:
    """One job email of the report: its kind, company, subject, link and draft due time."""
    where = (f" → application #{item.application_id} "
             f"({reason_in_words(item.link_reason or '')})") if item.application_id else ""
    due = ""
    if item.draft_due_at is not None:
        local = item.draft_due_at.astimezone(zone)
        due = ("; draft due now" if item.draft_due_at <= now
               else f"; draft due {local:%Y-%m-%d %H:%M %Z}")
    skipped = f"; no draft ({item.status})" if item.status and not item.draft_due_at else ""
    return (f"  {item.kind:<21} {shown(item.company or '?')}: "
            f"{shown(item.subject)}{shown(where)}{due}{skipped}")


def readable(raw: bytes) -> str:
    """A draft as a person reads it: the main headers, then the decoded text body."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    lines = [f"    {name}: {message[name]}" for name in ("From", "To", "Subject", "In-Reply-To")
             if message[name]]
    body = message.get_body(("plain",)) if isinstance(message, EmailMessage) else None
    text = body.get_content() if body is not None else raw.decode("utf-8", "replace")
    return "\n".join([*lines, "", *("    " + line for line in text.splitlines()), ""])
