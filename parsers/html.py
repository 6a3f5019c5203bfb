"""HTML bodies to readable plain text (BeautifulSoup with the lxml parser).

Scripts, styles and the document head are dropped; block elements become line
breaks; link targets are kept as text after the link ("Apply (https://...)");
``<blockquote>`` content becomes ``> `` lines so the quote splitter sees it.
Input beyond :data:`MAX_HTML_CHARS` is cut before parsing: a 10 MB newsletter
must cost milliseconds, and the words that classify an email come first.

The text is produced in one iterative walk over the parsed tree, with an explicit
stack and no edits to the tree: linear in the number of nodes however deeply they
nest (editing the tree, or recursing, made 40,000 nested ``<div>`` cost a minute).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from bs4 import BeautifulSoup, CData, MarkupResemblesLocatorWarning, NavigableString, Tag

MAX_HTML_CHARS = 200_000

_DROP = ("script", "style", "head", "title", "noscript", "template", "svg", "meta", "link")
_BLOCKS = (
    "p",
    "div",
    "br",
    "tr",
    "li",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "hr",
    "pre",
    "center",
    "td",
)
_SPACES = re.compile(r"[ \t\u00a0\u200b\u200c\u200d\ufeff]+")
_BLANKS = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """Readable text of an HTML document or fragment; never raises on malformed markup."""
    if len(html) > MAX_HTML_CHARS:
        html = html[:MAX_HTML_CHARS]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "lxml")
    return _tidy(_render(soup))


@dataclass(frozen=True)
class _Close:
    """Marks where an element ends in the walk: what to do with the text it held."""

    what: str  # "block", "quote", "nested" (a quote inside a quote) or "link"
    href: str = ""


def _render(root: Tag) -> str:
    """The text of ``root``: blocks on their own lines, quotes as ``> `` lines, links
    followed by their target."""
    buffers: list[list[str]] = [[]]  # the innermost open quote or link collects its own text
    stack: list[object] = [root]
    quotes = 0
    while stack:
        item = stack.pop()
        if isinstance(item, _Close):
            if item.what == "block":
                buffers[-1].append("\n")
            elif item.what == "nested":
                quotes -= 1
            elif item.what == "quote":
                quotes -= 1
                lines = _tidy("".join(buffers.pop())).splitlines()
                buffers[-1].append("\n" + "\n".join("> " + ln for ln in lines) + "\n")
            else:
                label = "".join(buffers.pop())
                buffers[-1].append(label)
                if item.href not in " ".join(label.split()):
                    buffers[-1].append(f" ({item.href})")
            continue
        if type(item) in (NavigableString, CData):
            buffers[-1].append(str(item))
            continue
        if not isinstance(item, Tag) or item.name in _DROP:
            continue
        if item.name in _BLOCKS:
            buffers[-1].append("\n")
            stack.append(_Close("block"))
        if item.name == "blockquote" and not quotes:
            quotes += 1
            buffers.append([])
            stack.append(_Close("quote"))
        elif item.name == "blockquote":
            quotes += 1
            stack.append(_Close("nested"))
        href = str(item.get("href", "")).strip() if item.name == "a" else ""
        if href.startswith(("http://", "https://")):
            buffers.append([])
            stack.append(_Close("link", href))
        stack.extend(reversed(item.contents))
    return "".join(buffers[0])


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
