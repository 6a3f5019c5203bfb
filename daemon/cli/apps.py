"""``afterword apps``: list, show, add, correct and import/export tracked applications."""

from __future__ import annotations

import json
from email.utils import parseaddr
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from afterword.daemon.applications.csv_io import export_csv, import_csv, parse_application
from afterword.daemon.applications.linking import link_manually, reason_in_words, unlink_manually
from afterword.daemon.cli.context import CliContext, context
from afterword.daemon.cli.safe_text import shown
from afterword.daemon.errors import UsageError
from afterword.daemon.files import write_output
from afterword.daemon.store import apps as store
from afterword.parsers.company_names import company_key

app = typer.Typer(help="Tracked job applications and the emails linked to them.\n\n"
                       "Example: afterword apps list --all",
                  no_args_is_help=True)

AppId = Annotated[int, typer.Argument(help="Application id (see `afterword apps list`).",
                                      metavar="ID")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@app.command("list")
def list_apps(
    ctx: typer.Context,
    as_json: AsJson = False,
    stage: Annotated[str | None, typer.Option(
        "--stage", help="Only this stage: " + ", ".join(store.STAGES) + ".")] = None,
    show_all: Annotated[bool, typer.Option(
        "--all", help="Include rejected and withdrawn applications with nothing pending.")
    ] = False,
) -> None:
    """List applications, most recent email first.

    Rejected and withdrawn applications are left out unless a draft or reminder is
    still scheduled for them, or --all or --stage is given.

    Examples:
      afterword apps list
      afterword apps list --stage interviewing
      afterword apps list --all --json
    """
    cli = context(ctx)
    if stage is not None and stage not in store.STAGES:
        raise UsageError(f"unknown stage {stage!r}", hint="one of " + ", ".join(store.STAGES))
    found = store.summaries(cli.reading_store().db, stage=stage, include_closed=show_all)
    if as_json:
        typer.echo(json.dumps([_summary_json(s) for s in found], indent=2, ensure_ascii=False))
        return
    if not found:
        cli.out.print("No applications yet. `afterword apps add --company X --role Y` adds one.")
        return
    table = Table("id", "company", "role", "stage", "last email", "next action")
    for entry in found:
        flags = [f for f, on in (("muted", entry.app.muted), ("inferred", entry.app.inferred))
                 if on]
        table.add_row(str(entry.app.id), shown(entry.app.company),
                      shown(entry.app.role or "—"),
                      " · ".join([entry.app.stage, *flags]),
                      entry.last_email_at.date().isoformat() if entry.last_email_at else "—",
                      entry.next_action or "—")
    cli.out.print(table)


def _app_json(found: store.Application) -> dict[str, Any]:
    return {"id": found.id, "company": found.company, "role": found.role,
            "stage": found.stage, "created_from": found.created_from,
            "inferred": found.inferred, "muted": found.muted, "applied_on": found.applied_at,
            "ats": found.ats, "ats_tenant": found.ats_tenant, "domain": found.domain,
            "notes": found.notes}


def _summary_json(entry: store.Summary) -> dict[str, Any]:
    return {**_app_json(entry.app), "emails": entry.emails,
            "last_email_at": entry.last_email_at.isoformat() if entry.last_email_at else None,
            "next_action": entry.next_action}


@app.command("show")
def show(ctx: typer.Context, app_id: AppId, as_json: AsJson = False) -> None:
    """Show one application: details, contacts, and the timeline of linked emails.

    Each email shows why it was linked (reason and confidence); an email the
    linker could not place shows the note explaining what it hesitated between.

    Examples:
      afterword apps show 3
      afterword apps show 3 --json
    """
    cli = context(ctx)
    db = cli.reading_store().db
    entry = store.summary(db, app_id)
    people = store.contacts(db, app_id)
    history = store.timeline(db, app_id)
    if as_json:
        typer.echo(json.dumps({
            **_summary_json(entry),
            "contacts": [{"name": c.name, "address": c.address} for c in people],
            "timeline": [{"message_id": t.message_id, "kind": t.kind, "subject": t.subject,
                          "from": t.from_addr,
                          "sent_at": t.sent_at.isoformat() if t.sent_at else None,
                          "reason": t.reason, "confidence": t.confidence,
                          "manual": t.manual, "note": t.note} for t in history],
        }, indent=2, ensure_ascii=False))
        return
    _print_details(cli, entry, people, history)


def _print_details(cli: CliContext, entry: store.Summary, people: list[store.Contact],
                   history: list[store.TimelineEntry]) -> None:
    found = entry.app
    out = cli.out
    out.print(f"[bold]#{found.id} {shown(found.company)}[/] — {shown(found.role or 'no role')}")
    origin = {"mail": "created from mail", "manual": "added by hand", "import": "imported"}
    facts = [found.stage, origin[found.created_from]]
    facts += [flag for flag, on in (("inferred: no earlier email matched", found.inferred),
                                    ("muted: no drafts", found.muted)) if on]
    out.print("  " + " · ".join(facts))
    where = [f"applied on {found.applied_at}" if found.applied_at else "",
             f"via {found.ats} ({found.ats_tenant or '?'})" if found.ats else "",
             f"domain {found.domain}" if found.domain else ""]
    if any(where):
        out.print("  " + shown(" · ".join(w for w in where if w)))
    if entry.next_action:
        out.print(f"  next: {entry.next_action}")
    if found.notes:
        out.print("Notes:")
        for line in found.notes.splitlines():
            out.print(f"  {shown(line)}")
    if people:
        out.print("Contacts:")
        for person in people:
            who = f"{person.name} <{person.address}>" if person.name else person.address
            out.print(f"  {shown(who)}")
    out.print(f"Emails ({len(history)}):" if history else "No linked emails.")
    for item in history:
        when = item.sent_at.date().isoformat() if item.sent_at else "????-??-??"
        how = f"{reason_in_words(item.reason)}, confidence {item.confidence:.2f}"
        out.print(f"  {when}  {item.kind:<20} {shown(item.subject)!s}  [dim]{shown(how)}[/]")
        out.print(f"      {shown(item.message_id)} from {shown(item.from_addr or '?')}")
        if item.note:
            out.print(f"      [yellow]note:[/] {shown(item.note)}")


@app.command("add")
def add(
    ctx: typer.Context,
    company: Annotated[str, typer.Option("--company", help="Company name.")],
    role: Annotated[str, typer.Option("--role", help="Role or job title.")],
    contact: Annotated[str | None, typer.Option(
        "--contact", help='A person, as "Name <address>" or a bare address.')] = None,
    applied_on: Annotated[str | None, typer.Option(
        "--applied-on", metavar="DATE", help="When you applied, as YYYY-MM-DD.")] = None,
) -> None:
    """Track an application by hand; later emails about it are linked to it.

    Adding applications before their emails arrive makes linking surer; many at
    once: `afterword apps import FILE.csv`.

    Examples:
      afterword apps add --company "Acme Corp" --role "Data Engineer"
      afterword apps add --company Acme --role SRE --applied-on 2025-03-14 \\
          --contact "Dana Lee <dana@acme.example>"
    """
    cli = context(ctx)
    name, address = parseaddr(contact) if contact else ("", "")
    if contact and "@" not in address:
        raise UsageError(f"--contact {contact!r} has no email address",
                         hint='write it as "Name <name@example.com>"')
    row = parse_application({
        "source_id": "", "company": company, "role": role, "stage": "applied",
        "applied_on": applied_on or "", "contact_name": name, "contact_email": address,
        "notes": ""})
    if isinstance(row, str):
        raise UsageError(f"cannot add the application: {row}",
                         hint='e.g. --company "Acme Corp" --role "Data Engineer" '
                              "--applied-on 2026-03-14")
    with cli.store().transaction() as db:
        app_id = store.create_application(
            db, company=row.company, company_key=company_key(row.company), role=row.role,
            stage=row.stage, created_from="manual", applied_at=row.applied_on)
        if row.contact_email:
            store.add_contact(db, app_id, row.contact_name, row.contact_email)
    cli.out.print(f"Added application #{app_id}: {shown(row.company)} — {shown(row.role or '')}")


@app.command("link")
def link(ctx: typer.Context,
         message_id: Annotated[str, typer.Argument(metavar="MESSAGE-ID",
                                                   help="The email's Message-ID.")],
         app_id: AppId) -> None:
    """Link an email to an application by hand; rules never override this.

    `afterword apps show ID` lists the Message-IDs of an application's emails.

    Example: afterword apps link '<a1b2@mail.acme.example>' 3
    """
    cli = context(ctx)
    with cli.store().transaction() as db:
        link_manually(db, message_id, app_id)
    cli.out.print(f"Linked {shown(message_id)} to application #{app_id}.")


@app.command("unlink")
def unlink(ctx: typer.Context,
           message_id: Annotated[str, typer.Argument(metavar="MESSAGE-ID",
                                                     help="The email's Message-ID.")]) -> None:
    """Detach an email from its application for good; rules never re-link it.

    Example: afterword apps unlink '<a1b2@mail.acme.example>'
    """
    cli = context(ctx)
    with cli.store().transaction() as db:
        unlink_manually(db, message_id)
    cli.out.print(f"Unlinked {shown(message_id)}; it belongs to no application now.")


def _set_muted(ctx: typer.Context, app_id: int, muted: bool) -> None:
    cli = context(ctx)
    with cli.store().transaction() as db:
        store.set_muted(db, app_id, muted)
    state = "muted: no drafts will be written for it" if muted else "unmuted"
    cli.out.print(f"Application #{app_id} {state}.")


@app.command("mute")
def mute(ctx: typer.Context, app_id: AppId) -> None:
    """Stop drafts for an application (its emails are still linked).

    A draft or reminder that falls due while it is muted is cancelled for good.

    Example: afterword apps mute 3
    """
    _set_muted(ctx, app_id, True)


@app.command("unmute")
def unmute(ctx: typer.Context, app_id: AppId) -> None:
    """Allow drafts for an application again.

    Example: afterword apps unmute 3
    """
    _set_muted(ctx, app_id, False)


@app.command("note")
def note(ctx: typer.Context, app_id: AppId,
         text: Annotated[str, typer.Argument(help="The note to append.")]) -> None:
    """Append a line to an application's notes (shown by `afterword apps show`).

    Example: afterword apps note 3 "Dana said they reopen the role in June"
    """
    cli = context(ctx)
    with cli.store().transaction() as db:
        store.add_note(db, app_id, text.strip())
    cli.out.print(f"Noted on application #{app_id}.")


@app.command("import")
def import_file(ctx: typer.Context,
                path: Annotated[Path, typer.Argument(metavar="FILE.csv",
                                                     help="CSV file to import.")]) -> None:
    """Import applications from CSV; importing the same file again creates nothing.

    Malformed rows are reported with their line number and skipped (exit status 1);
    the others are imported. Columns are described in docs/applications.md; the
    header row of `afterword apps export` is a template.

    Example: afterword apps import ~/job-hunt.csv
    """
    cli = context(ctx)
    with cli.store().transaction() as db:
        result = import_csv(db, path)
    for problem in result.problems:
        cli.err.print(f"{shown(str(path))}:{problem.line}: skipped: {shown(problem.problem)}",
                      soft_wrap=True)
    if result.ignored_columns:
        cli.err.print("ignored columns: " + shown(", ".join(result.ignored_columns)),
                      soft_wrap=True)
    cli.out.print(f"Imported {result.created} application(s); {result.already_known} already "
                  f"known; {len(result.problems)} row(s) skipped.")
    if result.problems:
        raise typer.Exit(1)


@app.command("export")
def export_file(ctx: typer.Context,
                target: Annotated[str, typer.Argument(
                    metavar="FILE.csv", help="CSV file to write; '-' prints it.")]) -> None:
    """Export every application to CSV (the same columns `apps import` reads).

    Examples:
      afterword apps export ~/applications.csv
      afterword apps export - | column -s, -t
    """
    cli = context(ctx)
    text, count = export_csv(cli.reading_store().db)
    written = write_output(target, text)
    if written is not None:
        cli.out.print(f"Wrote {count} application(s) to {shown(str(written))}.")
