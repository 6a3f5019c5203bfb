"""``afterword check``: classify .eml files offline and explain the decision."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from afterword.daemon.cli.context import CliContext, context
from afterword.daemon.cli.rules import detection_settings
from afterword.daemon.cli.safe_text import shown
from afterword.daemon.detection.learning import current_layer
from afterword.daemon.detection.loading import load_rules
from afterword.daemon.errors import AfterwordError, UsageError
from afterword.parsers import MessageParseError, RuleSet, analyse, to_json


def _rules(cli: CliContext, rules_file: Path | None) -> RuleSet:
    """The configured rules (shipped defaults without a config file), or a candidate file."""
    if rules_file is not None and not rules_file.is_file():
        raise UsageError(f"no rules file {rules_file}")
    return load_rules(detection_settings(cli), user_rules_path=rules_file)


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read: {exc.strerror or exc}") from None


def check(
    ctx: typer.Context,
    files: list[str] = typer.Argument(..., metavar="FILE.eml",
                                      help="Messages to classify; '-' reads one from stdin."),
    explain: bool = typer.Option(False, "--explain", "-e",
                                 help="Show every rule that fired and the text it matched."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per input, per line."),
    rules_file: Path | None = typer.Option(
        None, "--rules", metavar="FILE", help="Use this rules file instead of your own."),
) -> None:
    """Classify emails offline and say why: rejection, interview, offer, ...

    Nothing is written anywhere. Use it on a message the daemon got wrong, then
    tune with `afterword rules` and check again. Exit status 2 when an input
    cannot be read.

    Examples:
      afterword check ~/Downloads/reply.eml --explain
      afterword check --json ~/Mail/cur/* | jq -r 'select(.is_rejection).file'
    """
    cli = context(ctx)
    rules = _rules(cli, rules_file)
    personal = current_layer(cli.reading_store())
    unreadable = 0
    for name in files:
        try:
            parsed, classification = analyse(_read(name), rules, explain=True,
                                             personal=personal)
        except (UsageError, MessageParseError) as exc:
            unreadable += 1
            message = exc.one_line() if isinstance(exc, AfterwordError) else str(exc)
            typer.echo(f"afterword: {name}: {message}", err=True)
            continue
        result = to_json(parsed, classification, file=name)
        if as_json:
            typer.echo(json.dumps(result, ensure_ascii=False))
        else:
            _show(cli, result, explain=explain)
    if unreadable:
        raise typer.Exit(2)


def _show(cli: CliContext, result: dict, *, explain: bool) -> None:
    colour = "red" if result["is_rejection"] else "cyan"
    cli.out.print(f"[bold]{shown(str(result['file']))}[/]: [{colour}]{result['kind']}[/] "
                  f"(score {result['score']:.2f}, language {result['language'] or '?'}, "
                  f"decided by {result['decided_by']})")
    facts = [("company", result["company"]), ("role", result["role"]),
             ("greeting", result["recipient_name"]),
             ("reply to", result["reply_to"] or "— (no-reply sender)"),
             ("no-feedback policy", "yes" if result["no_feedback_policy"] else "no")]
    for label, value in facts:
        cli.out.print(f"  {label}: {shown(str(value)) if value else '—'}")
    evidence = result["evidence"] if explain else result["evidence"][:3]
    if evidence:
        cli.out.print("  evidence:" if explain else "  top evidence (--explain for all):")
    for item in evidence:
        sign = "+" if item["weight"] >= 0 else ""
        cli.out.print(f"    {sign}{item['weight']:.2f} {shown(item['rule'])}: "
                      f"[reverse]{shown(item['text'])}[/]")
    if explain and result["probabilities"]:
        ranked = sorted(result["probabilities"].items(), key=lambda kv: -kv[1])
        cli.out.print("  model: " + ", ".join(f"{kind} {p:.2f}" for kind, p in ranked))
        pulls = ", ".join(
            f"{'+' if item['pull'] >= 0 else ''}{item['pull']:.2f} {shown(item['feature'])}"
            for item in result["model_evidence"]
        )
        cli.out.print(f"  model's strongest features (towards {ranked[0][0]}): {pulls}")
