"""The kinds of account, and everything that differs between them, in one registry.

Each :class:`AccountKind` says which config keys it needs and what else must hold
for it, opens its mailbox, describes where it reads mail (``doctor``), how the
user logs in, and which folders outside Afterword's own it writes (the service
sandbox). Config parsing, the mailbox factory, ``doctor``, ``auth`` and
``service install`` ask the registry; adding a kind is one entry here plus its
adapter module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afterword.daemon.config import Account
    from afterword.daemon.mailbox.base import Mailbox


@dataclass(frozen=True)
class AccountKind:
    """What one kind of account needs and how it is served."""

    name: str
    #: Config keys an account of this kind must set.
    required: tuple[str, ...]
    #: The config's problems this kind has with an account: (key, message) pairs.
    problems: Callable[[Account], list[tuple[str, str]]]
    open: Callable[[Account, int], Mailbox]
    #: Where it reads mail, for ``doctor``.
    where: Callable[[Account], str]
    #: Why ``afterword auth set`` stores no password for it (and what to run), or None.
    no_password: Callable[[Account], tuple[str, str | None] | None]
    #: Folders outside Afterword's own that the service writes for it.
    writable: Callable[[Account], tuple[Path, ...]]
    #: The provider's own OAuth login every account of this kind uses (`auth gmail`).
    oauth_login: str | None = None


def _open_imap(account: Account, max_age_days: int) -> Mailbox:
    from afterword.daemon.mailbox.factory import account_secret
    from afterword.daemon.mailbox.imap import ImapMailbox

    return ImapMailbox(account, secret=lambda: account_secret(account),
                       max_age_days=max_age_days)


def _open_maildir(account: Account, max_age_days: int) -> Mailbox:
    from afterword.daemon.mailbox.maildir import MaildirMailbox

    return MaildirMailbox(account)


def _open_gmail(account: Account, max_age_days: int) -> Mailbox:
    from afterword.daemon.auth.gmail import credentials_factory
    from afterword.daemon.mailbox.gmail import GmailMailbox

    return GmailMailbox(account.name, account.email or "", credentials_factory(account),
                        api_endpoint=account.api_endpoint, folders=account.folders,
                        max_age_days=max_age_days, max_message_bytes=account.max_message_bytes)


def _imap_problems(account: Account) -> list[tuple[str, str]]:
    from afterword.daemon.config import is_loopback

    if account.tls == "none" and account.host and not is_loopback(account.host):
        return [("tls", f'"none" sends your password in clear text; allowed only for '
                        f'a loopback host, not {account.host!r} (use "ssl" or "starttls")')]
    return []


def _maildir_problems(account: Account) -> list[tuple[str, str]]:
    if account.path and not account.path.is_dir():
        return [("path", f"{account.path} is not a directory")]
    return []


def _other_problems(account: Account) -> list[tuple[str, str]]:
    return [("oauth", 'is an IMAP login option; use it with kind = "imap"')] \
        if account.oauth is not None else []


def _imap_no_password(account: Account) -> tuple[str, str | None] | None:
    if account.oauth == "microsoft":
        return ("logs in with Microsoft OAuth, not a password",
                f"afterword auth microsoft {account.name}")
    return None


KINDS: dict[str, AccountKind] = {
    "imap": AccountKind(
        "imap", ("host", "username"), _imap_problems, _open_imap,
        where=lambda a: f"{a.host}:{a.port} tls={a.tls}",
        no_password=_imap_no_password, writable=lambda a: ()),
    "gmail": AccountKind(
        "gmail", ("email",), _other_problems, _open_gmail,
        where=lambda a: a.email or "",
        no_password=lambda a: ("is a Gmail account: it logs in with OAuth",
                               f"afterword auth gmail {a.name} --client-secrets FILE"),
        writable=lambda a: (), oauth_login="google"),
    "maildir": AccountKind(
        "maildir", ("path",), lambda a: _maildir_problems(a) + _other_problems(a),
        _open_maildir, where=lambda a: str(a.path),
        no_password=lambda a: ("is a local Maildir: it needs no password", None),
        writable=lambda a: (a.path.expanduser().absolute(),) if a.path else ()),
}


def kind_of(account: Account) -> AccountKind:
    """The registry entry of ``account``'s kind."""
    return KINDS[account.kind]
