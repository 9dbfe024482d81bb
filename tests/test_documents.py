"""PDF and Word statements: text, metadata and exact spans; folders that name every file they pass over."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from typer.testing import CliRunner

from accord.cli import app
from accord.core import Article
from accord.errors import InputError, UnsupportedInputError
from accord.ingest import IngestOptions, iter_articles, read_source
from accord.ingest.documents import unwrap_pages
from accord.pipeline import extract_batch
from accord.settings import Settings
from accord.store import Store

HEADING = "Joint Statement"
PARAGRAPHS = (
    "ISLAMABAD: Pakistan and Belarus signed a memorandum of understanding on cooperation in "
    "agriculture on Friday. The two sides agreed to hold the next session of the joint commission "
    "in Minsk by December 2025.",
    "Trade between the two countries reached $100 million last year, the foreign office said.",
)


def make_pdf(path: Path, paragraphs: tuple[str, ...] = PARAGRAPHS, title: str | None = "Joint statement",
             made: datetime | None = datetime(2025, 4, 11, 10, 0, tzinfo=UTC)) -> bytes:
    """Write a real PDF (text drawn in a standard font, wrapped over lines) and return its bytes."""
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    if made:
        pdf.set_creation_date(made)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, HEADING, new_x="LMARGIN", new_y="NEXT")
    for paragraph in paragraphs:
        pdf.multi_cell(0, 8, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.output(str(path))
    return path.read_bytes()


def make_docx(path: Path) -> bytes:
    """Write a real Word file with a heading, two paragraphs and a table, and return its bytes."""
    document = docx.Document()
    document.core_properties.title = "Joint statement"
    document.core_properties.created = datetime(2025, 4, 11, 9, 30, tzinfo=UTC)
    document.add_heading(HEADING, level=1)
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Sector"
    table.rows[0].cells[1].text = "Agriculture"
    document.save(str(path))
    return path.read_bytes()


def test_pdf_text_reads_as_the_paragraphs_written(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "statement.pdf")
    [article] = read_source(tmp_path / "statement.pdf", IngestOptions())
    assert article.text == "\n\n".join((HEADING, *PARAGRAPHS))
    assert article.media_type == "pdf"
    assert article.title == "Joint statement"
    assert article.published == date(2025, 4, 11)
    assert article.name == "statement.pdf"
    assert article.source_hash == hashlib.sha256(data).hexdigest()


def test_two_columns_read_column_by_column(tmp_path: Path) -> None:
    left = ("The left column opens the statement. Pakistan and Belarus signed a memorandum on trade "
            "in Minsk on Friday.")
    right = "The right column closes it. Both sides agreed to meet again in Islamabad by June next year."
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    # the right column is drawn first: the file's drawing order is not the reading order
    pdf.set_xy(110, 20)
    pdf.multi_cell(85, 6, right)
    pdf.set_xy(15, 20)
    pdf.multi_cell(85, 6, left)
    pdf.output(str(tmp_path / "columns.pdf"))
    [article] = read_source(tmp_path / "columns.pdf", IngestOptions())
    assert article.text == f"{left}\n\n{right}"


def test_docx_text_tables_and_metadata(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "statement.docx")
    [article] = read_source(tmp_path / "statement.docx", IngestOptions())
    assert article.text == "\n\n".join((HEADING, *PARAGRAPHS, "Sector | Agriculture"))
    assert (article.media_type, article.title, article.published) == ("docx", "Joint statement",
                                                                       date(2025, 4, 11))
    assert article.source_hash == hashlib.sha256(data).hexdigest()


def test_a_date_the_text_states_wins_over_the_files_date(tmp_path: Path) -> None:
    dated = ("Published in Dawn, April 9th, 2025", *PARAGRAPHS)
    make_pdf(tmp_path / "s.pdf", dated, made=datetime(2025, 6, 1, tzinfo=UTC))
    [article] = read_source(tmp_path / "s.pdf", IngestOptions(date=date(2020, 1, 1)))
    assert article.published == date(2025, 4, 9)


def test_documents_round_trip_with_exact_spans(tmp_path: Path) -> None:
    make_pdf(tmp_path / "a.pdf")
    make_docx(tmp_path / "b.docx")
    articles = [a for a in iter_articles([tmp_path], IngestOptions()) if isinstance(a, Article)]
    assert [a.name for a in articles] == ["a.pdf", "b.docx"]
    batch = extract_batch(articles, Settings(db_url="sqlite://", similarity="words"))
    with Store.open(f"sqlite:///{tmp_path / 's.db'}") as store:
        for facts, article in zip(batch.facts, articles, strict=True):
            mous = [f for f in facts.instruments if f.type == "mou"]
            assert mous and "agriculture" in mous[0].sectors, facts.instruments
            assert facts.commitments and facts.figures
            article_id = store.add(facts)
            assert article_id is not None
            stored = store.article_facts(article_id)
            assert stored.article.source_hash == article.source_hash
            assert stored.article.text == article.text
            assert len(stored.all_facts()) == len(facts.all_facts())
            for fact in stored.all_facts():
                ev = fact.evidence
                assert stored.article.text[ev.start:ev.end] == ev.text


def test_a_pdf_without_a_text_layer_says_so(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # an image-like page: marks, no text
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(InputError) as caught:
        read_source(tmp_path / "scan.pdf", IngestOptions())
    assert caught.value.reason == "PDF has no text layer (a scanned image?); run OCR on it first"


@pytest.mark.parametrize(("name", "data", "said"), [
    ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a pdf", "broken PDF"),
    ("broken.docx", b"PK\x03\x04word/document.xml" + b"\x00" * 40, "broken Word file"),
])
def test_damaged_documents_are_one_line_errors(tmp_path: Path, name: str, data: bytes, said: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_source(tmp_path / name, IngestOptions())
    assert said in caught.value.reason
    assert "\n" not in caught.value.message


@pytest.mark.parametrize(("data", "said"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file (a PNG image), not text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
     "binary file (an old Word/Excel file; save it as .docx or PDF), not text"),
    # text for the sniffed head, then binary: still no advice to try another encoding
    (b"Minsk talks. " * 1000 + bytes(range(256)) * 4, "binary data at offset 13000, not text"),
])
def test_a_binary_file_is_never_told_to_try_an_encoding(tmp_path: Path, data: bytes, said: str) -> None:
    (tmp_path / "statement.txt").write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_source(tmp_path / "statement.txt", IngestOptions())
    assert caught.value.reason == said
    with pytest.raises(InputError):
        read_source(tmp_path / "statement.txt", IngestOptions(encoding="cp1252"))


def test_a_folder_names_every_file_it_does_not_read(tmp_path: Path) -> None:
    make_pdf(tmp_path / "a.pdf")
    (tmp_path / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "README.md").write_text("notes on these files\n")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / ".git").mkdir()
    items = list(iter_articles([tmp_path], IngestOptions()))
    passed = {Path(i.source).name: i.reason for i in items if isinstance(i, UnsupportedInputError)}
    assert passed == {
        "chart.png": "unsupported kind (.png); accord reads .atom, .docx, .htm, .html, .md, .pdf, .rss, "
                     ".text, .txt, .xhtml, .xml",
        "README.md": "the folder's notes, not an article",
        ".DS_Store": "hidden file, not read",
        ".git": "hidden folder, not read",
    }
    assert [i.name for i in items if isinstance(i, Article)] == ["a.pdf"]


def test_ingest_counts_what_it_did_not_read(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    make_docx(tmp_path / "in" / "statement.docx")
    (tmp_path / "in" / "budget.xlsx").write_bytes(b"PK\x03\x04xl/workbook.xml")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "s.db"), "--similarity", "words",
                                      "ingest", str(tmp_path / "in")])
    assert result.exit_code == 0, result.output
    assert "budget.xlsx: unsupported kind (.xlsx)" in result.output
    assert "added: 1 article" in result.output
    assert "not read (unsupported): 1" in " ".join(result.output.split())


def test_unwrapping_keeps_headings_and_joins_wrapped_lines() -> None:
    page = ("Joint Statement\n\nThe two sides agreed to\n\nexpand trade. Ministers\nmet in co-\n\n"
            "operation.\n\nNext")
    assert unwrap_pages([page, "  "]) == ("Joint Statement\n\nThe two sides agreed to expand trade. "
                                          "Ministers met in co-operation.\n\nNext")
