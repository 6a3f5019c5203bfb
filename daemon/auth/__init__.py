"""Logins and secrets: keyring, password and token commands, Gmail and Microsoft OAuth."""
