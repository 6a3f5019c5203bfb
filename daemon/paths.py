"""Where Afterword keeps its files: config, state database, logs.

Config: ``--config PATH``, else ``$AFTERWORD_CONFIG``, else the platform's user
config dir (``$XDG_CONFIG_HOME/afterword/config.toml`` on Linux). State: the
``$AFTERWORD_HOME`` directory when set, else the platform's user data dir.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "afterword"


def default_config_path() -> Path:
    """The config file used when no ``--config`` is given."""
    env = os.environ.get("AFTERWORD_CONFIG")
    if env:
        return Path(env).expanduser()
    return config_dir() / "config.toml"


def config_dir() -> Path:
    """The platform's config directory for Afterword (``~/.config/afterword`` on Linux)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The directory holding the state database (created on demand by the store)."""
    env = os.environ.get("AFTERWORD_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def state_db_path() -> Path:
    """The SQLite file that is the single source of truth."""
    return data_dir() / "afterword.sqlite3"


def expand(path: str) -> Path:
    """Expand ``~`` and environment variables in a configured path."""
    return Path(os.path.expandvars(path)).expanduser()
