"""Running as a service: the loop, the clock, systemd/launchd integration, signals, logs."""
