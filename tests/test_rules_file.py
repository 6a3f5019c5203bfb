"""Editing the user's rules file: comments survive, edits validate, writes are atomic."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import pytest
import tomlkit
from hypothesis import given
from hypothesis import strategies as st

from afterword.daemon.detection import rules_file
from afterword.daemon.errors import ConfigError, UsageError
from afterword.parsers import RuleSet

patterns = st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=60)


@given(patterns)
def test_any_pattern_survives_a_save_and_a_load(pattern: str) -> None:
    document, rule_id = rules_file.add_rule({}, kind="rejection", weight=0.5, pattern=pattern)
    text = tomlkit.dumps(document)
    assert tomllib.loads(text)["rules"][0]["pattern"] == pattern
    assert rules_file.user_rule(tomlkit.parse(text), rule_id)["pattern"] == pattern


def test_patterns_are_written_as_literal_strings_and_ids_as_quoted_keys() -> None:
    document, _ = rules_file.add_rule({}, kind="rejection", weight=0.5,
                                      pattern=r"\bno longer (?:\S+ ){0,2}open\b")
    document = rules_file.set_weight(document, "en.rejection.unfortunately", 0.2)
    text = tomlkit.dumps(document)
    assert "pattern = '\\bno longer (?:\\S+ ){0,2}open\\b'" in text
    assert '[overrides."en.rejection.unfortunately"]' in text


MY_FILE = """# My own rules. I keep them short.

[[rules]]
# Recruiters at my last agency always write this.
id = "user.rejection.went_another_way"
kind = "rejection"
pattern = 'went (?:another|a different) way'
weight = 0.8  # strong enough on its own
"""


@pytest.mark.parametrize("edit", ["add", "disable", "enable", "set-weight", "import"])
def test_a_comment_the_user_wrote_survives_every_edit(tmp_path: Path, edit: str) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(MY_FILE)
    document = rules_file.load(path)
    if edit == "add":
        document, _ = rules_file.add_rule(document, kind="rejection", weight=0.5,
                                          pattern=r"\bnot be proceeding\b")
    elif edit == "disable":
        document = rules_file.set_enabled(document, "user.rejection.went_another_way", False)
    elif edit == "enable":
        document = rules_file.set_enabled(
            rules_file.set_enabled(document, "en.rejection.unfortunately", False),
            "en.rejection.unfortunately", True)
    elif edit == "set-weight":
        document = rules_file.set_weight(document, "user.rejection.went_another_way", 0.6)
    if edit == "import":
        incoming = tmp_path / "shared.toml"
        incoming.write_text('[overrides."en.rejection.unfortunately"]\nweight = 0.3\n')
        rules_file.import_file(path, incoming)
    else:
        rules_file.save(path, document)
    text = path.read_text()
    for comment in ("# My own rules. I keep them short.",
                    "# Recruiters at my last agency always write this.",
                    "# strong enough on its own"):
        assert comment in text


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


def test_a_rules_file_that_is_not_utf8_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_bytes(b"# r\xe8gles\n")
    with pytest.raises(ConfigError, match="is not UTF-8 text"):
        rules_file.load(path)
