"""Backtest throughput over 10,000 generated job emails: through IMAP (Dovecot) and from a dir.

Generates N varied job emails (``bench/job_emails.py``) with a labels CSV,
writes them as .eml files and straight into a fresh Dovecot user's
``Maildir/cur`` before its first login (file mtime = message date, which
Dovecot reports as INTERNALDATE), then runs, each as its own
``python -m afterword backtest --json`` subprocess so memory does not mix:

* ``imap (cold)``: ``--account bench --since 90d`` — the first login also
  builds Dovecot's index of the 10,000 files;
* ``imap (warm)``: the same again;
* ``dir``: ``--dir`` over the same messages as files.

Prints messages/s (wall clock, including start-up and rule loading), peak RSS
of each subprocess, and precision/recall/F1 against the generated labels.

    python bench/backtest.py [--n 10000] [--keep]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.job_emails import GeneratedMail, generate  # noqa: E402
from tests.support.dovecot import DovecotServer, ImapUser  # noqa: E402


def write_export(mails: list[GeneratedMail], export: Path, labels: Path) -> None:
    """The messages as .eml files, and one CSV keyed by file and Message-ID."""
    with labels.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "message_id", "label"])
        for mail in mails:
            path = export / mail.name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(mail.raw)
            writer.writerow([mail.name, mail.message_id, mail.label])


def fill_maildir(server: DovecotServer, user: ImapUser, mails: list[GeneratedMail]) -> None:
    """Deliver by writing into ``cur/`` directly (Maildir needs no server for that)."""
    for sub in ("cur", "new", "tmp"):
        (user.maildir / sub).mkdir(parents=True, exist_ok=True)
    for index, mail in enumerate(mails):
        stamp = mail.date.timestamp()
        path = user.maildir / "cur" / f"{int(stamp)}.M{index}P1.bench:2,S"
        path.write_bytes(mail.raw)
        os.utime(path, (stamp, stamp))
    if os.geteuid() == 0:
        subprocess.run(["chown", "-R", f"{server.user}:{server.group}",
                        str(user.maildir.parent)], check=True)


def write_config(path: Path, server: DovecotServer, user: ImapUser, rules: Path) -> None:
    path.write_text(
        f'[detection]\nuser_rules = "{rules}"\n\n'
        f'[[accounts]]\nname = "bench"\nkind = "imap"\nhost = "127.0.0.1"\n'
        f'port = {server.port}\ntls = "none"\nusername = "{user.username}"\n'
        f'password_command = "echo {user.password}"\n')


def run_backtest(args: list[str], env: dict[str, str], scratch: Path) -> dict[str, float]:
    """One ``afterword backtest --json`` in a subprocess: its report, time and peak RSS."""
    out_path, err_path = scratch / "out.json", scratch / "err.txt"
    started = time.perf_counter()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        child = subprocess.Popen([sys.executable, "-m", "afterword", *args, "--json"], cwd=ROOT,
                                 env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"backtest failed: {err_path.read_text()[-2000:]}")
    report = json.loads(out_path.read_text())
    messages = report["summary"]["messages"]
    metrics = report["metrics"]
    return {"messages": messages, "seconds": elapsed, "rate": messages / elapsed,
            "rss_mb": usage.ru_maxrss / 1024, "errors": report["summary"]["errors"],
            "precision": metrics["precision"], "recall": metrics["recall"],
            "f1": metrics["f1"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="messages (default 10000)")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir")
    options = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="afterword-bench-backtest-"))
    server = None
    try:
        started = time.perf_counter()
        mails = generate(options.n)
        export, labels = root / "export", root / "labels.csv"
        write_export(mails, export, labels)
        server = DovecotServer(root / "dovecot")
        server.start()
        user = server.add_user()
        fill_maildir(server, user, mails)
        print(f"generated and loaded {len(mails)} messages in "
              f"{time.perf_counter() - started:.1f}s")
        config = root / "config.toml"
        write_config(config, server, user, root / "no-user-rules.toml")
        env = {**os.environ, "AFTERWORD_HOME": str(root / "state"),
               "PYTHONPATH": str(ROOT)}
        common = ["--labels", str(labels)]
        imap = ["--config", str(config), "backtest", "--account", "bench", "--folder", "INBOX",
                "--since", "90d", *common]
        runs = [("imap (cold)", imap), ("imap (warm)", imap),
                ("dir", ["--config", str(config), "backtest", "--dir", str(export), *common])]
        print(f"{'source':<12} {'messages':>8} {'seconds':>8} {'msg/s':>8} {'peak RSS':>9} "
              f"{'errors':>6} {'precision':>9} {'recall':>7} {'F1':>6}")
        for name, args in runs:
            r = run_backtest(args, env, root)
            print(f"{name:<12} {r['messages']:>8} {r['seconds']:>8.1f} {r['rate']:>8.0f} "
                  f"{r['rss_mb']:>6.0f} MB {r['errors']:>6} {r['precision']:>9.3f} "
                  f"{r['recall']:>7.3f} {r['f1']:>6.3f}")
    finally:
        if server is not None:
            server.stop()
        if options.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
