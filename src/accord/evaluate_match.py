"""Matching predicted facts to gold facts, one article and one kind at a time.

Pairs are one-to-one and chosen greedily, best candidate first, under the rules of
`../shared/tools/score.py` (restated in `accord.evaluate`'s docstring). Inputs are
facts-format JSON objects, so gold files, prediction files and `ArticleFacts.to_json()`
are all scored the same way.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from accord.evaluate_text import (
    Parties,
    ScoredText,
    Span,
    WordSets,
    fold,
    jaccard,
    name_key,
    number_in,
    role_words,
    same_person,
    subject_words,
)

# Gold files and predictions spell three fields differently; either spelling is read.
FIELD_SPELLINGS: dict[str, tuple[str, ...]] = {
    "subject": ("subject", "title_or_subject"),
    "status": ("status", "status_in_article"),
    "cluster": ("cluster", "id"),
}

ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "instruments": ("type", "status"),
    "commitments": ("deadline", "deadline_month"),
    "meetings": ("kind",),
    "people": ("role",),
    "figures": (),
}


def get_field(item: dict[str, Any], name: str) -> Any:
    """Return the first non-null value of `name` under any of its spellings."""
    for key in FIELD_SPELLINGS.get(name, (name,)):
        if item.get(key) is not None:
            return item[key]
    return None


def flat_text(value: Any) -> str:
    """Return a field as one string: '' for null, list items joined by ' ; '."""
    if value is None:
        return ""
    if isinstance(value, list):
        return " ; ".join(flat_text(v) for v in value)
    return str(value)


def lowered(value: Any) -> str | None:
    """Return a value as trimmed lower-case text (None stays None)."""
    return None if value is None else str(value).strip().lower()


# --------------------------------------------------------------------------- attributes

MEETING_CLASSES = (
    "visit", "talks", "signing_ceremony", "press_conference", "business_forum",
    "commission_session", "summit", "call", "other",
)
# First rule that fires wins: a phone call about a visit is a call, a courtesy call is talks.
_MEETING_KEYWORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern)) for label, pattern in (
        ("call", r"\b(tele)?phone\b|\bvideo\s*(call|conference|link)\b|\bvirtual\b|\bteleconference\b"),
        ("press_conference",
         r"\bpress\b|\bpresser\b|\bnews conference\b|\bmedia (briefing|talk|stakeout)\b|\bbriefing\b"),
        ("signing_ceremony", r"\bsigning\b|\bexchange\b|\bexchanged\b"),
        ("business_forum", r"\bforum\b"),
        ("commission_session", r"\bcommission\b|\bcouncil\b|\bcommittee\b|\bsession\b|\bworking group\b"),
        ("summit", r"\bsummit\b"),
        ("talks", r"\btalks?\b|\bmeeting\b|\bmeet\b|\bnegotiations?\b|\bconsultations?\b|\bdiscussions?\b"
                  r"|\bdialogue\b|\bcourtesy call\b|\bcall(ed)? on\b|\baudience\b|\bone on one\b"
                  r"|\btete a tete\b"),
        ("visit", r"\bvisit\b"),
    )
)
_PARENTHESES = re.compile(r"\([^)]*\)")


def meeting_class(kind: Any) -> str | None:
    """Return the coarse class of an enumerated or free-text meeting kind."""
    if kind is None:
        return None
    text = fold(str(kind)).replace("_", " ").replace("-", " ")
    text = " ".join(_PARENTHESES.sub(" ", text).split())
    if text.replace(" ", "_") in MEETING_CLASSES:
        return text.replace(" ", "_")
    return next((label for label, rule in _MEETING_KEYWORDS if rule.search(text)), "other")


def status_class(status: Any) -> str | None:
    """Return an instrument status with 'finalized' and 'issued' made one class."""
    text = lowered(status)
    return "finalized/issued" if text in ("finalized", "finalised", "issued") else text


def roles_agree(pred: Any, gold: Any) -> bool:
    """Return True when the roles share a distinctive word (any word if gold has none)."""
    p_content, p_all = role_words(flat_text(pred))
    g_content, g_all = role_words(flat_text(gold))
    return bool(p_content & g_content) if g_content else bool(p_all & g_all)


def attribute_checks(kind: str, pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool]:
    """Return {attribute: correct} for each scored attribute the gold fact states."""
    checks: dict[str, bool] = {}
    if kind == "instruments":
        if gold.get("type") is not None:
            checks["type"] = lowered(pred.get("type")) == lowered(gold["type"])
        if get_field(gold, "status") is not None:
            said = status_class(get_field(pred, "status"))
            checks["status"] = said == status_class(get_field(gold, "status"))
    elif kind == "commitments":
        due = lowered(gold.get("deadline"))
        if due is not None:
            said = lowered(pred.get("deadline"))
            checks["deadline"] = said == due
            # compared at most to the month, or to the gold's own coarser precision
            checks["deadline_month"] = said is not None and said[:len(due[:7])] == due[:7]
    elif kind == "meetings":
        if gold.get("kind") is not None:
            checks["kind"] = meeting_class(pred.get("kind")) == meeting_class(gold["kind"])
    elif kind == "people" and gold.get("role") is not None:
        checks["role"] = roles_agree(pred.get("role"), gold["role"])
    return checks


# --------------------------------------------------------------------------- facts


@dataclass(slots=True)
class ScoredFact:
    """A gold or predicted fact with what matching compares computed once."""

    index: int
    raw: dict[str, Any]
    span: Span | None
    sentences: frozenset[int]
    cluster: str | None
    words: WordSets = (frozenset(), frozenset())
    name: tuple[str, ...] = ()
    number: float | None = None


def scored_facts(data: dict[str, Any], kind: str, article: ScoredText, parties: Parties) -> list[ScoredFact]:
    """Return the facts of one kind in a gold or prediction object, ready to match."""
    out: list[ScoredFact] = []
    for index, item in enumerate(data.get(kind) or []):
        if kind == "commitments" and item.get("change") == "done":
            continue  # an act reported done is evidence for a promise, not one (`extract.rules.completions`)
        evidence = item.get("evidence")
        span = article.locate(evidence) if evidence is not None else None
        cluster = get_field(item, "cluster")
        fact = ScoredFact(index, item, span, article.sentences(span) if span else frozenset(),
                          None if cluster is None else str(cluster))
        if kind == "instruments":
            subject = [flat_text(get_field(item, "subject")), flat_text(item.get("sectors"))]
            fact.words = subject_words(subject, parties)
        elif kind == "people":
            fact.name = name_key(flat_text(item.get("name")))
        elif kind == "figures":
            fact.number = number_in(item.get("value"))
            if fact.number is None:
                fact.number = number_in(item.get("number"))
            fact.words = subject_words([flat_text(item.get("what"))], Parties())
        out.append(fact)
    return out


# --------------------------------------------------------------------------- candidates

# (pred index, gold index, score): the first two score entries rank a pair, the rest
# only break ties after the "fewer rivals" rule
Candidate = tuple[int, int, tuple[float, ...]]
CandidateFinder = Callable[[list[ScoredFact], list[ScoredFact]], list[Candidate]]


def _agreeing(kind: str, pred: ScoredFact, gold: ScoredFact) -> float:
    return float(sum(attribute_checks(kind, pred.raw, gold.raw).values()))


def instrument_pairs(preds: list[ScoredFact], golds: list[ScoredFact]) -> list[Candidate]:
    """Return instrument pairs in one sentence whose subjects share enough content words."""
    out: list[Candidate] = []
    for p in preds:
        for g in golds:
            if p.span is None or g.span is None or not p.sentences & g.sentences:
                continue
            # a gold subject made only of generic words is compared on its loose words
            mine, theirs = (p.words[0], g.words[0]) if g.words[0] else (p.words[1], g.words[1])
            common = mine & theirs
            # half the predicted words must be the gold's, so a whole sentence offered as
            # the subject cannot match each instrument it lists
            if common and 2 * len(common) >= len(mine):
                out.append((p.index, g.index,
                            (jaccard(mine, theirs), p.span.iou(g.span), _agreeing("instruments", p, g))))
    return out


def overlapping_pairs(kind: str) -> CandidateFinder:
    """Return the finder of pairs whose evidence spans share a character."""

    def find(preds: list[ScoredFact], golds: list[ScoredFact]) -> list[Candidate]:
        out: list[Candidate] = []
        for p in preds:
            for g in golds:
                if p.span is None or g.span is None:
                    continue
                common = p.span.shared(g.span)
                if common:
                    out.append((p.index, g.index, (float(common), p.span.iou(g.span), _agreeing(kind, p, g))))
        return out

    return find


def people_pairs(preds: list[ScoredFact], golds: list[ScoredFact]) -> list[Candidate]:
    """Return pairs of people whose normalised names may denote one person."""
    out: list[Candidate] = []
    for p in preds:
        for g in golds:
            similarity = same_person(p.name, g.name)
            if similarity is not None:
                out.append((p.index, g.index, (similarity, 0.0, _agreeing("people", p, g))))
    return out


def _same_quantity(p: ScoredFact, g: ScoredFact) -> bool:
    if p.number is not None and g.number is not None:
        return math.isclose(p.number, g.number, rel_tol=1e-9, abs_tol=1e-12)
    said = lowered(p.raw.get("value"))
    return bool(said) and said == lowered(g.raw.get("value"))


def figure_pairs(preds: list[ScoredFact], golds: list[ScoredFact]) -> list[Candidate]:
    """Return pairs of figures that state the same quantity."""
    out: list[Candidate] = []
    for p in preds:
        for g in golds:
            if not _same_quantity(p, g):
                continue
            common = p.span.shared(g.span) if p.span and g.span else 0
            one_sentence = 1.0 if p.sentences & g.sentences else 0.0
            what = jaccard(p.words[1], g.words[1])
            out.append((p.index, g.index, (1.0, float(common), one_sentence, what)))
    return out


CANDIDATE_FINDERS: dict[str, CandidateFinder] = {
    "instruments": instrument_pairs,
    "commitments": overlapping_pairs("commitments"),
    "meetings": overlapping_pairs("meetings"),
    "people": people_pairs,
    "figures": figure_pairs,
}


def pick_pairs(candidates: Sequence[Candidate]) -> list[tuple[int, int]]:
    """Return one-to-one (pred, gold) pairs, taking the best remaining candidate first.

    Order: the score's first two entries (higher first), then fewer rival candidates
    for the two facts, then the rest of the score, then lower indices."""
    rivals_p = Counter(c[0] for c in candidates)
    rivals_g = Counter(c[1] for c in candidates)

    def order(c: Candidate) -> tuple[float, ...]:
        p, g, score = c
        return (-score[0], -score[1], rivals_p[p] + rivals_g[g], *(-s for s in score[2:]), p, g)

    taken_p: set[int] = set()
    taken_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for p, g, _ in sorted(candidates, key=order):
        if p not in taken_p and g not in taken_g:
            taken_p.add(p)
            taken_g.add(g)
            pairs.append((p, g))
    return sorted(pairs)
