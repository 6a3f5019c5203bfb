"""Mailbox backends behind one Protocol; :func:`open_mailbox` picks one from config."""

from afterword.daemon.mailbox.base import Batch, FetchedMessage, Mailbox, MessageRef

__all__ = ["Batch", "FetchedMessage", "Mailbox", "MessageRef"]
