"""Poison mail, measured: HTML that was quadratic, and one 30 MB message in every backend.

1. ``html_to_text`` and ``parse_message`` on 40,000 nested ``<div>``s (about 200 KB;
   target under 1 s), beside a flat HTML message of the same size as the baseline.
2. ``afterword run --once`` in a child process over a folder holding a 30 MB message
   (a rejection with a 30 MB attachment) plus an ordinary rejection, for IMAP (a
   private Dovecot), Maildir and Gmail (the local fake), with the child's peak RSS
   (VmHWM; target under 150 MB) beside the same run without the big message.

    python bench/poison.py [--megabytes 30]
"""

from __future__ import annotations

import argparse
import os
import ssl
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from afterword.parsers import parse_message  # noqa: E402
from afterword.parsers.html import html_to_text  # noqa: E402

#: Runs the CLI, then prints the process's peak RSS in kB on the last line of stderr.
CHILD = ("import sys, pathlib; from afterword.daemon.cli import main; code = main(sys.argv[1:]); "
         "hwm = [l for l in pathlib.Path('/proc/self/status').read_text().splitlines() "
         "if l.startswith('VmHWM:')][0].split()[1]; print('VmHWM', hwm, file=sys.stderr); "
         "sys.exit(code)")


def best_seconds(work: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times)


def html_figures() -> None:
    nested = "<div>" * 40_000 + "We will not move forward." + "</div>" * 40_000
    flat = "<p>We will not move forward.</p>" * (len(nested) // 33)
    head = b"From: HR <hr@acme.example>\r\nSubject: Results\r\nContent-Type: text/html\r\n\r\n"
    for name, html in (("flat (baseline)", flat), ("40,000 nested divs", nested)):
        convert = best_seconds(lambda html=html: html_to_text(html))
        parse = best_seconds(lambda html=html: parse_message(head + html.encode()))
        print(f"{name:20} {len(html) / 1000:6.0f} KB  html_to_text {convert:6.3f} s  "
              f"parse_message {parse:6.3f} s")


def rejection(name: str, megabytes: int) -> bytes:
    message = EmailMessage()
    message["From"] = f"People Team <people@{name}.example>"
    message["To"] = "sam@example.org"
    message["Subject"] = "Your application"
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = f"<{name}-{megabytes}@{name}.example>"
    message.set_content("Thank you for applying. We have decided not to move forward with "
                        "your application. We wish you every success.")
    if megabytes:
        message.add_attachment(os.urandom(megabytes * 1024 * 1024), maintype="application",
                               subtype="octet-stream", filename="portfolio.bin")
    return message.as_bytes()


def run_child(config: Path, home: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    done = subprocess.run([sys.executable, "-c", CHILD, "--config", str(config), "run",
                           "--once"], capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"run --once failed:\n{done.stderr[-2000:]}")
    return int(done.stderr.strip().splitlines()[-1].split()[1]) / 1024


SCHEDULE = '[schedule]\ncooling_off_business_days = 0\ndrafting_window = "any"\n'


def maildir_rss(root: Path, megabytes: int) -> float:
    maildir = root / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1.big.host").write_bytes(rejection("bigcorp", megabytes))
    (maildir / "new" / "2.small.host").write_bytes(rejection("smallcorp", 0))
    config = root / "config.toml"
    config.write_text(f'{SCHEDULE}\n[[accounts]]\nname = "local"\nkind = "maildir"\n'
                      f'path = "{maildir}"\n')
    return run_child(config, root)


def imap_rss(root: Path, megabytes: int, server: object) -> float:
    from imapclient import IMAPClient

    user = server.add_user()  # type: ignore[attr-defined]
    loader = IMAPClient(user.host, port=user.tls_port, timeout=60,
                        ssl_context=ssl.create_default_context(cafile=str(user.ca_file)))
    loader.login(user.username, user.password)
    loader.append("INBOX", rejection("bigcorp", megabytes))
    loader.append("INBOX", rejection("smallcorp", 0))
    loader.logout()
    secret = root / "password"
    secret.write_text(user.password)
    config = root / "config.toml"
    config.write_text(f'{SCHEDULE}\n[[accounts]]\nname = "imap"\nkind = "imap"\n'
                      f'host = "{user.host}"\nport = {user.tls_port}\nca_file = "{user.ca_file}"\n'
                      f'username = "{user.username}"\npassword_command = "cat {secret}"\n')
    return run_child(config, root)


def gmail_rss(root: Path, megabytes: int) -> float:
    from tests.fake_gmail import FakeGmail

    with FakeGmail("sam@example.org") as fake:
        fake.seed(rejection("bigcorp", megabytes))
        fake.seed(rejection("smallcorp", 0))
        config = root / "config.toml"
        config.write_text(f'{SCHEDULE}\n[[accounts]]\nname = "gmail"\nkind = "gmail"\n'
                          f'email = "sam@example.org"\ntoken_command = "echo bench-token"\n'
                          f'api_endpoint = "{fake.endpoint}"\n')
        return run_child(config, root)


def rss_figures(megabytes: int) -> None:
    from tests.support.dovecot import DovecotServer

    base = Path(tempfile.mkdtemp(prefix="afterword-poison-"))
    server = DovecotServer(base / "dovecot")
    server.start()
    try:
        for name in ("maildir", "imap", "gmail"):
            figures = []
            for size in (0, megabytes):
                root = base / f"{name}-{size}"
                root.mkdir()
                if name == "maildir":
                    figures.append(maildir_rss(root, size))
                elif name == "imap":
                    figures.append(imap_rss(root, size, server))
                else:
                    figures.append(gmail_rss(root, size))
            small, big = figures
            print(f"{name:8} run --once peak RSS: {big:6.1f} MB with a {megabytes} MB message, "
                  f"{small:6.1f} MB without (ratio {big / small:.2f}; target < 150 MB)")
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=30, help="size of the big message")
    args = parser.parse_args()
    html_figures()
    rss_figures(args.megabytes)


if __name__ == "__main__":
    main()
