"""The ``afterword`` command line: global options, sub-command groups, and the error edge.

:func:`main` is the console entry point and what tests call. It turns every
:class:`~afterword.daemon.errors.AfterwordError` into one line on stderr and its exit
status (2 for what the user must fix); ``--debug`` shows tracebacks instead.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from afterword.daemon import __version__
from afterword.daemon.cli import (
    apps,
    auth,
    backtest,
    check,
    demo,
    doctor,
    init,
    insights,
    label,
    learn,
    quarantine,
    rules,
    run,
    service,
    status,
)
from afterword.daemon.cli.context import CliContext
from afterword.daemon.errors import AfterwordError
from afterword.daemon.service import logging_setup

app = typer.Typer(
    name="afterword",
    help=(
        "Afterword watches your mailbox for job rejections and, after a cooling-off "
        "period, writes a polite feedback-request reply into your Drafts folder. "
        "It never sends mail: you review and send drafts yourself.\n\n"
        "Start with `afterword demo`; then `afterword init` writes a config for you to "
        "edit, and `afterword doctor` checks it.\n\n"
        "Example: afterword run --once --dry-run"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"afterword {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    config: Path | None = typer.Option(
        None, "--config", "-c", metavar="PATH",
        help="Config file (default: $AFTERWORD_CONFIG, else ~/.config/afterword/config.toml)."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True,
                                help="More log output (-v for debug)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    cli = CliContext(config_path=config, verbose=verbose, debug=debug)
    if isinstance(ctx.obj, list):
        ctx.obj.append(cli)
    ctx.obj = cli
    logging_setup.configure(verbose=verbose > 0)


_START, _DAILY, _TUNE = "Getting started", "Day to day", "Tuning detection"
app.command("demo", rich_help_panel=_START)(demo.demo)
app.command("init", rich_help_panel=_START)(init.init)
app.command("doctor", rich_help_panel=_START)(doctor.doctor)
app.add_typer(auth.app, name="auth", rich_help_panel=_START)
app.add_typer(service.app, name="service", rich_help_panel=_START)
app.command("run", rich_help_panel=_DAILY)(run.run)
app.command("status", rich_help_panel=_DAILY)(status.status)
app.add_typer(status.drafts_app, name="drafts", rich_help_panel=_DAILY)
app.add_typer(status.reminders_app, name="reminders", rich_help_panel=_DAILY)
app.add_typer(apps.app, name="apps", rich_help_panel=_DAILY)
app.add_typer(quarantine.app, name="quarantine", rich_help_panel=_DAILY)
app.command("insights", rich_help_panel=_DAILY)(insights.insights)
app.command("check", rich_help_panel=_TUNE)(check.check)
app.command("label", rich_help_panel=_TUNE)(label.label)
app.command("learn", rich_help_panel=_TUNE)(learn.learn)
app.add_typer(rules.app, name="rules", rich_help_panel=_TUNE)
app.command("backtest", rich_help_panel=_TUNE)(backtest.backtest)


GLOBAL_FLAGS = {"--debug", "-v", "--verbose", "-vv"}
GLOBAL_VALUED = {"--config", "-c"}


def hoist_global_options(args: list[str]) -> list[str]:
    """Move global options written after the sub-command to the front.

    ``afterword doctor --config x.toml`` then means the same as
    ``afterword --config x.toml doctor``. Nothing after ``--`` is touched.
    """
    front: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest.extend(args[index:])
            break
        if arg in GLOBAL_FLAGS:
            front.append(arg)
        elif arg in GLOBAL_VALUED and index + 1 < len(args):
            front.extend(args[index:index + 2])
            index += 1
        elif arg.startswith("--config="):
            front.append(arg)
        else:
            rest.append(arg)
        index += 1
    return front + rest


def _no_value_shown_for_flags(command: Any) -> None:
    """Help shows ``--json`` rather than ``--json <bool>``: a flag takes no value."""
    for param in command.params:
        if getattr(param, "is_flag", False) or getattr(param, "count", False):
            param.metavar = ""
            param.show_default = False
    make_help_option = command.get_help_option

    def help_option_without_value(ctx: Any) -> Any:
        option = make_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option

    command.get_help_option = help_option_without_value
    for child in getattr(command, "commands", {}).values():
        _no_value_shown_for_flags(child)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    command = typer.main.get_command(app)
    _no_value_shown_for_flags(command)
    args = hoist_global_options(list(sys.argv[1:] if argv is None else argv))
    debug = "--debug" in args
    holder: list[CliContext] = []
    try:
        result = command.main(args=args, prog_name="afterword", standalone_mode=False,
                              obj=holder)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        return 130
    except typer.TyperException as exc:
        show = getattr(exc, "show", None)
        if show is None:
            raise
        show()
        return int(getattr(exc, "exit_code", 2))
    except AfterwordError as exc:
        if debug:
            raise
        typer.echo(f"afterword: {exc.one_line()}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    finally:
        for cli in holder:
            cli.close()
    return result if isinstance(result, int) else 0
