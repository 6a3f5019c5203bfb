"""The shipped language packs: found in ``parsers/packs/``, read once.

A language is one file, ``parsers/packs/<code>.toml``: its ``id_words`` (see
:mod:`afterword.parsers.language`), its rules (see :mod:`afterword.parsers.rules`), how
its mail quotes and signs off (``[quotes]``, see :mod:`afterword.parsers.quotes`), its
subject prefixes (``[subject]``, :mod:`afterword.parsers.subject_prefixes`), its job-title
phrases and words (``[[role_phrases]]``, ``[role_words]``, :mod:`afterword.parsers.roles`),
what its hiring teams call themselves (``[company_words]``,
:mod:`afterword.parsers.hiring_teams`), the honorifics, particles and signature titles
of its people's names (``[names]``, :mod:`afterword.parsers.names`), and for
the daemon the names its mail clients give Drafts and Sent (``[mailbox]``) and its
draft templates with their wording (``[draft]``). Adding a language is adding a
file; nothing in Python lists them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

#: Tried first wherever packs are ranked (and the fallback for a draft's language).
FIRST_LANGUAGE = "en"


def _discover() -> tuple[str, ...]:
    folder = resources.files("afterword.parsers").joinpath("packs")
    codes = sorted(
        entry.name.removesuffix(".toml")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )
    return tuple(sorted(codes, key=lambda code: code != FIRST_LANGUAGE))


#: Every language with a shipped pack, English first, then by code.
PACK_LANGUAGES = _discover()


@cache
def pack_data(language: str) -> dict[str, Any]:
    """The parsed TOML of one shipped pack."""
    folder = resources.files("afterword.parsers").joinpath("packs")
    return tomllib.loads(folder.joinpath(f"{language}.toml").read_text("utf-8"))


def every_pack(table: str, key: str) -> tuple[str, ...]:
    """The ``key`` list of ``[table]`` in every pack, in pack order, each item once."""
    return tuple(dict.fromkeys(item for language in PACK_LANGUAGES
                               for item in pack_data(language).get(table, {}).get(key, ())))


def alternation(items: Iterable[str], *, literal: bool = True) -> str:
    """``items`` as one regular-expression alternation, longest first (so "people ops" is
    tried before "people"); ``literal`` escapes them, else they are expressions already."""
    ordered = sorted(set(items), key=lambda item: (-len(item), item))
    return "|".join(re.escape(item) if literal else item for item in ordered)
