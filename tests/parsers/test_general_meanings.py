"""Meanings found missing by grouped validation are detected, in our own words, and the
examples that pack rules carry are matched by those rules."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

import afterword.parsers as parsers
from afterword.parsers import RuleSet, analyse
from afterword.parsers.classify import _prepare

EXAMPLES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "general_meanings.jsonl").read_text().splitlines()
]
PACKS = sorted((Path(parsers.__file__).parent / "packs").glob("*.toml"))


def _raw(example: dict[str, str]) -> bytes:
    return (
        "From: Team <team@sender.example>\r\nTo: sam@example.org\r\n"
        f"Subject: {example['subject']}\r\nMessage-ID: <{example['name']}@sender.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + example["body"]
    ).encode()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["name"] for e in EXAMPLES])
def test_a_general_meaning_is_detected_as_its_kind(example: dict[str, str]) -> None:
    _, found = analyse(_raw(example), RuleSet.load())
    assert found.kind.value == example["kind"]


@pytest.mark.parametrize("pack", PACKS, ids=[p.stem for p in PACKS])
def test_every_example_a_pack_rule_carries_is_matched_by_that_rule(pack: Path) -> None:
    rules = tomllib.loads(pack.read_text("utf-8")).get("rules", [])
    unmatched = [
        (rule["id"], text)
        for rule in rules
        for text in rule.get("examples", ())
        if not re.search(rule["pattern"], _prepare(text).lower())
    ]
    assert unmatched == []


@pytest.mark.parametrize(("written", "read"), [
    ("seguir com outro(a) profissional", "seguir com outro profissional"),
    ("vous n'avez pas été retenu(e)", "vous n'avez pas été retenu"),
    ("otros/as candidatos/as", "otros candidatos"),
    ("Bewerbung e/ou CV", "Bewerbung e/ou CV"),
    ("step (a) of 3", "step (a) of 3"),
])
def test_an_inclusive_gender_ending_reads_as_the_word_alone(written: str, read: str) -> None:
    assert _prepare(written) == read
