"""Learning from the user: a label, then ``learn``, and similar mail is read as the user reads it.

A studio writes portfolio walk-through invitations that the shipped detection reads
as ``other``; the user says one is an interview. After ``afterword learn`` the
similar message already stored and a new one are interviews too; once the label is
cleared and ``learn`` runs again, they are ``other`` again.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from afterword.daemon.cli import main
from tests.test_poison_mail import maildir_account

DATA = Path(__file__).resolve().parent / "data" / "learning"
LABELLED, SIMILAR = "<walk-1@lanternfield-studio.example>", "<walk-2@lanternfield-studio.example>"


@pytest.fixture
def config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Two walk-through invitations, read once by the daemon."""
    config, maildir = maildir_account(tmp_path)
    for name in ("walkthrough-1.eml", "walkthrough-2.eml"):
        shutil.copy(DATA / name, maildir / "new" / f"{name}.host")
    assert main(["--config", str(config), "run", "--once"]) == 0
    capsys.readouterr()
    return config


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def kind_of_new_mail(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    result = run_json(capsys, "--config", str(config), "check", "--json",
                      str(DATA / "walkthrough-3.eml"))
    assert isinstance(result, dict)
    return result["kind"], result["decided_by"]


def test_a_label_then_learn_flips_that_message_and_a_similar_one(
        config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kind_of_new_mail(config, capsys) == ("other", "non-job guard")
    assert main(["--config", str(config), "label", LABELLED, "interview"]) == 0

    preview = run_json(capsys, "--config", str(config), "learn", "--dry-run", "--json")
    learned = run_json(capsys, "--config", str(config), "learn", "--json")

    assert preview["changes"] == learned["changes"]  # type: ignore[index]
    assert {(c["message_id"], c["after"]) for c in learned["changes"]} >= {  # type: ignore[index]
        (LABELLED, "interview"), (SIMILAR, "interview")}
    assert kind_of_new_mail(config, capsys) == ("interview", "your labels")


def test_a_dry_run_keeps_nothing(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "label", LABELLED, "interview"]) == 0
    run_json(capsys, "--config", str(config), "learn", "--dry-run", "--json")
    assert kind_of_new_mail(config, capsys) == ("other", "non-job guard")


def test_clearing_the_label_then_learn_flips_it_back(
        config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "label", LABELLED, "interview"]) == 0
    run_json(capsys, "--config", str(config), "learn", "--json")
    assert main(["--config", str(config), "label", LABELLED, "--clear"]) == 0
    relearned = run_json(capsys, "--config", str(config), "learn", "--json")
    assert relearned == {"labels": 0, "applied": True, "changes": []}
    assert kind_of_new_mail(config, capsys) == ("other", "non-job guard")


def test_the_daemon_refits_when_labels_change(
        config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "label", LABELLED, "interview"]) == 0
    assert main(["--config", str(config), "run", "--once"]) == 0
    assert kind_of_new_mail(config, capsys) == ("interview", "your labels")


def test_a_user_rule_still_wins_over_what_was_learned(
        config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config), "label", LABELLED, "interview"]) == 0
    run_json(capsys, "--config", str(config), "learn", "--json")
    assert main(["--config", str(config), "rules", "add", "--kind", "other", "--weight", "0.9",
                 "--pattern", r"portfolio walk-through"]) == 0
    assert kind_of_new_mail(config, capsys) == ("other", "user rule")


def test_label_takes_every_kind_and_refuses_a_kind_with_clear(
        config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for kind in ("rejection", "interview", "offer", "application_received", "other"):
        assert main(["--config", str(config), "label", SIMILAR, kind]) == 0
    assert main(["--config", str(config), "label", SIMILAR, "offer", "--clear"]) == 2
    assert "give a KIND, or --clear" in capsys.readouterr().err
