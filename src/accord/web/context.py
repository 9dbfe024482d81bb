"""What every dashboard page reads: the store, the register, and where each fact lives in its article.

A page is one round trip: everything it shows is loaded here in one go, from the same
read layer the CLI and the API call (`accord.read`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from accord.core import MentionKey
from accord.curation import CuratedRegister
from accord.read import StoreCache, check_pair, tracking_register
from accord.registry import pair_names
from accord.resolve import Mention, Record
from accord.store import Store
from accord.store.facts import FactSite, fact_sites
from accord.store.register_store import pair_counts


@dataclass(slots=True)
class FactIndex:
    """Mention keys and article hashes mapped to stored ids, so any mention can link to its span."""

    by_key: dict[MentionKey, FactSite] = field(default_factory=dict)
    by_article: dict[str, list[FactSite]] = field(default_factory=dict)
    article_ids: dict[str, int] = field(default_factory=dict)

    def site(self, mention: Mention) -> FactSite | None:
        """Return the stored fact a mention cites, else the tightest fact covering its quote."""
        found = self.by_key.get(MentionKey(mention.article, mention.kind, mention.index))
        if found is not None:
            return found
        # a mention of plain text (index -1) is no fact: point at a fact that contains it
        covering = [s for s in self.by_article.get(mention.article, ())
                    if s.start <= mention.start and mention.end <= s.end]
        return min(covering, key=lambda s: s.end - s.start, default=None)

    def url(self, mention: Mention) -> str | None:
        """Return the article-page address of a mention (with its fact anchor when it has one)."""
        site = self.site(mention)
        if site is not None:
            return f"/articles/{site.article_id}#fact-{site.fact_id}"
        article_id = self.article_ids.get(mention.article)
        return f"/articles/{article_id}" if article_id is not None else None


def fact_index(store: Store) -> FactIndex:
    """Return the index of every stored fact by its stable mention key."""
    sites, article_ids = fact_sites(store)
    index = FactIndex(article_ids=article_ids)
    for site in sites:
        index.by_key[site.key] = site
        index.by_article.setdefault(site.key.article, []).append(site)
    return index


@dataclass(frozen=True, slots=True)
class PairChoice:
    """One pair of states the register knows, with its names and how many records it has."""

    key: str
    names: tuple[str, str]
    records: int

    @property
    def label(self) -> str:
        """Return the pair as people read it ("Belarus – Pakistan")."""
        return f"{self.names[0]} – {self.names[1]}"


def pair_choices(store: Store) -> list[PairChoice]:
    """Return the pairs of states in the stored register, most records first."""
    counts = sorted(pair_counts(store), key=lambda x: (-x[1], x[0]))
    return [PairChoice(k, pair_names(k), n) for k, n in counts]


def choose_pair(choices: list[PairChoice], asked: str | None) -> str | None:
    """Return the pair key asked for (BadQueryError if malformed), else the pair with most records."""
    if asked:
        return check_pair(asked)
    return choices[0].key if choices else None


def distinct_quotes(mentions: Sequence[Mention]) -> list[tuple[Mention, int]]:
    """Return each distinct quoted span once (first mention), with how many mentions cite it."""
    seen: dict[tuple[str, int, int], list[Mention]] = {}
    for m in mentions:
        seen.setdefault((m.article, m.start, m.end), []).append(m)
    return [(group[0], len(group)) for group in seen.values()]


def record_articles(records: list[Record]) -> int:
    """Return how many distinct articles the records cite."""
    return len({m.article for r in records for m in r.mentions})


def parse_day(text: str | None, default: date) -> date:
    """Return an ISO date given in a query string, else the default (ValueError when malformed)."""
    return date.fromisoformat(text) if text else default


@dataclass(slots=True)
class Loaded:
    """The register and fact index one page request reads."""

    register: CuratedRegister
    facts: FactIndex


_FACT_INDEXES: StoreCache[FactIndex] = StoreCache(fact_index)


def load(store: Store) -> Loaded:
    """Return the stored register (as `read.tracking_register` reads it) and the fact index.

    Both are read again only after the store changed (see `read.StoreCache`).
    """
    return Loaded(tracking_register(store), current_fact_index(store))


def current_fact_index(store: Store) -> FactIndex:
    """Return the fact index of the store, built again only after the store changed."""
    return _FACT_INDEXES.get(store)
