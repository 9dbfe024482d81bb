"""The library API for notebooks and scripts: extract facts from a string, open a store, query it.

>>> import accord
>>> found = accord.extract("ISLAMABAD: Pakistan and Belarus signed a memorandum of understanding "
...                        "on cooperation in agriculture on Friday.", published="2025-04-11")
>>> [(f.type, f.subject, f.date) for f in found.instruments]
[('mou', 'memorandum of understanding on cooperation in agriculture', '2025-04-11')]
>>> mou = found.instruments[0]
>>> found.article.text[mou.evidence.start:mou.evidence.end] == mou.evidence.text
True

Every list the API returns is a `Rows` list: `.to_dataframe()` makes a pandas DataFrame of
it (pandas is optional: `pip install 'accord[notebook]'`). The CLI, the web API and this
module call the same query functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from accord.core import Article, Commitment, Fact, Figure, Instrument, Meeting, Person
from accord.errors import AccordError, ConfigError, InputError
from accord.ingest.options import IngestOptions
from accord.normalize.dates import day_given
from accord.settings import Settings

if TYPE_CHECKING:
    import pandas

    from accord.read import CommitmentView, ConflictView, RecordView, StoredFact, TimelineView
    from accord.store import Store

T = TypeVar("T")


class Rows(list[T], Generic[T]):
    """A list of facts, records or views that can also become a pandas DataFrame."""

    def to_json(self) -> list[dict[str, Any]]:
        """Return each item as a JSON-ready dict (what `accord … --json` prints)."""
        return [_json_of(item) for item in self]

    def to_dataframe(self) -> pandas.DataFrame:
        """Return a DataFrame with one row per item; nested objects become dotted columns."""
        try:
            import pandas
        except ImportError:
            raise ConfigError("to_dataframe needs pandas: pip install 'accord[notebook]'") from None
        return pandas.json_normalize(self.to_json(), max_level=1)


def _json_of(item: Any) -> dict[str, Any]:
    from accord.read import RecordView

    # a register row, as `accord register --json` prints it
    out = item.row_json() if isinstance(item, RecordView) else item.to_json()
    if isinstance(item, Fact):
        out = {"kind": item.fact_kind, **out}
    return dict(out)


@dataclass(slots=True)
class Extracted:
    """The facts found in one text: `.instruments`, `.commitments`, … or all of them in `.facts`."""

    article: Article
    facts: Rows[Fact] = field(default_factory=Rows)

    def _of(self, kind: type[T]) -> Rows[T]:
        return Rows(f for f in self.facts if isinstance(f, kind))

    @property
    def instruments(self) -> Rows[Instrument]:
        return self._of(Instrument)

    @property
    def commitments(self) -> Rows[Commitment]:
        return self._of(Commitment)

    @property
    def meetings(self) -> Rows[Meeting]:
        return self._of(Meeting)

    @property
    def people(self) -> Rows[Person]:
        return self._of(Person)

    @property
    def figures(self) -> Rows[Figure]:
        return self._of(Figure)

    def to_dataframe(self) -> pandas.DataFrame:
        """Return every fact as a DataFrame row (a `kind` column says which)."""
        return self.facts.to_dataframe()


def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    found = day_given(value)
    if found is None:
        raise ConfigError(f"published={value!r}: give a date as YYYY-MM-DD or e.g. '4 December 2026'")
    return found


def _settings(settings: Settings | None, db: str | None = None) -> Settings:
    base = settings or Settings.from_env()
    return base.with_db(db) if db else base


def article_of_text(text: str, published: str | date | None = None, outlet: str | None = None,
                    name: str = "text") -> Article:
    """Return the Article accord reads from `text` (its metadata, date and language found as for a file).

    Raises InputError when the text is empty or not in English.
    """
    from accord.ingest.sources import SourceFacts, build_article

    if not text.strip():
        raise InputError(name, "empty text")
    options = IngestOptions(date=_day(published), outlet=outlet)
    item = build_article(name, name, text, "text", SourceFacts(), options)
    if isinstance(item, InputError):
        raise item
    return item


def extract(text: str, published: str | date | None = None, outlet: str | None = None,
            name: str = "text", settings: Settings | None = None) -> Extracted:
    """Return the facts of one text, each with its evidence span into `text`.

    `published` (YYYY-MM-DD) anchors relative dates ("next month") when the text states no date.
    """
    from accord.pipeline import extract_batch

    article = article_of_text(text, published, outlet, name)
    batch = extract_batch([article], _settings(settings), consolidate_facts=False)
    return Extracted(batch.facts[0].article, Rows(batch.facts[0].all_facts()))


@dataclass(frozen=True, slots=True)
class Ingested:
    """What `Accord.ingest` did: articles added, already stored, and the inputs it could not take."""

    added: int
    known: int
    failed: tuple[AccordError, ...]  # unreadable inputs, articles refused or failed on
    unsupported: tuple[InputError, ...]


class Accord:
    """An open store: ingest into it, and query its register (`accord.open(db)`)."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Accord:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def ingest(self, *inputs: str | Path, published: str | date | None = None,
               outlet: str | None = None) -> Ingested:
        """Read files, folders and URLs, extract, store and register their new articles."""
        from accord.usecases import ingest_articles, read_inputs

        options = IngestOptions(date=_day(published), outlet=outlet, max_bytes=self.settings.max_bytes)
        read = read_inputs(inputs, options)
        result = ingest_articles(self.store, read, self.settings,
                                 sources=[str(i) for i in inputs], unread=read.unread)
        return Ingested(len(result.stored), read.repeats + len(result.duplicates),
                        (*read.refused, *result.problems), tuple(read.unsupported))

    def register(self, pair: str | None = None) -> Rows[RecordView]:
        """Return the consolidated instruments (of one pair, "PK-BY" in either order) by date."""
        from accord.read import RecordQuery, instrument_list

        return Rows(instrument_list(self.store, RecordQuery(pair=_pair(pair),
                                                            dormant_after=self.settings.dormant_after)))

    def commitments(self, as_of: str | date | None = None, status: str | None = None,
                    pair: str | None = None) -> Rows[CommitmentView]:
        """Return the commitments with their status on `as_of` (default today), by deadline."""
        from accord.read import commitment_list

        day = _day(as_of) or date.today()
        return Rows(commitment_list(self.store, day, status, _pair(pair)))

    def conflicts(self, pair: str | None = None) -> Rows[ConflictView]:
        """Return where sources disagree, each side with its quotes."""
        from accord.read import conflict_list

        return Rows(conflict_list(self.store, _pair(pair)))

    def timeline(self, pair: str) -> Rows[TimelineView]:
        """Return the meetings, signings and deadlines of a pair in date order."""
        from accord.read import timeline_list
        from accord.registry import parse_pair

        return Rows(timeline_list(self.store, parse_pair(pair)))

    def export(self, fmt: str, out: str | Path | None = None, pair: str | None = None,
               as_of: str | date | None = None) -> str | None:
        """Return the register as jsonld, jsonl or csv text, or write it (any format, sqlite too) to `out`."""
        from accord.export import export

        return export(self.store, fmt, Path(out) if out is not None else None, _pair(pair), _day(as_of))

    def facts(self, kind: str | None = None, country: str | None = None,
              article: str | None = None) -> Rows[StoredFact]:
        """Return the stored facts (of one kind, naming one state, of one article) with their quotes."""
        from accord.read import FactQuery, fact_list

        return Rows(fact_list(self.store, FactQuery(kind=kind, country=country, article=article)))


def _pair(pair: str | None) -> str | None:
    from accord.registry import parse_pair

    return parse_pair(pair) if pair else None


def open(db: str | Path | None = None, settings: Settings | None = None) -> Accord:
    """Return the store at `db` (a SQLite file path or any database URL; default ACCORD_DB), opened.

    The store is created and migrated when need be; use it in a `with` block or `.close()` it.
    """
    from accord.store import Store

    chosen = _settings(settings, str(db) if db is not None else None)
    return Accord(Store.open(chosen.db_url), chosen)
