"""Afterword's service: config, store, mailbox adapters, pipeline, scheduling, drafting, CLI.

The detection logic lives in the sibling package :mod:`afterword.parsers`; this
package imports it, never the other way round.
"""

from afterword import __version__

__all__ = ["__version__"]
