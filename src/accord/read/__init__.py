"""The read layer: the one set of query functions the CLI, the API, the pages and the library call.

One module per concept, each with its filters, its one order and its items' one JSON form:
`facts`, `articles`, `records` (and the instruments by date), `commitments`, `initiatives`,
`conflicts`, `timeline`, `audit`; `pages` cuts pages and checks filters (`BadQueryError`,
`NotFoundError`), `cache` keeps the stored register until the store changes, `csv_layout`
writes every list in its one CSV layout. A list is `<concept>_list(store, …)`, a page
`<concept>s_page(store, …, limit, offset)`; the functions named after a concept alone
(`commitments(register, …)`) work on a register in hand, for reports built on one. Nothing
here prints, and nothing here knows HTTP.
"""

from __future__ import annotations

from accord.read.articles import article_detail, article_json, article_list, article_manual, articles_page
from accord.read.audit import audit_json, audit_list
from accord.read.cache import (
    StoreCache,
    current_register,
    implementation_reports,
    implementations,
    register_is_read,
    register_version,
    tracking_register,
)
from accord.read.commitments import CommitmentView, commitment_list, commitments, commitments_page
from accord.read.conflicts import ConflictView, conflict_list, conflicts, conflicts_page
from accord.read.csv_layout import CSV_COLUMNS, Serialisable, list_csv, list_json, neutralise, to_csv
from accord.read.facts import FactQuery, fact_filter, fact_list, facts_page, store_stats
from accord.read.initiatives import InitiativeView, initiative_list, initiatives, initiatives_page
from accord.read.pages import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    BadQueryError,
    Page,
    RecordNotFoundError,
    check_implementation,
    check_kind,
    check_page,
    check_pair,
    paginate,
    pair_of,
    resolve_country,
)
from accord.read.records import (
    RecordQuery,
    RecordView,
    cite,
    instrument_list,
    instruments,
    record_day,
    record_detail,
    record_list,
    record_sources,
    records_page,
)
from accord.read.timeline import TimelineView, timeline, timeline_list
from accord.store.articles import ArticleQuery, ArticleSummary
from accord.store.facts import Stats, StoredArticle, StoredFact

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "MAX_OFFSET",
    "ArticleQuery",
    "ArticleSummary",
    "BadQueryError",
    "CommitmentView",
    "ConflictView",
    "FactQuery",
    "InitiativeView",
    "Page",
    "RecordNotFoundError",
    "RecordQuery",
    "RecordView",
    "Serialisable",
    "Stats",
    "StoreCache",
    "StoredArticle",
    "StoredFact",
    "TimelineView",
    "article_detail",
    "article_json",
    "article_list",
    "article_manual",
    "articles_page",
    "audit_json",
    "audit_list",
    "check_implementation",
    "check_kind",
    "check_page",
    "check_pair",
    "cite",
    "commitment_list",
    "commitments",
    "commitments_page",
    "conflict_list",
    "conflicts",
    "conflicts_page",
    "current_register",
    "fact_filter",
    "fact_list",
    "facts_page",
    "implementation_reports",
    "implementations",
    "initiative_list",
    "initiatives",
    "initiatives_page",
    "instrument_list",
    "instruments",
    "list_csv",
    "list_json",
    "neutralise",
    "paginate",
    "pair_of",
    "record_day",
    "record_detail",
    "record_list",
    "record_sources",
    "records_page",
    "register_is_read",
    "register_version",
    "resolve_country",
    "store_stats",
    "timeline",
    "timeline_list",
    "to_csv",
    "tracking_register",
]
