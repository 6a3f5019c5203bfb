"""The trained layer: a multinomial logistic regression read from a shipped data file.

``scripts/train_detection.py`` fits it offline (scikit-learn) on labelled mail,
validated grouped by origin, and writes ``parsers/model/detection.json``: the
kinds, an intercept and one weight per kind for every feature that kept a
weight, and the probability a rejection needs (chosen precision-first on the
grouped validation). Scoring here is plain Python: a dot product and a softmax.
"""

from __future__ import annotations

import heapq
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

MODEL_FILE = "detection.json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Model:
    """Fitted weights: ``weights[name][i]`` is the feature's weight for ``kinds[i]``."""

    kinds: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    rejection_threshold: float
    trained_on: str
    #: The same weights by kind, and each feature's mean weight: what scoring reads.
    by_kind: tuple[dict[str, float], ...] = field(init=False, repr=False, compare=False)
    mean: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        columns = tuple(
            {name: row[i] for name, row in self.weights.items()} for i in range(len(self.kinds))
        )
        object.__setattr__(self, "by_kind", columns)
        object.__setattr__(
            self, "mean", {name: sum(row) / len(row) for name, row in self.weights.items()}
        )


@dataclass(frozen=True)
class Scored:
    """The model's probability per kind and each feature's pull towards ``top``."""

    probabilities: Mapping[str, float]
    top: str
    contributions: tuple[tuple[str, float], ...]


def model_from_dict(data: Mapping[str, Any]) -> Model:
    """Build a :class:`Model` from the parsed JSON of a model file."""
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"unsupported model format {data.get('format')!r}")
    kinds: tuple[str, ...] = tuple(data["kinds"])
    weights = {name: tuple(row) for name, row in data["weights"].items()}
    return Model(
        kinds=kinds,
        intercepts=tuple(data["intercepts"]),
        weights=weights,
        rejection_threshold=float(data["rejection_threshold"]),
        trained_on=str(data.get("trained_on", "")),
    )


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The model shipped in the package, or None when the package has none."""
    path = resources.files("afterword.parsers").joinpath("model").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return model_from_dict(json.loads(path.read_text("utf-8")))


def score(model: Model, features: Mapping[str, float], *, pulls: int = 8) -> Scored:
    """Probabilities per kind (softmax of the linear scores) and the ``pulls`` strongest
    features behind the top kind."""
    mean = model.mean
    weights = model.weights
    present = [name for name in features if name in mean]
    # Text features share one value (unit length), so most of the dot product is one sum
    # per kind of the rows of the features present, taken column-wise in C.
    by_value: dict[float, list[tuple[float, ...]]] = {}
    for name in present:
        by_value.setdefault(features[name], []).append(weights[name])
    logits = list(model.intercepts)
    for value, rows in by_value.items():
        for i, column in enumerate(zip(*rows, strict=True)):
            logits[i] += value * sum(column)
    peak = max(logits)
    exps = [math.exp(x - peak) for x in logits]
    total = sum(exps)
    probabilities = {kind: e / total for kind, e in zip(model.kinds, exps, strict=True)}
    best = max(range(len(model.kinds)), key=logits.__getitem__)
    # A feature's pull towards the top kind: its weight there above its mean weight.
    if not pulls:
        return Scored(probabilities, model.kinds[best], ())
    top = model.by_kind[best]
    strongest = heapq.nlargest(
        pulls,
        ((name, features[name] * (top[name] - mean[name])) for name in present),
        key=lambda item: abs(item[1]),
    )
    return Scored(probabilities, model.kinds[best], tuple(strongest))


def readable(feature: str) -> str:
    """A feature name as a person reads it: ``s:rejec`` -> ``"rejec…"``, ``r:rejection`` ->
    ``rules for rejection``."""
    family, _, text = feature.partition(":")
    return {
        "w": f'"{text}"',
        "s": f'"{text}…"',
        "u": f'subject "{text}"',
        "r": f"rules for {text}",
        "h": f"header {text}",
    }.get(family, feature)
