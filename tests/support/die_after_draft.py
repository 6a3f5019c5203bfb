"""Run the afterword CLI, but SIGKILL the process right after a draft reaches the mailbox.

The crash lands between writing the draft and recording it in the store: the
worst moment for exactly-once. Used by the end-to-end crash test as a child process.
"""

from __future__ import annotations

import os
import signal
import sys

from afterword.daemon.cli import main
from afterword.daemon.mailbox.imap import ImapMailbox

_save_draft = ImapMailbox.save_draft


def _save_then_die(self: ImapMailbox, raw: bytes, message_id: str, *,
                   thread_id: str | None = None) -> None:
    _save_draft(self, raw, message_id, thread_id=thread_id)
    os.kill(os.getpid(), signal.SIGKILL)


ImapMailbox.save_draft = _save_then_die  # type: ignore[method-assign]
sys.exit(main(sys.argv[1:]))
