"""Registrable domains: the part of a mail domain its owner registered (``acme.co.uk``).

The one owner of that normalisation: linking compares employers by it, and a
Reply-To is trusted only within the sender's own registrable domain.
"""

from __future__ import annotations

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
