"""Writing the files a user reads: atomically, private when new, and only where asked.

Afterword's own files (config, rules, service units) may create Afterword's own
folders. A file the user names on the command line (an export) goes exactly
there: ``-`` means standard output, a folder or a missing parent folder is one
clear error, and no folder is created that the user did not name.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from afterword.daemon.errors import UsageError

_NEW_FILE_MODE = 0o600


def write_atomically(path: Path, text: str, *, create_parents: bool = True) -> None:
    """Replace ``path`` with ``text`` so readers see the old or the new file, never half.

    An existing file keeps its mode; a new one is private (0600).
    """
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = _NEW_FILE_MODE
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    if path.is_dir():
        raise UsageError(f"cannot write {path}: it is a folder", hint="name a file")
    if not create_parents and not path.parent.is_dir():
        raise UsageError(f"cannot write {path}: the folder {path.parent} does not exist",
                         hint="create it first, or name a file in an existing folder")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


def write_output(target: str, text: str) -> Path | None:
    """Write a command's output to ``target`` (``-``: standard output); the file written."""
    if target == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return None
    path = Path(target).expanduser()
    write_atomically(path, text, create_parents=False)
    return path
