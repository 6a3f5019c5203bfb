"""``afterword init``: write the commented starter config where Afterword looks for it."""

from __future__ import annotations

from importlib import resources
from typing import Annotated

import typer
from rich.markup import escape

from daemon.cli.context import context
from daemon.errors import UsageError
from daemon.rules_file import write_atomically


def starter_config() -> str:
    """The shipped example config: every key, its default and what it means."""
    return resources.files("daemon").joinpath("config.example.toml").read_text(encoding="utf-8")


def init(
    ctx: typer.Context,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace an existing config file.")] = False,
    print_only: Annotated[bool, typer.Option(
        "--print", help="Print the starter config to stdout and write nothing.")] = False,
) -> None:
    """Write a starter config file, with every key explained, for you to edit.

    It goes where Afterword looks: --config PATH, else $AFTERWORD_CONFIG, else
    ~/.config/afterword/config.toml. An existing file is left alone unless
    --force is given. Then set your name and your account, store the password
    with `afterword auth set NAME`, and check it all with `afterword doctor`.

    Examples:
      afterword init
      afterword init --config ~/afterword-test.toml
      afterword init --print > config.toml
    """
    text = starter_config()
    if print_only:
        typer.echo(text, nl=False)
        return
    cli = context(ctx)
    path = cli.resolved_config_path()
    if path.exists() and not force:
        raise UsageError(f"{path} already exists",
                         hint="edit it, or add --force to replace it with the starter config")
    write_atomically(path, text)
    steps = ("Next: set [identity] and [[accounts]] in it, then\n"
             "  afterword auth set NAME      # the account's password, into the keyring\n"
             "  afterword doctor             # check config, login and Drafts folder\n"
             "  afterword run --dry-run      # see what it would write")
    cli.out.print(f"Wrote the starter config to {escape(str(path))}.\n{escape(steps)}")
