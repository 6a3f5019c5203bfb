"""The service definitions Afterword installs, rendered as text: pure, no file or process I/O.

Three files, each rendered for a given path of the ``afterword`` program:

* the systemd **user** unit ``afterword.service`` (``systemctl --user``),
* the systemd **system template** ``afterword@.service`` (one instance per local user,
  ``systemctl enable --now afterword@alice``),
* the launchd **LaunchAgent** ``org.afterword.agent.plist`` (macOS).

The copies under ``systemd/`` and ``launchd/`` in the source tree are these renderings
for the default paths (``scripts/render-service-files`` rewrites them; a test checks
they are current). Every sandboxing choice is explained next to it in the unit text.
"""

from __future__ import annotations

import plistlib
import re
from collections.abc import Sequence
from pathlib import PurePath, PurePosixPath
from typing import TypeVar

USER_UNIT_NAME = "afterword.service"
SYSTEM_TEMPLATE_NAME = "afterword@.service"
LAUNCH_AGENT_LABEL = "org.afterword.agent"

P = TypeVar("P", bound=PurePath)

#: Where pipx (and ``pip install --user``) put the program; used when no path is given.
DEFAULT_USER_EXECUTABLE = "%h/.local/bin/afterword"
DEFAULT_TEMPLATE_EXECUTABLE = "/home/%i/.local/bin/afterword"

#: The directories the daemon writes (platformdirs' XDG defaults for "afterword").
_WRITABLE_DIRS = (".config/afterword", ".local/share/afterword", ".local/state/afterword",
                  ".cache/afterword")

_SERVICE_BEHAVIOUR = """\
Type=notify
ExecStart={executable} run
ExecReload=/bin/kill -HUP $MAINPID
# Crashes and lost health restart it; exit status 2 is a configuration or credential
# problem that only you can fix (journalctl shows which), so it is not retried.
Restart=on-failure
RestartSec=30s
RestartPreventExitStatus=2
# READY=1 is sent after the first successful login: allow for a slow network at boot.
TimeoutStartSec=3min
# SIGTERM finishes or rolls back the current step within 5 s; systemd kills after 15 s.
TimeoutStopSec=15s
# WATCHDOG=1 is sent at least every 5 minutes while healthy; a hung daemon is restarted.
WatchdogSec=10min
NotifyAccess=main
"""

_SANDBOX = """\
# Sandboxing (systemd.exec(5)): the daemon needs the network (IMAP, Gmail API), the
# D-Bus session bus for the keyring (an AF_UNIX socket, usable through read-only
# paths), read access to its config and write access to its own directories only.
NoNewPrivileges=yes
ProtectSystem=strict
ProtectHome=read-only
ReadWritePaths={writable}
PrivateTmp=yes
PrivateDevices=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6
RestrictNamespaces=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallErrorNumber=EPERM
UMask=0077
"""

_USER_UNIT = """\
# Afterword as a systemd user service (systemctl --user).
# `afterword service install` writes this file, with the path of your afterword
# program, to ~/.config/systemd/user/afterword.service and enables it.
# See docs/service.md.

[Unit]
Description=Afterword: feedback-request drafts for job rejection emails (never sends mail)

[Service]
{behaviour}
# Create the writable directories before the sandbox (which needs them) is set up;
# "+" runs this one command outside the sandbox, still as you.
ExecStartPre=+/bin/mkdir -p {writable}

{sandbox}\
# A user manager can only set up the namespaces above inside a user namespace.
PrivateUsers=yes

[Install]
WantedBy=default.target
"""

_SYSTEM_TEMPLATE = """\
# Afterword as a system service for one local user per instance, for servers:
#   sudo cp afterword@.service /etc/systemd/system/
#   sudo systemctl enable --now afterword@alice
# runs `afterword run` as user alice (home /home/alice). See docs/service.md.

[Unit]
Description=Afterword for %i: feedback-request drafts for job rejection emails
Wants=network-online.target
After=network-online.target

[Service]
User=%i
{behaviour}
# Create the writable directories (owned by %i) before the sandbox is set up;
# "+" runs this one command outside the sandbox, as root, and runuser drops to %i.
ExecStartPre=+/sbin/runuser -u %i -- /bin/mkdir -p {writable}

{sandbox}
[Install]
WantedBy=multi-user.target
"""


def repository_copies() -> dict[str, str]:
    """The files kept under ``systemd/`` and ``launchd/`` in the source tree, by relative path.

    Rendered for the default paths; the plist, which needs absolute paths, for a macOS
    user called ``you``.
    """
    mac_home = PurePosixPath("/Users/you")
    return {
        f"systemd/{USER_UNIT_NAME}": render_user_unit(),
        f"systemd/{SYSTEM_TEMPLATE_NAME}": render_system_template(),
        f"launchd/{LAUNCH_AGENT_LABEL}.plist": render_launch_agent(
            str(mac_home / ".local/bin/afterword"), mac_home),
    }


def systemd_word(path: str) -> str:
    """``path`` as one word of a systemd command line: specifiers and variables escaped.

    ``%`` starts a specifier and ``$`` a variable in ``ExecStart=`` (systemd.service(5),
    "Command lines"), so both are doubled; a path with spaces or quotes is double-quoted.
    """
    word = path.replace("%", "%%").replace("$", "$$")
    if re.search(r"[\s\"'\\;]", word):
        word = '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return word


def render_user_unit(executable: str | None = None, *, config: str | None = None,
                     also_writable: Sequence[str] = ()) -> str:
    """The user unit running ``executable`` (absolute path; None: ``%h/.local/bin/afterword``).

    ``config`` is a config file the service must be given (one named with ``--config``);
    ``also_writable`` are folders outside Afterword's own that it writes (Maildir accounts).
    """
    exec_word = DEFAULT_USER_EXECUTABLE if executable is None else systemd_word(executable)
    if config is not None:
        exec_word += f" --config {systemd_word(config)}"
    return _render(_USER_UNIT, exec_word, home="%h",
                   also_writable=[systemd_word(path) for path in also_writable])


def render_system_template(executable: str | None = None) -> str:
    """The system template unit; None runs each user's ``/home/%i/.local/bin/afterword``."""
    exec_word = DEFAULT_TEMPLATE_EXECUTABLE if executable is None else systemd_word(executable)
    return _render(_SYSTEM_TEMPLATE, exec_word, home="/home/%i")


def render_launch_agent(executable: str, home: PurePath, *, config: str | None = None) -> str:
    """The LaunchAgent plist running ``executable run`` for the user whose home is ``home``.

    launchd expands neither ``~`` nor variables, so every path is absolute. ``KeepAlive``
    with ``SuccessfulExit=false`` restarts after a crash but not after a clean exit;
    ``ThrottleInterval`` spaces restarts like systemd's ``RestartSec``.
    """
    log = str(launch_agent_log_dir(home) / "afterword.log")
    program_dir = str(PurePosixPath(executable).parent)
    search_path = [program_dir, "/opt/homebrew/bin", "/usr/local/bin", "/usr/bin", "/bin",
                   "/usr/sbin", "/sbin"]
    agent = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": [executable, *(["--config", config] if config else []), "run"],
        "RunAtLoad": True,
        "KeepAlive": {"SuccessfulExit": False},
        "ThrottleInterval": 30,
        "ExitTimeOut": 15,
        "ProcessType": "Background",
        "StandardOutPath": log,
        "StandardErrorPath": log,
        "EnvironmentVariables": {"PATH": ":".join(dict.fromkeys(search_path))},
    }
    return plistlib.dumps(agent, sort_keys=False).decode()


def user_unit_path(config_home: P) -> P:
    """Where the user unit goes: ``$XDG_CONFIG_HOME/systemd/user/`` (systemd.unit(5))."""
    return config_home / "systemd" / "user" / USER_UNIT_NAME


def launch_agent_path(home: P) -> P:
    """Where the LaunchAgent goes: ``~/Library/LaunchAgents/<label>.plist``."""
    return home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def launch_agent_log_dir(home: P) -> P:
    """Where launchd writes the daemon's output: ``~/Library/Logs/Afterword`` (Console.app)."""
    return home / "Library" / "Logs" / "Afterword"


def _render(template: str, exec_word: str, *, home: str,
            also_writable: Sequence[str] = ()) -> str:
    own = " ".join(f"{home}/{directory}" for directory in _WRITABLE_DIRS)
    behaviour = _SERVICE_BEHAVIOUR.format(executable=exec_word)
    sandbox_writable = " ".join([own, *also_writable])
    return template.format(behaviour=behaviour,
                           sandbox=_SANDBOX.format(writable=sandbox_writable), writable=own)
