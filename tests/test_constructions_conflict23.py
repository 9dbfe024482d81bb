"""What consolidation across reports needs from extraction (round 23, issue 9), proved on our own wording.

An amount a state invests or pledges as investment ("will invest $2 billion", "pledged $2 billion of
investment", "its planned investments amount to $1 billion") says what it measures, and two reports of one
visit's pledge meet as one figure whatever each says it was, so that amounts that disagree show as a
conflict. A national agency's story filed from the host's capital ("HANOI, May 4 (BSS) - …") is told from
its own state's side: its unmarked visitor is its state's, not the host's; and a person who signs "on
behalf of" a state of the pair is that state's.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from accord.resolve import consolidate
from tests.extract_support import facts

LEAD = "Diplomatic news in brief\n\nPORT VILA, May 6 (Wire) -- "
DAY = date(2025, 5, 6)


def _whats(extractor: RulesExtractor, text: str) -> list[str | None]:
    return [f.what for f in facts(extractor, text, lead=LEAD).figures]


# ------------------------------------------------------------------ an amount invested or pledged

@pytest.mark.parametrize(("text", "what"), [
    ("Norway will invest 2 billion US dollars in Chile's mining and energy sectors.", "investment"),
    ("The king pledged $3.5 billion of investment, his office said.", "investment"),
    ("Chile's planned investments in Norway amount to $1 billion.", "Chile's planned investments"),
    ("Seoul will invest about 2 trillion won in the new port, the minister said.", "investment"),
    ("The president promised $200 million in investment during the visit.", "investment"),
    ("Under the deal, Oslo invests NOK 5 billion in the Chilean grid.", "investment"),
])
def test_an_amount_invested_or_pledged_says_what_it_measures(
        extractor: RulesExtractor, text: str, what: str) -> None:
    assert _whats(extractor, text) == [what]


@pytest.mark.parametrize("text", [
    # an act that is no investment, and a pledge of something else
    "The bank approved $500 million for the coastal road.",
    "The king pledged $3.5 billion of aid to the flood victims.",
])
def test_other_amounts_say_no_investment(extractor: RulesExtractor, text: str) -> None:
    assert _whats(extractor, text) == [None]


def _report(extractor: RulesExtractor, name: str, text: str, published: date = DAY) -> ArticleFacts:
    return facts(extractor, text + " Chile and Norway.", published=published, name=name)


def _figure_records(reports: list[ArticleFacts]) -> list[list[str]]:
    register = consolidate(reports)
    return sorted(sorted(str(v.value) for c in r.conflicts for v in c.values if c.field == "value")
                  or ["-"] for r in register.records.values() if r.kind == "figures")


@pytest.mark.parametrize(("first", "second"), [
    ("Norway will invest 1.5 billion US dollars in Chile's energy sector.",
     "Norway's planned investments in Chile amount to $1 billion."),
    ("The king pledged $1.5 billion of investment in Chile, his office said.",
     "Norway will invest $1 billion in Chile's ports, the minister said."),
])
def test_two_reports_of_one_pledge_show_their_amounts_as_a_conflict(
        extractor: RulesExtractor, first: str, second: str) -> None:
    a, b = _report(extractor, "a.txt", first), _report(extractor, "b.txt", second)
    records = _figure_records([a, b])
    assert len(records) == 1 and len(records[0]) == 2


@pytest.mark.parametrize(("first", "second"), [
    ("Norway will invest 1.5 billion US dollars in Chile's energy sector.",
     "Norway's planned investments in Chile amount to $1 billion."),
    ("Norway's planned investments in Chile amount to about $1 billion.",
     "Norway will invest 1.5 billion US dollars in Chile's energy sector."),
    ("Norway will invest $2 billion in Chile's ports, the minister said.",
     "The king pledged nearly $1.8 billion of investment in Chile, his office said."),
])
def test_a_joined_pledge_shows_one_report_s_value_with_its_own_number(
        extractor: RulesExtractor, first: str, second: str) -> None:
    reports = [_report(extractor, "a.txt", first), _report(extractor, "b.txt", second)]
    told = {(f.value, f.number, f.approx) for r in reports for f in r.figures}
    shown = [r for r in consolidate(reports).records.values() if r.kind == "figures"]
    assert len(shown) == 1
    fields = shown[0].fields
    assert (fields["value"], fields["number"], fields["approx"]) in told


def test_pledges_a_year_apart_stay_apart(extractor: RulesExtractor) -> None:
    a = _report(extractor, "a.txt", "Norway will invest 1.5 billion US dollars in Chile's energy sector.")
    b = _report(extractor, "b.txt", "Norway's planned investments in Chile amount to $1 billion.",
                published=date(2026, 5, 6))
    assert len(_figure_records([a, b])) == 2


# ------------------------------------------------------------------ the visitor's own agency

# A headline naming both states above the dateline, as a report has.
_HEADLINES = {"BSS": "Bangladesh, Qatar", "QNA": "Qatar, Bangladesh", "PTI": "India, Kuwait",
              "Reuters": "India, Kuwait", "Yonhap": "South Korea, Japan", "IRNA": "Iran, Turkey"}


def _countries(extractor: RulesExtractor, text: str) -> dict[str, str | None]:
    agency = text.split("(", 1)[1].split(")", 1)[0]
    lead = f"{_HEADLINES[agency]} hold talks on trade\n\n"
    return {p.name: p.country for p in facts(extractor, text, lead=lead).people}


@pytest.mark.parametrize(("text", "name", "state"), [
    ("DOHA, Nov 24 (BSS) - Chief Adviser Karim Uddin and His Highness Sheikh Fahad Al Thani, the Amir "
     "of the State of Qatar, held a bilateral meeting at the Amiri Diwan here today.",
     "Karim Uddin", "Bangladesh"),
    ("KUWAIT CITY, March 3 (PTI) - External Affairs Minister Ravi Menon and Kuwaiti Foreign Minister "
     "Sheikh Salem Al-Sabah held talks here on Monday on trade and energy.",
     "Ravi Menon", "India"),
    ("TOKYO, June 2 (Yonhap) -- Foreign Minister Park Ji-won held talks with Japanese Prime Minister "
     "Taro Sato here on Tuesday, discussing supply chains.",
     "Park Ji-won", "South Korea"),
    ("ANKARA, Jan 9 (IRNA) - Foreign Minister Ali Rezaei and Turkish Foreign Minister Mehmet Kaya "
     "discussed border trade at their meeting in the capital today.",
     "Ali Rezaei", "Iran"),
    ("DOHA, Nov 24 (BSS) - Chief Adviser Karim Uddin met the Amir of the State of Qatar, Sheikh Fahad "
     "Al Thani. Foreign Adviser Rafiq Ahmed signed on behalf of Bangladesh while Minister of State Dr "
     "Khalid Al-Marri signed on behalf of Qatar.",
     "Khalid Al-Marri", "Qatar"),
])
def test_a_national_agency_filing_from_the_host_tells_its_own_side(
        extractor: RulesExtractor, text: str, name: str, state: str) -> None:
    assert _countries(extractor, text)[name] == state


@pytest.mark.parametrize(("text", "name", "state"), [
    # an international wire says nothing of whose story it is: the host's soil still tells
    ("KUWAIT CITY, March 3 (Reuters) - Kuwaiti Foreign Minister Sheikh Salem Al-Sabah and Commerce "
     "Minister Fahad Al-Mutairi opened the trade fair here on Monday.",
     "Fahad Al-Mutairi", "Kuwait"),
    # the host's own agency: its bare minister is the host's
    ("DOHA, Nov 24 (QNA) - Minister of State Khalid Al-Marri met Bangladesh's Foreign Adviser Rafiq "
     "Ahmed at the ministry today.",
     "Khalid Al-Marri", "Qatar"),
])
def test_an_agency_of_no_side_or_of_the_host_changes_nothing(
        extractor: RulesExtractor, text: str, name: str, state: str) -> None:
    assert _countries(extractor, text)[name] == state
