"""Sender domains: the registrable part of a domain, and which domains never name an employer.

The one owner of these facts and of that normalisation. The domain lists live in
``parsers/senders.toml`` (ATS, other HR relays and job boards, free-mail
providers); everything else imports them from here. Linking compares employers
by registrable domain, and a Reply-To is trusted only within the sender's own.
"""

from __future__ import annotations

import tomllib
from importlib import resources


def _senders() -> dict[str, dict[str, list[str]]]:
    text = resources.files("afterword.parsers").joinpath("senders.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


_FACTS = _senders()
#: ATS name -> the domains it sends from.
ATS_DOMAINS: dict[str, tuple[str, ...]] = {
    name: tuple(domains) for name, domains in _FACTS["ats"].items()}
#: Every domain of a system that sends for employers: ATSs, other HR systems, job boards.
RELAY_DOMAINS: frozenset[str] = frozenset(
    [domain for domains in ATS_DOMAINS.values() for domain in domains]
    + _FACTS["relays"]["domains"])
#: Free-mail providers: an address there is a person's, not an employer's.
FREE_MAIL_DOMAINS: frozenset[str] = frozenset(_FACTS["free_mail"]["domains"])
#: The first label of each free-mail domain ("gmail"), as company guesses compare them.
FREE_MAIL_LABELS: frozenset[str] = frozenset(d.split(".")[0] for d in FREE_MAIL_DOMAINS)

#: Public suffixes of two labels that are common in job mail (a full public-suffix list
#: would be exact; these cover the countries whose employers write in our languages).
TWO_LABEL_SUFFIXES = frozenset({
    "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "co.nz", "co.jp", "co.in",
    "com.br", "co.za", "co.at", "or.at", "gv.at", "com.mx", "com.sg", "com.tr", "com.cn",
})


def registrable_domain(address: str | None) -> str | None:
    """``jane@mail.acme.co.uk`` → ``acme.co.uk``; None without a domain."""
    if not address or "@" not in address:
        return None
    host = address.rsplit("@", 1)[1].strip().strip(">").lower().rstrip(".")
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    keep = 3 if ".".join(labels[-2:]) in TWO_LABEL_SUFFIXES and len(labels) >= 3 else 2
    return ".".join(labels[-keep:])
