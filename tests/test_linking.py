"""Threading job emails to applications: realistic histories, each link and its reason."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from afterword.daemon.applications.linking import (
    JobEmail,
    link_job_email,
    link_manually,
    unlink_manually,
)
from afterword.daemon.store import Store
from afterword.daemon.store import apps as store_apps
from afterword.daemon.store.mail import message_by_row
from tests.support.histories import GREENHOUSE, SCENARIOS, MailHistory, Scenario


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "afterword.sqlite3") as opened:
        yield opened


@pytest.fixture
def history(store: Store) -> MailHistory:
    return MailHistory(store)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_every_email_of_a_history_lands_on_its_application_for_the_stated_reason(
        scenario: Scenario, history: MailHistory) -> None:
    for outcome in history.play(scenario):
        expected_app, expected_reason = outcome.step.expect
        assert outcome.right_application, (outcome.step.subject, expected_app, outcome.decision)
        assert outcome.decision.reason == expected_reason, outcome.step.subject


def test_ats_confirmation_recruiter_interview_and_ats_rejection_make_one_application(
        history: MailHistory) -> None:
    confirmed = history.receive(kind="application_received", from_=GREENHOUSE,
                                subject="Thanks for applying", company="Acme",
                                role="Data Analyst", ats="greenhouse", tenant="acme")
    invited = history.receive(kind="interview", from_="Dana Reyes <dana.reyes@acme.com>",
                              subject="Next steps", company="Acme", role="Data Analyst", day=5)
    rejected = history.receive(kind="rejection", from_=GREENHOUSE, subject="Your application",
                               company="Acme", role="Data Analyst", ats="greenhouse",
                               tenant="acme", day=19)

    app_id = confirmed.decision.application_id
    assert app_id is not None
    assert (confirmed.decision.created, confirmed.decision.reason) == (True, "new-application")
    assert (invited.decision.application_id, invited.decision.reason) == (app_id,
                                                                          "company+role")
    assert (rejected.decision.application_id, rejected.decision.reason) == (app_id,
                                                                            "ats-tenant+role")
    app = history.app(app_id)
    assert (app.stage, app.created_from, app.inferred) == ("rejected", "mail", False)
    assert (app.ats, app.ats_tenant, app.domain, app.applied_at) == (
        "greenhouse", "acme", "acme.com", "2026-03-02")
    contacts = store_apps.contacts(history.store.db, app_id)
    assert [(c.name, c.address) for c in contacts] == [("Dana Reyes", "dana.reyes@acme.com")]


def test_interview_and_offer_advance_the_stage_and_nothing_moves_it_back(
        history: MailHistory) -> None:
    first = history.receive(kind="application_received", from_="Jobs <jobs@initech.example>",
                            subject="Received", company="Initech", role="Tester")
    app_id = first.decision.application_id
    history.receive(kind="interview", from_="Jobs <jobs@initech.example>", subject="Interview",
                    company="Initech", role="Tester", day=3)
    assert history.app(app_id).stage == "interviewing"
    history.receive(kind="offer", from_="Jobs <jobs@initech.example>", subject="Offer",
                    company="Initech", role="Tester", day=9)
    late_invite = history.receive(kind="interview", from_="Jobs <jobs@initech.example>",
                                  subject="Interview reminder", company="Initech",
                                  role="Tester", day=1)
    assert late_invite.decision.application_id == app_id
    assert history.app(app_id).stage == "offer"


def test_two_roles_at_one_company_are_told_apart_by_role(history: MailHistory) -> None:
    analyst = history.add("Globex", "Data Analyst")
    engineer = history.add("Globex", "Data Engineer")
    rejection = history.receive(kind="rejection", from_="Globex <no-reply@hire.lever.co>",
                                subject="Update", company="Globex",
                                role="Data Engineer (f/m/x)")
    assert (rejection.decision.application_id, rejection.decision.reason) == (engineer,
                                                                              "company+role")
    assert history.app(analyst).stage == "applied"
    assert history.app(engineer).stage == "rejected"


def test_agency_domain_never_stands_for_its_client(history: MailHistory) -> None:
    agent = "Tom Baker <tom.baker@brightstaff.co.uk>"
    contoso = history.receive(kind="application_received", from_=agent, subject="Contoso",
                              company="Contoso", role="Product Manager")
    fabrikam = history.receive(kind="interview", from_=agent, subject="Fabrikam interview",
                               company="Fabrikam", role="Product Manager", day=2)
    assert fabrikam.decision.application_id != contoso.decision.application_id
    assert fabrikam.decision.reason == "no-match"
    contoso_app = history.app(contoso.decision.application_id)
    assert contoso_app.domain is None
    contacts = store_apps.contacts(history.store.db, contoso_app.id)
    assert [c.name for c in contacts] == ["Tom Baker"]


def test_rejection_with_no_prior_email_creates_an_inferred_rejected_application(
        history: MailHistory) -> None:
    got = history.receive(kind="rejection", from_="no-reply@umbrella.io",
                          subject="Your application", company="Umbrella Corporation",
                          role="Chemist")
    app = history.app(got.decision.application_id)
    assert (got.decision.created, got.decision.inferred, got.decision.reason) == (
        True, True, "no-match")
    assert (app.company, app.company_key, app.stage, app.role) == (
        "Umbrella Corporation", "umbrella", "rejected", "Chemist")
    assert store_apps.contacts(history.store.db, app.id) == []


def test_forwarded_rejection_links_by_company_and_keeps_the_user_out_of_contacts(
        history: MailHistory) -> None:
    confirmed = history.receive(kind="application_received",
                                from_="Northwind <noreply@candidates.workablemail.com>",
                                subject="Thanks", company="Northwind", role="QA Engineer")
    forwarded = history.receive(kind="rejection", from_="Sam Lee <sam.lee@samlee.dev>",
                                subject="WG: Ihre Bewerbung", company="Northwind GmbH", day=4)
    assert (forwarded.decision.application_id, forwarded.decision.reason) == (
        confirmed.decision.application_id, "company-only")
    app = history.app(confirmed.decision.application_id)
    assert app.domain is None
    assert store_apps.contacts(history.store.db, app.id) == []


def test_ambiguous_email_creates_an_inferred_application_with_a_note_naming_both(
        history: MailHistory) -> None:
    analyst = history.add("Hooli", "Data Analyst")
    engineer = history.add("Hooli", "Data Engineer")
    got = history.receive(kind="rejection", from_="Hooli <talent@hooli.xyz>",
                          subject="Your application", company="Hooli")
    decision = got.decision
    assert decision.application_id not in (analyst, engineer)
    assert (decision.reason, decision.inferred, decision.created) == ("ambiguous", True, True)
    assert decision.note is not None
    assert f"#{analyst} (Data Analyst)" in decision.note
    assert f"#{engineer} (Data Engineer)" in decision.note
    assert got.message_id in decision.note
    timeline = store_apps.timeline(history.store.db, decision.application_id or 0)
    assert [entry.note for entry in timeline] == [decision.note]
    assert history.app(analyst).stage == history.app(engineer).stage == "applied"


def test_a_manual_link_wins_over_rules_and_is_never_relinked(history: MailHistory) -> None:
    wanted = history.add("Stark Industries", "ML Engineer")
    got = history.receive(kind="rejection", from_="careers@starkindustries.com",
                          subject="Application", company="Stark Industries",
                          role="Machine Learning Engineer")
    guess = got.decision.application_id
    with history.store.transaction() as db:
        assert link_manually(db, got.message_id, wanted) == 1
        again = link_job_email(db, _job_email_of(db, got.row, got.message_id))
    assert (again.application_id, again.reason, again.created) == (wanted, "manual", False)
    assert history.app(wanted).stage == "rejected"
    assert store_apps.get_application(history.store.db, guess or 0) is None


def test_a_manual_unlink_keeps_the_message_out_of_every_application(
        history: MailHistory) -> None:
    got = history.receive(kind="interview", from_="Lena <lena@vandelay.com>",
                          subject="Interview", company="Vandelay", role="Importer")
    app_id = got.decision.application_id
    with history.store.transaction() as db:
        unlink_manually(db, got.message_id)
        again = link_job_email(db, _job_email_of(db, got.row, got.message_id))
    assert (again.application_id, again.reason) == (None, "manual")
    assert store_apps.get_application(history.store.db, app_id or 0) is None


def test_moving_a_rejection_by_hand_reopens_the_application_it_left(
        history: MailHistory) -> None:
    first = history.receive(kind="application_received", from_="jobs@soylent.example",
                            subject="Received", company="Soylent", role="Food Scientist")
    other = history.add("Soylent", "Lab Technician")
    rejection = history.receive(kind="rejection", from_="jobs@soylent.example",
                                subject="Update", company="Soylent", role="Food Scientist",
                                day=3)
    assert rejection.decision.application_id == first.decision.application_id
    with history.store.transaction() as db:
        link_manually(db, rejection.message_id, other)
    assert history.app(first.decision.application_id).stage == "applied"
    assert history.app(other).stage == "rejected"


def test_a_muted_application_collects_mail_and_says_so(history: MailHistory) -> None:
    app_id = history.add("Wayne Enterprises", "Financial Analyst")
    with history.store.transaction() as db:
        store_apps.set_muted(db, app_id, True)
    got = history.receive(kind="rejection", from_="jobs@wayne.example", subject="Update",
                          company="Wayne Enterprises", role="Financial Analyst")
    assert (got.decision.application_id, got.decision.muted) == (app_id, True)
    assert history.app(app_id).muted


def test_a_backend_thread_id_links_a_reply_that_names_nothing(history: MailHistory) -> None:
    confirmed = history.receive(kind="application_received", from_="no-reply@ashbyhq.com",
                                subject="Received", company="Pied Piper", role="Platform",
                                thread="t-7")
    reply = history.receive(kind="interview", from_="Gavin <gavin@piedpiper.com>",
                            subject="Chat?", thread="t-7", day=2)
    assert (reply.decision.application_id, reply.decision.reason) == (
        confirmed.decision.application_id, "thread-id")
    assert reply.decision.confidence > 0.9


def test_linking_the_same_message_twice_changes_nothing(history: MailHistory) -> None:
    got = history.receive(kind="rejection", from_="no-reply@umbrella.io", subject="No",
                          company="Umbrella", role="Chemist")
    with history.store.transaction() as db:
        again = link_job_email(db, _job_email_of(db, got.row, got.message_id))
    assert (again.application_id, again.reason, again.created) == (
        got.decision.application_id, "no-match", False)
    assert len(store_apps.all_applications(history.store.db)) == 1


def _job_email_of(db: sqlite3.Connection, row: int, message_id: str) -> JobEmail:
    """The JobEmail the pipeline would build again for a stored message."""
    seen = message_by_row(db, row)
    assert seen is not None
    return JobEmail(message_row=row, message_id=message_id, in_reply_to=None, references=(),
                    thread_id=seen.thread_id, kind=seen.kind, sent_at=seen.sent_at,
                    subject=seen.subject, from_addr=seen.from_addr, from_name=None,
                    reply_to=None, recipient_name=None, company="Someone Else",
                    role=None, ats=None, ats_tenant=None)


def test_a_recruiter_behind_an_ats_no_reply_address_is_kept_by_reply_to(
        history: MailHistory) -> None:
    got = history.receive(kind="interview", from_=GREENHOUSE, subject="Interview",
                          company="Acme", role="Data Analyst", ats="greenhouse", tenant="acme",
                          reply_to="dana.reyes@acme.com", recruiter="Dana Reyes")
    people = store_apps.contacts(history.store.db, history.app(got.decision.application_id).id)
    assert [(c.name, c.address) for c in people] == [("Dana Reyes", "dana.reyes@acme.com")]
