"""Held-out evaluation sets of invented job emails, kept as data in ``bench/heldout/data``.

Every email here was written for Afterword's benchmark (companies, people and
wording are made up); none comes from the shared corpus or any published text.
Each :class:`Sample` carries the kind the classifier should return; non-job
turn-downs (papers, grants, loans, rentals, admissions, memberships, app
reviews, visas) are labelled ``other``. One JSON line per email in
``data/<set>.jsonl`` (language, kind, note, subject, sender, body; ``html``,
``quoted`` and ``headers`` when used). :func:`samples` yields them with their raw
RFC 5322 bytes, built the way real senders build them: plain text, HTML-only, or a
reply with the previous message quoted below.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("en", "de", "fr", "es", "nl", "pt", "it", "sv", "da", "no", "pl", "cs", "fi")
_DATA = Path(__file__).resolve().parent / "data"
#: Every invented set, oldest first.
SETS = ("main", "fresh", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
        "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
        "blind15", "blind16", "blind17", "blind18", "blind19", "blind20",
        "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27",
        "blind28", "blind29", "blind30", "blind31", "blind32", "blind33",
        "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40",
        "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47",
        "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54",
        "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61",
        "blind62", "blind63", "blind64", "blind65", "blind66", "blind67", "blind68",
        "blind69", "blind70", "blind71", "blind72", "blind73", "blind74", "blind75",
        "blind76", "blind77", "blind78", "blind79", "blind80", "blind81", "blind82",
        "blind83", "blind84", "blind85", "blind86", "blind87", "blind88", "blind89",
        "blind90", "blind91", "blind92", "blind93", "blind94", "blind95", "blind96",
        "blind97", "blind98", "blind99", "blind100", "blind101", "blind102", "blind103",
        "lines", "lines2")
#: Sets measured but not trained on: with ``lines2`` (480 body-only English passages) in
#: training, grouped validation on the corpus got worse (English kind accuracy 0.931 -> 0.917,
#: Brier 0.122 -> 0.146), so it only measures the rules written from it.
MEASURED_ONLY = ("lines2",)

_QUOTE_HEADERS = {
    "en": "On Mon, 3 Mar 2025 at 09:12, {name} wrote:",
    "de": "Am Mo., 3. März 2025 um 09:12 Uhr schrieb {name}:",
    "fr": "Le lun. 3 mars 2025 à 09:12, {name} a écrit :",
    "es": "El lun, 3 mar 2025 a las 09:12, {name} escribió:",
    "nl": "Op ma 3 mrt 2025 om 09:12 schreef {name}:",
    "pt": "Em seg., 3 de mar. de 2025 às 09:12, {name} escreveu:",
    "it": "Il giorno lun 3 mar 2025 alle ore 09:12 {name} ha scritto:",
}


@dataclass(frozen=True)
class Sample:
    """One labelled email: expected kind, a short note on what it tests, and its parts."""

    kind: str
    note: str
    subject: str
    sender: str
    body: str
    html: bool = False
    quoted: str = ""
    headers: tuple[tuple[str, str], ...] = field(default=())


def samples(which: str = "main") -> Iterator[tuple[str, str, Sample, bytes]]:
    """``(id, language, sample, raw bytes)`` of one of :data:`SETS`.

    ``fresh`` was written after tuning on ``main``; the ``blind`` sets before reading the
    packs' patterns.
    """
    by_language: dict[str, list[Sample]] = {lang: [] for lang in LANGUAGES}
    for line in (_DATA / f"{which}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        language = row.pop("language")
        row["headers"] = tuple(tuple(pair) for pair in row.get("headers", ()))
        by_language[language].append(Sample(**row))
    for lang in LANGUAGES:
        for n, sample in enumerate(by_language[lang], 1):
            sid = f"{which}-{lang}-{n:03d}"
            yield sid, lang, sample, build(sample, lang, n)


def build(sample: Sample, lang: str, n: int) -> bytes:
    """The raw bytes of one sample: text/plain, or text/html only when ``sample.html``.

    An empty ``sender`` or ``subject`` leaves that header out (body-only samples).
    """
    body = sample.body.strip("\n")
    if sample.quoted:
        header = _QUOTE_HEADERS[lang].format(name="Sam Rivera <sam.rivera@example.org>")
        lines = sample.quoted.strip().split("\n")
        quoted = "\n".join(f"> {line}" if line else ">" for line in lines)
        body = f"{body}\n\n{header}\n{quoted}"
    if sample.html:
        body = _to_html(body)
    lines = [f"From: {sample.sender}"] if sample.sender else []
    lines += [f"Subject: {sample.subject}"] if sample.subject else []
    lines += [
        "To: Sam Rivera <sam.rivera@example.org>",
        "Date: Tue, 04 Mar 2025 10:30:00 +0100",
        f"Message-ID: <heldout-{lang}-{n}@mail.example>",
        "MIME-Version: 1.0",
        f"Content-Type: text/{'html' if sample.html else 'plain'}; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    lines.extend(f"{name}: {value}" for name, value in sample.headers)
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def _to_html(text: str) -> str:
    cell = '<tr><td style="padding:8px 24px;font-family:Arial">{}</td></tr>'
    paragraphs = "".join(
        cell.format(html.escape(p).replace("\n", "<br>")) for p in text.split("\n\n")
    )
    return (
        "<!DOCTYPE html><html><head><style>td{color:#333}</style></head><body>"
        '<table width="600" cellpadding="0" cellspacing="0">'
        f"{paragraphs}</table></body></html>"
    )
