"""The store: articles and their facts in a SQL database (SQLite by default, any URL works)."""

from __future__ import annotations

from accord.store.db import NotFoundError, Store, article_facts_of, article_of, fact_of, open_store
from accord.store.models import ArticleRow, Base, FactRow, IngestRun

__all__ = [
    "ArticleRow", "Base", "FactRow", "IngestRun", "NotFoundError", "Store",
    "article_facts_of", "article_of", "fact_of", "open_store",
]
