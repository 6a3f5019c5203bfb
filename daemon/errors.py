"""The error taxonomy: what the user must fix versus what went wrong at run time.

* :class:`ConfigError` and :class:`CredentialError` are the user's to fix; the
  CLI prints them as one line and exits with status 2.
* :class:`MailboxUnavailable` is transient (network drop, server restart,
  rate limit); the daemon logs one warning, backs off and retries next cycle.
* Anything else is a bug and propagates (``--debug`` shows the traceback).

Messages never contain secrets: callers pass the account name, never the
password or token.
"""

from __future__ import annotations


class AfterwordError(Exception):
    """Base of every error Afterword raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        """The message as the CLI prints it: the problem, then the fix."""
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(AfterwordError):
    """The configuration file is missing, unreadable or invalid."""

    exit_code = 2

    def __init__(self, problems: list[str] | str, *, path: str | None = None,
                 hint: str | None = None) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(where + "; ".join(self.problems), hint=hint)


class CredentialError(AfterwordError):
    """A secret could not be obtained or was refused by the server."""

    exit_code = 2


class UsageError(AfterwordError):
    """A command was called with input it cannot use (bad file, bad pattern...)."""

    exit_code = 2


class MailboxError(AfterwordError):
    """A mailbox operation failed in a way the user must look at (no Drafts folder...)."""

    exit_code = 2


class MailboxUnavailable(AfterwordError):
    """A transient failure talking to the mail server: retry later."""

    exit_code = 1


class StoreError(AfterwordError):
    """The state database cannot be opened or is locked by another instance."""

    exit_code = 2


class DiskFull(StoreError):
    """The state database could not grow: its disk (or its size limit) is full."""


def reason_of(exc: BaseException) -> str:
    """An unexpected exception as one short line (its type and message), for logs and status."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__
