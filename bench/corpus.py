"""Where the shared job-email corpus is: ``--corpus DIR``, else beside the repository."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def corpus_candidates(explicit: str | None) -> list[Path]:
    """The folders tried, in order: the one given, else ``../shared/corpus`` beside the checkout."""
    if explicit:
        return [Path(explicit)]
    return [REPO.parent / "shared" / "corpus"]


def find_corpus(explicit: str | None) -> Path | None:
    """The first candidate holding ``eml/labels.csv``, or None."""
    for path in corpus_candidates(explicit):
        if (path / "eml" / "labels.csv").is_file():
            return path.resolve()
    return None
