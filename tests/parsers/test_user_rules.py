"""The user's rules file: add rules, disable or re-weight shipped ones, clear errors."""

from __future__ import annotations

import json
import tomllib

import pytest

from afterword.parsers import Kind, RuleError, RuleSet, analyse, to_json, validate_user_rules

USER_FILE = """
[[rules]]
id = "user.rejection.talent_pool"
kind = "rejection"
pattern = "moved your profile to our talent pool"
weight = 0.9

[overrides."en.rejection.unfortunately"]
weight = 0.05

[overrides."en.rejection.regret_to_inform"]
enabled = false
"""


def test_user_rules_are_added_and_overrides_applied(email_bytes) -> None:
    rules = RuleSet.load(("en",), tomllib.loads(USER_FILE))
    by_id = {r.id: r for r in rules.rules}
    assert by_id["user.rejection.talent_pool"].source == "user"
    assert by_id["user.rejection.talent_pool"].language == "any"
    assert by_id["en.rejection.unfortunately"].weight == 0.05
    assert not by_id["en.rejection.regret_to_inform"].enabled

    _, result = analyse(email_bytes("Hi, we have moved your profile to our talent pool."), rules)
    assert result.kind is Kind.REJECTION
    assert [e.rule for e in result.evidence if e.rule.startswith("user.")] == [
        "user.rejection.talent_pool"
    ]


def test_disabled_rule_no_longer_fires(email_bytes) -> None:
    rules = RuleSet.load(("en",), tomllib.loads(USER_FILE))
    _, result = analyse(email_bytes("We regret to inform you of a delay."), rules)
    assert all(e.rule != "en.rejection.regret_to_inform" for e in result.evidence)


def test_valid_file_has_no_problems() -> None:
    assert validate_user_rules(tomllib.loads(USER_FILE)) == []


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            {
                "rules": [
                    {"id": "user.x.y", "kind": "rejection", "pattern": "(unclosed", "weight": 0.5}
                ]
            },
            "rule user.x.y.pattern: invalid regular expression",
        ),
        (
            {"rules": [{"id": "user.x.y", "kind": "maybe", "pattern": "a", "weight": 0.5}]},
            "rule user.x.y.kind",
        ),
        (
            {"rules": [{"id": "user.x.y", "kind": "offer", "pattern": "a", "weight": 2}]},
            "rule user.x.y.weight",
        ),
        (
            {"rules": [{"id": "mine.x", "kind": "offer", "pattern": "a", "weight": 0.5}]},
            "must start with 'user.'",
        ),
        (
            {
                "rules": [
                    {
                        "id": "user.x.y",
                        "kind": "offer",
                        "pattern": "a",
                        "weight": 0.5,
                        "where": "header",
                    }
                ]
            },
            "rule user.x.y.where",
        ),
        (
            {"overrides": {"en.rejection.no_such_rule": {"enabled": False}}},
            "overrides.en.rejection.no_such_rule: no shipped rule",
        ),
        (
            {"overrides": {"en.rejection.unfortunately": {"weight": 0}}},
            "overrides.en.rejection.unfortunately.weight",
        ),
        ({"overrides": {"en.rejection.unfortunately": {"colour": "red"}}}, "unknown key 'colour'"),
        ({"threshold": 0.3}, "unknown key 'threshold'"),
    ],
)
def test_problems_name_the_rule_and_field(data: dict, problem: str) -> None:
    problems = validate_user_rules(data)
    assert any(problem in p for p in problems), problems
    with pytest.raises(RuleError, match="user|overrides|rules file"):
        RuleSet.load(("en",), data)


def test_every_problem_is_reported_at_once() -> None:
    data = {"rules": [{"id": "user.a.b", "kind": "nope", "pattern": "(", "weight": -1}]}
    assert len(validate_user_rules(data)) == 3


def test_unknown_language_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match="xx"):
        RuleSet.load(("en", "xx"))


def test_to_json_is_plain_json(email_bytes, rules) -> None:
    parsed, result = analyse(
        email_bytes(
            "Unfortunately we will not be moving forward with your application.\n\nBest, Jo"
        ),
        rules,
    )
    data = to_json(parsed, result, file="a.eml")
    assert json.loads(json.dumps(data)) == data
    assert data["file"] == "a.eml" and data["kind"] == "rejection" and data["is_rejection"]
    assert data["recipient_name"] == "Jo" and data["message_id"] == "<test-1@acme.example>"
    assert {"rule", "text", "weight"} == set(data["evidence"][0])
    assert {
        "company",
        "role",
        "reply_to",
        "no_feedback_policy",
        "language",
        "score",
        "subject",
        "from",
    } <= set(data)
