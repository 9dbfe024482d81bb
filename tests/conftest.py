"""Shared fixtures: the repository layout, the dev corpus beside it, a small register."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.extract.rules import RulesExtractor
from accord.settings import DEFAULT_MODEL

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "pakistan-belarus"


def written_texts() -> list[str]:
    """Return the tests' modules and the example articles as texts: sentences written for the tests."""
    files = sorted((REPO / "tests").glob("test_*.py")) + sorted((REPO / "examples").rglob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def extractor() -> RulesExtractor:
    """Return the rules extractor on the pinned pipeline, loaded once for the whole run."""
    return RulesExtractor(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """Return the bundled sample corpus (five Pakistan–Belarus articles)."""
    return EXAMPLES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Return ../shared (gold and scorer), skipping the test when it is absent."""
    if not (SHARED / "corpus" / "gold").is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    return SHARED


@pytest.fixture
def hand_db(tmp_path: Path) -> Path:
    """Return a database holding the three invented Chile–Norway articles and their register."""
    from accord.registry import rebuild_register
    from accord.store import Store
    from tests.resolve_fixtures import all_articles

    db = tmp_path / "hand.db"
    with Store.open(f"sqlite:///{db}") as store:
        for facts in all_articles():
            store.add(facts)
        assert rebuild_register(store).records == 9
    return db
