"""``afterword demo``: the whole job on a throwaway Maildir, with no account and no waiting.

Builds a Maildir holding :data:`afterword.daemon.demo.sample_mail.DEMO_EMAILS`, a config with
cooling-off 0 and window "any", and a private state database beside it; runs
one cycle; and returns the report plus where each draft file landed.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from afterword.daemon.config import config_from_dict
from afterword.daemon.demo.sample_mail import demo_messages
from afterword.daemon.pipeline import CycleReport
from afterword.daemon.service.loop import Daemon
from afterword.daemon.store import Store

DEMO_IDENTITY = {"name": "Sam Candidate", "email": "sam@example.org",
                 "signature": "Sam Candidate\nsam@example.org"}


@dataclass(frozen=True)
class DemoResult:
    """What the demo did and where to look."""

    root: Path
    report: CycleReport
    draft_files: dict[str, Path]


def build_maildir(root: Path, now: datetime) -> Path:
    """A Maildir with the demo emails in INBOX/new, as a mail client would have it."""
    maildir = root / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    for index, (_, raw) in enumerate(demo_messages(now)):
        (maildir / "new" / f"{int(now.timestamp())}.demo{index:02d}.afterword").write_bytes(raw)
    return maildir


def _draft_files(maildir: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(maildir.glob(".Drafts/*/*")):
        if path.parent.name not in ("cur", "new"):
            continue
        with path.open("rb") as handle:
            headers = email.message_from_binary_file(handle, policy=email.policy.default)
        found[str(headers.get("Message-ID", path.name)).strip()] = path
    return found


def run_demo(root: Path, *, now: datetime | None = None) -> DemoResult:
    """Build the demo mailbox under ``root`` and run one cycle over it."""
    moment = now or datetime.now(UTC)
    maildir = build_maildir(root, moment)
    config = config_from_dict({
        "identity": DEMO_IDENTITY,
        "schedule": {"cooling_off_business_days": 0, "drafting_window": "any",
                     "timezone": "UTC"},
        "detection": {"user_rules": str(root / "rules.toml")},
        "accounts": [{"name": "demo", "kind": "maildir", "path": str(maildir)}],
    })
    with Store.open(root / "state.sqlite3") as store:
        daemon = Daemon(config, store, now=lambda: moment)
        try:
            report = daemon.cycle()
        finally:
            daemon.close()
    return DemoResult(root, report, _draft_files(maildir))
