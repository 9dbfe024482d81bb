"""The extractor interface and its registry: back ends are chosen by name.

A back end is a class with `name`, `version` and `extract(articles)`; register it with
`@register("name")`. Third-party back ends can also be declared as entry points in the
group `accord.extractors`. Nothing else in accord knows which back end runs.

The built-in back ends are named here by module and factory and imported only when chosen,
so they need not import this module (no import cycle) and `extract` loads no spaCy until
a back end is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import entry_points
from typing import Protocol

from accord.core import Article, ArticleFacts
from accord.errors import ConfigError
from accord.settings import Settings


class Extractor(Protocol):
    """Turns articles into facts; one instance is reused for many articles."""

    name: str
    version: str

    def extract(self, articles: Iterable[Article]) -> Iterator[ArticleFacts]:
        """Yield the facts of each article, in input order."""
        ...


ExtractorFactory = Callable[[Settings], Extractor]
_REGISTRY: dict[str, ExtractorFactory] = {}
# name -> "module:factory" of the back ends that ship with accord
_BUILTIN = {"rules": "accord.extract.rules:make_extractor"}


def register(name: str) -> Callable[[ExtractorFactory], ExtractorFactory]:
    """Return a decorator that registers an extractor factory under `name`."""

    def decorator(factory: ExtractorFactory) -> ExtractorFactory:
        _REGISTRY[name] = factory
        return factory

    return decorator


def available() -> list[str]:
    """Return the names of every extractor back end that can be chosen."""
    names = set(_REGISTRY) | set(_BUILTIN)
    names.update(ep.name for ep in entry_points(group="accord.extractors"))
    return sorted(names)


def get_extractor(settings: Settings) -> Extractor:
    """Return a new instance of the back end named by `settings.extractor`."""
    name = settings.extractor
    factory = _REGISTRY.get(name) or _builtin(name)
    if factory is None:
        for ep in entry_points(group="accord.extractors"):
            if ep.name == name:
                factory = ep.load()
                break
    if factory is None:
        raise ConfigError(f"unknown extractor {name!r}; choose one of: {', '.join(available())}")
    return factory(settings)


def _builtin(name: str) -> ExtractorFactory | None:
    target = _BUILTIN.get(name)
    if target is None:
        return None
    module, factory = target.split(":")
    found: ExtractorFactory = getattr(importlib.import_module(module), factory)
    return found
