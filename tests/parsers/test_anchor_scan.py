"""The one-pass anchor scan finds every occurrence of every anchor, as ``str.find`` would."""

from __future__ import annotations

from afterword.parsers.anchor_scan import AnchorScan


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
