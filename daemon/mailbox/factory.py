"""Build the right :class:`~afterword.daemon.mailbox.base.Mailbox` for a configured account.

Which adapter serves which ``kind`` is the kind registry's
(:mod:`afterword.daemon.mailbox.kinds`); adapters are imported lazily there so a
Maildir user never loads the IMAP or Gmail clients.
"""

from __future__ import annotations

from afterword.daemon.auth.secrets import get_password, get_token
from afterword.daemon.mailbox.accounts import Account, ImapAccount, microsoft_login
from afterword.daemon.mailbox.base import Mailbox
from afterword.daemon.mailbox.kinds import kind_of


def account_secret(account: ImapAccount) -> str:
    """The password or OAuth token an IMAP login needs."""
    if microsoft_login(account) is not None:
        from afterword.daemon.auth.microsoft import access_token

        return access_token(account)
    return get_token(account) if account.auth == "xoauth2" else get_password(account)


def login_stamp(account: Account) -> str | None:
    """A fingerprint of the account's stored OAuth login (``None`` for other logins): the
    service retries an account left out for its credentials once this changes."""
    if microsoft_login(account) is not None:
        from afterword.daemon.auth.microsoft import login_stamp as microsoft_stamp

        return microsoft_stamp(account.name)
    return None


def open_mailbox(account: Account, *, max_age_days: int) -> Mailbox:
    """A not-yet-connected mailbox for ``account``, from its kind's registry entry."""
    return kind_of(account).open(account, max_age_days)
