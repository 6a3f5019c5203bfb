"""``python -m daemon`` runs the ``afterword`` command line."""

from daemon.cli import main

raise SystemExit(main())
