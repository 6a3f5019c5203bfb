"""Gmail credentials: keyring login, token_command, the console login flow, revoked tokens."""

from __future__ import annotations

import io
import json
import logging
import sys
import threading
import webbrowser
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from urllib.request import urlopen

import keyring
import pytest
from google.auth.exceptions import RefreshError
from google.auth.transport.requests import Request

from afterword.daemon.auth.gmail import (
    KEYRING_SERVICE,
    SCOPES,
    TokenCommandCredentials,
    credential_error,
    credentials_factory,
    keyring_credentials,
    run_login_flow,
    store_login,
)
from afterword.daemon.cli import main
from afterword.daemon.errors import CredentialError, UsageError
from afterword.daemon.mailbox.accounts import GmailAccount
from afterword.daemon.mailbox.gmail import GmailMailbox
from tests.fake_gmail import FakeGmail

RELOGIN = "run `afterword auth gmail work --client-secrets FILE` to log in again"


@pytest.fixture
def fake() -> Iterator[FakeGmail]:
    with FakeGmail("jo@example.com") as server:
        yield server


@pytest.fixture
def logged_in(fake: FakeGmail) -> None:
    store_login("work", refresh_token="1//refresh-secret", client_id="cid.apps.example",
                client_secret="client-secret-value", token_uri=fake.token_uri)


def gmail_box(fake: FakeGmail, account: GmailAccount) -> GmailMailbox:
    return GmailMailbox(account.name, account.email or "", credentials_factory(account),
                        api_endpoint=fake.endpoint, sleep=lambda _: None)


def helper_script(tmp_path: Path, body: str) -> str:
    """An executable token helper; returns the command that runs it."""
    script = tmp_path / "token-helper"
    script.write_text(f"#!{sys.executable}\nimport sys\n{body}\n")
    script.chmod(0o700)
    return str(script)


# -- keyring login ----------------------------------------------------------------------------

def test_keyring_login_refreshes_against_the_token_endpoint(fake, logged_in):
    creds = keyring_credentials("work")

    creds.refresh(Request())

    assert creds.token and creds.token.startswith("ya29.fake-")
    [grant] = fake.refresh_grants
    assert grant["refresh_token"] == "1//refresh-secret"
    assert grant["client_id"] == "cid.apps.example"


def test_token_uri_argument_overrides_the_stored_one(fake):
    store_login("work", refresh_token="1//r", client_id="c", client_secret="s")

    creds = keyring_credentials("work", token_uri=fake.token_uri)
    creds.refresh(Request())

    assert len(fake.refresh_grants) == 1


def test_login_is_stored_as_one_json_entry_under_the_account(logged_in):
    entry = json.loads(keyring.get_password(KEYRING_SERVICE, "gmail:work") or "")

    assert set(entry) == {"refresh_token", "client_id", "client_secret", "token_uri"}


def test_missing_login_names_the_login_command():
    with pytest.raises(CredentialError) as raised:
        keyring_credentials("work")

    assert "no Gmail login stored" in raised.value.one_line()
    assert RELOGIN in raised.value.one_line()


def test_damaged_keyring_entry_names_the_login_command():
    keyring.set_password(KEYRING_SERVICE, "gmail:work", "not json")

    with pytest.raises(CredentialError, match="damaged") as raised:
        keyring_credentials("work")
    assert RELOGIN in raised.value.one_line()


@pytest.mark.parametrize("status", [400, 401])
def test_revoked_refresh_token_becomes_a_one_line_relogin_message(fake, logged_in, status,
                                                                  caplog):
    caplog.set_level(logging.DEBUG)
    fake.revoke_refresh_tokens(status)
    creds = keyring_credentials("work")

    with pytest.raises(RefreshError) as raised:
        creds.refresh(Request())
    line = credential_error("work", raised.value).one_line()

    assert line == ("Gmail login for account 'work' was revoked or has expired "
                    f"({RELOGIN})")
    assert "refresh-secret" not in caplog.text and "client-secret-value" not in caplog.text


def test_revoked_login_stops_the_mailbox_at_connect(fake, logged_in):
    fake.revoke_refresh_tokens()
    box = gmail_box(fake, GmailAccount(name="work", email="jo@example.com"))

    with pytest.raises(CredentialError, match="revoked or has expired"):
        box.connect()


# -- token_command ----------------------------------------------------------------------------

def helper_account(command: str) -> GmailAccount:
    return GmailAccount(name="work", email="jo@example.com", token_command=command)


def test_token_command_token_is_sent_as_the_bearer(fake, tmp_path):
    command = helper_script(tmp_path, "print('ya29.from-helper')")

    gmail_box(fake, helper_account(command)).connect()

    assert {r.authorization for r in fake.requests} == {"Bearer ya29.from-helper"}


def test_token_command_runs_again_after_a_401(fake, tmp_path):
    counter = tmp_path / "count"
    command = helper_script(tmp_path, f"""
from pathlib import Path
p = Path({str(counter)!r}); n = int(p.read_text()) + 1 if p.exists() else 1
p.write_text(str(n)); print(f"ya29.helper-{{n}}")""")
    box = gmail_box(fake, helper_account(command))
    box.connect()
    fake.fail("drafts.list", 401)

    box.has_draft("<d@afterword.example>")

    assert fake.requests[-1].authorization == "Bearer ya29.helper-2"


def test_token_command_token_is_trusted_for_a_while(tmp_path):
    creds = TokenCommandCredentials("work", helper_script(tmp_path, "print('ya29.x')"))

    creds.refresh(Request())

    assert creds.token == "ya29.x" and creds.valid


def test_failing_token_command_hides_its_output(tmp_path, fake):
    command = helper_script(tmp_path, "print('ya29.leaked'); sys.stderr.write('pw=hunter2')\n"
                                      "sys.exit(3)")

    with pytest.raises(CredentialError) as raised:
        gmail_box(fake, helper_account(command)).connect()

    line = raised.value.one_line()
    assert "token_command exited with status 3" in line and "'work'" in line
    assert "leaked" not in line and "hunter2" not in line


def test_missing_token_command_program_is_a_credential_error(tmp_path, fake):
    with pytest.raises(CredentialError, match="not found"):
        gmail_box(fake, helper_account(str(tmp_path / "no-such-helper"))).connect()


# -- login flow -------------------------------------------------------------------------------

@pytest.fixture
def client_secrets(tmp_path: Path, fake: FakeGmail, monkeypatch: pytest.MonkeyPatch) -> Path:
    # The fake token endpoint is plain http on loopback; oauthlib insists on https otherwise.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    path = tmp_path / "client_secret.json"
    path.write_text(json.dumps({"installed": {
        "client_id": "cid.apps.example", "client_secret": "client-secret-value",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": fake.token_uri,
        "redirect_uris": ["http://localhost"]}}))
    return path


class Terminal:
    """Plays the user: reads the shown address and pastes back the browser's redirect."""

    def __init__(self, code: str = "4/granted", state: str | None = None) -> None:
        self.shown: list[str] = []
        self._code, self._state = code, state

    def show(self, line: str) -> None:
        self.shown.append(line)

    def read_line(self, prompt: str) -> str:
        url = next(line for line in self.shown if line.startswith("https://"))
        state = self._state or parse_qs(urlsplit(url).query)["state"][0]
        return f"http://localhost:1/?state={state}&code={self._code}&scope=x"

    def asked_scopes(self) -> set[str]:
        url = next(line for line in self.shown if line.startswith("https://"))
        return set(parse_qs(urlsplit(url).query)["scope"][0].split())


def test_console_login_asks_least_privilege_and_stores_the_refresh_token(
        client_secrets, fake):
    terminal = Terminal()

    run_login_flow("work", client_secrets, console=True, read_line=terminal.read_line,
                   show=terminal.show)

    assert terminal.asked_scopes() == set(SCOPES)
    creds = keyring_credentials("work")
    assert creds.refresh_token == "1//fake-refresh-4/granted"
    assert creds.token_uri == fake.token_uri


def test_console_login_rejects_an_address_from_another_attempt(client_secrets):
    terminal = Terminal(state="someone-elses-state")

    with pytest.raises(CredentialError, match="another login attempt"):
        run_login_flow("work", client_secrets, console=True, read_line=terminal.read_line,
                       show=terminal.show)


def test_login_with_an_unreadable_client_secrets_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="client secrets"):
        run_login_flow("work", tmp_path / "missing.json", console=True)


def test_console_login_with_a_permission_unticked_says_so(client_secrets, fake):
    fake.granted_scopes = "https://www.googleapis.com/auth/gmail.readonly"
    terminal = Terminal()

    with pytest.raises(CredentialError, match="did not grant every permission"):
        run_login_flow("work", client_secrets, console=True, read_line=terminal.read_line,
                       show=terminal.show)
    assert keyring.get_password(KEYRING_SERVICE, "gmail:work") is None


class Browser(webbrowser.BaseBrowser):
    """Plays the user's browser: approves at once and follows the redirect to the local server."""

    def __init__(self) -> None:
        super().__init__("afterword-test-browser")
        self.pages: list[bytes] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        query = parse_qs(urlsplit(url).query)
        redirect = f"{query['redirect_uri'][0]}?state={query['state'][0]}&code=4/local"
        # The login server only starts answering after open() returns.
        threading.Thread(target=lambda: self.pages.append(urlopen(redirect).read()),
                         daemon=True).start()
        return True


def test_local_server_login_catches_the_redirect_and_stores_the_token(client_secrets,
                                                                      monkeypatch):
    browser = Browser()
    webbrowser.register("afterword-test-browser", None, browser, preferred=True)
    monkeypatch.setattr(webbrowser, "_tryorder", ["afterword-test-browser"])

    run_login_flow("work", client_secrets, console=False)

    assert keyring_credentials("work").refresh_token == "1//fake-refresh-4/local"
    assert b"Afterword is authorised" in browser.pages[0]


# -- the CLI command --------------------------------------------------------------------------

def gmail_config(tmp_path: Path) -> Path:
    config = tmp_path / "config.toml"
    config.write_text('[[accounts]]\nname = "work"\nkind = "gmail"\nemail = "jo@example.com"\n'
                      f'[[accounts]]\nname = "local"\nkind = "maildir"\npath = "{tmp_path}"\n')
    return config


def test_auth_gmail_console_login_from_the_command_line(tmp_path, client_secrets, monkeypatch,
                                                        capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("4/pasted-code\n"))

    status = main(["--config", str(gmail_config(tmp_path)), "auth", "gmail", "work",
                   "--client-secrets", str(client_secrets), "--console"])

    assert status == 0
    assert keyring_credentials("work").refresh_token == "1//fake-refresh-4/pasted-code"
    out = capsys.readouterr().out
    assert "https://accounts.google.com/o/oauth2/auth?" in out and "fake-refresh" not in out


def test_auth_gmail_refuses_an_account_of_another_kind(tmp_path, client_secrets, capsys):
    status = main(["--config", str(gmail_config(tmp_path)), "auth", "gmail", "local",
                   "--client-secrets", str(client_secrets)])

    assert status == 2
    assert "'local' is not a Gmail account" in capsys.readouterr().err
