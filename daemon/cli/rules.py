"""``afterword rules``: see every detection rule and change yours, never the shipped packs.

Changes go to the user's rules file (``[detection] user_rules``, by default
``~/.config/afterword/rules.toml``) through :mod:`afterword.daemon.detection.rules_file`, which
refuses an invalid result and writes nothing. The daemon reloads the file at
its next cycle, or at once on SIGHUP.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import tomlkit
import typer
from rich.markup import escape
from rich.table import Table

from afterword.daemon.cli.context import CliContext, context
from afterword.daemon.config import Detection
from afterword.daemon.detection import rules_file
from afterword.daemon.errors import AfterwordError, UsageError
from afterword.daemon.files import write_output
from afterword.parsers import PACK_LANGUAGES, Rule, RuleError, RuleSet
from afterword.parsers.classify import prepare_text
from afterword.parsers.rules import REASON_KINDS, RULE_KINDS, example_misses

app = typer.Typer(
    help="See the detection rules and tune yours: add, disable, re-weight, import, export.\n\n"
         "Example: afterword rules list --kind rejection --lang de",
    no_args_is_help=True)

RuleId = Annotated[str, typer.Argument(metavar="ID",
                                       help="A rule id, e.g. en.rejection.unfortunately.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
_PATTERN_CELL = 70
_RELOAD_NOTE = ("The daemon uses it from its next cycle "
                "(or now: `systemctl --user reload afterword`).")


def detection_settings(cli: CliContext) -> Detection:
    """The configured detection settings; the defaults when there is no config file yet."""
    try:
        return cli.settings().detection
    except AfterwordError:
        if cli.config_path is not None:
            raise
        return Detection()


def load_ruleset(document: dict[str, Any], languages: tuple[str, ...], path: Path) -> RuleSet:
    """Shipped packs for ``languages`` with ``document`` (the user's rules) on top."""
    try:
        return RuleSet.load(languages, document)
    except RuleError as exc:
        raise UsageError(f"{path}: {exc}", hint="fix the file, or `afterword rules import` "
                                                "a corrected copy") from None


def _rule_json(rule: Rule) -> dict[str, Any]:
    return {"id": rule.id, "kind": rule.kind, "language": rule.language,
            "pattern": rule.pattern, "weight": rule.weight, "negative": rule.negative,
            "where": rule.where, "source": rule.source, "enabled": rule.enabled,
            "examples": list(rule.examples)}


def _signed(rule: Rule) -> str:
    return f"{'-' if rule.negative else ''}{rule.weight:.2f}"


@app.command("list")
def list_rules(
    ctx: typer.Context,
    lang: Annotated[str | None, typer.Option(
        "--lang", metavar="XX", help="Only rules of this language (user rules with 'any' too).")
    ] = None,
    kind: Annotated[str | None, typer.Option(
        "--kind", help="Only rules voting for this kind, e.g. rejection; `reason` lists the "
                       "rules that tag the reasons given.")] = None,
    wide: Annotated[bool, typer.Option(
        "--wide", help="Show every column (patterns too) whatever the terminal's width.")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """List the rules in use: shipped packs for your languages, then yours.

    A negative weight subtracts from its kind's score. Source is pack:xx or user.
    Ids are never cut; on a narrow terminal the patterns are left out
    (`--wide` shows them, `afterword rules show ID` shows one rule whole).

    Examples:
      afterword rules list --kind rejection --lang en
      afterword rules list --wide | less -S
    """
    cli = context(ctx)
    detection = detection_settings(cli)
    if kind is not None and kind not in (*RULE_KINDS, "reason", *REASON_KINDS):
        raise UsageError(f"no rule kind {kind!r}",
                         hint="one of " + ", ".join((*RULE_KINDS, "reason")))
    if lang is not None and lang not in PACK_LANGUAGES:
        raise UsageError(f"no rule pack for language {lang!r}",
                         hint="one of " + ", ".join(PACK_LANGUAGES))
    languages = detection.languages
    if lang is not None and lang not in languages:
        languages = (*languages, lang)
    document = rules_file.load(detection.user_rules)
    rules = [r for r in load_ruleset(document, languages, detection.user_rules).rules
             if (lang is None or r.language in (lang, "any"))
             and (kind is None or r.kind == kind or r.kind.startswith(f"{kind}."))]
    if as_json:
        typer.echo(json.dumps([_rule_json(r) for r in rules], indent=2, ensure_ascii=False))
        return
    # Ids are what every other rules command takes: never cut.
    longest = max((len(r.id) for r in rules), default=2)
    with_patterns = wide or cli.out.width >= longest + 90
    if with_patterns:
        table = Table("id", "kind", "lang", "pattern", "weight", "source", "enabled")
        table.columns[0].no_wrap = True
        table.columns[0].min_width = longest
    else:  # narrow: the id (which says the language), what it votes for, and its weight
        table = Table("id", "kind", "weight", "on", box=None, pad_edge=False)
    for rule in rules:
        pattern = rule.pattern if len(rule.pattern) <= _PATTERN_CELL else \
            rule.pattern[:_PATTERN_CELL - 1] + "…"
        enabled = "yes" if rule.enabled else "[dim]no[/]"
        if with_patterns:
            table.add_row(escape(rule.id), rule.kind, rule.language, escape(pattern),
                          _signed(rule), rule.source, enabled)
        else:
            # the id already names a reason's tag: the kind column stays narrow
            table.add_row(escape(rule.id), rule.kind.split(".")[0], _signed(rule), enabled)
    if wide:
        cli.out.width = max(cli.out.width, longest + 140)
    cli.out.print(table)
    if not with_patterns:
        cli.out.print("Patterns left out at this width: `afterword rules list --wide`, or "
                      "`afterword rules show ID` for one rule.")
    cli.out.print(f"{len(rules)} rule(s); yours are in {escape(str(detection.user_rules))}")


@app.command("show")
def show(ctx: typer.Context, rule_id: RuleId, as_json: AsJson = False) -> None:
    """Show one rule in full, and how your rules file changes it.

    Example: afterword rules show en.rejection.unfortunately
    """
    cli = context(ctx)
    detection = detection_settings(cli)
    document = rules_file.load(detection.user_rules)
    rules = {r.id: r for r in load_ruleset(document, PACK_LANGUAGES, detection.user_rules).rules}
    rule = rules.get(rule_id)
    if rule is None:
        raise UsageError(f"no rule with id {rule_id!r} (`afterword rules list` shows them)")
    override = document.get("overrides", {}).get(rule_id)
    if as_json:
        shipped = rules_file.shipped_weights().get(rule_id)
        typer.echo(json.dumps({**_rule_json(rule), "override": override,
                               "shipped_weight": shipped}, indent=2, ensure_ascii=False))
        return
    for label, value in (("id", rule.id), ("kind", rule.kind), ("language", rule.language),
                         ("where", rule.where), ("weight", _signed(rule)),
                         ("source", rule.source), ("enabled", "yes" if rule.enabled else "no"),
                         ("pattern", rule.pattern)):
        cli.out.print(f"{label:>9}: {escape(value)}")
    for number, example in enumerate(rule.examples):
        cli.out.print(f"{'examples' if number == 0 else '':>9}{':' if number == 0 else ' '} "
                      f"{escape(example)}")
    if override:
        shipped = rules_file.shipped_weights()[rule_id]
        changes = ", ".join(f"{k} = {tomlkit.item(v).as_string()}" for k, v in override.items())
        cli.out.print(f"Your rules file overrides it: {escape(changes)} "
                      f"(shipped weight {shipped:.2f}).")


@app.command("add")
def add(
    ctx: typer.Context,
    pattern: Annotated[str, typer.Option(
        "--pattern", help="Regular expression, in lower case, on whitespace-collapsed text.")],
    weight: Annotated[float, typer.Option("--weight", help="Strength, in (0, 1].")],
    kind: Annotated[str, typer.Option(
        "--kind", help="What it votes for: rejection, interview, offer, application_received, "
                       "other, job_context, non_job, no_feedback.")] = "rejection",
    negative: Annotated[bool, typer.Option(
        "--negative", help="Subtract the weight from the kind's score instead.")] = False,
    lang: Annotated[str, typer.Option(
        "--lang", metavar="XX", help="Only for emails in this language (default: any).")
    ] = "any",
    where: Annotated[str, typer.Option(
        "--where", help="Text to search: subject, body, any or from.")] = "any",
    rule_id: Annotated[str | None, typer.Option(
        "--id", help="Id to give it (user.<something>); made from the pattern if omitted.")
    ] = None,
) -> None:
    """Add a rule of your own to the rules file.

    Example: afterword rules add --kind rejection --weight 0.8
    --pattern "added (?:\\S+ ){0,2}to our talent pool"
    """
    cli = context(ctx)
    path = detection_settings(cli).user_rules
    document, chosen = rules_file.add_rule(
        rules_file.load(path), kind=kind, pattern=pattern, weight=weight, negative=negative,
        language=lang, where=where, rule_id=rule_id)
    rules_file.save(path, document)
    cli.out.print(f"Added {escape(chosen)} to {escape(str(path))}. {_RELOAD_NOTE}")
    cli.out.print(f"Try it: afterword backtest --dir DIR --rules {escape(str(path))}")


def _edit(ctx: typer.Context, rule_id: str, done: str, **change: Any) -> None:
    cli = context(ctx)
    path = detection_settings(cli).user_rules
    document = rules_file.load(path)
    if "enabled" in change:
        document = rules_file.set_enabled(document, rule_id, change["enabled"])
    else:
        document = rules_file.set_weight(document, rule_id, change["weight"])
    rules_file.save(path, document)
    cli.out.print(f"{done} {escape(rule_id)} in {escape(str(path))}. {_RELOAD_NOTE}")


@app.command("disable")
def disable(ctx: typer.Context, rule_id: RuleId) -> None:
    """Stop a rule from voting (a shipped rule is disabled by an override in your file).

    Example: afterword rules disable en.rejection.unfortunately
    """
    _edit(ctx, rule_id, "Disabled", enabled=False)


@app.command("enable")
def enable(ctx: typer.Context, rule_id: RuleId) -> None:
    """Let a disabled rule vote again.

    Example: afterword rules enable en.rejection.unfortunately
    """
    _edit(ctx, rule_id, "Enabled", enabled=True)


@app.command("set-weight")
def set_weight(
    ctx: typer.Context, rule_id: RuleId,
    weight: Annotated[float, typer.Argument(metavar="W", help="New weight, in (0, 1].")],
) -> None:
    """Change how strongly a rule votes (shipped rules: an override in your file).

    Example: afterword rules set-weight en.rejection.unfortunately 0.2
    """
    _edit(ctx, rule_id, f"Weight {weight:g} for", weight=weight)


@app.command("export")
def export(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(metavar="FILE", help="Where to write; '-' prints.")],
) -> None:
    """Write your rules file (your rules and overrides) to FILE.

    Example: afterword rules export ~/rules-backup.toml
    """
    cli = context(ctx)
    text = rules_file.export_text(detection_settings(cli).user_rules)
    written = write_output(target, text)
    if written is not None:
        cli.out.print(f"Exported your rules to {escape(str(written))}.")


@app.command("import")
def import_rules(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(metavar="FILE", help="A rules file to import.")],
    replace: Annotated[bool, typer.Option(
        "--replace", help="Make FILE your whole rules file instead of merging it in.")
    ] = False,
) -> None:
    """Import rules from FILE, checked first: nothing is written if it has a problem.

    By default FILE is merged in: its rules replace yours with the same id, the
    others are added; its overrides replace yours for the same shipped rule.

    Example: afterword rules import ~/rules-backup.toml --replace
    """
    cli = context(ctx)
    path = detection_settings(cli).user_rules
    result = rules_file.import_file(path, source, replace=replace)
    cli.out.print(f"Imported {escape(str(source))} into {escape(str(path))}: "
                  f"{len(result.get('rules', []))} rule(s), "
                  f"{len(result.get('overrides', {}))} override(s). {_RELOAD_NOTE}")


@app.command("test")
def test_rules(ctx: typer.Context, as_json: AsJson = False) -> None:
    """Check every rule against the examples it carries: each must make its rule fire.

    A rule's `examples` are short texts of the meaning it stands for (a list in the
    rule's TOML table, yours too). Exits 1 when an example no longer matches, e.g.
    after you edited a pattern.

    Example: afterword rules test
    """
    cli = context(ctx)
    detection = detection_settings(cli)
    document = rules_file.load(detection.user_rules)
    rules = load_ruleset(document, detection.languages, detection.user_rules).rules
    with_examples = [rule for rule in rules if rule.examples]
    misses = [(rule, example) for rule in with_examples
              for example in example_misses(rule, prepare_text)]
    if as_json:
        typer.echo(json.dumps({
            "rules": len(rules), "with_examples": len(with_examples),
            "examples": sum(len(r.examples) for r in with_examples),
            "failures": [{"id": r.id, "example": e} for r, e in misses]}, indent=2,
            ensure_ascii=False))
    elif misses:
        table = Table("id", "example that does not match", title="Failing examples",
                      title_justify="left")
        for rule, example in misses:
            table.add_row(escape(rule.id), escape(example))
        cli.out.print(table)
    else:
        cli.out.print(f"All {sum(len(r.examples) for r in with_examples)} examples of "
                      f"{len(with_examples)} rule(s) match; {len(rules) - len(with_examples)} "
                      "rule(s) carry no examples yet.")
    if misses:
        raise typer.Exit(1)
