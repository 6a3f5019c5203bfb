"""``afterword backtest``: counts, confusion matrix, candidate rules, diff, JSON, mailboxes."""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from afterword.daemon.cli import main
from afterword.daemon.detection.backtest import Labels, mailbox_samples, run_backtest
from afterword.daemon.detection.corrections import record_label
from afterword.daemon.mailbox.base import Batch, FetchedMessage, MessageRef
from afterword.daemon.paths import state_db_path
from afterword.daemon.store import Store
from afterword.parsers import RuleSet
from tests.support.dovecot import ImapUser
from tests.support.job_mail import (
    INTERVIEW,
    NEWSLETTER,
    RECEIVED,
    REJECTED,
    TALENT_POOL,
    TALENT_POOL_RULE,
)


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """A mail export: five job emails (one in a sub-folder) and one file that is not mail."""
    mail = tmp_path / "export"
    for message in (REJECTED, RECEIVED, INTERVIEW, NEWSLETTER):
        message.write(mail)
    TALENT_POOL.write(mail / "archive")
    (mail / "archive" / "broken.eml").write_bytes(b"\n\n")
    (mail / "notes.txt").write_text("not an email")
    return mail


@pytest.fixture
def candidate(tmp_path: Path) -> Path:
    """A candidate rules file that makes talent-pool notices rejections."""
    path = tmp_path / "candidate.toml"
    path.write_text(TALENT_POOL_RULE)
    return path


def backtest_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["backtest", "--json", *args]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def write_labels(path: Path, rows: list[tuple[str, str]], key: str = "file") -> Path:
    path.write_text(f"{key},label\n" + "".join(f"{k},{v}\n" for k, v in rows))
    return path


def test_summary_counts_kinds_and_lists_rejections_and_unreadable_files(
        exported: Path, capsys) -> None:
    result = backtest_json(capsys, "--dir", str(exported))
    assert result["summary"]["messages"] == 6
    assert result["summary"]["kinds"] == {"application_received": 2, "rejection": 1,
                                          "interview": 1, "other": 1}
    [rejection] = result["rejections"]
    assert (rejection["key"], rejection["message_id"]) == ("rejected.eml", REJECTED.message_id)
    assert rejection["evidence"][0]["rule"] == "en.rejection.decided_not_to"
    assert [(e["key"], e["error"]) for e in result["errors"]] == [
        ("archive/broken.eml", "empty input")]


def test_labels_give_the_exact_confusion_counts_and_every_mistake(
        exported: Path, tmp_path: Path, capsys) -> None:
    labels = write_labels(tmp_path / "truth.csv", [
        ("rejected.eml", "rejection"),          # found: TP
        ("archive/pool.eml", "rejection"),      # missed: FN
        ("received.eml", "not-rejection"),      # TN
        ("interview.eml", "not-rejection"),     # TN
        ("nowhere.eml", "rejection"),           # matches no message
    ])
    metrics = backtest_json(capsys, "--dir", str(exported), "--labels", str(labels))["metrics"]
    assert (metrics["tp"], metrics["fp"], metrics["fn"], metrics["tn"]) == (1, 0, 1, 2)
    assert (metrics["precision"], metrics["recall"]) == (1.0, 0.5)
    assert metrics["f1"] == pytest.approx(2 / 3)
    assert (metrics["unlabelled"], metrics["labels_unmatched"]) == (1, 1)
    [missed] = metrics["false_negatives"]
    assert (missed["key"], missed["kind"]) == ("archive/pool.eml", "application_received")
    assert missed["evidence"]


def test_a_false_positive_is_listed_with_its_evidence(exported: Path, tmp_path: Path,
                                                      capsys) -> None:
    labels = write_labels(tmp_path / "truth.csv", [(REJECTED.message_id, "not-rejection")],
                          key="message_id")
    assert main(["backtest", "--dir", str(exported), "--labels", str(labels)]) == 0
    out = capsys.readouterr().out
    assert "TP 0 · FP 1 · FN 0 · TN 0" in out
    fp_section = out[out.index("False positives (1)"):out.index("False negatives (0)")]
    assert "rejected.eml" in fp_section and "en.rejection.decided_not_to" in fp_section


def test_the_corpus_labels_shape_is_accepted(exported: Path, tmp_path: Path, capsys) -> None:
    labels = tmp_path / "labels.csv"
    labels.write_text("file,label,kind,language,subtype\n"
                      "rejected.eml,rejection,rejection,en,plain\n"
                      "pool.eml,not_rejection,application_received,en,pool\n")
    metrics = backtest_json(capsys, "--dir", str(exported), "--labels", str(labels))["metrics"]
    assert (metrics["tp"], metrics["fp"], metrics["fn"], metrics["tn"]) == (1, 0, 0, 1)


def test_a_candidate_rules_file_is_measured_without_being_installed(
        exported: Path, candidate: Path, tmp_path: Path, isolated_home: Path, capsys) -> None:
    labels = write_labels(tmp_path / "truth.csv", [("rejected.eml", "rejection"),
                                                   ("archive/pool.eml", "rejection")])
    result = backtest_json(capsys, "--dir", str(exported), "--labels", str(labels),
                           "--rules", str(candidate))
    assert (result["metrics"]["tp"], result["metrics"]["fn"]) == (2, 0)
    assert result["summary"]["rules"] == str(candidate)
    assert not (isolated_home / ".config" / "afterword" / "rules.toml").exists()


def test_diff_lists_only_the_messages_that_change_class(
        exported: Path, candidate: Path, tmp_path: Path, capsys) -> None:
    labels = write_labels(tmp_path / "truth.csv", [("archive/pool.eml", "rejection")])
    result = backtest_json(capsys, "--dir", str(exported), "--rules", str(candidate),
                           "--diff", "--labels", str(labels))
    [change] = result["changes"]
    assert (change["key"], change["before"]["kind"], change["after"]["kind"]) == (
        "archive/pool.eml", "application_received", "rejection")
    assert "user.rejection.talent_pool" in [e["rule"] for e in change["evidence"]]
    assert (result["baseline_metrics"]["recall"], result["metrics"]["recall"]) == (0.0, 1.0)
    assert main(["backtest", "--dir", str(exported), "--rules", str(candidate), "--diff"]) == 0
    assert "archive/pool.eml: application_received" in capsys.readouterr().out


def test_json_is_one_document_with_every_section(exported: Path, capsys) -> None:
    result = backtest_json(capsys, "--dir", str(exported))
    assert set(result) == {"summary", "metrics", "baseline_metrics", "rejections", "errors",
                           "changes"}
    assert set(result["summary"]) == {"source", "rules", "messages", "kinds", "rejections",
                                      "errors"}
    assert (result["metrics"], result["changes"]) == (None, None)
    assert set(result["rejections"][0]) == {"key", "message_id", "subject", "from", "kind",
                                            "score", "evidence"}


def test_store_labels_are_ground_truth(exported: Path, capsys) -> None:
    with Store.open(state_db_path()) as store:
        record_label(store, TALENT_POOL.message_id, "rejection")
        record_label(store, NEWSLETTER.message_id.strip("<>"), "not-rejection")
    metrics = backtest_json(capsys, "--dir", str(exported), "--labels", "store")["metrics"]
    assert (metrics["tp"], metrics["fp"], metrics["fn"], metrics["tn"]) == (0, 0, 1, 1)


@pytest.mark.parametrize(("args", "message"), [
    ([], "give either --dir DIR or --account NAME"),
    (["--dir", ".", "--account", "work"], "give either --dir DIR or --account NAME"),
    (["--dir", ".", "--diff"], "--diff compares your rules with a candidate"),
    (["--dir", ".", "--rules", "missing.toml"], "no rules file missing.toml"),
    (["--dir", "missing-dir"], "missing-dir is not a directory"),
])
def test_inconsistent_options_are_refused(args: list[str], message: str, capsys) -> None:
    assert main(["backtest", *args]) == 2
    assert message in capsys.readouterr().err


def test_a_labels_file_with_an_unknown_label_is_refused(exported: Path, tmp_path: Path,
                                                        capsys) -> None:
    labels = write_labels(tmp_path / "truth.csv", [("rejected.eml", "maybe")])
    assert main(["backtest", "--dir", str(exported), "--labels", str(labels)]) == 2
    assert "line 2: label 'maybe' is not rejection or not-rejection" in capsys.readouterr().err


class ReadOnlyMailbox:
    """A mailbox holding a few messages that records every call made to it."""

    account = "work"

    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None]] = []

    def fetch_new(self, folder: str, cursor: str | None, *, since: datetime | None = None,
                  batch_size: int = 100) -> Iterator[Batch]:
        self.calls.append((folder, cursor))
        messages = [FetchedMessage(MessageRef("work", folder, str(uid)), mail.raw(),
                                   mail.message_id)
                    for uid, mail in enumerate((REJECTED, RECEIVED), 1)]
        yield Batch(folder, messages, cursor="2")


def test_a_mailbox_is_read_from_the_start_of_the_window_without_a_cursor() -> None:
    mailbox = ReadOnlyMailbox()
    samples = mailbox_samples(mailbox, ["INBOX", "Archive"],  # type: ignore[arg-type]
                              since=datetime(2026, 1, 1))
    labels = Labels()
    labels.add(True, message_id=REJECTED.message_id)
    report = run_backtest(samples, RuleSet.load(), labels=labels)
    assert mailbox.calls == [("INBOX", None), ("Archive", None)]
    assert [v.key for v in report.rejections] == ["INBOX/1", "Archive/1"]
    assert report.metrics is not None and report.metrics.tp == 2


def every_file(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_maildir_account_is_backtested_without_touching_mail_or_store(
        tmp_path: Path, capsys) -> None:
    mail = tmp_path / "Mail"
    for sub in ("cur", "new", "tmp"):
        (mail / sub).mkdir(parents=True)
    (mail / "new" / "1700000000.M1P1.host").write_bytes(REJECTED.raw())
    (mail / "cur" / "1700000001.M2P1.host:2,S").write_bytes(RECEIVED.raw())
    before = every_file(mail)
    config = tmp_path / "config.toml"
    config.write_text(f'[[accounts]]\nname = "local"\nkind = "maildir"\npath = "{mail}"\n')

    result = backtest_json(capsys, "--config", str(config), "--account", "local")

    assert result["summary"]["kinds"] == {"rejection": 1, "application_received": 1}
    assert [r["message_id"] for r in result["rejections"]] == [REJECTED.message_id]
    assert every_file(mail) == before
    assert not state_db_path().exists()


@pytest.mark.dovecot
def test_an_imap_account_is_read_with_peek_and_keeps_its_flags(
        imap_user: ImapUser, tmp_path: Path, capsys) -> None:
    seeder = IMAPClient(imap_user.host, port=imap_user.tls_port,
                        ssl_context=ssl.create_default_context(cafile=str(imap_user.ca_file)))
    seeder.login(imap_user.username, imap_user.password)
    for mail in (REJECTED, INTERVIEW):
        seeder.append("INBOX", mail.raw().replace(b"\n", b"\r\n"))
    config = tmp_path / "config.toml"
    config.write_text(
        f'[[accounts]]\nname = "work"\nkind = "imap"\nhost = "{imap_user.host}"\n'
        f'port = {imap_user.tls_port}\nca_file = "{imap_user.ca_file}"\n'
        f'username = "{imap_user.username}"\npassword_command = "echo {imap_user.password}"\n')
    labels = write_labels(tmp_path / "truth.csv", [(REJECTED.message_id, "rejection"),
                                                   (INTERVIEW.message_id, "not-rejection")],
                          key="message_id")

    result = backtest_json(capsys, "--config", str(config), "--account", "work",
                           "--since", "3650d", "--labels", str(labels))

    metrics = result["metrics"]
    assert (metrics["tp"], metrics["fp"], metrics["fn"], metrics["tn"]) == (1, 0, 0, 1)
    seeder.select_folder("INBOX", readonly=True)
    flags = seeder.get_flags(seeder.search(["ALL"]))
    seeder.logout()
    assert len(flags) == 2 and all(b"\\Seen" not in f for f in flags.values())


def test_a_maildir_and_an_mbox_are_read_as_well_as_eml_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mail = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (mail / "Maildir" / sub).mkdir(parents=True)
    (mail / "Maildir" / "cur" / "1.one.host:2,S").write_bytes(REJECTED.raw())
    (mail / "Maildir" / "new" / "2.two.host").write_bytes(RECEIVED.raw())
    (mail / "archive.mbox").write_bytes(
        b"From hr@acme.example Mon Nov  2 10:00:00 2026\n" + INTERVIEW.raw().replace(b"\r\n", b"\n")
        + b"\nFrom hr@acme.example Mon Nov  2 11:00:00 2026\n"
        + NEWSLETTER.raw().replace(b"\r\n", b"\n") + b"\n")
    (mail / "notes.txt").write_text("not an email")
    report = backtest_json(capsys, "--dir", str(mail))
    assert report["summary"]["messages"] == 4


def test_a_folder_without_messages_says_what_it_looked_for(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("not an email")
    assert main(["backtest", "--dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no messages under" in err and "1 other file(s) skipped" in err
    assert ".eml files, Maildir folders (cur/ and new/) and mbox files" in err
