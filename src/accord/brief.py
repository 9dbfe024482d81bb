"""A one-page Markdown brief of a relationship, where every sentence cites the reports it rests on.

Citations read `[Outlet YYYY-MM-DD]` (the article name when the outlet is unknown); the
Sources section at the end gives the article behind each label.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from accord.curation import CuratedRegister
from accord.registry import (
    QueryError,
    cite,
    commitments,
    conflicts,
    instruments,
    pair_key,
    pair_names,
)
from accord.resolve import Mention, Record

MAX_CITES = 4  # a sentence cites its earliest few reports; the record has the rest


def _cites(mentions: Iterable[Mention]) -> str:
    labels = list(dict.fromkeys(_cite(m) for m in sorted(mentions, key=Mention.sort_key)))
    more = f" (+{len(labels) - MAX_CITES} more)" if len(labels) > MAX_CITES else ""
    return " ".join(labels[:MAX_CITES]) + more


def _cite(m: Mention) -> str:
    # the outlet comes from the article: escaped so it cannot close the bracket early
    return "[" + _md(cite(m)[1:-1]) + "]"


def _md(value: Any) -> str:
    """Return a value for Markdown: brackets and emphasis marks from article text are escaped."""
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return "".join("\\" + ch if ch in "[]*_`<>#|" else ch for ch in text)


def _on(day: str | None) -> str:
    return f" on {day}" if day else ""


def _meeting(record: Record) -> str:
    f = record.fields
    kind = f["kind"].replace("_", " ")
    what = "Talks" if kind == "talks" else f"A {kind}"
    who = f" with {_md(' and '.join(f['participants']))}" if f.get("participants") else ""
    where = f" in {_md(f['place'])}" if f.get("place") else ""
    return f"- {_md(what)}{who}{where} took place{_on(f.get('date'))}. {_cites(record.mentions)}"


_TYPE_WORDS = {"mou": "MoU", "agreement": "agreement", "treaty": "treaty", "convention": "convention",
               "protocol": "protocol", "roadmap": "roadmap", "programme": "programme", "plan": "plan",
               "declaration": "declaration", "other": "instrument"}


def instrument_name(fields: dict[str, Any]) -> str:
    """Return how prose names an instrument: its own title, or "the MoU on e-commerce"."""
    subject, kind = str(fields.get("subject") or ""), str(fields.get("type") or "other")
    word = _TYPE_WORDS.get(kind, kind)
    subject_words = subject.lower().replace("memorandum of understanding", "mou").split()
    if subject[:1].isupper() or word.lower() in subject_words or kind in subject_words:
        # a title ("Roadmap for Comprehensive Cooperation …") or a phrase that names its type
        return subject if subject[:1].isupper() else f"the {subject}"
    return f"the {word} on {subject}"


def _instrument(record: Record, register: CuratedRegister) -> list[str]:
    f = record.fields
    n = len({m.article for m in record.mentions})
    name = instrument_name(f)
    lines = [f"- {_md(name[:1].upper() + name[1:])} was {_md(f['status'])}{_on(f.get('date'))}, "
             f"as {n} report{'s' * (n != 1)} {'say' if n != 1 else 'says'}. {_cites(record.mentions)}"]
    for link in record.links:
        if link.source == record.id and link.target in register.records:
            target = register.records[link.target]
            lines.append(f"  - It was later {_md(link.relation)} {_md(instrument_name(target.fields))}"
                         f"{_on(target.fields.get('date'))}. {_cites(target.mentions)}")
    return lines


def label(record: Record) -> str:
    """Return how prose names a record ("the mou on renewable energy", "Ingrid Halvorsen")."""
    f = record.fields
    named = {
        "instruments": lambda: instrument_name(f),
        "commitments": lambda: f"the undertaking to {f['action']}",
        "meetings": lambda: f"the {f['kind'].replace('_', ' ')}{_on(f.get('date'))}",
        "people": lambda: str(f["name"]),
        "figures": lambda: f"the figure {f['value']}",
    }
    return _md(named[record.kind]()) if record.kind in named else record.id


def _section(title: str, lines: list[str]) -> list[str]:
    return [f"## {title}", "", *lines, ""] if lines else []


def _sources(records: Iterable[Record]) -> list[str]:
    names: dict[str, set[str]] = {}
    for record in records:
        for m in record.mentions:
            names.setdefault(cite(m)[1:-1], set()).add(m.article_name)
    # escaped brackets: "[label]: name" would read as a link definition and vanish
    return [f"- \\[{_md(label)}\\] — {_md(sorted(arts))}" for label, arts in sorted(names.items())]


def brief(register: CuratedRegister, pair: str, as_of: date) -> str:
    """Return the Markdown brief of a pair key ("BY-PK") as known on `as_of`."""
    records = [r for r in register.records.values() if pair_key(r) == pair]
    if not records:
        raise QueryError(f"the register holds nothing about the pair {pair}")
    a, b = pair_names(pair)
    meetings = sorted((r for r in records if r.kind == "meetings"),
                      key=lambda r: (str(r.fields.get("date")), r.id))
    lines = [f"# {a} and {b}: relationship brief", "",
             f"As of {as_of.isoformat()}; every statement cites the reports listed under Sources.", ""]
    lines += _section("Meetings", [_meeting(r) for r in meetings])
    lines += _section("Agreements and other instruments",
                      [ln for v in instruments(register, pair) for ln in _instrument(v.record, register)])
    lines += _section(f"Commitments as of {as_of.isoformat()}", [
        f"- {_md(v.record.fields.get('actor') or 'The sides')} undertook to {_md(v.record.fields['action'])}"
        f"{' ' + _md(v.record.fields['deadline_text']) if v.record.fields.get('deadline_text') else ''}: "
        f"{v.status.replace('_', ' ')} ({_md(v.reason)}). {_cites(v.evidence)}"
        for v in commitments(register, as_of, pair=pair)])
    lines += _section("Where the sources disagree", [
        f"- On the {_md(v.conflict.field)} of {label(v.record)}, the reports give "
        + "; ".join(f"“{_md(side.value)}” {_cites(side.mentions)}" for side in v.conflict.values) + "."
        for v in conflicts(register, pair)])
    lines += _section("Sources", _sources(records))
    return "\n".join(lines).rstrip() + "\n"
