"""CSV import and export of tracked applications (the format is in docs/applications.md).

Import is idempotent: each row has a stable key, its ``source_id`` or, when that is
empty, a hash of company, role and applied_on. A row whose key is already
stored, or that describes an application already tracked (same company, role and
date), creates nothing. Malformed rows are reported by line number and skipped;
the rest are imported in one transaction.
"""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from email.utils import parseaddr
from pathlib import Path

from afterword.daemon.errors import UsageError
from afterword.daemon.store import apps as store
from afterword.parsers.company_names import company_key, role_tokens

COLUMNS = ("source_id", "company", "role", "stage", "applied_on", "contact_name",
           "contact_email", "notes")


@dataclass(frozen=True)
class RowProblem:
    """A row that was skipped: its line in the file and why."""

    line: int
    problem: str


@dataclass(frozen=True)
class ImportResult:
    created: int
    already_known: int
    problems: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ApplicationRow:
    key: str
    company: str
    role: str | None
    stage: str
    applied_on: date | None
    contact_name: str | None
    contact_email: str | None
    notes: str


def derived_key(company: str, role: str | None, applied_on: str | None) -> str:
    """The import key of a row without ``source_id``: stable under case and punctuation."""
    text = "|".join((company_key(company), " ".join(sorted(role_tokens(role))),
                     applied_on or ""))
    return "csv:" + hashlib.sha256(text.encode()).hexdigest()[:16]


def import_csv(db: sqlite3.Connection, path: Path) -> ImportResult:
    """Import ``path`` into the store (call inside a transaction)."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle, restkey="\0extra")
            header = [name.strip() for name in reader.fieldnames or []]
            if "company" not in header:
                raise UsageError(f"{path}: no 'company' column in the header line",
                                 hint="columns: " + ", ".join(COLUMNS))
            reader.fieldnames = header
            parsed: list[tuple[int, ApplicationRow | str]] = []
            for record in reader:
                if not any((value or "").strip() for value in record.values()
                           if isinstance(value, str)):
                    continue
                parsed.append((reader.line_num, parse_application(record)))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"{path} is not a UTF-8 CSV file: {exc}") from None
    created = known = 0
    problems = []
    for line, row in parsed:
        if isinstance(row, str):
            problems.append(RowProblem(line, row))
        elif _store_row(db, row):
            created += 1
        else:
            known += 1
    ignored = [name for name in header if name not in COLUMNS]
    return ImportResult(created, known, problems, ignored)


def parse_application(record: dict[str, object]) -> ApplicationRow | str:
    """An application, or the problem that makes it unusable: the one check for an
    application, whether it comes from a CSV row or from ``afterword apps add``."""
    if "\0extra" in record:
        return "more values than the header has columns"
    if any(value is None for value in record.values()):
        return "fewer values than the header has columns"
    value = {name: str(record.get(name) or "").strip() for name in COLUMNS}
    if not value["company"]:
        return "company is empty"
    stage = value["stage"].lower() or "applied"
    if stage not in store.STAGES:
        return f"stage {value['stage']!r} is not one of " + ", ".join(store.STAGES)
    applied_on = None
    if value["applied_on"]:
        try:
            applied_on = date.fromisoformat(value["applied_on"])
        except ValueError:
            return f"applied_on {value['applied_on']!r} is not a date like 2026-03-31"
    email = value["contact_email"]
    if email and "@" not in parseaddr(email)[1]:
        return f"contact_email {email!r} is not an email address"
    if value["contact_name"] and not email:
        return "contact_name needs a contact_email"
    role = value["role"] or None
    key = value["source_id"] or derived_key(value["company"], role,
                                            applied_on.isoformat() if applied_on else None)
    return ApplicationRow(key, value["company"], role, stage, applied_on,
                          value["contact_name"] or None, parseaddr(email)[1] if email else None,
                          value["notes"])


def _store_row(db: sqlite3.Connection, row: ApplicationRow) -> bool:
    """Create the application unless it is already known; returns whether it was created."""
    if store.by_import_key(db, row.key) is not None:
        return False
    twin = _same_application(db, row)
    if twin is not None:
        if twin.import_key is None:
            store.set_import_key(db, twin.id, row.key)
        return False
    app_id = store.create_application(
        db, company=row.company, company_key=company_key(row.company), role=row.role,
        stage=row.stage, created_from="import", applied_at=row.applied_on, notes=row.notes,
        import_key=row.key)
    if row.contact_email:
        store.add_contact(db, app_id, row.contact_name, row.contact_email)
    return True


def _same_application(db: sqlite3.Connection, row: ApplicationRow) -> store.Application | None:
    key, tokens = company_key(row.company), role_tokens(row.role)
    applied = row.applied_on.isoformat() if row.applied_on else None
    for app in store.all_applications(db):
        if app.company_key == key and role_tokens(app.role) == tokens and \
                app.applied_at == applied:
            return app
    return None


def export_csv(db: sqlite3.Connection) -> tuple[str, int]:
    """Every application as CSV text, and how many rows it holds."""
    apps = store.all_applications(db)
    handle = io.StringIO(newline="")
    writer = csv.DictWriter(handle, fieldnames=COLUMNS)
    writer.writeheader()
    for app in apps:
        people = store.contacts(db, app.id)
        writer.writerow({
            "source_id": app.import_key or derived_key(app.company, app.role, app.applied_at),
            "company": app.company, "role": app.role or "", "stage": app.stage,
            "applied_on": app.applied_at or "",
            "contact_name": (people[0].name or "") if people else "",
            "contact_email": people[0].address if people else "",
            "notes": app.notes})
    return handle.getvalue(), len(apps)
