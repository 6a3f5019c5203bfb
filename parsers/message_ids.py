"""Message-IDs written by people and programs, brought to one form for comparing.

The one owner of that normalisation: a user may type an id with or without its
angle brackets, and some senders and stores keep it bare.
"""

from __future__ import annotations


def bare(message_id: str) -> str:
    """``<abc@host>``, `` abc@host `` and ``<abc@host`` all give ``abc@host``."""
    return message_id.strip().strip("<>").strip()


def bracketed(message_id: str) -> str:
    """The id in its header form, ``<abc@host>``."""
    return f"<{bare(message_id)}>"


def both_forms(message_id: str) -> tuple[str, str]:
    """The bracketed and the bare form, for looking up an id stored either way."""
    return bracketed(message_id), bare(message_id)
