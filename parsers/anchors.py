"""Literal anchors of a rule pattern: a cheap pre-check before running the regex.

For a pattern such as ``\\b(?:regret|sadly) to ...|\\bunfortunately\\b`` every match
must contain one of ``regret``, ``sadly``, ``unfortunately``. Checking those with
``in`` on the lower-cased text skips most regex searches (the engine cannot skip
ahead on patterns that start with ``\\b``). When a branch has no literal start of
at least :data:`MIN_ANCHOR` characters, the pattern has no anchors and always runs.
"""

from __future__ import annotations

from collections.abc import Iterator

MIN_ANCHOR = 2
_META = set("\\()[]{}?*+|.^$")


def anchors(pattern: str) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match contains, or None when unknown."""
    found: list[str] = []
    for branch in _split_top(pattern):
        literals = _branch_literals(branch)
        if literals is None:
            return None
        found.extend(literals)
    return tuple(sorted(set(found)))


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` for every unescaped character outside a character class.

    ``depth`` is the group depth after the character: a ``(`` reports its group's
    depth, the matching ``)`` the depth it returns to.
    """
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _split_top(pattern: str) -> list[str]:
    """Split at ``|`` outside groups and character classes."""
    parts, start = [], 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _branch_literals(branch: str, prefix: str = "") -> list[str] | None:
    while True:
        if branch.startswith("\\b"):
            branch = branch[2:]
        elif branch.startswith(("(?<!", "(?<=", "(?!", "(?=")):
            end = _closing(branch)
            if end is None:
                return None
            branch = branch[end + 1 :]
        else:
            break
    literal = prefix + _leading_literal(branch)
    rest = branch[len(literal) - len(prefix) :]
    if len(literal) >= MIN_ANCHOR or not rest.startswith("(?:"):
        return [literal] if len(literal) >= MIN_ANCHOR else None
    end = _closing(rest)
    if end is None or rest[end + 1 : end + 2] in ("?", "*", "{", "+"):
        return None
    out: list[str] = []
    for alternative in _split_top(rest[3:end]):
        literals = _branch_literals(alternative, literal)
        if literals is None:
            return None
        out.extend(literals)
    return out


def _leading_literal(text: str) -> str:
    out: list[str] = []
    for i, c in enumerate(text):
        if c in _META:
            break
        out.append(c)
        if text[i + 1 : i + 2] in ("?", "*", "{"):
            # "hired?" -> "hire": a quantified last character may be absent.
            out.pop()
            break
    return "".join(out).lower()


def _closing(text: str) -> int | None:
    """Index of the ``)`` closing the group ``text`` starts with, or None."""
    for i, c, depth in _structure(text):
        if c == ")" and depth == 0:
            return i
    return None
