"""The user's own layer over the shipped model: what their labels taught, fitted in plain Python.

A multinomial logistic regression whose inputs are the trained layer's features and
whose starting point is the shipped model's scores (kept fixed as offsets): it only
learns the user's corrections, with an L2 penalty so a handful of labels moves the
decision for messages like them and little else. No training library is needed and
nothing leaves the machine; the fitted weights are stored in the user's state.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from afterword.parsers.model import Model, score

#: How sure the user's layer must be before it overrides the shipped decision.
TAKES_OVER_AT = 0.5
#: How much the user's layer must raise a kind the shipped model already ranks first,
#: when the shipped decision was another kind (rules or the non-job guard decided it).
RAISED_BY = 0.1


@dataclass(frozen=True)
class PersonalLayer:
    """Corrections on top of the shipped model: per-kind intercepts and feature weights."""

    kinds: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    labels: int = 0
    by_kind: tuple[dict[str, float], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_kind", tuple(
            {name: row[i] for name, row in self.weights.items()}
            for i in range(len(self.kinds))))

    def as_dict(self) -> dict[str, Any]:
        return {"kinds": list(self.kinds), "intercepts": list(self.intercepts),
                "weights": {name: list(row) for name, row in self.weights.items()},
                "labels": self.labels}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PersonalLayer:
        return cls(tuple(data["kinds"]), tuple(data["intercepts"]),
                   {name: tuple(row) for name, row in data["weights"].items()},
                   int(data.get("labels", 0)))


def _base_logits(base: Model, features: Mapping[str, float]) -> list[float]:
    probabilities = score(base, features, pulls=0).probabilities
    return [math.log(max(probabilities[kind], 1e-12)) for kind in base.kinds]


def probabilities(base: Model, layer: PersonalLayer,
                  features: Mapping[str, float]) -> dict[str, float]:
    """The kinds' probabilities once the user's corrections are added."""
    logits = _base_logits(base, features)
    for i in range(len(base.kinds)):
        column = layer.by_kind[i]
        logits[i] += layer.intercepts[i] + sum(
            value * column[name] for name, value in features.items() if name in column)
    return _softmax(base.kinds, logits)


def corrected_kind(base: Model, layer: PersonalLayer,
                   features: Mapping[str, float], decided: str) -> str | None:
    """The kind the user's labels decide for these features, when they move the
    decision away from ``decided`` (what the shipped rules and model chose).

    The labels move it when the user's layer ranks a different kind first from the
    shipped model, or raises the shipped model's own first kind by :data:`RAISED_BY`
    where the rules or the non-job guard had decided otherwise. None when nothing moves, or
    when the layer is not sure enough (:data:`TAKES_OVER_AT`).
    """
    shipped = score(base, features, pulls=0)
    mine = probabilities(base, layer, features)
    top = max(mine, key=mine.__getitem__)
    if top == decided or mine[top] < TAKES_OVER_AT:
        return None
    moved = top != shipped.top or mine[top] >= shipped.probabilities[top] + RAISED_BY
    return top if moved else None


def fit(base: Model, examples: Sequence[tuple[Mapping[str, float], str]], *,
        l2: float = 0.001, epochs: int = 400, rate: float = 2.0) -> PersonalLayer:
    """Fit the user's layer on labelled examples (features, kind) by gradient descent."""
    kinds = base.kinds
    usable = [(features, kinds.index(kind)) for features, kind in examples if kind in kinds]
    names = sorted({name for features, _ in usable for name in features})
    weights = {name: [0.0] * len(kinds) for name in names}
    intercepts = [0.0] * len(kinds)
    offsets = [_base_logits(base, features) for features, _ in usable]
    for _ in range(epochs if usable else 0):
        gradient = {name: [0.0] * len(kinds) for name in names}
        bias_gradient = [0.0] * len(kinds)
        for (features, target), offset in zip(usable, offsets, strict=True):
            logits = [offset[i] + intercepts[i] + sum(
                value * weights[name][i] for name, value in features.items())
                for i in range(len(kinds))]
            predicted = _softmax(kinds, logits)
            for i, kind in enumerate(kinds):
                error = predicted[kind] - (1.0 if i == target else 0.0)
                bias_gradient[i] += error
                for name, value in features.items():
                    gradient[name][i] += error * value
        count = len(usable)
        for i in range(len(kinds)):
            intercepts[i] -= rate * (bias_gradient[i] / count + l2 * intercepts[i])
            for name in names:
                weights[name][i] -= rate * (gradient[name][i] / count + l2 * weights[name][i])
    kept = {name: tuple(round(w, 6) for w in row) for name, row in weights.items()
            if any(abs(w) > 1e-6 for w in row)}
    return PersonalLayer(kinds, tuple(round(b, 6) for b in intercepts), kept, len(usable))


def _softmax(kinds: Sequence[str], logits: Sequence[float]) -> dict[str, float]:
    peak = max(logits)
    exps = [math.exp(x - peak) for x in logits]
    total = sum(exps)
    return {kind: e / total for kind, e in zip(kinds, exps, strict=True)}
