"""The employer answers a feedback request: captured at sync, kept with its application,
and the reminder cancelled in that same cycle (against a real Dovecot)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from freezegun import freeze_time
from imapclient import IMAPClient

from afterword.daemon.cli import main
from tests.support import mail_story
from tests.support.configs import imap_config
from tests.support.dovecot import ImapUser

pytestmark = pytest.mark.dovecot

MONDAY_NOON = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
ANSWER = ("Hi Sam,\n\nThanks for asking. The panel felt your SQL was strong, but another "
          "candidate had more experience with forecasting models.\n\nGood luck,\nLena\n")


def written_draft_id(client: IMAPClient) -> str:
    client.select_folder("Drafts", readonly=True)
    [uid] = client.search(["ALL"])
    header = client.fetch([uid], [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])[uid]
    return header[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip()


def json_of(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_an_answer_to_the_feedback_request_is_kept_and_cancels_the_reminder(
        tmp_path: Path, imap_user: ImapUser, seeder: IMAPClient,
        capsys: pytest.CaptureFixture[str]) -> None:
    config = imap_config(tmp_path, imap_user, schedule='cooling_off_business_days = 0\n'
                                                      'drafting_window = "any"\n'
                                                      'timezone = "UTC"')
    for raw in mail_story.application_history(MONDAY_NOON):
        seeder.append("INBOX", raw)
    with freeze_time(MONDAY_NOON, tick=True):
        assert main(["--config", str(config), "run", "--once"]) == 0
    draft_id = written_draft_id(seeder)
    reply = mail_story.email(
        sender="Lena Ortiz <lena.ortiz@brightwave-energy.example>",
        subject="Re: Re: Interview for the Grid Analyst role", body=ANSWER,
        message_id="<answer-9@brightwave-energy.example>",
        sent=MONDAY_NOON + timedelta(days=2), in_reply_to=draft_id)
    seeder.append("INBOX", reply)

    with freeze_time(MONDAY_NOON + timedelta(days=2, hours=1), tick=True):
        assert main(["--config", str(config), "run", "--once"]) == 0
        [reminder] = json_of(capsys, "--config", str(config), "reminders", "list", "--json")
    assert (reminder["state"], reminder["outcome"]) == ("cancelled", "employer replied")
    shown = json_of(capsys, "--config", str(config), "apps", "show", "1", "--json")
    [answer] = [t for t in shown["timeline"] if t["kind"] == "feedback"]  # type: ignore[index]
    assert "more experience with forecasting models" in answer["feedback"]
    assert answer["message_id"] == "<answer-9@brightwave-energy.example>"
    seeder.select_folder("Drafts", readonly=True)
    assert len(seeder.search(["ALL"])) == 1  # no second draft for the answer


def test_a_rejection_that_gives_its_reasons_gets_a_thank_you_instead_of_a_request(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_poison_mail import NOW, maildir_account

    config, maildir = maildir_account(tmp_path)
    (maildir / "new" / "1.r.host").write_bytes(mail_story.email(
        sender="Dana Ruiz <dana@quillon.example>", subject="Your application",
        body="Hi Sam,\n\nThank you for applying for the analyst role. We have decided not to "
             "move forward: the other finalist had more hands-on experience with forecasting, "
             "and your cover letter did not say why this team interests you.\n\nDana\n",
        message_id="<reasons-1@quillon.example>", sent=NOW))
    assert main(["--config", str(config), "run", "--once"]) == 0
    assert "[thanks, en]" in capsys.readouterr().out
