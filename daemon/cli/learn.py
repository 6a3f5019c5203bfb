"""``afterword learn``: carry your labels to similar mail with a layer fitted on this machine."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from afterword.daemon.cli.context import context
from afterword.daemon.cli.safe_text import shown
from afterword.daemon.detection.learning import learn as fit_layer


def learn(
    ctx: typer.Context,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", "-n", help="Show which messages would change kind; keep nothing.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Fit your own layer on your labels, so that similar messages are read as you read them.

    The layer sits on top of the shipped detection and learns only your
    corrections; it is fitted here, in plain Python, and kept in your state
    database: nothing leaves the machine. A rule in your own rules file still
    wins over it. The daemon runs this by itself when your labels change.

    Examples:
      afterword label '<7f3a9@mail.acme.example>' other
      afterword learn --dry-run
      afterword learn
    """
    cli = context(ctx)
    result = fit_layer(cli.store(), dry_run=dry_run)
    if as_json:
        typer.echo(json.dumps({
            "labels": result.labels, "applied": result.applied,
            "changes": [{"message_id": c.message_id, "subject": c.subject, "before": c.before,
                         "after": c.after} for c in result.changes]}, indent=2,
            ensure_ascii=False))
        return
    if not result.labels:
        cli.out.print("No message is labelled with a kind yet: nothing to learn "
                      "(`afterword label MESSAGE-ID KIND` labels one).")
    if result.changes:
        table = Table(title="Messages read differently" + (" (dry run)" if dry_run else ""),
                      title_justify="left")
        for column in ("message id", "subject", "was", "now"):
            table.add_column(column, overflow="fold")
        for change in result.changes:
            table.add_row(shown(change.message_id), shown(change.subject[:60]), change.before,
                          change.after)
        cli.out.print(table)
    verb = "Would learn" if dry_run else "Learned"
    cli.out.print(f"{verb} from {result.labels} label(s); {len(result.changes)} stored "
                  "message(s) read differently." + ("" if dry_run else
                                                     " New mail is read this way from now on."))
