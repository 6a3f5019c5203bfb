"""Child process of the crash test: writes the due drafts and is SIGKILLed right after saving.

Usage: ``python -m tests.support.crash_child STATE_DB MAILBOX_DIR NOW_ISO``
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import datetime
from pathlib import Path

from afterword.daemon.followup.due_work import write_due_drafts
from afterword.daemon.store import Store
from tests.support.mailboxes import DirectoryMailbox
from tests.support.rejections import a_config


def die_now() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main(state_db: str, mailbox_dir: str, now: str) -> None:
    with Store.open(Path(state_db)) as store:
        mailbox = DirectoryMailbox(Path(mailbox_dir))
        write_due_drafts(store, {"personal": mailbox}, datetime.fromisoformat(now),
                         config=a_config(), after_save=die_now)


if __name__ == "__main__":
    main(*sys.argv[1:4])
