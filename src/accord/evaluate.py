"""Scoring accord against a hand-made gold set: `evaluate(gold_dir, articles_dir, settings)`.

For every gold file `S.json` the article `S.txt` is extracted and its facts are matched
to the gold, one-to-one, per article and kind; counts are summed over articles (micro
average). The rules are those of `../shared/tools/score.py` and a test checks that both
count the same:

* evidence: a gold quote, or a predicted `{start, end, text}` trusted when the text is
  at those offsets, else searched for (nearest the claimed start; then again with
  typographic quotes, dashes and white space folded);
* instruments pair when their spans share a sentence and their subjects+sectors share
  content words (at least half of the predicted ones); best = Jaccard of those words;
* commitments and meetings pair when their spans overlap; best = longest overlap;
* people pair on names without titles (equal, similar, same surname and initial, or
  one contained in the other); figures on the same parsed number;
* ties go to the higher span overlap ratio, then to facts with fewer rivals, then to
  pairs whose attributes agree, then to file order.

Attributes (instrument type/status, commitment deadline, meeting kind, person role) are
scored on matched pairs where the gold states them; clusters by pairwise P/R/F1 over
matched facts of different articles.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord.core import FACT_KINDS, SCORED_KINDS
from accord.errors import AccordError, DuplicateInputError, InputError
from accord.evaluate_match import (
    ATTRIBUTES,
    CANDIDATE_FINDERS,
    attribute_checks,
    pick_pairs,
    scored_facts,
)
from accord.evaluate_text import Parties, ScoredText
from accord.settings import Settings


class EvalError(AccordError):
    """A gold set, article or floors file that cannot be scored or checked."""

    code = "E400"


# --------------------------------------------------------------------------- results


def prf(matched: int, gold: int, pred: int) -> tuple[float, float, float]:
    """Return (precision, recall, F1); nothing due and nothing given counts as perfect."""
    if gold == 0 and pred == 0:
        return 1.0, 1.0, 1.0
    precision = matched / pred if pred else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass(slots=True)
class AttributeScore:
    """How often a matched pair got one attribute right."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(slots=True)
class KindScore:
    """Counts and figures for one kind (or for all chosen kinds together)."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    unlocated_pred: int = 0
    unlocated_gold: int = 0
    attributes: dict[str, AttributeScore] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return prf(self.matched, self.gold, self.pred)[0]

    @property
    def recall(self) -> float:
        return prf(self.matched, self.gold, self.pred)[1]

    @property
    def f1(self) -> float:
        return prf(self.matched, self.gold, self.pred)[2]


@dataclass(frozen=True, slots=True)
class ClusterScore:
    """Pairwise same-record agreement over matched facts of different articles."""

    pairs_considered: int
    pred_same: int
    gold_same: int
    both_same: int

    @property
    def figures(self) -> tuple[float, float, float] | None:
        """Return (P, R, F1), or None when no pair is "same" on either side."""
        if self.pred_same == 0 and self.gold_same == 0:
            return None
        return prf(self.both_same, self.gold_same, self.pred_same)


@dataclass(frozen=True, slots=True)
class MatchedPair:
    article: str
    kind: str
    pred_cluster: str | None
    gold_id: str | None


@dataclass(slots=True)
class EvalReport:
    """What `evaluate` found: totals per kind, per-article pairs, clusters, warnings."""

    kinds: tuple[str, ...]
    per_kind: dict[str, KindScore]
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    matched: list[MatchedPair] = field(default_factory=list)
    gold_has_ids: bool = False
    pred_has_clusters: bool = False
    warnings: list[str] = field(default_factory=list)
    corpus_sha256: str = ""
    predictions: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def overall(self) -> KindScore:
        """Return the counts summed over the chosen kinds."""
        total = KindScore()
        for score in self.per_kind.values():
            total.gold += score.gold
            total.pred += score.pred
            total.matched += score.matched
        return total

    @property
    def clusters(self) -> ClusterScore | None:
        """Return cluster agreement, or None without gold ids or predicted clusters."""
        if not (self.gold_has_ids and self.pred_has_clusters):
            return None
        return cluster_score(self.matched)

    def attribute(self, name: str) -> AttributeScore:
        """Return the score of `kind.attribute` (zero counts when never checked)."""
        kind, _, attr = name.partition(".")
        score = self.per_kind.get(kind)
        return score.attributes.get(attr, AttributeScore()) if score else AttributeScore()

    def to_json(self) -> dict[str, Any]:
        """Return the figures as a JSON-ready dict (score.py's layout, plus the corpus hash)."""
        clusters = self.clusters
        return {
            "kinds": {kind: _kind_json(kind, s) for kind, s in self.per_kind.items()},
            "overall": {"kinds": list(self.kinds), **_counts_json(self.overall)},
            "clusters": None if clusters is None else {
                **_cluster_json(clusters),
                "by_kind": {k: _cluster_json(cluster_score([m for m in self.matched if m.kind == k]))
                            for k in self.kinds},
            },
            "articles": self.articles,
            "corpus_sha256": self.corpus_sha256,
            "warnings": list(self.warnings),
        }


def _counts_json(s: KindScore) -> dict[str, Any]:
    return {"gold": s.gold, "pred": s.pred, "matched": s.matched,
            "precision": s.precision, "recall": s.recall, "f1": s.f1}


def _kind_json(kind: str, s: KindScore) -> dict[str, Any]:
    attrs = {}
    for name in ATTRIBUTES[kind]:
        a = s.attributes.get(name, AttributeScore())
        attrs[name] = {"correct": a.correct, "total": a.total, "accuracy": a.accuracy}
    return {**_counts_json(s), "unlocated_pred_evidence": s.unlocated_pred,
            "unlocated_gold_evidence": s.unlocated_gold, "attributes": attrs}


def _cluster_json(c: ClusterScore) -> dict[str, Any]:
    figures = c.figures
    p, r, f = figures if figures is not None else (None, None, None)
    return {"precision": p, "recall": r, "f1": f, "pairs_considered": c.pairs_considered,
            "pred_same_pairs": c.pred_same, "gold_same_pairs": c.gold_same,
            "both_same_pairs": c.both_same}


def cluster_score(matched: Sequence[MatchedPair]) -> ClusterScore:
    """Return pairwise agreement on "same record" over matched facts of different articles."""
    considered = pred_same = gold_same = both = 0
    for i, a in enumerate(matched):
        for b in matched[i + 1:]:
            if a.article == b.article:
                continue
            considered += 1
            in_pred = a.pred_cluster is not None and a.pred_cluster == b.pred_cluster
            in_gold = a.gold_id is not None and a.gold_id == b.gold_id
            pred_same += in_pred
            gold_same += in_gold
            both += in_pred and in_gold
    return ClusterScore(considered, pred_same, gold_same, both)


# --------------------------------------------------------------------------- scoring


def parse_kinds(values: Iterable[str] | None) -> tuple[str, ...]:
    """Return the chosen kinds in canonical order from comma-separated names (all if none)."""
    chosen = {k.strip() for v in values or () for k in v.split(",") if k.strip()}
    unknown = sorted(chosen - set(SCORED_KINDS))
    if unknown:
        raise EvalError(f"unknown kind(s) {', '.join(unknown)}; choose from {','.join(SCORED_KINDS)}")
    return tuple(k for k in SCORED_KINDS if k in chosen) or SCORED_KINDS


def load_facts_file(path: Path) -> dict[str, Any]:
    """Return a gold or prediction file's object after checking its shape."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read facts file: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(str(path), "facts file is not a JSON object")
    for kind in FACT_KINDS:
        items = data.get(kind)
        if items is None:
            continue
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InputError(str(path), f"'{kind}' is not a list of objects")
    return data


def read_article_text(path: Path) -> str:
    """Return an article file's text exactly as stored (UTF-8, newlines untouched)."""
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read article: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"article is not UTF-8: {exc}") from exc


def gold_files(gold_dir: Path) -> list[Path]:
    """Return the gold set's files in name order; raise EvalError if there are none."""
    if not gold_dir.is_dir():
        raise EvalError(f"gold folder {gold_dir} is not a directory")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise EvalError(f"gold folder {gold_dir} holds no .json files")
    return files


def corpus_hash(gold_dir: Path, articles_dir: Path) -> str:
    """Return a sha256 over the gold files and their articles (sorted names and bytes)."""
    digest = hashlib.sha256()
    for path in gold_files(gold_dir):
        article = articles_dir / f"{path.stem}.txt"
        for part in (path, article):
            data = part.read_bytes() if part.exists() else b""
            digest.update(f"{part.name}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def _gold_parties(gold: dict[str, Any]) -> Parties:
    names: list[str] = []
    for item in gold.get("instruments") or []:
        parties = item.get("parties")
        if isinstance(parties, list):
            names.extend(str(p) for p in parties if p)
    return Parties.named(names)


def score_article(report: EvalReport, stem: str, gold: dict[str, Any], pred: dict[str, Any] | None,
                  text: str) -> None:
    """Match one article's predictions to its gold and add the counts to `report`."""
    article = ScoredText(text)
    parties = _gold_parties(gold)
    record: dict[str, Any] = {"pred_file": pred is not None}
    for kind in report.kinds:
        golds = scored_facts(gold, kind, article, parties)
        preds = scored_facts(pred or {}, kind, article, parties)
        pairs = pick_pairs(CANDIDATE_FINDERS[kind](preds, golds))
        totals = report.per_kind[kind]
        totals.gold += len(golds)
        totals.pred += len(preds)
        totals.matched += len(pairs)
        totals.unlocated_pred += sum(f.span is None and f.raw.get("evidence") is not None for f in preds)
        for f in golds:
            if f.span is None and f.raw.get("evidence") is not None:
                totals.unlocated_gold += 1
                report.warnings.append(f"gold {stem} {kind}[{f.index}]: evidence not found in the article")
        report.gold_has_ids |= any(f.cluster is not None for f in golds)
        report.pred_has_clusters |= any(f.cluster is not None for f in preds)
        for p, g in pairs:
            for name, ok in attribute_checks(kind, preds[p].raw, golds[g].raw).items():
                cell = totals.attributes.setdefault(name, AttributeScore())
                cell.correct += ok
                cell.total += 1
            report.matched.append(MatchedPair(stem, kind, preds[p].cluster, golds[g].cluster))
        record[kind] = {"gold": len(golds), "pred": len(preds), "matched": len(pairs),
                        "pairs": [[p, g] for p, g in pairs]}
    report.articles[stem] = record


def score_predictions(gold_dir: Path, articles_dir: Path, predictions: Mapping[str, dict[str, Any]],
                      kinds: Sequence[str] = SCORED_KINDS,
                      only: Collection[str] | None = None) -> EvalReport:
    """Return the scores of facts-format predictions keyed by article stem (`S` of `S.txt`).

    With `only`, just the gold files of those stems are scored (one part of a split).
    """
    files = gold_files(gold_dir)
    report = EvalReport(tuple(kinds), {k: KindScore() for k in kinds},
                        corpus_sha256=corpus_hash(gold_dir, articles_dir))
    if only is not None:
        files = [p for p in files if p.stem in only]
    for path in files:
        text = read_article_text(articles_dir / f"{path.stem}.txt")
        score_article(report, path.stem, load_facts_file(path), predictions.get(path.stem), text)
    extra = sorted(set(predictions) - {p.stem for p in gold_files(gold_dir)})
    if extra:
        report.warnings.append(f"{len(extra)} prediction(s) without gold ignored: {', '.join(extra[:5])}")
    return report


def load_predictions(pred_dir: Path) -> dict[str, dict[str, Any]]:
    """Return every facts file in pred_dir keyed by its stem."""
    if not pred_dir.is_dir():
        raise EvalError(f"prediction folder {pred_dir} is not a directory")
    return {p.stem: load_facts_file(p) for p in sorted(pred_dir.glob("*.json"))}


def extract_predictions(stems: Sequence[str], articles_dir: Path, settings: Settings,
                        workers: int = 1) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Return the extractor's facts-format output for articles_dir/S.txt, keyed by S.

    The second value names the articles the extractor failed on (scored as finding nothing).
    """
    # imported here so scoring saved predictions never loads spaCy
    from accord.ingest import IngestOptions, iter_articles
    from accord.pipeline import extract_batch

    paths = [articles_dir / f"{s}.txt" for s in stems]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise EvalError(f"no article for gold file(s): {', '.join(p.name for p in missing[:5])}")
    articles = []
    copies: dict[str, str] = {}  # stem of a file whose text repeats another's -> that one's stem
    for item in iter_articles(paths, IngestOptions(max_bytes=settings.max_bytes)):
        if isinstance(item, DuplicateInputError):
            copies[_stem_of(item.source, item.source, stems)] = _stem_of(item.first, item.first, stems)
        elif isinstance(item, AccordError):
            raise item
        else:
            articles.append(item)
    # the ingest may read one file as several articles or rename it; the source path is
    # what ties an article to its gold file
    out: dict[str, dict[str, Any]] = {}
    # scored as `accord extract` prints it: consolidated across the set, so clusters count
    batch = extract_batch(articles, settings, workers=workers)
    for facts in batch.facts:
        stem = _stem_of(facts.article.source, facts.article.name, stems)
        obj = facts.to_json()
        if stem in out:
            for kind in FACT_KINDS:
                out[stem][kind].extend(obj[kind])
        else:
            out[stem] = obj
    for copy, first in copies.items():
        out[copy] = json.loads(json.dumps(out.get(first) or {}))
    return out, [str(error) for error in batch.failed]


def _stem_of(source: str, name: str, stems: Sequence[str]) -> str:
    for candidate in (Path(source).stem if source else "", Path(name).stem, name):
        if candidate in stems:
            return candidate
    raise EvalError(f"cannot tell which gold file article {name!r} ({source}) belongs to")


def evaluate(gold_dir: Path, articles_dir: Path, settings: Settings, kinds: Sequence[str] = SCORED_KINDS,
             workers: int = 1) -> EvalReport:
    """Return the scores of the configured extractor on the articles of a gold set."""
    stems = [p.stem for p in gold_files(gold_dir)]
    predictions, failures = extract_predictions(stems, articles_dir, settings, workers)
    report = score_predictions(gold_dir, articles_dir, predictions, kinds)
    report.warnings.extend(failures)
    report.predictions = predictions
    return report


# --------------------------------------------------------------------------- split

SPLIT_PARTS = ("tuning", "checking")


def load_split(path: Path) -> frozenset[str]:
    """Return the stems of a split file's checking part; every other scored article tunes.

    The file is `{"checking": ["stem", ...], ...}`; other keys (its rule, its draw) are
    for people and are not read.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"cannot read split file {path}: {exc}") from exc
    checking = data.get("checking") if isinstance(data, dict) else None
    if not isinstance(checking, list) or not all(isinstance(s, str) for s in checking):
        raise EvalError(f"split file {path} has no 'checking' list of article stems")
    return frozenset(checking)


def split_reports(report: EvalReport, gold_dir: Path, articles_dir: Path,
                  checking: Collection[str]) -> dict[str, EvalReport]:
    """Return the report's predictions scored again on its tuning and its checking part."""
    stems = [p.stem for p in gold_files(gold_dir)]
    parts = {"tuning": [s for s in stems if s not in checking],
             "checking": [s for s in stems if s in checking]}
    return {name: score_predictions(gold_dir, articles_dir, report.predictions, report.kinds, part)
            for name, part in parts.items()}


# --------------------------------------------------------------------------- floors

FLOOR_ATTRIBUTES = ("commitments.deadline", "commitments.deadline_month")


def floor_below(value: float, margin: float) -> float:
    """Return value minus margin, rounded down to two decimals and never below 0."""
    return max(0.0, math.floor((value - margin) * 100 + 1e-9) / 100)


def floors_from(report: EvalReport, margin: float = 0.02) -> dict[str, Any]:
    """Return a floors object pinning the report's scores (less `margin`) and corpus hash."""
    return {
        "corpus_sha256": report.corpus_sha256,
        "margin": margin,
        "f1": {k: floor_below(s.f1, margin) for k, s in report.per_kind.items()},
        "overall_f1": floor_below(report.overall.f1, margin),
        "attributes": {name: floor_below(report.attribute(name).accuracy or 0.0, margin)
                       for name in FLOOR_ATTRIBUTES},
        "cluster_f1": floor_below(_cluster_f1(report) or 0.0, margin),
    }


def _cluster_f1(report: EvalReport) -> float | None:
    clusters = report.clusters
    figures = clusters.figures if clusters is not None else None
    return figures[2] if figures is not None else None


def write_floors(path: Path, report: EvalReport, margin: float = 0.02) -> dict[str, Any]:
    """Write the floors for `report` to path and return them."""
    floors = floors_from(report, margin)
    try:
        path.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"cannot write floors file {path}: {exc}") from exc
    return floors


def floor_failures(report: EvalReport, floors: Mapping[str, Any]) -> list[str]:
    """Return one message per score below its floor, or for a gold set that changed."""
    failures: list[str] = []
    pinned = floors.get("corpus_sha256")
    if pinned != report.corpus_sha256:
        failures.append(
            f"the gold set changed (sha256 {report.corpus_sha256}, pinned {pinned}); if the edit is"
            " deliberate, re-pin: `accord eval --gold ... --articles ... --write-floors tests/floors.json`")
    for kind, floor in (floors.get("f1") or {}).items():
        score = report.per_kind.get(kind)
        if score is not None and score.f1 < floor:
            failures.append(f"{kind} F1 {score.f1:.3f} is below its floor {floor:.2f}")
    overall = floors.get("overall_f1")
    if overall is not None and report.overall.f1 < overall:
        failures.append(f"overall F1 {report.overall.f1:.3f} is below its floor {overall:.2f}")
    for name, floor in (floors.get("attributes") or {}).items():
        accuracy = report.attribute(name).accuracy or 0.0
        if accuracy < floor:
            failures.append(f"{name} accuracy {accuracy:.3f} is below its floor {floor:.2f}")
    cluster_floor = floors.get("cluster_f1")
    if cluster_floor:
        cluster_f1 = _cluster_f1(report) or 0.0
        if cluster_f1 < cluster_floor:
            failures.append(f"cluster F1 {cluster_f1:.3f} is below its floor {cluster_floor:.2f}")
    return failures
