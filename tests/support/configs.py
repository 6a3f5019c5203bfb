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
