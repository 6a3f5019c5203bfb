"""Installing Afterword as a background service: plan the steps, then apply them.

``plan_install`` / ``plan_uninstall`` are pure: from the platform, the user's
directories and the program's path they compute a tuple of :data:`Step` values (make
directories, write a file, remove a file, run a command). :func:`apply` performs them in
order, reporting each one, and runs every external command through one injectable
:data:`Runner`: tests pass a recording runner and check the exact commands.

Linux uses the systemd user manager (``systemctl --user``), macOS launchd's per-user
GUI domain (``launchctl bootstrap gui/$UID``).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from afterword.daemon.errors import AfterwordError, UsageError
from afterword.daemon.files import write_atomically
from afterword.daemon.service.unit_files import (
    LAUNCH_AGENT_LABEL,
    USER_UNIT_NAME,
    launch_agent_log_dir,
    launch_agent_path,
    render_launch_agent,
    render_user_unit,
    user_unit_path,
)

Platform = Literal["linux", "macos"]
PLATFORMS: tuple[Platform, ...] = ("linux", "macos")

_MANAGER_HINT = {
    "linux": "this needs a running systemd user manager (`systemctl --user` in a login "
             "session); without systemd, run `afterword run` under your own supervisor",
    "macos": "run this from your own login session (launchctl's gui/ domain); "
             "`afterword service install --print` shows the plist to load by hand",
}


class ServiceCommandFailed(AfterwordError):
    """systemctl or launchctl refused a step of install, uninstall or status."""

    exit_code = 1


@dataclass(frozen=True)
class CommandResult:
    """What an external command did: its argv, exit status and combined output."""

    argv: tuple[str, ...]
    returncode: int
    output: str


Runner = Callable[[Sequence[str]], CommandResult]


def run_command(argv: Sequence[str]) -> CommandResult:
    """The real runner: run ``argv``, capture stdout and stderr together, never raise."""
    try:
        done = subprocess.run(list(argv), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, check=False)
    except FileNotFoundError:
        return CommandResult(tuple(argv), 127, f"{argv[0]}: command not found")
    return CommandResult(tuple(argv), done.returncode, done.stdout)


@dataclass(frozen=True)
class MakeDirs:
    paths: tuple[Path, ...]


@dataclass(frozen=True)
class WriteFile:
    path: Path
    text: str


@dataclass(frozen=True)
class RemoveFile:
    path: Path


@dataclass(frozen=True)
class Run:
    argv: tuple[str, ...]
    may_fail: bool = False  # e.g. unloading a launchd job that is not loaded


Step = MakeDirs | WriteFile | RemoveFile | Run


@dataclass(frozen=True)
class Host:
    """The user's side of the machine that the plans depend on."""

    home: Path
    config_home: Path
    uid: int

    @classmethod
    def current(cls) -> Host:
        home = Path.home()
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        config_home = Path(xdg) if os.path.isabs(xdg) else home / ".config"
        return cls(home=home, config_home=config_home, uid=os.getuid())


def current_platform() -> Platform:
    """The service manager of this machine, from ``sys.platform``."""
    if sys.platform.startswith("linux"):
        return "linux"
    if sys.platform == "darwin":
        return "macos"
    raise UsageError(f"no service manager support on {sys.platform}",
                     hint="run `afterword run` under your own supervisor")


def find_executable() -> Path:
    """The absolute path of the installed ``afterword`` program.

    In order: the program this process was started as (``sys.argv[0]``, when it is
    ``afterword``); the ``afterword`` next to the running Python (a venv's or pipx's
    ``bin/``; ``sys.executable`` is not resolved, which would leave the venv); the first
    ``afterword`` on ``PATH``. Symlinks are kept: pipx's ``~/.local/bin/afterword``
    survives a ``pipx reinstall``, the venv path behind it may not.
    """
    candidates = []
    if sys.argv and Path(sys.argv[0]).name == "afterword":
        candidates.append(Path(sys.argv[0]))
    candidates.append(Path(sys.executable).parent / "afterword")
    on_path = shutil.which("afterword")
    if on_path:
        candidates.append(Path(on_path))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate.absolute()
    raise UsageError("cannot find the installed `afterword` program",
                     hint="install it with `pipx install afterword`, or pass --executable PATH")


def service_file(platform: Platform, host: Host) -> Path:
    """Where the unit (Linux) or plist (macOS) lives for this user."""
    if platform == "linux":
        return user_unit_path(host.config_home)
    return launch_agent_path(host.home)


@dataclass(frozen=True)
class ServiceRun:
    """What the service runs: the program, the config it was named (if any), and the
    folders outside Afterword's own it writes (Maildir accounts' Drafts and inbox)."""

    executable: Path
    config: Path | None = None
    also_writable: tuple[Path, ...] = ()


def render_service_file(platform: Platform, run: ServiceRun, host: Host) -> str:
    """The unit or plist text for ``run`` and this user."""
    config = str(run.config) if run.config else None
    if platform == "linux":
        return render_user_unit(str(run.executable), config=config,
                                also_writable=[str(p) for p in run.also_writable])
    return render_launch_agent(str(run.executable), host.home, config=config)


def plan_install(platform: Platform, run: ServiceRun, host: Host,
                 previous: str | None) -> tuple[Step, ...]:
    """Steps that install (or update) and start the service; ``previous``: the file as it is."""
    path = service_file(platform, host)
    text = render_service_file(platform, run, host)
    if platform == "linux":
        systemctl = ("systemctl", "--user")
        if previous is None or previous == text:
            start: tuple[Step, ...] = (Run((*systemctl, "enable", "--now", USER_UNIT_NAME)),)
        else:
            start = (Run((*systemctl, "enable", USER_UNIT_NAME)),
                     Run((*systemctl, "restart", USER_UNIT_NAME)))
        return (MakeDirs((path.parent,)), WriteFile(path, text),
                Run((*systemctl, "daemon-reload")), *start)
    domain = f"gui/{host.uid}"
    service = f"{domain}/{LAUNCH_AGENT_LABEL}"
    unload: tuple[Step, ...] = () if previous is None else (
        Run(("launchctl", "bootout", service), may_fail=True),)
    return (MakeDirs((path.parent, launch_agent_log_dir(host.home))),
            WriteFile(path, text), *unload,
            Run(("launchctl", "enable", service)),
            Run(("launchctl", "bootstrap", domain, str(path))))


def plan_uninstall(platform: Platform, host: Host, installed: bool) -> tuple[Step, ...]:
    """Steps that stop and disable the service and remove its file (none if not installed)."""
    if not installed:
        return ()
    path = service_file(platform, host)
    if platform == "linux":
        # Without a user bus (ssh without lingering, a container) systemctl cannot answer:
        # the file is removed anyway, and the report says what could not be done.
        return (Run(("systemctl", "--user", "disable", "--now", USER_UNIT_NAME), may_fail=True),
                RemoveFile(path),
                Run(("systemctl", "--user", "daemon-reload"), may_fail=True))
    return (Run(("launchctl", "bootout", f"gui/{host.uid}/{LAUNCH_AGENT_LABEL}"), may_fail=True),
            RemoveFile(path))


def status_command(platform: Platform, host: Host) -> tuple[str, ...]:
    """The command that shows the service manager's view of Afterword."""
    if platform == "linux":
        return ("systemctl", "--user", "status", "--no-pager", USER_UNIT_NAME)
    return ("launchctl", "print", f"gui/{host.uid}/{LAUNCH_AGENT_LABEL}")


def describe(step: Step) -> str:
    """One line saying what ``step`` does, as install and ``--print`` report it."""
    match step:
        case MakeDirs(paths):
            return "create directory " + ", ".join(str(p) for p in paths)
        case WriteFile(path):
            return f"write {path}"
        case RemoveFile(path):
            return f"remove {path}"
        case Run(argv):
            return f"run `{shlex.join(argv)}`"


def apply(steps: Sequence[Step], platform: Platform, runner: Runner,
          report: Callable[[str], None]) -> None:
    """Perform ``steps`` in order, calling ``report`` after each with what was done.

    Raises :class:`ServiceCommandFailed` at the first command that fails (unless the
    step allows it), with the command's own output and a hint for ``platform``.
    """
    for step in steps:
        match step:
            case MakeDirs(paths):
                for path in paths:
                    path.mkdir(parents=True, exist_ok=True)
            case WriteFile(path, text):
                write_atomically(path, text)
            case RemoveFile(path):
                path.unlink(missing_ok=True)
            case Run(argv, may_fail):
                result = runner(argv)
                if result.returncode != 0:
                    why = (f"`{shlex.join(argv)}` failed with status {result.returncode}: "
                           + " ".join(result.output.split()))
                    if not may_fail:
                        raise ServiceCommandFailed(why, hint=_MANAGER_HINT[platform])
                    report(f"could not: {describe(step)} ({why[:200]})")
                    continue
        report(describe(step))
