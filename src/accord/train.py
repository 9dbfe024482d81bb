"""Train the sentence gate (`accord.extract.rules.gate`) from the tuning part of gold sets.

    python -m accord.train --split eval/split.json --out src/accord/data/sentence_gate.json \\
        --set ../shared/corpus/gold ../shared/corpus/seeds --set GOLD ARTICLES [SPLIT] ...

A sentence is a positive of a kind when the evidence of a gold fact of that kind touches
it. Only articles outside the checking list of a set's split are read: the set's own split
file when `--set` names one, else the common `--split`; a set with neither (one that has no
checking part) is read whole. Per kind, a logistic
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
KEEP_RECALL = 0.99  # share of gold-positive sentences the gate must keep out of fold
MIN_ARTICLES = 3  # a feature seen in fewer articles is those articles', not the genre's
C = 0.5  # inverse L2 strength


@dataclass(frozen=True, slots=True)
class Sentence:
    """One training sentence: its article, features and the kinds whose gold it holds."""

    article: str
    start: int  # offset of the sentence in its article
    features: list[str]
    kinds: frozenset[str]


@dataclass(frozen=True, slots=True)
class TrainingSet:
    """A gold folder, its articles, and the split file naming its checking part (None: no checking part)."""

    gold: Path
    articles: Path
    split: Path | None = None

    def checking(self) -> frozenset[str]:
        """Return the stems of the set's checking part, which training never reads."""
        return load_split(self.split) if self.split is not None else frozenset()

    def tuning(self) -> list[str]:
        """Return the stems of the set's gold files outside its checking part."""
        checking = self.checking()
        return [p.stem for p in gold_files(self.gold) if p.stem not in checking]


# (stem, text, gold facts) of one training article
Training = tuple[str, str, Any]


def tuning_articles(sets: Sequence[TrainingSet]) -> list[Training]:
    """Return (stem, text, gold) of every article of the sets outside their checking parts.

    Sentences are told apart by their article's stem, so a stem two sets share is an error.
    """
    out: list[Training] = []
    seen: set[str] = set()
    for s in sets:
        for stem in s.tuning():
            if stem in seen:
                raise AccordError(f"article {stem!r} is in two training sets; stems must be unique")
            seen.add(stem)
            text = read_article_text(s.articles / f"{stem}.txt")
            out.append((stem, text, load_facts_file(s.gold / f"{stem}.json")))
    return out


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


def train(sets: Sequence[TrainingSet], seed: int = SEED) -> dict[str, Any]:
    """Return the weights file's content trained on the sets' tuning articles."""
    import sklearn

    articles = tuning_articles(sets)
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


def cross_check(sets: Sequence[TrainingSet], seed: int = SEED) -> dict[str, tuple[EvalReport, EvalReport]]:
    """Return each set's tuning part scored without and with a gate that never saw the article.

    The tuning articles are cut into `FOLDS` folds; each fold is gated by a gate trained on
    the others, so the tuning part gives an estimate that is not learnt by heart.
    """
    from sklearn.model_selection import GroupKFold

    sentences = labelled_sentences(tuning_articles(sets))
    stems = sorted({s.article for s in sentences})
    gates: dict[str, SentenceGate] = {}
    for _, held in GroupKFold(n_splits=FOLDS).split(stems, groups=stems):
        out_of_fold = {stems[i] for i in held}
        gate = gate_of([s for s in sentences if s.article not in out_of_fold], seed)
        gates.update(dict.fromkeys(out_of_fold, gate))
    settings = replace(Settings.from_env(), gate="off")
    scores = {}
    for s in sets:
        tuning = s.tuning()
        preds, _ = extract_predictions(tuning, s.articles, settings)
        filtered = {stem: gated(pred, gates[stem], [x for x in sentences if x.article == stem])
                    for stem, pred in preds.items()}
        scores[str(s.articles)] = (score_predictions(s.gold, s.articles, preds, only=tuning),
                                   score_predictions(s.gold, s.articles, filtered, only=tuning))
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
    parser.add_argument("--set", nargs="+", action="append", required=True, metavar="PATH", type=Path,
                        help="GOLD ARTICLES [SPLIT]: a gold folder, its articles folder and, if it has "
                             "its own, the split file naming its checking part (repeat per set)")
    parser.add_argument("--split", type=Path,
                        help="split file naming the checking articles of the sets that name none of "
                             "their own (without it, such a set is read whole)")
    parser.add_argument("--out", type=Path, help="where to write the weights (JSON)")
    parser.add_argument("--cross-check", action="store_true",
                        help="instead, score each tuning part without and with an out-of-fold gate")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if not (args.out or args.cross_check):
        parser.error("give --out or --cross-check")
    if any(len(paths) not in (2, 3) for paths in args.set):
        parser.error("--set takes GOLD ARTICLES and an optional SPLIT")
    sets = [TrainingSet(paths[0], paths[1], paths[2] if len(paths) == 3 else args.split)
            for paths in args.set]
    try:
        if args.cross_check:
            print("\n".join(cross_check_lines(cross_check(sets, args.seed))))
            return 0
        weights = train(sets, args.seed)
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
