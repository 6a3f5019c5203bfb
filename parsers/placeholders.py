"""Template placeholders ("[Company Name]", "{{first_name}}", "<Job Title>", "XXX") as opaque words.

Published templates and half-filled ATS mails keep their placeholders. The rules must
read each one as a single unknown word (``[Hiring Manager]`` is no evidence of hiring,
``{{company.name}}`` none of a company), and extraction must never return one as a
company, a role or a recipient's name.
"""

from __future__ import annotations

import re

OPAQUE = "_"

_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{1,40}\]"  # [Candidate Name]
    r"|\{\{[^{}\n]{1,40}\}\}"  # {{first_name}}
    r"|\{[A-Za-z_.]{1,30}\}"  # {first_name}
    r"|<[A-Za-z][\w ./-]{0,30}>"  # <Name> (addresses and links have @ or :)
    r"|%[A-Z][A-Z_]{2,30}%"  # %FIRSTNAME%
    r"|\bX{3,}\b|\bX{2,4}(?:[./]X{2,4})+\b"  # XXX, XX.XX.XXXX
)
_HINTS = ("[", "{", "<", "%", "XX")


def mask(text: str) -> str:
    """``text`` with every placeholder replaced by one opaque word (:data:`OPAQUE`)."""
    if not any(hint in text for hint in _HINTS):
        return text
    return _PLACEHOLDER.sub(OPAQUE, text)


def has_placeholder(text: str) -> bool:
    """True when ``text`` holds a template placeholder."""
    return any(hint in text for hint in _HINTS) and _PLACEHOLDER.search(text) is not None
