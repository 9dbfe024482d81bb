"""A register's working state as plain JSON-able data, so it can be saved and updated later.

What is kept is what costs the work: each article's context and facts, and the graph of
scored edges between facts (the comparisons). Blocks and records are cheap to make again
from those, and are made again on restore, so a restored register answers and updates
exactly as the one saved.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Hashable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, cast

from accord.core import FACT_KINDS, MentionKey, fact_from_json
from accord.errors import StoreError
from accord.resolve.items import ArticleContext, Item, item_of
from accord.resolve.model import Conflict, ConflictValue, Mention

if TYPE_CHECKING:
    from accord import shapes  # pydantic's models: types here, not needed to consolidate

STATE_VERSION = 4  # 2: articles no longer keep their vague counts; 3: people blocked by pair;
# 4: an article's row saves where each of its facts is filed ("filed")
UPGRADABLE = 3  # rows of this version take the blocks of version 4 in place (`Register.upgraded_row`)


class StateError(StoreError):
    """A saved register state that cannot be read (another version, or damaged)."""

    code = "E310"


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def mention_to_json(m: Mention) -> dict[str, Any]:
    """Return a mention as a JSON object."""
    return {
        "article": m.article,
        "article_name": m.article_name,
        "kind": m.kind,
        "index": m.index,
        "quote": m.quote,
        "start": m.start,
        "end": m.end,
        "published": _iso(m.published),
        "outlet": m.outlet,
        "official": m.official,
        "manual": m.manual,
    }


def mention_json(m: Mention) -> shapes.Mention:
    """Return a mention as the lists show it: its stable key ("hash:kind:index"), then its JSON object."""
    return cast("shapes.Mention", {"key": str(MentionKey(m.article, m.kind, m.index)), **mention_to_json(m)})


def mention_from_json(data: dict[str, Any]) -> Mention:
    """Return the mention a JSON object describes (inverse of `mention_to_json`)."""
    return Mention(
        data["article"],
        data["article_name"],
        data["kind"],
        data["index"],
        data["quote"],
        data["start"],
        data["end"],
        _day(data["published"]),
        data["outlet"],
        data["official"],
        data.get("manual", False),
    )


def context_to_json(ctx: ArticleContext) -> dict[str, Any]:
    """Return an article's context as a JSON object."""
    return {
        "hash": ctx.hash,
        "name": ctx.name,
        "published": _iso(ctx.published),
        "outlet": ctx.outlet,
        "official": ctx.official,
        "pair": ctx.pair,
        "when": _iso(ctx.when),
        "people": [list(p) for p in ctx.people],
        "manual": ctx.manual,
    }


def context_from_json(data: dict[str, Any]) -> ArticleContext:
    """Return the article context a JSON object describes (inverse of `context_to_json`)."""
    return ArticleContext(
        data["hash"],
        data["name"],
        _day(data["published"]),
        data["outlet"],
        data["official"],
        data["pair"],
        _day(data["when"]),
        tuple((name, code) for name, code in data["people"]),
        data.get("manual", False),
    )


def article_to_json(ctx: ArticleContext, items: list[Item]) -> dict[str, Any]:
    """Return one article's context and facts (kind by kind, in their order) as a JSON object.

    A saved fact keeps its record under `cluster`, as the state always has; its document (the
    facts format's `cluster`) is not saved: the register works it out from the links.
    """
    out: dict[str, Any] = {"context": context_to_json(ctx)}
    for kind in FACT_KINDS:
        facts = sorted((i for i in items if i.kind == kind), key=lambda i: i.index)
        out[kind] = [_saved_fact(i.fact.to_json()) for i in facts]
    return out


def _saved_fact(data: dict[str, Any]) -> dict[str, Any]:
    return {"cluster": data.pop("record"), **{k: v for k, v in data.items() if k != "cluster"}}


def article_from_json(data: dict[str, Any], keys: Collection[str] = ()) -> tuple[ArticleContext, list[Item]]:
    """Return the context and the items of one saved article.

    `keys` are item keys saved with it (a row's edges and records name its facts by key): a fact
    whose key is among them takes it instead of hashing its content again.
    """
    ctx = context_from_json(data["context"])
    saved = {(kind, int(index)): key for key in keys for _, kind, _, _, _, index in [key.rsplit(":", 5)]}
    items = [
        item_of(ctx, kind, index, fact_from_json(kind, fact | {"record": fact.get("cluster")}),
                saved.get((kind, index)))
        for kind in FACT_KINDS
        for index, fact in enumerate(data.get(kind, []))
    ]
    return ctx, items


def check_version(state: dict[str, Any]) -> None:
    """Refuse a state this version of accord did not write."""
    if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
        found = state.get("version") if isinstance(state, dict) else type(state).__name__
        raise StateError(f"register state of version {found!r}; expected {STATE_VERSION}")


def conflict_to_json(c: Conflict) -> dict[str, Any]:
    """Return a conflict as a JSON object (its values must be JSON values already)."""
    return {"field": c.field,
            "values": [{"value": v.value, "mentions": [mention_to_json(m) for m in v.mentions]}
                       for v in c.values]}


def conflict_from_json(data: dict[str, Any]) -> Conflict:
    """Return the conflict a JSON object describes (inverse of `conflict_to_json`)."""
    values = (ConflictValue(v["value"], tuple(mention_from_json(m) for m in v["mentions"]))
              for v in data["values"])
    return Conflict(data["field"], tuple(values))


def form_key(kind: str, signature: Hashable) -> str:
    """Return a stable text key for a form (a kind and a rule's signature), to file it by in rows."""
    return f"{kind}|{hashlib.sha1(repr(signature).encode()).hexdigest()[:20]}"


def key_article(key: str) -> str:
    """Return the content hash of the article a fact key (see `items.item_of`) belongs to."""
    return key.split(":", 1)[0]


class RegisterSource(Protocol):
    """Where a register kept in rows (one per article, one per record) reads what an update needs.

    Each article's row holds its facts, their scored edges, which of them represent their
    form and which record each is in; each record's row its members, links and count
    conflict. An update reads only the rows its new facts' blocks and forms reach.
    """

    def articles_in_blocks(self, blocks: Collection[str]) -> set[str]:
        """Return the articles with a fact filed in any of these blocks."""
        ...

    def articles_of_forms(self, forms: Collection[str]) -> set[str]:
        """Return the articles with a fact of any of these forms (see `form_key`)."""
        ...

    def article_rows(self, hashes: Collection[str]) -> dict[str, dict[str, Any]]:
        """Return the saved rows of these articles, by content hash."""
        ...

    def records_at(self, keys: Collection[str]) -> set[str]:
        """Return the records filed under any of these derived-part keys."""
        ...

    def record_rows(self, ids: Collection[str]) -> dict[str, dict[str, Any]]:
        """Return the saved rows of these records, by id."""
        ...
