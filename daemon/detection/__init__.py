"""Detection as the daemon uses it: rules loaded, the user's rules file and labels, backtests."""
