"""Tracked applications: which application each job email belongs to, and CSV import/export."""
