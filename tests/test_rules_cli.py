"""``afterword rules``: every command through ``main(argv)``, on the isolated user rules file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from afterword.daemon.cli import main
from afterword.parsers import RuleSet
from tests.support.job_mail import TALENT_POOL


def listed(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["rules", "list", "--json", *extra]) == 0
    result: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return result


def by_id(capsys: pytest.CaptureFixture[str], rule_id: str) -> dict[str, Any]:
    return next(r for r in listed(capsys) if r["id"] == rule_id)


def classified(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["check", "--json", str(path)]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def default_rules_file(home: Path) -> Path:
    """Where the user's rules live when no config file names another place ($XDG_CONFIG_HOME)."""
    return home / "config" / "afterword" / "rules.toml"


def test_list_filters_by_kind_and_language(capsys) -> None:
    found = listed(capsys, "--kind", "rejection", "--lang", "de")
    assert found and {(r["kind"], r["language"], r["source"]) for r in found} == {
        ("rejection", "de", "pack:de")}
    assert {"id", "kind", "language", "pattern", "weight", "source", "enabled",
            "negative", "where"} <= set(found[0])


def test_list_prints_a_table_with_every_column(capsys) -> None:
    assert main(["rules", "list", "--lang", "en", "--kind", "offer", "--wide"]) == 0
    out = capsys.readouterr().out
    for heading in ("id", "kind", "lang", "pattern", "weight", "source", "enabled"):
        assert heading in out
    assert "pack:en" in out


def test_add_writes_a_user_rule_that_check_then_applies(isolated_home: Path, capsys,
                                                        tmp_path: Path) -> None:
    message = TALENT_POOL.write(tmp_path)
    assert classified(capsys, message)["kind"] == "application_received"
    assert main(["rules", "add", "--kind", "rejection", "--weight", "0.8",
                 "--pattern", "moved your profile to our talent pool"]) == 0
    assert "Added user.rejection.moved_your_profile_to" in capsys.readouterr().out
    assert default_rules_file(isolated_home).exists()
    result = classified(capsys, message)
    assert result["kind"] == "rejection"
    assert "user.rejection.moved_your_profile_to" in [e["rule"] for e in result["evidence"]]
    rule = by_id(capsys, "user.rejection.moved_your_profile_to")
    assert (rule["source"], rule["language"], rule["weight"]) == ("user", "any", 0.8)


@pytest.mark.parametrize(("args", "message"), [
    (["--pattern", "talent (pool", "--weight", "0.5"], "invalid regular expression"),
    (["--pattern", "talent pool", "--weight", "1.5"], "weight: expected a number in (0, 1]"),
    (["--pattern", "talent pool", "--weight", "0.5", "--kind", "maybe"],
     "kind: expected one of"),
    (["--pattern", "talent pool", "--weight", "0.5", "--lang", "xx"], "language: expected"),
    (["--pattern", "talent pool", "--weight", "0.5", "--id", "mine.pool"],
     "must start with 'user.'"),
])
def test_add_refuses_an_invalid_rule_and_leaves_the_file_unchanged(
        isolated_home: Path, capsys, args: list[str], message: str) -> None:
    assert main(["rules", "disable", "en.rejection.unfortunately"]) == 0
    path = default_rules_file(isolated_home)
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["rules", "add", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("afterword: ")
    assert path.read_bytes() == before


def test_add_refuses_a_bad_regex_without_creating_the_file(isolated_home: Path, capsys) -> None:
    assert main(["rules", "add", "--pattern", "[unclosed", "--weight", "0.5"]) == 2
    assert "invalid regular expression" in capsys.readouterr().err
    assert not default_rules_file(isolated_home).exists()


def test_disable_then_enable_a_shipped_rule(capsys) -> None:
    assert main(["rules", "disable", "en.rejection.unfortunately"]) == 0
    assert by_id(capsys, "en.rejection.unfortunately")["enabled"] is False
    assert main(["rules", "enable", "en.rejection.unfortunately"]) == 0
    assert by_id(capsys, "en.rejection.unfortunately")["enabled"] is True


def test_set_weight_overrides_a_shipped_rule_and_show_explains_it(capsys) -> None:
    assert main(["rules", "set-weight", "en.rejection.unfortunately", "0.05"]) == 0
    assert by_id(capsys, "en.rejection.unfortunately")["weight"] == 0.05
    capsys.readouterr()
    assert main(["rules", "show", "en.rejection.unfortunately"]) == 0
    out = capsys.readouterr().out
    assert "pattern: " in out and "Your rules file overrides it: weight = 0.05" in out
    assert main(["rules", "show", "en.rejection.unfortunately", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["override"], shown["source"]) == ({"weight": 0.05}, "pack:en")


def test_show_lists_the_examples_that_say_what_a_rule_means(capsys) -> None:
    rule = next(r for r in RuleSet.load().rules if r.id == "en.rejection.unfortunately")
    assert main(["rules", "show", rule.id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["examples"] == list(rule.examples)
    assert main(["rules", "show", rule.id]) == 0
    out = capsys.readouterr().out
    assert "examples: " in out
    assert all(example[:40] in out for example in rule.examples)


def test_commands_name_the_fix_for_an_unknown_rule_id(capsys) -> None:
    for command in (["disable", "en.nope"], ["enable", "en.nope"], ["show", "en.nope"],
                    ["set-weight", "en.nope", "0.5"]):
        assert main(["rules", *command]) == 2
        assert "no rule with id 'en.nope' (`afterword rules list` shows them)" in \
            capsys.readouterr().err


def test_export_then_import_round_trips(isolated_home: Path, tmp_path: Path, capsys) -> None:
    assert main(["rules", "add", "--pattern", "talent pool", "--weight", "0.6",
                 "--lang", "en", "--where", "body", "--negative", "--id", "user.pool"]) == 0
    assert main(["rules", "set-weight", "de.rejection.leider", "0.2"]) == 0
    assert main(["rules", "disable", "fr.rejection.not_retained"]) == 0
    before = listed(capsys)
    backup = tmp_path / "backup.toml"
    assert main(["rules", "export", str(backup)]) == 0
    default_rules_file(isolated_home).unlink()
    assert listed(capsys) != before
    assert main(["rules", "import", str(backup)]) == 0
    assert "1 rule(s), " in capsys.readouterr().out
    assert listed(capsys) == before
    assert main(["rules", "export", "-"]) == 0
    assert capsys.readouterr().out == backup.read_text()


def test_import_refuses_an_invalid_file_and_writes_nothing(
        isolated_home: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[overrides."en.no.such.rule"]\nweight = 0.5\n')
    assert main(["rules", "import", str(bad)]) == 2
    assert "overrides.en.no.such.rule: no shipped rule with this id" in capsys.readouterr().err
    assert not default_rules_file(isolated_home).exists()
    assert main(["rules", "import", str(tmp_path / "missing.toml")]) == 2


def test_the_configured_rules_file_is_the_one_edited(tmp_path: Path, capsys) -> None:
    config, mine = tmp_path / "config.toml", tmp_path / "my-rules.toml"
    (tmp_path / "mail").mkdir()
    config.write_text(f'[detection]\nuser_rules = "{mine}"\n\n[[accounts]]\nname = "local"\n'
                      f'kind = "maildir"\npath = "{tmp_path}/mail"\n')
    assert main(["--config", str(config), "rules", "disable", "en.rejection.unfortunately"]) == 0
    assert 'enabled = false' in mine.read_text()


@pytest.mark.parametrize("command", [
    ["rules"], ["rules", "list"], ["rules", "show"], ["rules", "add"], ["rules", "disable"],
    ["rules", "enable"], ["rules", "set-weight"], ["rules", "export"], ["rules", "import"],
    ["check"], ["backtest"], ["label"]])
def test_every_command_teaches_with_an_example(command: list[str], capsys) -> None:
    assert main([*command, "--help"]) == 0
    assert re.search(r"Examples?:\s+afterword ", capsys.readouterr().out)


def test_rules_list_never_cuts_an_id_on_an_80_column_terminal(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["rules", "list"]) == 0
    out = capsys.readouterr().out
    assert "…" not in out
    for rule in RuleSet.load().rules:
        assert rule.id in out
    assert max(len(line) for line in out.splitlines() if line.startswith("en.")) <= 80


def test_rules_test_passes_on_the_shipped_examples(capsys) -> None:
    assert main(["rules", "test", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["failures"] == [] and report["with_examples"] > 0


def test_every_shipped_rule_says_what_it_means_with_at_least_two_examples() -> None:
    thin = [rule.id for rule in RuleSet.load().rules if len(rule.examples) < 2]
    assert thin == []


def test_rules_test_names_an_example_its_rule_no_longer_matches(
        isolated_home: Path, capsys) -> None:
    rules = isolated_home / "config" / "afterword" / "rules.toml"
    rules.parent.mkdir(parents=True, exist_ok=True)
    rules.write_text("[[rules]]\nid = 'user.rejection.went_another_way'\nkind = 'rejection'\n"
                     "pattern = 'went another way'\nweight = 0.8\n"
                     "examples = ['In the end we went another way.', "
                     "'We chose a different path for this post.']\n")
    assert main(["rules", "test"]) == 1
    out = capsys.readouterr().out
    assert "user.rejection.went_another_way" in out
    assert "We chose a different path for this post." in out
    assert "In the end we went another way." not in out
