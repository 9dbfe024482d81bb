"""The content hash that says two inputs are the same article."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence


def content_hash(text: str, skip: Sequence[tuple[int, int]] = ()) -> str:
    """Return the sha256 hex digest of the text normalised for comparison.

    The skipped spans (date stamps, site boilerplate) are left out, then the text is
    NFKC-normalised, case-folded and its white space collapsed, so the same article
    saved twice, in two encodings or with a different footer, hashes the same.
    """
    kept = without_spans(text, skip)
    normal = " ".join(unicodedata.normalize("NFKC", kept).casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def without_spans(text: str, skip: Sequence[tuple[int, int]]) -> str:
    """Return text with each skipped span replaced by a space."""
    if not skip:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in sorted(skip):
        if start > pos:
            parts.append(text[pos:start])
        pos = max(pos, end)
    parts.append(text[pos:])
    return " ".join(parts)
