"""``afterword auth``: put an account's secret in the system keyring."""

from __future__ import annotations

import sys

import typer

from afterword.daemon.auth.secrets import store_password
from afterword.daemon.cli.auth_gmail import gmail
from afterword.daemon.cli.auth_microsoft import microsoft
from afterword.daemon.cli.context import context
from afterword.daemon.errors import UsageError
from afterword.daemon.mailbox.kinds import kind_of

app = typer.Typer(help="Store account secrets in the system keyring (never in the config file).\n\n"
                       "Example: afterword auth set personal",
                  no_args_is_help=True)


@app.command("set")
def set_password(ctx: typer.Context,
                 account: str = typer.Argument(..., metavar="ACCOUNT",
                                               help="Account name from the config.")) -> None:
    """Store ACCOUNT's IMAP password in the keyring.

    Prompts without echo on a terminal; reads one line from standard input
    otherwise. The password replaces any stored before; the service picks it up
    at its next login. `afterword doctor` then checks that the server takes it.

    Examples:
      afterword auth set personal
      pass show mail/personal | afterword auth set personal
    """
    cli = context(ctx)
    configured = cli.config().account(account)
    refusal = kind_of(configured).no_password(configured)
    if refusal is not None:
        why, instead = refusal
        raise UsageError(f"account {account!r} {why}", hint=instead)
    if sys.stdin.isatty():
        password = typer.prompt(f"Password for {account}", hide_input=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError("no password given; nothing stored")
    store_password(account, password)
    cli.out.print(f"Stored the password for {account} in the system keyring.")


app.command("gmail")(gmail)
app.command("microsoft")(microsoft)
