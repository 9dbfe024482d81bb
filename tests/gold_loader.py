"""Load the dev gold (../shared) as ArticleFacts through scripts/cluster_dev.py, for gold-based tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from accord.core import ArticleFacts, Commitment, Evidence

REPO = Path(__file__).resolve().parents[1]


def cluster_dev() -> ModuleType:
    """Return scripts/cluster_dev.py as a module."""
    if "cluster_dev" not in sys.modules:
        spec = importlib.util.spec_from_file_location("cluster_dev", REPO / "scripts" / "cluster_dev.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["cluster_dev"] = module
        spec.loader.exec_module(module)
    return sys.modules["cluster_dev"]


def seed_facts() -> list[ArticleFacts]:
    """Return the seed gold as ArticleFacts, plus the headline commitment of 000 the gold leaves out."""
    dev = cluster_dev()
    articles_dir, gold_dir = dev.SETS["seeds"]
    facts: list[ArticleFacts] = dev.load_gold(articles_dir, gold_dir, dev.load_scorer())
    first = facts[0]
    text = first.article.text
    quote = "Both sides to reconvene in Minsk next month to finalise practical steps"
    start = text.index(quote)
    first.commitments.append(
        Commitment(
            actor="Pakistan and Belarus",
            action="reconvene in Minsk to finalise practical steps",
            deadline_text="next month",
            deadline="2024-12",
            evidence=Evidence(start, start + len(quote), quote),
        )
    )
    return facts
