"""Train the sentence gate (`accord.extract.rules.gate`) from the tuning part of gold sets.

    python -m accord.train --split eval/split.json --out src/accord/data/sentence_gate.json \\
        --set ../shared/corpus/gold ../shared/corpus/seeds --set GOLD ARTICLES ...

A sentence is a positive of a kind when the evidence of a gold fact of that kind touches
it. Only articles outside the split's checking list are read. Per kind, a logistic
regression (scikit-learn, liblinear, fixed seed) is fitted on word, lemma and word-pair
features seen in at least `MIN_ARTICLES` articles; its threshold is the highest one that
still keeps `KEEP_RECALL` of the positive sentences in out-of-fold predictions (folds by
article), so the gate only drops what it is confident about. The weights go out as JSON
with the sha256 of the training data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from accord.errors import AccordError
from accord.evaluate import (
    EvalReport,
    extract_predictions,
    gold_files,
    load_facts_file,
    load_split,
    read_article_text,
    score_predictions,
)
from accord.evaluate_match import scored_facts
from accord.evaluate_text import Parties, ScoredText
from accord.extract.rules.gate import FORMAT, GATED_KINDS, SentenceGate, Sentences, sentence_features
from accord.nlp import load_pipeline, parse_texts
from accord.settings import DEFAULT_MODEL, Settings

SEED = 13
FOLDS = 5
KEEP_RECALL = 0.97  # share of gold-positive sentences the gate must keep out of fold
MIN_ARTICLES = 2  # a feature seen in one article only is that article's, not the genre's
C = 0.5  # inverse L2 strength


@dataclass(frozen=True, slots=True)
class Sentence:
    """One training sentence: its article, features and the kinds whose gold it holds."""

    article: str
    start: int  # offset of the sentence in its article
    features: list[str]
    kinds: frozenset[str]


# (stem, text, gold facts) of one training article
Training = tuple[str, str, Any]


def tuning_articles(sets: Sequence[tuple[Path, Path]], checking: frozenset[str]) -> list[Training]:
    """Return (stem, text, gold) of every article of the sets outside the checking part."""
    return [(path.stem, read_article_text(articles_dir / f"{path.stem}.txt"), load_facts_file(path))
            for gold_dir, articles_dir in sets for path in gold_files(gold_dir) if path.stem not in checking]


def data_hash(articles: Sequence[Training]) -> str:
    """Return a sha256 over the training articles' names, texts and gold facts."""
    digest = hashlib.sha256()
    for stem, text, gold in sorted(articles, key=lambda a: a[0]):
        for part in (stem, text, json.dumps(gold, sort_keys=True, ensure_ascii=False)):
            data = part.encode()
            digest.update(f"{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def labelled_sentences(articles: Sequence[Training], model: str = DEFAULT_MODEL) -> list[Sentence]:
    """Return every parsed sentence of the articles with the kinds of gold it holds."""
    nlp = load_pipeline(model)
    out: list[Sentence] = []
    docs = parse_texts(nlp, (text for _, text, _ in articles))
    for (stem, text, gold), doc in zip(articles, docs, strict=True):
        scored = ScoredText(text)
        spans = {kind: [f.span for f in scored_facts(gold, kind, scored, Parties()) if f.span]
                 for kind in GATED_KINDS}
        for sent in doc.sents:
            if sent.text.strip():
                kinds = frozenset(k for k, found in spans.items()
                                  if any(s.start < sent.end_char and sent.start_char < s.end for s in found))
                out.append(Sentence(stem, sent.start_char, sentence_features(sent), kinds))
    return out


def threshold_for(probabilities: Sequence[float], positive: Sequence[bool], keep: float) -> float:
    """Return the highest threshold that keeps at least `keep` of the positives."""
    scores = sorted((p for p, y in zip(probabilities, positive, strict=True) if y), reverse=True)
    if not scores:
        return 0.0
    needed = min(len(scores), max(1, math.ceil(keep * len(scores) - 1e-9)))
    return scores[needed - 1]


def fit(sentences: Sequence[Sentence], seed: int = SEED) -> dict[str, Any]:
    """Return the gate's weights per kind, fitted on the sentences (deterministic)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    seen: dict[str, set[str]] = {}
    for s in sentences:
        for f in s.features:
            seen.setdefault(f, set()).add(s.article)
    kept = {f for f, arts in seen.items() if len(arts) >= MIN_ARTICLES}
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform([{f: 1.0 for f in s.features if f in kept} for s in sentences])
    # liblinear takes 32-bit indices only (DictVectorizer may build 64-bit ones)
    matrix.indices = matrix.indices.astype("int32")
    matrix.indptr = matrix.indptr.astype("int32")
    names = vectorizer.get_feature_names_out()
    groups = [s.article for s in sentences]
    kinds: dict[str, Any] = {}
    for kind in GATED_KINDS:
        labels = [kind in s.kinds for s in sentences]

        def model() -> LogisticRegression:
            return LogisticRegression(C=C, solver="liblinear", random_state=seed, max_iter=1000)

        out_of_fold = [0.0] * len(sentences)
        for train, test in GroupKFold(n_splits=FOLDS).split(matrix, labels, groups):
            part = model().fit(matrix[train], [labels[i] for i in train])
            for i, p in zip(test, part.predict_proba(matrix[test])[:, 1], strict=True):
                out_of_fold[i] = float(p)
        whole = model().fit(matrix, labels)
        weights = {str(n): round(float(w), 5) for n, w in zip(names, whole.coef_[0], strict=True)
                   if abs(w) >= 1e-4}
        kinds[kind] = {"bias": round(float(whole.intercept_[0]), 5),
                       "threshold": round(threshold_for(out_of_fold, labels, KEEP_RECALL), 5),
                       "positives": sum(labels), "weights": weights}
    return kinds


def train(sets: Sequence[tuple[Path, Path]], split: Path, seed: int = SEED) -> dict[str, Any]:
    """Return the weights file's content trained on the sets' tuning articles."""
    import sklearn

    articles = tuning_articles(sets, load_split(split))
    sentences = labelled_sentences(articles)
    return {
        "format": FORMAT,
        "training": {"sha256": data_hash(articles), "articles": len(articles), "sentences": len(sentences),
                     "seed": seed, "keep_recall": KEEP_RECALL, "min_articles": MIN_ARTICLES, "c": C,
                     "model": DEFAULT_MODEL, "scikit_learn": sklearn.__version__},
        "kinds": fit(sentences, seed),
    }


def gate_of(sentences: Sequence[Sentence], seed: int = SEED) -> SentenceGate:
    """Return a gate fitted on the sentences (not written anywhere)."""
    return SentenceGate.from_json({"format": FORMAT, "training": {}, "kinds": fit(sentences, seed)})


def gated(pred: dict[str, Any], gate: SentenceGate, sentences: Sequence[Sentence]) -> dict[str, Any]:
    """Return facts-format predictions without the candidates the gate drops in these sentences."""
    index = Sentences([s.start for s in sentences], lambda i: sentences[i].features)
    out = dict(pred)
    for kind in GATED_KINDS:
        out[kind] = [f for f in pred.get(kind) or []
                     if index.keeps(gate, kind, f["evidence"]["start"], f["evidence"]["end"])]
    return out


def cross_check(sets: Sequence[tuple[Path, Path]], split: Path,
                seed: int = SEED) -> dict[str, tuple[EvalReport, EvalReport]]:
    """Return each set's tuning part scored without and with a gate that never saw the article.

    The tuning articles are cut into `FOLDS` folds; each fold is gated by a gate trained on
    the others, so the tuning part gives an estimate that is not learnt by heart.
    """
    from sklearn.model_selection import GroupKFold

    checking = load_split(split)
    sentences = labelled_sentences(tuning_articles(sets, checking))
    stems = sorted({s.article for s in sentences})
    gates: dict[str, SentenceGate] = {}
    for _, held in GroupKFold(n_splits=FOLDS).split(stems, groups=stems):
        out_of_fold = {stems[i] for i in held}
        gate = gate_of([s for s in sentences if s.article not in out_of_fold], seed)
        gates.update(dict.fromkeys(out_of_fold, gate))
    settings = replace(Settings.from_env(), gate="off")
    scores = {}
    for gold_dir, articles_dir in sets:
        tuning = [p.stem for p in gold_files(gold_dir) if p.stem not in checking]
        preds, _ = extract_predictions(tuning, articles_dir, settings)
        filtered = {stem: gated(pred, gates[stem], [s for s in sentences if s.article == stem])
                    for stem, pred in preds.items()}
        scores[str(articles_dir)] = (score_predictions(gold_dir, articles_dir, preds, only=tuning),
                                     score_predictions(gold_dir, articles_dir, filtered, only=tuning))
    return scores


def cross_check_lines(scores: dict[str, tuple[EvalReport, EvalReport]]) -> list[str]:
    """Return one line per set: micro-F1 of the tuning part without -> with the gate, per kind."""
    lines = []
    for name, (off, on) in scores.items():
        kinds = " ".join(f"{k} {off.per_kind[k].f1:.3f}->{on.per_kind[k].f1:.3f}" for k in GATED_KINDS)
        lines.append(f"{name}: all {off.overall.f1:.3f}->{on.overall.f1:.3f}  {kinds}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Train and write the weights; return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m accord.train", description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs=2, action="append", required=True, metavar=("GOLD", "ARTICLES"),
                        type=Path, help="a gold folder and its articles folder (repeat per set)")
    parser.add_argument("--split", type=Path, required=True, help="split file naming the checking articles")
    parser.add_argument("--out", type=Path, help="where to write the weights (JSON)")
    parser.add_argument("--cross-check", action="store_true",
                        help="instead, score each tuning part without and with an out-of-fold gate")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if not (args.out or args.cross_check):
        parser.error("give --out or --cross-check")
    sets = [(g, a) for g, a in args.set]
    try:
        if args.cross_check:
            print("\n".join(cross_check_lines(cross_check(sets, args.split, args.seed))))
            return 0
        weights = train(sets, args.split, args.seed)
    except AccordError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    args.out.write_text(json.dumps(weights, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    t = weights["training"]
    print(f"trained on {t['sentences']} sentences of {t['articles']} articles (sha256 {t['sha256'][:12]}); "
          f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
