"""HTML bodies to readable plain text (BeautifulSoup with the lxml parser).

Scripts, styles and the document head are dropped; block elements become line
breaks; link targets are kept as text after the link ("Apply (https://...)");
``<blockquote>`` content becomes ``> `` lines so the quote splitter sees it.
Input beyond :data:`MAX_HTML_CHARS` is cut before parsing: a 10 MB newsletter
must cost milliseconds, and the words that classify an email come first.
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString

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
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for link in soup.find_all("a", href=True):
        href = str(link.get("href", "")).strip()
        label = link.get_text(" ", strip=True)
        if href.startswith(("http://", "https://")) and href not in label:
            link.append(f" ({href})")
    for tag in soup.find_all(_BLOCKS):
        # Inside the tag: insert_before/after would scan all siblings (quadratic on flat pages).
        tag.insert(0, NavigableString("\n"))
        tag.append(NavigableString("\n"))
    for quote in soup.find_all("blockquote"):
        if quote.find_parent("blockquote") is not None:
            continue
        lines = _tidy(quote.get_text()).splitlines()
        quote.replace_with(NavigableString("\n" + "\n".join("> " + ln for ln in lines) + "\n"))
    return _tidy(soup.get_text())


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
