"""Every language is one pack file, found by looking; each pack tells job rejections from
other refusals in its own words (examples of our own in ``data/languages.jsonl``)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from afterword.parsers import PACK_LANGUAGES, Kind, RuleSet, analyse
from afterword.parsers.language import guess_language
from afterword.parsers.pack_files import pack_data

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "languages.jsonl").read_text().splitlines()
]
IDS = [f"{c['language']}-{c['kind']}-{n}" for n, c in enumerate(CASES)]


def _raw(case: dict[str, str]) -> bytes:
    return (
        "From: Team <team@sender.example>\r\nTo: me@example.org\r\n"
        f"Subject: {case['subject']}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + case["body"]
    ).encode()


def test_the_languages_are_the_pack_files_in_the_package() -> None:
    files = resources.files("afterword.parsers").joinpath("packs").iterdir()
    assert set(PACK_LANGUAGES) == {f.name.removesuffix(".toml") for f in files
                                   if f.name.endswith(".toml")}
    assert {"pl", "sv", "da", "no", "cs"} <= set(PACK_LANGUAGES)
    assert PACK_LANGUAGES[0] == "en"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_each_pack_names_its_language_and_the_kind(case: dict[str, str]) -> None:
    parsed, found = analyse(_raw(case), RuleSet.load())
    assert guess_language(case["subject"] + " " + case["body"]) == case["language"]
    assert parsed.language == case["language"]
    assert found.kind is Kind(case["kind"]), found.evidence


def _non_job_examples() -> list[tuple[str, str]]:
    return [(language, example) for language in PACK_LANGUAGES
            for rule in pack_data(language).get("rules", ())
            if rule["kind"] == "non_job" for example in rule.get("examples", ())]


def test_every_pack_carries_examples_of_refusals_that_are_not_about_a_job() -> None:
    assert {language for language, _ in _non_job_examples()} == set(PACK_LANGUAGES)


@pytest.mark.parametrize(("language", "example"), _non_job_examples())
def test_a_packs_own_non_job_refusal_stays_other(language: str, example: str) -> None:
    case = {"subject": example[:60], "body": example}
    _, found = analyse(_raw(case), RuleSet.load())
    assert found.kind is Kind.OTHER, found.evidence
