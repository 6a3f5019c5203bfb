"""Measure the Gmail adapter's first sync against the local fake server.

Prints messages per second and the HTTP requests it took. Run from the repository root:
``PYTHONPATH=. python bench/gmail_first_sync.py [COUNT]``. The fake runs in-process on
loopback, so the figure is the client-side cost (discovery client, batching, MIME parsing),
not Google's latency.
"""

from __future__ import annotations

import sys
import time
from email.message import EmailMessage
from pathlib import Path

from google.oauth2.credentials import Credentials

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from afterword.daemon.mailbox.gmail import GmailMailbox  # noqa: E402
from tests.fake_gmail import FakeGmail  # noqa: E402


def sample(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "talent@acme.example", "jo@example.com"
    msg["Subject"], msg["Message-ID"] = f"Application update {n}", f"<bench-{n}@acme.example>"
    msg.set_content("Thank you for your interest. " * 40)
    return msg.as_bytes()


def main(count: int) -> None:
    with FakeGmail("jo@example.com") as fake:
        for n in range(count):
            fake.seed(sample(n))
        box = GmailMailbox(
            "bench",
            "jo@example.com",
            lambda: Credentials(token="bench"),
            api_endpoint=fake.endpoint,
        )
        box.connect()
        fake.requests.clear()
        started = time.perf_counter()
        fetched = sum(len(b.messages) for b in box.fetch_new("INBOX", None))
        elapsed = time.perf_counter() - started
        http = sum(1 for r in fake.requests if not r.batched)
        box.close()
    print(
        f"first sync: {fetched} messages in {elapsed:.2f} s "
        f"({fetched / elapsed:.0f} msg/s), {http} HTTP requests "
        f"({fake.operations().count('batch')} batch)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
