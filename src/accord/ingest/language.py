"""Which language an article is in, judged only when there is enough text to judge."""

from __future__ import annotations

from functools import cache
from typing import Any

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
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
