"""``afterword demo``: see the whole job on a throwaway mailbox in one command."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer
from rich.markup import escape

from afterword.daemon.cli.context import context
from afterword.daemon.cli.run import readable, show_report
from afterword.daemon.demo.sandbox import run_demo
from afterword.daemon.errors import UsageError
from afterword.daemon.service import logging_setup


def demo(
    ctx: typer.Context,
    directory: Path | None = typer.Option(
        None, "--dir", metavar="DIR",
        help="Where to build the demo mailbox (default: a new temporary directory)."),
) -> None:
    """Run Afterword once on a throwaway Maildir of sample job emails.

    Needs no config and no account. The demo mailbox holds an application
    confirmation, an interview invitation, three rejections (one after an
    interview, one from a no-reply address that says no feedback is given, one
    in German), a job-alert newsletter and a rejected conference paper. With
    cooling-off set to 0, one cycle classifies them, links them to
    applications and writes the drafts, whose file paths are printed at the end.
    Your real mailboxes and state are not touched.

    Examples:
      afterword demo
      afterword demo --dir /tmp/afterword-demo   # keep the mailbox to look at it
    """
    cli = context(ctx)
    if not cli.verbose:
        logging_setup.quiet()
    root = directory or Path(tempfile.mkdtemp(prefix="afterword-demo-"))
    if root.exists() and not root.is_dir():
        raise UsageError(f"{root} is a file, not a folder",
                         hint="give --dir a new folder (or leave it out for a temporary one)")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create the demo folder {root}: {exc.strerror or exc}",
                         hint="give --dir a folder you can write to") from None
    result = run_demo(root)
    show_report(cli, result.report, dry_run=False)
    cli.out.print()
    if result.draft_files:
        cli.out.print("[bold]The drafts, as your mail client will show them:[/]")
        for path in result.draft_files.values():
            cli.out.print(escape(readable(path.read_bytes())))
        cli.out.print(f"They are files of a Maildir: `mutt -f {escape(str(root / 'Maildir'))}` "
                      "(or neomutt, aerc) opens the whole demo mailbox.")
    cli.out.print(f"Demo mailbox and state: {escape(str(root))}")
