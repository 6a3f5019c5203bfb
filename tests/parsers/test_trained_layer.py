"""The trained layer: it ships, loads, scores, explains, and gives way to the user's rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afterword.parsers import Kind, RuleSet, analyse
from afterword.parsers.classify import rule_features
from afterword.parsers.message import parse_message
from afterword.parsers.model import Model, model_from_dict, score, shipped_model

EXAMPLES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "trained_layer.jsonl").read_text().splitlines()
]


def _raw(example: dict[str, str]) -> bytes:
    return (
        "From: Hiring Team <people@employer.example>\r\nTo: sam@example.org\r\n"
        f"Subject: {example['subject']}\r\nMessage-ID: <{example['name']}@employer.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + example["body"]
    ).encode()


def test_the_shipped_model_loads_with_the_five_kinds_and_a_threshold() -> None:
    model = shipped_model()
    assert model is not None
    assert set(model.kinds) == {kind.value for kind in Kind}
    assert 0.0 < model.rejection_threshold < 1.0
    assert len(model.weights) > 1000


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["name"] for e in EXAMPLES])
def test_the_model_scores_our_own_examples_as_their_kind(example: dict[str, str]) -> None:
    _, found = analyse(_raw(example), RuleSet.load())
    probabilities = dict(found.probabilities)
    assert found.kind.value == example["kind"]
    assert sum(probabilities.values()) == pytest.approx(1.0, abs=1e-3)
    assert max(probabilities, key=probabilities.__getitem__) == example["kind"]


def test_explain_names_the_features_that_pulled_as_readable_text() -> None:
    _, found = analyse(_raw(EXAMPLES[1]), RuleSet.load(), explain=True)
    assert found.model_evidence, "explain gives the model's strongest features"
    texts = [e.text for e in found.model_evidence]
    assert any('"interview' in text or "rules for interview" in text for text in texts)
    _, quiet = analyse(_raw(EXAMPLES[1]), RuleSet.load())
    assert quiet.model_evidence == ()


def test_a_rule_from_the_users_own_file_beats_the_model() -> None:
    user = {
        "rules": [
            {"id": "user.interview.video_slot", "kind": "interview",
             "pattern": "not to move forward", "weight": 0.6},
        ]
    }
    raw = _raw(EXAMPLES[0])
    assert analyse(raw, RuleSet.load())[1].kind is Kind.REJECTION
    found = analyse(raw, RuleSet.load(user_rules=user))[1]
    assert found.kind is Kind.INTERVIEW
    assert found.decided_by == "user rule"


def test_scoring_matches_the_linear_model_it_was_given() -> None:
    model = model_from_dict({
        "format": 1, "kinds": ["rejection", "other"], "intercepts": [0.0, 0.0],
        "rejection_threshold": 0.5, "weights": {"w:sorry": [2.0, -2.0]},
    })
    scored = score(model, {"w:sorry": 1.0, "w:unknown": 1.0}, pulls=1)
    assert isinstance(model, Model)
    assert scored.top == "rejection"
    assert scored.probabilities["rejection"] == pytest.approx(1 / (1 + pow(2.718281828, -4)), 1e-6)
    assert scored.contributions == (("w:sorry", 2.0),)


def test_training_export_scores_like_scikit_learn() -> None:
    """Parity: the exported weights, scored in plain Python, give scikit-learn's probabilities."""
    import train_detection as training

    rules = RuleSet.load()
    examples = [
        training.Example(e["name"], e["kind"], "en", e["name"],
                         rule_features(parse_message(_raw(e)), rules))
        for e in EXAMPLES * 2
    ]
    fitted = training.fit(examples, 4.0)
    exported = model_from_dict(training.export(fitted, 0.5, "test"))
    expected = training.probabilities(fitted, examples[:3])
    for example, want in zip(examples[:3], expected, strict=True):
        got = score(exported, example.features).probabilities
        for kind, p in want.items():
            assert got.get(kind, 0.0) == pytest.approx(p, abs=0.01)
