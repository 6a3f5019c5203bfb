"""Reasons in feedback and rejections are tagged from the packs' reason rules, evidence kept.

Twenty short texts of our own per language (tests/parsers/data/reasons.jsonl), each
with the tags it must get; a text naming no reason is ``no_reason_given``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afterword.parsers import RuleSet, classify, parse_message

DATA = Path(__file__).resolve().parent / "data" / "reasons.jsonl"
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def tags_of(text: str, language: str) -> tuple[list[str], object]:
    subject = "Re: Your application" if language == "en" else "Re: Ihre Bewerbung"
    raw = f"From: Dana <dana@acme.example>\r\nSubject: {subject}\r\n\r\n{text}\r\n".encode()
    found = classify(parse_message(raw), RuleSet.load())
    return sorted(found.reason_tags), found


def test_twenty_texts_of_each_language() -> None:
    assert {lang: sum(1 for c in CASES if c["language"] == lang) for lang in ("en", "de")} \
        == {"en": 20, "de": 20}


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_each_text_gets_its_reason_tags_with_their_evidence(case: dict[str, object]) -> None:
    tags, found = tags_of(str(case["text"]), str(case["language"]))
    assert tags == case["tags"]
    for tag, evidence in found.reasons:  # type: ignore[attr-defined]
        assert evidence.rule.split(".")[1:3] == ["reason", tag] and evidence.text
