"""Editing the user's rules TOML: add, enable/disable, re-weight, import, export.

The file's shape is documented in ``docs/rules.md``: ``[[rules]]`` tables for
the user's own rules, ``[overrides."<shipped id>"]`` tables re-weighting or
disabling shipped rules. Every edit here is a pure function from one document
to a new one; :func:`save` validates the result with
:func:`afterword.parsers.validate_user_rules` and only then replaces the file atomically
(temporary file + ``os.replace``, mode kept, 0600 for a new file). An invalid
result raises :class:`~afterword.daemon.errors.UsageError` and writes nothing.

Documents are tomlkit documents, edited in place: the comments, order and
formatting the user wrote survive every edit; only the values changed are new.

Importing merges by default: an imported rule replaces the user rule with the
same id and other rules are appended; an imported override replaces the
override of the same shipped rule. ``replace=True`` makes the imported file the
whole rules file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Table
from tomlkit.toml_document import TOMLDocument

from afterword.daemon.detection.loading import read_user_rules
from afterword.daemon.errors import ConfigError, UsageError
from afterword.daemon.files import write_atomically
from afterword.parsers import RuleSet, validate_user_rules

Document = TOMLDocument

HEADER = ("Afterword: your detection rules (format: docs/rules.md).\n"
          "Edited by `afterword rules`, which keeps your comments.")
_KEY_ORDER = ("id", "kind", "pattern", "weight", "where", "negative", "language", "enabled")


@cache
def shipped_weights() -> dict[str, float]:
    """Every shipped rule id (all languages) and its pack weight."""
    return {rule.id: rule.weight for rule in RuleSet.load().rules}


def load(path: Path) -> Document:
    """The user's rules document, comments and all; a new one when there is no file yet."""
    if read_user_rules(path) is None:  # also reports unreadable or invalid TOML
        return _new_document()
    return tomlkit.parse(path.read_text(encoding="utf-8"))


def _new_document() -> Document:
    document = tomlkit.document()
    for line in HEADER.splitlines():
        document.add(tomlkit.comment(line))
    document.add(tomlkit.nl())
    return document


def save(path: Path, document: Mapping[str, Any]) -> None:
    """Validate ``document`` and atomically replace ``path`` with it."""
    check(document, what=f"refusing to write {path}")
    write_atomically(path, tomlkit.dumps(editable(document)))


def check(document: Mapping[str, Any], *, what: str) -> None:
    """Raise UsageError naming every problem in ``document``."""
    plain = document.unwrap() if isinstance(document, TOMLDocument) else document
    problems = validate_user_rules(plain)
    if problems:
        raise UsageError(f"{what}: " + "; ".join(problems))


def user_rule(document: Mapping[str, Any], rule_id: str) -> dict[str, Any] | None:
    """The user rule with this id, if the document has one."""
    for entry in document.get("rules", []):
        if isinstance(entry, Mapping) and entry.get("id") == rule_id:
            return {key: _plain(value) for key, value in entry.items()}
    return None


def add_rule(document: Mapping[str, Any], *, kind: str, pattern: str, weight: float,
             negative: bool = False, language: str = "any", where: str = "any",
             rule_id: str | None = None) -> tuple[Document, str]:
    """A new document with one more user rule, and that rule's id."""
    new = editable(document)
    rules = _rules(new)
    taken = {e.get("id") for e in rules if isinstance(e, Mapping)}
    chosen = rule_id or readable_id(kind, pattern, taken)
    if chosen in taken:
        raise UsageError(f"a user rule {chosen} already exists (choose another --id, or "
                         f"`afterword rules set-weight {chosen} W`)")
    entry: dict[str, Any] = {"id": chosen, "kind": kind, "pattern": pattern,
                             "weight": weight, "where": where, "language": language}
    if negative:
        entry["negative"] = True
    rules.append(_rule_table(entry))
    return new, chosen


def readable_id(kind: str, pattern: str, taken: set[Any]) -> str:
    """``user.<kind>.<first words of the pattern>``, numbered when already taken."""
    plain = unicodedata.normalize("NFKD", re.sub(r"\\.", " ", pattern.lower()))
    words = [w for w in re.findall(r"[a-z0-9]+", plain, re.ASCII) if len(w) > 1][:4]
    slug = "_".join(words)[:40].strip("_") or "rule"
    kind_part = re.sub(r"[^a-z0-9_]", "_", kind.lower()) or "rule"
    base = f"user.{kind_part}.{slug}"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def set_enabled(document: Mapping[str, Any], rule_id: str, enabled: bool) -> Document:
    """Enable or disable a rule: a user rule's ``enabled``, else an override of a shipped one."""
    return _change(document, rule_id, "enabled", enabled)


def set_weight(document: Mapping[str, Any], rule_id: str, weight: float) -> Document:
    """Re-weight a rule: a user rule's ``weight``, else an override of a shipped one."""
    return _change(document, rule_id, "weight", weight)


def _change(document: Mapping[str, Any], rule_id: str, key: str, value: Any) -> Document:
    new = editable(document)
    for entry in new.get("rules", []):
        if isinstance(entry, Table) and entry.get("id") == rule_id:
            if key == "enabled" and value:
                entry.pop("enabled", None)
            else:
                entry[key] = value
            return new
    shipped = shipped_weights()
    if rule_id not in shipped:
        raise UsageError(f"no rule with id {rule_id!r} (`afterword rules list` shows them)")
    overrides = _overrides(new)
    if rule_id not in overrides:
        overrides[rule_id] = tomlkit.table()
    change = overrides[rule_id]
    back_to_default = (key == "enabled" and value) or (key == "weight"
                                                       and value == shipped[rule_id])
    if back_to_default:
        change.pop(key, None)
    else:
        change[key] = value
    if not change:
        del overrides[rule_id]
    return new


def merge(document: Mapping[str, Any], incoming: Mapping[str, Any]) -> Document:
    """``document`` with ``incoming``'s rules and overrides laid over it, by id."""
    new = editable(document)
    if incoming.get("rules"):
        rules = _rules(new)
        index = {e.get("id"): n for n, e in enumerate(rules) if isinstance(e, Mapping)}
        for entry in incoming["rules"]:
            if entry.get("id") in index:
                rules[index[entry["id"]]] = _rule_table(entry)
            else:
                rules.append(_rule_table(entry))
    if incoming.get("overrides"):
        overrides = _overrides(new)
        for rule_id, change in incoming["overrides"].items():
            overrides[rule_id] = _table(change)
    return new


def import_file(path: Path, source: Path, *, replace: bool = False) -> Document:
    """Validate ``source``, merge it into (or make it) the rules file at ``path``; return it."""
    try:
        incoming = read_user_rules(source)
    except ConfigError as exc:
        raise UsageError(f"cannot import {exc.message}") from None
    if incoming is None:
        raise UsageError(f"cannot import {source}: no such file")
    check(incoming, what=f"not importing {source}")
    result = merge(_new_document() if replace else load(path), incoming)
    save(path, result)
    return result


def export_text(path: Path) -> str:
    """The rules file as ``afterword rules export`` writes it, comments included."""
    return tomlkit.dumps(load(path))


def editable(document: Mapping[str, Any]) -> Document:
    """A tomlkit copy of ``document`` to edit (a plain mapping is laid out readably)."""
    if isinstance(document, TOMLDocument):
        try:
            return tomlkit.parse(tomlkit.dumps(document))
        except TOMLKitError as exc:
            raise UsageError(f"cannot edit the rules file: {exc}") from None
    return merge(_new_document(), {"rules": list(document.get("rules", [])),
                                   "overrides": dict(document.get("overrides", {}))})


def _rules(document: Document) -> AoT:
    if not document.get("rules"):  # absent, or written as an empty array
        document["rules"] = tomlkit.aot()
    rules = document["rules"]
    assert isinstance(rules, AoT)
    return rules


def _overrides(document: Document) -> Table:
    if "overrides" not in document:
        document["overrides"] = tomlkit.table(is_super_table=True)
    overrides = document["overrides"]
    assert isinstance(overrides, Table)
    return overrides


def _rule_table(entry: Mapping[str, Any]) -> Table:
    """A rule as a TOML table, its keys in a readable order, its pattern a literal string."""
    ordered = {key: entry[key] for key in (*_KEY_ORDER, *sorted(set(entry) - set(_KEY_ORDER)))
               if key in entry}
    return _table(ordered)


def _table(values: Mapping[str, Any]) -> Table:
    table = tomlkit.table()
    for key, value in values.items():
        if key == "pattern" and isinstance(value, str) and "'" not in value \
                and "\n" not in value and value.isprintable():
            table[key] = tomlkit.string(value, literal=True)
        else:
            table[key] = _plain(value)
    return table


def _plain(value: Any) -> Any:
    return value.unwrap() if hasattr(value, "unwrap") else value
