"""The whole first sync: ``run --once`` against parse + classify alone and a raw fetch.

Generates N job emails (``bench/job_emails.py``), puts them in a private Dovecot
user's INBOX and in a directory of .eml files, then measures in one run, each in its
own subprocess so that memory does not mix:

* ``raw fetch``: imaplib ``UID FETCH`` of every message, 100 at a time (the floor);
* ``backtest --dir``: parse and classify the same messages from files, nothing stored;
* ``run --once``: the real first sync over IMAP with ``cooling_off_business_days = 0``
  and ``max_age_days = 90``: read, classify, link, store, and write every draft;
* ``run --once, no draft due``: the same first sync into a fresh state with a cooling-off
  of 60 business days, so no draft is due: what the sync costs without the drafts.

Prints messages/s for each, the ratio of ``run --once`` to ``backtest --dir``
(target >= 0.70), the same ratio without the drafts, the cost of one draft, and each
child's peak RSS (``ru_maxrss``, the largest process) and the peak memory of its whole
process tree (``run --once`` forks a worker that classifies ahead; target < 150 MB).

    python bench/pipeline.py                     # 3,000 messages
    python bench/pipeline.py --messages 20000    # the peak-RSS check
"""

from __future__ import annotations

import argparse
import imaplib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.backtest import fill_maildir, write_export  # noqa: E402
from bench.job_emails import generate  # noqa: E402
from tests.support.dovecot import DovecotServer, ImapUser  # noqa: E402

RAW_FETCH = """
import imaplib, sys
imap = imaplib.IMAP4("127.0.0.1", int(sys.argv[1]))
imap.login(sys.argv[2], sys.argv[3])
imap.select("INBOX", readonly=True)
uids = imap.uid("SEARCH", "ALL")[1][0].split()
for start in range(0, len(uids), 100):
    imap.uid("FETCH", b",".join(uids[start:start + 100]).decode(), "(BODY.PEEK[])")
imap.logout()
"""


class TreeMemory(threading.Thread):
    """The peak of the memory a process and its descendants hold together, sampled.

    ``ru_maxrss`` is the peak of the largest single process: a worker beside the main
    process would not show in it. This sums each process's proportional set size (PSS:
    pages shared between them counted once, split among the sharers) every 20 ms.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_mb, self.most_processes = pid, 0.0, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.02):
            tree = _descendants(self.pid)
            self.most_processes = max(self.most_processes, len(tree))
            self.peak_mb = max(self.peak_mb, sum(map(_pss_mb, tree)))


def _descendants(root: int) -> list[int]:
    """``root`` and every process under it."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run ``command``; its wall-clock seconds, the peak RSS of its largest process and the
    peak memory of its whole process tree (:class:`TreeMemory`), in MB."""
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    memory = TreeMemory(child.pid)
    memory.start()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    memory.done.set()
    memory.join()
    if os.waitstatus_to_exitcode(status) != 0:
        assert child.stderr is not None
        raise SystemExit(f"{' '.join(command[:4])}… failed: {child.stderr.read()[-2000:]!r}")
    return elapsed, usage.ru_maxrss / 1024, memory.peak_mb


def write_config(path: Path, server: DovecotServer, user: ImapUser, *,
                 cooling_off: int = 0) -> None:
    path.write_text(
        f'[schedule]\ncooling_off_business_days = {cooling_off}\ndrafting_window = "any"\n'
        'max_age_days = 90\n\n'
        f'[detection]\nuser_rules = "{path.parent / "no-rules.toml"}"\n\n'
        f'[[accounts]]\nname = "bench"\nkind = "imap"\nhost = "127.0.0.1"\n'
        f'port = {server.port}\ntls = "none"\nusername = "{user.username}"\n'
        f'password_command = "echo {user.password}"\n')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", "--n", dest="n", type=int, default=3000,
                        help="job emails to generate (default 3000)")
    parser.add_argument("--profile", metavar="FILE",
                        help="run run --once under cProfile, writing the profile to FILE")
    options = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="afterword-bench-pipeline-"))
    server = DovecotServer(root / "dovecot")
    try:
        mails = generate(options.n)
        rejections = sum(1 for mail in mails if mail.label == "rejection")
        export = root / "export"
        write_export(mails, export, root / "labels.csv")
        server.start()
        user = server.add_user()
        fill_maildir(server, user, mails)
        config = root / "config.toml"
        write_config(config, server, user)
        no_drafts = root / "no-drafts.toml"
        write_config(no_drafts, server, user, cooling_off=60)
        env = {**os.environ, "AFTERWORD_HOME": str(root / "state"),
               "XDG_STATE_HOME": str(root / "xdg-state"), "PYTHONPATH": str(ROOT)}
        imaplib.IMAP4("127.0.0.1", server.port).logout()  # the server is up
        runs = {
            "raw fetch": [sys.executable, "-c", RAW_FETCH, str(server.port), user.username,
                          user.password],
            "backtest --dir": [sys.executable, "-m", "afterword", "--config", str(config),
                               "backtest", "--dir", str(export)],
            "run --once": [sys.executable, "-m", "afterword", "--config", str(config), "run",
                           "--once"],
        }
        # Dovecot indexes the new files at the first login: let the raw fetch pay for that.
        timed(runs["raw fetch"], env)
        if options.profile:  # figures then include the profiler's own cost
            runs["run --once"][1:1] = ["-m", "cProfile", "-o", options.profile]
        results = {name: timed(command, env) for name, command in runs.items()}
        results["run --once, no draft due"] = timed(
            [sys.executable, "-m", "afterword", "--config", str(no_drafts), "run", "--once"],
            {**env, "AFTERWORD_HOME": str(root / "state-no-drafts")})
        print(f"{options.n} job emails ({rejections} rejections, drafts written for those "
              "under 90 days old)")
        for name, (seconds, rss, tree) in results.items():
            print(f"{name:25} {options.n / seconds:8.0f} msg/s  {seconds:7.1f} s  "
                  f"peak RSS {rss:6.1f} MB  all processes {tree:6.1f} MB")
        backtest, once = results["backtest --dir"][0], results["run --once"][0]
        sync_only = results["run --once, no draft due"][0]
        print(f"run --once / backtest --dir: {backtest / once:.2f} (target >= 0.70); "
              f"without the drafts: {backtest / sync_only:.2f}")
        # Every generated rejection is under 80 days old (max_age_days = 90): one draft each.
        print(f"drafting: {(once - sync_only) / max(rejections, 1) * 1000:.1f} ms per draft "
              f"written ({rejections} drafts)")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
