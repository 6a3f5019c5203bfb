"""A real, private Dovecot IMAP server for tests, started from its own config in a temp dir.

The server listens on 127.0.0.1 (plain and implicit-TLS ports), uses a
self-signed certificate made here, one password for any user name, Maildir
storage, SPECIAL-USE folders, CONDSTORE and IDLE. It is stopped by its own
master pid. When started as root, every Dovecot process runs as ``nobody``.

With ``introspection_url`` it also takes XOAUTH2 and OAUTHBEARER logins: its
``oauth2`` passdb posts each bearer token to that RFC 7662 token-introspection
endpoint and lets the user in when the answer is ``active`` and names that user
(PLAIN with the test password keeps working, for seeding mail).
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUN_AS_WHEN_ROOT = "nobody"
PASSWORD = "s3cret-pw"
IMAPS_LISTENER = """inet_listener imaps {{
    address = 127.0.0.1
    port = {port}
    ssl = yes
  }}"""

OAUTH2_PASSDB = """passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/dovecot-oauth2.conf.ext
}}"""
OAUTH2_SETTINGS = """introspection_url = {url}
introspection_mode = post
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 10000
"""


class DovecotMissing(RuntimeError):
    """dovecot-imapd is not installed."""


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or ("/usr/sbin/dovecot"
                                       if os.path.exists("/usr/sbin/dovecot") else None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_certificate(cert: Path, key: Path) -> None:
    """A self-signed certificate for localhost and 127.0.0.1: it is its own CA file."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True)
    os.chmod(key, 0o600)


@dataclass(frozen=True)
class ImapUser:
    """Login details for one throwaway mailbox on the test server."""

    host: str
    port: int
    tls_port: int
    username: str
    password: str
    ca_file: Path
    maildir: Path


class DovecotServer:
    """One throwaway server instance rooted at ``root``."""

    def __init__(self, root: Path, *, introspection_url: str | None = None,
                 password: str = PASSWORD, tls: bool = True) -> None:
        binary = dovecot_binary()
        if binary is None:
            raise DovecotMissing("dovecot is not installed (apt-get install dovecot-imapd)")
        self.binary = binary
        self.root = root
        self.introspection_url = introspection_url
        #: The one password every user logs in with (may be non-ASCII).
        self.password = password
        #: False: no TLS at all, so the plain port offers no STARTTLS.
        self.tls = tls
        self.port = free_port()
        self.tls_port = free_port()
        self.ca_file = root / "tls" / "cert.pem"
        self._users = 0
        self._as_root = os.geteuid() == 0
        self.user = RUN_AS_WHEN_ROOT if self._as_root else pwd.getpwuid(os.geteuid()).pw_name
        self.group = grp.getgrgid(pwd.getpwnam(self.user).pw_gid).gr_name

    def start(self) -> None:
        for sub in ("run", "state", "log", "mail", "tls"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        if not self.ca_file.exists():
            self._make_certificate()
        template = (HERE / "dovecot.conf.in").read_text()
        mechanisms, passdb = "plain login", ""
        if self.introspection_url:
            mechanisms = "plain login xoauth2 oauthbearer"
            passdb = OAUTH2_PASSDB.format(root=self.root)
            (self.root / "dovecot-oauth2.conf.ext").write_text(
                OAUTH2_SETTINGS.format(url=self.introspection_url))
        (self.root / "dovecot.conf").write_text(template.format(
            root=self.root, user=self.user, group=self.group, port=self.port,
            tls_port=self.tls_port, password=self.password, auth_mechanisms=mechanisms,
            oauth2_passdb=passdb, imaps_listener=IMAPS_LISTENER.format(port=self.tls_port)
            if self.tls else "", ssl="yes" if self.tls else "no"), encoding="utf-8")
        if self._as_root:
            self._open_parents_to_server_user()
            subprocess.run(["chown", "-R", f"{self.user}:{self.group}", str(self.root)],
                           check=True)
        self._launch()

    def _launch(self) -> None:
        command = [self.binary, "-c", str(self.root / "dovecot.conf")]
        if self._as_root:
            command = ["setpriv", f"--reuid={self.user}", f"--regid={self.group}",
                       "--clear-groups", "--", *command]
        subprocess.run(command, check=True)
        self._wait_for_greeting()

    def _make_certificate(self) -> None:
        make_certificate(self.ca_file, self.root / "tls" / "key.pem")

    def _open_parents_to_server_user(self) -> None:
        """pytest's temp dirs are 0700; the unprivileged server must be able to enter them."""
        for parent in [self.root, *self.root.parents]:
            if parent == Path("/"):
                break
            mode = parent.stat().st_mode
            if not mode & 0o001:
                os.chmod(parent, mode | 0o001)

    def _wait_for_greeting(self, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    # The first line may be "Waiting for authentication process";
                    # the real greeting carries the CAPABILITY list.
                    if b"[CAPABILITY" in sock.recv(4096):
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("dovecot did not come up:\n" + self.log_tail())

    def log_tail(self, lines: int = 30) -> str:
        log = self.root / "log" / "dovecot.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) \
            if log.exists() else "(no log)"

    def master_pid(self) -> int | None:
        pidfile = self.root / "run" / "master.pid"
        try:
            return int(pidfile.read_text().strip())
        except (OSError, ValueError):
            return None

    def stop(self, *, hard: bool = False) -> None:
        """Stop the server: SIGTERM (SIGKILL for ``hard``), waiting for the master to exit."""
        pid = self.master_pid()
        if pid is None:
            return
        try:
            os.kill(pid, signal.SIGKILL if hard else signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        else:
            os.kill(pid, signal.SIGKILL)
        if hard:
            (self.root / "run" / "master.pid").unlink(missing_ok=True)

    def restart(self) -> None:
        self.stop()
        self._launch()

    def add_user(self) -> ImapUser:
        """A fresh, empty mailbox: a user name nobody has logged in with yet."""
        self._users += 1
        username = f"user{self._users}"
        return ImapUser("127.0.0.1", self.port, self.tls_port, username, self.password,
                        self.ca_file, self.root / "mail" / username / "Maildir")
