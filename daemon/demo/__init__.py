"""``afterword demo``: the whole job on sample mail in a throwaway Maildir."""
