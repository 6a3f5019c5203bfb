"""Build the right :class:`~daemon.mailbox.base.Mailbox` for a configured account.

The only place that knows which adapter class serves which ``kind``; adapters
are imported lazily so a Maildir user never loads the IMAP or Gmail clients.
"""

from __future__ import annotations

from daemon.config import Account
from daemon.mailbox.base import Mailbox
from daemon.secrets import get_password, get_token


def account_secret(account: Account) -> str:
    """The password or OAuth token an IMAP login needs."""
    return get_token(account) if account.auth == "xoauth2" else get_password(account)


def open_mailbox(account: Account, *, max_age_days: int) -> Mailbox:
    """A not-yet-connected mailbox for ``account``."""
    if account.kind == "imap":
        from daemon.mailbox.imap import ImapMailbox

        return ImapMailbox(account, secret=lambda: account_secret(account),
                           max_age_days=max_age_days)
    if account.kind == "maildir":
        from daemon.mailbox.maildir import MaildirMailbox

        return MaildirMailbox(account)
    from daemon.gmail_auth import credentials_factory
    from daemon.mailbox.gmail import GmailMailbox

    return GmailMailbox(account.name, account.email or "", credentials_factory(account),
                        api_endpoint=account.api_endpoint, folders=account.folders,
                        max_age_days=max_age_days)
