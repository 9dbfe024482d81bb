"""Readers for each kind of input: plain text, HTML page, RSS/Atom feed → `Article` values."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from accord.core import Article
from accord.errors import InputError
from accord.ingest.dates import path_date
from accord.ingest.decode import check_text, decode, read_bytes
from accord.ingest.discover import sniff_kind
from accord.ingest.documents import docx_text, pdf_text
from accord.ingest.fingerprint import content_hash, without_spans
from accord.ingest.htmltext import html_to_text
from accord.ingest.label import Label
from accord.ingest.language import detect_language
from accord.ingest.metadata import find_metadata
from accord.ingest.options import IngestOptions

# htmldate inside trafilatura: trust the page's metadata and visible date lines, but do not
# scan the whole body for any date (an article about a 2019 treaty is not from 2019).
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# Fewer words than this is a menu or a teaser that trafilatura fell back to, not an article.
MIN_HTML_WORDS = 20
# Fewer words than this is no report of anything (a stray letter, a file name, a date)
MIN_TEXT_WORDS = 3


@dataclass(frozen=True, slots=True)
class SourceFacts:
    """What the container (HTML head, feed entry) says about an article, if anything."""

    published: date | None = None
    outlet: str | None = None
    title: str | None = None
    # a document's own date (PDF/Word metadata): when it was made, so weaker than a date the text states
    file_date: date | None = None


def read_items(path: Path, options: IngestOptions) -> list[Article | InputError]:
    """Return the articles in one file, with an error for each part that could not be read.

    A text or HTML file gives one item; a feed gives one per entry with text. Raises
    InputError when the file as a whole cannot be read.
    """
    data = read_bytes(path, options)
    return [with_source_hash(item, data) for item in read_data(path, data, options)]


def read_data(label: Label, data: bytes, options: IngestOptions) -> list[Article | InputError]:
    """Return the articles in the bytes of one input (a file, an upload, a fetched URL)."""
    kind = sniff_kind(label, data)
    if kind in ("pdf", "docx"):
        return [read_document(label, data, kind, options)]
    check_text(label, data)
    if kind == "feed":
        return read_feed(label, data, options)
    if kind == "html":
        return [read_html(label, data, options)]
    return [read_text(label, data, options)]


def with_source_hash(item: Article | InputError, data: bytes) -> Article | InputError:
    """Return the article with the sha256 of the original bytes it was read from."""
    if isinstance(item, InputError):
        return item
    return replace(item, source_hash=hashlib.sha256(data).hexdigest())


def read_document(path: Label, data: bytes, kind: str, options: IngestOptions) -> Article | InputError:
    """Return the article of a PDF or Word statement: its text, title and date."""
    doc = pdf_text(path, data) if kind == "pdf" else docx_text(path, data)
    facts = SourceFacts(title=doc.title, file_date=doc.published)
    return build_article(path.name, str(path), doc.text, kind, facts, options)


def read_text(path: Label, data: bytes, options: IngestOptions) -> Article | InputError:
    """Return the article of a plain-text file: its decoded content, unchanged."""
    text = decode(path, data, options)
    if not text.replace("\ufeff", "").strip():  # any white space, no-break and ideographic too
        raise InputError(str(path), "empty file (only white space)")
    return build_article(path.name, str(path), text, "text", SourceFacts(), options)


def read_html(path: Label, data: bytes, options: IngestOptions) -> Article | InputError:
    """Return the main text of an HTML page with its title, date and site name."""
    import trafilatura  # imported here: it costs half a second, and most inputs are plain text

    markup: bytes | str = decode(path, data, options) if options.encoding else data
    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params=_DATE_PARAMS)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_HTML_WORDS:
        raise InputError(str(path), "no article text found")
    facts = SourceFacts(published=_iso(getattr(doc, "date", None)),
                        outlet=clean_text(getattr(doc, "sitename", None)),
                        title=clean_text(getattr(doc, "title", None)))
    return build_article(path.name, str(path), text, "html", facts, options)


def read_feed(path: Label, data: bytes, options: IngestOptions) -> list[Article | InputError]:
    """Return one article per feed entry that carries text (entry HTML turned into text)."""
    parsed = parse_feed(path, data, options)
    feed_title = clean_text(parsed.feed.get("title"))
    items: list[Article | InputError] = []
    for number, entry in enumerate(parsed.entries, start=1):
        item = entry_article(f"{path.name}#{number}", f"{path}#{number}", entry, feed_title, options)
        if item is not None:
            items.append(item)
    if not items:
        problem = parsed.get("bozo_exception")
        if parsed.get("bozo") and problem:
            raise InputError(str(path), f"broken feed ({_one_line(problem)})")
        raise InputError(str(path), "no feed entry has article text")
    return items


def parse_feed(path: Label, data: bytes, options: IngestOptions) -> Any:
    """Return feedparser's reading of a feed; raise InputError when it has no entries."""
    import feedparser  # imported here, like trafilatura

    headers = {"content-type": f"application/xml; charset={options.encoding}"} if options.encoding else None
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        broken = parsed.get("bozo") and problem
        reason = f"broken feed ({_one_line(problem)})" if broken else "feed has no entries"
        raise InputError(str(path), reason)
    return parsed


def entry_article(name: str, source: str, entry: Any, feed_title: str | None,
                  options: IngestOptions) -> Article | InputError | None:
    """Return the article of one feed entry, None when the entry carries no text."""
    text = entry_text(entry)
    if not text:
        return None
    facts = SourceFacts(published=_entry_date(entry), outlet=feed_title, title=clean_text(entry.get("title")))
    return build_article(name, source, text, "feed", facts, options)


def entry_text(entry: Any) -> str:
    """Return the plain text of a feed entry: its longest content, else its summary."""
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    if not any(value.strip() for value, _ in candidates):
        detail = entry.get("summary_detail") or {}
        candidates = [(entry.get("summary") or "", detail.get("type") or "text/html")]
    value, kind = max(candidates, key=lambda c: len(c[0]))
    if "html" in kind:
        return html_to_text(value)
    return "\n".join(line.strip() for line in value.strip().splitlines() if line.strip())


def build_article(name: str, source: str, text: str, media_type: str, facts: SourceFacts,
                  options: IngestOptions) -> Article | InputError:
    """Return the article for `text`, or an InputError when it is too short or not in English.

    The container's date wins over one found in the text, which wins over a day the URL's or
    file's path files it under ("/2024/05/17/"); the text's print line
    ("Published in Dawn, …") wins for the outlet; the options fill what is still missing.
    """
    name, source = printable_name(name), printable_name(source)
    words = len(text.split())
    if words < MIN_TEXT_WORDS:
        plural = "s" * (words != 1)
        return InputError(source, f"too short for an article ({words} word{plural}, "
                                  f"{len(text.strip())} characters)")
    meta = find_metadata(text)
    language, foreign = detect_language(without_spans(text, meta.skip))
    if foreign:
        return InputError(source, f"not English (detected {language!r})")
    return Article(
        name=name, text=text, content_hash=content_hash(text, meta.skip), source=source,
        published=facts.published or meta.published or facts.file_date or path_date(source) or options.date,
        outlet=meta.outlet or facts.outlet or options.outlet,
        dateline=meta.dateline, title=facts.title or meta.title,
        language=language, media_type=media_type, skip=meta.skip)


def printable_name(name: str) -> str:
    """Return a file name as valid text: bytes no encoding decoded are written as \\xNN.

    A name that is not UTF-8 reaches Python with lone surrogates, which no database column
    and no UTF-8 output can hold (the article was lost with "surrogates not allowed").
    """
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return name.encode("utf-8", "replace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _iso(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def clean_text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200]
