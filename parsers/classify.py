"""Explainable classification of a :class:`ParsedEmail` with a :class:`RuleSet`.

Each kind's score combines its matching rules: positive weights as a noisy-OR
(``1 - prod(1 - w)``), negative weights subtracted, clamped to [0, 1]. Header
and sender signals (ATS sender, auto-reply, bulk mail) are evidence too, with
ids starting ``header.`` or ``sender.``. The decision, in order:

1. non-job context (paper, grant, loan, rental, admission, membership, app
   review) outweighing job context, or any non-job context when nothing at all
   says the email is about a job -> ``other``, ``job_related=False``;
2. ``other`` rules (job alerts, newsletters, outreach, the candidate's own
   withdrawal) at or above the threshold and above the rejection score -> ``other``;
3. with the trained layer (:mod:`afterword.parsers.model`, shipped by default): a rejection
   when the rules decided one or the model's rejection probability reaches its
   threshold; otherwise the kind the model finds most probable (the rules'
   per-kind scores are among its features). Without a model: the first of
   rejection, offer, interview, application_received whose rule score reaches the
   threshold; else ``other``.

A rule from the user's own rules file (id ``user.…``) that fires for a kind
decides it, whatever the model says: the user's word wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from afterword.parsers.ats import AtsMatch, detect_ats
from afterword.parsers.extract import (
    company,
    ignored_reply_to,
    is_replyable,
    recipient_name,
    reply_address,
    role,
)
from afterword.parsers.features import signal_features, text_features
from afterword.parsers.message import ParsedEmail, parse_message
from afterword.parsers.model import Model, readable, score, shipped_model
from afterword.parsers.personal import PersonalLayer, corrected_kind
from afterword.parsers.placeholders import mask
from afterword.parsers.rules import (
    REASON_KINDS,
    RULE_KINDS,
    USER_PREFIX,
    ActiveRules,
    RuleSet,
)

#: Score a kind must reach to be chosen; ``classify(threshold=...)`` overrides it.
DEFAULT_THRESHOLD = 0.5
_MAX_RULE_TEXT = 20_000
_EVIDENCE_CHARS = 200
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"'})
_WS = re.compile(r"\s+")
# An inclusive-gender ending written beside the word ("outro(a)", "retenu(e)", "elegido/a")
# reads as the word alone, so a rule written for one form sees every such text.
_GENDER_ENDING = re.compile(r"(?<=[^\W\d_])(?:\((?:as|os|es|a|o|e)\)|/(?:as|os|a|o)\b)")
_AUTO_REPLY_SUBJECT = re.compile(
    r"^(?:automatic reply|auto(?:matische)?[- ]?(?:reply|antwort|response)|out of (?:the )?office|"
    r"abwesenheit|réponse automatique|respuesta automática|automatisch antwoord|"
    r"resposta automática|risposta automatica)\b",
    re.I,
)
_DECISION_ORDER = ("rejection", "offer", "interview", "application_received")
_Vote = tuple[str, "Evidence"]
_MODEL_EVIDENCE = 8


class Kind(StrEnum):
    """What a job email is."""

    REJECTION = "rejection"
    APPLICATION_RECEIVED = "application_received"
    INTERVIEW = "interview"
    OFFER = "offer"
    OTHER = "other"
    #: The employer's answer to a feedback request (recognised by its thread at sync,
    #: or by a user rule of this kind).
    FEEDBACK = "feedback"


_KIND_NAMES = frozenset(kind.value for kind in Kind)


@dataclass(frozen=True)
class Evidence:
    """One rule that fired: its id, the text it matched, its weight (negative when subtracting)."""

    rule: str
    text: str
    weight: float


@dataclass(frozen=True)
class Classification:
    """The decision for one email, with everything the drafter needs and why."""

    kind: Kind
    score: float
    is_rejection: bool
    language: str | None
    evidence: tuple[Evidence, ...]
    company: str | None
    role: str | None
    recipient_name: str | None
    reply_to: str | None
    no_feedback_policy: bool
    #: A Reply-To outside the sender's domain that the draft does not follow.
    ignored_reply_to: str | None
    ats: str | None
    ats_tenant: str | None
    job_related: bool
    #: The trained layer's probability per kind (empty when no model was used).
    probabilities: tuple[tuple[str, float], ...] = ()
    #: With ``explain``: the features that pulled hardest towards the model's top kind.
    model_evidence: tuple[Evidence, ...] = ()
    #: What decided: ``user rule``, ``your labels``, ``non-job guard``, ``model`` or ``rules``.
    decided_by: str = "rules"
    #: The trained layer's features of this email (what ``afterword learn`` fits on).
    features: Mapping[str, float] = field(default_factory=dict)
    #: The reasons the email gives (tag, and the strongest rule evidence for it).
    reasons: tuple[tuple[str, Evidence], ...] = ()

    @property
    def reason_tags(self) -> tuple[str, ...]:
        """The tags of the reasons given, or ``("no_reason_given",)``."""
        return tuple(tag for tag, _ in self.reasons) or ("no_reason_given",)


@dataclass(frozen=True)
class _RuleView:
    """What the rules saw of a message: their votes, per-kind scores and the signals."""

    votes: list[_Vote]
    scores: dict[str, float]
    ats: AtsMatch | None
    signals: tuple[str, ...]
    subject: str
    body: str


def analyse(
    raw: bytes, rules: RuleSet, *, explain: bool = False, personal: PersonalLayer | None = None
) -> tuple[ParsedEmail, Classification]:
    """Parse and classify raw message bytes (raises only :class:`MessageParseError`)."""
    parsed = parse_message(raw)
    return parsed, classify(parsed, rules, explain=explain, personal=personal)


_USE_SHIPPED = object()


def classify(
    parsed: ParsedEmail,
    rules: RuleSet,
    *,
    threshold: float | None = None,
    model: Model | None | object = _USE_SHIPPED,
    personal: PersonalLayer | None = None,
    explain: bool = False,
) -> Classification:
    """Classify one parsed email; pure and deterministic.

    ``threshold`` is what a rejection needs (the model's probability, else the rules'
    score). ``model`` defaults to the shipped trained layer; ``model=None`` decides by
    the rules alone. ``personal`` is the layer fitted on the user's labels: where it
    moves the decision, it wins over the shipped layers (a user rule still wins over
    it). ``explain`` also names the features that pulled the model hardest.
    """
    limit = DEFAULT_THRESHOLD if threshold is None else threshold
    view = _rule_view(parsed, rules)
    scores = view.scores
    trained = shipped_model() if model is _USE_SHIPPED else model
    kind, job_related = _decide(scores, limit)
    decided_by = "non-job guard" if not job_related and kind is Kind.OTHER else "rules"
    probabilities: tuple[tuple[str, float], ...] = ()
    model_evidence: tuple[Evidence, ...] = ()
    features = features_from(view)
    if isinstance(trained, Model):
        scored = score(trained, features, pulls=_MODEL_EVIDENCE if explain else 0)
        probabilities = tuple((k, round(p, 4)) for k, p in scored.probabilities.items())
        model_evidence = tuple(
            Evidence(f"model.{name}", readable(name), round(pull, 3))
            for name, pull in scored.contributions
        )
        if decided_by != "non-job guard":
            needed = trained.rejection_threshold if threshold is None else threshold
            rules_kind, kind = (
                kind,
                model_decision(
                    scored.probabilities,
                    needed,
                    rules_kind=kind,
                    job_context=scores["job_context"] > 0,
                ),
            )
            job_related = job_related or kind is not Kind.OTHER
            decided_by = "rules" if kind is rules_kind is Kind.REJECTION else "model"
        corrected = corrected_kind(trained, personal, features, kind.value) if personal else None
        if corrected is not None:
            kind, decided_by = Kind(corrected), "your labels"
            job_related = kind is not Kind.OTHER
    user_kind = _user_decision(view.votes)
    if user_kind is not None:
        kind, job_related, decided_by = user_kind, user_kind is not Kind.OTHER, "user rule"
    if decided_by in ("model", "your labels"):
        value = dict(probabilities)["rejection" if kind is Kind.OTHER else kind.value]
    else:
        value = scores["rejection"] if kind is Kind.OTHER else scores[kind.value]
    employer = company(parsed, view.ats)
    return Classification(
        kind=kind,
        score=round(value, 3),
        is_rejection=kind is Kind.REJECTION,
        language=parsed.language,
        evidence=tuple(evidence for _, evidence in view.votes),
        company=employer,
        role=role(parsed, employer),
        recipient_name=recipient_name(parsed, employer),
        reply_to=reply_address(parsed),
        ignored_reply_to=ignored_reply_to(parsed),
        no_feedback_policy=scores["no_feedback"] >= DEFAULT_THRESHOLD,
        ats=view.ats.name if view.ats else None,
        ats_tenant=view.ats.tenant if view.ats else None,
        job_related=job_related,
        probabilities=probabilities,
        model_evidence=model_evidence,
        decided_by=decided_by,
        features=features,
        reasons=_reasons(view.votes),
    )


def rule_features(parsed: ParsedEmail, rules: RuleSet) -> dict[str, float]:
    """Everything the trained layer reads of ``parsed``: what training fits on."""
    return features_from(_rule_view(parsed, rules))


def features_from(view: _RuleView) -> dict[str, float]:
    """The trained layer's features from what the rules saw (one path for training and use)."""
    out = text_features(view.subject, view.body)
    out.update(signal_features(view.scores, view.signals))
    return out


def _rule_view(parsed: ParsedEmail, rules: RuleSet) -> _RuleView:
    body = parsed.body_text or parsed.quoted_text
    subject, body_text = _prepare(parsed.subject), _prepare(body[:_MAX_RULE_TEXT])
    originals = {"subject": subject, "body": body_text, "any": subject + " ¶ " + body_text}
    originals["from"] = f"{parsed.from_name or ''} <{parsed.from_addr or ''}>"
    # English mail fires English rules only (a Danish closing line must not bring Danish
    # rules to English text); another language keeps the runner-up, since language
    # identification of short non-English text is less sure.
    languages = parsed.languages[:1] if parsed.language == "en" else parsed.languages[:2]
    wanted = (*languages, "en") if languages else None
    links = "\n".join((parsed.body_text, parsed.signature, parsed.quoted_text))
    ats = detect_ats([a for a in (parsed.from_addr, parsed.reply_to_addr) if a], links)
    votes = _match(rules.indexed(wanted), originals)
    header_votes = _header_votes(parsed, ats)
    votes += header_votes
    signals = [
        "ats" if e.rule.startswith("sender.ats.") else e.rule.removeprefix("header.")
        for _, e in header_votes
    ]
    if parsed.from_addr and not is_replyable(parsed.from_addr):
        signals.append("unreplyable_sender")
    if not parsed.subject.strip():
        signals.append("no_subject")
    if parsed.in_reply_to or parsed.references:
        signals.append("reply")
    return _RuleView(votes, _scores(votes), ats, tuple(signals), subject, body_text)


def _reasons(votes: list[_Vote]) -> tuple[tuple[str, Evidence], ...]:
    """Each reason tag the rules found, with its strongest evidence, strongest first."""
    best: dict[str, Evidence] = {}
    for kind, evidence in votes:
        if kind in REASON_KINDS and evidence.weight > 0:
            tag = kind.removeprefix("reason.")
            if tag not in best or evidence.weight > best[tag].weight:
                best[tag] = evidence
    return tuple(sorted(best.items(), key=lambda item: -item[1].weight))


def _user_decision(votes: list[_Vote]) -> Kind | None:
    """The kind the strongest firing rule of the user's own file names, if any."""
    mine = [
        (evidence.weight, kind)
        for kind, evidence in votes
        if evidence.rule.startswith(USER_PREFIX) and evidence.weight > 0 and kind in _KIND_NAMES
    ]
    return Kind(max(mine)[1]) if mine else None


def model_decision(
    probabilities: Mapping[str, float],
    rejection_threshold: float,
    *,
    rules_kind: Kind,
    job_context: bool,
) -> Kind:
    """Rules and model together, as grouped validation chose (``scripts/train_detection.py``).

    A rejection the rules decided stands when the message says anything about a job
    (else only when the model ranks rejection first too: a bare refusal may be about
    anything); the model adds a rejection when its probability reaches the threshold;
    otherwise the model's most probable other kind.
    """
    top = max(probabilities, key=probabilities.__getitem__)
    if rules_kind is Kind.REJECTION and (job_context or top == "rejection"):
        return Kind.REJECTION
    for name in sorted(probabilities, key=lambda k: -probabilities[k]):
        if name == "rejection" and probabilities[name] < rejection_threshold:
            continue
        return Kind(name)
    return Kind.OTHER


def prepare_text(text: str) -> str:
    """Text as the rules see it: placeholders masked, apostrophes, spaces and inclusive-gender
    endings normalised."""
    return _prepare(text)


def _prepare(text: str) -> str:
    return _WS.sub(" ", _GENDER_ENDING.sub("", mask(text).translate(_APOSTROPHES))).strip()


def _match(active: ActiveRules, originals: dict[str, str]) -> list[_Vote]:
    lowered = {where: text.lower() for where, text in originals.items()}
    # One scan for every anchor; only the rules one of whose anchors occurs are tried.
    scanned = {where: scan.scan(lowered[where]) for where, scan in active.scans.items()
               if where in lowered}
    found: list[_Vote] = []
    for item in active.worth_trying(scanned):
        where = item.rule.where
        hit = item.search(lowered[where], scanned.get(where, {}))
        if hit is None:
            continue
        # Quote the original case when lower-casing kept the length (nearly always).
        source = (
            originals[where] if len(originals[where]) == len(lowered[where]) else lowered[where]
        )
        text = source[hit.start() : hit.end()][:_EVIDENCE_CHARS]
        weight = -item.rule.weight if item.rule.negative else item.rule.weight
        found.append((item.rule.kind, Evidence(item.rule.id, text, weight)))
    return found


def _header_votes(parsed: ParsedEmail, ats: AtsMatch | None) -> list[_Vote]:
    """Sender and header signals: ATS sender (job context), auto-reply, bulk mail."""
    out: list[_Vote] = []
    headers = {k.lower(): v.lower() for k, v in parsed.headers.items()}
    if ats is not None:
        out.append(("job_context", Evidence(f"sender.ats.{ats.name}", parsed.from_addr or "", 0.5)))
    auto = headers.get("auto-submitted", "")
    if (
        auto.startswith("auto-replied")
        or "x-autoreply" in headers
        or "x-autorespond" in headers
        or _AUTO_REPLY_SUBJECT.match(parsed.subject)
    ):
        out.append(("rejection", Evidence("header.auto_reply", auto or parsed.subject[:80], -0.3)))
    bulk = headers.get("precedence") in ("bulk", "list", "junk") or "list-id" in headers
    if bulk or ("list-unsubscribe" in headers and ats is None):
        out.append(("other", Evidence("header.bulk", headers.get("list-id") or "bulk mail", 0.3)))
    return out


def _scores(votes: list[_Vote]) -> dict[str, float]:
    keep: dict[str, float] = {}
    minus: dict[str, float] = {}
    for kind, item in votes:
        if item.weight >= 0:
            keep[kind] = keep.get(kind, 1.0) * (1.0 - item.weight)
        else:
            minus[kind] = minus.get(kind, 0.0) - item.weight
    return {
        kind: min(1.0, max(0.0, 1.0 - keep.get(kind, 1.0) - minus.get(kind, 0.0)))
        for kind in RULE_KINDS
    }


def rules_decision(scores: Mapping[str, float], limit: float = DEFAULT_THRESHOLD) -> Kind:
    """What the rules alone decide from their per-kind scores."""
    return _decide(scores, limit)[0]


def _decide(scores: Mapping[str, float], limit: float) -> tuple[Kind, bool]:
    non_job = scores.get("non_job", 0.0)
    # An interview or an offer is about a job whatever else the text mentions (a lease in a
    # written exercise, grant-writing experience), so its evidence counts as job context.
    job = max(scores.get(name, 0.0) for name in ("job_context", "interview", "offer"))
    if (non_job >= DEFAULT_THRESHOLD and non_job > job) or (non_job > 0 and job == 0):
        return Kind.OTHER, False
    if scores.get("other", 0.0) >= limit and scores.get("other", 0.0) >= scores.get(
        "rejection", 0.0
    ):
        return Kind.OTHER, False
    if scores.get("rejection", 0.0) >= limit:
        return Kind.REJECTION, True
    # Among the other kinds the strongest evidence wins (the order breaks ties), as
    # `check --explain` prints it.
    reached = [name for name in _DECISION_ORDER[1:] if scores.get(name, 0.0) >= limit]
    if reached:
        return Kind(max(reached, key=lambda name: scores.get(name, 0.0))), True
    return Kind.OTHER, job > 0
