"""Text from strangers made safe for a terminal: no control or escape sequences.

A subject or a sender's name is written by whoever sent the mail. Printed as it
is, an ESC sequence in it could move the cursor, recolour or retitle the user's
terminal, or hide the text before it. Every such character becomes a visible
``\\xNN`` escape here; ordinary letters of every script pass unchanged.
"""

from __future__ import annotations

import unicodedata

from rich.markup import escape

_KEPT = {"\t": " ", "\n": " ", "\r": " "}


def printable(text: str) -> str:
    """``text`` with every control, format or separator character but a plain space escaped."""
    out: list[str] = []
    for char in text:
        if char in _KEPT:
            out.append(_KEPT[char])
        elif unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def shown(text: str) -> str:
    """``text`` ready for a rich console: printable, and with no rich markup in it."""
    return escape(printable(text))
