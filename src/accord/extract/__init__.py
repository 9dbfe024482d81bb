"""Extraction: articles in, facts with evidence spans out (see `base` for the interface)."""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from accord.extract.base import Extractor, available, get_extractor, register
from accord.extract.parallel import extract_articles

__all__ = ["Extractor", "available", "extract_articles", "get_extractor", "register"]

if TYPE_CHECKING:
    from accord.library import Extracted


class _CallableModule(types.ModuleType):
    """This package, callable: `accord.extract("text …")` is `accord.library.extract`.

    The package and the notebook function share the name `accord.extract`; Python binds the
    package to that attribute whenever it is imported, so the package itself answers calls.
    """

    def __call__(self, text: str, **options: Any) -> Extracted:
        from accord.library import extract

        return extract(text, **options)


sys.modules[__name__].__class__ = _CallableModule
