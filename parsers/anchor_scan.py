"""Where each of many literal anchors occurs in a text, found in two regex passes.

The rules' anchors (:mod:`afterword.parsers.anchors`) are hundreds of short literals.
Testing each with ``in`` costs one interpreter step per anchor per text; one regex,
built as a trie of the anchors and tried at every position behind a look-ahead,
costs one C-level pass. At each position the trie matches the longest anchor there;
every shorter anchor that starts there is one of its prefixes, so each occurrence of
every anchor is recovered from the longest match and its prefixes. Anchors marked
:data:`~afterword.parsers.anchors.WORD_START` get a trie of their own, tried at word
boundaries only: short ones ("in", "re", "we") then stop matching inside other words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from afterword.parsers.anchors import WORD_START

_END = ""


class AnchorScan:
    """The offsets of every anchor that occurs in a text (a :data:`WORD_START` anchor
    only where a word boundary precedes it)."""

    def __init__(self, anchors: Iterable[str]) -> None:
        wanted = {anchor for anchor in anchors if anchor.removeprefix(WORD_START)}
        self._passes = [
            _Pass(sorted(a for a in wanted if a.startswith(WORD_START)), WORD_START),
            _Pass(sorted(a for a in wanted if not a.startswith(WORD_START)), ""),
        ]

    def scan(self, text: str) -> dict[str, tuple[int, ...]]:
        """Each anchor that occurs in ``text`` with its start offsets, in increasing order;
        an absent anchor is left out."""
        found: dict[str, list[int]] = {}
        for one in self._passes:
            one.scan(text, found)
        return {anchor: tuple(at) for anchor, at in found.items()}


class _Pass:
    """One regex pass over a text for the anchors sharing a ``mark`` (``\\b`` or none)."""

    def __init__(self, anchors: list[str], mark: str) -> None:
        trie: dict[str, dict] = {}
        for anchor in anchors:
            node = trie
            for char in anchor.removeprefix(mark):
                node = node.setdefault(char, {})
            node[_END] = {}
        self._mark = mark
        self._prefixes: dict[str, tuple[str, ...]] = {}
        self._collect(trie, "", ())
        body = _pattern(trie)
        self._regex = re.compile(f"{mark}(?=({body}))") if body else None

    def scan(self, text: str, found: dict[str, list[int]]) -> None:
        if self._regex is None:
            return
        for match in self._regex.finditer(text):
            at = match.start()
            for anchor in self._prefixes[match.group(1)]:
                found.setdefault(anchor, []).append(at)

    def _collect(self, node: dict[str, dict], path: str, ended: tuple[str, ...]) -> None:
        """Record, for each anchor, the anchors that are its prefixes (itself included)."""
        if _END in node:
            ended = (*ended, self._mark + path)
            self._prefixes[path] = ended
        for char, child in node.items():
            if char != _END:
                self._collect(child, path + char, ended)


def _pattern(node: dict[str, dict]) -> str:
    """The trie under ``node`` as a regex that prefers the longest anchor."""
    branches = [re.escape(char) + _pattern(child)
                for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if _END in node else body
