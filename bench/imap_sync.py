"""First-sync throughput of the IMAP adapter against a minimal raw imaplib fetch, plus peak RSS.

Starts a private Dovecot (tests/support/dovecot.py), loads N synthetic messages
with MULTIAPPEND, then times, each in its own subprocess so their memory does
not mix:

* ``adapter``: ``ImapMailbox.fetch_new("INBOX", None)`` to the end, batch 100;
* ``raw``: imaplib ``UID SEARCH ALL`` then ``UID FETCH <100 uids> (INTERNALDATE BODY.PEEK[])``.

Prints messages/s for both, the ratio (target >= 0.8) and each side's peak RSS
(VmHWM, target < 150 MB regardless of N).

    python bench/imap_sync.py --n 5000
"""

from __future__ import annotations

import argparse
import imaplib
import json
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BATCH = 100


def synthetic_message(n: int) -> bytes:
    """A plausible 2-4 KB plain-text message; the body varies so nothing compresses away."""
    lines = [f"Line {i} of message {n}: status update about application {n * 7 + i}."
             for i in range(30 + n % 30)]
    return ("\r\n".join([
        f"From: Recruiter {n % 97} <talent{n % 97}@company{n % 13}.example>",
        "To: sam@example.org", f"Subject: Application {n}",
        f"Date: Mon, 02 Nov 2026 {n % 24:02d}:{n % 60:02d}:00 +0000",
        f"Message-ID: <bench-{n}@afterword.example>", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "", *lines, ""])).encode()


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_adapter(conn: dict[str, str]) -> dict[str, float]:
    from afterword.daemon.mailbox.accounts import ImapAccount
    from afterword.daemon.mailbox.imap import ImapMailbox

    account = ImapAccount(name="bench", host=conn["host"], port=int(conn["port"]),
                          ca_file=Path(conn["ca"]), username=conn["user"])
    mailbox = ImapMailbox(account, secret=lambda: conn["password"], max_age_days=30)
    started = time.perf_counter()
    mailbox.connect()
    count = size = 0
    for batch in mailbox.fetch_new("INBOX", None, batch_size=BATCH):
        count += len(batch.messages)
        size += sum(len(m.raw) for m in batch.messages)
    elapsed = time.perf_counter() - started
    mailbox.close()
    return {"messages": count, "bytes": size, "seconds": elapsed, "peak_rss_mb": peak_rss_mb()}


def run_raw(conn: dict[str, str]) -> dict[str, float]:
    started = time.perf_counter()
    imap = imaplib.IMAP4_SSL(conn["host"], int(conn["port"]),
                             ssl_context=ssl.create_default_context(cafile=conn["ca"]))
    imap.login(conn["user"], conn["password"])
    imap.select("INBOX", readonly=True)
    _, data = imap.uid("SEARCH", "ALL")
    uids = data[0].split()
    count = size = 0
    for offset in range(0, len(uids), BATCH):
        chunk = b",".join(uids[offset:offset + BATCH]).decode()
        _, fetched = imap.uid("FETCH", chunk, "(INTERNALDATE BODY.PEEK[])")
        for item in fetched:
            if isinstance(item, tuple):
                count += 1
                size += len(item[1])
    elapsed = time.perf_counter() - started
    imap.logout()
    return {"messages": count, "bytes": size, "seconds": elapsed, "peak_rss_mb": peak_rss_mb()}


def measure(side: str, conn: dict[str, str]) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--side", side, "--conn", json.dumps(conn)],
                          check=True, capture_output=True, text=True, cwd=ROOT)
    return dict(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="messages to load")
    parser.add_argument("--repeat", type=int, default=2, help="runs per side; the best counts")
    parser.add_argument("--side", choices=("adapter", "raw"), help=argparse.SUPPRESS)
    parser.add_argument("--conn", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        runner = run_adapter if args.side == "adapter" else run_raw
        print(json.dumps(runner(json.loads(args.conn))))
        return

    from imapclient import IMAPClient

    from tests.support.dovecot import DovecotServer

    root = Path(tempfile.mkdtemp(prefix="afterword-bench-"))
    server = DovecotServer(root)
    server.start()
    try:
        user = server.add_user()
        loader = IMAPClient(user.host, port=user.tls_port, timeout=60,
                            ssl_context=ssl.create_default_context(cafile=str(user.ca_file)))
        loader.login(user.username, user.password)
        loading = time.perf_counter()
        for start in range(0, args.n, 1000):
            loader.multiappend("INBOX", [synthetic_message(n)
                                         for n in range(start, min(args.n, start + 1000))])
        loader.logout()
        print(f"loaded {args.n} messages in {time.perf_counter() - loading:.1f}s")
        conn = {"host": user.host, "port": str(user.tls_port), "ca": str(user.ca_file),
                "user": user.username, "password": user.password}
        results: dict[str, list[dict[str, float]]] = {"raw": [], "adapter": []}
        for _ in range(args.repeat):
            for side in ("raw", "adapter"):
                results[side].append(measure(side, conn))
        best = {side: min(runs, key=lambda r: r["seconds"]) for side, runs in results.items()}
        for side in ("raw", "adapter"):
            run = best[side]
            assert run["messages"] == args.n, f"{side} fetched {run['messages']} of {args.n}"
            print(f"{side:8} {run['messages'] / run['seconds']:8.0f} msg/s  "
                  f"{run['bytes'] / run['seconds'] / 1e6:6.1f} MB/s  "
                  f"{run['seconds']:6.2f}s  peak RSS {run['peak_rss_mb']:5.1f} MB")
        ratio = best["raw"]["seconds"] / best["adapter"]["seconds"]
        print(f"ratio adapter/raw throughput: {ratio:.2f} (target >= 0.80); "
              f"adapter peak RSS {best['adapter']['peak_rss_mb']:.1f} MB (target < 150 MB)")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
