"""Config files for tests that run the real CLI against a test mailbox."""

from __future__ import annotations

from pathlib import Path

from tests.support.dovecot import ImapUser


def imap_config(tmp_path: Path, user: ImapUser, *, password: str | None = None,
                schedule: str = "") -> Path:
    """A config for ``user`` on the test Dovecot, its password read by a password_command.

    ``schedule`` is extra TOML for the ``[schedule]`` table; ``password`` overrides
    the right one (to test a refused login).
    """
    secret = tmp_path / "imap-password"
    secret.write_text(user.password if password is None else password)
    path = tmp_path / "config.toml"
    path.write_text(f"""
[identity]
name = "Sam Candidate"
email = "sam@example.org"
signature = "Sam"

[schedule]
{schedule}

[detection]
user_rules = "{tmp_path}/rules.toml"

[[accounts]]
name = "personal"
kind = "imap"
host = "{user.host}"
port = {user.tls_port}
tls = "ssl"
ca_file = "{user.ca_file}"
username = "{user.username}"
password_command = "cat {secret}"
""")
    return path


CLIENT_ID = "6731de76-14a6-49ae-97bc-6eba6914391e"


def outlook_account(user: ImapUser, authority: str, *, name: str = "outlook",
                    tenant: str = "consumers") -> str:
    """One ``[[accounts]]`` block for ``user`` on the XOAUTH2 Dovecot, logging in with the
    Microsoft login against the fake identity platform at ``authority``."""
    return f"""
[[accounts]]
name = "{name}"
kind = "imap"
host = "{user.host}"
port = {user.tls_port}
tls = "ssl"
ca_file = "{user.ca_file}"
username = "{user.username}"
auth = "xoauth2"
oauth = "microsoft"
tenant = "{tenant}"
client_id = "{CLIENT_ID}"
authority = "{authority}"
"""


def config_with(tmp_path: Path, accounts: str) -> Path:
    """A config file with the usual identity and the given ``[[accounts]]`` blocks."""
    path = tmp_path / "config.toml"
    path.write_text(f"""
[identity]
name = "Sam Candidate"
email = "sam@example.org"
signature = "Sam"

[detection]
user_rules = "{tmp_path}/rules.toml"
{accounts}""")
    return path
