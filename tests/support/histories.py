"""Job-mail histories as data, and :class:`MailHistory`, which plays them into a store.

Each :class:`Scenario` is a short story of steps: emails arriving (:class:`Receive`),
the user adding, muting or re-linking by hand. A received email names the
application it should land on by a story name ("acme-analyst") and the reason the
linker should give. ``tests/test_linking.py`` asserts every step;
``bench/linking.py`` counts how many are right. All names, addresses and
subjects here are invented.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr

from afterword.daemon.applications.linking import (
    JobEmail,
    LinkDecision,
    link_job_email,
    link_manually,
)
from afterword.daemon.store import Store
from afterword.daemon.store import apps as store_apps
from afterword.daemon.store.details import MessageDetails
from afterword.daemon.store.mail import record_message
from afterword.parsers.company_names import company_key

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Receive:
    """An email arriving; ``expect`` is (story name of its application, link reason)."""

    kind: str
    from_: str
    subject: str
    expect: tuple[str, str]
    company: str | None = None
    role: str | None = None
    ats: str | None = None
    tenant: str | None = None
    reply_to: str | None = None
    recruiter: str | None = None
    thread: str | None = None
    replies_to: str | None = None
    label: str | None = None
    day: int = 0


@dataclass(frozen=True)
class AddApp:
    """The user tracks an application by hand."""

    name: str
    company: str
    role: str


@dataclass(frozen=True)
class Mute:
    name: str


@dataclass(frozen=True)
class LinkByHand:
    """The user corrects the threading: the email ``label`` belongs to application ``name``."""

    label: str
    name: str


Step = Receive | AddApp | Mute | LinkByHand


@dataclass(frozen=True)
class Scenario:
    name: str
    story: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Received:
    """What happened to one email: its ids and the linker's decision."""

    row: int
    message_id: str
    decision: LinkDecision


@dataclass(frozen=True)
class Outcome:
    """One email of a played scenario: was it linked where and why the story says."""

    step: Receive
    decision: LinkDecision
    right_application: bool
    right_reason: bool


@dataclass
class MailHistory:
    """A mailbox's job-mail history, received one email at a time into ``store``."""

    store: Store
    account: str = "personal"
    apps: dict[str, int] = field(default_factory=dict)
    mails: dict[str, Received] = field(default_factory=dict)
    _serial: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def receive(self, *, kind: str, from_: str, subject: str, company: str | None = None,
                role: str | None = None, ats: str | None = None, tenant: str | None = None,
                reply_to: str | None = None, recruiter: str | None = None,
                thread: str | None = None, replies_to: Received | None = None,
                day: int = 0) -> Received:
        """Record one classified email and link it, as the pipeline does."""
        number = next(self._serial)
        message_id = f"<m{number}.{day}@mail.test>"
        name, address = parseaddr(from_)
        sent_at = START + timedelta(days=day, minutes=number)
        parents = (replies_to.message_id,) if replies_to else ()
        with self.store.transaction() as db:
            row = record_message(
                db, account=self.account, folder="INBOX", ref_key=f"1:{number}",
                message_id=message_id, thread_id=thread, subject=subject, from_addr=address,
                sent_at=sent_at, kind=kind, score=5.0, language=None, details=MessageDetails())
            assert row is not None
            decision = link_job_email(db, JobEmail(
                message_row=row, message_id=message_id,
                in_reply_to=parents[0] if parents else None, references=parents,
                thread_id=thread, kind=kind, sent_at=sent_at, subject=subject,
                from_addr=address or None, from_name=name or None, reply_to=reply_to,
                recipient_name=recruiter, company=company, role=role, ats=ats,
                ats_tenant=tenant))
        return Received(row, message_id, decision)

    def add(self, company: str, role: str) -> int:
        with self.store.transaction() as db:
            return store_apps.create_application(
                db, company=company, company_key=company_key(company), role=role,
                stage="applied", created_from="manual")

    def app(self, app_id: int | None) -> store_apps.Application:
        assert app_id is not None
        return store_apps.require_application(self.store.db, app_id)

    def play(self, scenario: Scenario) -> list[Outcome]:
        """Run every step; for each email, say whether it went where the story says."""
        outcomes = []
        for step in scenario.steps:
            if isinstance(step, AddApp):
                self.apps[step.name] = self.add(step.company, step.role)
            elif isinstance(step, Mute):
                with self.store.transaction() as db:
                    store_apps.set_muted(db, self.apps[step.name], True)
            elif isinstance(step, LinkByHand):
                with self.store.transaction() as db:
                    link_manually(db, self.mails[step.label].message_id, self.apps[step.name])
            else:
                outcomes.append(self._receive_step(step))
        return outcomes

    def _receive_step(self, step: Receive) -> Outcome:
        parent = self.mails[step.replies_to] if step.replies_to else None
        got = self.receive(kind=step.kind, from_=step.from_, subject=step.subject,
                           company=step.company, role=step.role, ats=step.ats,
                           tenant=step.tenant, reply_to=step.reply_to,
                           recruiter=step.recruiter, thread=step.thread, replies_to=parent,
                           day=step.day)
        if step.label:
            self.mails[step.label] = got
        name, reason = step.expect
        app_id = got.decision.application_id
        if name in self.apps:
            right = app_id == self.apps[name]
        else:
            right = app_id is not None and app_id not in self.apps.values()
            if app_id is not None:
                self.apps[name] = app_id
        return Outcome(step, got.decision, right, got.decision.reason == reason)


GREENHOUSE = "Acme Hiring via Greenhouse <no-reply@greenhouse.io>"

SCENARIOS: tuple[Scenario, ...] = (
    Scenario("ats-recruiter-ats", "Confirmation from an ATS no-reply address, an interview from "
             "the recruiter's own address, then the rejection from the ATS again.", (
        Receive("application_received", GREENHOUSE, "Thanks for applying to Acme",
                ("acme-analyst", "new-application"), company="Acme", role="Data Analyst",
                ats="greenhouse", tenant="acme"),
        Receive("interview", "Dana Reyes <dana.reyes@acme-analytics.com>",
                "Next steps for the Data Analyst role", ("acme-analyst", "company+role"),
                company="Acme", role="Data Analyst", day=6),
        Receive("rejection", GREENHOUSE, "Your application to Acme",
                ("acme-analyst", "ats-tenant+role"), company="Acme", role="Data Analyst",
                ats="greenhouse", tenant="acme", day=20),
    )),
    Scenario("two-roles-one-company", "Two applications at Globex, told apart by role.", (
        Receive("application_received", "Globex <no-reply@hire.lever.co>",
                "Globex: application received", ("globex-analyst", "new-application"),
                company="Globex", role="Data Analyst", ats="lever", tenant="globex"),
        Receive("application_received", "Globex <no-reply@hire.lever.co>",
                "Globex: application received", ("globex-engineer", "new-application"),
                company="Globex", role="Data Engineer", ats="lever", tenant="globex", day=1),
        Receive("rejection", "Globex <no-reply@hire.lever.co>", "Update from Globex",
                ("globex-engineer", "ats-tenant+role"), company="Globex",
                role="Senior Data Engineer", ats="lever", tenant="globex", day=9),
        Receive("interview", "Priya Nair <priya@globex.com>", "Data Analyst interview",
                ("globex-analyst", "company+role"), company="Globex Inc.",
                role="Data Analyst", day=10),
    )),
    Scenario("one-company-two-atss", "Initech moved ATS: confirmed by SmartRecruiters, "
             "rejected through Workday.", (
        Receive("application_received", "Initech <noreply@smartrecruiters.com>",
                "Thank you for applying to Initech", ("initech-sre", "new-application"),
                company="Initech LLC", role="Site Reliability Engineer",
                ats="smartrecruiters", tenant="InitechGroup"),
        Receive("rejection", "Initech Careers <initech@myworkday.com>",
                "Your Initech application", ("initech-sre", "company+role"),
                company="Careers at Initech", role="Site Reliability Engineer II",
                ats="workday", tenant="initech", day=12),
    )),
    Scenario("recruiting-agency", "An agency recruiter writes about two client companies; "
             "its own domain must not merge them.", (
        Receive("application_received", "Tom Baker <tom.baker@brightstaff.co.uk>",
                "Your application for Product Manager at Contoso",
                ("contoso-pm", "new-application"), company="Contoso", role="Product Manager"),
        Receive("application_received", "Tom Baker <tom.baker@brightstaff.co.uk>",
                "Product Owner role at Fabrikam", ("fabrikam-po", "new-application"),
                company="Fabrikam", role="Product Owner", day=2),
        Receive("rejection", "Tom Baker <tom.baker@brightstaff.co.uk>",
                "Update on the Contoso role", ("contoso-pm", "company+role"),
                company="Contoso", role="Product Manager", day=8),
    )),
    Scenario("rejection-first", "A rejection with no earlier email creates an inferred "
             "application.", (
        Receive("rejection", "Umbrella Careers <careers@umbrella.io>",
                "Regarding your application", ("umbrella", "no-match"),
                company="Umbrella", role="Bioinformatician"),
    )),
    Scenario("forwarded-rejection", "The user forwards a rejection to themself.", (
        Receive("application_received", "Northwind <noreply@candidates.workablemail.com>",
                "Thanks for applying to Northwind", ("northwind-qa", "new-application"),
                company="Northwind", role="QA Engineer", ats="workable", tenant="northwind"),
        Receive("rejection", "Sam Lee <sam.lee@gmail.com>",
                "Fwd: Your application to Northwind", ("northwind-qa", "company-only"),
                company="Northwind Traders Ltd", day=15),
    )),
    Scenario("german", "A German history: Bewerbung als Werkstudent, GmbH.", (
        Receive("application_received", "Müller Technik GmbH <bewerbung@mueller-technik.de>",
                "Ihre Bewerbung als Werkstudent Data Analytics (m/w/d)",
                ("mueller-werkstudent", "new-application"), company="Müller Technik GmbH",
                role="Werkstudent Data Analytics (m/w/d)"),
        Receive("interview", "Petra Schmidt <petra.schmidt@mueller-technik.de>",
                "Einladung zum Vorstellungsgespräch",
                ("mueller-werkstudent", "domain+role"), company="Müller Technik",
                role="Werkstudent:in Data Analytics", day=7),
        Receive("rejection", "Müller Technik <noreply@mueller-technik.de>",
                "Absage: Ihre Bewerbung als Werkstudent Data Analytics",
                ("mueller-werkstudent", "domain+role"), company="Müller Technik GmbH & Co. KG",
                role="Werkstudent Data Analytics", day=21),
    )),
    Scenario("french", "A French history: candidature, SAS.", (
        Receive("application_received", "Recrutement Tailspin <recrutement@tailspin.fr>",
                "Accusé de réception de votre candidature",
                ("tailspin-dev", "new-application"), company="Tailspin SAS",
                role="Développeur Python H/F"),
        Receive("rejection", "Claire Martin <claire.martin@tailspin.fr>",
                "Votre candidature chez Tailspin", ("tailspin-dev", "domain+role"),
                company="Tailspin", role="Développeur Python (F/H)", day=11),
    )),
    Scenario("ambiguous", "Two open applications at one company and a rejection naming no "
             "role: linked to neither.", (
        AddApp("hooli-analyst", "Hooli", "Data Analyst"),
        AddApp("hooli-engineer", "Hooli", "Data Engineer"),
        Receive("rejection", "Hooli Talent <talent@hooli.xyz>", "Your application at Hooli",
                ("hooli-unsure", "ambiguous"), company="Hooli"),
    )),
    Scenario("manual-link-sticks", "The user re-links a rejection; the correction wins and its "
             "thread follows.", (
        AddApp("stark-ml", "Stark Industries", "ML Engineer"),
        AddApp("stark-ds", "Stark Industries", "Data Scientist"),
        Receive("rejection", "Stark Careers <careers@starkindustries.com>",
                "Machine Learning Engineer application", ("stark-guess", "no-match"),
                company="Stark Industries", role="Machine Learning Engineer",
                label="stark-rejection"),
        LinkByHand("stark-rejection", "stark-ml"),
        Receive("rejection", "Stark Careers <careers@starkindustries.com>",
                "Re: Machine Learning Engineer application", ("stark-ml", "in-reply-to"),
                company="Stark Industries", replies_to="stark-rejection", day=1),
    )),
    Scenario("muted", "A muted application still collects its mail.", (
        AddApp("wayne", "Wayne Enterprises", "Financial Analyst"),
        Mute("wayne"),
        Receive("rejection", "Wayne Enterprises <jobs@wayne.example>",
                "Financial Analyst application", ("wayne", "company+role"),
                company="Wayne Enterprises, Inc.", role="Financial Analyst"),
    )),
    Scenario("gmail-thread", "A recruiter answers in the same Gmail thread without naming "
             "the company.", (
        Receive("application_received", "Pied Piper <no-reply@ashbyhq.com>",
                "Application received", ("piper-platform", "new-application"),
                company="Pied Piper", role="Platform Engineer", ats="ashby",
                tenant="piedpiper", thread="t-100"),
        Receive("interview", "Gavin Blake <gavin@piedpiper.com>", "Quick chat?",
                ("piper-platform", "thread-id"), thread="t-100", day=4),
    )),
    Scenario("reply-chain", "A rejection replying to an interview thread names nothing.", (
        Receive("interview", "Lena Vogel <lena.vogel@vandelay.com>",
                "Interview for Import Analyst", ("vandelay", "no-match"),
                company="Vandelay Industries", role="Import Analyst", label="invite"),
        Receive("rejection", "Lena Vogel <lena.vogel@vandelay.com>", "Re: Interview",
                ("vandelay", "in-reply-to"), replies_to="invite", day=9),
    )),
    Scenario("reapply-after-rejection", "Rejected, then a new application for the same role "
             "months later is a new application.", (
        Receive("application_received", GREENHOUSE, "Thanks for applying to Acme",
                ("acme-first", "new-application"), company="Acme", role="Data Analyst",
                ats="greenhouse", tenant="acme"),
        Receive("rejection", GREENHOUSE, "Your application to Acme",
                ("acme-first", "ats-tenant+role"), company="Acme", role="Data Analyst",
                ats="greenhouse", tenant="acme", day=10),
        Receive("application_received", GREENHOUSE, "Thanks for applying to Acme",
                ("acme-second", "new-application"), company="Acme", role="Data Analyst",
                ats="greenhouse", tenant="acme", day=120),
    )),
    Scenario("company-only", "The one open application at a company takes a rejection that "
             "names no role.", (
        Receive("application_received", "Soylent <jobs@soylent.example>",
                "We received your application", ("soylent", "new-application"),
                company="Soylent Corp", role="Food Scientist"),
        Receive("rejection", "Soylent Recruiting <recruiting@soylent.example>",
                "Your application", ("soylent", "company-only"), company="Soylent", day=5),
    )),
)
