"""The commands in docs/microsoft.md work as written, against the local Microsoft fakes and
the XOAUTH2 Dovecot; the config block there is the one ``init --provider outlook`` writes."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import pytest

from afterword.daemon.cli import main
from afterword.daemon.config import load_config
from tests.support.configs import CLIENT_ID
from tests.support.dovecot import DovecotServer
from tests.support.fake_microsoft import FakeMicrosoft

DOC = Path(__file__).resolve().parent.parent / "docs" / "microsoft.md"


def fenced(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(), flags=re.DOTALL)


def doc_commands() -> list[list[str]]:
    return [shlex.split(line)[1:] for block in fenced("sh") for line in block.splitlines()
            if line.startswith("afterword ")]


def set_key(text: str, key: str, value: str | int) -> str:
    """Replace ``key = ...`` in the account block the way a user edits it."""
    rendered = f'"{value}"' if isinstance(value, str) else str(value)
    return re.sub(rf"(?m)^{key} = .*$", f"{key} = {rendered}", text, count=1)


def test_the_config_block_in_the_doc_is_what_init_writes(tmp_path: Path) -> None:
    [block] = fenced("toml")
    documented = tomllib.loads(block)["accounts"][0]
    target = tmp_path / "config.toml"
    assert main(["--config", str(target), "init", "--provider", "outlook"]) == 0
    [written] = load_config(target).accounts
    for key, value in documented.items():
        expected = tuple(value) if isinstance(value, list) else value
        assert getattr(written, key) == expected, key


@pytest.mark.dovecot
def test_the_commands_in_the_doc_run_against_the_fakes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_microsoft: FakeMicrosoft,
        xoauth2_dovecot: DovecotServer, capsys: pytest.CaptureFixture[str]) -> None:
    commands = doc_commands()
    assert [c[:2] for c in commands] == [["init", "--provider"], ["auth", "microsoft"],
                                         ["doctor"], ["run", "--once"]]
    user = xoauth2_dovecot.add_user()
    config = tmp_path / "config.toml"
    monkeypatch.setenv("AFTERWORD_CONFIG", str(config))
    init, *rest = commands
    assert main(init) == 0
    # What the user fills in (section 2), plus where the fakes are.
    text = config.read_text()
    for key, value in (("username", user.username), ("client_id", CLIENT_ID),
                       ("host", user.host), ("port", user.tls_port)):
        text = set_key(text, key, value)
    text = text.replace('name = "Your Name"', 'name = "Robin Example"')
    text = text.replace('email = "you@example.org"', 'email = "robin@example.org"')
    text = text.replace('tenant = "consumers"',
                        f'tenant = "consumers"\nauthority = "{fake_microsoft.authority}"\n'
                        f'ca_file = "{user.ca_file}"')
    config.write_text(text)
    fake_microsoft.sign_in_as(user.username)
    for command in rest:
        assert main(command) == 0, command
    out = capsys.readouterr().out
    assert "enter the code" in out and f"Logged in as {user.username}" in out
    assert f"Microsoft login for {user.username}" in out and "FAIL" not in out
