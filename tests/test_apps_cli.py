"""``afterword apps``: every command through ``main(argv)``, on the isolated state database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from afterword.daemon.cli import main
from afterword.daemon.paths import state_db_path
from afterword.daemon.store import Store
from tests.support.histories import GREENHOUSE, MailHistory, Received


@pytest.fixture
def history() -> Iterator[MailHistory]:
    """The user's real (isolated) state database, with mail arriving into it."""
    with Store.open(state_db_path()) as store:
        yield MailHistory(store)


def listed(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["apps", "list", "--json", *extra]) == 0
    result: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return result


def acme_story(history: MailHistory) -> tuple[Received, Received]:
    confirmed = history.receive(kind="application_received", from_=GREENHOUSE,
                                subject="Thanks for applying to Acme", company="Acme",
                                role="Data Analyst", ats="greenhouse", tenant="acme")
    rejected = history.receive(kind="rejection", from_=GREENHOUSE,
                               subject="Your application to Acme", company="Acme",
                               role="Data Analyst", ats="greenhouse", tenant="acme", day=9)
    return confirmed, rejected


def test_add_then_list_json_gives_the_documented_fields(capsys) -> None:
    assert main(["apps", "add", "--company", "Acme GmbH", "--role", "Data Analyst",
                 "--contact", "Dana Reyes <dana@acme.example>", "--applied-on",
                 "2026-03-01"]) == 0
    assert "Added application #1" in capsys.readouterr().out
    [entry] = listed(capsys)
    assert {key: entry[key] for key in ("id", "company", "role", "stage", "emails",
                                        "created_from", "inferred", "muted", "applied_on")} == {
        "id": 1, "company": "Acme GmbH", "role": "Data Analyst", "stage": "applied",
        "emails": 0, "created_from": "manual", "inferred": False, "muted": False,
        "applied_on": "2026-03-01"}


def test_add_refuses_a_date_it_cannot_read(capsys) -> None:
    assert main(["apps", "add", "--company", "Acme", "--role", "Tester",
                 "--applied-on", "1st of March"]) == 2
    assert "is not a date" in capsys.readouterr().err
    assert listed(capsys) == []


def test_list_counts_linked_emails_and_shows_the_next_action(
        history: MailHistory, capsys) -> None:
    _, rejected = acme_story(history)
    with history.store.transaction() as db:
        rejection = db.execute("INSERT INTO rejections (message_row, received_at, status) "
                               "VALUES (?, '2026-03-11T09:00:00+00:00', 'waiting')",
                               (rejected.row,)).lastrowid
        db.execute("INSERT INTO drafts (rejection_id, message_id, due_at, state) "
                   "VALUES (?, '<draft-1@afterword>', '2026-03-16T09:00:00+00:00', "
                   "'scheduled')", (rejection,))
    [entry] = listed(capsys)
    assert (entry["stage"], entry["emails"], entry["next_action"]) == (
        "rejected", 2, "draft due 2026-03-16")
    assert main(["apps", "list"]) == 0
    table = capsys.readouterr().out
    assert "Acme" in table and "draft due 2026-03-16" in table


def test_list_hides_closed_applications_with_nothing_pending_unless_asked(
        history: MailHistory, capsys) -> None:
    acme_story(history)
    history.add("Globex", "Data Engineer")
    assert [e["company"] for e in listed(capsys)] == ["Globex"]
    assert sorted(e["company"] for e in listed(capsys, "--all")) == ["Acme", "Globex"]
    assert [e["company"] for e in listed(capsys, "--stage", "rejected")] == ["Acme"]
    assert main(["apps", "list", "--stage", "ghosted"]) == 2
    assert "unknown stage 'ghosted'" in capsys.readouterr().err


def test_show_prints_the_timeline_with_each_link_reason(history: MailHistory, capsys) -> None:
    confirmed, rejected = acme_story(history)
    app_id = confirmed.decision.application_id
    assert main(["apps", "show", str(app_id)]) == 0
    out = capsys.readouterr().out
    assert "#1 Acme — Data Analyst" in out
    assert "a new application it confirms, confidence 1.00" in out
    assert "same company's hiring system, same role, confidence 0.90" in out
    assert out.index(confirmed.message_id) < out.index(rejected.message_id)


def test_show_explains_an_ambiguous_link(history: MailHistory, capsys) -> None:
    history.add("Hooli", "Data Analyst")
    history.add("Hooli", "Data Engineer")
    got = history.receive(kind="rejection", from_="talent@hooli.xyz", subject="Update",
                          company="Hooli")
    assert main(["apps", "show", str(got.decision.application_id)]) == 0
    out = capsys.readouterr().out
    assert "inferred: no earlier email matched" in out
    assert "note:" in out and "#1 (Data Analyst) or #2 (Data Engineer)" in out


def test_show_json_has_contacts_and_timeline(history: MailHistory, capsys) -> None:
    got = history.receive(kind="interview", from_="Priya Nair <priya@globex.com>",
                          subject="Interview", company="Globex", role="Data Analyst")
    assert main(["apps", "show", str(got.decision.application_id), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["contacts"] == [{"name": "Priya Nair", "address": "priya@globex.com"}]
    assert [(t["message_id"], t["reason"], t["manual"]) for t in shown["timeline"]] == [
        (got.message_id, "no-match", False)]
    assert (shown["stage"], shown["inferred"], shown["emails"]) == ("interviewing", True, 1)


def test_show_names_the_fix_for_an_unknown_id(capsys) -> None:
    assert main(["apps", "show", "42"]) == 2
    assert "no application #42 (`afterword apps list --all` lists them)" in \
        capsys.readouterr().err


def test_link_and_unlink_correct_the_threading(history: MailHistory, capsys) -> None:
    _, rejected = acme_story(history)
    other = history.add("Acme", "Data Engineer")
    assert main(["apps", "link", rejected.message_id.strip("<>"), str(other)]) == 0
    by_id = {e["id"]: e for e in listed(capsys, "--all")}
    assert (by_id[1]["stage"], by_id[1]["emails"]) == ("applied", 1)
    assert (by_id[other]["stage"], by_id[other]["emails"]) == ("rejected", 1)
    assert main(["apps", "unlink", rejected.message_id]) == 0
    assert listed(capsys, "--all")[0]["emails"] + listed(capsys, "--all")[1]["emails"] == 1
    assert main(["apps", "link", "<nowhere@mail.test>", "1"]) == 2
    assert "no stored message has Message-ID <nowhere@mail.test>" in capsys.readouterr().err


def test_mute_unmute_and_note(capsys) -> None:
    main(["apps", "add", "--company", "Wayne", "--role", "Analyst"])
    assert main(["apps", "mute", "1"]) == 0
    assert listed(capsys)[0]["muted"] is True
    assert main(["apps", "unmute", "1"]) == 0
    assert listed(capsys)[0]["muted"] is False
    assert main(["apps", "note", "1", "met Bruce at the meetup"]) == 0
    assert main(["apps", "note", "1", "sent portfolio"]) == 0
    assert listed(capsys)[0]["notes"] == "met Bruce at the meetup\nsent portfolio"
    assert main(["apps", "mute", "9"]) == 2


SPREADSHEET = """\
company,role,stage,applied_on,contact_name,contact_email,notes
Acme,Data Analyst,applied,2026-02-01,Dana Reyes,dana@acme.example,referral
Globex Inc.,Data Engineer,interviewing,2026-02-03,,,
Initech,QA Engineer,,,,,
"""


def test_import_twice_creates_nothing_the_second_time(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "apps.csv"
    sheet.write_text(SPREADSHEET, encoding="utf-8")
    assert main(["apps", "import", str(sheet)]) == 0
    assert "Imported 3 application(s); 0 already known" in capsys.readouterr().out
    assert main(["apps", "import", str(sheet)]) == 0
    assert "Imported 0 application(s); 3 already known" in capsys.readouterr().out
    entries = listed(capsys)
    assert sorted((e["company"], e["stage"], e["created_from"]) for e in entries) == [
        ("Acme", "applied", "import"), ("Globex Inc.", "interviewing", "import"),
        ("Initech", "applied", "import")]


def test_import_reports_malformed_rows_by_line_and_imports_the_rest(
        tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "apps.csv"
    sheet.write_text(
        "company,role,stage,applied_on,contact_email\n"
        "Acme,Data Analyst,applied,2026-02-01,dana@acme.example\n"
        ",Orphan Role,applied,,\n"
        "Globex,Engineer,ghosted,,\n"
        "Initech,Tester,applied,yesterday,\n"
        "Hooli,Analyst,applied,,not-an-address\n"
        "Soylent,Chemist,applied,,,surplus\n"
        "Umbrella,Chemist,rejected,2026-01-15,\n", encoding="utf-8")
    assert main(["apps", "import", str(sheet)]) == 1
    captured = capsys.readouterr()
    assert "Imported 2 application(s); 0 already known; 5 row(s) skipped." in captured.out
    err = captured.err
    for line, why in ((3, "company is empty"), (4, "stage 'ghosted'"),
                      (5, "applied_on 'yesterday'"), (6, "contact_email 'not-an-address'"),
                      (7, "more values than the header")):
        assert f"apps.csv:{line}: skipped: {why}" in err
    assert sorted(e["company"] for e in listed(capsys, "--all")) == ["Acme", "Umbrella"]


def test_import_does_not_duplicate_applications_tracked_from_mail(
        history: MailHistory, tmp_path: Path, capsys) -> None:
    acme_story(history)
    sheet = tmp_path / "apps.csv"
    sheet.write_text("company,role,applied_on\nACME Inc.,data analyst,2026-03-02\n")
    assert main(["apps", "import", str(sheet)]) == 0
    assert "Imported 0 application(s); 1 already known" in capsys.readouterr().out


def test_import_without_a_company_column_is_refused(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "apps.csv"
    sheet.write_text("employer,role\nAcme,Analyst\n")
    assert main(["apps", "import", str(sheet)]) == 2
    assert "no 'company' column" in capsys.readouterr().err


def test_export_then_import_into_a_fresh_home_round_trips(
        history: MailHistory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    acme_story(history)
    sheet = tmp_path / "apps.csv"
    sheet.write_text(SPREADSHEET, encoding="utf-8")
    main(["apps", "import", str(sheet)])
    assert main(["apps", "note", "1", "asked for feedback"]) == 0
    exported = tmp_path / "export.csv"
    assert main(["apps", "export", str(exported)]) == 0
    assert "Wrote 4 application(s)" in capsys.readouterr().out
    assert main(["apps", "import", str(exported)]) == 0
    assert "Imported 0 application(s); 4 already known" in capsys.readouterr().out

    def fields(entries: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return sorted((e["company"], e["role"], e["stage"], e["applied_on"], e["notes"])
                      for e in entries)

    before = fields(listed(capsys, "--all"))
    monkeypatch.setenv("AFTERWORD_HOME", str(tmp_path / "elsewhere"))
    assert main(["apps", "import", str(exported)]) == 0
    assert fields(listed(capsys, "--all")) == before
    assert main(["apps", "import", str(exported)]) == 0
    assert "Imported 0 application(s); 4 already known" in capsys.readouterr().out


def test_every_apps_command_has_help(capsys) -> None:
    for command in ("list", "show", "add", "link", "unlink", "mute", "unmute", "note",
                    "import", "export"):
        assert main(["apps", command, "--help"]) == 0
        assert "Usage: afterword apps " + command in capsys.readouterr().out


@pytest.mark.parametrize(("arguments", "problem"), [
    (["--company", "", "--role", ""], "company is empty"),
    (["--company", "  ", "--role", "Analyst"], "company is empty"),
    (["--company", "Quillon", "--role", "Analyst", "--applied-on", "last week"],
     "is not a date like"),
])
def test_apps_add_refuses_what_apps_import_refuses(arguments: list[str], problem: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["apps", "add", *arguments]) == 2
    assert problem in capsys.readouterr().err
    assert main(["apps", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_drafts_list_and_apps_list_name_the_company_alike(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.support import mail_story
    from tests.test_poison_mail import NOW, maildir_account

    config, maildir = maildir_account(tmp_path)
    (maildir / "new" / "1.r.host").write_bytes(mail_story.email(
        sender="People Team <people@acme-corp.example>", subject="Your application",
        body="Thank you for your interest in the position at Acme Corp and for the time you "
             "spent with us. We have decided not to move forward with your application.\n",
        message_id="<acme-1@acme-corp.example>", sent=NOW))
    assert main(["--config", str(config), "run", "--once"]) == 0
    capsys.readouterr()
    assert main(["--config", str(config), "apps", "list", "--json"]) == 0
    [application] = json.loads(capsys.readouterr().out)
    assert main(["--config", str(config), "drafts", "list", "--json"]) == 0
    [draft] = json.loads(capsys.readouterr().out)
    assert draft["company"] == application["company"]
    assert not application["company"].endswith(" and")
