"""Tracked applications, their contacts, and the links from messages to them.

Every function takes the connection of an open transaction (or the store's
connection for reads) and returns frozen dataclasses. A message has at most one
row in ``links``: ``application_id`` NULL with ``manual`` set is the user's
"this message belongs to no application", which rules never override.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from afterword.daemon.errors import UsageError
from afterword.daemon.store import from_iso, utcnow_iso
from afterword.parsers.message_ids import both_forms

STAGES = ("applied", "interviewing", "rejected", "offer", "withdrawn")
OPEN_STAGES = frozenset({"applied", "interviewing", "offer"})
_STAGE_RANK = {"applied": 0, "interviewing": 1, "offer": 2, "rejected": 2, "withdrawn": 2}
KIND_STAGE = {"application_received": "applied", "interview": "interviewing",
              "offer": "offer", "rejection": "rejected"}


@dataclass(frozen=True)
class Application:
    """One job the user applied to."""

    id: int
    company: str
    company_key: str
    role: str | None
    ats: str | None
    ats_tenant: str | None
    domain: str | None
    stage: str
    created_from: str
    inferred: bool
    muted: bool
    notes: str
    applied_at: str | None
    created_at: str
    updated_at: str
    import_key: str | None

    @property
    def is_open(self) -> bool:
        return self.stage in OPEN_STAGES


@dataclass(frozen=True)
class Summary:
    """An application as ``apps list`` shows it."""

    app: Application
    emails: int
    last_email_at: datetime | None
    next_action: str | None


@dataclass(frozen=True)
class Contact:
    """A person the user dealt with for one application."""

    application_id: int
    name: str | None
    address: str


@dataclass(frozen=True)
class Link:
    """Why a message belongs to an application (or, manual and unset, to none)."""

    message_row: int
    application_id: int | None
    reason: str
    confidence: float
    manual: bool
    note: str | None


@dataclass(frozen=True)
class TimelineEntry:
    """A linked message in an application's history."""

    message_row: int
    message_id: str
    sent_at: datetime | None
    kind: str
    subject: str
    from_addr: str | None
    reason: str
    confidence: float
    manual: bool
    note: str | None


def _application(row: sqlite3.Row) -> Application:
    return Application(
        id=row["id"], company=row["company"], company_key=row["company_key"], role=row["role"],
        ats=row["ats"], ats_tenant=row["ats_tenant"], domain=row["domain"], stage=row["stage"],
        created_from=row["created_from"], inferred=bool(row["inferred"]),
        muted=bool(row["muted"]), notes=row["notes"], applied_at=row["applied_at"],
        created_at=row["created_at"], updated_at=row["updated_at"],
        import_key=row["import_key"])


def create_application(db: sqlite3.Connection, *, company: str, company_key: str,
                       role: str | None, stage: str, created_from: str,
                       inferred: bool = False, ats: str | None = None,
                       ats_tenant: str | None = None, domain: str | None = None,
                       applied_at: date | None = None, notes: str = "",
                       import_key: str | None = None) -> int:
    """Insert an application and return its id."""
    now = utcnow_iso()
    words = company_key.split()
    cursor = db.execute(
        "INSERT INTO applications (company, company_key, role, ats, ats_tenant, domain, stage, "
        "created_from, inferred, muted, notes, applied_at, created_at, updated_at, import_key, "
        "company_compact, tenant_slug) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, afterword_compact(?))",
        (company, company_key, role, ats, ats_tenant, domain, stage, created_from,
         int(inferred), notes, applied_at.isoformat() if applied_at else None, now, now,
         import_key, "".join(words), ats_tenant))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def get_application(db: sqlite3.Connection, app_id: int) -> Application | None:
    row = db.execute("SELECT * FROM applications WHERE id = ?", (app_id,)).fetchone()
    return _application(row) if row else None


def require_application(db: sqlite3.Connection, app_id: int) -> Application:
    """The application ``app_id``, or a UsageError naming the command that lists them."""
    found = get_application(db, app_id)
    if found is None:
        raise UsageError(f"no application #{app_id}", hint="`afterword apps list --all` lists them")
    return found


def all_applications(db: sqlite3.Connection) -> list[Application]:
    return [_application(r) for r in
            db.execute("SELECT * FROM applications ORDER BY id").fetchall()]


def had_interview(db: sqlite3.Connection, app_id: int) -> bool:
    """Whether an interview invitation is linked to the application."""
    row = db.execute("SELECT 1 FROM links JOIN messages ON messages.id = links.message_row "
                     "WHERE links.application_id = ? AND messages.kind = 'interview' LIMIT 1",
                     (app_id,)).fetchone()
    return row is not None


def set_import_key(db: sqlite3.Connection, app_id: int, key: str) -> None:
    """Remember which imported row an application stands for."""
    db.execute("UPDATE applications SET import_key = ? WHERE id = ?", (key, app_id))


def link_candidates(db: sqlite3.Connection, *, company_key: str | None,
                    tenant: str | None, domain: str | None) -> list[Application]:
    """Applications, open or closed, that could be the same employer, oldest first.

    Found by index, so the cost does not grow with the number tracked. Every pair of
    keys ``same_company`` accepts is equal without spaces, or one is the other's leading
    words: so the candidates are the keys that are a leading part of ``company_key``,
    the keys that start with it, and the keys equal to it without spaces; then the same
    ATS tenant, or the same employer domain. The linker decides among these few.
    """
    clauses: list[str] = []
    params: list[str] = []
    words = (company_key or "").split()
    if words:
        leading = [" ".join(words[:end]) for end in range(1, len(words) + 1)]
        whole = leading[-1]
        clauses += [f"company_key IN ({','.join('?' * len(leading))})",
                    # keys that start with "whole ": " " < "!" bounds them in the index
                    "(company_key > ? AND company_key < ?)", "company_compact = ?"]
        params += [*leading, whole + " ", whole + "!", "".join(words)]
    if tenant:
        clauses.append("tenant_slug = afterword_compact(?)")
        params.append(tenant)
    if domain:
        clauses.append("domain = ?")
        params.append(domain)
    if not clauses:
        return []
    rows = db.execute(f"SELECT * FROM applications WHERE {' OR '.join(clauses)} ORDER BY id",
                      params).fetchall()
    return [_application(r) for r in rows]


def open_applications(db: sqlite3.Connection) -> list[Application]:
    """Applications still in progress (applied, interviewing, offer), oldest first."""
    marks = ",".join("?" * len(OPEN_STAGES))
    rows = db.execute(f"SELECT * FROM applications WHERE stage IN ({marks}) ORDER BY id",
                      sorted(OPEN_STAGES)).fetchall()
    return [_application(r) for r in rows]


def by_import_key(db: sqlite3.Connection, key: str) -> Application | None:
    row = db.execute("SELECT * FROM applications WHERE import_key = ?", (key,)).fetchone()
    return _application(row) if row else None


def summaries(db: sqlite3.Connection, *, stage: str | None = None,
              include_closed: bool = False, app_id: int | None = None) -> list[Summary]:
    """Applications with email count, last email and next action, newest activity first.

    Without ``include_closed``, rejected and withdrawn applications are left out
    unless a draft or reminder is still scheduled for them.
    """
    rows = db.execute(
        "SELECT a.*, count(l.message_row) AS emails, max(m.sent_at) AS last_email_at, "
        "(SELECT min(d.due_at) FROM drafts d JOIN rejections r ON r.id = d.rejection_id "
        " JOIN links dl ON dl.message_row = r.message_row "
        " WHERE dl.application_id = a.id AND d.state = 'scheduled') AS draft_due, "
        "(SELECT min(n.due_at) FROM reminders n JOIN rejections r ON r.id = n.rejection_id "
        " JOIN links nl ON nl.message_row = r.message_row "
        " WHERE nl.application_id = a.id AND n.state = 'scheduled') AS reminder_due "
        "FROM applications a "
        "LEFT JOIN links l ON l.application_id = a.id "
        "LEFT JOIN messages m ON m.id = l.message_row "
        "WHERE (? IS NULL OR a.stage = ?) AND (? IS NULL OR a.id = ?) "
        "GROUP BY a.id ORDER BY coalesce(max(m.sent_at), a.created_at) DESC, a.id DESC",
        (stage, stage, app_id, app_id)).fetchall()
    found = []
    for row in rows:
        app = _application(row)
        action = _next_action(row["draft_due"], row["reminder_due"])
        if not (include_closed or stage or app_id or app.is_open or action):
            continue
        last = from_iso(row["last_email_at"]) if row["last_email_at"] else None
        found.append(Summary(app, int(row["emails"]), last, action))
    return found


def _next_action(draft_due: str | None, reminder_due: str | None) -> str | None:
    if draft_due:
        return f"draft due {draft_due[:10]}"
    if reminder_due:
        return f"reminder due {reminder_due[:10]}"
    return None


def summary(db: sqlite3.Connection, app_id: int) -> Summary:
    """One application's summary (closed ones included)."""
    require_application(db, app_id)
    return summaries(db, app_id=app_id)[0]


def _touch(db: sqlite3.Connection, app_id: int, column: str, value: object) -> None:
    assert column in {"stage", "muted", "notes", "role", "ats", "ats_tenant", "domain"}
    if column == "ats_tenant":
        db.execute("UPDATE applications SET tenant_slug = afterword_compact(?) WHERE id = ?",
                   (value, app_id))
    db.execute(f"UPDATE applications SET {column} = ?, updated_at = ? WHERE id = ?",
               (value, utcnow_iso(), app_id))


def set_stage(db: sqlite3.Connection, app_id: int, stage: str) -> None:
    if stage not in STAGES:
        raise UsageError(f"unknown stage {stage!r}", hint="one of " + ", ".join(STAGES))
    _touch(db, app_id, "stage", stage)


def advance_stage(db: sqlite3.Connection, app_id: int, kind: str) -> str:
    """Move the application forward to the stage a job email shows; never backward.

    ``applied`` < ``interviewing`` < ``offer`` = ``rejected`` = ``withdrawn``, so
    mail processed out of order cannot reopen a closed application. Returns the stage.
    """
    app = require_application(db, app_id)
    target = KIND_STAGE.get(kind)
    if target and _STAGE_RANK[target] > _STAGE_RANK[app.stage]:
        set_stage(db, app_id, target)
        return target
    return app.stage


def restage_from_links(db: sqlite3.Connection, app_id: int, removed_kind: str) -> None:
    """After a message left the application, undo the stage it alone had set."""
    app = require_application(db, app_id)
    if KIND_STAGE.get(removed_kind) != app.stage or app.created_from != "mail":
        return
    kinds = [r["kind"] for r in db.execute(
        "SELECT m.kind FROM links l JOIN messages m ON m.id = l.message_row "
        "WHERE l.application_id = ?", (app_id,)).fetchall()]
    stages = [KIND_STAGE[k] for k in kinds if k in KIND_STAGE] or ["applied"]
    set_stage(db, app_id, max(stages, key=lambda s: _STAGE_RANK[s]))


def drop_if_empty_guess(db: sqlite3.Connection, app_id: int) -> bool:
    """Delete an inferred application no message is linked to any more (it was only a guess).

    Applications with user notes are kept. Returns whether it was deleted.
    """
    app = require_application(db, app_id)
    linked = db.execute("SELECT 1 FROM links WHERE application_id = ? LIMIT 1",
                        (app_id,)).fetchone()
    if not app.inferred or linked or app.notes:
        return False
    db.execute("DELETE FROM applications WHERE id = ?", (app_id,))
    return True


def set_muted(db: sqlite3.Connection, app_id: int, muted: bool) -> None:
    require_application(db, app_id)
    _touch(db, app_id, "muted", int(muted))


def add_note(db: sqlite3.Connection, app_id: int, text: str) -> None:
    """Append a line to the application's user notes."""
    app = require_application(db, app_id)
    _touch(db, app_id, "notes", f"{app.notes}\n{text}".strip())


def fill_missing(db: sqlite3.Connection, app_id: int, **values: str | None) -> None:
    """Set role / ats / ats_tenant / domain where the application has none yet."""
    app = require_application(db, app_id)
    for column, value in values.items():
        if value and getattr(app, column) is None:
            _touch(db, app_id, column, value)


def add_contact(db: sqlite3.Connection, app_id: int, name: str | None, address: str) -> None:
    """Record a person for the application; a later name fills a missing one."""
    db.execute(
        "INSERT INTO contacts (application_id, name, address) VALUES (?, ?, ?) "
        "ON CONFLICT (application_id, address) DO UPDATE SET "
        "name = coalesce(contacts.name, excluded.name)",
        (app_id, name, address.lower()))


def contacts(db: sqlite3.Connection, app_id: int) -> list[Contact]:
    rows = db.execute("SELECT * FROM contacts WHERE application_id = ? ORDER BY id",
                      (app_id,)).fetchall()
    return [Contact(r["application_id"], r["name"], r["address"]) for r in rows]


def _link(row: sqlite3.Row) -> Link:
    return Link(row["message_row"], row["application_id"], row["reason"], row["confidence"],
                bool(row["manual"]), row["note"])


def link_of(db: sqlite3.Connection, message_row: int) -> Link | None:
    row = db.execute("SELECT * FROM links WHERE message_row = ?", (message_row,)).fetchone()
    return _link(row) if row else None


def set_link(db: sqlite3.Connection, message_row: int, app_id: int | None, *, reason: str,
             confidence: float, manual: bool = False, note: str | None = None) -> None:
    """Create or replace the link of one message."""
    db.execute(
        "INSERT INTO links (message_row, application_id, reason, confidence, manual, "
        "created_at, note) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_row) DO UPDATE "
        "SET application_id = excluded.application_id, reason = excluded.reason, "
        "confidence = excluded.confidence, manual = excluded.manual, "
        "created_at = excluded.created_at, note = excluded.note",
        (message_row, app_id, reason, confidence, int(manual), utcnow_iso(), note))


def thread_links(db: sqlite3.Connection, message_ids: list[str], thread_id: str | None,
                 exclude_row: int) -> list[tuple[str, Link]]:
    """Links of stored messages that this one replies to, references or shares a thread with.

    Each comes with how it was found: ``"reply"`` (In-Reply-To / References) or
    ``"thread"`` (backend thread id); newest message first.
    """
    found: list[tuple[str, Link]] = []
    if message_ids:
        marks = ",".join("?" * len(message_ids))
        rows = db.execute(
            f"SELECT l.* FROM links l JOIN messages m ON m.id = l.message_row "
            f"WHERE m.message_id IN ({marks}) AND m.id != ? AND l.application_id IS NOT NULL "
            f"ORDER BY m.sent_at DESC, m.id DESC", [*message_ids, exclude_row]).fetchall()
        found.extend(("reply", _link(r)) for r in rows)
    if thread_id:
        rows = db.execute(
            "SELECT l.* FROM links l JOIN messages m ON m.id = l.message_row "
            "WHERE m.thread_id = ? AND m.id != ? AND l.application_id IS NOT NULL "
            "ORDER BY m.sent_at DESC, m.id DESC", (thread_id, exclude_row)).fetchall()
        found.extend(("thread", _link(r)) for r in rows)
    return found


def message_rows(db: sqlite3.Connection, message_id: str) -> list[tuple[int, str]]:
    """(row, kind) of every stored message with this Message-ID, angle brackets optional."""
    rows = db.execute("SELECT id, kind FROM messages WHERE message_id IN (?, ?) ORDER BY id",
                      both_forms(message_id)).fetchall()
    return [(r["id"], r["kind"]) for r in rows]


def timeline(db: sqlite3.Connection, app_id: int) -> list[TimelineEntry]:
    """The application's linked messages, oldest first, with why each is linked."""
    rows = db.execute(
        "SELECT m.id AS row, m.message_id, m.sent_at, m.kind, m.subject, m.from_addr, "
        "l.reason, l.confidence, l.manual, l.note FROM links l "
        "JOIN messages m ON m.id = l.message_row WHERE l.application_id = ? "
        "ORDER BY coalesce(m.sent_at, m.first_seen_at), m.id", (app_id,)).fetchall()
    return [TimelineEntry(
        message_row=r["row"], message_id=r["message_id"],
        sent_at=from_iso(r["sent_at"]) if r["sent_at"] else None, kind=r["kind"],
        subject=r["subject"], from_addr=r["from_addr"], reason=r["reason"],
        confidence=r["confidence"], manual=bool(r["manual"]), note=r["note"]) for r in rows]
