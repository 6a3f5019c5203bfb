"""Run the afterword CLI, but SIGKILL the process whenever it classifies a message whose
subject says "deadly": a stand-in for a message that crashes the interpreter or exhausts
memory. Used by the poison-mail crash test as a child process. The worker that classifies
a large batch ahead dies the same way on such a message.
"""

from __future__ import annotations

import os
import signal
import sys

from afterword.daemon import pipeline
from afterword.daemon.cli import main
from afterword.daemon.detection import ahead

_classify = pipeline.classify


def _classify_or_die(parsed, rules, **options):  # type: ignore[no-untyped-def]
    if "deadly" in parsed.subject:
        os.kill(os.getpid(), signal.SIGKILL)
    return _classify(parsed, rules, **options)


pipeline.classify = _classify_or_die  # type: ignore[assignment]
ahead.classify = _classify_or_die  # type: ignore[assignment]
sys.exit(main(sys.argv[1:]))
