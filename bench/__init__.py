"""Measurement scripts, each run as ``python bench/NAME.py`` from the checkout."""
