"""The repository holds our own sentences, never the shared corpus's texts.

The corpus beside the checkout (``../shared/corpus``) may be trained and validated
on; its texts may not be copied into rules, examples, tests, fixtures or docs. A
stock formula ("we have decided not to move forward with your application") is
everyone's, so tracked files are compared by runs of 12 words; the examples in
the language packs are short sentences written for their rule, so they are held
to runs of 8.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tomllib
from functools import cache
from pathlib import Path

import pytest

from bench.corpus import find_corpus

REPO = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[^\W_]+")
FILE_RUN = 12
EXAMPLE_RUN = 8


def _runs(text: str, length: int) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + length]) for i in range(len(words) - length + 1)}


@cache
def _corpus_runs(length: int) -> frozenset[str]:
    corpus = find_corpus(None)
    if corpus is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("../shared/corpus is missing beside the checkout: CI must have it")
        pytest.skip("../shared/corpus is not beside this checkout")
    runs: set[str] = set()
    with (corpus / "corpus.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            runs |= _runs(f"{entry.get('subject', '')}\n{entry.get('body', '')}", length)
    return frozenset(runs)


def _tracked_text_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True,
                            check=True).stdout.decode().split("\0")
    return [REPO / name for name in listed if name and (REPO / name).is_file()]


def test_no_tracked_file_repeats_twelve_words_of_the_corpus() -> None:
    corpus = _corpus_runs(FILE_RUN)
    copied = {}
    for path in _tracked_text_files():
        try:
            text = path.read_text("utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        shared = _runs(text, FILE_RUN) & corpus
        if shared:
            copied[str(path.relative_to(REPO))] = sorted(shared)[:3]
    assert copied == {}


def test_no_pack_example_repeats_eight_words_of_the_corpus() -> None:
    corpus = _corpus_runs(EXAMPLE_RUN)
    copied = []
    for pack in sorted((REPO / "parsers" / "packs").glob("*.toml")):
        for rule in tomllib.loads(pack.read_text("utf-8")).get("rules", []):
            copied += [(rule["id"], example) for example in rule.get("examples", ())
                       if _runs(example, EXAMPLE_RUN) & corpus]
    assert copied == []
