"""``afterword init``: write the commented starter config where Afterword looks for it."""

from __future__ import annotations

from importlib import resources
from typing import Annotated

import typer
from rich.markup import escape

from afterword.daemon.cli.context import context
from afterword.daemon.errors import UsageError
from afterword.daemon.files import write_atomically

PROVIDERS = ("imap", "outlook", "gmail")
#: Where the example's active account block ends (the commented alternatives follow).
_ACCOUNT_BLOCK_END = "\n# A local Maildir"
NEXT_STEPS = {
    "imap": "  afterword auth set NAME      # the account's password, into the keyring\n",
    "outlook": "  afterword auth microsoft NAME   # sign in with a code (docs/microsoft.md)\n",
    "gmail": "  afterword auth gmail NAME --client-secrets FILE   # docs/gmail.md\n",
}


def starter_config(provider: str = "imap") -> str:
    """The shipped example config (every key, its default and what it means), with the
    account block for ``provider``: a generic IMAP server, Outlook/Microsoft 365, Gmail."""
    packaged = resources.files("afterword.daemon").joinpath("config.example.toml")
    text = packaged.read_text(encoding="utf-8")
    if provider == "imap":
        return text
    block = resources.files("afterword.daemon").joinpath(f"providers/{provider}.toml").read_text(
        encoding="utf-8")
    start = text.index("[[accounts]]")
    end = text.index(_ACCOUNT_BLOCK_END, start)
    return text[:start] + block + text[end:]


def init(
    ctx: typer.Context,
    force: Annotated[bool, typer.Option(
        "--force", help="Replace an existing config file.")] = False,
    print_only: Annotated[bool, typer.Option(
        "--print", help="Print the starter config to stdout and write nothing.")] = False,
    provider: Annotated[str, typer.Option(
        "--provider", metavar="imap|outlook|gmail",
        help="Which account block to start with: any IMAP server (default), "
             "Outlook/Microsoft 365 (Microsoft login), or Gmail (Google login).")] = "imap",
) -> None:
    """Write a starter config file, with every key explained, for you to edit.

    It goes where Afterword looks: --config PATH, else $AFTERWORD_CONFIG, else
    ~/.config/afterword/config.toml. An existing file is left alone unless
    --force is given. Then set your name and your account, store the password
    with `afterword auth set NAME`, and check it all with `afterword doctor`.

    --provider outlook writes an Outlook.com / Microsoft 365 account
    (outlook.office365.com, SSL, XOAUTH2 with Afterword's own Microsoft login);
    --provider gmail a Gmail API account.

    Examples:
      afterword init
      afterword init --provider outlook
      afterword init --config ~/afterword-test.toml
      afterword init --print > config.toml
    """
    if provider not in PROVIDERS:
        raise UsageError(f"unknown provider {provider!r}",
                         hint=f"use one of {', '.join(PROVIDERS)}")
    text = starter_config(provider)
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
             + NEXT_STEPS[provider] +
             "  afterword doctor             # check config, login and Drafts folder\n"
             "  afterword run --dry-run      # see what it would write")
    cli.out.print(f"Wrote the starter config to {escape(str(path))}.\n{escape(steps)}")
