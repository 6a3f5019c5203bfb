"""A rule's anchored search finds exactly what a plain regex search finds, and a rule
is skipped only when none of the literals every match contains occurs.

``CompiledRule.search`` only tries the regex where one of the rule's literal anchors
occurs; these tests hold it to ``regex.search`` on text made of those anchors, the
words around them and punctuation, for every shipped rule.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.parsers import RuleSet
from afterword.parsers.anchor_scan import AnchorScan
from afterword.parsers.anchors import plain, required
from afterword.parsers.rules import CompiledRule

RULES = [item for item in RuleSet.load().active() if item.anchors is not None]
FILLER = ["the", "your", "we", "not", "a", "de", "la", "role", "x", "n't", "-", ",", ".", "'", "¶"]


def _same(item: CompiledRule, text: str) -> bool:
    ours, plain = item.search(text), item.regex.search(text)
    return (ours and ours.span()) == (plain and plain.span())


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_anchored_search_equals_regex_search(data: st.DataObject) -> None:
    item = data.draw(st.sampled_from(RULES))
    words = re.findall(r"[a-zà-ÿ']+", item.rule.pattern)
    pieces = st.sampled_from([*map(plain, item.anchors), *words, *FILLER])
    parts = data.draw(st.lists(pieces, max_size=25))
    glue = data.draw(st.sampled_from([" ", "", "  "]))
    assert _same(item, glue.join(parts))


def test_rules_given_the_anchor_scan_of_a_text_find_what_a_regex_search_finds() -> None:
    text = "we will not be moving forward with your application, sadly"
    scanned = AnchorScan({anchor for item in RULES for anchor in item.anchors or ()}).scan(text)

    hits = [item.search(text, scanned) for item in RULES]

    assert any(hits)
    assert all((hit and hit.span()) == (plain and plain.span())
               for hit, plain in zip(hits, (item.regex.search(text) for item in RULES),
                                     strict=True))


def test_only_rules_with_an_anchor_in_the_text_are_worth_trying() -> None:
    active = RuleSet.load().indexed(("en",))
    text = "unfortunately we have decided not to proceed"
    scanned = {where: scan.scan(text) for where, scan in active.scans.items()}

    tried = active.worth_trying(scanned)

    assert {item.rule.id for item in tried} >= {
        item.rule.id for item in active.rules if item.regex.search(text)}
    assert len(tried) < len(active.rules) / 4
    assert [active.rules.index(item) for item in tried] == sorted(
        active.rules.index(item) for item in tried)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_match_contains_one_of_the_rules_required_literals(data: st.DataObject) -> None:
    item = data.draw(st.sampled_from([i for i in RULES if i.required is not None]))
    words = re.findall(r"[a-zà-ÿ']+", item.rule.pattern)
    pieces = st.sampled_from([*map(plain, item.anchors or ()), *(item.required or ()), *words,
                              *FILLER])
    text = data.draw(st.sampled_from([" ", ""])).join(data.draw(st.lists(pieces, max_size=25)))
    hit = item.regex.search(text)
    assert hit is None or any(literal in hit.group(0) for literal in item.required or ())


def test_each_rules_own_examples_contain_a_required_literal_where_they_match() -> None:
    for item in RuleSet.load().active():
        for example in item.rule.examples:
            hit = item.regex.search(example.lower())
            if hit is not None and item.required is not None:
                assert any(literal in hit.group(0) for literal in item.required), (
                    item.rule.id, example)


def test_a_rule_whose_required_literal_is_absent_is_not_tried() -> None:
    active = RuleSet.load().indexed(("en",))
    reschedule = next(i for i in active.rules if i.rule.id == "en.interview.reschedule")
    assert reschedule.required is not None and "interview" in reschedule.required
    moved_only = "we have moved offices"
    moved_interview = "we have moved your interview to friday"

    def tried(text: str) -> set[str]:
        scanned = {where: scan.scan(text) for where, scan in active.scans.items()}
        return {item.rule.id for item in active.worth_trying(scanned)}

    assert "en.interview.reschedule" not in tried(moved_only)
    assert "en.interview.reschedule" in tried(moved_interview)


def test_required_literals_come_from_mandatory_parts_only() -> None:
    assert required(r"\b(?:we|they) (?:\S+ )?(?:interview|assessment)s?\b") == (
        "assessment", "interview")
    assert required(r"\b(?:we|they) (?:interview|assessment)?\b") is None
    assert required(r"\bwe (?:will )?withdrawn?\b|\bcancelled\b") is None
    assert required(r"\bwe (?:\S+ )?withdrawn\b|\bthey (?:\S+ )?cancelled\b") == (
        "cancelled", "withdrawn")
