"""Editing the user's rules file: the TOML writer round-trips, edits validate, writes are atomic."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon import rules_file
from daemon.errors import UsageError
from daemon.toml_writer import dumps, quote_string
from parsers import RuleSet

scalars = st.one_of(
    st.text(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False))
tables = st.dictionaries(st.text(), scalars, max_size=5)
documents = st.fixed_dictionaries({
    "language": st.text(),
    "rules": st.lists(tables, max_size=4),
    "overrides": st.dictionaries(st.text(), tables, max_size=4),
})


@given(documents)
def test_written_toml_reads_back_identically(document: dict) -> None:
    assert tomllib.loads(dumps(document)) == document


@given(st.text())
def test_any_string_survives_quoting(text: str) -> None:
    assert tomllib.loads(f"value = {quote_string(text)}")["value"] == text


def test_patterns_are_written_as_literal_strings_and_ids_as_quoted_keys() -> None:
    text = dumps({"overrides": {"en.rejection.unfortunately": {"weight": 0.2}},
                  "rules": [{"pattern": r"\bno longer (?:\S+ ){0,2}open\b"}]})
    assert "pattern = '\\bno longer (?:\\S+ ){0,2}open\\b'" in text
    assert '[overrides."en.rejection.unfortunately"]' in text


def test_an_unsupported_value_is_refused_not_written() -> None:
    with pytest.raises(TypeError):
        dumps({"rules": [{"weight": float("nan")}]})
    with pytest.raises(TypeError):
        dumps({"rules": [{"nested": {"a": 1}}]})


def test_added_rule_gets_a_readable_unique_id(tmp_path: Path) -> None:
    document, first = rules_file.add_rule({}, kind="rejection", weight=0.8,
                                          pattern=r"\bmoved your profile to our talent pool")
    document, second = rules_file.add_rule(document, kind="rejection", weight=0.5,
                                           pattern="moved your profile to our talent pool!")
    assert (first, second) == ("user.rejection.moved_your_profile_to",
                               "user.rejection.moved_your_profile_to_2")
    path = tmp_path / "rules.toml"
    rules_file.save(path, document)
    ids = [r.id for r in RuleSet.load(("en",), rules_file.load(path)).rules if r.source == "user"]
    assert ids == [first, second]


def test_new_file_is_private_and_an_existing_mode_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "rules.toml"
    rules_file.save(path, rules_file.set_weight({}, "en.rejection.unfortunately", 0.2))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o640)
    rules_file.save(path, rules_file.set_weight({}, "en.rejection.unfortunately", 0.1))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in path.parent.iterdir()] == ["rules.toml"]


def test_invalid_result_is_refused_and_the_file_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    rules_file.save(path, rules_file.set_enabled({}, "en.rejection.unfortunately", False))
    before = path.read_bytes()
    document, _ = rules_file.add_rule(rules_file.load(path), kind="rejection",
                                      pattern="talent (pool", weight=0.5)
    with pytest.raises(UsageError, match="invalid regular expression"):
        rules_file.save(path, document)
    assert path.read_bytes() == before


def test_disabling_a_shipped_rule_is_an_override_and_enabling_removes_it() -> None:
    disabled = rules_file.set_enabled({}, "de.rejection.leider", False)
    assert disabled == {"overrides": {"de.rejection.leider": {"enabled": False}}}
    assert rules_file.set_enabled(disabled, "de.rejection.leider", True) == {"overrides": {}}


def test_setting_a_shipped_weight_back_to_its_pack_value_drops_the_override() -> None:
    shipped = rules_file.shipped_weights()["en.rejection.unfortunately"]
    changed = rules_file.set_weight({}, "en.rejection.unfortunately", 0.05)
    assert rules_file.set_weight(changed, "en.rejection.unfortunately", shipped) == {
        "overrides": {}}


def test_user_rules_are_edited_in_place() -> None:
    document, rule_id = rules_file.add_rule({}, kind="offer", pattern="pleased to offer",
                                            weight=0.7)
    document = rules_file.set_weight(rules_file.set_enabled(document, rule_id, False),
                                     rule_id, 0.4)
    assert rules_file.user_rule(document, rule_id) == {
        "id": rule_id, "kind": "offer", "pattern": "pleased to offer", "weight": 0.4,
        "where": "any", "language": "any", "enabled": False}
    assert "overrides" not in document


def test_an_unknown_rule_id_is_refused() -> None:
    with pytest.raises(UsageError, match="no rule with id 'en.nothing.here'"):
        rules_file.set_weight({}, "en.nothing.here", 0.5)


def test_import_merges_by_id_and_replace_makes_it_the_whole_file(tmp_path: Path) -> None:
    path, incoming = tmp_path / "rules.toml", tmp_path / "incoming.toml"
    mine, kept = rules_file.add_rule({}, kind="rejection", pattern="talent pool", weight=0.6)
    mine, replaced = rules_file.add_rule(mine, kind="offer", pattern="contract", weight=0.6)
    rules_file.save(path, mine)
    theirs = rules_file.set_weight(
        {"rules": [{"id": replaced, "kind": "offer", "pattern": "offer letter", "weight": 0.9}]},
        "en.rejection.unfortunately", 0.1)
    rules_file.save(incoming, theirs)

    merged = rules_file.import_file(path, incoming)
    assert [(r["id"], r["pattern"]) for r in merged["rules"]] == [
        (kept, "talent pool"), (replaced, "offer letter")]
    assert merged["overrides"] == {"en.rejection.unfortunately": {"weight": 0.1}}
    assert rules_file.load(path) == merged

    rules_file.import_file(path, incoming, replace=True)
    assert [r["id"] for r in rules_file.load(path)["rules"]] == [replaced]


def test_import_of_an_invalid_file_writes_nothing(tmp_path: Path) -> None:
    path, incoming = tmp_path / "rules.toml", tmp_path / "incoming.toml"
    incoming.write_text('[[rules]]\nid = "user.x"\nkind = "maybe"\npattern = "a"\nweight = 3\n')
    with pytest.raises(UsageError) as raised:
        rules_file.import_file(path, incoming)
    assert "rule user.x.kind" in str(raised.value) and "rule user.x.weight" in str(raised.value)
    assert not path.exists()
