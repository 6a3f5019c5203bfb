"""Measurement scripts (run as `python bench/NAME.py`); a package so `bench/threading.py`
is `bench.threading` to tools and never shadows the standard library."""
