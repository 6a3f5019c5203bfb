"""``afterword label``: record that a message is, or is not, a rejection."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from afterword.daemon.cli.context import context
from afterword.daemon.cli.safe_text import shown
from afterword.daemon.detection.corrections import clear_label, record_label
from afterword.daemon.errors import UsageError


def label(
    ctx: typer.Context,
    message_id: Annotated[str, typer.Argument(
        metavar="MESSAGE-ID", help="The message's Message-ID, angle brackets optional.")],
    verdict: Annotated[str | None, typer.Argument(
        metavar="KIND", help="rejection, interview, offer, application_received, other "
                             "(or not-rejection).")] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Remove the message's label.")
                     ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print what was done as JSON.")] = False,
) -> None:
    """Tell Afterword what one message really is; your label wins from now on.

    Labelling a message anything but rejection cancels its scheduled draft and
    reminder. `afterword learn` then carries your labels to similar mail (the
    daemon does it by itself at its next cycle). Labels are also the ground truth
    of `afterword backtest --labels store`. `afterword check --json FILE.eml`
    shows a message's Message-ID.

    Examples:
      afterword label '<7f3a9@mail.acme.example>' other
      afterword label '<5e1@ats.example>' interview
      afterword label '<7f3a9@mail.acme.example>' --clear
    """
    cli = context(ctx)
    if clear == (verdict is not None):
        raise UsageError("give a KIND, or --clear to remove the label",
                         hint="e.g. afterword label '<id@host>' rejection")
    if clear:
        removed = clear_label(cli.store(), message_id)
        if as_json:
            typer.echo(json.dumps({"message_id": message_id, "cleared": removed}))
        else:
            cli.out.print(f"Label removed from {shown(message_id)}." if removed
                          else f"{shown(message_id)} had no label.")
        return
    assert verdict is not None
    done = record_label(cli.store(), message_id, verdict)
    if as_json:
        typer.echo(json.dumps({
            "message_id": done.message_id, "label": done.label, "seen_as": list(done.seen_as),
            "drafts_cancelled": done.drafts_cancelled,
            "reminders_cancelled": done.reminders_cancelled,
            "drafts_already_written": done.drafts_already_written}))
        return
    cli.out.print(f"Labelled {shown(done.message_id)} {done.label}.")
    if not done.seen_as:
        cli.out.print("Afterword has not read this message yet; the label applies when it does.")
    elif done.label == "rejection" and "rejection" not in done.seen_as:
        cli.out.print(f"Afterword read it as {', '.join(done.seen_as)}: the label is kept for "
                      "backtests, but no draft is made for mail already read.")
    if done.drafts_cancelled or done.reminders_cancelled:
        cli.out.print(f"Cancelled {done.drafts_cancelled} scheduled draft(s) and "
                      f"{done.reminders_cancelled} reminder(s).")
    if done.drafts_already_written:
        cli.out.print("A draft reply was already written to your Drafts folder; "
                      "delete it there if you do not want it.")
