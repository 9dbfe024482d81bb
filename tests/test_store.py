"""The store: schema by migration, writes and reads, dedup, transactions, round trips."""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, inspect, select, text

from accord.core import (
    INSTRUMENT_STATUSES,
    INSTRUMENT_TYPES,
    MEETING_KINDS,
    Article,
    ArticleFacts,
    Commitment,
    Evidence,
    Figure,
    Instrument,
    Meeting,
    Person,
)
from accord.errors import StoreError
from accord.read import (
    CSV_COLUMNS,
    BadQueryError,
    FactQuery,
    article_detail,
    fact_list,
    list_csv,
    list_json,
    store_stats,
)
from accord.store import ArticleRow, Base, FactRow, IngestRun, NotFoundError, Store, db
from accord.store.migrations import alembic_config, current_revision, head_revision
from accord.store.models import FactTerm

TEMPLATE = (
    "ISLAMABAD: Pakistan and {partner} signed a memorandum of understanding on trade. "
    "Prime Minister Shehbaz Sharif met {demonym} President Aleksandr Lukashenko. "
    "The two sides agreed to meet again in Minsk within two weeks. "
    "Over 150,000 Pakistani workers will be invited. France was not mentioned otherwise."
)
TEXT = TEMPLATE.format(partner="Belarus", demonym="Belarusian")


def ev(quote: str, text: str = TEXT) -> Evidence:
    """Return the evidence of the first occurrence of `quote` in `text`."""
    start = text.index(quote)
    return Evidence(start, start + len(quote), quote)


def sample(name: str = "sample.txt", partner: str = "Belarus", demonym: str = "Belarusian",
           **article: Any) -> ArticleFacts:
    """Return hand-built facts of every kind for an article on Pakistan and `partner`."""
    text = TEMPLATE.format(partner=partner, demonym=demonym)
    a = Article(name=name, text=text, content_hash=uuid.uuid4().hex, source=f"/in/{name}",
                published=date(2024, 11, 26), outlet="Dawn", dateline="Islamabad", skip=((0, 11),),
                **article)
    return ArticleFacts(
        a, "test", "1.0",
        instruments=[Instrument(evidence=ev("memorandum of understanding on trade", text), type="mou",
                                subject="trade", sectors=("trade",), parties=("Pakistan", partner))],
        commitments=[Commitment(evidence=ev("agreed to meet again in Minsk within two weeks", text),
                                actor="The two sides", action="meet again in Minsk",
                                deadline_text="within two weeks", deadline="2024-12-10")],
        meetings=[Meeting(evidence=ev(f"Prime Minister Shehbaz Sharif met {demonym} President", text),
                          kind="talks", participants=("Shehbaz Sharif", "Aleksandr Lukashenko"))],
        people=[Person(evidence=ev("Prime Minister Shehbaz Sharif", text), name="Shehbaz Sharif",
                       role="Prime Minister", country="Pakistan", cluster="per-1", record="per-1"),
                Person(evidence=ev("President Aleksandr Lukashenko", text), name="Aleksandr Lukashenko",
                       role="President", country=partner)],
        figures=[Figure(evidence=ev("Over 150,000", text), value="150,000", number=150000.0,
                        approx="over", what="Pakistani workers invited")],
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'deep' / 'dir' / 'accord.db'}") as s:
        yield s


def count(s: Store, model: type[Base]) -> int:
    with s.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# --- schema ---------------------------------------------------------------------------


def test_open_creates_the_parent_directory_and_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "accord.db"
    with Store.open(f"sqlite:///{path}") as s:
        assert path.is_file()
        tables = set(inspect(s.engine).get_table_names())
        assert {"articles", "facts", "ingest_runs", "alembic_version"} <= tables
        assert current_revision(s.engine) == head_revision() == "0010"


def test_migrated_schema_matches_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    with Store.open(url) as s:
        s.add(sample())
    with Store.open(url) as s:
        assert count(s, ArticleRow) == 1 and count(s, FactRow) == 6


def test_a_database_from_a_newer_accord_is_a_store_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    with Store.open(url) as s, s.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="cannot open or migrate"):
        Store.open(url)


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"not a database " * 200)
    with pytest.raises(StoreError):
        Store.open(f"sqlite:///{path}")


def test_errors_do_not_show_the_password() -> None:
    with pytest.raises(StoreError) as info:
        Store.open("nosuchdialect://user:s3cret@localhost/db")
    assert "s3cret" not in str(info.value) and "user" in str(info.value)


def test_content_hash_is_unique_in_the_database(store: Store) -> None:
    with store.engine.connect() as conn:
        uniques = inspect(conn).get_unique_constraints("articles")
    assert any(u["column_names"] == ["content_hash"] for u in uniques)


# --- write and read -------------------------------------------------------------------


def test_add_then_read_back_equal(store: Store) -> None:
    facts = sample()
    article_id = store.add(facts)
    assert article_id is not None
    assert store.article_facts(article_id) == facts


def test_facts_rows_carry_span_quote_and_extractor(store: Store) -> None:
    article_id = store.add(sample())
    with store.session() as s:
        rows = s.scalars(select(FactRow).where(FactRow.article_id == article_id)).all()
    assert len(rows) == 6
    for row in rows:
        assert TEXT[row.start:row.end] == row.quote
        assert (row.extractor, row.extractor_version) == ("test", "1.0")
        assert "evidence" not in row.fields and not {"cluster", "record"} & set(row.fields)
    assert {r.kind for r in rows} == {"instruments", "commitments", "meetings", "people", "figures"}


def test_text_no_database_can_hold_is_a_store_error_and_leaves_nothing(store: Store) -> None:
    facts = ArticleFacts(Article(name="bad.txt", text="lone \ud800 surrogate", content_hash="abc"), "t", "1")
    with pytest.raises(StoreError, match=r"bad\.txt"):
        store.add(facts)
    assert count(store, ArticleRow) == 0 and count(store, FactRow) == 0


@pytest.mark.parametrize("span", [(0, 5, "WRONG"), (len(TEXT) - 2, len(TEXT) + 3, TEXT[-2:]), (5, 3, "")])
def test_evidence_that_does_not_quote_the_text_is_refused(store: Store, span: tuple[int, int, str]) -> None:
    facts = sample()
    facts.figures.append(Figure(evidence=Evidence(*span), value="1"))
    with pytest.raises(StoreError, match="does not quote"):
        store.add(facts)
    assert count(store, ArticleRow) == 0


def test_missing_article_id_raises_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.article_facts(12345)


@pytest.mark.parametrize("too_large", [db.MAX_ROW_ID + 1, 2**70])
def test_an_id_past_the_database_integer_names_no_article(store: Store, too_large: int) -> None:
    store.add(sample(name="000_abc.txt"))
    with pytest.raises(NotFoundError):  # not an OverflowError from the driver
        store.article_facts(too_large)
    with pytest.raises(NotFoundError, match="no stored article"):
        article_detail(store, str(too_large))
    assert db.is_row_id(db.MAX_ROW_ID) and not db.is_row_id(too_large) and not db.is_row_id(-1)


def test_same_content_is_stored_once(store: Store) -> None:
    first = sample()
    again = sample(name="copy.txt")
    again.article = Article(**{**{f: getattr(again.article, f) for f in Article.__slots__},
                               "content_hash": first.article.content_hash})
    assert store.add(first) is not None
    assert store.add(again) is None
    assert store.has_article(first.article.content_hash)
    assert count(store, ArticleRow) == 1 and count(store, FactRow) == 6


def test_many_articles_written_at_once_read_back_as_one_at_a_time(tmp_path: Path) -> None:
    batch = [sample(name="one.txt"), sample(name="two.txt", partner="Türkiye", demonym="Turkish")]
    with Store.open(f"sqlite:///{tmp_path / 'one.db'}") as singly, \
            Store.open(f"sqlite:///{tmp_path / 'many.db'}") as bulk:
        for facts in batch:
            singly.add(facts)
        assert bulk.add_many([*batch, batch[0]]) == 2  # a repeat is skipped
        assert bulk.add_many(batch) == 0  # and so is what is stored already
        for article_id, facts in enumerate(batch, start=1):
            assert bulk.article_facts(article_id) == singly.article_facts(article_id) == facts
        assert _terms_and_search(bulk) == _terms_and_search(singly)


def test_a_refused_article_in_a_bulk_write_stores_none_of_it(store: Store) -> None:
    bad = sample(name="bad.txt")
    bad.figures.append(Figure(evidence=Evidence(0, 5, "WRONG"), value="1"))
    with pytest.raises(StoreError, match="does not quote"):
        store.add_many([sample(), bad])
    assert count(store, ArticleRow) == 0 and count(store, FactRow) == 0


def test_ingest_runs_record_counts(store: Store) -> None:
    run = store.start_run(["a", "b"], "rules")
    store.add(sample(), run_id=run)
    store.finish_run(run, added=1, duplicates=2, failed=3, extractor_version="9")
    with store.session() as s:
        row = s.get(IngestRun, run)
        assert row is not None and row.finished_at is not None
        assert (row.added, row.duplicates, row.failed, row.extractor_version) == (1, 2, 3, "9")
        assert row.inputs == ["a", "b"]
        assert s.scalar(select(ArticleRow.run_id)) == run


# --- transactions ----------------------------------------------------------------------


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_failure_after_the_article_row_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                      error: BaseException) -> None:
    inserted: list[int] = []

    def fail_after_article(session: Any, row: ArticleRow, facts: ArticleFacts) -> None:
        inserted.append(row.id)  # the article row is flushed: it has an id
        raise error

    monkeypatch.setattr(db, "_insert_facts", fail_after_article)
    with pytest.raises(type(error)):
        store.add(sample())
    assert inserted and inserted[0] is not None
    assert count(store, ArticleRow) == 0 and count(store, FactRow) == 0


def test_failure_midway_through_the_facts_leaves_nothing(store: Store,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    original = db._fact_row
    calls = {"n": 0}

    def third_fails(fact: Any, facts: ArticleFacts) -> FactRow:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return original(fact, facts)

    monkeypatch.setattr(db, "_fact_row", third_fails)
    with pytest.raises(KeyboardInterrupt):
        store.add(sample())
    assert calls["n"] == 3
    assert count(store, ArticleRow) == 0 and count(store, FactRow) == 0
    monkeypatch.setattr(db, "_fact_row", original)
    assert store.add(sample()) is not None  # the store is still usable afterwards
    assert count(store, FactRow) == 6


# --- report ----------------------------------------------------------------------------


def test_list_facts_filters_by_kind_article_and_country(store: Store) -> None:
    store.add(sample(name="one.txt"))
    store.add(sample(name="two.txt", partner="Chile", demonym="Chilean"))
    assert len(fact_list(store)) == 12
    people = fact_list(store, FactQuery(kind="people"))
    assert len(people) == 4 and {r.kind for r in people} == {"people"}
    assert {r.article for r in fact_list(store, FactQuery(article="two.txt"))} == {"two.txt"}
    belarus = fact_list(store, FactQuery(country="Belarus"))
    # instrument parties, the Belarusian president; the other article names Chile instead
    assert {(r.article, r.kind) for r in belarus} == {("one.txt", "instruments"), ("one.txt", "people")}
    assert fact_list(store, FactQuery(country="Belarusian")) == belarus
    pakistani = fact_list(store, FactQuery(country="Pakistan"))
    assert {r.kind for r in pakistani} == {"instruments", "people", "figures"}  # "Pakistani workers"
    for r in fact_list(store, FactQuery(article="one.txt")):
        assert r.quote == TEXT[r.start:r.end]


def _terms_and_search(store: Store) -> dict[int, tuple[list[str], str | None]]:
    with store.session() as s:
        facts = s.scalars(select(FactRow).order_by(FactRow.id)).all()
        return {f.id: (sorted(t.term for t in f.terms), f.search) for f in facts}


def test_facts_are_stored_with_their_terms_and_search_text(store: Store) -> None:
    store.add(sample(name="one.txt"))
    saved = _terms_and_search(store)
    with store.session() as s:
        signed = s.scalars(select(FactRow).where(FactRow.kind == "instruments")).one()
    terms, search = saved[signed.id]
    assert {"country:BY", "country:PK", "sector:trade"} <= set(terms)
    assert search is not None and search == search.lower()
    assert "memorandum of understanding on trade" in search
    # deleting an article takes its facts' terms with it
    with store.transaction() as s:
        s.delete(s.scalars(select(ArticleRow)).one())
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(FactTerm)) == 0


def test_the_terms_migration_fills_in_facts_stored_before_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Store.open(url) as s:
        s.add(sample(name="one.txt"))
        s.add(sample(name="two.txt", partner="Chile", demonym="Chilean"))
        written = _terms_and_search(s)
        cfg = alembic_config()
        with s.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        assert "fact_terms" not in inspect(s.engine).get_table_names()
    with Store.open(url) as s:  # opening upgrades, and the upgrade derives what 0005 lacked
        assert current_revision(s.engine) == head_revision()
        assert _terms_and_search(s) == written
        assert {r.article for r in fact_list(s, FactQuery(country="Chile"))} == {"two.txt"}


def test_list_facts_rejects_unknown_kind_and_country(store: Store) -> None:
    with pytest.raises(BadQueryError):  # a filter the read layer cannot answer, as the API says (422)
        fact_list(store, FactQuery(kind="rumours"))
    with pytest.raises(NotFoundError):
        fact_list(store, FactQuery(country="Atlantis"))


def test_find_article_by_id_name_stem_and_hash_prefix(store: Store) -> None:
    facts = sample(name="000_abc.txt")
    article_id = store.add(facts)
    h = facts.article.content_hash
    for key in (str(article_id), "000_abc.txt", "000_abc", h[:8], h.upper()[:10]):
        record = article_detail(store, key)
        assert record.id == article_id and record.article == facts.article
        assert [f.start for f in record.facts] == sorted(f.start for f in record.facts)
    with pytest.raises(NotFoundError):
        article_detail(store, "nothing-like-it")
    with pytest.raises(NotFoundError):
        article_detail(store, h[:3])  # too short to be taken as a hash


def test_find_article_reports_ambiguity(store: Store) -> None:
    store.add(sample(name="same.txt"))
    store.add(sample(name="same.txt"))
    with pytest.raises(NotFoundError, match="matches 2 articles"):
        article_detail(store, "same.txt")


def test_stats_counts_articles_kinds_outlets_and_dates(store: Store) -> None:
    store.add(sample())
    undated = sample(name="u.txt")
    undated.article = Article(**{**{f: getattr(undated.article, f) for f in Article.__slots__},
                                 "published": None, "outlet": None})
    store.add(undated)
    result = store_stats(store)
    assert result.articles == 2 and result.undated == 1
    assert result.facts == {"instruments": 2, "commitments": 2, "meetings": 2, "people": 4, "figures": 2,
                            "initiatives": 0}
    assert result.outlets == {"Dawn": 1, "(unknown)": 1}
    assert result.first_published == result.last_published == date(2024, 11, 26)
    assert json.loads(json.dumps(result.to_json()))["first_published"] == "2024-11-26"


def test_stats_of_an_empty_store(store: Store) -> None:
    result = store_stats(store)
    assert result.articles == 0 and sum(result.facts.values()) == 0 and result.first_published is None


def test_csv_and_json_render_every_record(store: Store) -> None:
    store.add(sample())
    records = fact_list(store)
    rows = list(csv.DictReader(io.StringIO(list_csv("facts", records))))
    assert tuple(rows[0]) == CSV_COLUMNS["facts"] and len(rows) == len(records) == 6
    for row in rows:
        assert TEXT[int(row["evidence.start"]):int(row["evidence.end"])] == row["evidence.text"]
        assert isinstance(json.loads(row["fields"]), dict)
    objs = json.loads(list_json(records))
    assert [o["id"] for o in objs] == [r.id for r in records]
    assert all(TEXT[o["evidence"]["start"]:o["evidence"]["end"]] == o["evidence"]["text"] for o in objs)


# --- round trip ------------------------------------------------------------------------

# NUL cannot be stored in PostgreSQL text, and surrogates cannot be encoded: neither comes out
# of ingest, which decodes real text.
CHARS = st.characters(codec="utf-8", exclude_characters="\x00")
SHORT = st.text(CHARS, max_size=20)
OPTIONAL = st.none() | SHORT
NAMES = st.lists(SHORT, max_size=3).map(tuple)


@st.composite
def article_facts(draw: st.DrawFn) -> ArticleFacts:
    """Return arbitrary facts with spans inside an arbitrary article text."""
    text = draw(st.text(CHARS, max_size=200))
    n = len(text)
    span = st.integers(0, n).flatmap(lambda s: st.integers(s, n).map(lambda e: (s, e)))
    evidence = span.map(lambda se: Evidence(se[0], se[1], text[se[0]:se[1]]))
    record = draw(OPTIONAL)  # the store keeps a fact's record, and reads it back as its cluster too
    common = {"evidence": evidence, "cluster": st.just(record), "record": st.just(record)}
    article = Article(
        name=draw(st.text(CHARS, min_size=1, max_size=30)), text=text, content_hash=uuid.uuid4().hex,
        source=draw(SHORT), published=draw(st.none() | st.dates()), outlet=draw(OPTIONAL),
        dateline=draw(OPTIONAL), title=draw(OPTIONAL),
        language=draw(st.none() | st.sampled_from(["en", "ru"])),
        media_type=draw(st.sampled_from(["text", "html", "feed"])),
        skip=tuple(draw(st.lists(span, max_size=3))),
    )
    instruments = st.builds(
        Instrument, type=st.sampled_from(INSTRUMENT_TYPES), subject=SHORT, sectors=NAMES, parties=NAMES,
        status=st.sampled_from(INSTRUMENT_STATUSES), date=OPTIONAL, place=OPTIONAL, signatories=NAMES,
        **common)
    commitments = st.builds(Commitment, actor=OPTIONAL, action=SHORT, deadline_text=OPTIONAL,
                            deadline=OPTIONAL, **common)
    meetings = st.builds(Meeting, kind=st.sampled_from(MEETING_KINDS), participants=NAMES,
                         place=OPTIONAL, date=OPTIONAL, **common)
    people = st.builds(Person, name=SHORT, role=OPTIONAL, country=OPTIONAL, **common)
    figures = st.builds(
        Figure, value=SHORT, number=st.none() | st.floats(allow_nan=False, allow_infinity=False),
        approx=st.none() | st.sampled_from(["over", "nearly", "about"]), what=OPTIONAL, **common)
    return ArticleFacts(
        article, draw(st.sampled_from(["rules", "llm"])), draw(SHORT),
        instruments=draw(st.lists(instruments, max_size=2)),
        commitments=draw(st.lists(commitments, max_size=2)),
        meetings=draw(st.lists(meetings, max_size=2)),
        people=draw(st.lists(people, max_size=2)),
        figures=draw(st.lists(figures, max_size=2)),
    )


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path_factory.mktemp('rt') / 'rt.db'}") as s:
        yield s


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(facts=article_facts())
def test_round_trip_sqlite(shared_store: Store, facts: ArticleFacts) -> None:
    article_id = shared_store.add(facts)
    assert article_id is not None
    assert shared_store.article_facts(article_id) == facts


# --- PostgreSQL (only when a test server is given) ---------------------------------------


@pytest.fixture(scope="module")
def pg_store() -> Iterator[Store]:
    url = os.environ.get("ACCORD_TEST_PG_URL")
    if not url:
        pytest.skip("set ACCORD_TEST_PG_URL to run the PostgreSQL tests")
    s = Store.open(url)
    try:
        yield s
    finally:
        # the URL names a throwaway test database: leave it as empty as it was
        Base.metadata.drop_all(s.engine)
        with s.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        s.close()


def test_postgresql_schema_dedup_and_transactions(pg_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    assert current_revision(pg_store.engine) == head_revision()
    with pg_store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    facts = sample()
    article_id = pg_store.add(facts)
    assert article_id is not None and pg_store.article_facts(article_id) == facts
    assert pg_store.add(facts) is None
    before = count(pg_store, ArticleRow)

    def boom(session: Any, row: ArticleRow, facts: ArticleFacts) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(db, "_insert_facts", boom)
    with pytest.raises(KeyboardInterrupt):
        pg_store.add(sample())
    assert count(pg_store, ArticleRow) == before


def test_postgresql_filters_facts_as_sqlite_does(pg_store: Store, store: Store) -> None:
    from accord import read

    for s in (pg_store, store):
        s.add(sample(name="pg-one.txt"))
        s.add(sample(name="pg-two.txt", partner="Chile", demonym="Chilean"))
    for query in (read.FactQuery(country="Chile"), read.FactQuery(sector="TRADE"),
                  read.FactQuery(q="MINSK two", kind="commitments"), read.FactQuery(q="100%_")):
        on_pg = [(f.article, f.kind, f.start) for f in read.fact_list(pg_store, query)
                 if f.article.startswith("pg-")]
        on_sqlite = [(f.article, f.kind, f.start) for f in read.fact_list(store, query)]
        assert on_pg == on_sqlite
    assert {f.article for f in read.fact_list(store, read.FactQuery(country="Chile"))} == {"pg-two.txt"}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(facts=article_facts())
def test_round_trip_postgresql(pg_store: Store, facts: ArticleFacts) -> None:
    article_id = pg_store.add(facts)
    assert article_id is not None
    assert pg_store.article_facts(article_id) == facts


# --- text no database stores alike --------------------------------------------------------


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_nul_character_is_refused_alike_with_a_short_message(backend: str, tmp_path: Path,
                                                               request: pytest.FixtureRequest) -> None:
    target = (Store.open(f"sqlite:///{tmp_path / 'nul.db'}") if backend == "sqlite"
              else request.getfixturevalue("pg_store"))
    facts = sample(name="nul.txt")
    at = len(facts.article.text)
    bad = replace(facts, article=replace(facts.article, text=facts.article.text + "\x00tail"))
    before = count(target, ArticleRow)
    with pytest.raises(StoreError) as info:
        target.add(bad)
    assert info.value.message == f"cannot store 'nul.txt': its text holds a NUL character (offset {at})"
    assert count(target, ArticleRow) == before
    if backend == "sqlite":
        target.close()


def test_a_database_refusal_is_one_short_line() -> None:
    from sqlalchemy.exc import DataError

    from accord.store.db import short_reason

    orig = Exception("value too long for type character varying(128)\nDETAIL: …")
    exc = DataError("INSERT INTO articles (text, …) VALUES (%(text)s, …)", {"text": "x" * 3000}, orig)
    assert short_reason(exc) == "value too long for type character varying(128)"
    assert len(short_reason(Exception("y" * 3000))) == 200
