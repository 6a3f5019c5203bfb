"""One rejection, one draft: however the rejection reaches the daemon and whatever came before.

Each story runs the real CLI over local Maildirs with no cooling-off, so a
rejection's draft is written in the cycle that finds it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from pathlib import Path

from afterword.daemon.cli import main
from tests.support import mail_story

NOW = datetime.now(UTC)
LENA = "Lena Ortiz <lena.ortiz@brightwave-energy.example>"


def maildir(root: Path, *folders: str) -> Path:
    for folder in ("", *(f".{name}" for name in folders)):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True, exist_ok=True)
    return root


def deliver(root: Path, name: str, raw: bytes, folder: str = "") -> None:
    (root / folder / "new" / f"{name}.host").write_bytes(raw)


def config_for(tmp_path: Path, *accounts: str) -> Path:
    blocks = "\n".join(f"""
[[accounts]]
name = "{name}"
kind = "maildir"
path = "{tmp_path / name}"
""" for name in accounts)
    path = tmp_path / "config.toml"
    path.write_text(f"""
[identity]
name = "Sam Candidate"
email = "sam@example.org"

[schedule]
cooling_off_business_days = 0
drafting_window = "any"

[detection]
user_rules = "{tmp_path}/rules.toml"
{blocks}
""")
    return path


def drafts(root: Path) -> list[bytes]:
    return [file.read_bytes() for file in sorted((root / ".Drafts").glob("cur/*"))]


def run_once(config: Path) -> None:
    assert main(["--config", str(config), "run", "--once"]) == 0


def test_the_same_rejection_in_two_accounts_gets_one_draft(tmp_path: Path) -> None:
    home, work = maildir(tmp_path / "home"), maildir(tmp_path / "work")
    deliver(home, "1.rejection", mail_story.rejection(NOW))
    deliver(work, "1.rejection", mail_story.rejection(NOW))
    run_once(config_for(tmp_path, "home", "work"))
    assert len(drafts(home)) + len(drafts(work)) == 1


def test_an_answer_to_the_sent_feedback_request_gets_no_second_draft(tmp_path: Path) -> None:
    home = maildir(tmp_path / "home", "Sent")
    config = config_for(tmp_path, "home")
    deliver(home, "1.rejection", mail_story.rejection(NOW))
    run_once(config)
    [draft] = drafts(home)
    request_id = message_from_bytes(draft)["Message-ID"]
    answer = mail_story.email(
        sender=LENA, subject="Re: Interview for the Grid Analyst role",
        body="Hi Sam,\n\nThanks for reaching out. Unfortunately we are unable to provide "
             "individual feedback. As mentioned, we decided not to move forward with your "
             "application, as another candidate was a closer fit.\n\nBest of luck,\nLena\n",
        message_id="<answer-9@brightwave-energy.example>", sent=NOW,
        in_reply_to=request_id)
    deliver(home, "2.answer", answer)
    run_once(config)
    assert len(drafts(home)) == 1


def test_a_rejection_the_user_already_answered_by_hand_gets_no_draft(tmp_path: Path) -> None:
    home = maildir(tmp_path / "home", "Sent")
    deliver(home, "1.rejection", mail_story.rejection(NOW))
    own_reply = mail_story.email(
        sender=mail_story.SAM, subject="Re: Interview for the Grid Analyst role",
        body="Dear Lena,\n\nThank you for letting me know. Could you share what I could "
             "improve?\n\nSam\n",
        message_id="<own-reply-7@example.org>", sent=NOW - timedelta(minutes=5),
        in_reply_to=mail_story.REJECTION_ID)
    deliver(home, "2.own-reply", own_reply, ".Sent")
    run_once(config_for(tmp_path, "home"))
    assert drafts(home) == []
