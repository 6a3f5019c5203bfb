"""The kinds of account, and everything that differs between them, in one registry.

Each :class:`AccountKind` is generic over its record (:mod:`afterword.daemon.mailbox.accounts`):
it parses an ``[[accounts]]`` table into that record with the kind's own checks,
opens its mailbox, says where it reads mail (``doctor``), the address it sends
from, how the user logs in, whether the service waits on its push, and which
folders outside Afterword's own it writes (the service sandbox). Config parsing,
the mailbox factory, ``doctor``, ``auth``, drafting, the service loop and
``service install`` ask the registry; adding a kind is its record and parser,
one entry here and its adapter module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from afterword.daemon.config_table import Table
from afterword.daemon.mailbox.accounts import (
    AccountBase,
    Common,
    GmailAccount,
    ImapAccount,
    MaildirAccount,
    own_keys,
    parse_gmail,
    parse_imap,
    parse_maildir,
)

if TYPE_CHECKING:
    from afterword.daemon.mailbox.base import Mailbox

R = TypeVar("R", bound=AccountBase)


def _writes_nothing(account: AccountBase) -> tuple[Path, ...]:
    return ()


def _never_pushes(account: AccountBase) -> bool:
    return False


def _no_address(account: AccountBase) -> str | None:
    return None


@dataclass(frozen=True, kw_only=True)
class AccountKind(Generic[R]):
    """What one kind of account needs and how it is served."""

    record: type[R]
    #: Reads the kind's own keys into its record, recording each problem on the table.
    parse: Callable[[Table, Common], R]
    open: Callable[[R, int], Mailbox]
    #: Where it reads mail, for ``doctor``.
    where: Callable[[R], str]
    #: Why ``afterword auth set`` stores no password for it (and what to run), or None.
    no_password: Callable[[R], tuple[str, str | None] | None]
    #: Folders outside Afterword's own that the service writes for it.
    writable: Callable[[R], tuple[Path, ...]] = _writes_nothing
    #: The address it sends from, when the account says (drafts fall back to it).
    address: Callable[[R], str | None] = _no_address
    #: Whether the service waits on its mailbox's push (IMAP IDLE) between cycles.
    pushes: Callable[[R], bool] = _never_pushes
    #: The provider's own OAuth login every account of this kind uses (`auth gmail`).
    oauth_login: str | None = None
    #: What some of its keys are, for the message when an account of another kind sets one.
    about: Mapping[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.record.kind

    @property
    def keys(self) -> tuple[str, ...]:
        """Its own config keys, beyond those every kind shares."""
        return own_keys(self.record)


def _open_imap(account: ImapAccount, max_age_days: int) -> Mailbox:
    from afterword.daemon.mailbox.factory import account_secret
    from afterword.daemon.mailbox.imap import ImapMailbox

    return ImapMailbox(account, secret=lambda: account_secret(account),
                       max_age_days=max_age_days)


def _open_maildir(account: MaildirAccount, max_age_days: int) -> Mailbox:
    from afterword.daemon.mailbox.maildir import MaildirMailbox

    return MaildirMailbox(account)


def _open_gmail(account: GmailAccount, max_age_days: int) -> Mailbox:
    from afterword.daemon.auth.gmail import credentials_factory
    from afterword.daemon.mailbox.gmail import GmailMailbox

    return GmailMailbox(account.name, account.email, credentials_factory(account),
                        api_endpoint=account.api_endpoint, folders=account.folders,
                        max_age_days=max_age_days, max_message_bytes=account.max_message_bytes)


def _imap_no_password(account: ImapAccount) -> tuple[str, str | None] | None:
    if account.oauth == "microsoft":
        return ("logs in with Microsoft OAuth, not a password",
                f"afterword auth microsoft {account.name}")
    return None


_MICROSOFT_LOGIN = "an IMAP login option"

_REGISTERED: tuple[AccountKind[Any], ...] = (
    AccountKind[ImapAccount](
        record=ImapAccount, parse=parse_imap, open=_open_imap,
        where=lambda a: f"{a.host}:{a.port} tls={a.tls}",
        no_password=_imap_no_password, pushes=lambda a: a.push,
        address=lambda a: a.username if "@" in a.username else None,
        about=dict.fromkeys(("auth", "oauth", "tenant", "client_id", "authority"),
                            _MICROSOFT_LOGIN)),
    AccountKind[GmailAccount](
        record=GmailAccount, parse=parse_gmail, open=_open_gmail,
        where=lambda a: a.email, address=lambda a: a.email or None,
        no_password=lambda a: ("is a Gmail account: it logs in with OAuth",
                               f"afterword auth gmail {a.name} --client-secrets FILE"),
        oauth_login="google"),
    AccountKind[MaildirAccount](
        record=MaildirAccount, parse=parse_maildir, open=_open_maildir,
        where=lambda a: str(a.path),
        no_password=lambda a: ("is a local Maildir: it needs no password", None),
        writable=lambda a: (a.path.expanduser().absolute(),)),
)

KINDS: dict[str, AccountKind[Any]] = {kind.name: kind for kind in _REGISTERED}


def kind_of(account: R) -> AccountKind[R]:
    """The registry entry of ``account``'s kind."""
    return cast("AccountKind[R]", KINDS[account.kind])


def other_kinds_key(key: str, kind: str) -> str | None:
    """Why ``key`` is wrong on an account of ``kind`` when another kind uses it, else None."""
    owners = [other for other in KINDS.values() if other.name != kind and key in other.keys]
    if not owners:
        return None
    what = owners[0].about.get(key) or "a key of " + " or ".join(
        f'kind = "{owner.name}"' for owner in owners)
    return f'is {what}, not used by kind = "{kind}"'
