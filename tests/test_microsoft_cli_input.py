"""Bad input to ``auth microsoft`` and ``init --provider``: one line naming the fix, exit 2,
no traceback; and the blocks ``init --provider`` writes load as valid configs."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.daemon.cli import main
from afterword.daemon.config import load_config
from tests.support.configs import CLIENT_ID, config_with
from tests.support.fake_microsoft import FakeMicrosoft

OUTLOOK = """
[[accounts]]
name = "outlook"
kind = "imap"
host = "outlook.office365.com"
username = "sam@outlook.com"
auth = "xoauth2"
oauth = "microsoft"
{extra}
"""
GOOD = f'tenant = "consumers"\nclient_id = "{CLIENT_ID}"'
MAILDIR = '\n[[accounts]]\nname = "local"\nkind = "maildir"\npath = "{tmp}"\n'
PLAIN = '\n[[accounts]]\nname = "plain"\nkind = "imap"\nhost = "mail.example.org"\n' \
        'username = "sam"\n'

# (what is wrong, accounts TOML, argv after --config, words the one line must contain)
CASES = [
    ("unknown account", OUTLOOK.format(extra=GOOD), ["auth", "microsoft", "nobody"],
     ["no account named 'nobody'", "configured: outlook"]),
    ("a Maildir account", OUTLOOK.format(extra=GOOD) + MAILDIR, ["auth", "microsoft", "local"],
     ["does not log in with Microsoft", 'oauth = "microsoft"']),
    ("a password IMAP account", OUTLOOK.format(extra=GOOD) + PLAIN,
     ["auth", "microsoft", "plain"], ["does not log in with Microsoft", "--provider outlook"]),
    ("missing client_id and a malformed tenant, reported together",
     OUTLOOK.format(extra='tenant = "my company"'), ["auth", "microsoft", "outlook"],
     ["accounts[0].tenant: 'my company' is not consumers", "accounts[0].client_id: is required"]),
    ("a client_id that is not an application id",
     OUTLOOK.format(extra='tenant = "consumers"\nclient_id = "my-app"'),
     ["auth", "microsoft", "outlook"], ["accounts[0].client_id: 'my-app' is not an Application"]),
    ("oauth without auth = xoauth2",
     OUTLOOK.format(extra=GOOD).replace('auth = "xoauth2"', 'auth = "password"'),
     ["auth", "microsoft", "outlook"], ['accounts[0].auth: must be "xoauth2"']),
    ("oauth and token_command together",
     OUTLOOK.format(extra=GOOD + '\ntoken_command = "print-token"'),
     ["auth", "microsoft", "outlook"], ["accounts[0].token_command: set either"]),
    ("oauth on a Gmail account",
     '\n[[accounts]]\nname = "g"\nkind = "gmail"\nemail = "sam@gmail.com"\nauth = "xoauth2"\n'
     f'oauth = "microsoft"\n{GOOD}\n', ["auth", "microsoft", "g"],
     ['accounts[0].oauth: is an IMAP login option']),
    ("tenant without oauth", PLAIN + 'tenant = "consumers"\n', ["auth", "microsoft", "plain"],
     ['accounts[0].tenant: is only used with oauth = "microsoft"']),
    ("auth set on a Microsoft account", OUTLOOK.format(extra=GOOD), ["auth", "set", "outlook"],
     ["logs in with Microsoft OAuth", "afterword auth microsoft outlook"]),
    ("an unknown provider", OUTLOOK.format(extra=GOOD), ["init", "--provider", "yahoo", "--print"],
     ["unknown provider 'yahoo'", "imap, outlook, gmail"]),
]


@pytest.mark.parametrize(("accounts", "argv", "words"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_bad_input_is_one_line_naming_the_fix_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], accounts: str, argv: list[str],
        words: list[str]) -> None:
    config = config_with(tmp_path, accounts.replace("{tmp}", str(tmp_path)))
    assert main(["--config", str(config), *argv]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    for word in words:
        assert word in lines[0]
    assert "Traceback" not in captured.err + captured.out


def test_a_tenant_microsoft_does_not_know_is_one_line(
        tmp_path: Path, fake_microsoft: FakeMicrosoft,
        capsys: pytest.CaptureFixture[str]) -> None:
    extra = (f'tenant = "nosuch.onmicrosoft.com"\nclient_id = "{CLIENT_ID}"\n'
             f'authority = "{fake_microsoft.authority}"')
    config = config_with(tmp_path, OUTLOOK.format(extra=extra))
    assert main(["--config", str(config), "auth", "microsoft", "outlook"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "does not know tenant 'nosuch.onmicrosoft.com'" in err[0] and "check tenant" in err[0]


@pytest.mark.parametrize("provider", ["imap", "outlook", "gmail"])
def test_init_provider_writes_a_config_that_loads(tmp_path: Path, provider: str) -> None:
    target = tmp_path / "config.toml"
    assert main(["--config", str(target), "init", "--provider", provider]) == 0
    [account] = load_config(target).accounts
    assert account.kind == ("gmail" if provider == "gmail" else "imap")


def test_init_provider_outlook_writes_the_microsoft_365_imap_block(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "config.toml"
    assert main(["--config", str(target), "init", "--provider", "outlook"]) == 0
    [account] = load_config(target).accounts
    assert (account.host, account.port, account.tls) == ("outlook.office365.com", 993, "ssl")
    assert (account.auth, account.oauth, account.tenant) == ("xoauth2", "microsoft", "consumers")
    assert account.drafts_folder is None  # found by SPECIAL-USE, then by common names
    assert "afterword auth microsoft NAME" in capsys.readouterr().out


def test_auth_microsoft_help_teaches_the_device_code_flow(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["auth", "microsoft", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.lower().split())
    for words in ("open the address on any device", "enter the code", "docs/microsoft.md",
                  "afterword init --provider outlook", "afterword auth microsoft outlook",
                  "tenant and client_id", "refresh token"):
        assert words in out
