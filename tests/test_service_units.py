"""The systemd units and launchd plist, and `afterword service install|uninstall|status`."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest
from typer.testing import CliRunner

from afterword.daemon.cli import app as root_app
from afterword.daemon.errors import UsageError
from afterword.daemon.service import install as service_install
from afterword.daemon.service.install import (
    CommandResult,
    Host,
    MakeDirs,
    Platform,
    RemoveFile,
    Run,
    ServiceCommandFailed,
    WriteFile,
)
from afterword.daemon.service.unit_files import (
    render_launch_agent,
    render_system_template,
    render_user_unit,
    repository_copies,
    systemd_word,
)

ROOT = Path(__file__).resolve().parent.parent
SANDBOX_KEYS = (
    "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=read-only", "PrivateTmp=yes",
    "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6", "LockPersonality=yes",
    "MemoryDenyWriteExecute=yes", "SystemCallFilter=@system-service",
)


@pytest.fixture
def program(tmp_path: Path) -> Path:
    """An executable called afterword, as systemd-analyze insists ExecStart exists."""
    path = tmp_path / "venv" / "bin" / "afterword"
    path.parent.mkdir(parents=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def systemd_analyze() -> str:
    tool = shutil.which("systemd-analyze")
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install systemd (systemd-analyze) to verify the units")
        pytest.skip("systemd-analyze is not installed")
    return tool


def verify(tool: str, unit: Path, *, user: bool) -> subprocess.CompletedProcess[str]:
    runtime = unit.parent / "runtime"
    runtime.mkdir(exist_ok=True)
    argv = [tool, *(["--user"] if user else []), "verify", str(unit)]
    return subprocess.run(argv, capture_output=True, text=True, check=False,
                          env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)})


def problems_with(unit: Path, stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if unit.name in line or "Unknown key" in line or "Unknown section" in line]



def plan(platform: Platform, program: Path, host: Host, *, previous: str | None) -> tuple:
    """The install steps for ``program`` run with the default config."""
    return service_install.plan_install(platform, service_install.ServiceRun(program), host,
                                        previous)

def test_systemd_analyze_accepts_the_user_unit(systemd_analyze: str, program: Path,
                                               tmp_path: Path) -> None:
    unit = tmp_path / "afterword.service"
    unit.write_text(render_user_unit(str(program)))

    result = verify(systemd_analyze, unit, user=True)

    assert result.returncode == 0, result.stderr
    assert problems_with(unit, result.stderr) == []


def test_systemd_analyze_accepts_the_system_template(systemd_analyze: str, program: Path,
                                                     tmp_path: Path) -> None:
    unit = tmp_path / "afterword@.service"
    unit.write_text(render_system_template(str(program)))

    result = verify(systemd_analyze, unit, user=False)

    assert result.returncode == 0, result.stderr
    assert problems_with(unit, result.stderr) == []


def test_systemd_analyze_would_report_a_misspelt_key(systemd_analyze: str, program: Path,
                                                     tmp_path: Path) -> None:
    unit = tmp_path / "afterword.service"
    unit.write_text(render_user_unit(str(program)).replace("LockPersonality", "LockPersonalty"))

    result = verify(systemd_analyze, unit, user=True)

    assert any("Unknown key" in line for line in problems_with(unit, result.stderr))


@pytest.mark.parametrize("render", [render_user_unit, render_system_template])
def test_both_units_are_notify_services_with_watchdog_restart_and_sandbox(render) -> None:
    text = render("/opt/afterword/bin/afterword")

    lines = text.splitlines()
    assert "Type=notify" in lines
    assert "ExecStart=/opt/afterword/bin/afterword run" in lines
    assert "Restart=on-failure" in lines
    assert any(line.startswith("WatchdogSec=") for line in lines)
    assert any(line.startswith("RestartSec=") for line in lines)
    assert any(line.startswith("TimeoutStopSec=") for line in lines)
    assert set(SANDBOX_KEYS) <= set(lines)


def test_user_unit_may_write_only_afterwords_own_directories() -> None:
    lines = render_user_unit().splitlines()

    writable = next(line for line in lines if line.startswith("ReadWritePaths="))
    assert writable.split("=", 1)[1].split() == [
        "%h/.config/afterword", "%h/.local/share/afterword", "%h/.local/state/afterword",
        "%h/.cache/afterword"]
    assert "ExecStart=%h/.local/bin/afterword run" in lines
    assert "WantedBy=default.target" in lines


def test_system_template_runs_as_the_instance_user_in_their_home() -> None:
    lines = render_system_template().splitlines()

    assert "User=%i" in lines
    assert "ExecStart=/home/%i/.local/bin/afterword run" in lines
    assert any(line.startswith("ReadWritePaths=/home/%i/.config/afterword ") for line in lines)
    assert "WantedBy=multi-user.target" in lines


def test_an_executable_path_with_spaces_or_percent_stays_one_literal_word() -> None:
    assert systemd_word("/Users/Jo Doe/bin/afterword") == '"/Users/Jo Doe/bin/afterword"'
    assert systemd_word("/opt/100%/afterword") == "/opt/100%%/afterword"


def test_launch_agent_loads_with_plistlib_and_has_launchds_keys() -> None:
    home = PurePosixPath("/Users/jo")

    agent = plistlib.loads(render_launch_agent("/Users/jo/.local/bin/afterword", home).encode())

    assert agent["Label"] == "org.afterword.agent"
    assert agent["ProgramArguments"] == ["/Users/jo/.local/bin/afterword", "run"]
    assert agent["RunAtLoad"] is True
    assert agent["KeepAlive"] == {"SuccessfulExit": False}
    assert agent["ProcessType"] == "Background"
    assert agent["StandardOutPath"] == "/Users/jo/Library/Logs/Afterword/afterword.log"
    assert agent["StandardErrorPath"] == "/Users/jo/Library/Logs/Afterword/afterword.log"
    assert agent["EnvironmentVariables"]["PATH"].startswith("/Users/jo/.local/bin:")


def test_checked_in_unit_files_and_plist_are_current() -> None:
    for relative, text in repository_copies().items():
        assert (ROOT / relative).read_text() == text, (
            f"{relative} is stale: run scripts/render-service-files")


# --- install / uninstall plans, applied with a recording runner -------------------------


class RecordingRunner:
    """Stands in for systemctl and launchctl: records each command, answers with a status."""

    def __init__(self, failing: dict[str, int] | None = None) -> None:
        self.commands: list[tuple[str, ...]] = []
        self.failing = failing or {}

    def __call__(self, argv) -> CommandResult:
        self.commands.append(tuple(argv))
        status = self.failing.get(" ".join(argv), 0)
        return CommandResult(tuple(argv), status, "refused\n" if status else "")


@pytest.fixture
def host(tmp_path: Path) -> Host:
    home = tmp_path / "home"
    return Host(home=home, config_home=home / ".config", uid=501)


def test_linux_install_writes_the_unit_and_enables_it_now(host: Host, program: Path) -> None:
    runner, reported = RecordingRunner(), list[str]()
    steps = plan("linux", program, host, previous=None)

    service_install.apply(steps, "linux", runner, reported.append)

    unit = host.home / ".config/systemd/user/afterword.service"
    assert f"ExecStart={program} run" in unit.read_text().splitlines()
    assert runner.commands == [
        ("systemctl", "--user", "daemon-reload"),
        ("systemctl", "--user", "enable", "--now", "afterword.service"),
    ]
    assert reported[-2:] == ["run `systemctl --user daemon-reload`",
                             "run `systemctl --user enable --now afterword.service`"]
    assert f"write {unit}" in reported


def test_linux_reinstall_with_a_new_program_path_restarts_the_service(
        host: Host, program: Path) -> None:
    old = render_user_unit("/old/venv/bin/afterword")

    steps = plan("linux", program, host, previous=old)

    assert [step.argv for step in steps if isinstance(step, Run)] == [
        ("systemctl", "--user", "daemon-reload"),
        ("systemctl", "--user", "enable", "afterword.service"),
        ("systemctl", "--user", "restart", "afterword.service"),
    ]


def test_macos_install_writes_the_plist_and_bootstraps_it(host: Host, program: Path) -> None:
    runner = RecordingRunner()
    steps = plan("macos", program, host, previous=None)

    service_install.apply(steps, "macos", runner, lambda line: None)

    plist = host.home / "Library/LaunchAgents/org.afterword.agent.plist"
    assert plistlib.loads(plist.read_bytes())["ProgramArguments"] == [str(program), "run"]
    assert (host.home / "Library/Logs/Afterword").is_dir()
    assert runner.commands == [
        ("launchctl", "enable", "gui/501/org.afterword.agent"),
        ("launchctl", "bootstrap", "gui/501", str(plist)),
    ]


def test_macos_reinstall_unloads_the_old_agent_first_even_if_it_was_not_loaded(
        host: Host, program: Path) -> None:
    runner = RecordingRunner(failing={"launchctl bootout gui/501/org.afterword.agent": 113})
    steps = plan("macos", program, host, previous="<plist/>")

    service_install.apply(steps, "macos", runner, lambda line: None)

    assert runner.commands[0] == ("launchctl", "bootout", "gui/501/org.afterword.agent")
    assert runner.commands[-1][:2] == ("launchctl", "bootstrap")


def test_a_refused_command_stops_install_with_its_output_and_a_hint(
        host: Host, program: Path) -> None:
    runner = RecordingRunner(failing={"systemctl --user daemon-reload": 1})
    steps = plan("linux", program, host, previous=None)

    with pytest.raises(ServiceCommandFailed) as failure:
        service_install.apply(steps, "linux", runner, lambda line: None)

    assert "systemctl --user daemon-reload" in failure.value.message
    assert "refused" in failure.value.message
    assert "systemd user manager" in (failure.value.hint or "")
    assert len(runner.commands) == 1


def test_linux_uninstall_disables_then_removes_the_unit(host: Host) -> None:
    steps = service_install.plan_uninstall("linux", host, installed=True)

    assert steps == (
        Run(("systemctl", "--user", "disable", "--now", "afterword.service"), may_fail=True),
        RemoveFile(host.config_home / "systemd/user/afterword.service"),
        Run(("systemctl", "--user", "daemon-reload"), may_fail=True),
    )


def test_uninstall_without_a_user_bus_still_removes_the_unit_and_says_what_it_could_not_do(
        host: Host) -> None:
    unit = host.config_home / "systemd/user/afterword.service"
    unit.parent.mkdir(parents=True)
    unit.write_text("[Unit]\n")
    no_bus = RecordingRunner(failing={"systemctl --user disable --now afterword.service": 1,
                                      "systemctl --user daemon-reload": 1})
    reported: list[str] = []
    steps = service_install.plan_uninstall("linux", host, installed=True)

    service_install.apply(steps, "linux", no_bus, reported.append)

    assert not unit.exists()
    assert [line for line in reported if line.startswith("could not:")] != []
    assert len([line for line in reported if line.startswith("could not:")]) == 2


def test_macos_uninstall_boots_out_the_agent_and_removes_the_plist(host: Host) -> None:
    steps = service_install.plan_uninstall("macos", host, installed=True)

    assert steps == (
        Run(("launchctl", "bootout", "gui/501/org.afterword.agent"), may_fail=True),
        RemoveFile(host.home / "Library/LaunchAgents/org.afterword.agent.plist"),
    )


def test_uninstall_when_not_installed_does_nothing(host: Host) -> None:
    assert service_install.plan_uninstall("linux", host, installed=False) == ()


def test_status_asks_the_service_manager(host: Host) -> None:
    assert service_install.status_command("linux", host) == (
        "systemctl", "--user", "status", "--no-pager", "afterword.service")
    assert service_install.status_command("macos", host) == (
        "launchctl", "print", "gui/501/org.afterword.agent")


def test_install_steps_read_as_a_report(host: Host, program: Path) -> None:
    steps = plan("linux", program, host, previous=None)

    assert isinstance(steps[0], MakeDirs) and isinstance(steps[1], WriteFile)
    assert service_install.describe(steps[1]) == (
        f"write {host.config_home / 'systemd/user/afterword.service'}")


# --- finding the installed program -----------------------------------------------------


def test_program_started_as_afterword_is_used_without_resolving_symlinks(
        monkeypatch: pytest.MonkeyPatch, program: Path, tmp_path: Path) -> None:
    link = tmp_path / "local-bin" / "afterword"
    link.parent.mkdir()
    link.symlink_to(program)
    monkeypatch.setattr(sys, "argv", [str(link), "service", "install"])

    assert service_install.find_executable() == link


def test_under_python_dash_m_the_afterword_next_to_the_venv_python_is_used(
        monkeypatch: pytest.MonkeyPatch, program: Path) -> None:
    monkeypatch.setattr(sys, "argv", ["/src/daemon/__main__.py"])
    monkeypatch.setattr(sys, "executable", str(program.parent / "python"))

    assert service_install.find_executable() == program


def test_otherwise_the_afterword_on_path_is_used(
        monkeypatch: pytest.MonkeyPatch, program: Path, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "argv", ["/src/daemon/__main__.py"])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "elsewhere" / "python"))
    monkeypatch.setenv("PATH", str(program.parent))

    assert service_install.find_executable() == program


def test_no_afterword_anywhere_is_a_usage_error_naming_the_fix(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "argv", ["/src/daemon/__main__.py"])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))

    with pytest.raises(UsageError, match="cannot find") as error:
        service_install.find_executable()
    assert "--executable" in (error.value.hint or "")


# --- the CLI ------------------------------------------------------------------------------


@pytest.fixture
def cli_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    home = tmp_path / "clihome"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    return home


def invoke(*args: str):
    return CliRunner().invoke(root_app, ["service", *args])


def test_install_print_shows_the_linux_unit_for_the_given_program(cli_home: Path) -> None:
    result = invoke("install", "--print", "--platform", "linux",
                    "--executable", "/opt/aw/bin/afterword")

    assert result.exit_code == 0, result.output
    assert result.output == render_user_unit("/opt/aw/bin/afterword")
    assert not (cli_home / ".config").exists()


def test_install_print_shows_the_macos_plist_for_this_user(cli_home: Path) -> None:
    result = invoke("install", "--print", "--platform", "macos",
                    "--executable", "/opt/aw/bin/afterword")

    assert result.exit_code == 0, result.output
    agent = plistlib.loads(result.output.encode())
    assert agent["ProgramArguments"] == ["/opt/aw/bin/afterword", "run"]
    assert agent["StandardErrorPath"] == f"{cli_home}/Library/Logs/Afterword/afterword.log"
    assert not (cli_home / "Library").exists()


def test_install_print_system_shows_the_template(cli_home: Path) -> None:
    result = invoke("install", "--print", "--system", "--platform", "linux",
                    "--executable", "/usr/local/bin/afterword")

    assert result.exit_code == 0, result.output
    assert result.output == render_system_template("/usr/local/bin/afterword")


def test_install_system_without_print_explains_how_to_install_the_template(
        cli_home: Path) -> None:
    result = invoke("install", "--system", "--executable", "/usr/local/bin/afterword")

    assert isinstance(result.exception, UsageError)
    assert "/etc/systemd/system/afterword@.service" in (result.exception.hint or "")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="drives systemctl --user")
def test_install_and_uninstall_drive_systemctl_and_say_what_they_did(
        cli_home: Path, program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_bin, calls = tmp_path / "fake-bin", tmp_path / "systemctl.calls"
    fake_bin.mkdir()
    (fake_bin / "systemctl").write_text(f'#!/bin/sh\necho "$*" >> {calls}\n')
    (fake_bin / "systemctl").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake_bin}:{os.environ['PATH']}")
    unit = cli_home / ".config/systemd/user/afterword.service"

    installed = invoke("install", "--executable", str(program))

    assert installed.exit_code == 0, installed.output
    assert f"ExecStart={program} run" in unit.read_text().splitlines()
    assert f"write {unit}" in installed.output
    assert "systemctl --user enable --now afterword.service" in installed.output
    assert "journalctl --user -u afterword" in installed.output

    removed = invoke("uninstall")

    assert removed.exit_code == 0, removed.output
    assert not unit.exists()
    assert calls.read_text().splitlines() == [
        "--user daemon-reload",
        "--user enable --now afterword.service",
        "--user disable --now afterword.service",
        "--user daemon-reload",
    ]


def test_uninstall_print_lists_the_steps_and_changes_nothing(cli_home: Path) -> None:
    unit = cli_home / ".config/systemd/user/afterword.service"
    unit.parent.mkdir(parents=True)
    unit.write_text(render_user_unit())

    result = invoke("uninstall", "--print", "--platform", "linux")

    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "run `systemctl --user disable --now afterword.service`",
        f"remove {unit}",
        "run `systemctl --user daemon-reload`",
    ]
    assert unit.exists()


def test_managing_another_platforms_service_needs_print(cli_home: Path) -> None:
    other = "macos" if sys.platform.startswith("linux") else "linux"

    result = invoke("install", "--platform", other, "--executable", "/opt/aw/bin/afterword")

    assert isinstance(result.exception, UsageError)
    assert "--print" in (result.exception.hint or "")


def test_every_service_command_has_help() -> None:
    for command in ("install", "uninstall", "status"):
        result = invoke(command, "--help")
        assert result.exit_code == 0
        assert "--platform" in result.output


def test_the_unit_runs_with_the_config_it_was_installed_with_and_may_write_its_maildir(
        cli_home: Path, tmp_path: Path) -> None:
    maildir = tmp_path / "Mail Home"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    config = tmp_path / "work.toml"
    config.write_text(f'[[accounts]]\nname = "local"\nkind = "maildir"\npath = "{maildir}"\n')
    result = CliRunner().invoke(root_app, ["--config", str(config), "service", "install",
                                           "--print", "--platform", "linux",
                                           "--executable", "/opt/aw/bin/afterword"])
    assert result.exit_code == 0, result.output
    assert f'ExecStart=/opt/aw/bin/afterword --config {config} run' in result.output
    writable = next(line for line in result.output.splitlines()
                    if line.startswith("ReadWritePaths="))
    assert f'"{maildir}"' in writable


def test_the_macos_agent_runs_with_the_config_it_was_installed_with(
        cli_home: Path, tmp_path: Path) -> None:
    config = tmp_path / "work.toml"
    config.write_text("")
    result = CliRunner().invoke(root_app, ["--config", str(config), "service", "install",
                                           "--print", "--platform", "macos",
                                           "--executable", "/opt/aw/bin/afterword"])
    assert result.exit_code == 0, result.output
    assert f"<string>--config</string>\n\t\t<string>{config}</string>" in result.output
