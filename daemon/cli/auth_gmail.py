"""``afterword auth gmail``: log a Gmail account in and keep its refresh token in the keyring."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afterword.daemon.cli.context import context
from afterword.daemon.errors import UsageError
from afterword.daemon.mailbox.kinds import kind_of


def gmail(ctx: typer.Context,
          account: Annotated[str, typer.Argument(metavar="ACCOUNT",
                                                 help="Gmail account name from the config.")],
          client_secrets: Annotated[Path, typer.Option(
              "--client-secrets", metavar="FILE",
              help="The OAuth client JSON downloaded from Google Cloud (Desktop app).")],
          console: Annotated[bool, typer.Option(
              "--console",
              help="No browser here: print the address to open elsewhere and read back "
                   "where the browser was sent.")] = False) -> None:
    """Log ACCOUNT in to Google (read, drafts, insert; never send) and store the refresh token.

    Opens a browser on this machine; with --console, works over SSH on a headless server.
    Creating the OAuth client in Google Cloud is explained in docs/gmail.md.

    Examples:
      afterword auth gmail work --client-secrets ~/Downloads/client_secret.json
      afterword auth gmail work --client-secrets client_secret.json --console
    """
    from afterword.daemon.auth.gmail import run_login_flow

    cli = context(ctx)
    if kind_of(cli.config().account(account)).oauth_login != "google":
        raise UsageError(f"account {account!r} is not a Gmail account",
                         hint="`auth gmail` is for accounts with kind = \"gmail\"")
    run_login_flow(account, client_secrets, console=console)
    cli.out.print(f"Logged in: the Gmail login for {account} is in the system keyring.")
