"""Official statements as documents: the text and metadata of PDF and Word (.docx) files.

PDF text comes from pdfminer.six: its layout analysis groups characters into lines and
boxes and orders the boxes by position, so a two-column statement reads column by
column, where reading the content stream in drawing order (pypdf) interleaves or
reorders them. Both are permissively licensed (MIT, BSD). The text is then unwrapped:
PDF has no paragraphs, only positioned lines, and a sentence broken over lines must
read as one sentence for extraction. What is stored is this unwrapped text, and every
evidence span indexes into it; the original file's hash is kept beside it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from accord.errors import InputError
from accord.ingest.label import Label

# a line ending in one of these closes its paragraph; anything else may run on
_CLOSES = frozenset(".!?:;\"”’)]")
# a block this long that does not close is a wrapped line, not a heading
_RUN_ON_CHARS = 50
_SPACES = re.compile(r"[ \t\u00a0]+")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
# pdfminer's default (0.5) leaves the lines of a paragraph set at 1.5 line spacing in boxes of
# their own, which then interleave across columns; 0.8 keeps such a paragraph in one box
_LINE_MARGIN = 0.8


@dataclass(frozen=True, slots=True)
class DocumentText:
    """The text of a document and what its metadata says (title, date)."""

    text: str
    title: str | None
    published: date | None


def pdf_text(label: Label, data: bytes) -> DocumentText:
    """Return the text of a PDF in reading order, unwrapped into paragraphs, with its title and date."""
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError

    try:
        info = _pdf_info(PDFDocument(PDFParser(io.BytesIO(data))))
        raw = extract_text(io.BytesIO(data), laparams=LAParams(line_margin=_LINE_MARGIN))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(str(label), "encrypted PDF (save it without a password first)") from None
    except PDFSyntaxError as exc:
        raise InputError(str(label), f"broken PDF ({_one_line(exc)})") from None
    except Exception as exc:  # pdfminer trips on damaged files with whatever it met: not a bug of ours
        raise InputError(str(label), f"broken PDF ({type(exc).__name__})") from None
    text = unwrap_pages(raw.split("\x0c"))
    if not text:
        raise InputError(str(label), "PDF has no text layer (a scanned image?); run OCR on it first")
    return DocumentText(text, _pdf_string(info.get("Title")), _pdf_date(info.get("CreationDate")))


def docx_text(label: Label, data: bytes) -> DocumentText:
    """Return the paragraphs (and table rows) of a Word file in document order, with its title and date."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(str(label), f"broken Word file ({_one_line(exc)})") from None
    except Exception as exc:  # zipfile and lxml errors: a damaged file, not a bug of ours
        raise InputError(str(label), f"broken Word file ({type(exc).__name__})") from None
    blocks: list[str] = []
    for part in document.iter_inner_content():
        if isinstance(part, Table):
            blocks.extend(" | ".join(_squash(c.text) for c in row.cells) for row in part.rows)
        else:
            blocks.append(_squash(part.text))
    text = "\n\n".join(b for b in blocks if b.strip(" |"))
    if not text:
        raise InputError(str(label), "Word file has no text")
    props = document.core_properties
    created = props.created
    return DocumentText(text, _squash(props.title or "") or None,
                        created.date() if isinstance(created, datetime) else None)


def unwrap_pages(pages: list[str]) -> str:
    """Return the pages' text as paragraphs separated by blank lines, wrapped lines joined."""
    paragraphs: list[str] = []
    for page in pages:
        paragraphs.extend(_unwrap(page))
    return "\n\n".join(paragraphs)


def _unwrap(page: str) -> list[str]:
    out: list[str] = []
    for block in re.split(r"\n\s*\n", page):
        line = _join_lines(block.splitlines())
        if not line:
            continue
        if out and _runs_on(out[-1], line):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(line)
    return out


def _join_lines(lines: list[str]) -> str:
    text = ""
    for line in (_squash(x) for x in lines):
        if line:
            text = _joined(text, line) if text else line
    return text


def _runs_on(before: str, after: str) -> bool:
    # a block that does not close its sentence runs on into one that starts in lower case,
    # or, when it is as long as a wrapped line, into any block
    if before[-1] in _CLOSES:
        return False
    return after[0].islower() or after[0].isdigit() or len(before) >= _RUN_ON_CHARS


def _joined(before: str, after: str) -> str:
    # a word hyphenated at the line end ("co-" + "operation") is joined without a space
    if before.endswith("-") and after[:1].islower():
        return before + after
    return f"{before} {after}"


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _pdf_info(document: Any) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for info in document.info or []:
        if isinstance(info, dict):
            merged.update(info)
    return merged


def _pdf_string(value: object) -> str | None:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, bytes):
        value = decode_text(value)
    if not isinstance(value, str):
        return None
    return _squash(value) or None


def _pdf_date(value: object) -> date | None:
    """Return the day of a PDF date string ("D:20250411100000Z"), None when it has none."""
    text = _pdf_string(value)
    found = _PDF_DATE.match(text or "")
    if not found or not found.group(2) or not found.group(3):
        return None
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200]
