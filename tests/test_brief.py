"""The brief: how it names things, the grammar of every sentence it writes, its facts, length and formats."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from accord.brief import Brief, Sentence, build_brief, count_words, to_markdown, to_pdf, verb_phrase
from accord.core import ArticleFacts
from accord.curation import CuratedRegister, apply_curation
from accord.read import instruments
from accord.registry import load_register
from accord.resolve import consolidate
from accord.resolve.rules import status_class
from accord.store import Store
from accord.titles import day_words, instrument_name, kind_words, meeting_title
from tests.api_support import sample_db
from tests.resolve_fixtures import all_articles, generated, later, visit_a, visit_b


@pytest.mark.parametrize(("fields", "name"), [
    ({"type": "mou", "subject": "e-commerce"}, "the MoU on e-commerce"),
    ({"type": "treaty", "subject": "extradition treaty"}, "the extradition treaty"),
    ({"type": "roadmap", "subject": "Roadmap for Comprehensive Cooperation 2025-2027"},
     "Roadmap for Comprehensive Cooperation 2025-2027"),
    ({"type": "mou", "subject": "memorandum of understanding on fisheries"},
     "the memorandum of understanding on fisheries"),
    ({"type": "other", "subject": "visa exemption"}, "the instrument on visa exemption"),
    ({"type": "declaration", "subject": "joint communique"}, "the joint communique"),
])
def test_instrument_name(fields: dict[str, str], name: str) -> None:
    assert instrument_name(fields) == name


def test_titles_read_as_words() -> None:
    talks = {"kind": "talks", "participants": ["Shehbaz Sharif", "Aleksandr Lukashenko"],
             "place": "Islamabad", "date": "2024-11-26"}
    assert meeting_title(talks) == "Talks: Sharif – Lukashenko, Islamabad, 26 Nov 2024"
    assert meeting_title({"kind": "business_forum", "date": None}) == "Business forum"
    assert kind_words("business_forum") == "business forum"
    assert [day_words(d) for d in ("2025-02", "2025", None)] == ["Feb 2025", "2025", "undated"]


@pytest.mark.parametrize(("action", "phrase"), [
    ("visit to Belarus", "visit Belarus"),
    ("initiatives, including joint ventures", "agree on initiatives, including joint ventures"),
    ("reconvene in Minsk", "reconvene in Minsk"),
    ("discuss trade", "discuss trade"),
])
def test_an_action_reads_after_undertook_to(action: str, phrase: str) -> None:
    assert verb_phrase(action) == phrase


def test_counts_agree_with_their_noun() -> None:
    assert [count_words(n, "report") for n in (1, 2, 12)] == ["one report", "two reports", "12 reports"]


# --- grammar of every sentence ------------------------------------------------------------

PLURAL_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|[02-9]|\d{2,3})"  # not years


def grammar_errors(s: Sentence) -> list[str]:
    """Return what is wrong with one sentence of a brief (empty when it reads right)."""
    t = s.text
    checks = {
        "no capital at the start": not t[:1].isupper(),
        "no full stop at the end": not t.endswith((".", "”.")),
        "doubled or stray space": "  " in t or " ," in t or " ." in t,
        "an ISO date": bool(re.search(r"\b\d{4}-\d{2}(?:-\d{2})?\b(?! ?[–-])", t)),
        "a kind or status with an underscore": "_" in t,
        "a file name": ".txt" in t or any(".txt" in c.label for c in s.cites),
        "'visit to' after 'to'": bool(re.search(r"\bto visit to\b", t)),
        "a plural noun after 'undertook to'": bool(re.search(r"undertook to \w+s\b(?! \w+ (?:to|in|on))",
                                                             t)) and "undertook to discuss" not in t,
        "'one … were'": bool(re.search(r"(?<!and )\bone \w+ were\b", t)),
        "'N … was'": bool(re.search(rf"\b{PLURAL_NUMBER} (?:\w+ )?(?:was|is|has)\b", t)),
        "'a' before a vowel": bool(re.search(r"\ba [aeiou]", t)),
        "None or an empty value": "None" in t or "“”" in t,
        "no citation": not s.cites,
        "unbalanced quotes": t.count("“") != t.count("”"),
    }
    return [name for name, bad in checks.items() if bad]


def _register(facts: list[ArticleFacts]) -> CuratedRegister:
    return apply_curation(consolidate(facts), [])


REGISTERS = {
    "three reports": all_articles,
    "one report": lambda: [visit_a()],
    "the second report": lambda: [visit_b()],
    "an MoU then its agreement": lambda: [visit_a(), later()],
    "many small reports": lambda: [generated(n) for n in range(9)],
}
DAYS = [date(2024, 11, 1), date(2024, 11, 25), date(2025, 1, 15), date(2026, 6, 1)]


@pytest.mark.parametrize("name", REGISTERS)
@pytest.mark.parametrize("as_of", DAYS)
def test_every_sentence_of_a_brief_reads_right(name: str, as_of: date) -> None:
    b = build_brief(_register(REGISTERS[name]()), "CL-NO", as_of)
    assert 3 <= len(b.summary) <= 5
    problems = {s.text: grammar_errors(s) for s in b.sentences() if grammar_errors(s)}
    assert problems == {}
    assert b.words() <= 500


def test_the_grammar_check_finds_faults() -> None:
    # the checker itself must catch what the old brief wrote
    for bad in ["Chile undertook to visit to Norway.", "Chile undertook to initiatives, including a fund.",
                "A visit in Belarus took place on 2024-11-26.", "one reports were filed."]:
        assert grammar_errors(Sentence(bad, ())), bad


def test_the_brief_states_what_the_register_holds() -> None:
    register = _register(all_articles())
    b = build_brief(register, "CL-NO", date(2025, 6, 1))
    text = " ".join(s.text for s in b.summary)
    done = [v for v in instruments(register, "CL-NO") if status_class(v.record.fields["status"]) == "done"]
    assert f"record {count_words(len(done), 'instrument')} concluded" in text
    sections = {s.title: [x.text for x in s.sentences] for s in b.sections}
    # commitments: overdue ones come first
    commitments = sections["Commitments as of 1 Jun 2025"]
    assert "not reported done in time" in commitments[0]
    conflicts = " ".join(sections["Open conflicts between sources"])
    assert "“2 Dec 2024”" in conflicts and "“Dec 2024”" in conflicts  # "within two weeks" / "next month"


def test_markdown_escapes_outlets_and_cites_by_outlet_and_day() -> None:
    facts = all_articles()
    facts[1] = replace(facts[1], article=replace(facts[1].article, outlet="Evil]* Times"))
    md = to_markdown(build_brief(_register(facts), "CL-NO", date(2025, 6, 1)))
    assert "Evil\\]\\* Times" in md and "Evil]*" not in md
    assert "Ministry of Foreign Affairs of Norway, 18 Nov 2024" in md
    assert ".txt" not in md.split("## Sources")[0]


def test_the_pdf_holds_the_brief_text() -> None:
    b = build_brief(_register(all_articles()), "CL-NO", date(2025, 6, 1))
    reader = PdfReader(io.BytesIO(to_pdf(b)))
    text = " ".join(page.extract_text() for page in reader.pages)
    words = " ".join(text.split())
    assert b.title in words and "Sources" in words
    assert " ".join(b.summary[0].text.split()[:6]) in words


# --- the sample corpus --------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_brief(tmp_path_factory: pytest.TempPathFactory) -> Brief:
    db: Path = sample_db(tmp_path_factory)
    with Store.open(f"sqlite:///{db}") as store:
        return build_brief(load_register(store), "BY-PK", date(2025, 6, 1))


@pytest.mark.slow
def test_the_sample_brief_is_short_true_and_grammatical(sample_brief: Brief) -> None:
    b = sample_brief
    assert b.words() <= 500
    assert 3 <= len(b.summary) <= 5
    assert {s.text: grammar_errors(s) for s in b.sentences() if grammar_errors(s)} == {}
    sections = {s.title: " ".join(x.text for x in s.sentences) for s in b.sections}
    meetings = sections["Recent and upcoming meetings"]
    first_day = next(s.text for s in b.sections[2].sentences if "26 Nov 2024" in s.text)
    assert "in Islamabad" in first_day and "in Belarus" not in first_day  # the 2024 talks
    assert "11 Apr 2025" in meetings
    # the reconvening in Minsk: "within two weeks" against "next month"
    conflicts = sections["Open conflicts between sources"]
    assert "reconvene in Minsk" in conflicts and "“10 Dec 2024”" in conflicts and "“Dec 2024”" in conflicts
    assert all(".txt" not in c.label for s in b.sentences() for c in s.cites)
    assert any(c.label.startswith("Dawn, 27 Nov 2024") for s in b.sentences() for c in s.cites)
