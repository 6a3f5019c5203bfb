"""Afterword's service: config, store, mailbox adapters, pipeline, scheduling, drafting, CLI.

The detection logic lives in the sibling package :mod:`parsers`; this package
imports it, never the other way round.
"""

__version__ = "0.1.0"
