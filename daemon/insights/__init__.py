"""``afterword insights``: patterns across the job search, computed locally from the store."""
