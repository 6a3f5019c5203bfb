"""Every command, given a bad file or path, answers with one clear line: never a traceback.

The table names every leaf command of the CLI (a test fails when a new command is
missing from it), each with the smallest arguments that make it run. Each command
is run with a config file that is a directory, binary, not UTF-8 or empty; each
path argument or option is run with each kind of bad path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from afterword.daemon.cli import main
from tests.test_cli_help import LEAVES

MESSAGE = "<nobody@example.org>"
SHIPPED_RULE = "en.rejection.unfortunately"

# leaf command -> arguments that make it run; "{eml}", "{dir}", "{file}" are filled in.
MINIMAL: dict[str, list[str]] = {
    "demo": ["demo", "--dir", "{new}"],
    "init": ["init", "--print"],
    "doctor": ["doctor"],
    "run": ["run", "--once", "--dry-run"],
    "status": ["status"],
    "insights": ["insights", "--html", "{new}"],
    "check": ["check", "{eml}"],
    "label": ["label", MESSAGE, "rejection"],
    "learn": ["learn", "--dry-run"],
    "backtest": ["backtest", "--dir", "{dir}"],
    "auth set": ["auth", "set", "nobody"],
    "auth gmail": ["auth", "gmail", "nobody", "--client-secrets", "{file}"],
    "auth microsoft": ["auth", "microsoft", "nobody"],
    "service install": ["service", "install", "--print"],
    "service uninstall": ["service", "uninstall", "--print"],
    "service status": ["service", "status"],
    "drafts list": ["drafts", "list"],
    "reminders list": ["reminders", "list"],
    "apps list": ["apps", "list"],
    "apps show": ["apps", "show", "1"],
    "apps add": ["apps", "add", "--company", "Quillon", "--role", "Analyst"],
    "apps link": ["apps", "link", MESSAGE, "1"],
    "apps unlink": ["apps", "unlink", MESSAGE],
    "apps mute": ["apps", "mute", "1"],
    "apps unmute": ["apps", "unmute", "1"],
    "apps note": ["apps", "note", "1", "called them"],
    "apps import": ["apps", "import", "{file}"],
    "apps export": ["apps", "export", "{new}"],
    "quarantine list": ["quarantine", "list"],
    "quarantine retry": ["quarantine", "retry", "--all"],
    "quarantine drop": ["quarantine", "drop", "--all"],
    "rules list": ["rules", "list"],
    "rules show": ["rules", "show", SHIPPED_RULE],
    "rules add": ["rules", "add", "--pattern", "went another way", "--weight", "0.5"],
    "rules disable": ["rules", "disable", SHIPPED_RULE],
    "rules enable": ["rules", "enable", SHIPPED_RULE],
    "rules set-weight": ["rules", "set-weight", SHIPPED_RULE, "0.5"],
    "rules export": ["rules", "export", "{new}"],
    "rules test": ["rules", "test"],
    "rules import": ["rules", "import", "{file}"],
}

EXISTING_FILES = frozenset({"a binary file", "an empty file", "not UTF-8", "no permission"})
# (command, the position in its MINIMAL argv that holds a path, the kinds it may accept):
# demo wants a folder (and makes the one named); an export replaces an existing file;
# an empty rules file is a valid one. Everything else must fail, in one line.
PATH_ARGUMENTS = [
    ("demo", 2, frozenset({"a directory", "a missing parent"})),
    ("check", 1, frozenset()),
    ("backtest", 2, frozenset()),
    ("auth gmail", 4, frozenset()),
    ("apps import", 2, frozenset()),
    ("apps export", 2, EXISTING_FILES),
    ("rules export", 2, EXISTING_FILES),
    ("rules import", 2, frozenset({"an empty file"})),
]
EXTRA_PATH_OPTIONS = [
    ("check --rules", ["check", "{eml}", "--rules", "{bad}"]),
    ("backtest --rules", ["backtest", "--dir", "{dir}", "--rules", "{bad}"]),
    ("backtest --labels", ["backtest", "--dir", "{dir}", "--labels", "{bad}"]),
]

Maker = Callable[[Path], Path]


def a_directory(root: Path) -> Path:
    path = root / "a-directory"
    path.mkdir()
    return path


def a_binary_file(root: Path) -> Path:
    path = root / "binary.bin"
    path.write_bytes(bytes(range(256)) * 4)
    return path


def not_utf8(root: Path) -> Path:
    path = root / "latin1.toml"
    path.write_bytes("# règles à moi\nkind = 'rejection'\n".encode("latin-1"))
    return path


def an_empty_file(root: Path) -> Path:
    path = root / "empty.txt"
    path.write_bytes(b"")
    return path


def a_missing_parent(root: Path) -> Path:
    return root / "no" / "such" / "folder" / "file.txt"


def no_permission(root: Path) -> Path:
    path = root / "locked.txt"
    path.write_text("secret")
    path.chmod(0)
    return path


BAD_PATHS: dict[str, Maker] = {
    "a directory": a_directory, "a binary file": a_binary_file, "not UTF-8": not_utf8,
    "an empty file": an_empty_file, "a missing parent": a_missing_parent,
    "no permission": no_permission,
}
BAD_CONFIGS = {name: BAD_PATHS[name] for name in
               ("a directory", "a binary file", "not UTF-8", "an empty file")}


def filled(argv: list[str], root: Path, bad: Path | None = None) -> list[str]:
    eml = root / "one.eml"
    eml.write_bytes(b"From: HR <hr@acme.example>\r\nSubject: Hello\r\n\r\nA short note.\r\n")
    folder = root / "mail"
    folder.mkdir(exist_ok=True)
    (folder / "one.eml").write_bytes(eml.read_bytes())
    csv_file = root / "apps.csv"
    csv_file.write_text("company,role\nQuillon,Analyst\n")
    values = {"{eml}": str(eml), "{dir}": str(folder), "{file}": str(csv_file),
              "{new}": str(root / "out" / "new-file"), "{bad}": str(bad)}
    return [values.get(arg, arg) for arg in argv]


def run_without_traceback(argv: list[str], capsys: pytest.CaptureFixture[str]) -> int:
    code = main(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err, argv
    return code


def test_every_command_is_in_the_bad_input_table() -> None:
    assert sorted(MINIMAL) == sorted(name for name, _ in LEAVES)


@pytest.mark.parametrize("kind", sorted(BAD_CONFIGS))
@pytest.mark.parametrize("command", sorted(MINIMAL))
def test_a_bad_config_file_is_one_line_for_every_command(
        command: str, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", open(os.devnull))  # noqa: SIM115
    config = BAD_CONFIGS[kind](tmp_path)
    run_without_traceback(["--config", str(config), *filled(MINIMAL[command], tmp_path)],
                          capsys)


@pytest.mark.parametrize("kind", sorted(BAD_PATHS))
@pytest.mark.parametrize(("command", "position", "accepted"), PATH_ARGUMENTS,
                         ids=[c for c, _, _ in PATH_ARGUMENTS])
def test_a_bad_path_argument_is_one_line_and_a_failure(
        command: str, position: int, accepted: frozenset[str], kind: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    bad = BAD_PATHS[kind](tmp_path)
    argv = filled(MINIMAL[command], tmp_path)
    argv[position] = str(bad)
    code = run_without_traceback(argv, capsys)
    root_reads_anything = kind == "no permission" and os.geteuid() == 0
    if kind not in accepted and not root_reads_anything:
        assert code != 0, argv


@pytest.mark.parametrize("kind", sorted(BAD_PATHS))
@pytest.mark.parametrize(("name", "argv"), EXTRA_PATH_OPTIONS,
                         ids=[n for n, _ in EXTRA_PATH_OPTIONS])
def test_a_bad_path_option_is_one_line(name: str, argv: list[str], kind: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    bad = BAD_PATHS[kind](tmp_path)
    run_without_traceback(filled(argv, tmp_path, bad), capsys)


@pytest.mark.parametrize("argv", [["check", "{eml}"], ["rules", "list"],
                                  ["rules", "add", "--pattern", "went another way",
                                   "--weight", "0.5"], ["run", "--once", "--dry-run"]])
def test_the_users_own_rules_file_not_in_utf8_is_one_line(
        argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_poison_mail import maildir_account

    config, _ = maildir_account(tmp_path)
    rules = tmp_path / "rules.toml"
    rules.write_bytes("# règles\n".encode("latin-1"))
    assert main(["--config", str(config), *filled(argv, tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "is not UTF-8 text" in err
