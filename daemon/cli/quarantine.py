"""``afterword quarantine``: the messages Afterword could not handle, and what to do with them."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from afterword.daemon.cli.context import CliContext, context
from afterword.daemon.cli.safe_text import printable, shown
from afterword.daemon.errors import UsageError
from afterword.daemon.store.failures import (
    FailureState,
    MessageFailure,
    failures,
    set_failure_state,
)

app = typer.Typer(
    help="Messages that failed again and again, kept aside so that the rest flow on.\n\n"
         "A message that fails (a bug, a hostile message, a crash while reading it) is "
         "retried on the next cycles and quarantined after `quarantine_after` attempts "
         "(default 3). It stays in your mailbox; Afterword leaves it alone until you "
         "retry or drop it.\n\n"
         "Example: afterword quarantine list",
    no_args_is_help=True)

_AS_JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")
_MESSAGE = typer.Argument(None, metavar="MESSAGE-ID",
                          help="The message's Message-ID, angle brackets optional.")
_ALL = typer.Option(False, "--all", help="Every quarantined message.")


def _as_dict(failure: MessageFailure) -> dict[str, object]:
    at = failure.at
    return {"account": at.account, "folder": at.folder, "message_id": at.message_id,
            "subject": at.subject, "stage": failure.stage.value, "reason": failure.reason,
            "attempts": failure.attempts, "state": failure.state.value,
            "first_failed_at": failure.first_failed_at.isoformat(),
            "last_failed_at": failure.last_failed_at.isoformat()}


def failure_table(title: str, found: list[MessageFailure]) -> Table:
    """The failed messages as a table (also used by ``status``)."""
    table = Table(title=title, title_justify="left")
    for column in ("account", "message id", "subject", "stage", "attempts", "state", "reason"):
        table.add_column(column, overflow="fold")
    for failure in found:
        at = failure.at
        table.add_row(shown(at.account), shown(at.message_id),
                      shown(at.subject[:60]), failure.stage.value,
                      str(failure.attempts), failure.state.value,
                      shown(failure.reason))
    return table


@app.command("list")
def list_quarantine(ctx: typer.Context, as_json: bool = _AS_JSON,
                    everything: Annotated[bool, typer.Option(
                        "--all", help="Also messages still being retried, and dropped ones.")
                    ] = False) -> None:
    """The quarantined messages: where each failed, how often, and why.

    Examples:
      afterword quarantine list
      afterword quarantine list --all --json
    """
    cli = context(ctx)
    states = tuple(FailureState) if everything else (FailureState.QUARANTINED,)
    found = failures(cli.reading_store().db, states=states)
    if as_json:
        typer.echo(json.dumps([_as_dict(f) for f in found], indent=2, ensure_ascii=False))
        return
    if not found:
        cli.out.print("No message is quarantined.")
        return
    cli.out.print(failure_table("Quarantined messages", found))
    cli.out.print("`afterword quarantine retry MESSAGE-ID` tries one again on the next cycle; "
                  "`afterword quarantine drop MESSAGE-ID` stops trying for good.")


def _chosen(cli: CliContext, message_id: str | None, every: bool) -> list[MessageFailure]:
    held = failures(cli.store().db, states=(FailureState.QUARANTINED,))
    if every == (message_id is not None):
        raise UsageError("name one MESSAGE-ID or give --all",
                         hint="`afterword quarantine list` shows the quarantined messages")
    if every:
        return held
    wanted = message_id.strip() if message_id else ""
    wanted = wanted if wanted.startswith("<") else f"<{wanted}>"
    chosen = [f for f in held if f.at.message_id == wanted]
    if not chosen:
        raise UsageError(f"{printable(wanted)} is not quarantined",
                         hint="`afterword quarantine list` shows the quarantined messages")
    return chosen


def _apply(ctx: typer.Context, message_id: str | None, every: bool, state: FailureState,
           as_json: bool, done: str) -> None:
    cli = context(ctx)
    chosen = _chosen(cli, message_id, every)
    store = cli.store()
    with store.transaction() as db:
        for failure in chosen:
            set_failure_state(db, failure, state)
    if as_json:
        typer.echo(json.dumps({"state": state.value,
                               "message_ids": [f.at.message_id for f in chosen]}))
        return
    cli.out.print(f"{len(chosen)} message(s) {done}.")


@app.command("retry")
def retry(ctx: typer.Context, message_id: str | None = _MESSAGE, every: bool = _ALL,
          as_json: bool = _AS_JSON) -> None:
    """Take a message out of quarantine: the next cycle reads it again, with a fresh count.

    Use it once a new version of Afterword fixed what made it fail.

    Example: afterword quarantine retry '<7f3a9@mail.acme.example>'
    """
    _apply(ctx, message_id, every, FailureState.RETRYING, as_json,
           "will be read again on the next cycle")


@app.command("drop")
def drop(ctx: typer.Context, message_id: str | None = _MESSAGE, every: bool = _ALL,
         as_json: bool = _AS_JSON) -> None:
    """Stop trying a quarantined message for good. It stays in your mailbox, untouched.

    Example: afterword quarantine drop --all
    """
    _apply(ctx, message_id, every, FailureState.DROPPED, as_json,
           "dropped; they stay in your mailbox")
