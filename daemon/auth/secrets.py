"""Getting an account's secret: a ``password_command``/``token_command``, else the keyring.

Secrets are returned to the caller and never logged; error messages name the
account and the fix, never the secret or the command's output.
"""

from __future__ import annotations

import logging
import shlex
import subprocess

import keyring
import keyring.errors

from afterword.daemon.errors import CredentialError
from afterword.daemon.mailbox.accounts import AccountBase, ImapAccount
from afterword.daemon.service.logging_setup import register_secret

log = logging.getLogger(__name__)

KEYRING_SERVICE = "afterword"
COMMAND_TIMEOUT_SECONDS = 30


def keyring_username(account: AccountBase | str) -> str:
    """The keyring entry name under the ``afterword`` service for an account."""
    name = account if isinstance(account, str) else account.name
    return f"account:{name}"


def run_secret_command(command: str, account_name: str, what: str) -> str:
    """Run ``command`` and return the first line of its output (mbsync's PassCmd convention)."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise CredentialError(
            f"account {account_name!r}: {what} cannot be parsed ({exc})") from None
    try:
        done = subprocess.run(argv, capture_output=True, timeout=COMMAND_TIMEOUT_SECONDS,
                              check=False, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise CredentialError(f"account {account_name!r}: {what} program {argv[0]!r} not found",
                              hint="check the command in your config") from None
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"account {account_name!r}: {what} did not finish in {COMMAND_TIMEOUT_SECONDS}s",
            hint="does it wait for a prompt? it must print the secret and exit") from None
    if done.returncode != 0:
        raise CredentialError(f"account {account_name!r}: {what} exited with status "
                              f"{done.returncode}", hint="run it by hand to see why")
    secret = done.stdout.decode("utf-8", "replace").splitlines()
    if not secret or not secret[0]:
        raise CredentialError(f"account {account_name!r}: {what} printed nothing")
    register_secret(secret[0])
    return secret[0]


def get_password(account: ImapAccount) -> str:
    """The password for an IMAP account, from its command or the keyring."""
    if account.password_command:
        return run_secret_command(account.password_command, account.name, "password_command")
    try:
        password = keyring.get_password(KEYRING_SERVICE, keyring_username(account))
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"account {account.name!r}: the system keyring is not available "
            f"({type(exc).__name__})",
            hint="set password_command in the config instead") from None
    if not password:
        raise CredentialError(f"account {account.name!r}: no password stored",
                              hint=f"run `afterword auth set {account.name}`")
    register_secret(password)
    return password


def get_token(account: ImapAccount) -> str:
    """A current OAuth access token from the account's ``token_command``."""
    if not account.token_command:
        raise CredentialError(f"account {account.name!r}: auth = \"xoauth2\" needs token_command",
                              hint='or oauth = "microsoft" for Outlook and Microsoft 365')
    return run_secret_command(account.token_command, account.name, "token_command")


def store_password(account_name: str, password: str) -> None:
    """Save a password in the keyring for ``afterword auth set``."""
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_username(account_name), password)
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"cannot store the password in the system keyring ({type(exc).__name__})",
            hint="use password_command in the config instead") from None
