"""The installed ``afterword`` package: its version and ``python -m afterword``.

The two packages of this checkout live beneath it, so that installing Afterword
claims no global name: the folder ``daemon/`` is ``afterword.daemon`` (the
service) and the folder ``parsers/`` is ``afterword.parsers`` (pure detection).
This folder only gives the package its entry points (see ``pyproject.toml``).
"""

from importlib import metadata

#: The installed distribution's version; ``pyproject.toml`` is its one owner.
__version__ = metadata.version("afterword")
