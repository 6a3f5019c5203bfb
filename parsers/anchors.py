"""Literal anchors of a rule pattern: a cheap pre-check before running the regex.

For a pattern such as ``\\b(?:regret|sadly) to ...|\\bunfortunately\\b`` every match
must contain one of ``regret``, ``sadly``, ``unfortunately``. Checking those with
``in`` on the lower-cased text skips most regex searches (the engine cannot skip
ahead on patterns that start with ``\\b``). When a branch has no literal start of
at least :data:`MIN_ANCHOR` characters, the pattern has no anchors and always runs.

An anchor the pattern puts right after ``\\b`` is marked :data:`WORD_START`: every match
starts at a word boundary there, so the scan looks for it at word boundaries only (the
anchor "in" of ``\\bin (?:the|our)`` is not looked for inside "within" or "finance").

A match starts at an anchor, and many anchors are common words ("we", "is", "the");
:func:`required` finds a second, longer set of literals further into the pattern, one
of which every match also contains ("interview", "withdrawn"), so a rule whose anchor
occurs but whose required literal does not is not tried either.
"""

from __future__ import annotations

from collections.abc import Iterator

MIN_ANCHOR = 2
#: Prefix of an anchor that every match starts at a word boundary (see :func:`plain`).
WORD_START = "\\b"
#: A required literal set is used only when its shortest literal is this long.
MIN_REQUIRED = 4
_META = set("\\()[]{}?*+|.^$")
_OPTIONAL = ("?", "*", "{")


def anchors(pattern: str) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match starts with, or None when unknown;
    those the pattern puts right after ``\\b`` carry the :data:`WORD_START` prefix."""
    found: list[str] = []
    for branch in _split_top(pattern):
        literals = _branch_anchors(branch)
        if literals is None:
            return None
        found.extend(literals)
    return tuple(sorted(set(found)))


def plain(anchor: str) -> str:
    """The text of an anchor, without its :data:`WORD_START` mark."""
    return anchor.removeprefix(WORD_START)


def required(pattern: str) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match contains, chosen past each branch's
    start to be the most selective; None when some branch has no such set."""
    found: list[str] = []
    for branch in _split_top(pattern):
        best: list[str] | None = None
        for literals in _mandatory_sets(branch)[1:]:
            if _selectivity(literals) >= MIN_REQUIRED and (
                    best is None or _selectivity(literals) > _selectivity(best)):
                best = literals
        if best is None:
            return None
        found.extend(best)
    return tuple(sorted(set(found)))


def _selectivity(literals: list[str]) -> int:
    """How rare a literal set is likely to be: its shortest literal, spaces aside."""
    return min(len(literal.strip()) for literal in literals)


def _mandatory_sets(branch: str) -> list[list[str]]:
    """For each element of ``branch`` every match must pass through (a literal run or an
    unquantified group whose alternatives all start with literals), its literals, in
    order; other elements (classes, escapes, quantified parts) give nothing."""
    sets: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            sets.append(["".join(run).lower()])
            run.clear()

    i = 0
    while i < len(branch):
        c = branch[i]
        if c == "(":
            end = _closing(branch[i:])
            if end is None:
                return sets
            flush()
            group, i = branch[i:i + end + 1], i + end + 1
            if branch[i:i + 1] in _OPTIONAL or group.startswith(("(?=", "(?!", "(?<")):
                continue
            inner = group[3:-1] if group.startswith("(?:") else group[1:-1]
            alternatives = [_branch_literals(a) for a in _split_top(inner)]
            if alternatives and all(alternatives):
                sets.append([lit for lits in alternatives if lits for lit in lits])
            continue
        if c in _OPTIONAL or c == "+":
            if c != "+" and run:
                run.pop()  # the quantified last character may be absent
            flush()
            i = branch.find("}", i) + 1 if c == "{" else i + 1
            continue
        if c in _META:
            flush()
            if c == "\\":
                i += 2
            elif c == "[":
                i = _class_end(branch, i) + 1
            else:
                i += 1
            continue
        run.append(c)
        i += 1
    flush()
    return sets


def _class_end(text: str, start: int) -> int:
    """Index of the ``]`` closing the character class opened at ``start``."""
    i = start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "]" and i > start + 1:
            return i
        i += 1
    return len(text)


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


def _branch_literals(branch: str) -> list[str] | None:
    found = _branch_anchors(branch)
    return None if found is None else [plain(anchor) for anchor in found]


def _branch_anchors(branch: str, prefix: str = "", bounded: bool = False) -> list[str] | None:
    """The anchors a branch starts with; ``prefix`` is the literal an enclosing group
    put before it, ``bounded`` whether a ``\\b`` stands right before that prefix."""
    while True:
        if branch.startswith("\\b"):
            branch = branch[2:]
            bounded = bounded or not prefix
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
        mark = WORD_START if bounded else ""
        return [mark + literal] if len(literal) >= MIN_ANCHOR else None
    end = _closing(rest)
    if end is None or rest[end + 1 : end + 2] in ("?", "*", "{", "+"):
        return None
    out: list[str] = []
    for alternative in _split_top(rest[3:end]):
        literals = _branch_anchors(alternative, literal, bounded)
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
