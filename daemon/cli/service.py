"""``afterword service install|uninstall|status``: run Afterword in the background.

The CLI frame mounts :data:`app` with ``add_typer(service.app, name="service")``. Errors
are raised as :mod:`afterword.daemon.errors` types for the frame to print; ``--print`` output is
the bare file, so it can be piped to ``tee``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from afterword.daemon.cli.context import CliContext, context
from afterword.daemon.errors import AfterwordError, UsageError
from afterword.daemon.mailbox.kinds import kind_of
from afterword.daemon.service import install as service_install
from afterword.daemon.service.install import Host, Platform
from afterword.daemon.service.unit_files import launch_agent_log_dir, render_system_template

app = typer.Typer(
    help="Run Afterword in the background (systemd on Linux, launchd on macOS).\n\n"
         "The service starts at login, restarts after a crash, and logs to the "
         "journal (Linux) or ~/Library/Logs/Afterword (macOS).\n\n"
         "Example: afterword service install --print",
    no_args_is_help=True,
)


class PlatformName(StrEnum):
    linux = "linux"
    macos = "macos"


PlatformOption = Annotated[PlatformName | None, typer.Option(
    "--platform",
    help="Which service manager to target (default: this machine's). Another "
         "platform than this machine's only works with --print.")]
StatusPlatformOption = Annotated[PlatformName | None, typer.Option(
    "--platform", help="Which service manager to ask (default: this machine's).")]
PrintOption = Annotated[bool, typer.Option(
    "--print", help="Show what would be done and change nothing.")]


@app.command()
def install(
    ctx: typer.Context,
    print_only: Annotated[bool, typer.Option(
        "--print",
        help="Print the unit file (Linux) or plist (macOS) to stdout and change nothing, "
             "e.g. to review it or install it by hand.")] = False,
    platform: PlatformOption = None,
    system: Annotated[bool, typer.Option(
        "--system",
        help="With --print, Linux: print the system-wide template afterword@.service "
             "instead, for a server that runs Afterword for several local users.")] = False,
    executable: Annotated[Path | None, typer.Option(
        "--executable", metavar="PATH",
        help="The afterword program the service runs (default: the one you are "
             "running now, from your venv or pipx).")] = None,
) -> None:
    """Write the service file for you, then enable and start the service.

    Linux: ~/.config/systemd/user/afterword.service, then `systemctl --user
    daemon-reload` and `systemctl --user enable --now afterword.service`.
    macOS: ~/Library/LaunchAgents/org.afterword.agent.plist, then `launchctl
    bootstrap gui/$UID` on it. Running it again updates the file and restarts.

    Examples:
      afterword service install
      afterword service install --print               # review the unit first
      afterword service install --executable ~/.local/bin/afterword
    """
    target = _platform(platform, print_only)
    program = executable.absolute() if executable else service_install.find_executable()
    if system:
        if not (print_only and target == "linux"):
            raise UsageError("--system only prints the Linux template unit",
                             hint="sudo sh -c 'afterword service install --print --system "
                                  "> /etc/systemd/system/afterword@.service'")
        typer.echo(render_system_template(str(program)), nl=False)
        return
    host = Host.current()
    run = _service_run(context(ctx), program)
    if print_only:
        typer.echo(service_install.render_service_file(target, run, host), nl=False)
        return
    path = service_install.service_file(target, host)
    previous = path.read_text(encoding="utf-8") if path.exists() else None
    steps = service_install.plan_install(target, run, host, previous)
    console = Console(highlight=False, soft_wrap=True)
    service_install.apply(steps, target, service_install.run_command, _reporter(console))
    console.print(f"Afterword now runs in the background as {program} run.")
    if target == "linux":
        console.print("Logs: journalctl --user -u afterword -f\n"
                      "To keep it running while you are logged out: "
                      "loginctl enable-linger $USER", markup=False)
    else:
        console.print(f"Logs: {launch_agent_log_dir(host.home)}/afterword.log "
                      "(or Console.app, Log Reports)", markup=False)


def _service_run(cli: CliContext, program: Path) -> service_install.ServiceRun:
    """The program, the config it must be told about (one not at the default place),
    and the Maildir folders it writes into (the sandbox allows only those)."""
    explicit = cli.config_path is not None or bool(os.environ.get("AFTERWORD_CONFIG"))
    config_path = cli.resolved_config_path().absolute() if explicit else None
    try:
        accounts = cli.config().accounts
    except AfterwordError:
        accounts = ()  # `doctor` reports a broken config; the unit still installs
    maildirs = tuple(path for a in accounts for path in kind_of(a).writable(a))
    return service_install.ServiceRun(program, config_path, maildirs)


@app.command()
def uninstall(print_only: PrintOption = False, platform: PlatformOption = None) -> None:
    """Stop and disable the service and remove its file. Your data and config stay.

    Drafts already in your Drafts folder stay too; `afterword service install`
    starts it again where it left off.

    Examples:
      afterword service uninstall
      afterword service uninstall --print   # list the steps, change nothing
    """
    target = _platform(platform, print_only)
    host = Host.current()
    installed = service_install.service_file(target, host).exists()
    steps = service_install.plan_uninstall(target, host, installed)
    console = Console(highlight=False, soft_wrap=True)
    if not steps:
        console.print("Afterword is not installed as a service: nothing to do.")
        return
    if print_only:
        for step in steps:
            console.print(service_install.describe(step), markup=False)
        return
    service_install.apply(steps, target, service_install.run_command, _reporter(console))


@app.command()
def status(platform: StatusPlatformOption = None) -> None:
    """Show whether the service is installed and what the service manager says about it.

    Exits with the service manager's status: 0 when running (systemctl uses 3 for
    stopped and 4 for unknown), so scripts can test it.

    Example: afterword service status && echo running
    """
    target = _platform(platform, print_only=False)
    host = Host.current()
    path = service_install.service_file(target, host)
    console = Console(highlight=False, soft_wrap=True)
    console.print(f"service file: {path} ({'installed' if path.exists() else 'not installed'})",
                  markup=False)
    result = service_install.run_command(service_install.status_command(target, host))
    console.print(result.output.rstrip(), markup=False)
    if result.returncode != 0:
        raise typer.Exit(result.returncode)


def _platform(option: PlatformName | None, print_only: bool) -> Platform:
    if option is not None and print_only:
        return "linux" if option is PlatformName.linux else "macos"
    here = service_install.current_platform()
    if option is not None and option.value != here:
        raise UsageError(f"this machine is {here}: it cannot manage a {option.value} service",
                         hint="add --print to see the file or steps for another platform")
    return here


def _reporter(console: Console) -> Callable[[str], None]:
    def report(line: str) -> None:
        console.print(Text.assemble(("✓ ", "green"), line))
    return report
