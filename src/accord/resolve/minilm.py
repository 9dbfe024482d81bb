"""The packaged MiniLM sentence encoder run on numpy: tokenizer, six BERT layers, mean pooling.

It computes what sentence-transformers computes for all-MiniLM-L6-v2 (BERT, mean of the
token vectors under the attention mask, unit length) in float32, to within about 1e-6 of
its vectors (tests/test_embeddings.py compares them). It needs no torch: reading the
weights (safetensors) and the tokenizer (`tokenizers`, from the package's tokenizer.json)
takes a fraction of a second, where importing torch, transformers and sentence-transformers
took about 7 s and 250 MB per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from safetensors import safe_open
from safetensors.numpy import load_file
from tokenizers import Tokenizer

Array = npt.NDArray[np.float32]
Ids = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class BertShape:
    """The sizes of the model, from its configuration files."""

    layers: int
    heads: int
    hidden: int
    eps: float
    max_length: int

    @classmethod
    def read(cls, folder: Path) -> BertShape:
        """Return the shape the model's configuration files give."""
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        sentence = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        return cls(layers=int(config["num_hidden_layers"]), heads=int(config["num_attention_heads"]),
                   hidden=int(config["hidden_size"]), eps=float(config["layer_norm_eps"]),
                   max_length=int(sentence["max_seq_length"]))


class MiniLM:
    """The sentence encoder of a sentence-transformers folder (BERT + mean pooling + normalise)."""

    def __init__(self, folder: Path) -> None:
        self.shape = BertShape.read(folder)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.shape.max_length)
        self.w = _weights(folder / "model.safetensors")
        self.dimension = int(self.w["embeddings.word_embeddings.weight"].shape[1])

    def features(self, text: str) -> tuple[Ids, Ids]:
        """Return one text's word-piece ids (with its markers, cut at the model's length) and mask."""
        ids = np.array([self.tokenizer.encode(text).ids], dtype=np.int64)
        return ids, np.ones_like(ids)

    def encode(self, ids: Ids, mask: Ids) -> Array:
        """Return one unit-length sentence vector per row of ids."""
        tokens = self._embed(ids)
        # a padded key gets -inf before the softmax: no query attends to it
        blocked = np.where(mask[:, None, None, :] > 0, np.float32(0), np.float32(-np.inf))
        for i in range(self.shape.layers):
            tokens = self._layer(tokens, blocked, f"encoder.layer.{i}.")
        weight = mask[:, :, None].astype(np.float32)
        summed = (tokens * weight).sum(axis=1, dtype=np.float32)
        mean = summed / np.maximum(weight.sum(axis=1, dtype=np.float32), np.float32(1e-9))
        norms = np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), np.float32(1e-12))
        out: Array = (mean / norms).astype(np.float32)
        return out

    def _embed(self, ids: Ids) -> Array:
        w = self.w
        x = w["embeddings.word_embeddings.weight"][ids]
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = x + w["embeddings.position_embeddings.weight"][: ids.shape[1]]
        return self._norm(x, "embeddings.LayerNorm.")

    def _layer(self, x: Array, blocked: Array, at: str) -> Array:
        batch, length = x.shape[:2]
        heads = self.shape.heads
        size = self.shape.hidden // heads

        def project(name: str) -> Array:
            out = self._dense(x, f"{at}attention.self.{name}.")
            return out.reshape(batch, length, heads, size).transpose(0, 2, 1, 3)

        scores = (project("query") @ project("key").transpose(0, 1, 3, 2)) * np.float32(size**-0.5)
        scores = scores + blocked
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores = scores / scores.sum(axis=-1, keepdims=True)
        context = (scores @ project("value")).transpose(0, 2, 1, 3).reshape(batch, length, -1)
        attended = self._norm(self._dense(context, f"{at}attention.output.dense.") + x,
                              f"{at}attention.output.LayerNorm.")
        inner = _gelu(self._dense(attended, f"{at}intermediate.dense."))
        return self._norm(self._dense(inner, f"{at}output.dense.") + attended, f"{at}output.LayerNorm.")

    def _dense(self, x: Array, at: str) -> Array:
        out: Array = x @ self.w[f"{at}weight"] + self.w[f"{at}bias"]
        return out

    def _norm(self, x: Array, at: str) -> Array:
        mean = x.mean(axis=-1, keepdims=True)
        centred = x - mean
        variance = (centred * centred).mean(axis=-1, keepdims=True)
        out: Array = centred / np.sqrt(variance + np.float32(self.shape.eps)) * self.w[f"{at}weight"] \
            + self.w[f"{at}bias"]
        return out


def _weights(path: Path) -> dict[str, Array]:
    """Return the model's weights as `encode` uses them, mapped from the copy kept in the user's cache.

    Reading the file and transposing its dense layers cost each process about 0.1 s and a
    second copy of the weights; the kept copy holds them already transposed, and a process
    reads only the word vectors of the words it meets. Without a cache they are made here.
    """
    from accord.unpacked import kept_arrays

    with safe_open(str(path), framework="np") as header:
        names = [name for name in header.keys() if not name.endswith("position_ids")]  # noqa: SIM118 (not a dict)
    stat = path.stat()
    kept = kept_arrays(f"minilm-{stat.st_size}-{stat.st_mtime_ns}", names, lambda: _prepared(path))
    return kept if kept is not None else _prepared(path)


def _prepared(path: Path) -> dict[str, Array]:
    # linear layers as x @ W.T + b: the transposes are made once, contiguous
    return {
        name: np.ascontiguousarray(value.T if name.endswith(".weight") and _is_dense(name) else value,
                                   dtype=np.float32)
        for name, value in load_file(str(path)).items() if not name.endswith("position_ids")
    }


def _is_dense(name: str) -> bool:
    return "LayerNorm" not in name and "embeddings." not in name


def _gelu(x: Array) -> Array:
    # GELU with erf, as BERT's "gelu" activation is (not the tanh approximation)
    half = np.float32(0.5) * x * (np.float32(1) + _erf(x * np.float32(1 / np.sqrt(2))))
    out: Array = half.astype(np.float32)
    return out


# erf as a float32 rational function, x P(x²) / Q(x²) on [-4, 4] (the approximation Eigen and
# XLA use for float32; outside it erf is ±1 in float32): within 1e-6 of the exact erf (scipy's),
# four times faster than scipy.special.erf and without its import (about 0.2 s per process).
_ERF_P = tuple(np.float32(c) for c in (
    -2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06, -5.69250639462346e-05,
    -7.34990630326855e-04, -2.95459980854025e-03, -1.60960333262415e-02))
_ERF_Q = tuple(np.float32(c) for c in (
    -1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03, -7.37332916720468e-03,
    -1.42647390514189e-02))
_ERF_EDGE = np.float32(4)


def _erf(z: Array) -> Array:
    """Return erf of each value in float32 (within 1e-6 of the exact value)."""
    x = np.clip(z, -_ERF_EDGE, _ERF_EDGE)
    square = x * x
    top = _horner(square, _ERF_P) * x
    top /= _horner(square, _ERF_Q)
    return top


def _horner(x: Array, coefficients: tuple[np.float32, ...]) -> Array:
    """Return the polynomial at x, its coefficients from the highest power down."""
    out = x * coefficients[0]
    out += coefficients[1]
    for c in coefficients[2:]:
        out *= x
        out += c
    return out
