"""The sentences of the phrase-family tests, kept as data in ``tests/parsers/data/*.jsonl``.

Each line is one sentence: the list it belongs to (``rejections``, ``not_rejections``…),
its ``text``, the ``kind`` it must get when the list says so, and the ``family`` of
phrasings it stands for.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from afterword.parsers import Kind

DATA = Path(__file__).resolve().parents[1] / "parsers" / "data"


def family_lists(stem: str) -> tuple[Callable[[str], list[str]],
                                     Callable[[str], list[tuple[str, Kind | None]]]]:
    """Readers of one data file: the texts of a list, and its (text, kind) pairs."""
    rows = [json.loads(line)
            for line in (DATA / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines()]

    def texts(name: str) -> list[str]:
        return [row["text"] for row in rows if row["list"] == name]

    def pairs(name: str) -> list[tuple[str, Kind | None]]:
        """(text, kind it must get; None: any kind but rejection)."""
        return [(row["text"], Kind(row["kind"]) if row.get("kind") else None)
                for row in rows if row["list"] == name]

    return texts, pairs
