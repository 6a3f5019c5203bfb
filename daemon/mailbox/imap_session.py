"""One IMAP connection: TLS policy, login, command counting, reconnect with backoff.

Every IMAP operation of :class:`~afterword.daemon.mailbox.imap.ImapMailbox` runs through
:meth:`ImapSession.run`, which (re)connects as needed and retries a dropped
connection (socket error, timeout, ``imaplib.IMAP4.abort``) with exponential
backoff and jitter, then gives up with :class:`MailboxUnavailable`. Login
failures are :class:`CredentialError` and are never retried.

The session counts the tagged commands it sends (``commands_sent``,
``command_log``) so tests can prove an idle poll costs at most two commands.
"""

from __future__ import annotations

import imaplib
import logging
import random
import ssl
import time
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from afterword.daemon.errors import (
    AfterwordError,
    CredentialError,
    MailboxError,
    MailboxUnavailable,
)
from afterword.daemon.mailbox.accounts import ImapAccount, is_loopback

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Failures that mean "the connection is gone": reconnect and try again.
TRANSIENT: tuple[type[BaseException], ...] = (OSError, imaplib.IMAP4.abort)


class ImapSession:
    """A lazily (re)opened, logged-in IMAPClient for one account."""

    attempts = 4
    backoff_base = 0.5
    backoff_cap = 30.0

    def __init__(self, account: ImapAccount, secret: Callable[[], str],
                 sleep: Callable[[float], Any] = time.sleep) -> None:
        self.account = account
        self._secret = secret
        self._sleep = sleep
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        self.select_info: dict[bytes, Any] = {}
        self.commands_sent = 0
        self.command_log: deque[str] = deque(maxlen=200)

    @property
    def connected(self) -> bool:
        return self._client is not None

    def open(self) -> IMAPClient:
        """The logged-in client, connecting first if needed (one attempt)."""
        if self._client is None:
            self._client = self._login(self._connect())
            self._selected = None
        return self._client

    def run(self, operation: Callable[[IMAPClient], T]) -> T:
        """Run ``operation`` on a live client, reconnecting after drops with backoff."""
        for attempt in range(self.attempts):
            try:
                return operation(self.open())
            except ssl.SSLCertVerificationError as exc:
                self.drop()
                raise MailboxError(
                    f"account {self.account.name!r}: the server certificate of "
                    f"{self.account.host} is not trusted ({exc.verify_message})",
                    hint="set ca_file to the CA that signed it") from None
            except TRANSIENT as exc:
                self.drop()
                if attempt + 1 == self.attempts:
                    raise MailboxUnavailable(
                        f"account {self.account.name!r}: {self.account.host}:"
                        f"{self.account.port} unreachable after {self.attempts} attempts "
                        f"({type(exc).__name__}: {exc})", hint="will retry next cycle") from None
                delay = min(self.backoff_cap, self.backoff_base * 2 ** attempt)
                delay *= random.uniform(0.5, 1.0)
                log.debug("account %s: IMAP connection lost (%s); reconnecting in %.1fs",
                            self.account.name, type(exc).__name__, delay)
                self._sleep(delay)
        raise AssertionError("unreachable")

    def select(self, client: IMAPClient, folder: str, *, fresh: bool = False) -> dict[bytes, Any]:
        """EXAMINE ``folder`` (read-only, so nothing can change \\Seen) unless already selected."""
        if fresh or self._selected != folder:
            self._selected = None
            try:
                self.select_info = client.select_folder(folder, readonly=True)
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                raise MailboxError(f"account {self.account.name!r}: cannot open folder "
                                   f"{folder!r} ({exc})",
                                   hint="check the folder names in the config") from None
            self._selected = folder
        return self.select_info

    def unselect(self, client: IMAPClient, folder: str) -> None:
        """Leave ``folder`` if it is selected: Dovecot answers STATUS on the selected folder
        from the session's stale view. CLOSE on an EXAMINEd folder expunges nothing
        (RFC 3501 section 6.4.2)."""
        if self._selected == folder:
            self._selected = None
            client.close_folder()

    def drop(self) -> None:
        """Forget the connection without talking to the server (it may be gone)."""
        client, self._client, self._selected = self._client, None, None
        if client is not None:
            try:
                client.shutdown()
            except TRANSIENT:
                log.debug("account %s: socket already closed", self.account.name)

    def close(self) -> None:
        """LOGOUT politely; a connection that is already gone is simply dropped."""
        if self._client is None:
            return
        try:
            self._client.logout()
        except (OSError, imaplib.IMAP4.error):  # IMAP4.abort is an IMAP4.error
            log.debug("account %s: logout failed, dropping the connection", self.account.name)
            self.drop()
        self._client, self._selected = None, None

    def _connect(self) -> IMAPClient:
        account = self.account
        host = account.host
        if account.tls == "none" and not is_loopback(host):
            raise MailboxError(
                f"account {account.name!r}: refusing to send the password in clear text to "
                f"{host!r}", hint='use tls = "ssl" or "starttls"; "none" is for localhost only')
        context = ssl.create_default_context(
            cafile=str(account.ca_file) if account.ca_file else None)
        client = IMAPClient(host, port=account.port, ssl=account.tls == "ssl",
                            ssl_context=context if account.tls == "ssl" else None,
                            timeout=account.timeout_seconds)
        client.normalise_times = False  # keep INTERNALDATE's time zone
        if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
            # imapclient turns on imaplib's protocol trace (debug=5) for its logger;
            # formatting every response line costs ~40% of a first sync's time.
            client._imap.debug = 0
        self._count_commands(client)
        if account.tls == "starttls":
            if not client.has_capability("STARTTLS"):
                client.shutdown()
                raise MailboxError(
                    f"account {account.name!r}: {host!r} does not offer STARTTLS; refusing to "
                    "log in without encryption",
                    hint='use tls = "ssl" with the server\'s TLS port (usually 993)')
            client.starttls(context)
        return client

    def _login(self, client: IMAPClient) -> IMAPClient:
        account = self.account
        try:
            secret = self._secret()
            username = account.username
            if account.auth == "xoauth2":
                client.oauth2_login(username, secret)
            elif secret.isascii() and username.isascii():
                client.login(username, secret)
            else:
                # LOGIN is ASCII-only; AUTHENTICATE PLAIN carries UTF-8 (RFC 4616).
                client.plain_login(username, secret)
        except (LoginError, UnicodeError):
            client.shutdown()
            how = "OAuth token" if account.auth == "xoauth2" else "password"
            fix = (f"run `afterword auth microsoft {account.name}` to log in again"
                   if account.oauth == "microsoft"
                   else f"check what `{account.password_command}` prints"
                   if account.password_command
                   else f"check it, e.g. `afterword auth set {account.name}`")
            raise CredentialError(
                f"account {account.name!r}: the server refused the {how} for user "
                f"{account.username!r}", hint=fix) from None
        except AfterwordError:  # the secret could not be had: no login attempted
            client.shutdown()
            raise
        log.debug("account %s: logged in to %s", account.name, account.host)
        return client

    def _count_commands(self, client: IMAPClient) -> None:
        """Count tagged commands: imaplib allocates exactly one tag per command sent.

        imapclient sends most commands through imaplib's ``_command`` and the
        rest (FETCH, SEARCH, APPEND) through its own ``_raw_command``; both take
        their tag from ``IMAP4._new_tag``, so that is the one place to count.
        Only the command word is recorded, never its arguments (LOGIN carries
        the password).
        """
        imap = client._imap
        new_tag = imap._new_tag
        send = imap.send
        pending: list[bytes] = []

        def counting_new_tag() -> bytes:
            tag = new_tag()
            self.commands_sent += 1
            pending[:] = [tag if isinstance(tag, bytes) else str(tag).encode()]
            return tag

        def recording_send(data: bytes) -> None:
            if pending and data.startswith(pending[0] + b" "):
                words = data[len(pending[0]) + 1:].split(b" ", 2)
                name = words[0] if words[0] != b"UID" or len(words) < 2 else b"UID " + words[1]
                self.command_log.append(name.strip().decode("ascii", "replace"))
                pending.clear()
            send(data)

        imap._new_tag = counting_new_tag
        imap.send = recording_send
