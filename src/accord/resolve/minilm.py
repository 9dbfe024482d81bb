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
    # exact GELU (erf), as BERT's "gelu" activation is
    half = np.float32(0.5) * x * (np.float32(1) + _erf(x * np.float32(1 / np.sqrt(2))))
    out: Array = half.astype(np.float32)
    return out


# Cephes' erf (ndtr.c), the one scipy.special.erf runs: erf(x) = x T(x²)/U(x²) for |x| <= 1,
# 1 - exp(-x²) P(|x|)/Q(|x|) above; U and Q have a leading 1.
_ERF_T = (9.60497373987051638749e0, 9.00260197203842689217e1, 2.23200534594684319226e3,
          7.00332514112805075473e3, 5.55923013010394962768e4)
_ERF_U = (3.35617141647503099647e1, 5.21357949780152679795e2, 4.59432382970980127987e3,
          2.26290000613890934246e4, 4.92673942608635921086e4)
_ERFC_P = (2.46196981473530512524e-10, 5.64189564831068821977e-1, 7.46321056442269912687e0,
           4.86371970985681366614e1, 1.96520832956077098242e2, 5.26445194995477358631e2,
           9.34528527171957607540e2, 1.02755188689515710272e3, 5.57535335369399327526e2)
_ERFC_Q = (1.32281951154744992508e1, 8.67072140885989742329e1, 3.54937778887819891062e2,
           9.75708501743205489753e2, 1.82390916687909736289e3, 2.24633760818710981792e3,
           1.65666309194161350182e3, 5.57535340817727675546e2)
# erfc(6) is about 2e-17: from there on erf is 1 in float64, as in cephes
_ERF_ONE = 6.0


def _erf(z: Array) -> Array:
    """Return erf of each value, computed in float64 and rounded to float32 as scipy.special.erf does.

    The same values as scipy's (checked on every float32 of a fine grid and millions of
    random ones, tests/test_embeddings.py), without importing scipy.special (about 0.16 s).
    """
    x = z.astype(np.float64).ravel()
    size = np.abs(x)
    out = np.sign(x)  # ±1 far out; 0 and NaN kept
    small = size <= 1.0
    at = np.flatnonzero(small)
    near = x[at]
    square = near * near
    out[at] = near * _horner(square, _ERF_T) / _horner(square, _ERF_U, monic=True)
    at = np.flatnonzero(~small & (size < _ERF_ONE))
    far = size[at]
    erfc = np.exp(-(far * far)) * _horner(far, _ERFC_P) / _horner(far, _ERFC_Q, monic=True)
    out[at] = np.copysign(1.0 - erfc, x[at])
    result: Array = out.astype(np.float32).reshape(z.shape)
    return result


def _horner(x: npt.NDArray[np.float64], coefficients: tuple[float, ...],
            monic: bool = False) -> npt.NDArray[np.float64]:
    """Return the polynomial at x, highest power first (cephes' polevl; monic: p1evl, a leading 1 unwritten)."""
    out = x + coefficients[0] if monic else np.full_like(x, coefficients[0])
    for c in coefficients[1:]:
        out *= x
        out += c
    return out
