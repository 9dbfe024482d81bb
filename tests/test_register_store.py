"""The register kept in the store: incremental and deterministic updates, curation that lasts, queries."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from accord.brief import brief
from accord.core import ArticleFacts, Instrument
from accord.curation import CurationError
from accord.read import commitments, conflicts, instruments, timeline
from accord.registry import (
    QueryError,
    load_register,
    merge_records,
    parse_pair,
    rebuild_register,
    set_status,
    split_record,
    update_register,
)
from accord.resolve import Register
from accord.store import FactRow, Store
from accord.store.models import RecordRow, RegisterState
from accord.store.register_store import audit_entries
from tests.resolve_fixtures import all_articles, article, ev, generated, later, visit_a, visit_b

AS_OF = date(2025, 6, 1)
# the brief cites "[Outlet, 18 Nov 2024]" (escaped brackets in Markdown)
BRIEF_CITATION = re.compile(r"\\\[[^\]\[]+, (?:\d{1,2} [A-Z][a-z]{2} \d{4}|undated)(?:; [^\]\[]+)?\\\]")


def open_store(tmp_path: Path, name: str = "reg.db") -> Store:
    return Store.open(f"sqlite:///{tmp_path / name}")


def add(store: Store, *many: ArticleFacts) -> None:
    for facts in many:
        assert store.add(facts) is not None


def records_of(store: Store) -> dict[str, tuple[Any, ...]]:
    """Return every stored record's content by id (what must not depend on ingest order)."""
    with store.session() as s:
        return {r.id: (r.kind, r.pair, r.fields, r.mentions, r.conflicts, r.links, r.curation, r.sources)
                for r in s.scalars(select(RecordRow))}


def clusters_of(store: Store) -> dict[tuple[str, int, int], str | None]:
    """Return each stored fact's record id, keyed by what the fact says (not its row id)."""
    with store.session() as s:
        return {(f.quote, f.start, f.end): f.cluster for f in s.scalars(select(FactRow))}


def stamps(store: Store) -> dict[str, Any]:
    with store.session() as s:
        return {r.id: r.updated_at for r in s.scalars(select(RecordRow))}


def only(store: Store, kind: str, **where: Any) -> str:
    """Return the id of the one stored record of a kind whose fields match."""
    register = load_register(store)
    found = [r.id for r in register.records.values()
             if r.kind == kind and all(r.fields.get(k) == v for k, v in where.items())]
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def full(tmp_path: Path) -> Store:
    """Return a store holding the three Chile–Norway articles, its register up to date."""
    store = open_store(tmp_path)
    add(store, *all_articles())
    update_register(store)
    return store


# --------------------------------------------------------------------------- updates


def test_every_fact_carries_the_id_of_a_stored_record_that_cites_it(full: Store) -> None:
    records = records_of(full)
    with full.session() as s:
        facts = list(s.scalars(select(FactRow)))
    assert facts and all(f.cluster in records for f in facts)
    for fact in facts:
        quotes = {m["quote"] for m in records[str(fact.cluster)][3]}
        assert fact.quote in quotes


def test_the_same_articles_in_any_order_and_batching_give_the_same_register(tmp_path: Path) -> None:
    one = open_store(tmp_path, "one.db")
    add(one, visit_a(), visit_b(), later())
    update_register(one)
    two = open_store(tmp_path, "two.db")
    add(two, later())
    update_register(two)
    add(two, visit_b())
    update_register(two)
    add(two, visit_a())
    update_register(two)
    assert records_of(one) == records_of(two)
    assert clusters_of(one) == clusters_of(two)
    assert len(records_of(one)) == 9


def test_an_update_with_nothing_new_writes_nothing(full: Store) -> None:
    before, when = records_of(full), stamps(full)
    result = update_register(full)
    assert (result.articles, result.written, result.removed, result.clusters) == (0, 0, 0, 0)
    rebuilt = rebuild_register(full)
    assert (rebuilt.written, rebuilt.removed, rebuilt.clusters) == (0, 0, 0)
    assert records_of(full) == before and stamps(full) == when


def test_an_incremental_update_rewrites_only_the_records_it_touches(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    add(store, visit_a(), visit_b())
    update_register(store)
    first = stamps(store)
    add(store, later())
    result = update_register(store)
    after = stamps(store)
    unchanged = {rid for rid, when in first.items() if after.get(rid) == when}
    assert result.articles == 1 and result.written == len(after) - len(unchanged)
    # the people and the Santiago talks are not what the Oslo article is about
    assert only(store, "meetings", place="Santiago") in unchanged
    assert result.written < len(after)
    assert records_of(store) == records_of_rebuilt(tmp_path)


def records_of_rebuilt(tmp_path: Path) -> dict[str, tuple[Any, ...]]:
    store = open_store(tmp_path, "rebuilt.db")
    add(store, *all_articles())
    rebuild_register(store)
    return records_of(store)


def test_an_update_does_only_the_work_of_adding_the_new_article(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    add(store, *(generated(n) for n in range(12)))
    full = update_register(store).comparisons
    add(store, generated(12))
    result = update_register(store)
    alone = Register()
    alone.add_all(generated(n) for n in range(12))
    before = alone.comparisons
    alone.add(generated(12))
    assert result.articles == 1
    assert result.comparisons == alone.comparisons - before < full
    # the saved state is restored: the stored articles' graph is not formed again
    assert result.replayed == 0 and full == before


def test_without_a_usable_saved_state_the_graph_is_replayed_to_the_same_result(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    add(store, *(generated(n) for n in range(12)))
    full = update_register(store).comparisons
    with store.transaction() as s:
        s.execute(delete(RegisterState))  # e.g. a store written before states were saved
    add(store, generated(12))
    result = update_register(store)
    assert result.articles == 1 and result.replayed == full
    restored = open_store(tmp_path, "restored.db")
    add(restored, *(generated(n) for n in range(12)))
    update_register(restored)
    add(restored, generated(12))
    assert update_register(restored).replayed == 0
    assert records_of(restored) == records_of(store)


def test_rows_kept_by_an_earlier_version_are_formed_again_by_the_next_update(tmp_path: Path) -> None:
    # version 2 filed people under other blocks: its rows would miss the blocks a new fact probes
    from accord.resolve.state import UPGRADABLE

    store = open_store(tmp_path)
    add(store, *(generated(n) for n in range(12)))
    full = update_register(store).comparisons
    with store.transaction() as s:
        row = s.get(RegisterState, 1)
        assert row is not None and row.state["kept"] == "rows"
        row.state = row.state | {"version": UPGRADABLE - 1}
    add(store, generated(12))
    assert update_register(store).replayed == full
    add(store, generated(13))
    assert update_register(store).replayed == 0  # rows of this version again
    fresh = open_store(tmp_path, "fresh.db")
    add(fresh, *(generated(n) for n in range(14)))
    update_register(fresh)
    assert records_of(store) == records_of(fresh)


def test_articles_stored_without_an_update_are_picked_up_by_the_next(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    add(store, visit_a())
    update_register(store)
    add(store, visit_b(), later())  # e.g. an ingest stopped before its register update
    assert update_register(store).articles == 2
    assert records_of(store) == records_of_rebuilt(tmp_path)


# --------------------------------------------------------------------------- curation


def test_merge_survives_recompute_and_a_later_ingest(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    add(store, visit_a(), visit_b())
    update_register(store)
    rojas = only(store, "commitments", action="visit Norway")
    oslo = only(store, "commitments", action="meet in Oslo")
    entry = merge_records(store, [rojas, oslo], "same promise, two wordings", who="tester")
    assert entry.who == "tester" and entry.action == "merge"
    merged = load_register(store).record_of(f"{visit_b().article.content_hash}:commitments:1")
    assert merged is not None
    assert {m.index for m in load_register(store).records[merged].mentions} >= {0, 1}
    rebuild_register(store)
    add(store, later())
    update_register(store)
    register = load_register(store)
    key = f"{visit_b().article.content_hash}:commitments:"
    assert register.record_of(key + "0") == register.record_of(key + "1")
    hash_b = visit_b().article.content_hash
    assert register.record_at(hash_b, "commitments", 1) == register.record_of(key + "1")
    assert [c.action for c in register.notes[register.record_of(key + "0") or ""]] == ["merge"]


def test_split_survives_recompute_and_a_later_ingest(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    add(store, visit_a(), visit_b())
    update_register(store)
    mou = only(store, "instruments", type="mou")
    taken = f"{visit_b().article.content_hash}:instruments:0"
    split_record(store, mou, f"{visit_b().article.content_hash[:8]}:instruments:0", "a different document")
    rebuild_register(store)
    for more in ([], [later()]):
        add(store, *more)
        update_register(store)
        register = load_register(store)
        kept = register.record_of(f"{visit_a().article.content_hash}:instruments:0")
        alone = register.record_of(taken)
        assert kept and alone and kept != alone
        assert len(register.records[alone].mentions) == 1
        # with the agreement taken out, the MoU left behind has no type conflict any more
        assert not [c for c in register.records[kept].conflicts if c.field == "type"]


def test_set_status_overrides_the_computed_status_and_lasts(
    full: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("USER", "curator")
    oslo = only(full, "commitments", action="meet in Oslo")
    computed = {v.record.id: v.status for v in commitments(load_register(full), AS_OF)}
    assert computed[oslo] == "overdue"
    set_status(full, oslo, "fulfilled", "a minister's statement confirms the meeting took place")
    rebuild_register(full)
    views = {v.record.id: v for v in commitments(load_register(full), AS_OF)}
    assert views[oslo].status == "fulfilled"
    assert "curator" in views[oslo].reason and "confirms" in views[oslo].reason
    assert [v.record.id for v in commitments(load_register(full), AS_OF, status="fulfilled")] == [oslo]
    log = audit_entries(full)
    assert [(e.who, e.action, e.value) for e in log] == [("curator", "set-status", "fulfilled")]


def test_curation_refuses_what_cannot_be_applied(full: Store) -> None:
    mou = only(full, "instruments", type="mou")
    oslo = only(full, "commitments", action="meet in Oslo")
    with pytest.raises(CurationError):
        merge_records(full, [mou, oslo], "different kinds")
    with pytest.raises(CurationError):
        set_status(full, mou, "fulfilled", "not a commitment")
    with pytest.raises(CurationError):
        set_status(full, oslo, "done", "not a status")
    with pytest.raises(CurationError):
        set_status(full, oslo, "open", "  ")
    with pytest.raises(QueryError):
        merge_records(full, [mou, "ins-0000000000"], "unknown")
    with pytest.raises(QueryError):
        split_record(full, mou, "nohash:instruments:0", "not its mention")
    assert audit_entries(full) == []


# --------------------------------------------------------------------------- queries


def test_pairs_are_iso_codes_or_names_in_either_order() -> None:
    assert parse_pair("PK-BY") == parse_pair("by-pk") == parse_pair("Pakistan-Belarus") == "BY-PK"
    for bad in ("PK", "PK-XX", "Pakistan-Narnia", "PK-BY-IN"):
        with pytest.raises(QueryError):
            parse_pair(bad)


def test_queries_read_the_stored_register(full: Store) -> None:
    register = load_register(full)
    found = instruments(register, "CL-NO")
    assert [v.record.fields["type"] for v in found] == ["mou", "agreement"]
    assert found[0].to_json()["sources"] == {"articles": 2, "official": 1, "media": 1}
    assert instruments(register, "BY-PK") == []
    statuses = {v.record.fields["action"]: v.status for v in commitments(register, AS_OF)}
    assert statuses == {"meet in Oslo": "overdue", "visit Norway": "fulfilled_late"}
    sides = {v.conflict.field: v.to_json()["sides"] for v in conflicts(register)}
    assert {m["source"] for side in sides["type"] for m in side["mentions"]} == {"official", "media"}
    days = [v.when for v in timeline(register, "CL-NO")]
    assert days == sorted(days) and len(days) >= 4


def test_every_statement_of_the_brief_cites_a_source(full: Store) -> None:
    text = brief(load_register(full), "CL-NO", AS_OF)
    assert text.startswith("# Chile and Norway")
    statements = [ln for ln in text.splitlines() if ln.lstrip().startswith("- ")]
    body, sources = statements[:-3], statements[-3:]
    assert body and all(BRIEF_CITATION.search(ln) for ln in body)
    assert sorted(ln.rsplit(" ", 1)[-1] for ln in sources) == ["a.txt", "b.txt", "c.txt"]
    with pytest.raises(QueryError):
        brief(load_register(full), "BY-PK", AS_OF)


# --------------------------------------------------------------------------- kept in rows


def test_updates_kept_in_rows_give_what_a_rebuild_gives_after_curation(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    add(store, visit_a(), visit_b(), *(generated(n) for n in range(8)))
    update_register(store)
    rojas = only(store, "commitments", action="visit Norway")
    records = load_register(store).records.values()
    oslo = sorted(r.id for r in records if r.fields.get("action") == "meet in Oslo")
    merge_records(store, [rojas, oslo[0]], "same promise, two wordings", who="tester")
    set_status(store, oslo[-1], "fulfilled", "confirmed", who="tester")
    taken = f"{visit_b().article.content_hash}:instruments:0"
    mou = load_register(store).record_of(taken)
    assert mou is not None
    split_record(store, mou, taken, "a different document")
    for n in range(8, 12):  # each update reads and writes only the rows it reaches
        add(store, generated(n))
        assert update_register(store).replayed == 0
    add(store, later())
    update_register(store)
    records, clusters = records_of(store), clusters_of(store)
    rebuild_register(store)
    assert records_of(store) == records
    assert clusters_of(store) == clusters


PAIRS = [("Peru", "Japan"), ("Kenya", "India"), ("Ghana", "Brazil"), ("Chile", "Norway"), ("Nepal", "Egypt"),
         ("Mexico", "Spain"), ("Canada", "Italy"), ("Angola", "Poland"), ("Fiji", "Qatar"), ("Oman", "Cuba")]


def elsewhere(n: int) -> ArticleFacts:
    """Return the n-th of a family of reports of ten pairs of states, three reports per pair and month."""
    first, second = PAIRS[n % len(PAIRS)]
    day = date(2024, 1 + (n // 10) % 12, 10)
    text = f"Report {n}. {first} and {second} signed an agreement on fisheries on {day.isoformat()}."
    return ArticleFacts(article(f"e{n}.txt", text, day), "test", "1", instruments=[Instrument(
        type="agreement", subject="fisheries", parties=(first, second), status="signed", date=day.isoformat(),
        evidence=ev(text, "signed an agreement on fisheries"))])


def counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make updates note the article rows they read; return the list they note them in."""
    import accord.registry
    from accord.store.register_store import RowSource

    read: list[str] = []

    class Counting(RowSource):
        def article_rows(self, hashes: Any) -> dict[str, dict[str, Any]]:
            read.extend(hashes)
            return super().article_rows(hashes)

    monkeypatch.setattr(accord.registry, "RowSource", Counting)
    return read


def test_an_update_reads_only_the_rows_its_facts_reach(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read = counting_reads(monkeypatch)
    store = open_store(tmp_path)
    add(store, *(elsewhere(n) for n in range(30)))
    update_register(store)
    add(store, elsewhere(30))
    assert update_register(store).articles == 1
    # the new report's pair and month hold three of the thirty stored reports
    assert len(set(read)) <= 4
    records = records_of(store)
    rebuild_register(store)
    assert records_of(store) == records


def test_a_register_saved_whole_before_rows_is_upgraded_by_its_first_update(tmp_path: Path) -> None:
    from accord.store.models import RegisterArticleState, RegisterRecord
    from accord.store.register_store import load_state

    store = open_store(tmp_path)
    add(store, *(generated(n) for n in range(6)))
    update_register(store)
    whole = Register()
    whole.add_all(generated(n) for n in range(6))
    with store.transaction() as s:  # what a store written before 0010 holds: one JSON state, no rows
        s.execute(delete(RegisterArticleState))
        s.execute(delete(RegisterRecord))
        stamp = s.scalar(select(RegisterState.updated_at))
        s.merge(RegisterState(id=1, state=whole.to_state(), updated_at=stamp))
    add(store, generated(6))
    result = update_register(store)
    assert result.articles == 1 and result.replayed == 0  # restored from the old state, not compared again
    state = load_state(store)
    assert state is not None and state["kept"] == "rows"
    add(store, generated(7))
    assert update_register(store).replayed == 0
    records = records_of(store)
    rebuild_register(store)
    assert records_of(store) == records


def test_other_consolidation_settings_re_form_the_rows(tmp_path: Path) -> None:
    from accord.resolve import ResolveOptions

    store = open_store(tmp_path)
    add(store, *(generated(n) for n in range(6)))
    first = update_register(store, options=ResolveOptions(semantic=None))
    add(store, generated(6))
    other = ResolveOptions(semantic=None, meeting_window_days=9)
    assert update_register(store, options=other).replayed == first.comparisons > 0


def filing_of(store: Store) -> tuple[set[tuple[str, str]], set[tuple[str, str]], set[tuple[str, str]]]:
    """Return the stored block and form entries, and those the stored article rows list."""
    from accord.store.models import RegisterArticleState, RegisterBlock, RegisterForm
    from accord.store.register_store import _block_key

    with store.session() as s:
        blocks = {(b, a) for b, a in s.execute(select(RegisterBlock.block, RegisterBlock.article))}
        forms = {(f, a) for f, a in s.execute(select(RegisterForm.form, RegisterForm.article))}
        listed = {(f"B{_block_key(b)}", h) for h, data in s.execute(
            select(RegisterArticleState.content_hash, RegisterArticleState.data)) for b in data["blocks"]}
        listed |= {(f"F{f}", h) for h, data in s.execute(
            select(RegisterArticleState.content_hash, RegisterArticleState.data)) for f in data["forms"]}
    return blocks, forms, listed


def test_an_update_files_only_the_blocks_and_forms_that_changed(tmp_path: Path) -> None:
    from sqlalchemy import event

    store = open_store(tmp_path)
    add(store, visit_a(), visit_b(), *(generated(n) for n in range(8)))
    update_register(store)
    statements: list[tuple[str, int]] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda _c, _cur, sql, params, _ctx, many: statements.append(
                     (sql, len(params) if many else 1)))
    for n in range(8, 14):  # neighbours' rows change (edges, records); their blocks seldom do
        add(store, generated(n))
        statements.clear()
        update_register(store)
        written = sum(n for sql, n in statements
                      if sql.startswith(("INSERT INTO register_blocks", "DELETE FROM register_blocks")))
        blocks, _forms, _listed = filing_of(store)
        new = generated(n).article.content_hash
        assert written <= 2 * sum(1 for _b, a in blocks if a == new)
    add(store, later())
    update_register(store)
    blocks, forms, listed = filing_of(store)
    # the filing tables say what the article rows list, entry for entry
    assert {(f"B{b}", a) for b, a in blocks} | {(f"F{f}", a) for f, a in forms} == listed


def test_an_update_reads_no_row_for_curations_far_from_its_facts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(tmp_path)
    add(store, *(elsewhere(n) for n in range(30)))
    update_register(store)
    far = [elsewhere(n).article.content_hash for n in (1, 11)]  # Kenya and India, two months apart
    register = load_register(store)
    ids = [register.record_of(f"{h}:instruments:0") for h in far]
    assert None not in ids and ids[0] != ids[1]
    merge_records(store, [i for i in ids if i is not None], "one agreement, reported twice", who="tester")
    read = counting_reads(monkeypatch)
    add(store, elsewhere(30))  # Peru and Japan
    assert update_register(store).articles == 1
    assert read and not set(far) & set(read)
    records = records_of(store)
    rebuild_register(store)
    assert records_of(store) == records
