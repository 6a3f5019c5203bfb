"""Backtests: classify many stored messages with a rule set and measure the result.

Messages come from a directory of ``.eml`` files or from a mailbox read through
the :class:`~afterword.daemon.mailbox.base.Mailbox` protocol (read-only: ``fetch_new``
with no cursor, nothing saved). Each message is parsed and classified; a
message the parser rejects is counted and listed, never fatal. With ground
truth (:class:`Labels`, from a CSV file or the store's corrections) the report
carries the confusion counts for "is a rejection", precision, recall and F1,
and every false positive and false negative with its evidence. With a baseline
rule set it also lists the messages whose kind changes between the two.
"""

from __future__ import annotations

import csv
import mailbox
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath

from afterword.daemon.errors import UsageError
from afterword.daemon.mailbox.base import Mailbox
from afterword.parsers import (
    Evidence,
    MessageParseError,
    ParsedEmail,
    RuleSet,
    classify,
    message_ids,
    parse_message,
)

TRUE_LABELS = {"rejection": True, "not-rejection": False, "not_rejection": False}


@dataclass(frozen=True)
class Sample:
    """One message to classify; ``key`` names it (a relative file path, or folder/ref)."""

    key: str
    raw: bytes
    message_id: str | None = None


@dataclass(frozen=True)
class Failure:
    """A message that could not be read or parsed."""

    key: str
    error: str


@dataclass(frozen=True)
class Verdict:
    """How one message was classified, with its evidence strongest first."""

    key: str
    message_id: str | None
    subject: str
    sender: str | None
    kind: str
    score: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Change:
    """A message whose kind differs between the baseline and the tested rules."""

    before: Verdict
    after: Verdict


@dataclass(frozen=True)
class Metrics:
    """Confusion counts for "is a rejection" over the labelled messages."""

    tp: int
    fp: int
    fn: int
    tn: int
    false_positives: tuple[Verdict, ...]
    false_negatives: tuple[Verdict, ...]
    unlabelled: int
    labels_unmatched: int

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None


@dataclass(frozen=True)
class Report:
    """Everything a backtest found."""

    messages: int
    kinds: dict[str, int]
    rejections: tuple[Verdict, ...]
    errors: tuple[Failure, ...]
    metrics: Metrics | None
    baseline_metrics: Metrics | None
    changes: tuple[Change, ...] | None


@dataclass
class Labels:
    """Ground truth, one entry per label row: is the message a rejection?

    A row names its message by Message-ID and/or file (a path relative to the
    backtested directory, or just the file name).
    """

    truths: list[bool] = field(default_factory=list)
    by_message_id: dict[str, int] = field(default_factory=dict)
    by_file: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.truths)

    def add(self, truth: bool, *, message_id: str | None = None,
            file: str | None = None) -> None:
        row = len(self.truths)
        self.truths.append(truth)
        if message_id:
            self.by_message_id[message_ids.bare(message_id)] = row
        if file:
            self.by_file[file] = row

    def lookup(self, verdict: Verdict) -> tuple[int, bool] | None:
        """(label row, truth) for a classified message, if it is labelled."""
        row = None
        if verdict.message_id:
            row = self.by_message_id.get(message_ids.bare(verdict.message_id))
        for name in (verdict.key, PurePosixPath(verdict.key).name):
            if row is None:
                row = self.by_file.get(name)
        return None if row is None else (row, self.truths[row])

    @classmethod
    def from_mapping(cls, labels: Mapping[str, str]) -> Labels:
        """From Message-ID → 'rejection' | 'not-rejection' (the store's corrections)."""
        out = cls()
        for message_id, label in labels.items():
            out.add(TRUE_LABELS[label], message_id=message_id)
        return out


def read_labels_csv(path: Path) -> Labels:
    """Labels from a CSV with a ``label`` column and a ``message_id`` and/or ``file`` column.

    ``label`` is ``rejection`` or ``not-rejection`` (``not_rejection`` accepted).
    Extra columns are ignored, so a corpus ``labels.csv`` works as it is.
    """
    labels = Labels()
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = set(reader.fieldnames or ())
            if "label" not in columns or not columns & {"message_id", "file"}:
                raise UsageError(f"{path}: needs a 'label' column and a 'message_id' or "
                                 f"'file' column (found: {', '.join(sorted(columns)) or 'none'})")
            for line, row in enumerate(reader, 2):
                truth = TRUE_LABELS.get((row.get("label") or "").strip().lower())
                if truth is None:
                    raise UsageError(f"{path} line {line}: label {row.get('label')!r} is not "
                                     "rejection or not-rejection")
                message_id = message_ids.bare(row.get("message_id") or "")
                name = (row.get("file") or "").strip()
                if not message_id and not name:
                    raise UsageError(f"{path} line {line}: no message_id or file")
                labels.add(truth, message_id=message_id, file=name)
    except OSError as exc:
        raise UsageError(f"cannot read labels {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"{path}: not a readable CSV file ({exc})") from None
    return labels


@dataclass(frozen=True)
class MailFiles:
    """What a directory holds: single messages (``.eml``, Maildir), mbox files, the rest."""

    messages: list[Path]
    mboxes: list[Path]
    skipped: int

    @property
    def count(self) -> int:
        """Files to read (an mbox counts once, whatever it holds)."""
        return len(self.messages) + len(self.mboxes)


def mail_files(directory: Path) -> MailFiles:
    """Every message file under ``directory``, recursively, in a stable order.

    ``.eml`` files, the files of Maildir ``cur/`` and ``new/`` folders, and mbox
    files (which start with a ``From`` line); other files are counted as skipped.
    None found is an error that says what was looked for.
    """
    if not directory.is_dir():
        raise UsageError(f"{directory} is not a directory")
    messages: list[Path] = []
    mboxes: list[Path] = []
    skipped = 0
    for path in sorted(directory.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        in_maildir = path.parent.name in ("cur", "new") and (path.parent.parent / "tmp").is_dir()
        if path.suffix.lower() == ".eml" or in_maildir:
            messages.append(path)
        elif _starts_like_mbox(path):
            mboxes.append(path)
        else:
            skipped += 1
    if not messages and not mboxes:
        raise UsageError(f"no messages under {directory} ({skipped} other file(s) skipped)",
                         hint="backtest --dir reads .eml files, Maildir folders (cur/ and new/) "
                              "and mbox files")
    return MailFiles(messages, mboxes, skipped)


def _starts_like_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


def dir_samples(directory: Path, found: MailFiles) -> Iterator[Sample | Failure]:
    """The messages' bytes, keyed by their path relative to ``directory`` (``#n`` in an mbox)."""
    for path in found.messages:
        key = path.relative_to(directory).as_posix()
        try:
            yield Sample(key, path.read_bytes())
        except OSError as exc:
            yield Failure(key, f"cannot read: {exc.strerror or exc}")
    for path in found.mboxes:
        key = path.relative_to(directory).as_posix()
        try:
            box = mailbox.mbox(path, create=False)
            for number, key_in_box in enumerate(box.keys(), start=1):
                yield Sample(f"{key}#{number}", box.get_bytes(key_in_box))
            box.close()
        except (OSError, mailbox.Error) as exc:
            yield Failure(key, f"cannot read the mbox: {exc}")


def mailbox_samples(mailbox: Mailbox, folders: Iterable[str], *,
                    since: datetime) -> Iterator[Sample]:
    """Every message of ``folders`` since ``since``, read without saving any cursor."""
    for folder in folders:
        for batch in mailbox.fetch_new(folder, None, since=since, batch_size=200):
            for message in batch.messages:
                yield Sample(f"{folder}/{message.ref.key}", message.raw, message.message_id)


class _Judge:
    """Classifies parsed messages with one rule set."""

    def __init__(self, rules: RuleSet, threshold: float | None) -> None:
        self.rules = rules
        self.threshold = threshold
        self.rule_kinds = {rule.id: rule.kind for rule in rules.rules}

    def verdict(self, sample: Sample, parsed: ParsedEmail) -> Verdict:
        """The classification, rejection evidence first, then the strongest."""
        result = classify(parsed, self.rules, threshold=self.threshold)

        def rank(item: Evidence) -> tuple[bool, float]:
            return self.rule_kinds.get(item.rule) != "rejection", -abs(item.weight)

        return Verdict(sample.key, sample.message_id or parsed.message_id, parsed.subject,
                       parsed.from_addr, result.kind.value, result.score,
                       tuple(sorted(result.evidence, key=rank)))


def run_backtest(
    samples: Iterable[Sample | Failure],
    rules: RuleSet,
    *,
    baseline: RuleSet | None = None,
    labels: Labels | None = None,
    threshold: float | None = None,
    on_message: Callable[[], None] | None = None,
) -> Report:
    """Classify every sample with ``rules`` (and ``baseline``, to list changes)."""
    tested = _Judge(rules, threshold)
    before = _Judge(baseline, threshold) if baseline is not None else None
    kinds: Counter[str] = Counter()
    rejections: list[Verdict] = []
    errors: list[Failure] = []
    changes: list[Change] = []
    tally = _Tally(labels) if labels is not None else None
    tally_before = _Tally(labels) if labels is not None and before is not None else None
    for sample in samples:
        if on_message is not None:
            on_message()
        if isinstance(sample, Failure):
            errors.append(sample)
            continue
        try:
            parsed = parse_message(sample.raw)
        except MessageParseError as exc:
            errors.append(Failure(sample.key, str(exc)))
            continue
        verdict = tested.verdict(sample, parsed)
        kinds[verdict.kind] += 1
        if verdict.kind == "rejection":
            rejections.append(verdict)
        if tally is not None:
            tally.add(verdict)
        if before is not None:
            old = before.verdict(sample, parsed)
            if tally_before is not None:
                tally_before.add(old)
            if old.kind != verdict.kind:
                changes.append(Change(old, verdict))
    return Report(sum(kinds.values()) + len(errors), dict(kinds.most_common()),
                  tuple(rejections), tuple(errors),
                  tally.metrics() if tally is not None else None,
                  tally_before.metrics() if tally_before is not None else None,
                  tuple(changes) if before is not None else None)


class _Tally:
    """Confusion counts built one verdict at a time; keeps only the mistakes."""

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.counts: Counter[str] = Counter()
        self.false_positives: list[Verdict] = []
        self.false_negatives: list[Verdict] = []
        self.used: set[int] = set()

    def add(self, verdict: Verdict) -> None:
        found = self.labels.lookup(verdict)
        if found is None:
            self.counts["unlabelled"] += 1
            return
        row, truth = found
        self.used.add(row)
        predicted = verdict.kind == "rejection"
        if predicted and truth:
            self.counts["tp"] += 1
        elif predicted:
            self.counts["fp"] += 1
            self.false_positives.append(verdict)
        elif truth:
            self.counts["fn"] += 1
            self.false_negatives.append(verdict)
        else:
            self.counts["tn"] += 1

    def metrics(self) -> Metrics:
        c = self.counts
        return Metrics(c["tp"], c["fp"], c["fn"], c["tn"], tuple(self.false_positives),
                       tuple(self.false_negatives), c["unlabelled"],
                       len(self.labels) - len(self.used))
