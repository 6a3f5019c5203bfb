"""``python -m afterword``: the same command line as the ``afterword`` script."""

import sys

from afterword.daemon.cli import main

sys.exit(main())
