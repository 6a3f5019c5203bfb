"""Where each of many literal anchors occurs in a text, found in one regex pass.

The rules' anchors (:mod:`afterword.parsers.anchors`) are hundreds of short literals.
Testing each with ``in`` costs one interpreter step per anchor per text; one regex,
built as a trie of the anchors and tried at every position behind a look-ahead,
costs one C-level pass. At each position the trie matches the longest anchor there;
every shorter anchor that starts there is one of its prefixes, so each occurrence of
every anchor is recovered from the longest match and its prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


class AnchorScan:
    """The offsets of every anchor that occurs in a text."""

    def __init__(self, anchors: Iterable[str]) -> None:
        trie: dict[str, dict] = {}
        for anchor in {anchor for anchor in anchors if anchor}:
            node = trie
            for char in anchor:
                node = node.setdefault(char, {})
            node[_END] = {}
        self._prefixes: dict[str, tuple[str, ...]] = {}
        self._collect(trie, "", ())
        body = _pattern(trie)
        self._regex = re.compile(f"(?=({body}))") if body else None

    def scan(self, text: str) -> dict[str, tuple[int, ...]]:
        """Each anchor that occurs in ``text`` with its start offsets, in increasing order;
        an absent anchor is left out."""
        found: dict[str, list[int]] = {}
        if self._regex is not None:
            for match in self._regex.finditer(text):
                at = match.start()
                for anchor in self._prefixes[match.group(1)]:
                    found.setdefault(anchor, []).append(at)
        return {anchor: tuple(at) for anchor, at in found.items()}

    def _collect(self, node: dict[str, dict], path: str, ended: tuple[str, ...]) -> None:
        """Record, for each anchor, the anchors that are its prefixes (itself included)."""
        if _END in node:
            ended = (*ended, path)
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
