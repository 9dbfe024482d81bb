"""Initiatives over time: where each stood on a day, and the instruments and commitments that carry it.

An initiative record keeps the state each report gave it (`history`, earliest first). Its
state on a day is the furthest the reports up to that day took it (proposed → agreed →
under way → done), or dropped when a report drops it, with the report that set it as
evidence; an initiative first reported after the day is not listed yet. The carriers are
found in the register: an instrument or commitment reported in the same sentence, an
instrument named by "under the MoU", or one of the same pair about the same subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import cast

from accord import shapes
from accord.resolve.canon import initiative_progress
from accord.resolve.model import Mention, Record
from accord.resolve.register import Register
from accord.resolve.text import sector_labels, word_similarity

# "under the MoU", "within the framework of the agreement": the initiative is carried by the document
_UNDER = re.compile(r"(?i)\b(?:under|through|as\s+part\s+of|within\s+the\s+framework\s+of|pursuant\s+to|"
                    r"in\s+line\s+with)\s+(?:the|this|that|these|a|an)\s+(?:\w+\s+){0,4}?"
                    r"(mou|memorand\w*|agreements?|accords?|roadmap|treaty|protocol|programme|program|deal)\b")
# The instrument types the document word after "under the" can name.
_UNDER_TYPES = {"mou": {"mou"}, "memorand": {"mou"}, "agreement": {"agreement", "other"},
                "accord": {"agreement", "other"}, "deal": {"agreement", "other"}, "roadmap": {"roadmap"},
                "treaty": {"treaty"}, "protocol": {"protocol"}, "programme": {"programme"},
                "program": {"programme"}}
SAME_SUBJECT = 0.3  # how alike (in content words) an instrument's subject must be to an initiative's


@dataclass(frozen=True, slots=True)
class InitiativeStatus:
    """Where an initiative stands on a day: its state, since when, and the report that says so."""

    state: str
    since: date | None
    evidence: Mention | None


@dataclass(frozen=True, slots=True)
class Carrier:
    """An instrument or commitment that carries an initiative, and how it was found."""

    record: str
    kind: str
    relation: str  # "same_sentence" | "under" | "same_subject"

    def to_json(self) -> shapes.Carrier:
        # relation is one of the three the shape names (set where a carrier is found)
        return cast(shapes.Carrier, {"record": self.record, "kind": self.kind, "relation": self.relation})


def initiative_status(record: Record, as_of: date) -> InitiativeStatus | None:
    """Return the initiative's state on `as_of` from the reports up to that day (None: not reported yet)."""
    steps = [h for h in record.fields.get("history") or []
             if h.get("reported") is None or date.fromisoformat(h["reported"]) <= as_of]
    progress = initiative_progress(steps)
    if progress is None:
        return None
    step, since = progress
    mention = next((m for m in record.mentions
                    if m.article_name == step.get("article") and m.quote == step.get("quote")), None)
    return InitiativeStatus(step["state"], date.fromisoformat(since) if since else None, mention)


def carriers(record: Record, register: Register) -> list[Carrier]:
    """Return the instruments and commitments that carry an initiative, nearest evidence first.

    "Under the MoU" in an initiative's report names an instrument of that type in the same report.
    """
    found: dict[str, Carrier] = {}
    spans = {(m.article, m.start, m.end) for m in record.mentions}
    under = {(m.article, _under_type(said.group(1))) for m in record.mentions
             if (said := _UNDER.search(m.quote))}
    pair = record.fields.get("pair") or []
    for other in register.records.values():
        if other.kind not in ("instruments", "commitments"):
            continue
        relation = _relation(record, other, spans, under, pair)
        if relation is not None:
            found[other.id] = Carrier(other.id, other.kind, relation)
    order = {"same_sentence": 0, "under": 1, "same_subject": 2}
    return sorted(found.values(), key=lambda c: (order[c.relation], c.record))


def _under_type(word: str) -> str:
    word = word.lower().rstrip("s")
    return next(k for k in _UNDER_TYPES if word.startswith(k))


def _relation(record: Record, other: Record, spans: set[tuple[str, int, int]], under: set[tuple[str, str]],
              pair: list[str]) -> str | None:
    mentions = other.mentions
    if any(_overlaps(m, spans) for m in mentions):
        return "same_sentence"
    kind = str(other.fields.get("type") or "other")
    if other.kind == "instruments" and any(kind in _UNDER_TYPES[word] for a, word in under
                                           for m in mentions if m.article == a):
        return "under"  # "under the MoU": an MoU of the same report
    same_pair = (other.fields.get("pair") or []) == pair
    if other.kind == "instruments" and same_pair and _same_subject(record, other):
        return "same_subject"
    return None


def _overlaps(m: Mention, spans: set[tuple[str, int, int]]) -> bool:
    return any(m.article == a and m.start < e and s < m.end for a, s, e in spans)


def _same_subject(initiative: Record, instrument: Record) -> bool:
    """Say whether an instrument is about what the initiative is: a shared sector and alike words."""
    a, b = _about(initiative), _about(instrument)
    la, lb = sector_labels(a), sector_labels(b)
    return bool(la & lb) and word_similarity(a, b) >= SAME_SUBJECT


def _about(record: Record) -> str:
    return " ; ".join([str(record.fields.get("subject") or ""), *(record.fields.get("sectors") or [])])
