"""The extractor interface and its registry: back ends are chosen by name.

A back end is a class with `name`, `version` and `extract(articles)`; register it with
`@register("name")`. Third-party back ends can also be declared as entry points in the
group `accord.extractors`. Nothing else in accord knows which back end runs.
"""

from __future__ import annotations

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


def register(name: str) -> Callable[[ExtractorFactory], ExtractorFactory]:
    """Return a decorator that registers an extractor factory under `name`."""

    def decorator(factory: ExtractorFactory) -> ExtractorFactory:
        _REGISTRY[name] = factory
        return factory

    return decorator


def available() -> list[str]:
    """Return the names of every extractor back end that can be chosen."""
    _load_builtin()
    names = set(_REGISTRY)
    names.update(ep.name for ep in entry_points(group="accord.extractors"))
    return sorted(names)


def get_extractor(settings: Settings) -> Extractor:
    """Return a new instance of the back end named by `settings.extractor`."""
    _load_builtin()
    name = settings.extractor
    factory = _REGISTRY.get(name)
    if factory is None:
        for ep in entry_points(group="accord.extractors"):
            if ep.name == name:
                factory = ep.load()
                break
    if factory is None:
        raise ConfigError(f"unknown extractor {name!r}; choose one of: {', '.join(available())}")
    return factory(settings)


def _load_builtin() -> None:
    # importing registers the built-in back ends
    from accord.extract import rules  # noqa: F401
