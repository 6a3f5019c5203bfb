"""The anchor scan finds every occurrence of every anchor, as ``str.find`` would, and a
word-start anchor only where a word begins."""

from __future__ import annotations

from afterword.parsers.anchor_scan import AnchorScan
from afterword.parsers.anchors import WORD_START, anchors


def _by_find(text: str, anchor: str) -> tuple[int, ...]:
    found, at = [], text.find(anchor)
    while at >= 0:
        found.append(at)
        at = text.find(anchor, at + 1)
    return tuple(found)


def test_nested_and_overlapping_anchors_are_each_found_at_every_offset() -> None:
    anchors = ["in", "interview", "view", "we regret", "regret", "ee", "absent"]
    text = "we regret the interview in vienna; a review between three"
    scan = AnchorScan(anchors)

    offsets = scan.scan(text)

    assert offsets == {anchor: _by_find(text, anchor) for anchor in anchors if anchor in text}


def test_an_anchor_that_is_absent_is_left_out() -> None:
    offsets = AnchorScan(["offer", "thanks", "unfortunately"]).scan("thanks for applying")

    assert offsets == {"thanks": (0,)}


def test_anchors_with_regex_characters_are_matched_literally() -> None:
    text = "c++ (senior) dev, salary 50k+; n't"
    anchors = ["c++", "(senior)", "n't", "k+;"]

    assert AnchorScan(anchors).scan(text) == {a: _by_find(text, a) for a in anchors}


def test_no_anchors_scan_to_nothing() -> None:
    assert AnchorScan([]).scan("any text at all") == {}


def test_a_word_start_anchor_is_found_only_where_a_word_begins() -> None:
    text = "within the finance team, in short: interviews in june"
    scan = AnchorScan([WORD_START + "in", "in"])

    offsets = scan.scan(text)

    assert offsets[WORD_START + "in"] == (25, 35, 46)  # "in", "interviews", "in"
    assert offsets["in"] == _by_find(text, "in")
    assert len(offsets["in"]) > len(offsets[WORD_START + "in"])


def test_a_pattern_marks_the_anchors_that_follow_a_word_boundary() -> None:
    assert anchors(r"\b(?:we|they) regret\b|n't (?:be )?moving") == (
        WORD_START + "they", WORD_START + "we", "n't ")
    assert anchors(r"(?<!if )\bunable to\b") == (WORD_START + "unable to",)
    assert anchors(r"(?:\bwe|our) team") == (WORD_START + "we", "our")
