"""Reply and forward prefixes, one list per pack, recognised in every mail."""

from __future__ import annotations

import pytest

from afterword.parsers import roles
from afterword.parsers.pack_files import PACK_LANGUAGES, pack_data
from afterword.parsers.subject_prefixes import (
    is_forwarded,
    without_prefixes,
    without_reply_prefixes,
)

REPLIES = [(lang, prefix) for lang in PACK_LANGUAGES
           for prefix in pack_data(lang).get("subject", {}).get("reply_prefixes", ())]
FORWARDS = [(lang, prefix) for lang in PACK_LANGUAGES
            for prefix in pack_data(lang).get("subject", {}).get("forward_prefixes", ())]


@pytest.mark.parametrize(("language", "prefix"), REPLIES)
def test_every_packs_reply_prefix_is_taken_off_however_it_is_written(
        language: str, prefix: str) -> None:
    assert without_reply_prefixes(f"{prefix.upper()}: Re[2]: Your application") == \
        "Your application"


@pytest.mark.parametrize(("language", "prefix"), FORWARDS)
def test_every_packs_forward_prefix_marks_a_forward(language: str, prefix: str) -> None:
    assert is_forwarded(f"{prefix.capitalize()}: Your application")
    assert without_prefixes(f"{prefix}: AW: Your application") == "Your application"


def test_a_subject_that_only_mentions_a_prefix_word_is_left_alone() -> None:
    assert not is_forwarded("Treasury analyst: your application")
    assert without_reply_prefixes("Revenue manager role") == "Revenue manager role"


def test_a_title_is_read_after_a_reply_prefix_and_an_opening_phrase() -> None:
    assert roles.role("AW: Interview invitation: Data Analyst", "") == "Data Analyst"
