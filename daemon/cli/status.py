"""``afterword status``, ``drafts list`` and ``reminders list``: what the daemon knows and plans."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, tzinfo
from typing import Any

import typer
from rich.table import Table

from afterword.daemon.cli.context import CliContext, context
from afterword.daemon.cli.quarantine import failure_table
from afterword.daemon.cli.safe_text import printable, shown
from afterword.daemon.config import Config
from afterword.daemon.errors import AfterwordError
from afterword.daemon.followup.business_days import system_zone, zone_for
from afterword.daemon.followup.due_work import due_under
from afterword.daemon.store import jobs as store_jobs
from afterword.daemon.store.failures import failures
from afterword.daemon.store.mail import folder_syncs, message_by_row

drafts_app = typer.Typer(help="Feedback-request drafts: scheduled, written, cancelled.\n\n"
                              "Example: afterword drafts list",
                         no_args_is_help=True)
reminders_app = typer.Typer(help="The single follow-up reminder per rejection.\n\n"
                                 "Example: afterword reminders list",
                            no_args_is_help=True)
_AS_JSON = typer.Option(False, "--json", help="Print JSON instead of a table (times in ISO 8601).")
_TIME_COLUMNS = {"due_at", "written_at", "fired_at", "last_sync_at"}
_WIDE = 120
_SHORT_COLUMNS = {"subject": 36, "to": 30, "last_error": 60}


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _company(db: sqlite3.Connection, message_row: int) -> str | None:
    """The company as ``apps list`` names it: the linked application's, else the email's."""
    application = store_jobs.linked_application(db, message_row)
    if application is not None:
        return application.company
    message = message_by_row(db, message_row)
    if message is None:
        return None
    return message.details.company or message.from_addr


def draft_rows(db: sqlite3.Connection, *, pending_only: bool = False,
               config: Config | None = None) -> list[dict[str, Any]]:
    """Drafts as rows; with ``config``, a scheduled draft's due time is the one that config
    gives it (what the daemon will use at its next start or reload)."""
    drafts = store_jobs.pending_drafts(db) if pending_only else store_jobs.list_drafts(db)
    now = datetime.now(UTC)

    def due(draft: store_jobs.Draft) -> datetime:
        rejection = store_jobs.get_rejection(db, draft.rejection_id)
        pending = draft.state is store_jobs.DraftState.SCHEDULED
        if config is None or not pending or rejection is None:
            return draft.due_at
        return due_under(rejection.received_at, now, config)

    return [{"id": d.id, "account": d.account, "company": _company(db, d.message_row),
             "state": d.state, "due_at": _when(due(d)), "written_at": _when(d.written_at),
             "to": d.to_addr, "subject": d.subject, "message_id": d.message_id,
             "rejection_message_id": d.rejection_message_id} for d in drafts]


def reminder_rows(db: sqlite3.Connection, *, pending_only: bool = False) -> list[dict[str, Any]]:
    reminders = store_jobs.pending_reminders(db) if pending_only \
        else store_jobs.list_reminders(db)
    return [{"id": r.id, "account": r.account, "company": _company(db, r.message_row),
             "state": r.state, "due_at": _when(r.due_at), "fired_at": _when(r.fired_at),
             "outcome": r.outcome, "rejection_message_id": r.rejection_message_id}
            for r in reminders]


def _cell(column: str, value: object, zone: tzinfo) -> str:
    if value is None:
        return "—"
    if column in _TIME_COLUMNS:
        return datetime.fromisoformat(str(value)).astimezone(zone).strftime("%Y-%m-%d %H:%M")
    text, width = printable(str(value)), _SHORT_COLUMNS.get(column)
    if width is not None and len(text) > width:
        text = text[:width - 1] + "…"
    return shown(text)


def _header(column: str, zone: tzinfo) -> str:
    name = column.removesuffix("_at").replace("_", " ")
    return f"{name} ({datetime.now(zone).strftime('%Z')})" if column in _TIME_COLUMNS else name


def user_zone(cli: CliContext) -> tzinfo:
    """The timezone every command shows times in: the config's, else the system's."""
    try:
        return zone_for(cli.settings().schedule)
    except AfterwordError:
        return system_zone()


def _table(cli: CliContext, title: str, rows: list[dict[str, Any]], columns: list[str],
           *, empty: str | None = None) -> None:
    """A table of ``rows``: times short and in UTC, long text cut, the account column only
    when there are several, the subject only on a wide terminal (``--json`` has it all)."""
    if not rows:
        cli.out.print(empty or f"No {title.lower()}.")
        return
    if len({row.get("account") for row in rows}) == 1 and "folder" not in columns:
        columns = [c for c in columns if c != "account"]
    if cli.out.width < _WIDE:
        columns = [c for c in columns if c != "subject"]
    table = Table(title=title, title_justify="left")
    zone = user_zone(cli)
    for column in columns:
        table.add_column(_header(column, zone), no_wrap=column in _TIME_COLUMNS)
    for row in rows:
        table.add_row(*(_cell(c, row[c], zone) for c in columns))
    cli.out.print(table)


def _config_or_none(cli: CliContext) -> Config | None:
    try:
        return cli.settings()
    except AfterwordError:
        return None


def _emit(cli: CliContext, as_json: bool, payload: object, show: Any) -> None:
    if as_json:
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        show()


@drafts_app.command("list")
def list_drafts(ctx: typer.Context, as_json: bool = _AS_JSON) -> None:
    """Every draft Afterword scheduled or wrote, newest first.

    State is scheduled (waiting for its due time), written (in your Drafts
    folder), or cancelled (the employer replied, or you labelled the email).

    Examples:
      afterword drafts list
      afterword drafts list --json | jq '.[] | select(.state == "scheduled")'
    """
    cli = context(ctx)
    rows = draft_rows(cli.reading_store().db, config=_config_or_none(cli))
    _emit(cli, as_json, rows, lambda: _table(
        cli, "Drafts", rows, ["id", "account", "company", "state", "due_at", "to", "subject"]))


@reminders_app.command("list")
def list_reminders(ctx: typer.Context, as_json: bool = _AS_JSON) -> None:
    """Every reminder: scheduled, delivered once, or cancelled because the employer replied.

    A reminder is one unread, flagged message in your inbox, due some business
    days after the draft was written (`reminder_after_business_days`).

    Examples:
      afterword reminders list
      afterword reminders list --json
    """
    cli = context(ctx)
    rows = reminder_rows(cli.reading_store().db)
    _emit(cli, as_json, rows, lambda: _table(
        cli, "Reminders", rows, ["id", "account", "company", "state", "due_at", "outcome"]))


def status(ctx: typer.Context, as_json: bool = _AS_JSON) -> None:
    """Accounts and their last sync, pending drafts and reminders with due times, last error.

    Reads the state database only: it works while the service runs, and
    needs no network.

    Examples:
      afterword status
      afterword status --json | jq .pending_drafts
    """
    cli = context(ctx)
    db = cli.reading_store().db
    accounts = [{"account": f.account, "folder": f.folder, "last_sync_at": f.last_sync_at,
                 "last_error": f.last_error} for f in folder_syncs(db)]
    failed = failures(db)
    payload = {"accounts": accounts,
               "pending_drafts": draft_rows(db, pending_only=True, config=_config_or_none(cli)),
               "pending_reminders": reminder_rows(db, pending_only=True),
               "failed_messages": [{"account": f.at.account, "folder": f.at.folder,
                                    "message_id": f.at.message_id, "subject": f.at.subject,
                                    "stage": f.stage.value, "reason": f.reason,
                                    "attempts": f.attempts, "state": f.state.value}
                                   for f in failed]}

    def show() -> None:
        _table(cli, "Accounts", accounts, ["account", "folder", "last_sync_at", "last_error"],
               empty="No account has been synced yet: `afterword run --once` reads your mail "
                     "once, `afterword service install` keeps it running "
                     "(`afterword demo` shows it on sample mail).")
        _table(cli, "Pending drafts", payload["pending_drafts"],
               ["id", "account", "company", "due_at", "to"])
        _table(cli, "Pending reminders", payload["pending_reminders"],
               ["id", "account", "company", "due_at"])
        if failed:
            cli.out.print(failure_table("Messages that failed", failed))
            cli.out.print("Quarantined ones wait for you: `afterword quarantine list`.")

    _emit(cli, as_json, payload, show)
