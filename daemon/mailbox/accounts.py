"""The kinds of account as records, each parsed from its own keys.

An ``[[accounts]]`` table is a tagged union on ``kind``: :class:`ImapAccount`,
:class:`GmailAccount` or :class:`MaildirAccount`, with the keys every kind shares
in :class:`AccountBase`. Each kind's parser reads only its own keys and checks what
must hold for it, recording problems with their key path instead of raising
(:class:`~afterword.daemon.config_table.Table`). Which parser serves which ``kind``
is the registry's (:mod:`afterword.daemon.mailbox.kinds`); the config reads the
shared keys, calls the kind's parser, then rejects every key left, another kind's
included.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import ClassVar, TypedDict
from urllib.parse import urlsplit

from afterword.daemon.config_table import Table
from afterword.daemon.paths import expand

DEFAULT_FOLDERS = ("INBOX",)
DEFAULT_MAX_MESSAGE_BYTES = 2 * 1024 * 1024

TLS_MODES = ("ssl", "starttls", "none")
AUTH_MODES = ("password", "xoauth2")
OAUTH_PROVIDERS = ("microsoft",)
DEFAULT_MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
_TENANT = re.compile(r"^(common|organizations|consumers|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"
                     r"[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
                     r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}$")
_AUTHORITY = re.compile(r"^https://[A-Za-z0-9.-]+(:\d+)?/?$")


class Common(TypedDict):
    """The keys every kind shares, as the config read them."""

    name: str
    folders: tuple[str, ...]
    drafts_folder: str | None
    sent_folder: str | None
    max_message_bytes: int


@dataclass(frozen=True, kw_only=True)
class AccountBase:
    """What every account has: a name and the folders it reads and writes."""

    kind: ClassVar[str]
    name: str
    folders: tuple[str, ...] = DEFAULT_FOLDERS
    drafts_folder: str | None = None
    sent_folder: str | None = None
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES


@dataclass(frozen=True, kw_only=True)
class ImapAccount(AccountBase):
    """An IMAP server, logged in with a password, a token command or Microsoft OAuth."""

    kind: ClassVar[str] = "imap"
    host: str
    port: int = 993
    tls: str = "ssl"
    ca_file: Path | None = None
    username: str
    auth: str = "password"
    password_command: str | None = None
    token_command: str | None = None
    #: ``"microsoft"``: an XOAUTH2 login with the app named by tenant and client_id.
    oauth: str | None = None
    tenant: str | None = None
    client_id: str | None = None
    authority: str | None = None
    push: bool = False
    timeout_seconds: float = 30.0


@dataclass(frozen=True, kw_only=True)
class GmailAccount(AccountBase):
    """A Gmail mailbox through the Gmail API."""

    kind: ClassVar[str] = "gmail"
    email: str
    api_endpoint: str | None = None
    token_command: str | None = None


@dataclass(frozen=True, kw_only=True)
class MaildirAccount(AccountBase):
    """A local Maildir tree."""

    kind: ClassVar[str] = "maildir"
    path: Path


Account = ImapAccount | GmailAccount | MaildirAccount


def own_keys(record: type[AccountBase]) -> tuple[str, ...]:
    """The config keys of one kind beyond those every kind shares."""
    shared = {f.name for f in fields(AccountBase)}
    return tuple(f.name for f in fields(record) if f.name not in shared)


def microsoft_login(account: Account) -> ImapAccount | None:
    """``account`` when it logs in with Microsoft (an IMAP login option, not a kind)."""
    if isinstance(account, ImapAccount) and account.oauth == "microsoft":
        return account
    return None


def is_loopback(host: str) -> bool:
    """True for localhost and 127.0.0.0/8 / ::1 literals."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_imap(table: Table, common: Common) -> ImapAccount:
    tls = table.string("tls", "ssl", choices=TLS_MODES) or "ssl"
    ca_file = table.string("ca_file")
    account = ImapAccount(
        **common,
        host=table.string("host", required=True) or "",
        port=table.integer("port", 993 if tls == "ssl" else 143, minimum=1, maximum=65535),
        tls=tls,
        ca_file=expand(ca_file) if ca_file else None,
        username=table.string("username", required=True) or "",
        auth=table.string("auth", "password", choices=AUTH_MODES) or "password",
        password_command=table.string("password_command"),
        token_command=table.string("token_command"),
        oauth=table.string("oauth", choices=OAUTH_PROVIDERS),
        tenant=table.string("tenant"),
        client_id=table.string("client_id"),
        authority=table.string("authority"),
        push=table.boolean("push", False),
        timeout_seconds=table.number("timeout_seconds") or 30.0,
    )
    if account.tls == "none" and account.host and not is_loopback(account.host):
        table.fail("tls", f'"none" sends your password in clear text; allowed only for '
                          f'a loopback host, not {account.host!r} (use "ssl" or "starttls")')
    if account.password_command and account.token_command:
        table.fail("token_command", "set either password_command or token_command, not both")
    _check_microsoft(table, account)
    if account.ca_file and not account.ca_file.is_file():
        table.fail("ca_file", f"{account.ca_file} does not exist")
    return account


#: The keys naming the Microsoft app: (key, its form, what to set when missing, what it is).
_MICROSOFT_APP = (
    ("tenant", _TENANT, ' ("consumers" for Outlook.com, "organizations" or your tenant id '
                        "for work/school)",
     "consumers, organizations, common, a tenant id (GUID) or a domain like "
     "contoso.onmicrosoft.com"),
    ("client_id", _GUID, ": the Application (client) ID of your app registration "
                         "(docs/microsoft.md)",
     "an Application (client) ID like 00000000-0000-0000-0000-000000000000"),
)


def _check_microsoft(table: Table, account: ImapAccount) -> None:
    """``oauth = "microsoft"``: an IMAP XOAUTH2 login with the app named by tenant/client_id."""
    if account.oauth is None:
        for key in ("tenant", "client_id", "authority"):
            if getattr(account, key) is not None:
                table.fail(key, 'is only used with oauth = "microsoft"')
        return
    if account.auth != "xoauth2":
        table.fail("auth", 'must be "xoauth2" with oauth = "microsoft"')
    if account.token_command:
        table.fail("token_command", 'set either oauth = "microsoft" or token_command, not both')
    if account.password_command:
        table.fail("password_command", 'is not used with oauth = "microsoft"')
    for key, pattern, missing, malformed in _MICROSOFT_APP:
        value = getattr(account, key)
        if value is None:
            table.fail(key, f'is required with oauth = "microsoft"{missing}')
        elif not pattern.match(value):
            table.fail(key, f"{value!r} is not {malformed}")
    if account.authority is not None and not _AUTHORITY.match(account.authority):
        table.fail("authority", f"{account.authority!r} must be an https:// address with "
                                "no path, like https://login.microsoftonline.us")


def parse_gmail(table: Table, common: Common) -> GmailAccount:
    account = GmailAccount(
        **common,
        email=table.string("email", required=True) or "",
        api_endpoint=table.string("api_endpoint"),
        token_command=table.string("token_command"),
    )
    if account.api_endpoint:
        endpoint = urlsplit(account.api_endpoint)
        if endpoint.scheme not in ("https", "http") or not endpoint.hostname:
            table.fail("api_endpoint", f"{account.api_endpoint!r} is not an http(s) URL")
        elif endpoint.scheme == "http" and not is_loopback(endpoint.hostname):
            table.fail("api_endpoint", "plain http would send your Gmail token in clear "
                       f"text; allowed only for a loopback host, not {endpoint.hostname!r} "
                       "(use https)")
    return account


def parse_maildir(table: Table, common: Common) -> MaildirAccount:
    path = table.string("path", required=True)
    account = MaildirAccount(**common, path=expand(path) if path else Path())
    if path and not account.path.is_dir():
        table.fail("path", f"{account.path} is not a directory")
    return account
