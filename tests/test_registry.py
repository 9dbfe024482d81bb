"""The extractor registry: back ends are chosen by name."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

import pytest

from accord.core import Article, ArticleFacts
from accord.errors import ConfigError
from accord.extract import available, extract_articles, get_extractor, register
from accord.settings import Settings


class _Echo:
    name = "echo-test"
    version = "1"

    def extract(self, articles: Iterable[Article]) -> Iterator[ArticleFacts]:
        for a in articles:
            yield ArticleFacts(a, self.name, self.version)


register("echo-test")(lambda settings: _Echo())


def _settings(extractor: str) -> Settings:
    return replace(Settings.from_env(), extractor=extractor)


def test_builtin_rules_backend_is_available() -> None:
    assert "rules" in available()
    assert "echo-test" in available()


def test_unknown_backend_is_a_config_error_naming_the_choices() -> None:
    with pytest.raises(ConfigError, match=r"unknown extractor 'nope'.*rules"):
        get_extractor(_settings("nope"))


def test_a_registered_backend_is_used_by_name() -> None:
    arts = [Article(name=f"{i}.txt", text=f"text {i}", content_hash=str(i)) for i in range(3)]
    out = list(extract_articles(arts, _settings("echo-test")))
    assert [f.article.name for f in out] == ["0.txt", "1.txt", "2.txt"]
    assert {f.extractor for f in out} == {"echo-test"}
