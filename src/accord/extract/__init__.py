"""Extraction: articles in, facts with evidence spans out (see `base` for the interface)."""

from __future__ import annotations

from accord.extract.base import Extractor, available, get_extractor, register
from accord.extract.parallel import extract_articles

__all__ = ["Extractor", "available", "extract_articles", "get_extractor", "register"]
