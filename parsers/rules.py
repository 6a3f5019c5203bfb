"""Rules as data: the shipped TOML packs, the user's rules merged on top, compiled once.

A pack (``parsers/packs/<lang>.toml``) and the user's rules file share one
shape, documented in ``docs/rules.md``::

    [[rules]]
    id = "en.rejection.not_moving_forward"   # stable; user rules start with "user."
    kind = "rejection"
    pattern = "not (be )?moving forward with your application"
    weight = 0.9                             # 0 < weight <= 1
    where = "body"                           # subject | body | any | from (default any)
    negative = false                         # true: subtract weight from the kind's score

    [overrides."en.rejection.unfortunately"]  # user file only
    weight = 0.2
    enabled = false

Patterns are Python regular expressions matched case-insensitively against
text whose whitespace runs are collapsed to one space and whose typographic
apostrophes are plain ``'`` (the text is lower-cased; write patterns in lower case).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from afterword.parsers.anchor_scan import AnchorScan
from afterword.parsers.anchors import anchors, plain, required
from afterword.parsers.errors import RuleError
from afterword.parsers.pack_files import PACK_LANGUAGES, pack_data

#: What a rule can vote for: the five kinds, plus context signals.
RULE_KINDS = (
    "rejection",
    "application_received",
    "interview",
    "offer",
    "other",
    "feedback",
    "job_context",
    "non_job",
    "no_feedback",
)
#: What a rejection or an employer's answer gives as the reason, each tag a rule kind
#: ``reason.<tag>`` (``no_reason_given`` is what is left when none of them is found).
REASON_TAGS = ("experience", "skills", "culture_fit", "interview_performance", "competition",
               "application_materials", "overqualified", "position_changed")
REASON_KINDS = tuple(f"reason.{tag}" for tag in REASON_TAGS)
WHERE = ("subject", "body", "any", "from")
USER_PREFIX = "user."
_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
_RULE_KEYS = {
    "id", "kind", "pattern", "weight", "where", "negative", "language", "enabled", "examples",
}
_OVERRIDE_KEYS = {"weight", "enabled"}
_MAX_PATTERN = 2000


@dataclass(frozen=True)
class Rule:
    """One weighted pattern; ``source`` is ``"pack:<lang>"`` or ``"user"``."""

    id: str
    kind: str
    language: str
    pattern: str
    weight: float
    negative: bool
    where: str
    source: str
    enabled: bool = True
    #: Short texts of the meaning the rule stands for; `afterword rules test` checks them.
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompiledRule:
    """A rule with its compiled expression and the literals one of which every match starts with."""

    rule: Rule
    regex: re.Pattern[str]
    anchors: tuple[str, ...] | None
    #: Literals further into the pattern, one of which every match contains (or None).
    required: tuple[str, ...] | None = None

    def search(
        self, lowered: str, scanned: Mapping[str, tuple[int, ...]] | None = None
    ) -> re.Match[str] | None:
        """The leftmost match in lower-cased text, as ``regex.search`` would return it.

        Every match starts where one of the anchors occurs, so the regex is only tried
        at those offsets (``match`` at an offset still sees the text before it for
        ``\\b`` and look-behinds); no occurrence means no regex run at all. ``scanned``
        is the :class:`~afterword.parsers.anchor_scan.AnchorScan` of this text (an anchor
        it leaves out does not occur); without it the anchors are looked up here.
        """
        if self.anchors is None:
            return self.regex.search(lowered)
        offsets: list[int] = []
        for anchor in self.anchors:
            offsets.extend(_offsets(lowered, anchor) if scanned is None
                           else scanned.get(anchor, ()))
        if len(self.anchors) > 1:
            offsets.sort()
        match = self.regex.match
        for offset in offsets:
            hit = match(lowered, offset)
            if hit is not None:
                return hit
        return None


@dataclass(frozen=True)
class ActiveRules:
    """The rules active for some languages, in order, indexed by their anchors: the scan of
    a text names the few rules worth trying on it."""

    rules: tuple[CompiledRule, ...]
    #: One scan per ``where`` for the anchors of the rules that read that text.
    scans: Mapping[str, AnchorScan]
    #: ``where`` → anchor → positions in :attr:`rules` of the rules anchored on it there.
    by_anchor: Mapping[str, Mapping[str, tuple[int, ...]]]
    #: Positions of the rules with no anchor, tried on every text.
    unanchored: tuple[int, ...]
    #: ``where`` → required literal → positions of the rules that need it there.
    by_required: Mapping[str, Mapping[str, tuple[int, ...]]]
    #: Positions of the rules with no required literal.
    unrequired: frozenset[int]

    def worth_trying(self, present: Mapping[str, Iterable[str]]) -> list[CompiledRule]:
        """The rules, in order, one of whose anchors is ``present`` in the text they read
        (or that have none), and one of whose required literals is present there too."""
        positions = set(self.unanchored)
        satisfied = set(self.unrequired)
        for where, occurring in present.items():
            anchored = self.by_anchor.get(where, {})
            needing = self.by_required.get(where, {})
            for literal in occurring:
                positions.update(anchored.get(literal, ()))
                satisfied.update(needing.get(literal, ()))
        return [self.rules[position] for position in sorted(positions & satisfied)]


def _offsets(text: str, anchor: str) -> tuple[int, ...]:
    literal = plain(anchor)
    if literal != anchor:
        return tuple(m.start() for m in re.finditer(rf"\b(?={re.escape(literal)})", text))
    out: list[int] = []
    at = text.find(literal)
    while at >= 0:
        out.append(at)
        at = text.find(literal, at + 1)
    return tuple(out)


class RuleSet:
    """An immutable, compiled collection of rules; build it with :meth:`load`."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        compiled = [
            CompiledRule(r, _compile(r), anchors(r.pattern), required(r.pattern))
            for r in self.rules if r.enabled
        ]
        by_lang: dict[str, list[CompiledRule]] = {}
        for item in compiled:
            by_lang.setdefault(item.rule.language, []).append(item)
        self._by_language = {lang: tuple(items) for lang, items in by_lang.items()}
        self.languages: tuple[str, ...] = tuple(sorted(by_lang))
        # Per language selection; few keys (the top languages of an email), so unbounded.
        self._active: dict[tuple[str, ...] | None, tuple[CompiledRule, ...]] = {}
        self._indexed: dict[tuple[str, ...] | None, ActiveRules] = {}

    @classmethod
    def load(
        cls,
        languages: Sequence[str] = PACK_LANGUAGES,
        user_rules: Mapping[str, Any] | None = None,
    ) -> RuleSet:
        """The shipped packs for ``languages`` with the user's rules merged on top.

        ``user_rules`` is the already-parsed TOML of the user's rules file.
        Raises :class:`RuleError` listing every problem found.
        """
        unknown = [lang for lang in languages if lang not in PACK_LANGUAGES]
        if unknown:
            raise RuleError(f"no rule pack for language(s): {', '.join(unknown)}")
        rules = [rule for lang in languages for rule in _pack(lang)]
        if user_rules:
            problems = validate_user_rules(user_rules)
            if problems:
                raise RuleError("; ".join(problems))
            rules = _apply_overrides(rules, user_rules.get("overrides", {}))
            rules.extend(_user_rule(entry) for entry in user_rules.get("rules", []))
        return cls(rules)

    def active(self, languages: Iterable[str] | None = None) -> tuple[CompiledRule, ...]:
        """Enabled rules for ``languages`` (all when None) plus language-neutral user rules."""
        key = None if languages is None else tuple(languages)
        cached = self._active.get(key)
        if cached is None:
            wanted = self.languages if key is None else (*key, "any")
            seen: set[str] = set()
            out: list[CompiledRule] = []
            for lang in wanted:
                if lang in self._by_language and lang not in seen:
                    seen.add(lang)
                    out.extend(self._by_language[lang])
            cached = self._active[key] = tuple(out)
        return cached

    def indexed(self, languages: Iterable[str] | None = None) -> ActiveRules:
        """:meth:`active` with one anchor scan per ``where`` and the rules by anchor."""
        key = None if languages is None else tuple(languages)
        cached = self._indexed.get(key)
        if cached is None:
            rules = self.active(key)
            by_anchor: dict[str, dict[str, list[int]]] = {}
            by_required: dict[str, dict[str, list[int]]] = {}
            for position, item in enumerate(rules):
                for anchor in item.anchors or ():
                    index = by_anchor.setdefault(item.rule.where, {})
                    index.setdefault(anchor, []).append(position)
                for literal in item.required or ():
                    index = by_required.setdefault(item.rule.where, {})
                    index.setdefault(literal, []).append(position)
            wheres = by_anchor.keys() | by_required.keys()
            cached = self._indexed[key] = ActiveRules(
                rules,
                scans={where: AnchorScan({*by_anchor.get(where, {}),
                                          *by_required.get(where, {})}) for where in wheres},
                by_anchor=_frozen(by_anchor),
                unanchored=tuple(p for p, item in enumerate(rules) if item.anchors is None),
                by_required=_frozen(by_required),
                unrequired=frozenset(p for p, item in enumerate(rules) if item.required is None))
        return cached


def _frozen(index: dict[str, dict[str, list[int]]]) -> dict[str, dict[str, tuple[int, ...]]]:
    return {where: {literal: tuple(at) for literal, at in by.items()}
            for where, by in index.items()}


def validate_user_rules(user_rules: Mapping[str, Any]) -> list[str]:
    """Every problem in a parsed user rules file, each naming its rule id and field."""
    if not isinstance(user_rules, Mapping):
        return ["rules file: expected a table"]
    problems = [
        f"rules file: unknown key {key!r}"
        for key in user_rules
        if key not in ("rules", "overrides")
    ]
    entries = user_rules.get("rules", [])
    if not isinstance(entries, list):
        problems.append("rules: expected an array of tables ([[rules]])")
        entries = []
    shipped = _shipped_ids()
    seen: set[str] = set()
    for n, entry in enumerate(entries, 1):
        problems.extend(_check_user_entry(n, entry, seen))
    overrides = user_rules.get("overrides", {})
    if not isinstance(overrides, Mapping):
        problems.append('overrides: expected a table ([overrides."<rule id>"])')
        overrides = {}
    for rule_id, change in overrides.items():
        where = f"overrides.{rule_id}"
        if rule_id not in shipped:
            problems.append(f"{where}: no shipped rule with this id")
        if not isinstance(change, Mapping):
            problems.append(f"{where}: expected a table with weight and/or enabled")
            continue
        problems.extend(f"{where}: unknown key {k!r}" for k in change if k not in _OVERRIDE_KEYS)
        if "weight" in change:
            problems.extend(_check_weight(where, change["weight"]))
        if "enabled" in change and not isinstance(change["enabled"], bool):
            problems.append(f"{where}.enabled: expected true or false")
    return problems


def _check_user_entry(n: int, entry: object, seen: set[str]) -> list[str]:
    if not isinstance(entry, Mapping):
        return [f"rules[{n}]: expected a table"]
    rule_id = entry.get("id")
    where = f"rules[{n}]" if not isinstance(rule_id, str) else f"rule {rule_id}"
    problems = [f"{where}: unknown key {k!r}" for k in entry if k not in _RULE_KEYS]
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        problems.append(f"{where}.id: expected dotted lower-case id like 'user.rejection.x'")
    elif not rule_id.startswith(USER_PREFIX):
        problems.append(f"{where}.id: user rule ids must start with {USER_PREFIX!r}")
    elif rule_id in seen:
        problems.append(f"{where}.id: duplicate id")
    else:
        seen.add(rule_id)
    problems.extend(_check_fields(where, entry))
    language = entry.get("language", "any")
    if language != "any" and language not in PACK_LANGUAGES:
        problems.append(f"{where}.language: expected 'any' or one of {', '.join(PACK_LANGUAGES)}")
    if "enabled" in entry and not isinstance(entry["enabled"], bool):
        problems.append(f"{where}.enabled: expected true or false")
    return problems


def _check_fields(where: str, entry: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    if entry.get("kind") not in RULE_KINDS and entry.get("kind") not in REASON_KINDS:
        problems.append(f"{where}.kind: expected one of {', '.join(RULE_KINDS)} or "
                        f"reason.<tag> ({', '.join(REASON_TAGS)})")
    problems.extend(_check_weight(where, entry.get("weight")))
    if entry.get("where", "any") not in WHERE:
        problems.append(f"{where}.where: expected one of {', '.join(WHERE)}")
    if not isinstance(entry.get("negative", False), bool):
        problems.append(f"{where}.negative: expected true or false")
    pattern = entry.get("pattern")
    if not isinstance(pattern, str) or not pattern.strip():
        problems.append(f"{where}.pattern: expected a non-empty string")
    elif len(pattern) > _MAX_PATTERN:
        problems.append(f"{where}.pattern: longer than {_MAX_PATTERN} characters")
    else:
        try:
            compiled_pattern(pattern)
        except re.error as exc:
            problems.append(f"{where}.pattern: invalid regular expression ({exc})")
    return problems


def _check_weight(where: str, weight: object) -> list[str]:
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 1:
        return [f"{where}.weight: expected a number in (0, 1]"]
    return []


@cache
def compiled_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled once per process (validating a pack and loading it share it; the
    ``re`` module's own cache is smaller than the packs)."""
    # Text is lower-cased before matching; only patterns with upper-case letters need the flag.
    letters = re.sub(r"\\.", "", pattern)
    return re.compile(pattern, re.IGNORECASE if any(c.isupper() for c in letters) else 0)


def _compile(rule: Rule) -> re.Pattern[str]:
    try:
        return compiled_pattern(rule.pattern)
    except re.error as exc:
        raise RuleError(f"rule {rule.id}.pattern: invalid regular expression ({exc})") from exc


@cache
def _pack(language: str) -> tuple[Rule, ...]:
    """The shipped rules of one language, validated."""
    data = pack_data(language)
    rules: list[Rule] = []
    problems: list[str] = []
    for n, entry in enumerate(data.get("rules", []), 1):
        rule_id = entry.get("id", "")
        where = f"pack {language} rule {rule_id or n}"
        if not _ID.match(rule_id) or not rule_id.startswith(f"{language}."):
            problems.append(f"{where}.id: expected '{language}.<kind>.<name>'")
        problems.extend(_check_fields(where, entry))
        if not problems:
            rules.append(
                Rule(
                    id=rule_id,
                    kind=entry["kind"],
                    language=language,
                    pattern=entry["pattern"],
                    weight=float(entry["weight"]),
                    negative=entry.get("negative", False),
                    where=entry.get("where", "any"),
                    source=f"pack:{language}",
                    examples=tuple(entry.get("examples", ())),
                )
            )
    ids = [r.id for r in rules]
    problems.extend(
        f"pack {language}: duplicate id {i}" for i in sorted(set(ids)) if ids.count(i) > 1
    )
    if problems:
        raise RuleError("; ".join(problems))
    return tuple(rules)


@cache
def _shipped_ids() -> frozenset[str]:
    return frozenset(rule.id for lang in PACK_LANGUAGES for rule in _pack(lang))


def _apply_overrides(rules: list[Rule], overrides: Mapping[str, Mapping[str, Any]]) -> list[Rule]:
    out = []
    for rule in rules:
        change = overrides.get(rule.id)
        if change:
            rule = replace(
                rule,
                weight=float(change.get("weight", rule.weight)),
                enabled=bool(change.get("enabled", rule.enabled)),
            )
        out.append(rule)
    return out


def _user_rule(entry: Mapping[str, Any]) -> Rule:
    return Rule(
        id=entry["id"],
        kind=entry["kind"],
        language=entry.get("language", "any"),
        pattern=entry["pattern"],
        weight=float(entry["weight"]),
        negative=entry.get("negative", False),
        where=entry.get("where", "any"),
        source="user",
        enabled=entry.get("enabled", True),
        examples=tuple(entry.get("examples", ())),
    )


def example_misses(rule: Rule, prepare: Callable[[str], str]) -> list[str]:
    """The rule's examples it does not match, each prepared as classification prepares text."""
    compiled = _compile(rule)
    return [example for example in rule.examples if not compiled.search(prepare(example).lower())]
