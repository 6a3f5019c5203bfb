"""Which Gmail API failures are worth retrying, how long to wait, and when to give up.

Gmail asks clients to back off exponentially on ``429``, on ``403`` with the
``rateLimitExceeded``/``userRateLimitExceeded`` reasons, and on ``5xx``
(https://developers.google.com/gmail/api/guides/handle-errors), and to honour
``Retry-After`` when the server sends one. Network failures (refused or reset
connections, timeouts, httplib2 transport errors) are retried the same way.

A :class:`RetryBudget` bounds the number of retries for one unit of work; once
it is spent the adapter raises :class:`~afterword.daemon.errors.MailboxUnavailable` and the
daemon tries again next cycle.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import httplib2
from google.auth.exceptions import RefreshError, TransportError
from googleapiclient.errors import HttpError

from afterword.daemon.errors import MailboxUnavailable

log = logging.getLogger(__name__)

RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
BASE_DELAY = 1.0
MAX_DELAY = 64.0
# A Retry-After longer than this is not slept through: the cycle gives up and the
# daemon comes back later instead of holding the account for minutes.
MAX_RETRY_AFTER = 300.0


@dataclass(frozen=True)
class Transient:
    """A failure worth retrying: what it was (for the log) and the server's requested wait."""

    what: str
    retry_after: float | None = None


def error_reasons(exc: HttpError) -> set[str]:
    """The ``error.errors[].reason`` values of a Google JSON error body."""
    try:
        body = json.loads(exc.content or b"{}")
        return {e.get("reason", "") for e in body.get("error", {}).get("errors", [])}
    except (ValueError, AttributeError):
        return set()


def classify(exc: BaseException) -> Transient | None:
    """A :class:`Transient` when ``exc`` is worth retrying, else ``None``."""
    if isinstance(exc, HttpError):
        status = exc.resp.status
        retryable = status == 429 or status >= 500 or (
            status == 403 and bool(error_reasons(exc) & RATE_LIMIT_REASONS))
        return Transient(f"HTTP {status}", _retry_after(exc)) if retryable else None
    if isinstance(exc, RefreshError):
        return Transient("token endpoint failure") if getattr(exc, "retryable", False) else None
    if isinstance(exc, OSError | httplib2.HttpLib2Error | TransportError):
        return Transient(type(exc).__name__)
    return None


def _retry_after(exc: HttpError) -> float | None:
    """``Retry-After`` as seconds: either delta-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    value = exc.resp.get("retry-after")
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class RetryBudget:
    """At most ``retries`` waits per unit of work, with jittered exponential backoff."""

    def __init__(self, retries: int, sleep: Callable[[float], None], account: str,
                 *, jitter: Callable[[], float] = random.random) -> None:
        self.retries = retries
        self._sleep = sleep
        self._account = account
        self._jitter = jitter
        self.used = 0

    def reset(self) -> None:
        self.used = 0

    def wait(self, failure: Transient) -> None:
        """Sleep before the next attempt, or raise MailboxUnavailable when the budget is spent."""
        if self.used >= self.retries:
            raise MailboxUnavailable(
                f"Gmail for account {self._account!r} still failing after "
                f"{self.retries} retries ({failure.what})", hint="will retry next cycle")
        if failure.retry_after is not None and failure.retry_after > MAX_RETRY_AFTER:
            raise MailboxUnavailable(
                f"Gmail asked account {self._account!r} to wait "
                f"{failure.retry_after:.0f} s ({failure.what})", hint="will retry next cycle")
        self.used += 1
        if failure.retry_after is not None:
            delay = failure.retry_after
        else:
            # "Equal jitter": half the exponential step is fixed, half random.
            step = min(MAX_DELAY, BASE_DELAY * 2 ** (self.used - 1))
            delay = step / 2 + step / 2 * self._jitter()
        log.warning("Gmail %s for account %s; retry %d/%d in %.1f s",
                    failure.what, self._account, self.used, self.retries, delay)
        self._sleep(delay)
