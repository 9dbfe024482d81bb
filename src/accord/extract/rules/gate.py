"""The sentence gate: a trained precision filter on the rules' candidates.

Per kind of fact (instruments, meetings, commitments, figures), a logistic regression over
the words of a sentence says how likely the sentence is to report a fact of that kind. A
candidate the rules found is dropped when every sentence its evidence touches scores
below that kind's threshold: the rules decide the fields, the gate only vetoes sentences
it is confident report no such thing.

The weights are plain JSON in `accord/data/sentence_gate.json`, written by `make train`
(`accord.train`) from the tuning parts of the dev and own sets, with the hash of that data; they
are read offline and scored in pure Python (no scikit-learn or torch at extraction time).
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from accord.core import ArticleFacts, Commitment, Figure, Instrument, Meeting
from accord.errors import ConfigError

GATED_KINDS = ("instruments", "meetings", "commitments", "figures")
WEIGHTS_FILE = "sentence_gate.json"
FORMAT = 1
Gated = Instrument | Meeting | Commitment | Figure


def token_key(lower: str, like_num: bool) -> str:
    """Return the word feature of one token: its lower-case text, or "<num>" for a number."""
    return "<num>" if like_num or any(ch.isdigit() for ch in lower) else lower


def features(tokens: Sequence[tuple[str, str, bool]]) -> list[str]:
    """Return the features of a sentence given as (lower text, lemma, is-number) tokens.

    Words, lemmas and word pairs (with sentence edges), each once.
    """
    keys = [token_key(lower, num) for lower, _, num in tokens]
    out = {f"w:{k}" for k in keys}
    out.update(f"l:{lemma.lower()}" for lower, lemma, num in tokens if not num and lemma)
    edged = ["<s>", *keys, "</s>"]
    out.update(f"b:{a} {b}" for a, b in itertools.pairwise(edged))
    return sorted(out)


def sentence_features(sent: Span) -> list[str]:
    """Return the features of one parsed sentence (spaces left out)."""
    return features([(t.lower_, t.lemma_, t.like_num) for t in sent if not t.is_space])


@dataclass(frozen=True, slots=True)
class KindModel:
    """One kind's weights: P(kind) = sigmoid(bias + sum of the sentence's feature weights)."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def probability(self, feats: Iterable[str]) -> float:
        """Return how likely a sentence with these features reports a fact of this kind."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0


@dataclass(frozen=True, slots=True)
class SentenceGate:
    """The trained models per kind, and what they were trained on."""

    kinds: dict[str, KindModel]
    training: dict[str, Any]

    def probability(self, kind: str, feats: Iterable[str]) -> float:
        """Return P(the sentence reports a fact of `kind`); 1.0 for a kind not gated."""
        model = self.kinds.get(kind)
        return 1.0 if model is None else model.probability(feats)

    def keeps(self, kind: str, feats: Iterable[str]) -> bool:
        """Say whether a candidate of `kind` in a sentence with these features stays."""
        model = self.kinds.get(kind)
        return model is None or model.probability(feats) >= model.threshold

    @classmethod
    def from_json(cls, data: Any) -> SentenceGate:
        """Return the gate a weights file describes; raise ConfigError if it is not one."""
        try:
            if data["format"] != FORMAT:
                raise ConfigError(f"sentence gate weights are format {data['format']}, expected {FORMAT}")
            kinds = {kind: KindModel(float(m["bias"]), {str(k): float(v) for k, v in m["weights"].items()},
                                     float(m["threshold"]))
                     for kind, m in data["kinds"].items()}
            return cls(kinds, dict(data["training"]))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"sentence gate weights are malformed: {exc!r}") from exc


def load_gate(path: Path | None = None) -> SentenceGate:
    """Return the gate from `path`, else the weights shipped in accord/data (read once)."""
    if path is None:
        return _shipped()
    try:
        return _read(path.read_text(encoding="utf-8"), str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read sentence gate weights {path}: {exc}") from exc


@cache
def _shipped() -> SentenceGate:
    source = resources.files("accord") / "data" / WEIGHTS_FILE
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"the sentence gate's weights are missing ({WEIGHTS_FILE}); run `make train` "
                          "or set ACCORD_GATE=off") from exc
    return _read(text, WEIGHTS_FILE)


def _read(text: str, name: str) -> SentenceGate:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"sentence gate weights {name} are not JSON: {exc}") from exc
    return SentenceGate.from_json(data)


class Sentences:
    """One article's sentences by start offset, each one's features computed when first asked."""

    def __init__(self, starts: Sequence[int], features: Callable[[int], list[str]]) -> None:
        self.starts = list(starts)
        self._features = features
        self._cache: dict[int, list[str]] = {}

    def touched(self, start: int, end: int) -> range:
        """Return the indices of the sentences the span [start, end) touches."""
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        last = max(first, bisect.bisect_left(self.starts, max(start + 1, end)) - 1)
        return range(first, last + 1)

    def keeps(self, gate: SentenceGate, kind: str, start: int, end: int) -> bool:
        """Say whether a candidate of `kind` with this evidence span stays."""
        for i in self.touched(start, end):
            if i not in self._cache:
                self._cache[i] = self._features(i)
            if gate.keeps(kind, self._cache[i]):
                return True
        return False


def doc_sentences(doc: Doc) -> Sentences:
    """Return the parsed sentences of a Doc, ready for the gate."""
    sents = list(doc.sents)
    return Sentences([s.start_char for s in sents], lambda i: sentence_features(sents[i]))


def apply(gate: SentenceGate, facts: ArticleFacts, doc: Doc) -> None:
    """Drop the gated candidates whose evidence lies only in sentences the gate rejects."""
    sents = doc_sentences(doc)

    def kept(kind: str, fact: Gated) -> bool:
        return sents.keeps(gate, kind, fact.evidence.start, fact.evidence.end)

    facts.instruments = [f for f in facts.instruments if kept("instruments", f)]
    facts.meetings = [f for f in facts.meetings if kept("meetings", f)]
    facts.commitments = [f for f in facts.commitments if kept("commitments", f)]
    facts.figures = [f for f in facts.figures if kept("figures", f)]
