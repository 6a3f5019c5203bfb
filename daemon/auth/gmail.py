"""Gmail OAuth credentials: the keyring login, the ``token_command`` helper, the login flow.

Two ways to authorise an account:

* **keyring login** (default): ``afterword auth gmail ACCOUNT --client-secrets FILE`` runs
  Google's installed-app flow (:func:`run_login_flow`) and keeps the refresh token and the
  OAuth client id/secret as one JSON entry in the system keyring (service ``afterword``,
  user ``gmail:ACCOUNT``). :func:`keyring_credentials` turns it back into self-refreshing
  :class:`google.oauth2.credentials.Credentials`.
* **token_command**: a command that prints a current access token (the convention of mutt
  and aerc users), run by :func:`~afterword.daemon.auth.secrets.run_secret_command`
  like the IMAP XOAUTH2 one. :class:`TokenCommandCredentials` runs it again when the
  token is old or the API answers 401.

Scopes are the least Afterword needs: read mail, write drafts, insert the reminder. A
refresh token Google no longer honours (``invalid_grant``: revoked, or the 7-day expiry of
apps in "testing" status) becomes a :class:`CredentialError` naming the command to log in
again (:func:`credential_error`). Tokens and secrets never appear in messages or logs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import keyring
import keyring.errors
from google.auth import credentials as ga_credentials
from google.auth.exceptions import RefreshError
from google.auth.transport import Request
from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import InstalledAppFlow
from oauthlib.oauth2.rfc6749.errors import OAuth2Error

from afterword.daemon.auth.secrets import KEYRING_SERVICE, run_secret_command
from afterword.daemon.errors import CredentialError, UsageError
from afterword.daemon.mailbox.accounts import GmailAccount

log = logging.getLogger(__name__)

SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/gmail.insert",
)
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
# How long a token printed by token_command is trusted before the command runs again;
# a 401 from the API refreshes earlier.
TOKEN_COMMAND_TTL = timedelta(minutes=15)
# The console flow's redirect: a loopback address nothing listens on. The browser fails
# to load it and the user copies the address (which carries the code) back to us.
CONSOLE_REDIRECT_URI = "http://localhost:1/"


def keyring_user(account: str) -> str:
    return f"gmail:{account}"


def relogin_hint(account: str) -> str:
    return f"run `afterword auth gmail {account} --client-secrets FILE` to log in again"


def keyring_credentials(account: str, *, token_uri: str | None = None) -> Credentials:
    """Self-refreshing credentials from the keyring entry the login flow stored.

    ``token_uri`` overrides the stored/Google token endpoint (tests use a local fake).
    """
    try:
        stored = keyring.get_password(KEYRING_SERVICE, keyring_user(account))
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"cannot read the keyring for Gmail account {account!r} ({type(exc).__name__})",
            hint="install a keyring backend, or set token_command for this account") from None
    if stored is None:
        raise CredentialError(f"no Gmail login stored for account {account!r}",
                              hint=relogin_hint(account))
    try:
        entry = json.loads(stored)
        return Credentials(
            token=None, refresh_token=entry["refresh_token"],
            token_uri=token_uri or entry.get("token_uri") or GOOGLE_TOKEN_URI,
            client_id=entry["client_id"], client_secret=entry["client_secret"],
            scopes=list(SCOPES))
    except (ValueError, KeyError, TypeError):
        raise CredentialError(f"the keyring entry for Gmail account {account!r} is damaged",
                              hint=relogin_hint(account)) from None


def store_login(account: str, *, refresh_token: str, client_id: str, client_secret: str,
                token_uri: str | None = None) -> None:
    """Keep the refresh token and its OAuth client in the keyring, as one JSON entry."""
    entry = {"refresh_token": refresh_token, "client_id": client_id,
             "client_secret": client_secret, "token_uri": token_uri or GOOGLE_TOKEN_URI}
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(account), json.dumps(entry))
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"cannot write the Gmail login for account {account!r} to the keyring "
            f"({type(exc).__name__})",
            hint="install a keyring backend, or use token_command for this account") from None
    log.info("stored the Gmail login for account %s in the keyring", account)


class TokenCommandCredentials(ga_credentials.Credentials):
    """Bearer credentials whose refresh runs the account's ``token_command``."""

    def __init__(self, account: str, command: str) -> None:
        super().__init__()
        self._account = account
        self._command = command

    def refresh(self, request: Request) -> None:
        """Run the command again; its failure is a CredentialError naming the account."""
        self.token = run_secret_command(self._command, self._account, "token_command")
        # google-auth compares expiry with a naive UTC datetime.
        self.expiry = datetime.now(UTC).replace(tzinfo=None) + TOKEN_COMMAND_TTL


def credentials_factory(account: GmailAccount, *, token_uri: str | None = None
                        ) -> Callable[[], ga_credentials.Credentials]:
    """What :class:`~afterword.daemon.mailbox.gmail.GmailMailbox` calls at connect time: the
    account's ``token_command`` when set, else its keyring login."""
    name, command = account.name, account.token_command
    if command:
        return lambda: TokenCommandCredentials(name, command)
    return lambda: keyring_credentials(name, token_uri=token_uri)


def credential_error(account: str, exc: RefreshError) -> CredentialError:
    """The user-facing error for a failed token refresh, naming the fix."""
    details: Any = exc.args[1] if len(exc.args) > 1 else None
    code = details.get("error") if isinstance(details, dict) else None
    if code is None and exc.args and str(exc.args[0]).startswith("invalid_grant"):
        code = "invalid_grant"
    if code == "invalid_grant":
        return CredentialError(
            f"Gmail login for account {account!r} was revoked or has expired",
            hint=relogin_hint(account))
    reason = f" ({code})" if isinstance(code, str) else ""
    return CredentialError(f"Google refused to refresh the Gmail login for account "
                           f"{account!r}{reason}", hint=relogin_hint(account))


def run_login_flow(account: str, client_secrets_path: str | Path, *, console: bool,
                   read_line: Callable[[str], str] = input,
                   show: Callable[[str], None] = print) -> None:
    """Log in to Google in a browser and keep the refresh token in the keyring.

    ``console=False`` opens a browser and catches the redirect on a local port.
    ``console=True`` is for headless machines: it shows the address to open anywhere and
    reads back the address the browser was redirected to (or just its ``code``).
    """
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(client_secrets_path),
                                                         scopes=list(SCOPES))
    except (OSError, ValueError, KeyError) as exc:
        raise UsageError(f"cannot use OAuth client secrets file {client_secrets_path} "
                         f"({type(exc).__name__})",
                         hint="download the Desktop app client JSON from Google Cloud "
                              "Console > APIs & Services > Credentials") from None
    try:
        if console:
            creds = _console_login(flow, read_line, show)
        else:
            creds = flow.run_local_server(
                port=0, open_browser=True, access_type="offline", prompt="consent",
                authorization_prompt_message="Open this address to log in to Google: {url}",
                success_message="Afterword is authorised. You can close this window.")
    except OAuth2Error as exc:
        raise CredentialError(f"Google refused the login for account {account!r} "
                              f"({exc.error})", hint=relogin_hint(account)) from None
    except Warning:
        # oauthlib raises a bare Warning when fewer scopes were granted than asked for
        # (the user unticked a box on Google's consent screen).
        raise CredentialError(
            f"the login for account {account!r} did not grant every permission Afterword "
            "needs (read mail, write drafts, add the reminder)",
            hint="tick every box on Google's consent screen; " + relogin_hint(account)
        ) from None
    if not creds.refresh_token:
        raise CredentialError(f"Google returned no refresh token for account {account!r}",
                              hint="remove Afterword's access at myaccount.google.com/"
                                   "permissions, then " + relogin_hint(account))
    client = flow.client_config
    store_login(account, refresh_token=creds.refresh_token, client_id=client["client_id"],
                client_secret=client["client_secret"], token_uri=client.get("token_uri"))


def _console_login(flow: InstalledAppFlow, read_line: Callable[[str], str],
                   show: Callable[[str], None]) -> Any:
    flow.redirect_uri = CONSOLE_REDIRECT_URI
    url, state = flow.authorization_url(access_type="offline", prompt="consent")
    show("Open this address in a browser on any machine and allow access:")
    show(url)
    show("The browser then fails to load a localhost address; that is expected. "
         "Copy that address (or just its code=... value) and paste it here.")
    code = _code_from(read_line("Address or code: ").strip(), state)
    flow.fetch_token(code=code)
    return flow.credentials


def _code_from(answer: str, state: str) -> str:
    """The authorization code from a pasted redirect address, or the pasted code itself."""
    if not answer:
        raise UsageError("no authorization code was entered")
    if "code=" not in answer and "error=" not in answer:
        return answer
    params = parse_qs(urlsplit(answer).query or answer)
    if "error" in params:
        raise CredentialError(f"Google refused the login ({params['error'][0]})")
    if params.get("state", [state])[0] != state:
        raise CredentialError("the pasted address belongs to another login attempt",
                              hint="start the login again and paste the newest address")
    return params["code"][0]
