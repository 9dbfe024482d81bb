"""The spaCy pipeline accord parses with, loaded once per process by package name."""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language

from accord.errors import ConfigError


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Return the spaCy pipeline installed as package `model` (never downloads)."""
    try:
        module = importlib.import_module(model)
    except ImportError:
        try:
            return spacy.load(model)
        except OSError as exc:
            raise ConfigError(
                f"spaCy model {model!r} is not installed; install its package "
                "(the default is pinned in requirements/model.txt) or set ACCORD_MODEL"
            ) from exc
    nlp: Language = module.load()
    return nlp
