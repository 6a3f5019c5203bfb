"""Measure what the drafter gets out of job emails: company, role, recruiter name, reply address.

Usage: ``python bench/extraction.py [--fresh | --blind] [--show-errors]``

Runs parse + classify over the invented, annotated emails of
``bench/extraction_cases.py`` and prints, per field, **precision** (of the
non-None answers, how many are right) and **coverage** (of the expected
non-None values, how many were found right), overall and per language. A wrong
answer is worse than None: the drafter falls back to a neutral greeting, "the
role" or "your company". Answers are compared case-insensitively after trimming;
a case may list several acceptable answers. ``no_feedback_policy`` is a flag,
so its precision is over True answers and its coverage over expected True.

Figures, precision / coverage (before = the parsers at the start of this round; the main set
was tuned on, ``--fresh`` was written afterwards and measured once before its two fixes):

==================  ===============  ===============  ===============  ===============
field               main before      main after       fresh before     fresh 1st run
==================  ===============  ===============  ===============  ===============
company             0.821 / 0.810    1.000 / 1.000    0.857 / 0.857    0.929 / 0.929
role                0.889 / 0.548    1.000 / 0.973    1.000 / 0.167    1.000 / 0.750
recipient_name      0.756 / 0.633    1.000 / 1.000    1.000 / 0.778    1.000 / 1.000
reply_to            0.967 / 0.967    1.000 / 1.000    1.000 / 1.000    1.000 / 1.000
no_feedback_policy  1.000 / 0.889    1.000 / 0.889    1.000 / 1.000    1.000 / 1.000
==================  ===============  ===============  ===============  ===============

``--blind``: 36 English body-only, ATS-sender and agency emails, written before their fixes.
Main set: 79 emails (en 36, de 8, fr/es/nl/pt/it 7); fresh: 14 (en 7, one or two per other
language). More in ``bench/heldout/README.md`` ("Extraction").
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from afterword.parsers import Classification, RuleSet, analyse  # noqa: E402
from bench.extraction_cases import BLIND, CASES, FRESH, Case, Expected  # noqa: E402
from bench.heldout import Sample, build  # noqa: E402

FIELDS = ("company", "role", "recipient_name", "reply_to", "no_feedback_policy")


def raw_email(case: Case, n: int) -> bytes:
    """The case as RFC 5322 bytes, built like the held-out detection set."""
    sample = Sample("rejection", case.note, case.subject, case.sender, case.body,
                    html=case.html, headers=case.headers)
    return build(sample, case.lang, n)


def expected_of(case: Case, name: str) -> Expected | bool:
    return {
        "company": case.company,
        "role": case.role,
        "recipient_name": case.name,
        "reply_to": case.reply_to,
        "no_feedback_policy": case.no_feedback,
    }[name]


def is_right(got: str | None, want: Expected) -> bool:
    if got is None or want is None:
        return got is None and want is None
    accepted = (want,) if isinstance(want, str) else want
    return got.strip().casefold() in {a.strip().casefold() for a in accepted}


def score(case: Case, found: Classification) -> dict[str, tuple[str, object, object]]:
    """Per field: outcome ("right", "wrong", "missed", "none") with the answer and expectation."""
    out: dict[str, tuple[str, object, object]] = {}
    for name in FIELDS:
        want = expected_of(case, name)
        got = getattr(found, name)
        if isinstance(want, bool):
            outcome = ("right" if got == want else "wrong") if got else (
                "missed" if want else "none")
        elif got is None:
            outcome = "missed" if want is not None else "none"
        else:
            outcome = "right" if is_right(got, want) else "wrong"
        out[name] = (outcome, got, want)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list wrong and missed answers")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--fresh", action="store_true", help="the set written after tuning")
    which.add_argument("--blind", action="store_true",
                       help="body-only, ATS-sender and agency mail, written before its fixes")
    args = parser.parse_args(argv)
    cases = FRESH if args.fresh else BLIND if args.blind else CASES
    rules = RuleSet.load()
    per_lang: dict[str, dict[str, Counter[str]]] = {}
    errors: list[str] = []
    for n, case in enumerate(cases, 1):
        _, found = analyse(raw_email(case, n), rules)
        stats = per_lang.setdefault(case.lang, {name: Counter() for name in FIELDS})
        for name, (outcome, got, want) in score(case, found).items():
            stats[name][outcome] += 1
            if outcome in ("wrong", "missed"):
                errors.append(f"  {outcome.upper():6} {case.lang}-{n:03d} {name}: got {got!r}, "
                              f"want {want!r}  ({case.note})")
    counts = Counter(case.lang for case in cases)
    print(f"extraction: {len(cases)} emails ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    total = {name: Counter() for name in FIELDS}
    for lang_stats in per_lang.values():
        for name in FIELDS:
            total[name].update(lang_stats[name])
    header = f"{'field':20}{'prec':>7}{'cover':>7}{'right':>7}{'wrong':>7}{'missed':>7}"
    print("\nall languages\n" + header)
    for name in FIELDS:
        print(_row(name, total[name]))
    print("\nprecision / coverage per language")
    print(f"{'lang':6}" + "".join(f"{name[:14]:>16}" for name in FIELDS))
    for lang, lang_stats in per_lang.items():
        cells = "".join(f"{_pc(lang_stats[name]):>16}" for name in FIELDS)
        print(f"{lang:6}{cells}")
    if args.show_errors and errors:
        print("\nerrors")
        print("\n".join(errors))
    return 0


def _ratios(c: Counter[str]) -> tuple[float, float]:
    answered = c["right"] + c["wrong"]
    expected = c["right"] + c["wrong"] + c["missed"]
    return (c["right"] / answered if answered else 1.0, c["right"] / expected if expected else 1.0)


def _pc(c: Counter[str]) -> str:
    precision, coverage = _ratios(c)
    return f"{precision:.2f} / {coverage:.2f}"


def _row(name: str, c: Counter[str]) -> str:
    precision, coverage = _ratios(c)
    return (f"{name:20}{precision:>7.3f}{coverage:>7.3f}{c['right']:>7}{c['wrong']:>7}"
            f"{c['missed']:>7}")


if __name__ == "__main__":
    sys.exit(main())
