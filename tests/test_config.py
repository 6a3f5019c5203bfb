"""The config file: the public keys load as documented; every mistake is one clear line."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest

from afterword.daemon.cli import main
from afterword.daemon.config import load_config, parse_duration, parse_window
from afterword.daemon.config_table import Table
from afterword.daemon.errors import ConfigError
from afterword.daemon.mailbox.accounts import (
    Common,
    GmailAccount,
    ImapAccount,
    MaildirAccount,
)
from afterword.daemon.mailbox.kinds import KINDS
from afterword.parsers import PACK_LANGUAGES

REPO = Path(__file__).resolve().parents[1]

MINIMAL = """
[[accounts]]
name = "local"
kind = "maildir"
path = "{maildir}"
"""


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "mail").mkdir(exist_ok=True)
    path = tmp_path / "config.toml"
    path.write_text(text.replace("{maildir}", str(tmp_path / "mail")))
    return path


def test_the_example_config_documents_the_public_contract() -> None:
    config = load_config(REPO / "config.example.toml")
    assert config.identity.name == "Your Name"  # a placeholder doctor asks to replace
    assert config.identity.signature == "Your Name\n+1 555 0100"
    assert config.schedule.poll_interval == timedelta(minutes=5)
    assert config.schedule.cooling_off_business_days == 3
    assert config.schedule.drafting_window.start == time(9, 0)
    assert config.schedule.reminder_after_business_days == 7
    assert config.schedule.timezone is None  # the system's
    assert config.schedule.holiday_country is None
    assert config.schedule.max_age_days == 30
    assert config.schedule.quarantine_after == 3
    assert config.detection.languages == PACK_LANGUAGES  # every shipped pack by default
    account = config.accounts[0]
    assert (account.name, account.kind, account.host, account.port, account.tls) == (
        "personal", "imap", "imap.example.org", 993, "ssl")
    assert account.password_command is None  # the keyring, until the user says otherwise
    assert account.folders == ("INBOX",) and account.drafts_folder == "Drafts"


def test_defaults_fill_everything_but_the_account(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    assert config.schedule.cooling_off_business_days == 3
    assert config.schedule.drafting_window.start == time(9, 0)
    assert config.accounts[0].path == tmp_path / "mail"


def test_a_typo_in_a_key_is_named_with_its_table(tmp_path: Path) -> None:
    path = write(tmp_path, "[schedule]\ncooling_of_business_days = 2\n" + MINIMAL)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "schedule.cooling_of_business_days: unknown key" in caught.value.message
    assert str(path) in caught.value.message


IMAP = """
[[accounts]]
name = "work"
kind = "imap"
host = "imap.example.org"
username = "sam"
"""


def test_a_string_where_a_number_belongs_names_the_key(tmp_path: Path) -> None:
    path = write(tmp_path, IMAP + 'port = "993"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "accounts[0].port: must be a whole number, not str '993'" in caught.value.message


def test_each_kind_is_parsed_into_its_own_record(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + IMAP + '[[accounts]]\nname = "g"\nkind = "gmail"\n'
                           'email = "me@example.org"\nfolders = ["INBOX", "Jobs"]\n')
    local, work, gmail = load_config(path).accounts
    assert isinstance(local, MaildirAccount) and local.path == tmp_path / "mail"
    assert isinstance(work, ImapAccount) and (work.host, work.port) == ("imap.example.org", 993)
    assert isinstance(gmail, GmailAccount) and gmail.folders == ("INBOX", "Jobs")


def test_a_key_of_another_kind_is_named_as_such(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + 'host = "imap.example.org"\nemail = "me@example.org"\n'
                           'token_command = "print-token"\nhots = "typo"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.problems == [
        'accounts[0].email: is a key of kind = "gmail", not used by kind = "maildir"',
        'accounts[0].host: is a key of kind = "imap", not used by kind = "maildir"',
        "accounts[0].hots: unknown key (check the spelling against `afterword init --print`)",
        'accounts[0].token_command: is a key of kind = "imap" or kind = "gmail", '
        'not used by kind = "maildir"',
    ]


def test_an_unknown_kind_is_the_only_problem_of_its_keys(tmp_path: Path) -> None:
    path = write(tmp_path, '[[accounts]]\nname = "x"\nkind = "pop3"\nhost = "pop.example.org"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert [p.split(":")[0] for p in caught.value.problems] == ["accounts[0].kind"]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, '[schedule]\npoll_interval = "soon"\nmax_age_days = 0\n'
                           '[[accounts]]\nkind = "pop3"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    problems = caught.value.problems
    assert any(p.startswith("schedule.poll_interval:") for p in problems)
    assert any(p.startswith("schedule.max_age_days:") for p in problems)
    assert "accounts[0].name: is required" in problems
    assert any(p.startswith("accounts[0].kind: must be one of imap, gmail, maildir")
               for p in problems)


def test_plaintext_imap_is_refused_for_a_remote_host(tmp_path: Path) -> None:
    path = write(tmp_path, '[[accounts]]\nname = "x"\nkind = "imap"\nhost = "mail.example.org"\n'
                           'username = "me"\ntls = "none"\n')
    with pytest.raises(ConfigError, match=r"accounts\[0\]\.tls: .*loopback"):
        load_config(path)


@pytest.mark.parametrize("endpoint, refused", [
    ("http://gmail.example.org/", True),
    ("ftp://127.0.0.1/", True),
    ("http://127.0.0.1:8080/", False),
    ("https://gmail.example.org/", False),
])
def test_a_gmail_endpoint_over_plain_http_is_refused_unless_loopback(
    tmp_path: Path, endpoint: str, refused: bool
) -> None:
    path = write(tmp_path, '[[accounts]]\nname = "g"\nkind = "gmail"\nemail = "me@example.org"\n'
                           f'api_endpoint = "{endpoint}"\n')
    if refused:
        with pytest.raises(ConfigError, match=r"accounts\[0\]\.api_endpoint: "):
            load_config(path)
    else:
        assert load_config(path).accounts[0].api_endpoint == endpoint


@pytest.mark.parametrize("text, expected", [
    ("90s", timedelta(seconds=90)), ("5m", timedelta(minutes=5)),
    ("1.5h", timedelta(minutes=90)), ("45", timedelta(seconds=45)),
])
def test_durations_take_s_m_h_suffixes(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


def test_window_any_means_no_bounds() -> None:
    assert parse_window("any").any_time
    with pytest.raises(ValueError):
        parse_window("17:00-09:00")


def test_cli_reports_a_bad_key_in_one_line_with_exit_2(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, "[identiy]\nname = 'x'\n" + MINIMAL)
    assert main(["doctor", "--config", str(path)]) == 2
    out = capsys.readouterr()
    line = [ln for ln in (out.out + out.err).splitlines() if ln.strip()]
    assert len(line) == 1 and "identiy: unknown key" in line[0]
    assert "Traceback" not in out.out + out.err


def test_cli_reports_a_wrong_type_with_exit_2(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, "[schedule]\ncooling_off_business_days = 'three'\n" + MINIMAL)
    assert main(["--config", str(path), "auth", "set", "local"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "schedule.cooling_off_business_days: must be a whole number" in err


def test_cli_reports_a_missing_config_file_with_exit_2(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.toml"
    assert main(["--config", str(missing), "auth", "set", "local"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"config file {missing} not found" in err


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_parser_reads_exactly_its_record_keys(kind: str) -> None:
    table = Table({}, "accounts[0]", [])
    common = Common(name="x", folders=("INBOX",), drafts_folder=None, sent_folder=None,
                    max_message_bytes=1024)
    record = KINDS[kind].parse(table, common)
    assert type(record) is KINDS[kind].record and record.kind == kind
    assert table.used == set(KINDS[kind].keys)
