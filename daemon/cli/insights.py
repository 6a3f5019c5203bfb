"""``afterword insights``: the job search at a glance, computed locally from the store."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.table import Table

from afterword.daemon.cli.context import CliContext, context
from afterword.daemon.cli.safe_text import shown
from afterword.daemon.config import Schedule, parse_duration
from afterword.daemon.errors import AfterwordError, UsageError
from afterword.daemon.files import write_output
from afterword.daemon.insights.figures import Insights, compute
from afterword.daemon.insights.page import render
from afterword.daemon.store.insights import (
    application_histories,
    feedback_requests,
    given_reasons,
)

_BAR = "█"


def insights(
    ctx: typer.Context,
    since: Annotated[str, typer.Option(
        "--since", metavar="AGE", help="How far back: applications started within AGE "
                                       "(e.g. 90d or 365d; default 180d).")] = "180d",
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")
                       ] = False,
    html: Annotated[str | None, typer.Option(
        "--html", metavar="FILE", help="Also write one self-contained HTML page to FILE "
                                       "('-' prints it).")] = None,
) -> None:
    """Patterns across your job search: the funnel by month, where rejections come, how
    long employers take, and how often a feedback request got an answer.

    Computed on this computer from Afterword's own records; nothing leaves it.

    Examples:
      afterword insights
      afterword insights --since 90d --json
      afterword insights --html ~/job-search.html
    """
    cli = context(ctx)
    try:
        age = parse_duration(since)
    except ValueError:
        raise UsageError(f"--since {since!r} is not an age", hint="like 90d or 365d"
                         ) from None
    start = datetime.now(UTC) - age
    db = cli.reading_store().db
    found = compute(application_histories(db), feedback_requests(db, start),
                    since=start.date(), schedule=_schedule(cli), reasons=given_reasons(db))
    if html is not None:
        written = write_output(html, render(found))
        if written is not None and not as_json:
            cli.out.print(f"Wrote {shown(str(written))}.")
        if html == "-":
            return
    if as_json:
        payload = asdict(found)
        payload["since"] = found.since.isoformat()
        payload["answer_rate"] = found.answer_rate
        typer.echo(json.dumps(payload, indent=2))
        return
    _show(cli, found)


def _schedule(cli: CliContext) -> Schedule:
    """Business days follow the user's holidays when the config says which."""
    try:
        return cli.settings().schedule
    except AfterwordError:
        return Schedule()


def _show(cli: CliContext, found: Insights) -> None:
    out = cli.out
    out.print(f"[bold]Your job search since {found.since.isoformat()}[/]: "
              f"{found.applications} application(s)")
    if found.funnel:
        peak = max(month.applied for month in found.funnel)
        table = Table(title="Applications by month", title_justify="left")
        for column in ("month", "applied", "interviewed", "offers", "rejected", ""):
            table.add_column(column, justify="right" if column not in ("month", "") else "left")
        for month in found.funnel:
            bar = _BAR * max(1, round(month.applied / peak * 20)) if month.applied else ""
            table.add_row(month.month, str(month.applied), str(month.interviewed),
                          str(month.offers), str(month.rejected), f"[cyan]{bar}[/]")
        out.print(table)
    median = found.median_business_days_to_rejection
    out.print(f"Rejections after applying: {found.rejected_after_applying}; after an "
              f"interview: {found.rejected_after_interview}.")
    out.print("Median time to a rejection: "
              + ("—" if median is None else f"{median:g} business day(s)") + ".")
    rate = found.answer_rate
    out.print(f"Feedback requests written as drafts: {found.feedback.drafts_written}; employers "
              f"answered {found.feedback.answered}"
              + ("" if rate is None else f" ({rate:.0%})") + ".")
    out.print("[dim]Afterword sees the drafts it wrote, not whether you sent them.[/]")
    if found.recurring_reasons:
        out.print("[bold]Reasons that came back[/] (on two applications or more):")
        for reason in found.recurring_reasons:
            out.print(f"  {reason.tag.replace('_', ' ')}: {reason.applications} applications "
                      f"— e.g. “{shown(reason.evidence)}”")
            out.print(f"    next step: {shown(reason.next_step)}")



