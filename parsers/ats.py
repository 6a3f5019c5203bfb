"""Applicant-tracking systems: who sent it, for which company (the ATS "tenant").

The tenant is the company slug an ATS puts in sender subdomains, local parts
or job links: ``jobs.lever.co/acme``, ``acme.wd5.myworkdayjobs.com``,
``acme@myworkday.com``, ``acme.recruitee.com``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterword.parsers.domains import ATS_DOMAINS

#: ATS name and the pattern of its job links (the tenant is group 1). A link is looked
#: for only when one of that ATS's domains appears in the text (a cheap pre-check).
_LINKS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("greenhouse",
         r"\b(?:job-)?boards(?:\.eu)?\.greenhouse\.io/(?:embed/job_app\?for=)?([a-z0-9_-]+)"),
        ("lever", r"\bjobs(?:\.eu)?\.lever\.co/([a-z0-9_.-]+)"),
        ("workday", r"\b([a-z0-9-]+)\.wd\d+\.myworkdayjobs\.com"),
        ("ashby", r"\bjobs\.ashbyhq\.com/([a-z0-9_.%-]+)"),
        ("smartrecruiters", r"\b(?:jobs|careers)\.smartrecruiters\.com/([a-z0-9_-]+)"),
        ("icims", r"\b(?:careers-)?([a-z0-9-]+)\.icims\.com"),
        ("taleo", r"\b([a-z0-9-]+)\.taleo\.net"),
        ("workable", r"\bapply\.workable\.com/([a-z0-9_-]+)"),
        ("personio", r"\b([a-z0-9-]+)\.jobs\.personio\.(?:de|com)"),
        ("recruitee", r"\b([a-z0-9-]+)\.recruitee\.com"),
        ("teamtailor", r"\b([a-z0-9-]+)\.teamtailor\.com"),
    )
)
#: Labels and local parts that name a mail role, never a company.
GENERIC_LABELS = frozenset(
    [
        "www",
        "mail",
        "mails",
        "email",
        "em",
        "e",
        "hire",
        "us",
        "eu",
        "app",
        "apps",
        "jobs",
        "job",
        "careers",
        "career",
        "candidates",
        "candidate",
        "notifications",
        "notification",
        "no-reply",
        "noreply",
        "donotreply",
        "do-not-reply",
        "bounce",
        "bounces",
        "mg",
        "info",
        "recruiting",
        "recruitment",
        "talent",
        "apply",
        "messages",
        "message",
        "system",
        "support",
        "alerts",
        "alert",
        "hello",
        "team",
        "hr",
        "reply",
        "replies",
        "mailer",
        "send",
        "sender",
        "news",
    ]
)


@dataclass(frozen=True)
class AtsMatch:
    """The ATS that sent or is linked from an email, and the company slug when known."""

    name: str
    tenant: str | None


def ats_for_domain(domain: str) -> str | None:
    """The ATS owning ``domain`` (or a subdomain of it), else None."""
    domain = domain.lower().rstrip(".")
    for name, domains in ATS_DOMAINS.items():
        for known in domains:
            if domain == known or domain.endswith("." + known):
                return name
    return None


def detect_ats(addresses: list[str], text: str) -> AtsMatch | None:
    """The ATS behind the sender addresses, with the tenant from the address or a job link."""
    for addr in addresses:
        local, _, domain = addr.rpartition("@")
        name = ats_for_domain(domain)
        if name is None:
            continue
        return AtsMatch(name, _tenant_from_address(local, domain) or _tenant_from_links(text, name))
    lowered = text.lower()
    for name, regex in _LINKS:
        if not any(domain in lowered for domain in ATS_DOMAINS[name]):
            continue
        found = regex.search(text)
        if found and found.group(1).lower() not in GENERIC_LABELS:
            return AtsMatch(name, found.group(1).lower())
    return None


def _tenant_from_address(local: str, domain: str) -> str | None:
    for known in (d for ds in ATS_DOMAINS.values() for d in ds):
        if domain == known or domain.endswith("." + known):
            labels = domain[: -len(known)].rstrip(".").split(".") if domain != known else []
            for label in labels:
                if label and label not in GENERIC_LABELS:
                    return label
    local = local.split("+", 1)[0].lower()
    # Workday and iCIMS send from "<tenant>@..."; a dotted or numbered local part is a person.
    if local.isalpha() and local not in GENERIC_LABELS and not local.startswith("noreply"):
        return local
    return None


def _tenant_from_links(text: str, name: str) -> str | None:
    lowered = text.lower()
    for link_name, regex in _LINKS:
        if link_name != name or not any(domain in lowered for domain in ATS_DOMAINS[name]):
            continue
        found = regex.search(text)
        if found and found.group(1).lower() not in GENERIC_LABELS:
            return found.group(1).lower()
    return None
