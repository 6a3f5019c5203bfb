"""``afterword learn``: fit the user's own layer on their labels, and what it changes.

The layer (:mod:`afterword.parsers.personal`) is fitted on the model features kept
for every message the pipeline read, for the messages the user labelled with a
kind. It is stored in the state database and used for new mail from then on; the
daemon refits it at the start of a cycle whenever the labels changed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from afterword.daemon.store import Store
from afterword.daemon.store import labels as store_labels
from afterword.parsers.classify import Kind
from afterword.parsers.model import Model, shipped_model
from afterword.parsers.personal import PersonalLayer, corrected_kind, fit

log = logging.getLogger(__name__)

#: The labels that name a kind (``not-rejection`` says only what a message is not).
KIND_LABELS = tuple(kind.value for kind in Kind)


@dataclass(frozen=True)
class Change:
    """A stored message whose decision the user's layer changes."""

    message_id: str
    subject: str
    before: str
    after: str


@dataclass(frozen=True)
class Learned:
    """What one fit did: on how many labels, and which stored messages it changes."""

    labels: int
    changes: tuple[Change, ...]
    applied: bool


def current_layer(store: Store) -> PersonalLayer | None:
    """The user's layer as last fitted, or None when there is none (or no labels)."""
    saved = store_labels.personal_layer(store.db)
    if saved is None or not saved[0].get("weights") and not saved[2]:
        return None
    return PersonalLayer.from_dict(saved[0])


def labels_changed(store: Store) -> bool:
    """Whether labels were added, changed or cleared since the layer was fitted."""
    count, newest = store_labels.latest_label_change(store.db)
    saved = store_labels.personal_layer(store.db)
    if saved is None:
        return count > 0
    _, fitted_at, fitted_on = saved
    return count != fitted_on or (newest is not None and newest > fitted_at)


def learn(store: Store, *, dry_run: bool = False) -> Learned:
    """Fit the layer on the current labels; save it unless ``dry_run``."""
    base = _base()
    examples = store_labels.labelled_features(store.db, KIND_LABELS)
    layer = fit(base, [(item.features, item.label) for item in examples])
    changes = tuple(_changes(store, base, layer)) if examples else ()
    if not dry_run:
        with store.transaction() as db:
            store_labels.save_personal_layer(db, layer.as_dict(),
                                             store_labels.latest_label_change(db)[0])
        log.info("learned from %d label(s); %d stored message(s) decided differently",
                 layer.labels, len(changes))
    return Learned(layer.labels, changes, not dry_run)


def _changes(store: Store, base: Model, layer: PersonalLayer) -> list[Change]:
    found = []
    for item in store_labels.all_features(store.db):
        after = corrected_kind(base, layer, item.features, item.kind)
        if after is not None and after != item.kind:
            found.append(Change(item.message_id, item.subject, item.kind, after))
    return found


def _base() -> Model:
    model = shipped_model()
    if model is None:
        raise RuntimeError("the package ships no trained layer to learn on top of")
    return model
