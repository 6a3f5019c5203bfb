"""README's "Setting it up for your mailbox", step by step, on a fresh HOME against Dovecot.

Every command of that block runs as written except `pip install` (the test runs from
the installed checkout) and `service install` (tested in test_service_units.py). The
user's part is done as the README says: editing the config `init` wrote (identity,
server, user name; the test CA as ca_file) and typing the password at `auth set`.
"""

from __future__ import annotations

import io
import re
import shlex
from datetime import UTC, datetime
from pathlib import Path

import pytest
from imapclient import IMAPClient

from afterword.daemon.cli import main
from tests.support import mail_story
from tests.support.dovecot import ImapUser

pytestmark = pytest.mark.dovecot

README = Path(__file__).resolve().parent.parent / "README.md"


def setup_commands() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Setting it up for your mailbox"):]
    block = section[section.index("```sh") + 5:section.index("```", section.index("```sh") + 5)]
    return [shlex.split(line.split("#", 1)[0])[1:] for line in block.splitlines()
            if line.startswith("afterword ")]


def edit(text: str, key: str, value: str | int) -> str:
    rendered = f'"{value}"' if isinstance(value, str) else str(value)
    return re.sub(rf"(?m)^#? ?{key} = .*$", f"{key} = {rendered}", text, count=1)


def test_the_readme_setup_path_works_on_a_fresh_home(
        isolated_home: Path, imap_user: ImapUser, seeder: IMAPClient,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    commands = setup_commands()
    assert [c[:2] for c in commands] == [["init"], ["auth", "set"], ["doctor"],
                                         ["run", "--once"], ["service", "install"]]
    seeder.append("INBOX", mail_story.rejection(datetime.now(UTC)))
    monkeypatch.setattr("getpass.getpass", lambda prompt="", stream=None: imap_user.password)
    monkeypatch.setattr("sys.stdin", io.StringIO(imap_user.password + "\n"))

    init, auth, doctor, dry_run, _service = commands
    assert main(init) == 0
    config = isolated_home / "config" / "afterword" / "config.toml"
    text = config.read_text()
    for key, value in (("name", "Robin Example"), ("email", "robin@example.org"),
                       ("host", imap_user.host), ("port", imap_user.tls_port),
                       ("username", imap_user.username), ("ca_file", str(imap_user.ca_file)),
                       ("cooling_off_business_days", 0), ("drafting_window", "any")):
        text = edit(text, key, value)
    config.write_text(text)
    capsys.readouterr()

    for command in (auth, doctor, dry_run):
        assert main(command) == 0, (command, capsys.readouterr())
    out = capsys.readouterr().out
    assert "Traceback" not in out and "FAIL" not in out
    assert "1 draft(s) would be written" in out
    assert imap_user.password not in out
