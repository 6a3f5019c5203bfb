"""``afterword backtest``: classify a folder of .eml files or a mailbox, and measure it.

Reading is read-only: files are only read, a mailbox is read through
``fetch_new`` with no cursor and nothing is saved to the store.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from afterword.daemon.cli.context import CliContext, context
from afterword.daemon.cli.rules import detection_settings
from afterword.daemon.cli.safe_text import shown
from afterword.daemon.config import Detection, parse_duration
from afterword.daemon.detection.backtest import (
    Failure,
    Labels,
    Metrics,
    Report,
    Sample,
    Verdict,
    dir_samples,
    mail_files,
    mailbox_samples,
    read_labels_csv,
    run_backtest,
)
from afterword.daemon.detection.corrections import all_labels
from afterword.daemon.detection.loading import load_rules
from afterword.daemon.errors import UsageError
from afterword.daemon.mailbox.factory import open_mailbox
from afterword.parsers import RuleSet

_SHOWN_EVIDENCE = 3


def backtest(
    ctx: typer.Context,
    directory: Annotated[Path | None, typer.Option(
        "--dir", metavar="DIR",
        help="Classify every message under DIR (recursively): .eml files, Maildir "
             "folders (cur/, new/) and mbox files.")
    ] = None,
    account: Annotated[str | None, typer.Option(
        "--account", metavar="NAME", help="Classify mail of this configured account.")] = None,
    folder: Annotated[list[str] | None, typer.Option(
        "--folder", metavar="F", help="Folder to read (repeatable; default: watched ones).")
    ] = None,
    since: Annotated[str, typer.Option(
        "--since", metavar="AGE", help="With --account: how far back, e.g. 90d.")] = "90d",
    labels_from: Annotated[str | None, typer.Option(
        "--labels", metavar="FILE.csv|store",
        help="Ground truth: a CSV (message_id or file, label), or 'store' for your "
             "`afterword label` corrections.")] = None,
    rules_file: Annotated[Path | None, typer.Option(
        "--rules", metavar="FILE", help="Test this candidate rules file instead of yours.")
    ] = None,
    diff: Annotated[bool, typer.Option(
        "--diff", help="With --rules: list messages whose kind changes from your rules.")
    ] = False,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print one JSON document (no progress bar).")] = False,
) -> None:
    """Run the detection rules over many messages and report what they find.

    Lists the messages classified as rejections with score and top evidence;
    with --labels also precision, recall, F1 and every mistake. Nothing is
    written: not to your mail, not to the store.

    Examples:
      afterword backtest --dir ~/mail-export
      afterword backtest --account personal --since 90d --labels store
      afterword backtest --dir ~/mail --rules candidate.toml --diff
    """
    cli = context(ctx)
    if (directory is None) == (account is None):
        raise UsageError("give either --dir DIR or --account NAME")
    if diff and rules_file is None:
        raise UsageError("--diff compares your rules with a candidate: add --rules FILE")
    detection = detection_settings(cli)
    current = load_rules(detection)
    tested = _candidate(detection, rules_file) if rules_file is not None else current
    labels = _labels(cli, labels_from)
    with _progress(cli, enabled=not as_json) as advance:
        if directory is not None:
            found = mail_files(directory)
            if found.skipped and not as_json:
                cli.err.print(f"{found.skipped} file(s) under {shown(str(directory))} are not "
                              ".eml, Maildir or mbox messages: skipped.")
            report = _run(dir_samples(directory, found), tested, diff, current, labels,
                          detection.threshold, advance(None if found.mboxes else found.count))
            source = f"dir:{directory}"
        else:
            assert account is not None
            report = _from_mailbox(cli, account, folder, since, tested, diff, current, labels,
                                   detection.threshold, advance(None))
            source = f"account:{account}"
    rules_name = str(rules_file) if rules_file else "current"
    if as_json:
        typer.echo(json.dumps(report_json(report, source=source, rules=rules_name),
                              indent=2, ensure_ascii=False))
    else:
        _print(cli, report, source=source, rules=rules_name, labels=labels_from)


def _candidate(detection: Detection, path: Path) -> RuleSet:
    if not path.is_file():
        raise UsageError(f"no rules file {path}")
    return load_rules(detection, user_rules_path=path)


def _labels(cli: CliContext, labels_from: str | None) -> Labels | None:
    if labels_from is None:
        return None
    if labels_from == "store":
        return Labels.from_mapping(all_labels(cli.reading_store().db))
    return read_labels_csv(Path(labels_from))


def _run(samples: Iterable[Sample | Failure], tested: RuleSet, diff: bool, current: RuleSet,
         labels: Labels | None, threshold: float | None, tick: Callable[[], None]) -> Report:
    return run_backtest(samples, tested, baseline=current if diff else None, labels=labels,
                        threshold=threshold, on_message=tick)


def _from_mailbox(cli: CliContext, name: str, folders: list[str] | None, since: str,
                  tested: RuleSet, diff: bool, current: RuleSet, labels: Labels | None,
                  threshold: float | None, tick: Callable[[], None]) -> Report:
    try:
        age = parse_duration(since)
    except ValueError as exc:
        raise UsageError(f"--since: {exc}") from None
    mailbox = open_mailbox(cli.config().account(name),
                           max_age_days=max(1, math.ceil(age.total_seconds() / 86400)))
    mailbox.connect()
    try:
        chosen = folders or mailbox.watched_folders()
        samples = mailbox_samples(mailbox, chosen, since=datetime.now(UTC) - age)
        return _run(samples, tested, diff, current, labels, threshold, tick)
    finally:
        mailbox.close()


@contextmanager
def _progress(cli: CliContext, *, enabled: bool) -> Iterator[Callable[[int | None],
                                                                      Callable[[], None]]]:
    """A bar on stderr, shown only on a terminal; yields ``start(total) -> tick``."""
    bar = Progress(TextColumn("backtest"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=cli.err, transient=True,
                   disable=not (enabled and cli.err.is_terminal))

    def start(total: int | None) -> Callable[[], None]:
        task = bar.add_task("backtest", total=total)
        return lambda: bar.advance(task)

    with bar:
        yield start


def _verdict_json(v: Verdict) -> dict[str, Any]:
    return {"key": v.key, "message_id": v.message_id, "subject": v.subject, "from": v.sender,
            "kind": v.kind, "score": v.score,
            "evidence": [{"rule": e.rule, "text": e.text, "weight": e.weight}
                         for e in v.evidence]}


def _metrics_json(m: Metrics | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {"tp": m.tp, "fp": m.fp, "fn": m.fn, "tn": m.tn, "precision": m.precision,
            "recall": m.recall, "f1": m.f1, "unlabelled": m.unlabelled,
            "labels_unmatched": m.labels_unmatched,
            "false_positives": [_verdict_json(v) for v in m.false_positives],
            "false_negatives": [_verdict_json(v) for v in m.false_negatives]}


def report_json(report: Report, *, source: str, rules: str) -> dict[str, Any]:
    """The ``--json`` document."""
    changes = None if report.changes is None else [
        {"key": c.after.key, "message_id": c.after.message_id, "subject": c.after.subject,
         "before": {"kind": c.before.kind, "score": c.before.score},
         "after": {"kind": c.after.kind, "score": c.after.score},
         "evidence": _verdict_json(c.after)["evidence"]} for c in report.changes]
    return {
        "summary": {"source": source, "rules": rules, "messages": report.messages,
                    "kinds": report.kinds, "rejections": len(report.rejections),
                    "errors": len(report.errors)},
        "metrics": _metrics_json(report.metrics),
        "baseline_metrics": _metrics_json(report.baseline_metrics),
        "rejections": [_verdict_json(v) for v in report.rejections],
        "errors": [{"key": f.key, "error": f.error} for f in report.errors],
        "changes": changes,
    }


def _line(v: Verdict) -> str:
    evidence = "; ".join(f"{e.rule} {e.weight:+.2f} “{e.text}”"
                         for e in v.evidence[:_SHOWN_EVIDENCE]) or "no rule fired"
    return (f"  {v.score:.2f} {shown(v.key)} — {shown(v.subject or '(no subject)')}\n"
            f"       {shown(evidence)}")


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _print(cli: CliContext, report: Report, *, source: str, rules: str,
           labels: str | None) -> None:
    out = cli.out
    kinds = " · ".join(f"{k} {n}" for k, n in report.kinds.items()) or "none"
    out.print(f"[bold]Backtested {report.messages} messages[/] from {shown(source)} "
              f"with {shown(rules)} rules")
    out.print(f"  kinds: {kinds}; unreadable: {len(report.errors)}")
    out.print(f"\n[bold]Rejections ({len(report.rejections)})[/]")
    for verdict in report.rejections:
        out.print(_line(verdict))
    if report.metrics is not None:
        m = report.metrics
        out.print(f"\n[bold]Against {shown(labels or '')}[/]: TP {m.tp} · FP {m.fp} · "
                  f"FN {m.fn} · TN {m.tn} — precision {_ratio(m.precision)}, "
                  f"recall {_ratio(m.recall)}, F1 {_ratio(m.f1)}")
        if report.baseline_metrics is not None:
            b = report.baseline_metrics
            out.print(f"  your current rules: precision {_ratio(b.precision)}, "
                      f"recall {_ratio(b.recall)}, F1 {_ratio(b.f1)}")
        out.print(f"  unlabelled messages: {m.unlabelled}; labels matching no message: "
                  f"{m.labels_unmatched}")
        for title, items in (("False positives", m.false_positives),
                             ("False negatives", m.false_negatives)):
            out.print(f"\n[bold]{title} ({len(items)})[/]")
            for verdict in items:
                out.print(_line(verdict))
    if report.changes is not None:
        out.print(f"\n[bold]Changed by {shown(rules)} ({len(report.changes)})[/]")
        for change in report.changes:
            out.print(f"  {shown(change.after.key)}: {change.before.kind} "
                      f"{change.before.score:.2f} → {change.after.kind} "
                      f"{change.after.score:.2f} — {shown(change.after.subject)}")
    if report.errors:
        out.print(f"\n[bold]Unreadable ({len(report.errors)})[/]")
        for failure in report.errors:
            out.print(f"  {shown(failure.key)}: {shown(failure.error)}")
