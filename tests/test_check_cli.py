"""``afterword check``: offline classification with its evidence, from files or stdin."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from afterword.daemon.cli import main
from tests.support.job_mail import REJECTED, TALENT_POOL, TALENT_POOL_RULE

FIELDS = {"file", "kind", "is_rejection", "score", "language", "company", "role",
          "recipient_name", "reply_to", "no_feedback_policy", "evidence"}


def test_json_has_the_documented_fields_and_evidence(tmp_path: Path, capsys) -> None:
    path = REJECTED.write(tmp_path)
    assert main(["check", "--json", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) >= FIELDS
    assert (result["file"], result["kind"], result["is_rejection"], result["language"],
            result["company"], result["reply_to"]) == (
        str(path), "rejection", True, "en", "Nordwind", "jobs@nordwind.example")
    assert result["score"] >= 0.5
    assert {"rule": "en.rejection.decided_not_to", "text": "decided not to move",
            "weight": 0.85} in [{**e, "weight": round(e["weight"], 2)}
                                for e in result["evidence"]]
    assert all(set(e) == {"rule", "text", "weight"} for e in result["evidence"])


def test_dash_reads_the_message_from_stdin(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(REJECTED.raw())))
    assert main(["check", "--json", "-"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["file"], result["kind"]) == ("-", "rejection")


def test_an_unreadable_file_exits_2_after_checking_the_others(tmp_path: Path, capsys) -> None:
    good = REJECTED.write(tmp_path)
    assert main(["check", "--json", str(tmp_path / "missing.eml"), str(good)]) == 2
    captured = capsys.readouterr()
    assert "missing.eml: cannot read" in captured.err
    assert json.loads(captured.out)["kind"] == "rejection"


def test_explain_lists_the_rules_and_the_text_they_matched(tmp_path: Path, capsys) -> None:
    assert main(["check", "--explain", str(REJECTED.write(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "rejection" in out and "en.rejection.decided_not_to: decided not to move" in out


def test_a_candidate_rules_file_changes_the_decision(tmp_path: Path, capsys) -> None:
    candidate = tmp_path / "candidate.toml"
    candidate.write_text(TALENT_POOL_RULE)
    path = TALENT_POOL.write(tmp_path)
    assert main(["check", "--json", "--rules", str(candidate), str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "rejection"
