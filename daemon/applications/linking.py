"""Threading job emails to tracked applications, strongest evidence first.

:func:`link_job_email` decides which application one classified job email
belongs to, stores the link with its reason and confidence, creates or advances
the application, and records the human sender as a contact. The order of evidence:

1. ``in-reply-to`` / ``thread-id``: the email replies to, references, or shares a
   backend thread with a stored message that is already linked;
2. ``ats-tenant+role`` / ``domain+role``: same ATS tenant or employer domain, and the
   role matches (a domain only counts when the company name does not contradict it,
   so a recruiting agency's domain never stands for its client);
3. ``company+role``: normalised company name and a similar role;
4. ``company-only``: the company has exactly one open application the role fits.

Nothing found: an ``application_received`` email creates an application
(``new-application``); any other job email creates one marked inferred
(``no-match``), or, when several applications fit equally, an inferred one
with a note naming them (``ambiguous``). A message the user linked or
unlinked by hand (``manual``) is never re-linked by rules.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from afterword.daemon.errors import UsageError
from afterword.daemon.store import apps as store
from afterword.parsers.company_names import (
    compact,
    company_key,
    display_company,
    domain_names_company,
    employer_domain,
    is_ats_domain,
    is_generic_address,
    role_similarity,
    same_company,
)
from afterword.parsers.domains import registrable_domain
from afterword.parsers.hiring_teams import is_department_word
from afterword.parsers.subject_prefixes import is_forwarded

log = logging.getLogger(__name__)

ROLE_MATCH = 0.6
CONFIDENCE = {
    "manual": 1.0, "in-reply-to": 0.99, "thread-id": 0.95, "ats-tenant+role": 0.9,
    "domain+role": 0.85, "company+role": 0.8, "company-only": 0.6, "new-application": 1.0,
    "no-match": 0.5, "ambiguous": 0.3,
}
#: Each link reason as a person says it (``apps show``, ``run --once``, the demo).
REASON_WORDS = {
    "manual": "linked by you", "in-reply-to": "it answers an earlier email of this application",
    "thread-id": "same conversation", "ats-tenant+role": "same company's hiring system, same role",
    "domain+role": "same company address, same role", "company+role": "same company and role",
    "company-only": "the one open application at this company",
    "new-application": "a new application it confirms",
    "no-match": "no tracked application matched, so a new one",
    "ambiguous": "several applications fit: see its note",
}
#: Words of a sender name that say it is no person, besides a hiring department's own.
_IMPERSONAL_NAME_WORDS = frozenset({
    "no", "noreply", "reply", "notification", "notifications", "bewerbung", "bewerbungen",
    "acquisition", "via",
})


def reason_in_words(reason: str) -> str:
    """A link reason for people; an unknown code is shown as it is."""
    return REASON_WORDS.get(reason, reason)


@dataclass(frozen=True)
class JobEmail:
    """What the linker needs from one classified job email (filled from the parsers' output)."""

    message_row: int
    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    thread_id: str | None
    kind: str
    sent_at: datetime | None
    subject: str
    from_addr: str | None
    from_name: str | None
    reply_to: str | None
    recipient_name: str | None
    company: str | None
    role: str | None
    ats: str | None
    ats_tenant: str | None


@dataclass(frozen=True)
class LinkDecision:
    """Where one email went and why; ``muted`` means no draft for its application."""

    application_id: int | None
    reason: str
    confidence: float
    created: bool
    inferred: bool
    note: str | None
    muted: bool = False


@dataclass(frozen=True)
class _Match:
    app: store.Application
    reason: str


def link_job_email(db: sqlite3.Connection, email: JobEmail) -> LinkDecision:
    """Link ``email`` to an application (creating one when needed); idempotent per message."""
    if email.kind not in store.KIND_STAGE:
        raise ValueError(f"not a job email kind: {email.kind!r}")
    existing = store.link_of(db, email.message_row)
    if existing is not None:
        app = store.get_application(db, existing.application_id) if existing.application_id \
            else None
        return LinkDecision(existing.application_id, existing.reason, existing.confidence,
                            created=False, inferred=bool(app and app.inferred),
                            note=existing.note, muted=bool(app and app.muted))
    match, candidates = _find(db, email)
    note = None
    if match is not None:
        app, reason, created = match.app, match.reason, False
        store.advance_stage(db, app.id, email.kind)
        store.fill_missing(db, app.id, role=email.role, ats=email.ats,
                           ats_tenant=email.ats_tenant, domain=_domain_key(email))
    else:
        app, created = _create(db, email, candidates), True
        if candidates:
            reason, note = "ambiguous", _ambiguity_note(email, candidates)
        elif email.kind == "application_received":
            reason = "new-application"
        else:
            reason = "no-match"
    confidence = CONFIDENCE[reason]
    store.set_link(db, email.message_row, app.id, reason=reason, confidence=confidence,
                   note=note)
    _record_contact(db, app.id, email)
    log.debug("message row %s → application %s (%s)", email.message_row, app.id, reason)
    return LinkDecision(app.id, reason, confidence, created=created, inferred=app.inferred,
                        note=note, muted=app.muted)


def _find(db: sqlite3.Connection,
          email: JobEmail) -> tuple[_Match | None, list[store.Application]]:
    """The best match, or None with the applications that fit equally well (if several)."""
    threaded = _by_thread(db, email)
    if threaded is not None:
        return threaded, []
    name = company_key(email.company) if email.company else None
    candidates = store.link_candidates(db, company_key=name, tenant=email.ats_tenant,
                                       domain=_sender_domain(email))
    opened = [app for app in candidates if app.is_open]
    match, tied = _by_keys_and_role(email, name, opened)
    if match is not None or tied:
        return match, tied
    fitting = [a for a in opened if _company_fits(email, name, a)
               and role_similarity(email.role, a.role) < 0]
    if len(fitting) == 1:
        return _Match(fitting[0], "company-only"), []
    if len(fitting) > 1:
        return None, fitting
    if email.kind != "application_received":
        closed = [app for app in candidates if not app.is_open]
        match, _ = _by_keys_and_role(email, name, closed)
        return match, []
    return None, []


def _by_thread(db: sqlite3.Connection, email: JobEmail) -> _Match | None:
    parents = [m for m in (email.in_reply_to, *email.references) if m]
    for how, link in store.thread_links(db, parents, email.thread_id, email.message_row):
        assert link.application_id is not None
        app = store.get_application(db, link.application_id)
        if app is not None:
            return _Match(app, "in-reply-to" if how == "reply" else "thread-id")
    return None


def _by_keys_and_role(email: JobEmail, name: str | None, apps: list[store.Application]
                      ) -> tuple[_Match | None, list[store.Application]]:
    """Rules (b) then (c): key or name evidence plus a matching role; ties are returned."""
    for reason_of in (lambda a: _key_reason(email, name, a),
                      lambda a: "company+role" if name and same_company(name, a.company_key)
                      else None):
        scored = []
        for app in apps:
            reason = reason_of(app)
            if reason is None:
                continue
            similarity = role_similarity(email.role, app.role)
            if similarity >= ROLE_MATCH:
                scored.append((similarity, app, reason))
        if not scored:
            continue
        scored.sort(key=lambda item: -item[0])
        best = scored[0]
        tied = [app for similarity, app, _ in scored if best[0] - similarity < 0.05]
        if len(tied) == 1:
            return _Match(best[1], best[2]), []
        return None, tied
    return None, []


def _key_reason(email: JobEmail, name: str | None, app: store.Application) -> str | None:
    """``ats-tenant`` or ``domain`` evidence for ``app``, unless the company name contradicts."""
    if name and not same_company(name, app.company_key):
        return None
    if email.ats_tenant and app.ats_tenant and \
            compact(email.ats_tenant) == compact(app.ats_tenant):
        return "ats-tenant+role"
    domain = _sender_domain(email)
    if domain and app.domain == domain:
        return "domain+role"
    return None


def _company_fits(email: JobEmail, name: str | None, app: store.Application) -> bool:
    if name:
        return same_company(name, app.company_key)
    return _key_reason(email, None, app) is not None


def _sender_domain(email: JobEmail) -> str | None:
    """The employer domain the email was sent from; none for a forward."""
    return employer_domain(email.from_addr) if not is_forwarded(email.subject) else None


def _domain_key(email: JobEmail) -> str | None:
    """The sender's domain as a key for this company, when it names the company.

    An agency (``hays.com`` writing about "Contoso") or a forward gives none.
    """
    if is_forwarded(email.subject):
        return None
    domain = employer_domain(email.from_addr)
    if domain is None:
        return None
    if email.company and not domain_names_company(domain, email.company):
        return None
    return domain


def _create(db: sqlite3.Connection, email: JobEmail,
            candidates: list[store.Application]) -> store.Application:
    company = display_company(email.company) if email.company else _fallback_company(email)
    received = email.kind == "application_received"
    app_id = store.create_application(
        db, company=company, company_key=company_key(company), role=email.role,
        stage=store.KIND_STAGE[email.kind], created_from="mail",
        inferred=not received or bool(candidates), ats=email.ats, ats_tenant=email.ats_tenant,
        domain=_domain_key(email),
        applied_at=email.sent_at.date() if received and email.sent_at else None)
    return store.require_application(db, app_id)


def _fallback_company(email: JobEmail) -> str:
    """A company name when the parser found none: ATS tenant, sender domain, sender name."""
    if email.ats_tenant:
        return email.ats_tenant
    domain = employer_domain(email.from_addr)
    if domain:
        return domain.split(".")[0].capitalize()
    return email.from_name or registrable_domain(email.from_addr) or "Unknown company"


def _ambiguity_note(email: JobEmail, candidates: list[store.Application]) -> str:
    options = " or ".join(f"#{a.id} ({a.role or 'no role'})" for a in candidates)
    why = "names no role" if not email.role else f"role {email.role!r} fits several"
    return (f"could not decide: this email {why}; it could belong to {options} at "
            f"{candidates[0].company}. Settle it with `afterword apps link "
            f"{email.message_id} ID`.")


def _record_contact(db: sqlite3.Connection, app_id: int, email: JobEmail) -> None:
    """Keep a human sender (not no-reply, not an ATS relay, not the user forwarding)."""
    if is_forwarded(email.subject):
        return
    for address in (email.reply_to, email.from_addr):
        if address and not is_generic_address(address) and not is_ats_domain(address):
            personal = address == email.from_addr and _looks_personal(email.from_name, email)
            name = email.from_name if personal else email.recipient_name
            store.add_contact(db, app_id, name, address)
            return


def _looks_personal(name: str | None, email: JobEmail) -> bool:
    if not name:
        return False
    words = set(re.split(r"[^\w]+", name.lower()))
    if words & _IMPERSONAL_NAME_WORDS or any(map(is_department_word, words)):
        return False
    return not (email.company and same_company(company_key(name), company_key(email.company)))


def link_manually(db: sqlite3.Connection, message_id: str, app_id: int) -> int:
    """The user's correction: the message belongs to ``app_id``. Returns rows changed."""
    store.require_application(db, app_id)
    rows = _rows_or_fail(db, message_id)
    for row, kind in rows:
        _leave_current(db, row, kind)
        store.set_link(db, row, app_id, reason="manual", confidence=CONFIDENCE["manual"],
                       manual=True)
        store.advance_stage(db, app_id, kind)
    return len(rows)


def unlink_manually(db: sqlite3.Connection, message_id: str) -> int:
    """The user's correction: the message belongs to no application. Returns rows changed."""
    rows = _rows_or_fail(db, message_id)
    for row, kind in rows:
        _leave_current(db, row, kind)
        store.set_link(db, row, None, reason="manual", confidence=CONFIDENCE["manual"],
                       manual=True)
    return len(rows)


def _rows_or_fail(db: sqlite3.Connection, message_id: str) -> list[tuple[int, str]]:
    rows = store.message_rows(db, message_id)
    if not rows:
        raise UsageError(f"no stored message has Message-ID {message_id}",
                         hint="`afterword apps show ID` lists the Message-IDs of an application")
    return rows


def _leave_current(db: sqlite3.Connection, row: int, kind: str) -> None:
    current = store.link_of(db, row)
    if current is None or current.application_id is None:
        return
    store.set_link(db, row, None, reason="manual", confidence=CONFIDENCE["manual"],
                   manual=True)
    if not store.drop_if_empty_guess(db, current.application_id):
        store.restage_from_links(db, current.application_id, kind)
