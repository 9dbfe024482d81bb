"""Which language an article is in, judged only when there is enough text to judge."""

from __future__ import annotations

import lzma
import os
import shutil
import tempfile
import zipfile
from array import array
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

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
        arrays["ptc"], arrays["pc"], arrays["classes"].tolist(), _stdlib_array(arrays["nextmove"]),
        arrays["out_feat"].tolist(), norm_probs=True, tk_row=_stdlib_array(arrays["nextmove_row"]))


def _unpacked(model: Path) -> dict[str, npt.NDArray[Any]] | None:
    """Return the arrays of py3langid's model from an uncompressed copy kept in the user's cache.

    Unpacking the shipped LZMA file costs every process about 0.45 s of CPU; reading the
    copy (about 70 MB, made once per py3langid release) about a fifth of that. None when
    the copy can be neither made nor read: the model is then unpacked as py3langid does.
    """
    import numpy as np
    from py3langid import __version__

    copy = Path(platformdirs.user_cache_dir("accord")) / f"py3langid-{__version__}-{model.stat().st_size}.npz"
    try:
        if not copy.is_file():
            _unpack(model, copy)
        with np.load(copy, allow_pickle=False) as data:
            return {name: data[name] for name in _MODEL_ARRAYS}
    except (OSError, ValueError, KeyError, EOFError, lzma.LZMAError, zipfile.BadZipFile):
        return None


_MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _unpack(model: Path, copy: Path) -> None:
    copy.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=copy.parent, suffix=".part", delete=False) as out:
        try:
            with lzma.open(model) as packed:
                shutil.copyfileobj(packed, out, length=1 << 20)
        except BaseException:
            os.unlink(out.name)
            raise
    os.replace(out.name, copy)  # whole or absent, whoever else writes it at the same time


def _stdlib_array(values: npt.NDArray[Any]) -> array[int]:
    """Return unsigned integers as the stdlib array py3langid walks its automaton with."""
    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(values.tobytes())
    return out
