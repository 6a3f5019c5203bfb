"""What every CLI command shares: the global options, and lazy access to config and store."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import typer
from rich.console import Console

from afterword.daemon.config import Config, load_config
from afterword.daemon.paths import default_config_path, state_db_path
from afterword.daemon.store import Store


@dataclass
class CliContext:
    """Global options, plus the config and store once a command asks for them."""

    config_path: Path | None = None
    verbose: int = 0
    debug: bool = False
    out: Console = field(default_factory=lambda: Console(highlight=False, soft_wrap=True))
    err: Console = field(default_factory=lambda: Console(stderr=True, highlight=False))
    _config: Config | None = None
    _store: Store | None = None

    def resolved_config_path(self) -> Path:
        return self.config_path or default_config_path()

    def config(self) -> Config:
        """The config, which must name at least one account (commands that read mail)."""
        if self._config is None:
            self._config = load_config(self.resolved_config_path())
        return self._config

    def settings(self) -> Config:
        """The config for commands that read no mailbox: it may have no account yet."""
        if self._config is not None:
            return self._config
        return load_config(self.resolved_config_path(), require_accounts=False)

    def store(self) -> Store:
        """The state database, created on first use (for commands that write)."""
        if self._store is None:
            self._store = Store.open(state_db_path())
        return self._store

    def reading_store(self) -> Store:
        """The state database for a command that only reads: an empty one in memory when
        Afterword has not run yet, so that looking creates nothing."""
        if self._store is None:
            self._store = Store.open(state_db_path()) if state_db_path().exists() \
                else Store.empty()
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def context(ctx: typer.Context) -> CliContext:
    """The shared context of the running command."""
    root = ctx.find_root()
    assert isinstance(root.obj, CliContext)
    return root.obj
