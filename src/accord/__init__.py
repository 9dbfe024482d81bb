"""accord: a source-grounded register of what two countries signed, promised and did."""

from __future__ import annotations

from typing import Any

from accord.version import __version__

__all__ = ["__version__"]

# The notebook API (accord.library), loaded on first use so `import accord` stays light.
_LIBRARY = ("open", "Accord", "Extracted", "Rows")


def __getattr__(name: str) -> Any:
    if name == "extract":
        import accord.extract  # the package is callable: accord.extract("text …")

        return accord.extract
    if name in _LIBRARY:
        import accord.library

        return getattr(accord.library, name)
    raise AttributeError(f"module 'accord' has no attribute {name!r}")

