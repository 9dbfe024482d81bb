"""Which language an article is in, judged only when there is enough text to judge."""

from __future__ import annotations

import io
import lzma
import zipfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.unpacked import int_sequence, kept_arrays

if TYPE_CHECKING:
    import numpy.typing as npt

MIN_LETTERS = 80        # below this, n-gram language guesses are noise
MIN_CONFIDENCE = 0.95   # only a confident non-English guess rejects an article


def detect_language(text: str) -> tuple[str | None, bool]:
    """Return (language code or None, whether the text is confidently not English)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return None, False
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    if latin < len(letters) / 2:
        # Mostly Cyrillic, Arabic, CJK…: not English whatever the length.
        lang, _ = _identifier().classify(text)
        return str(lang), True
    if len(letters) < MIN_LETTERS:
        return None, False
    lang, prob = _identifier().classify(text)
    if prob < 0.5:
        return None, False
    return str(lang), lang != "en" and prob >= MIN_CONFIDENCE


@cache
def _identifier() -> Any:
    # Loading the model takes about a second: once per process, and only when needed.
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    arrays = _unpacked(MODEL_DIR / MODEL_FILE)
    if arrays is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return LanguageIdentifier(
        arrays["ptc"], arrays["pc"], arrays["classes"].tolist(), int_sequence(arrays["nextmove"]),
        int_sequence(arrays["out_feat"]), norm_probs=True, tk_row=int_sequence(arrays["nextmove_row"]))


def _unpacked(model: Path) -> dict[str, npt.NDArray[Any]] | None:
    """Return the arrays of py3langid's model, memory-mapped from the unpacked copy in the user's cache.

    Unpacking the shipped LZMA file costs every process about 0.45 s of CPU and reading a
    whole copy (about 70 MB, made once per py3langid release) about 0.15 s; a mapped copy
    costs only the pages the texts' n-grams reach. None when the copy can be neither made
    nor read: the model is then unpacked as py3langid does.
    """
    from py3langid import __version__

    return kept_arrays(f"py3langid-{__version__}-{model.stat().st_size}", _MODEL_ARRAYS,
                       lambda: _read_packed(model))


_MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _read_packed(model: Path) -> dict[str, npt.NDArray[Any]]:
    import numpy as np

    try:
        with lzma.open(model) as packed, np.load(io.BytesIO(packed.read()), allow_pickle=False) as data:
            return {name: data[name] for name in _MODEL_ARRAYS}
    except (lzma.LZMAError, zipfile.BadZipFile, KeyError) as exc:
        raise ValueError(f"py3langid's model {model} cannot be read: {exc}") from exc
