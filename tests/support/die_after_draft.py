"""Run the afterword CLI, but SIGKILL the process right after drafts reach the mailbox.

The crash lands between writing the draft and recording it in the store: the
worst moment for exactly-once. Used by the end-to-end crash test as a child process.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Mapping, Sequence

from afterword.daemon.cli import main
from afterword.daemon.errors import AfterwordError
from afterword.daemon.mailbox.base import OutgoingDraft
from afterword.daemon.mailbox.imap import ImapMailbox

_save_drafts = ImapMailbox.save_drafts


def _save_then_die(self: ImapMailbox, drafts: Sequence[OutgoingDraft]
                   ) -> Mapping[str, AfterwordError]:
    _save_drafts(self, drafts)
    os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("unreachable: the process was killed")


ImapMailbox.save_drafts = _save_then_die  # type: ignore[method-assign]
sys.exit(main(sys.argv[1:]))
