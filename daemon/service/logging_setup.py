"""Logging for the CLI and the daemon: one line per event on stderr, secrets never shown.

Only a traceback (``log.exception``) spans several lines; newlines inside a message are
written as ``\\n`` so that every other event stays one line, one journal entry.

* Under systemd (``$JOURNAL_STREAM`` names our stderr) lines carry no timestamp, since
  journald stamps each one, and start with a ``<N>`` syslog priority that journald turns
  into the entry's priority (``journalctl -p warning`` works). Elsewhere (terminal,
  launchd's log file) lines start with a local timestamp.
* ``verbose`` lowers Afterword's own loggers (everything under ``afterword``) to DEBUG. Library
  loggers stay at WARNING whatever the verbosity: imapclient's debug output is the raw
  IMAP conversation, message bodies included.
* :func:`register_secret` adds a value (a password, a token) that is replaced by ``***``
  wherever it would appear in a formatted line, traceback included. The credential code
  registers every secret it retrieves, before first use.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import TextIO

MASK = "***"
OWN_LOGGERS = ("afterword",)

_SYSLOG_PRIORITY = {  # sd-daemon(3) prefixes: <3> err, <4> warning, <6> info, <7> debug
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}

_secrets: tuple[str, ...] = ()
_secrets_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Never let ``value`` reach a log line again (in this process). Blank values are ignored."""
    global _secrets
    if not value.strip():
        return
    # Also as it shows inside a repr() in an exception message (backslashes doubled).
    variants = {value, value.encode("unicode_escape").decode("ascii")}
    with _secrets_lock:
        # Longest first, so a secret that contains another is masked whole.
        _secrets = tuple(sorted(set(_secrets) | variants, key=len, reverse=True))


def mask_secrets(text: str) -> str:
    """``text`` with every registered secret replaced by ``***``."""
    for secret in _secrets:
        text = text.replace(secret, MASK)
    return text


class SecretMaskingFormatter(logging.Formatter):
    """A formatter that masks registered secrets in the finished line (message, args, traceback)."""

    def __init__(self, *, journal: bool) -> None:
        fmt = "%(levelname)s %(name)s: %(message)s"
        super().__init__(fmt if journal else "%(asctime)s " + fmt)
        self.journal = journal

    def formatMessage(self, record: logging.LogRecord) -> str:
        """The record's own line; newlines inside a message are written as ``\\n``."""
        return super().formatMessage(record).replace("\n", "\\n")

    def format(self, record: logging.LogRecord) -> str:
        text = mask_secrets(super().format(record))
        if not self.journal:
            return text
        prefix = f"<{_syslog_priority(record.levelno)}>"
        return "\n".join(prefix + line for line in text.splitlines())


def stream_is_journal(stream: TextIO, environ: dict[str, str] | None = None) -> bool:
    """True if ``stream`` is connected to journald.

    systemd sets ``$JOURNAL_STREAM`` to ``device:inode`` of the stream it connected
    (systemd.exec(5)); comparing it with the stream's own fstat avoids trusting a
    variable that leaked into a shell started from a service.
    """
    value = (os.environ if environ is None else environ).get("JOURNAL_STREAM", "")
    device, _, inode = value.partition(":")
    try:
        stat = os.fstat(stream.fileno())
        return (stat.st_dev, stat.st_ino) == (int(device), int(inode))
    except (OSError, ValueError, AttributeError):
        return False


def configure(verbose: bool = False, *, stream: TextIO | None = None,
              environ: dict[str, str] | None = None) -> logging.Handler:
    """Send log records to ``stream`` (stderr) in Afterword's format; returns the handler.

    Replaces any handler an earlier call installed, so calling it again (after a reload,
    in tests) does not duplicate lines.
    """
    stream = sys.stderr if stream is None else stream
    handler = logging.StreamHandler(stream)
    handler.setFormatter(SecretMaskingFormatter(journal=stream_is_journal(stream, environ)))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h.formatter, SecretMaskingFormatter)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.INFO)
    return handler


def quiet() -> None:
    """Only warnings and errors from Afterword's own loggers (a command's report says the rest)."""
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def _syslog_priority(levelno: int) -> int:
    for level in sorted(_SYSLOG_PRIORITY, reverse=True):
        if levelno >= level:
            return _SYSLOG_PRIORITY[level]
    return _SYSLOG_PRIORITY[logging.DEBUG]
