"""A rule's anchored search finds exactly what a plain regex search finds.

``CompiledRule.search`` only tries the regex where one of the rule's literal anchors
occurs; these tests hold it to ``regex.search`` on text made of those anchors, the
words around them and punctuation, for every shipped rule.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.parsers import RuleSet
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
    pieces = st.sampled_from([*item.anchors, *words, *FILLER])
    parts = data.draw(st.lists(pieces, max_size=25))
    glue = data.draw(st.sampled_from([" ", "", "  "]))
    assert _same(item, glue.join(parts))


def test_offsets_are_shared_between_rules_of_one_text() -> None:
    text = "we will not be moving forward with your application, sadly"
    cache: dict[str, tuple[int, ...]] = {}
    hits = [item.search(text, cache) for item in RULES]
    assert any(hits)
    assert all(_same(item, text) for item in RULES)
    assert cache["sadly"] == (text.index("sadly"),)
