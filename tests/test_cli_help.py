"""Every command teaches: help text, an example for each leaf, and a row in README's table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from afterword.daemon.cli import app, main

README = Path(__file__).resolve().parent.parent / "README.md"


def walk(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command under ``command`` with its path (typer ships its own click)."""
    yield path, command
    for name, child in getattr(command, "commands", {}).items():
        yield from walk(child, (*path, name))


def is_group(command: Any) -> bool:
    return hasattr(command, "commands")


ROOT = typer.main.get_command(app)
COMMANDS = [(" ".join(path), command) for path, command in walk(ROOT) if path]
LEAVES = [(name, command) for name, command in COMMANDS
          if not is_group(command)]


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_and_group_has_help(name: str, command: Any) -> None:
    assert (command.help or "").strip(), f"`afterword {name}` has no help text"


@pytest.mark.parametrize(("name", "command"), LEAVES, ids=[n for n, _ in LEAVES])
def test_every_leaf_command_shows_an_example(name: str, command: Any) -> None:
    assert re.search(r"^\s*Examples?:", command.help or "", re.MULTILINE), \
        f"`afterword {name} --help` has no Example line"


@pytest.mark.parametrize("name", sorted(ROOT.commands))
def test_every_top_level_command_is_in_the_readme_table(name: str) -> None:
    table = [line for line in README.read_text(encoding="utf-8").splitlines()
             if line.startswith("| `afterword ")]
    assert any(f"`afterword {name}" in line for line in table), \
        f"README's command table has no row for `afterword {name}`"


@pytest.mark.parametrize(("name", "command"), LEAVES, ids=[n for n, _ in LEAVES])
def test_every_leaf_help_renders(name: str, command: Any,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*name.split(), "--help"]) == 0
    assert "Usage: afterword " + name in capsys.readouterr().out


@pytest.mark.parametrize(("name", "command"), LEAVES, ids=[n for n, _ in LEAVES])
def test_no_help_shows_a_value_for_a_flag(name: str, command: Any,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    main([*name.split(), "--help"])
    assert "<bool>" not in capsys.readouterr().out


def test_service_status_help_mentions_no_option_it_lacks(
        capsys: pytest.CaptureFixture[str]) -> None:
    main(["service", "status", "--help"])
    assert "--print" not in capsys.readouterr().out
