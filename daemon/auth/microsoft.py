"""Microsoft (Outlook.com, Microsoft 365) OAuth login for IMAP XOAUTH2, with MSAL.

``afterword auth microsoft ACCOUNT`` runs the device-code flow (:func:`run_device_login`):
it prints an address and a code, the user signs in on any machine, and MSAL's serialized
token cache (refresh token, access token, account) is kept as one keyring entry (service
``afterword``, user ``microsoft:ACCOUNT``). :func:`access_token` then gives a current
access token without user interaction: MSAL returns the cached one while it has more than
five minutes left, else redeems the refresh token; the cache is written back to the
keyring whenever it changed.

A refresh token Microsoft no longer honours (revoked, expired, password changed) becomes a
:class:`CredentialError` naming the command to log in again; a network failure on the way
to Microsoft is :class:`MailboxUnavailable`, retried like an unreachable mail server.
Tokens never appear in messages or logs (each is registered with :func:`register_secret`).

The app is the user's own public client registered in Entra ID (docs/microsoft.md);
``authority`` defaults to the worldwide cloud and may name a national cloud's host.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import keyring
import keyring.errors
import msal

from afterword.daemon.auth.secrets import KEYRING_SERVICE
from afterword.daemon.errors import CredentialError, MailboxUnavailable, UsageError
from afterword.daemon.mailbox.accounts import DEFAULT_MICROSOFT_AUTHORITY, ImapAccount
from afterword.daemon.service.logging_setup import register_secret

log = logging.getLogger(__name__)

#: The delegated permission that lets a token log in to Outlook's IMAP server. MSAL adds
#: ``offline_access`` (the refresh token), ``openid`` and ``profile`` itself.
IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
SCOPES = [IMAP_SCOPE]


def keyring_user(account: str) -> str:
    return f"microsoft:{account}"


def login_command(account: str) -> str:
    return f"afterword auth microsoft {account}"


def relogin_hint(account: str) -> str:
    return f"run `{login_command(account)}` to log in again"


@dataclass(frozen=True)
class TokenStatus:
    """What ``doctor`` shows about a stored login: who, and until when the token is good."""

    username: str
    expires_in_seconds: int


def _authority(account: ImapAccount) -> str:
    host = (account.authority or DEFAULT_MICROSOFT_AUTHORITY).rstrip("/")
    return f"{host}/{account.tenant}"


def _application(account: ImapAccount, cache: msal.SerializableTokenCache
                 ) -> msal.PublicClientApplication:
    """The MSAL client for ``account``. MSAL fetches the tenant's OpenID configuration here:
    a tenant Microsoft does not know is a CredentialError, no network MailboxUnavailable."""
    try:
        return msal.PublicClientApplication(
            account.client_id or "", authority=_authority(account), token_cache=cache,
            instance_discovery=False)
    except ValueError as exc:
        raise CredentialError(
            f"account {account.name!r}: Microsoft does not know tenant {account.tenant!r} "
            f"({str(exc).splitlines()[0][:120]})",
            hint="check tenant in the config: consumers, organizations or your tenant id"
        ) from None
    except OSError as exc:  # requests' ConnectionError is an OSError
        raise _unreachable(account, exc) from None


def _load_cache(account: ImapAccount) -> msal.SerializableTokenCache:
    cache = msal.SerializableTokenCache()
    stored = _read_keyring(account.name)
    if stored is None:
        raise CredentialError(f"account {account.name!r}: no Microsoft login stored",
                              hint=f"run `{login_command(account.name)}`")
    try:
        cache.deserialize(stored)
    except ValueError:
        raise CredentialError(f"account {account.name!r}: the stored Microsoft login is "
                              "damaged", hint=relogin_hint(account.name)) from None
    return cache


def _read_keyring(account: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(account))
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"account {account!r}: cannot read the keyring ({type(exc).__name__})",
            hint="install a keyring backend, or set token_command for this account") from None


def _save_cache(account: str, cache: msal.SerializableTokenCache) -> None:
    if not cache.has_state_changed:
        return
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(account), cache.serialize())
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"account {account!r}: cannot write the Microsoft login to the keyring "
            f"({type(exc).__name__})",
            hint="install a keyring backend, or use token_command for this account") from None
    cache.has_state_changed = False


def login_stamp(account: str) -> str | None:
    """A fingerprint of the stored login: it changes when the user logs in again (and when
    another process, e.g. ``doctor``, renews the access token in it)."""
    try:
        stored = keyring.get_password(KEYRING_SERVICE, keyring_user(account))
    except keyring.errors.KeyringError:
        return None
    return None if stored is None else hashlib.sha256(stored.encode()).hexdigest()


def _cached_account(app: msal.PublicClientApplication, account: ImapAccount) -> dict[str, Any]:
    known = app.get_accounts()
    wanted = account.username.lower()
    for entry in known:
        if str(entry.get("username", "")).lower() == wanted:
            return dict(entry)
    if known:
        return dict(known[0])
    raise CredentialError(f"account {account.name!r}: the stored Microsoft login is for "
                          "another app or tenant", hint=relogin_hint(account.name))


def _token_from(result: dict[str, Any] | None, account: ImapAccount) -> str:
    if not result:
        raise CredentialError(f"account {account.name!r}: the Microsoft login has no usable "
                              "token", hint=relogin_hint(account.name))
    if "access_token" not in result:
        raise refresh_error(account.name, str(result.get("error", "unknown")))
    token = str(result["access_token"])
    register_secret(token)
    return token


def refresh_error(account: str, code: str) -> CredentialError:
    """The one-line error for a refresh Microsoft refused, naming the login command."""
    if code in ("invalid_grant", "interaction_required", "consent_required"):
        return CredentialError(f"account {account!r}: the Microsoft login was revoked or "
                               "has expired", hint=relogin_hint(account))
    return CredentialError(f"account {account!r}: Microsoft refused to refresh the login "
                           f"({code})", hint=relogin_hint(account))


def access_token(account: ImapAccount) -> str:
    """A current access token for ``account``'s IMAP login, refreshed silently if needed."""
    return _silent_login(account)[0]


def token_status(account: ImapAccount) -> TokenStatus:
    """Who the stored login is for and how long its access token lasts (refreshing it first
    if it is about to expire): ``doctor``'s check."""
    _, cache, entry = _silent_login(account)
    expiries = [int(item["expires_on"]) for item in cache.search(
        msal.TokenCache.CredentialType.ACCESS_TOKEN,
        query={"home_account_id": entry.get("home_account_id")})]
    left = max(expiries, default=0) - int(time.time())
    return TokenStatus(str(entry.get("username", "")), max(0, left))


def _silent_login(account: ImapAccount
                  ) -> tuple[str, msal.SerializableTokenCache, dict[str, Any]]:
    """The token (cached, else redeemed with the refresh token), the cache written back to
    the keyring if that changed it, and the cache's account entry."""
    cache = _load_cache(account)
    app = _application(account, cache)
    entry = _cached_account(app, account)
    try:
        result = app.acquire_token_silent_with_error(SCOPES, account=entry)
    except OSError as exc:
        raise _unreachable(account, exc) from None
    token = _token_from(result, account)
    if result and result.get("token_source") != "cache":
        log.debug("account %s: refreshed the Microsoft access token", account.name)
    _save_cache(account.name, cache)
    return token, cache, entry


def run_device_login(account: ImapAccount, *, show: Callable[[str], None] = print) -> str:
    """Log ``account`` in with the device-code flow; returns the signed-in user name.

    Shows Microsoft's address and one-time code, waits while the user signs in on any
    device, then keeps MSAL's token cache in the keyring.
    """
    cache = msal.SerializableTokenCache()
    app = _application(account, cache)
    try:
        flow = app.initiate_device_flow(scopes=SCOPES)
    except OSError as exc:
        raise _unreachable(account, exc) from None
    if "user_code" not in flow:
        raise _login_refused(account, flow)
    show(f"To sign in, open {flow['verification_uri']} on any device "
         f"and enter the code {flow['user_code']}")
    show("Waiting for you to finish signing in...")
    try:
        result = app.acquire_token_by_device_flow(flow)
    except OSError as exc:
        raise _unreachable(account, exc) from None
    if "access_token" not in result:
        raise _login_refused(account, result)
    register_secret(str(result["access_token"]))
    claims = result.get("id_token_claims") or {}
    user = str(claims.get("preferred_username") or "")
    if account.username and user and user.lower() != account.username.lower():
        raise UsageError(
            f"account {account.name!r}: you signed in as {user!r} but the config's username "
            f"is {account.username!r}",
            hint=f"sign in as {account.username}, or change username in the config")
    _save_cache(account.name, cache)
    log.info("stored the Microsoft login for account %s in the keyring", account.name)
    return user


def _unreachable(account: ImapAccount, exc: OSError) -> MailboxUnavailable:
    """A network failure on the way to Microsoft is transient: not a reason to log in again."""
    return MailboxUnavailable(f"account {account.name!r}: cannot reach the Microsoft login "
                              f"service ({type(exc).__name__})",
                              hint="check the network; Afterword tries again next cycle")


def _login_refused(account: ImapAccount, result: dict[str, Any]) -> CredentialError:
    code = str(result.get("error", "unknown"))
    hints = {
        # AADSTS7000218: the app registration does not allow public client flows.
        "invalid_client": "in the app registration, set Authentication > Allow public "
                          "client flows to Yes (docs/microsoft.md, step 4)",
        # AADSTS700016 and kin: no such app, or not one for this kind of account.
        "unauthorized_client": "check client_id, and that the app's supported account "
                               "types include your account (docs/microsoft.md, step 2)",
        "expired_token": "the code expired before you signed in; " + relogin_hint(account.name),
        "authorization_declined": "you declined the permissions; " + relogin_hint(account.name),
    }
    return CredentialError(f"account {account.name!r}: Microsoft refused the login ({code})",
                           hint=hints.get(code, "see docs/microsoft.md"))
