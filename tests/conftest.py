"""Shared fixtures: the repository layout and the dev corpus beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "pakistan-belarus"
SHARED = REPO.parent / "shared"


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
