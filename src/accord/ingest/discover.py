"""Which files to read: folders walked recursively, and what kind each file is."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from accord.errors import InputError, UnsupportedInputError
from accord.ingest.label import Label

Kind = Literal["text", "html", "feed", "pdf", "docx"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx"})
_KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | DOCUMENT_SUFFIXES

_LEADING_COMMENTS = re.compile(r"^(?:\s*<!--.*?-->)*\s*", re.DOTALL)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)\b")
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html)\b")


def expand(paths: Sequence[str | Path], *, follow_symlinks: bool = False) -> Iterator[Path | InputError]:
    """Yield the files named, and those found in folders (sorted, hidden ones left out).

    A named file is always read, whatever its name; inside a folder only files with
    a known extension (or none at all) are taken, so a folder of articles may also
    hold notes, gold files or images. A symbolic link found in a folder is refused by
    default; `follow_symlinks` reads those whose target stays inside the folder.
    """
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path, follow_symlinks)
        else:
            yield path


def _walk(root: Path, follow_symlinks: bool) -> Iterator[Path | InputError]:
    errors: list[OSError] = []
    refused: list[InputError] = []
    found: list[Path] = []
    inside = root.resolve()
    passed: list[UnsupportedInputError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        passed.extend(UnsupportedInputError(str(Path(dirpath, d)), "hidden folder, not read")
                      for d in dirnames if d.startswith("."))
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        # os.walk does not descend into linked folders; they are reported like linked files
        for name in [*dirnames, *sorted(filenames)]:
            path = Path(dirpath, name)
            reason = _link_refusal(path, inside, follow_symlinks) if path.is_symlink() else None
            if reason:
                refused.append(InputError(str(path), reason))
            elif name in filenames:
                why = _unwanted(name)
                if why is None:
                    found.append(path)
                else:
                    passed.append(UnsupportedInputError(str(path), why))
    for exc in errors:
        reason = "permission denied" if isinstance(exc, PermissionError) else f"cannot list ({exc.strerror})"
        yield InputError(str(exc.filename or root), reason)
    yield from refused
    # every file of a folder is accounted for: read, refused, or named with why it was passed over
    yield from sorted(passed, key=lambda e: e.source)
    yield from sorted(found, key=lambda p: p.relative_to(root).parts)


def _link_refusal(link: Path, inside: Path, follow_symlinks: bool) -> str | None:
    """Return why a symbolic link in a walked folder is not read, or None to read it.

    A link that leaves the folder is never followed: `x.txt -> /etc/passwd` would store the
    password file as an article and serve it to anyone. A linked folder inside the folder
    is walked anyway under its real name, so it is passed over without a word.
    """
    if not follow_symlinks:
        return "symbolic link, not followed (--follow-symlinks reads links inside the folder)"
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return "broken symbolic link"
    if not target.is_relative_to(inside):
        return "symbolic link out of the folder, not followed"
    return None


# a folder's own notes are not articles ("README.md" beside the articles it describes)
_NOT_ARTICLES = re.compile(r"^(readme|license|licence|changelog|contributing|notes?)(\.[a-z]+)?$", re.I)


def _unwanted(name: str) -> str | None:
    """Return why a file found in a folder is not read (None when it is)."""
    if name.startswith("."):
        return "hidden file, not read"
    if _NOT_ARTICLES.match(name):
        return "the folder's notes, not an article"
    suffix = Path(name).suffix.lower()
    if suffix in _KNOWN_SUFFIXES or suffix == "":
        return None
    return f"unsupported kind ({suffix}); accord reads {', '.join(sorted(_KNOWN_SUFFIXES))}"


def sniff_kind(path: Label, data: bytes) -> Kind:
    """Return what a file holds, judged by its first bytes and then by its extension."""
    document = document_kind(data)
    if document is not None:
        return document
    head = _head_text(data)
    head = _LEADING_COMMENTS.sub("", head, count=1).lower()
    suffix = path.suffix.lower()
    if head.startswith("<?xml"):
        if _FEED_ROOT.search(head):
            return "feed"
        if _HTML_ROOT.search(head):
            return "html"
    elif _FEED_ROOT.match(head):
        return "feed"
    elif _HTML_ROOT.match(head):
        return "html"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "text"


def document_kind(data: bytes) -> Kind | None:
    """Return "pdf" or "docx" when the bytes are one (by their signature), else None."""
    # a PDF may have a few bytes of junk before its header; readers accept that too
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") and (b"word/" in data[:65536] or b"word/document.xml" in data[-65536:]):
        return "docx"
    return None


def _head_text(data: bytes) -> str:
    head = data[:4096]
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    return head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
