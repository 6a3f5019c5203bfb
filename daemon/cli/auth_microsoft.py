"""``afterword auth microsoft``: log an Outlook / Microsoft 365 account in with a device code."""

from __future__ import annotations

from typing import Annotated

import typer

from afterword.daemon.cli.context import context
from afterword.daemon.errors import UsageError
from afterword.daemon.mailbox.accounts import microsoft_login


def microsoft(ctx: typer.Context,
              account: Annotated[str, typer.Argument(
                  metavar="ACCOUNT",
                  help='IMAP account from the config with oauth = "microsoft".')]) -> None:
    """Log ACCOUNT in to Microsoft (Outlook.com, Hotmail, Microsoft 365) for IMAP.

    Prints an address and a one-time code. Open the address on any device (your
    phone will do; this works over SSH), enter the code, sign in and accept
    the permission to read and write your mail over IMAP. Afterword then
    keeps the login (a refresh token) in the system keyring and renews the
    access token by itself; you log in again only if the login is revoked.

    The account needs kind = "imap", auth = "xoauth2", oauth = "microsoft",
    tenant and client_id in the config: registering your own app in Entra ID
    and choosing the tenant is explained step by step in docs/microsoft.md.

    Example:
      afterword init --provider outlook   # then set username, tenant, client_id
      afterword auth microsoft outlook
        To sign in, open https://microsoft.com/devicelogin on any device
        and enter the code ABCD1234
      afterword doctor                    # the login and the token's expiry
    """
    from afterword.daemon.auth.microsoft import run_device_login

    cli = context(ctx)
    config = microsoft_login(cli.config().account(account))
    if config is None:
        raise UsageError(f"account {account!r} does not log in with Microsoft",
                         hint='`auth microsoft` is for IMAP accounts with oauth = "microsoft"; '
                              "`afterword init --provider outlook --print` shows such a block")
    user = run_device_login(config, show=cli.out.print)
    who = f" as {user}" if user else ""
    cli.out.print(f"Logged in{who}: the Microsoft login for {account} is in the system keyring.")
