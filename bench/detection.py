"""Measure detection (rejections and kinds) and its throughput on labelled mail.

Usage: ``python bench/detection.py [--corpus DIR | --heldout NAME] [--seconds N]
[--show-errors] [--no-cv]``

On ``../shared/corpus`` (beside the checkout), whose labels name each email's
origin (``group``), it first prints the honest estimate: cross-validation grouped
by origin, refitting the trained layer on every fold (``scripts/train_detection.py``;
needs the ``train`` extra), per language, pooled, with the largest origin left out,
with kind accuracy and the Brier score. Then, for any labelled folder (``--corpus
DIR`` holding ``eml/*.eml`` and ``eml/labels.csv`` with ``file,kind,language``) or
one of our invented sets (``--heldout main|fresh|blind|blind2|...|blind7``), the
plain score of the shipped detection: rejection precision, recall and F1 per
language, kind accuracy, Brier score and a confusion matrix, labelled as fitted
when the folder is the one the shipped model was trained on. Last, messages per
second for parse + classify on one core against a stdlib-parse baseline measured
in the same run, the two alternating in rounds (the corpus is repeated until
``--seconds`` have passed); the ratio is the median of the rounds' ratios.
"""

from __future__ import annotations

import argparse
import csv
import email
import email.policy
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from afterword.parsers import Kind, RuleSet, analyse  # noqa: E402
from bench.corpus import corpus_candidates, find_corpus  # noqa: E402
from bench.heldout import SETS  # noqa: E402

sys.path.insert(0, str(REPO / "scripts"))

KINDS = [k.value for k in Kind]
#: Alternating rounds of the throughput measurement (ours, then the baseline, each round).
_ROUNDS = 5


def load(corpus: Path) -> list[tuple[dict[str, str], bytes]]:
    with open(corpus / "eml" / "labels.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [(row, (corpus / "eml" / row["file"]).read_bytes()) for row in rows]


def load_heldout(which: str = "main") -> list[tuple[dict[str, str], bytes]]:
    from bench.heldout import samples

    return [
        ({"file": sid, "kind": sample.kind, "language": lang, "note": sample.note}, raw)
        for sid, lang, sample, raw in samples(which)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus")
    parser.add_argument(
        "--heldout",
        nargs="?",
        const="main",
        choices=SETS,
        help=f"measure bench/heldout ({', '.join(SETS)}: the blind sets were written before "
        "reading the packs)",
    )
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--no-cv", action="store_true", help="skip the grouped cross-validation")
    args = parser.parse_args(argv)
    if args.heldout:
        items, source = load_heldout(args.heldout), f"bench/heldout ({args.heldout})"
    else:
        corpus = find_corpus(args.corpus)
        if corpus is None:
            tried = ", ".join(map(str, corpus_candidates(args.corpus)))
            sys.exit(f"corpus not found (tried {tried}); pass --corpus DIR")
        items, source = load(corpus), str(corpus)
    rules = RuleSet.load()
    print(f"corpus: {source} ({len(items)} emails), rules: {len(rules.rules)}")
    grouped = bool(items) and all(row.get("group") for row, _ in items)
    if grouped and not args.no_cv:
        _grouped_cross_validation(corpus, rules)
    if args.heldout:
        print(f"\nplain score of the shipped detection on our invented set {args.heldout!r}")
    elif grouped:
        print(
            "\nplain score of the shipped detection (FITTED: the shipped model was trained on "
            "these emails; the grouped figures above are the estimate)"
        )
    else:
        print(
            "\nplain score of the shipped detection (no origins in the labels: not cross-validated)"
        )
    brier = 0.0

    per_lang: dict[str, Counter[str]] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    for row, raw in items:
        _, c = analyse(raw, rules)
        expected, got = row["kind"], c.kind.value
        confusion[(expected, got)] += 1
        probabilities = dict(c.probabilities)
        brier += sum((probabilities.get(k, 0.0) - (k == expected)) ** 2 for k in KINDS)
        stats = per_lang.setdefault(row["language"], Counter())
        truth, said = expected == "rejection", c.is_rejection
        stats["tp" if truth and said else "fp" if said else "fn" if truth else "tn"] += 1
        if args.show_errors and expected != got:
            rules_fired = ", ".join(f"{e.rule}={e.weight:+.2f}" for e in c.evidence)
            print(
                f"  MISS {row['file']} ({row.get('note', row.get('subtype', ''))}): "
                f"expected {expected}, got {got} ({c.score:.2f}) [{rules_fired}]"
            )

    print("\nrejection by language")
    print(f"{'lang':6}{'n':>4}{'tp':>4}{'fp':>4}{'fn':>4}{'prec':>7}{'recall':>8}{'f1':>7}")
    total: Counter[str] = Counter()
    for lang in sorted(per_lang):
        total.update(per_lang[lang])
        print(_row(lang, per_lang[lang]))
    print(_row("all", total))

    right = sum(n for (expected, got), n in confusion.items() if expected == got)
    print(
        f"kind accuracy {right / max(1, len(items)):.3f}; "
        f"Brier score {brier / max(1, len(items)):.3f} (mean over emails of the squared "
        "error of the five kind probabilities)"
    )

    print("\nconfusion (rows expected, columns predicted)")
    print(" " * 22 + "".join(f"{k[:10]:>11}" for k in KINDS))
    for expected in KINDS:
        counts = [confusion[(expected, got)] for got in KINDS]
        if any(counts):
            print(f"{expected:22}" + "".join(f"{n:>11}" for n in counts))

    raws = [raw for _, raw in items]
    ours, baseline, ratio = _interleaved(
        lambda raw: analyse(raw, rules), _stdlib_read, raws, args.seconds
    )
    print(
        f"\nthroughput: {ours:,.0f} msg/s (parse + classify, one core); "
        f"baseline {baseline:,.0f} msg/s (stdlib email: parse and read the text body, "
        f"same run); ratio {ratio:.2f} (median of {_ROUNDS} alternating rounds)"
    )
    return 0


def _grouped_cross_validation(corpus: Path, rules: RuleSet) -> None:
    """The trained layer refitted per fold, no origin in both parts (scripts/train_detection.py)."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print(
            "\n(grouped cross-validation skipped: it refits the model, which needs the train "
            "extra: pip install -e '.[train]')"
        )
        return
    import train_detection as training

    examples = training.load_examples(corpus, rules)
    invented, extra = training.training_extra(rules)
    probabilities = training.out_of_fold(examples, 5, training.DEFAULT_C, extra)
    threshold = training.choose_threshold(examples, probabilities)
    training.report(
        examples,
        probabilities,
        threshold,
        f"grouped 5-fold cross-validation by origin ({len({e.group for e in examples})} origins; "
        f"{len(invented)} invented emails and rule-blind copies of their rejections join "
        f"every training part; rejection threshold "
        f"{threshold:.2f})",
    )


def _stdlib_read(raw: bytes) -> None:
    """The floor any mail tool pays: parse the message and decode its text body."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        body.get_content()


def _interleaved(
    ours: Callable[[bytes], object],
    baseline: Callable[[bytes], object],
    raws: list[bytes],
    seconds: float,
) -> tuple[float, float, float]:
    """Median rates of ``ours`` and ``baseline`` and the median of their per-round ratios.

    The two alternate in short rounds, so a burst of load from other processes on a shared
    machine falls on both rather than on whichever happened to run during it.
    """
    rounds = [
        (_rate(ours, raws, seconds / _ROUNDS), _rate(baseline, raws, seconds / _ROUNDS))
        for _ in range(_ROUNDS)
    ]
    return (
        statistics.median(o for o, _ in rounds),
        statistics.median(b for _, b in rounds),
        statistics.median(o / b for o, b in rounds),
    )


def _rate(work: Callable[[bytes], object], raws: list[bytes], seconds: float) -> float:
    """Messages per second of ``work`` over ``raws``, repeated for ``seconds``."""
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for raw in raws:
            work(raw)
        done += len(raws)
    return done / (time.perf_counter() - start)


def _row(name: str, s: Counter[str]) -> str:
    tp, fp, fn = s["tp"], s["fp"], s["fn"]
    n = tp + fp + fn + s["tn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{name:6}{n:>4}{tp:>4}{fp:>4}{fn:>4}{precision:>7.3f}{recall:>8.3f}{f1:>7.3f}"


if __name__ == "__main__":
    sys.exit(main())
