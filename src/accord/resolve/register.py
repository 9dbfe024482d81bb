"""The register: canonical records built from many articles' facts, updated article by article.

How records form. Facts are compared only with facts sharing a block (see `rules`); two
alike facts get an edge. Within each connected part of that graph, edges are taken best
first (ties by stable key) and two groups merge when every two of their members are
compatible and, for kinds that allow it, come from different articles. The outcome depends
only on the set of facts, so any ingest order gives the same records, and adding an
article only re-forms the parts of the graph its facts touch. `to_state` and `from_state`
save and restore the graph as plain data, so an update need not compare old facts again.

The pairs an update compares are gathered first and scored in a stable order. A text is
encoded by the semantic comparison (when there is one) only when a rule asks for its
meaning: most pairs the word rules leave open are settled before that is needed.
"""

from __future__ import annotations

import copy
import hashlib
from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from accord.core import ArticleFacts
from accord.resolve.canon import FIELDS
from accord.resolve.derived import ONE_DOCUMENT, Group, count_conflict, record_days, relation, subject_keys
from accord.resolve.embeddings import semantic_named
from accord.resolve.items import ArticleContext, Item, context_of, items_of
from accord.resolve.model import RECORD_PREFIX, Link, Mention, Record
from accord.resolve.rules import BlockKey, Blocks, ResolveOptions, Rule, rules_for
from accord.resolve.state import (
    STATE_VERSION,
    RegisterSource,
    StateError,
    article_from_json,
    article_to_json,
    check_version,
    conflict_from_json,
    conflict_to_json,
    form_key,
    key_article,
)

Event = tuple[str, date | None]  # an article's pair of states and its day: where derived parts change
EXACT = 10.0  # the edge between two facts of one form: stronger than any score


@dataclass(slots=True)
class _Cluster:
    """A group being formed: its facts, one fact per distinct form, and its articles."""

    members: list[str]
    forms: dict[Hashable, Item]
    articles: set[str]

    def absorb(self, other: _Cluster) -> None:
        self.members.extend(other.members)
        for form, item in other.forms.items():
            self.forms.setdefault(form, item)
        self.articles |= other.articles


_EVENT_KINDS = ("instruments", "commitments", "meetings", "figures")


class _Affinity:
    """How much two articles report the same events, for facts of an article with no date at all.

    Such a fact is compatible with any date, so it joins a fact of another article only when
    the two articles share enough events (a share of the undated article's facts linked to the
    other one): "trade" in an undated report of a November visit must not join the April one.
    The share depends on the two articles only, so the outcome stays independent of order.
    """

    def __init__(self, register: Register) -> None:
        self._register = register
        self._links: dict[str, dict[str, float]] = {}

    def allows(self, a: Item, b: Item) -> bool:
        if a.kind not in _EVENT_KINDS or a.ctx.hash == b.ctx.hash:
            return True
        floor = self._register.options.undated_affinity
        if a.ctx.when is None and b.ctx.when is None:
            # two undated reports: enough when either finds much of itself in the other
            return max(self._share(a.ctx.hash, b.ctx.hash), self._share(b.ctx.hash, a.ctx.hash)) >= floor
        undated = a if a.ctx.when is None else b if b.ctx.when is None else None
        other = b if undated is a else a
        return undated is None or self._share(undated.ctx.hash, other.ctx.hash) >= floor

    def _share(self, article: str, other: str) -> float:
        if article not in self._links:
            self._links[article] = self._register.article_links(article)
        return self._links[article].get(other, 0.0)


class Register:
    """Canonical records of instruments, commitments, meetings, people and figures."""

    def __init__(self, options: ResolveOptions | None = None) -> None:
        self.options = options or ResolveOptions()
        self._records: dict[str, Record] = {}
        self._ordered: dict[str, Record] | None = {}  # the records by id, made when asked for
        self._rules: dict[str, Rule] = rules_for(self.options)
        self._items: dict[str, Item] = {}
        self._by_article: dict[str, list[str]] = {}
        self._blocks: dict[str, set[str]] = defaultdict(set)
        self._edges: dict[str, dict[str, float]] = defaultdict(dict)
        self._record_of: dict[str, str] = {}
        self._members: dict[str, tuple[str, ...]] = {}
        self._locator: dict[tuple[str, str, int], str] = {}
        self._rep: dict[tuple[str, Hashable], str] = {}
        self._same: dict[tuple[str, Hashable], set[str]] = defaultdict(set)
        self._links: dict[str, set[Link]] = defaultdict(set)
        self._index: dict[str, set[str]] = defaultdict(set)  # derived-part lookups -> record ids
        self._index_keys: dict[str, frozenset[str]] = {}
        self._item_blocks: dict[str, Blocks] = {}  # each filed fact's blocks, worked out once
        # where each fact read from a row is filed, as saved there (reading, not working out, is cheap)
        self._saved_insert: dict[str, list[str]] = {}
        self._article_ctx: dict[str, ArticleContext] = {}
        self._queue: dict[tuple[str, str], Rule] = {}  # pairs found, to be scored together
        self.comparisons = 0  # facts scored against each other so far (a measure of the work)
        # kept in rows (see `over`): what has been read, and the rows as read, to write back changes
        self._source: RegisterSource | None = None
        self._known: set[str] = set()  # articles read, added or removed: memory is their truth
        self._known_records: set[str] = set()
        self._read_blocks: set[str] = set()
        self._read_forms: set[str] = set()
        self._read_index: set[str] = set()
        self._article_rows: dict[str, dict[str, Any]] = {}
        # facts of rows read but not filed in blocks yet: filed when a block they are in is read
        # (working out a read fact's blocks was most of the cost of reading its row)
        self._unfiled: dict[str, list[Item]] = {}
        self._loaded_keys: dict[str, list[str]] = {}  # each read article's fact keys, as read
        self._record_rows: dict[str, dict[str, Any]] = {}
        self._changed: set[str] = set()

    @classmethod
    def over(cls, source: RegisterSource, header: dict[str, Any],
             options: ResolveOptions | None = None) -> Register:
        """Return a register kept in rows: each update reads only the articles and records it reaches.

        `header` is what `rows_header` gave when the rows were written; rows written with
        other options (or another version, or a whole saved state) are refused with a StateError.
        """
        if isinstance(header, dict) and header.get("kept") != "rows":
            raise StateError("register state not kept in rows")
        register = cls._checked(header, options)
        register._source = source
        register.comparisons = 0
        return register

    def rows_header(self) -> dict[str, Any]:
        """Return what says how the rows were made (see `over`)."""
        return {"version": STATE_VERSION, "kept": "rows", "semantic": _semantic_name(self.options),
                "knobs": self.options.knobs()}

    def changed(self) -> set[str]:
        """Return the ids of the records created, changed or gone since the register was made."""
        return set(self._changed)

    # ----------------------------------------------------------------------- queries

    @property
    def records(self) -> dict[str, Record]:
        """Return the records by id, in id order (sorted once after each update, when first read)."""
        if self._ordered is None:
            self._ordered = dict(sorted(self._records.items()))
        return self._ordered

    @records.setter
    def records(self, records: dict[str, Record]) -> None:
        self._records = dict(records)
        self._ordered = None

    def record_at(self, article_hash: str, kind: str, index: int) -> str | None:
        """Return the id of the record a fact (article, kind, position) belongs to."""
        self._need_articles({article_hash})
        key = self._locator.get((article_hash, kind, index))
        return self._record_of.get(key) if key else None

    def document_of(self, record_id: str) -> str:
        """Return the id of the real thing a record is (part of): what its facts' `cluster` says.

        Each step of a document's life is a record of its own (planned and then "signed as", signed,
        ratified, in force, suspended, terminated), and a lifecycle link leads from an earlier step
        to a later one (`derived.ONE_DOCUMENT`). The document is the record of its first step, found
        by following those links back to a record none leads to (the first reported such, when two
        do). Every other record is its own document: two documents signed on one day stay two, an
        MoU "formalised as" an agreement signed later is another document, and a later step linked
        to two documents keeps one.
        """
        seen, frontier, first = {record_id}, [record_id], []
        while frontier:
            rid = frontier.pop()
            self._need_records({rid})
            record = self._records.get(rid)
            earlier = {ln.source for ln in record.links
                       if ln.target == rid and ln.relation in ONE_DOCUMENT} if record is not None else set()
            if not earlier:
                first.append(rid)
            frontier += sorted(earlier - seen)
            seen |= earlier
        return min(first or seen, key=self._first_reported)

    def _first_reported(self, record_id: str) -> tuple[tuple[str, str, int, int, int], str]:
        record = self._records.get(record_id)
        mentions = record.mentions if record is not None else []
        return (mentions[0].sort_key() if mentions else ("9999", "", 0, 0, 0), record_id)

    def items_of(self, record_id: str) -> list[Item]:
        """Return the facts (with their articles' context) a record was built from."""
        return [self._items[k] for k in self._members.get(record_id, ())]

    def article_links(self, article: str) -> dict[str, float]:
        """Return, for each other article, the share of this article's event facts linked to its facts."""
        self._need_articles({article})
        keys = [k for k in self._by_article.get(article, []) if self._items[k].kind in _EVENT_KINDS]
        counts: dict[str, int] = defaultdict(int)
        for key in keys:
            for other in {key_article(o) for o in self._edges.get(key, {})}:
                counts[other] += 1
        return {other: n / len(keys) for other, n in counts.items() if other != article}

    def has_read(self, article: str) -> bool:
        """Say whether an article's facts are at hand (always, unless kept in rows and not read yet)."""
        return self._source is None or article in self._known

    def articles(self) -> list[str]:
        """Return the content hashes of the articles in the register."""
        return sorted(self._by_article)

    # ----------------------------------------------------------------------- updates

    def add(self, facts: ArticleFacts) -> set[str]:
        """Add (or replace) one article's facts; return the ids of records created, changed or gone."""
        return self.add_all([facts])

    def add_all(self, many: Iterable[ArticleFacts]) -> set[str]:
        """Add (or replace) several articles at once; return the ids of records changed or gone."""
        seeds: set[str] = set()
        events: set[Event] = set()
        latest = {facts.article.content_hash: facts for facts in many}  # an article given twice: its last
        self._need_articles(latest)
        fresh: list[Item] = []
        for article, facts in latest.items():
            old_seeds, old_events = self._remove_article(article)
            seeds |= old_seeds
            events |= old_events
            ctx = context_of(facts)
            self._article_ctx[article] = ctx
            events.add((ctx.pair, ctx.when))
            new_items = items_of(facts, ctx)
            self._by_article[article] = [i.key for i in new_items]
            fresh.extend(new_items)
        self._need_near(fresh)
        for item in fresh:
            self._insert(item)
            seeds.add(item.key)
        seeds |= self._score_queued()
        return self._rebuild(seeds, events)

    # ----------------------------------------------------------------------- saving

    def to_state(self) -> dict[str, Any]:
        """Return the register's working state as plain JSON-able data (see `from_state`)."""
        articles = [
            article_to_json(self._article_ctx[a], [self._items[k] for k in self._by_article[a]])
            for a in sorted(self._by_article)
        ]
        edges = sorted((a, b, s) for a, out in self._edges.items() for b, s in out.items() if a < b)
        return {
            "version": STATE_VERSION,
            "semantic": _semantic_name(self.options),
            "knobs": self.options.knobs(),
            "articles": articles,
            "edges": [list(e) for e in edges],
            "representatives": sorted(self._rep.values()),
            "comparisons": self.comparisons,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], options: ResolveOptions | None = None) -> Register:
        """Return the register a saved state describes, without comparing its facts again.

        The options must be those the state was made with: the saved edges are their scores.
        A state scored with another semantic comparison (or none), or with other settings, is
        refused with a StateError. Without options, the state's own comparison is used.
        """
        register = cls._checked(state, options)
        try:
            register._restore(state)
        except (KeyError, TypeError, ValueError) as err:
            raise StateError(f"register state cannot be read: {err!r}") from err
        return register

    @classmethod
    def _checked(cls, state: dict[str, Any], options: ResolveOptions | None) -> Register:
        """Return an empty register with the options a saved state was made with (refused: StateError)."""
        check_version(state)
        saved = state.get("semantic")
        register = cls(options if options is not None
                       else ResolveOptions(semantic=semantic_named("embeddings" if saved else "words")))
        wanted = _semantic_name(register.options)
        if saved != wanted:
            raise StateError(f"register state scored with semantic {saved!r}, not {wanted!r}")
        if state.get("knobs") != register.options.knobs():
            raise StateError("register state made with other consolidation settings")
        return register

    def _restore(self, state: dict[str, Any]) -> None:
        reps = set(state["representatives"])
        events: set[Event] = set()
        for data in state["articles"]:
            ctx, items = article_from_json(data)
            self._article_ctx[ctx.hash] = ctx
            events.add((ctx.pair, ctx.when))
            self._by_article[ctx.hash] = [i.key for i in items]
            for item in items:
                if self._restore_item(item, reps):
                    self._file_blocks(item)
        for a, b, score in state["edges"]:
            if a not in self._items or b not in self._items:
                raise ValueError(f"edge between unknown facts {a} and {b}")
            self._set_edge(a, b, float(score))
        self.comparisons = int(state["comparisons"])
        self._rebuild(set(self._items), events)

    def _index_item(self, item: Item) -> tuple[Rule, Hashable | None]:
        """Index a fact by key, by place and by form; return its rule and form signature."""
        self._items[item.key] = item
        self._locator[(item.mention.article, item.kind, item.index)] = item.key
        rule = self._rules[item.kind]
        sig = rule.signature(item)
        if sig is not None:
            self._same[(item.kind, sig)].add(item.key)
        return rule, sig

    def _restore_item(self, item: Item, reps: set[str]) -> bool:
        """Index a saved fact as `_insert` did, taking its edges from the state instead of comparing;
        say whether it is to be filed in its blocks (a copy of a known form is not)."""
        _rule, sig = self._index_item(item)
        if sig is not None:
            if item.key not in reps:
                return False  # a copy of a known form is reached through its representative
            self._rep[(item.kind, sig)] = item.key
        return True

    def _file_blocks(self, item: Item) -> None:
        for block in self._insert_of(item):
            self._blocks[block].add(item.key)

    def _insert_of(self, item: Item) -> Collection[str]:
        """Return the blocks a fact is filed in: as saved in its row when it was read from one."""
        saved = self._saved_insert.get(item.key)
        return saved if saved is not None else self._blocks_of(item).insert

    def _file_read(self, articles: Collection[str]) -> None:
        """File in their blocks the facts of these articles that were read from rows and not filed yet."""
        for article in sorted(articles):
            for item in self._unfiled.pop(article, ()):
                sig = self._rules[item.kind].signature(item)
                if item.key in self._items and (sig is None or self._rep.get((item.kind, sig)) == item.key):
                    self._file_blocks(item)

    def _insert(self, item: Item) -> None:
        sig = self._rules[item.kind].signature(item)
        if sig is not None:
            self._need_forms({form_key(item.kind, sig)})
        rule, sig = self._index_item(item)
        if sig is not None:
            rep = self._rep.get((item.kind, sig))
            if rep is not None:
                # a copy of a known form needs no search: it is like its representative
                self._set_edge(item.key, rep, EXACT)
                return
            self._rep[(item.kind, sig)] = item.key
        self._file(item, rule)

    def _blocks_of(self, item: Item) -> Blocks:
        """Return a fact's blocks (kept until the fact leaves the register)."""
        found = self._item_blocks.get(item.key)
        if found is None:
            found = self._item_blocks[item.key] = self._rules[item.kind].blocks(item)
        return found

    def _file(self, item: Item, rule: Rule) -> None:
        """Compare a fact with those sharing a block, then file it."""
        blocks = self._blocks_of(item)
        self._need_blocks(blocks.probe)
        # two facts often share several blocks (words, months): each pair is scored once
        found = self._edges[item.key]
        candidates: set[str] = set()
        for block in blocks.probe:
            candidates.update(self._blocks.get(block, ()))
        candidates.discard(item.key)
        for other_key in candidates - found.keys():  # the queue is scored in key order: no sort here
            self._enqueue(item, self._items[other_key], rule)
        for block in blocks.insert:
            self._blocks[block].add(item.key)

    def _enqueue(self, a: Item, b: Item, rule: Rule) -> None:
        if not rule.same_article and a.ctx.hash == b.ctx.hash and not rule.told_twice(a, b):
            return
        self._queue.setdefault((a.key, b.key) if a.key < b.key else (b.key, a.key), rule)

    def _score_queued(self) -> set[str]:
        """Score the pairs found since the last update; return the facts that got an edge."""
        queue, self._queue = self._queue, {}
        pairs = [(self._items[a], self._items[b], rule) for (a, b), rule in sorted(queue.items())
                 if a in self._items and b in self._items]
        linked: set[str] = set()
        for lo, hi, rule in pairs:
            self.comparisons += 1
            score = rule.score(lo, hi)
            if score is not None:
                self._set_edge(lo.key, hi.key, score)
                linked |= {lo.key, hi.key}
        return linked

    def _set_edge(self, a: str, b: str, score: float) -> None:
        self._edges[a][b] = score
        self._edges[b][a] = score

    def _remove_article(self, article: str) -> tuple[set[str], set[Event]]:
        """Drop an article's facts; return their neighbours and the (pair, day) it was about."""
        seeds: set[str] = set()
        events: set[Event] = set()
        self._need_articles({article})
        self._known.add(article)
        self._loaded_keys.pop(article, None)  # added again: its blocks are worked out, not taken as read
        if self._source is not None:  # its neighbours' rows and its forms' copies change with it
            old = [self._items[k] for k in self._by_article.get(article, [])]
            self._need_articles({key_article(o) for i in old for o in self._edges.get(i.key, {})})
            sigs = ((i.kind, self._rules[i.kind].signature(i)) for i in old)
            self._need_forms({form_key(kind, sig) for kind, sig in sigs if sig is not None})
            self._need_records({self._record_of[i.key] for i in old if i.key in self._record_of})
        self._unfiled.pop(article, None)
        ctx = self._article_ctx.pop(article, None)
        if ctx is not None:
            events.add((ctx.pair, ctx.when))
        keys = self._by_article.pop(article, [])
        for key in keys:
            seeds |= self._unfile(key)
        dropping = set(keys)
        if dropping and self._queue:  # pairs found earlier in this update, not scored yet
            self._queue = {k: r for k, r in self._queue.items() if not dropping.intersection(k)}
        for key in keys:
            seeds |= self._promote(self._items.pop(key), dropping)
        return seeds, events

    def _unfile(self, key: str) -> set[str]:
        """Remove a fact from the blocks and the graph; return it and its neighbours."""
        item = self._items[key]
        self._locator.pop((item.mention.article, item.kind, item.index), None)
        saved = self._saved_insert.pop(key, None)
        worked = self._item_blocks.pop(key, None)
        inserts = saved if saved is not None else (worked or self._rules[item.kind].blocks(item)).insert
        for block in inserts:
            members = self._blocks.get(block)
            if members is not None:
                members.discard(key)
                if not members:
                    del self._blocks[block]
        neighbours = set(self._edges.pop(key, {}))
        for other in neighbours:
            self._edges[other].pop(key, None)
        return neighbours | {key}

    def _promote(self, item: Item, dropping: set[str]) -> set[str]:
        """Keep a form represented after its representative is gone; return the facts re-linked."""
        sig = self._rules[item.kind].signature(item)
        if sig is None:
            return set()
        same = self._same[(item.kind, sig)]
        same.discard(item.key)
        if self._rep.get((item.kind, sig)) != item.key:
            return set()
        del self._rep[(item.kind, sig)]
        live = sorted(k for k in same if k in self._items and k not in dropping)
        if not live:
            return set()
        rep = self._items[live[0]]
        self._rep[(item.kind, sig)] = rep.key
        self._file(rep, self._rules[item.kind])
        for key in live[1:]:
            self._set_edge(key, rep.key, EXACT)
        return set(live) | set(self._edges[rep.key])

    # ----------------------------------------------------------------------- kept in rows

    def _need_articles(self, hashes: Collection[str]) -> None:
        """Read the rows of the articles not read yet (kept in rows only)."""
        if self._source is None:
            return
        todo = set(hashes) - self._known
        if not todo:
            return
        self._known |= todo
        for article, row in sorted(self._source.article_rows(todo).items()):
            self._load_article(article, row)

    def _load_article(self, article: str, row: dict[str, Any]) -> None:
        ctx, items = article_from_json(row, row["records"])
        self._article_rows[article] = row
        self._article_ctx[article] = ctx
        self._by_article[article] = [i.key for i in items]
        self._loaded_keys[article] = [i.key for i in items]
        reps = set(row["reps"])
        # filed when a block of theirs is read (`_need_blocks`): the database says which articles
        # have a fact in a block, so a fact no new fact can meet is never filed
        self._unfiled[article] = [item for item in items if self._restore_item(item, reps)]
        for key, out in row["edges"].items():
            for other, score in out.items():
                self._set_edge(key, other, float(score))
        self._record_of.update(row["records"])
        blocks = row["blocks"]
        for key, positions in row["filed"].items():
            self._saved_insert[key] = [blocks[p] for p in positions]

    def _need_near(self, items: Collection[Item]) -> None:
        """Read at once the rows that new facts' forms and blocks reach (kept in rows only).

        One read for a batch, not one per fact; a fact whose form is known needs no blocks.
        """
        if self._source is None:
            return
        sigs = [(item, self._rules[item.kind].signature(item)) for item in items]
        self._need_forms({form_key(item.kind, sig) for item, sig in sigs if sig is not None})
        self._need_blocks({block for item, sig in sigs if sig is None or (item.kind, sig) not in self._rep
                           for block in self._blocks_of(item).probe})

    def _need_blocks(self, blocks: Collection[str]) -> None:
        if self._source is not None and not self._read_blocks.issuperset(blocks):
            todo = set(blocks) - self._read_blocks
            self._read_blocks |= todo
            found = self._source.articles_in_blocks(todo)
            self._need_articles(found)
            self._file_read(found)

    def _need_forms(self, forms: Collection[str]) -> None:
        if self._source is not None and not self._read_forms.issuperset(forms):
            todo = set(forms) - self._read_forms
            self._read_forms |= todo
            self._need_articles(self._source.articles_of_forms(todo))

    def _need_index(self, keys: Collection[str]) -> None:
        if self._source is not None and not self._read_index.issuperset(keys):
            todo = set(keys) - self._read_index
            self._read_index |= todo
            self._need_records(self._source.records_at(todo))

    def _need_records(self, ids: Collection[str]) -> None:
        """Read the rows of the records not read yet, and their members' articles."""
        if self._source is None:
            return
        todo = set(ids) - self._known_records
        if not todo:
            return
        self._known_records |= todo
        rows = self._source.record_rows(todo)
        self._need_articles({key_article(k) for row in rows.values() for k in row["members"]})
        for rid, row in sorted(rows.items()):
            self._record_rows[rid] = row
            made = self._make_record(list(row["members"]))
            if made != rid:
                raise StateError(f"saved record {rid} has the members of {made}")
            record = self._records[rid]
            self._links[rid] = {Link(*link) for link in row["links"]}
            record.links = sorted(self._links[rid])
            if row["count"] is not None:
                record.conflicts = sorted([*record.conflicts, conflict_from_json(row["count"])],
                                          key=lambda c: c.field)
        self._ordered = None

    def load_records(self, ids: Collection[str]) -> dict[str, Record]:
        """Return these records (those that exist), read from the rows when kept there."""
        self._need_records(ids)
        return {rid: self._records[rid] for rid in sorted(ids) if rid in self._records}

    def _article_row(self, article: str) -> dict[str, Any]:
        items = [self._items[k] for k in self._by_article[article]]
        row = article_to_json(self._article_ctx[article], items)
        filed: list[Item] = []
        forms: set[str] = set()
        reps: list[str] = []
        for item in items:
            rule = self._rules[item.kind]
            sig = rule.signature(item)
            if sig is not None:
                forms.add(form_key(item.kind, sig))
                if self._rep.get((item.kind, sig)) != item.key:
                    continue
                reps.append(item.key)
            filed.append(item)
        read = self._article_rows.get(article)
        if read is not None and self._loaded_keys.get(article) == self._by_article[article] \
                and read["reps"] == sorted(reps):
            blocks, saved = read["blocks"], read["filed"]  # the same facts filed as read: the same blocks
        else:
            blocks, saved = filed_blocks({i.key: self._insert_of(i) for i in filed})
        row["edges"] = {i.key: dict(sorted(self._edges[i.key].items()))
                        for i in items if self._edges.get(i.key)}
        row["reps"] = sorted(reps)
        row["records"] = {i.key: self._record_of[i.key] for i in items if i.key in self._record_of}
        row["blocks"] = blocks
        row["filed"] = saved
        row["forms"] = sorted(forms)
        return row

    def upgraded_row(self, row: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """Return an article row of state version 3 with each filed fact's blocks saved in it (version
        4), and whether those are the blocks it was filed in.

        The blocks are worked out as an update does. A row filed otherwise (the rules' blocks
        changed since) saves only the blocks it is filed in; its article must then be added
        again, which files it anew and compares it where it was never looked for.
        """
        _ctx, items = article_from_json(row, row["records"])
        reps = set(row["reps"])
        inserts: dict[str, Collection[str]] = {}
        for item in items:
            rule = self._rules[item.kind]
            if rule.signature(item) is None or item.key in reps:
                inserts[item.key] = rule.blocks(item).insert
        filed = set(row["blocks"])
        blocks, saved = filed_blocks({k: [b for b in found if b in filed] for k, found in inserts.items()},
                                     row["blocks"])
        same = blocks == row["blocks"] and all(filed.issuperset(found) for found in inserts.values())
        return row | {"filed": saved}, same

    def _record_row(self, rid: str) -> dict[str, Any]:
        record = self._records[rid]
        count = next((c for c in record.conflicts if c.field == "count"), None)
        return {"kind": record.kind, "members": list(self._members[rid]),
                "links": [[ln.source, ln.target, ln.relation] for ln in record.links],
                "count": conflict_to_json(count) if count is not None else None,
                "index": sorted(self._index_keys.get(rid, ()))}

    def all_rows(self) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
        """Return every article's row and every record's row (to keep a whole register in rows)."""
        return ({a: self._article_row(a) for a in sorted(self._by_article)},
                {rid: self._record_row(rid) for rid in sorted(self._records)})

    def changed_rows(self) -> tuple[dict[str, dict[str, Any] | None], dict[str, dict[str, Any] | None]]:
        """Return the article and record rows that differ from those read (None: delete the row)."""
        articles: dict[str, dict[str, Any] | None] = {}
        for article in sorted(self._known):
            row = self._article_row(article) if article in self._by_article else None
            if row != self._article_rows.get(article):
                articles[article] = row
        records: dict[str, dict[str, Any] | None] = {}
        for rid in sorted(self._known_records):
            rrow = self._record_row(rid) if rid in self._records else None
            if rrow != self._record_rows.get(rid):
                records[rid] = rrow
        return articles, records

    def rows_read(self, articles: Collection[str]) -> dict[str, dict[str, Any]]:
        """Return the rows of these articles as they were read from the source (those that were)."""
        return {a: self._article_rows[a] for a in articles if a in self._article_rows}

    # ----------------------------------------------------------------------- clustering

    def _component(self, seeds: set[str]) -> set[str]:
        """Return every fact connected by edges to a live seed."""
        seen = {k for k in seeds if k in self._items}
        frontier = set(seen)
        while frontier:  # ring by ring, so the rows of a whole ring are read at once
            self._need_articles({key_article(o) for key in frontier for o in self._edges.get(key, {})
                                 if o not in self._items})
            frontier = {o for key in frontier for o in self._edges.get(key, {})} - seen
            seen |= frontier
        return seen

    def _clusters(self, keys: set[str]) -> list[list[str]]:
        """Return the groups the facts in `keys` form (greedy, best edge first)."""
        groups = {k: self._singleton(k) for k in keys}
        owner = {k: k for k in keys}
        edges = sorted((-s, a, b) for a in keys for b, s in self._edges.get(a, {}).items() if a < b)
        affinity = _Affinity(self)
        for _neg, a, b in edges:
            if not affinity.allows(self._items[a], self._items[b]):
                continue
            ga, gb = owner[a], owner[b]
            if ga == gb or not self._may_merge(groups[ga], groups[gb]):
                continue
            # the smaller group joins the larger: which label survives does not change the grouping
            keep, gone = (ga, gb) if len(groups[ga].members) >= len(groups[gb].members) else (gb, ga)
            merged = groups.pop(gone)
            groups[keep].absorb(merged)
            for k in merged.members:
                owner[k] = keep
        return [sorted(g.members) for g in groups.values()]

    def _singleton(self, key: str) -> _Cluster:
        item = self._items[key]
        sig = self._rules[item.kind].signature(item)
        return _Cluster([key], {key if sig is None else (0, sig): item}, {item.ctx.hash})

    def _may_merge(self, left: _Cluster, right: _Cluster) -> bool:
        rule = self._rules[next(iter(left.forms.values())).kind]
        if not rule.same_article and left.articles & right.articles and not all(
            rule.told_twice(a, b)
            for a in left.forms.values() for b in right.forms.values() if a.ctx.hash == b.ctx.hash
        ):
            return False
        for a in left.forms.values():
            for b in right.forms.values():
                lo, hi = (a, b) if a.key < b.key else (b, a)
                if not rule.compatible(lo, hi):
                    return False
        return True

    def _rebuild(self, seeds: set[str], events: set[Event]) -> set[str]:
        """Re-form the records the seeds touch and the derived parts near them; return changed ids."""
        component = self._component(seeds)
        # only documents and counts feed the count conflicts; people and meetings do not
        events |= {
            (i.ctx.pair, i.ctx.when)
            for i in (self._items[k] for k in component)
            if i.kind in ("instruments", "figures")
        }
        stale = {self._record_of.pop(k) for k in seeds | component if k in self._record_of}
        self._need_records(stale)
        before: dict[str, Record | None] = {}
        for rid in sorted(stale):
            self._snap(rid, before)
            self._drop_record(rid, before)
        fresh = {self._make_record(group) for group in self._clusters(component)}
        for rid in fresh:
            before.setdefault(rid, None)  # new: later snapshots (count conflicts) must not hide it
        for rid in sorted(fresh):
            self._link_instrument(rid, before)
        self._refresh_counts(fresh, events, before)
        changed = {rid for rid in set(before) | fresh if before.get(rid) != self._records.get(rid)}
        self._place_documents(changed | fresh)
        self._changed |= changed
        self._ordered = None
        return changed

    def _place_documents(self, rids: set[str]) -> None:
        """Set the `cluster` of the facts of these records, and of the later steps of their documents."""
        todo = sorted(rid for rid in rids if rid in self._records)
        seen = set(todo)
        while todo:
            rid = todo.pop()
            later = {ln.target for ln in self._records[rid].links
                     if ln.source == rid and ln.relation in ONE_DOCUMENT} - seen
            self._need_records(later)
            later = {t for t in later if t in self._records}
            seen |= later
            todo += sorted(later)
        for rid in sorted(seen):
            document = self.document_of(rid)
            for item in self.items_of(rid):
                item.fact.cluster = document

    def _snap(self, rid: str, before: dict[str, Record | None]) -> None:
        """Keep a copy of a record as it was before this update (once)."""
        if rid not in before:
            record = self._records.get(rid)
            # records are rebuilt and their lists replaced, never changed in place: a shallow
            # copy keeps the old state
            before[rid] = copy.copy(record) if record is not None else None

    def _drop_record(self, rid: str, before: dict[str, Record | None]) -> None:
        self._records.pop(rid, None)
        for key in self._members.pop(rid, ()):
            self._record_of.pop(key, None)
        for key in self._index_keys.pop(rid, frozenset()):
            self._index[key].discard(rid)
        for link in self._links.pop(rid, set()):
            partner = link.target if link.source == rid else link.source
            self._need_records({partner})
            self._snap(partner, before)
            self._links[partner].discard(link)
            if partner in self._records:
                self._records[partner].links = sorted(self._links[partner])

    def _make_record(self, keys: list[str]) -> str:
        items = [self._items[k] for k in keys]
        kind = items[0].kind
        digest = hashlib.sha1(keys[0].encode()).hexdigest()[:10]
        rid = f"{RECORD_PREFIX[kind]}-{digest}"
        fields, conflicts = FIELDS[kind](items)
        mentions = sorted((i.mention for i in items), key=Mention.sort_key)
        self._records[rid] = Record(rid, kind, fields, mentions, sorted(conflicts, key=lambda c: c.field))
        self._members[rid] = tuple(keys)
        self._known_records.add(rid)
        for item in items:
            self._record_of[item.key] = rid
            item.fact.record = item.fact.cluster = rid  # a later step's `cluster`: `_place_documents`
        self._file_record(rid)
        return rid

    # ----------------------------------------------------------------------- derived parts

    def _group(self, rid: str) -> Group:
        return Group(self._records[rid], tuple(self.items_of(rid)))

    def _file_record(self, rid: str) -> None:
        """Index an instrument or figure record by subject words and month, for the derived parts."""
        record = self._records[rid]
        if record.kind not in ("instruments", "figures"):
            return
        pair = "-".join(record.fields.get("pair") or [])
        group = self._group(rid)
        days = record_days(group)
        keys = {str(BlockKey("T", (record.kind, pair, f"{d:%Y-%m}"))) for d in days}
        if record.kind == "instruments":
            years = {f"{d.year}" for d in days} or {"?"}
            keys |= {str(BlockKey("W", (pair, w, y))) for w in subject_keys(group) for y in years | {"*"}}
        self._index_keys[rid] = frozenset(keys)
        for key in keys:
            self._index[key].add(rid)

    def _link_candidates(self, rid: str) -> set[str]:
        probes = self._link_probes(rid)
        self._need_index(probes)
        return {c for key in probes for c in self._index.get(key, ())} - {rid}

    def _link_instrument(self, rid: str, before: dict[str, Record | None]) -> None:
        """Find the lifecycle links of a new instrument record with records on the same subject."""
        record = self._records[rid]
        if record.kind != "instruments":
            return
        group = self._group(rid)
        for other in sorted(self._link_candidates(rid)):
            other_group = self._group(other)
            for a, b in ((group, other_group), (other_group, group)):
                relation_name = relation(a, b, self.options)
                if relation_name:
                    link = Link(a.record.id, b.record.id, relation_name)
                    self._links[rid].add(link)
                    self._snap(other, before)
                    self._links[other].add(link)
                    self._records[other].links = sorted(self._links[other])
        record.links = sorted(self._links[rid])

    def _link_probes(self, rid: str) -> set[str]:
        """Return where to look for records one instrument record may be linked with.

        Lifecycle steps come within a few years; a record of unknown date looks everywhere.
        """
        probes: set[str] = set()
        horizon = self.options.link_horizon_years
        for text in self._index_keys[rid]:
            key = BlockKey.parse(text)
            year = key.parts[-1]
            if key.kind != "W" or year == "*":
                continue
            base = BlockKey(key.kind, key.parts[:-1])
            near = [str(int(year) + k) for k in range(-horizon, horizon + 1)] if year != "?" else []
            years = [*near, "?"] if near else ["*"]
            probes |= {str(base.sliced(y)) for y in years}
        return probes

    def _near(self, kind: str, pair: str, day: date) -> set[str]:
        """Return the records of a kind and pair filed under the months around `day`."""
        window = timedelta(days=self.options.count_window_days)
        keys = {str(BlockKey("T", (kind, pair, f"{d:%Y-%m}"))) for d in (day - window, day, day + window)}
        self._need_index(keys)
        return {rid for key in keys for rid in self._index.get(key, ())}

    def _refresh_counts(self, fresh: set[str], events: set[Event], before: dict[str, Record | None]) -> None:
        """Recompute the count conflicts of the document-counting figures near the changes."""
        figures = {rid for rid in fresh if self._records[rid].kind == "figures"}
        for pair, day in events:
            if pair and day:
                figures |= self._near("figures", pair, day)
        for rid in sorted(figures):
            self._snap(rid, before)
            self._count_conflict(rid)

    def _count_conflict(self, rid: str) -> None:
        record = self._records[rid]
        pair = "-".join(record.fields.get("pair") or [])
        group = self._group(rid)
        days = record_days(group)
        instruments = sorted({i for d in days for i in self._near("instruments", pair, d)})
        others = sorted({f for d in days for f in self._near("figures", pair, d)})
        record.conflicts = [c for c in record.conflicts if c.field != "count"]
        conflict = count_conflict(
            group,
            [self._group(i) for i in instruments],
            [self._group(f) for f in others],
            self.options,
        )
        if conflict is not None:
            record.conflicts = sorted([*record.conflicts, conflict], key=lambda c: c.field)


def filed_blocks(inserts: dict[str, Collection[str]],
                 among: list[str] | None = None) -> tuple[list[str], dict[str, list[int]]]:
    """Return the blocks of an article's filed facts (sorted) and, by fact key, the positions of each
    fact's blocks in a list (what a row saves, so a fact read from it is filed without working them
    out): that sorted list, or `among` when given (it must hold them all)."""
    blocks = sorted(set().union(*inserts.values()))
    where = {block: n for n, block in enumerate(among if among is not None else blocks)}
    return blocks, {key: sorted(where[b] for b in found) for key, found in sorted(inserts.items()) if found}


def _semantic_name(options: ResolveOptions) -> str | None:
    return options.semantic.name if options.semantic is not None else None


def consolidate(facts: Iterable[ArticleFacts], options: ResolveOptions | None = None) -> Register:
    """Return the register of all articles' facts (and set each fact's `record` and `cluster`)."""
    register = Register(options)
    register.add_all(facts)
    return register
