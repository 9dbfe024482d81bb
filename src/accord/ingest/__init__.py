"""Ingest: files, folders, HTML pages and feeds in; `Article` values out.

TEMPORARY minimal reader, being replaced by the full ingest module.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from accord.core import Article
from accord.errors import InputError


@dataclass(frozen=True, slots=True)
class IngestOptions:
    date: date | None = None
    outlet: str | None = None
    max_bytes: int = 10 * 1024 * 1024
    encoding: str | None = None


def iter_articles(paths: Sequence[str | Path], options: IngestOptions) -> Iterator[Article | InputError]:
    for p in paths:
        path = Path(p)
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for f in files:
            try:
                text = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                yield InputError(str(f), str(exc))
                continue
            m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", text)
            published = date.fromisoformat(m.group(1)) if m else options.date
            m2 = re.search(r"Published in ([^,]+), (\w+ \d+)\w*, (\d{4})", text)
            if m2:
                from datetime import datetime
                published = datetime.strptime(f"{m2.group(2)} {m2.group(3)}", "%B %d %Y").date()
            yield Article(name=f.name, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(),
                          source=str(f), published=published)
