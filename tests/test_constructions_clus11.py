"""Consolidation across reports in house styles the events sets lacked (round 11, clus11).

Invented reports of one pair of states: a state agency with full titles, a regional paper with
nicknames and "the two leaders", a wire that counts and gives one figure another report contradicts.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts, Figure, Instrument
from accord.extract.rules import RulesExtractor
from accord.resolve.text import name_tokens, names_match
from tests.extract_support import facts
from tests.resolve_fixtures import article, ev, record_groups

DAY = date(2026, 10, 15)
Doc = tuple[str, str, str]  # a document as (type, subject, sector)



def _figures(name: str, text: str, *figures: tuple[str, str | None, str]) -> ArticleFacts:
    """An article of `text` with figures given as (value, what, quote)."""
    return ArticleFacts(
        article(name, text, DAY), "test", "1",
        figures=[Figure(value=v, what=w, evidence=ev(text, q)) for v, w, q in figures],
    )


# ------------------ a count is no span of time: "five agreements", "a five-year deal"

@pytest.mark.parametrize(("timed", "count"), [
    (("five-year", "deal", "a five-year deal"), ("five", "agreements", "five agreements")),
    (("two-year", "agreement", "a two-year agreement"), ("two", "MoUs", "two MoUs")),
    (("three-year", "MoU", "a three-year MoU"), ("3", "documents", "3 documents")),
    (("ten-year", "pact", "a ten-year pact"), ("10", "agreements", "10 agreements")),
    (("6-month", "accord", "a 6-month accord"), ("six", "deals", "six deals")),
    (("four-day", "protocol", "a four-day protocol"), ("four", "instruments", "four instruments")),
])
def test_a_span_of_time_stays_apart_from_a_count(timed: tuple[str, str | None, str],
                                                 count: tuple[str, str | None, str]) -> None:
    a = _figures("a.txt", f"Kenya and Japan signed {count[2]} in Nairobi.", count)
    b = _figures("b.txt", f"Kenya and Japan agreed on {timed[2]} in Nairobi.", timed)
    assert record_groups([a, b], "figures", quotes=True) == [[f"a.txt:{count[2]}"], [f"b.txt:{timed[2]}"]]


def test_a_count_joins_the_count_beside_a_span() -> None:
    five = ("five", "agreements", "five agreements")
    a = _figures("a.txt", "Kenya and Japan signed five agreements.", five)
    text = "Kenya and Japan signed a five-year deal and five agreements."
    b = _figures("b.txt", text, ("five-year", "deal", "a five-year deal"), five)
    assert ["a.txt:five agreements", "b.txt:five agreements"] in record_groups([a, b], "figures", quotes=True)


@pytest.mark.parametrize(("one", "other"), [
    (("five", "agreements", "five agreements"), ("5", "documents", "5 documents")),
    (("five-year", "deal", "a five-year deal"), ("5-year", "agreement", "a 5-year agreement")),
    (("70%", "of rice imports", "70% of rice imports"),
     ("70 per cent", "of rice imports", "70 per cent of rice imports")),
    (("two-day", "visit", "a two-day visit"), ("two days", "visit", "two days visit")),
    (("3", "years of talks", "3 years of talks"), ("three years", "of talks", "three years of talks")),
])
def test_figures_of_one_unit_still_join(one: tuple[str, str | None, str],
                                        other: tuple[str, str | None, str]) -> None:
    a = _figures("a.txt", f"Kenya and Japan: {one[2]}, officials said.", one)
    b = _figures("b.txt", f"Kenya and Japan: {other[2]}, officials said.", other)
    assert record_groups([a, b], "figures", quotes=True) == [[f"a.txt:{one[2]}", f"b.txt:{other[2]}"]]


# ------------------ "the meeting between Chinese and US officials": another pair's meeting

def _meeting_groups(extractor: RulesExtractor, first: str, second: str, day: date) -> list[list[str]]:
    a = facts(extractor, first, published=day, name="a.txt")
    b = facts(extractor, second, published=day, name="b.txt")
    assert a.meetings and b.meetings
    return record_groups([a, b], "meetings", quotes=True)


@pytest.mark.parametrize(("first", "second", "day"), [
    ("BANGKOK: Prime Minister Srettha Thavisin met Chinese Foreign Minister Wang Yi on Monday. "
     "Thailand and China signed a visa deal.",
     "BANGKOK: Thailand and China will waive visas. Srettha hailed the recent meeting between top "
     "Chinese and US officials in Bangkok as historic.", date(2024, 1, 30)),
    ("ANKARA: President Recep Tayyip Erdogan held talks with President Vladimir Putin on Monday. "
     "Turkey and Russia agreed to build a gas hub.",
     "ANKARA: Turkey and Russia will build a gas hub. Erdogan praised the talks between Russia and "
     "Ukraine in Istanbul, he said.", date(2025, 5, 20)),
    ("COLOMBO: President Anura Kumara Dissanayake met Prime Minister Narendra Modi on Monday. "
     "Sri Lanka and India signed a defence pact.",
     "COLOMBO: Sri Lanka and India signed a defence pact. Dissanayake welcomed the meeting between "
     "Indian and Chinese officials in Delhi.", date(2024, 12, 17)),
    ("TOKYO: Prime Minister Shigeru Ishiba met Premier Li Qiang on Tuesday. Japan and China agreed "
     "to resume seafood trade.",
     "TOKYO: Japan and China agreed to resume seafood trade. Li noted the talks between the leaders "
     "of South Korea and the United States on Tuesday.", date(2025, 9, 3)),
    ("KHARTOUM: Sudanese Foreign Minister Ali Youssef met Ethiopian Prime Minister Abiy Ahmed on "
     "Sunday. Sudan and Ethiopia agreed to reopen the border.",
     "KHARTOUM: Sudan and Ethiopia will reopen the border. Youssef cited the talks between "
     "Egyptian and Ethiopian delegations in Cairo.", date(2025, 3, 10)),
])
def test_a_meeting_between_other_states_stays_apart(extractor: RulesExtractor, first: str, second: str,
                                                    day: date) -> None:
    groups = _meeting_groups(extractor, first, second, day)
    assert not any({n.split(":")[0] for n in g} == {"a.txt", "b.txt"} for g in groups), groups


@pytest.mark.parametrize(("second", "day"), [
    ("BANGKOK: Thailand and China will waive visas. Srettha hailed his meeting between Thai and "
     "Chinese officials on Monday at Government House.", date(2024, 1, 30)),
    ("BANGKOK: Thailand and China will waive visas. Srettha spoke after the talks between the two "
     "ministers at Government House on Monday.", date(2024, 1, 30)),
])
def test_a_meeting_between_the_pair_still_joins(extractor: RulesExtractor, second: str, day: date) -> None:
    first = ("BANGKOK: Prime Minister Srettha Thavisin met Chinese Foreign Minister Wang Yi at Government "
             "House on Monday. Thailand and China signed a visa deal.")
    groups = _meeting_groups(extractor, first, second, day)
    assert any({n.split(":")[0] for n in g} == {"a.txt", "b.txt"} for g in groups), groups


# ------------------ "held a summit on the sidelines of the APEC summit": two leaders' talks

_BESIDE_CASES = [
    ("SEOUL: President Lee Jae Myung will visit Beijing next week. Lee and Xi Jinping met on the "
     "sidelines of the APEC summit in Gyeongju on Nov. 1.",
     "SEOUL: South Korea and China will hold a summit. The two leaders previously held a summit in "
     "Gyeongju on Nov. 1 on the margins of the APEC summit.", date(2025, 12, 30)),
    ("SEOUL: President Lee Jae Myung will visit Beijing next week. Lee and Xi Jinping met on the "
     "sidelines of the APEC summit in Gyeongju on Nov. 1.",
     "SEOUL: Lee Jae Myung and Xi Jinping held a summit at the sidelines of the APEC leaders' meeting "
     "in Gyeongju on Nov. 1.", date(2025, 12, 30)),
    ("NEW DELHI: Prime Minister Narendra Modi met President Xi Jinping on the sidelines of the BRICS "
     "summit in Kazan on Wednesday.",
     "NEW DELHI: Narendra Modi and Xi Jinping held a summit on the margins of the BRICS summit in "
     "Kazan on Wednesday, officials said.", date(2024, 10, 24)),
    ("WASHINGTON: President Joe Biden met President Xi Jinping on the sidelines of the APEC meeting "
     "in Woodside on Wednesday.",
     "WASHINGTON: Joe Biden and Xi Jinping held a summit on the fringes of the APEC meeting in "
     "Woodside on Wednesday.", date(2023, 11, 16)),
    ("TOKYO: Prime Minister Shigeru Ishiba met President Lee Jae Myung on the sidelines of the G20 "
     "summit in Johannesburg on Saturday.",
     "TOKYO: Shigeru Ishiba and Lee Jae Myung held a summit on the sidelines of the G20 summit in "
     "Johannesburg on Saturday.", date(2025, 11, 23)),
]


@pytest.mark.parametrize(("first", "second", "day"), _BESIDE_CASES)
def test_a_summit_beside_a_gathering_joins_the_leaders_talks(extractor: RulesExtractor, first: str,
                                                             second: str, day: date) -> None:
    groups = _meeting_groups(extractor, first, second, day)
    beside = [g for g in groups if all(any(w in n for w in ("sidelines", "margins", "fringes")) for n in g)]
    assert [sorted(n.split(":")[0] for n in g) for g in beside] == [["a.txt", "b.txt"]], groups


@pytest.mark.parametrize(("first", "second", "day"), [
    ("SEOUL: Lee and Xi Jinping met on the sidelines of the APEC summit in Gyeongju on Nov. 1.",
     "SEOUL: Lee Jae Myung and Xi Jinping held a summit in Gyeongju on Nov. 1, before the APEC "
     "summit opened.", date(2025, 12, 30)),
    ("NEW DELHI: Prime Minister Narendra Modi met President Xi Jinping in Kazan on Wednesday.",
     "NEW DELHI: Modi and Xi attended the BRICS summit in Kazan on Wednesday.", date(2024, 10, 24)),
])
def test_a_summit_not_beside_a_gathering_stays_a_summit(extractor: RulesExtractor, first: str,
                                                         second: str, day: date) -> None:
    groups = _meeting_groups(extractor, first, second, day)
    leaders = [g for g in groups if any(n.startswith("a.txt") and "met" in n for n in g)]
    assert leaders and all(n.startswith("a.txt") for g in leaders for n in g), groups


# ------------------ a document named in a summary list and again in full, in one article, is one

def _documents(name: str, text: str, *docs: tuple[str, str, str, str]) -> ArticleFacts:
    """An article of `text` with documents given as (type, subject, sector, quote)."""
    return ArticleFacts(
        article(name, text, DAY), "test", "1",
        instruments=[Instrument(type=t, subject=s, sectors=(sector,) if sector else (),
                                parties=("Kenya", "Japan"), date=DAY.isoformat(), evidence=ev(text, q))
                     for t, s, sector, q in docs],
    )


@pytest.mark.parametrize(("short", "full"), [
    (("agreement", "coffee trade", "trade"), ("agreement", "coffee trade promotion", "trade development")),
    (("mou", "taxation", "taxation"), ("agreement", "avoidance of double taxation", "taxation")),
    (("mou", "halal", "halal trade"), ("mou", "cooperation in the halal industry", "halal trade")),
    (("agreement", "visa exemption", ""),
     ("agreement", "visa exemption for diplomatic passport holders", "")),
    (("mou", "tourism", "tourism"), ("mou", "cooperation in tourism and hospitality", "tourism")),
])
def test_a_document_listed_then_named_in_full_is_one(short: Doc, full: Doc) -> None:
    text_b = (f"Kenya and Japan signed four agreements, including on {short[1]}. "
              f"The documents cover {full[1]}, officials said.")
    first, second = text_b.split(". ")
    b = _documents("b.txt", text_b, (*short, first), (*full, second))
    text_a = f"Kenya and Japan signed deals on {short[1]} on Thursday."
    a = _documents("a.txt", text_a, (*short, short[1]))
    expected = sorted([f"a.txt:{short[1]}", f"b.txt:{first}", f"b.txt:{second}"])
    assert record_groups([a, b], "instruments", quotes=True) == [expected]


@pytest.mark.parametrize(("one", "other"), [
    (("mou", "education", "education"), ("mou", "vocational education", "vocational education")),
    (("agreement", "trade", "trade"), ("protocol", "trade in services", "trade")),
    (("mou", "renewable energy cooperation", "energy"),
     ("mou", "renewable energy cooperation and hydrogen", "energy")),
])
def test_two_documents_of_one_article_stay_two(one: Doc, other: Doc) -> None:
    text = f"Kenya and Japan signed MoUs on {one[1]} and on {other[1]}."  # both items quote their list
    b = _documents("b.txt", text, (*one, text), (*other, text))
    assert len(record_groups([b], "instruments", quotes=True)) == 2


# ------------------ a narrower sector agrees with its broader one ("trade promotion" is trade)

@pytest.mark.parametrize(("one", "other"), [
    (("agreement", "coffee trade", "trade"), ("mou", "coffee trade promotion", "trade development")),
    (("mou", "halal products", "halal trade"), ("mou", "trade in halal products", "trade")),
    (("mou", "digital economy", "digital economy"), ("agreement", "economy and digital trade", "economy")),
    (("mou", "vocational education", "vocational education"), ("mou", "vocational education and training",
                                                                "education")),
    (("agreement", "labour migration", "labour migration"), ("agreement", "migration of skilled labour",
                                                            "migration")),
])
def test_a_narrower_sector_joins_its_broader_one(one: Doc, other: Doc) -> None:
    a = _documents("a.txt", f"Kenya and Japan signed a deal on {one[1]}.", (*one, one[1]))
    b = _documents("b.txt", f"Kenya and Japan signed a deal on {other[1]}.", (*other, other[1]))
    assert record_groups([a, b], "instruments", quotes=True) == [[f"a.txt:{one[1]}", f"b.txt:{other[1]}"]]


@pytest.mark.parametrize(("one", "other"), [
    (("agreement", "trade", "trade"), ("agreement", "customs statistics", "customs")),
    (("mou", "digital economy", "digital economy"),
     ("mou", "digital infrastructure", "digital infrastructure")),
])
def test_sectors_of_other_branches_stay_apart(one: Doc, other: Doc) -> None:
    a = _documents("a.txt", f"Kenya and Japan signed a deal on {one[1]}.", (*one, one[1]))
    b = _documents("b.txt", f"Kenya and Japan signed a deal on {other[1]}.", (*other, other[1]))
    assert len(record_groups([a, b], "instruments", quotes=True)) == 2


# ------------------ honorifics of chiefs and of the Malay press are no part of a name

@pytest.mark.parametrize(("one", "other"), [
    ("Asiwaju Tinubu", "Bola Ahmed Tinubu"),
    ("Asiwaju Bola Tinubu", "Bola Ahmed Tinubu"),
    ("Datuk Seri Anwar Ibrahim", "Anwar bin Ibrahim"),
    ("Otunba Gbenga Daniel", "Jubril Gbenga Daniel"),
    ("Tun Dr Mahathir Mohamad", "Mahathir bin Mohamad"),
    ("Chief Olusegun Obasanjo", "Olusegun Mathew Okikiola Aremu Obasanjo"),
])
def test_a_name_with_an_honorific_is_the_name(one: str, other: str) -> None:
    assert names_match(name_tokens(one), name_tokens(other))


@pytest.mark.parametrize(("one", "other"), [
    ("Datuk Seri Anwar Ibrahim", "Nurul Izzah Anwar"),
    ("Chief Olusegun Obasanjo", "Chief Bisi Akande"),
    ("Alhaji Atiku Abubakar", "Alhaji Aliko Dangote"),
])
def test_two_people_with_one_honorific_stay_two(one: str, other: str) -> None:
    assert not names_match(name_tokens(one), name_tokens(other))
