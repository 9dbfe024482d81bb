"""Whole-article constructions of house styles the dev sets lack (issue 9, gen12b), proved on our own
wording: a visitor named by a last name the tagger misses ("Chinh, who arrived in Japan on Wednesday
for a four-day visit", as Kyodo, PTI and AFP write of a leader named in full before) is the one who
arrives, on the day told.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts, named

FRIDAY = date(2025, 5, 9)

# --------------------------------------------------------------------------- a last name's arrival


@pytest.mark.parametrize("lead, text, who, day", [
    ("Prime Minister Sanae Takaichi held talks with Vietnamese Prime Minister Pham Minh Chinh on Friday. ",
     "Chinh, who arrived in Japan on Wednesday for a four-day visit, said Vietnam hopes for more investment.",
     "Pham Minh Chinh", "2025-05-07"),
    ("Prime Minister Narendra Modi met Mauritian Prime Minister Navinchandra Ramgoolam on Friday. ",
     "Ramgoolam, who arrived in India on Tuesday on an eight-day state visit, brought a delegation.",
     "Navinchandra Ramgoolam", "2025-05-06"),
    ("Ghana's President John Mahama held talks with Kenyan President William Ruto on Friday. ",
     "Ruto arrived in Accra on Wednesday for a two-day official visit.",
     "William Ruto", "2025-05-07"),
    ("Ghana's President John Mahama held talks with Kenyan President William Ruto on Friday. ",
     "Ruto, who arrived in Ghana on Wednesday, said trade would grow.",
     "William Ruto", "2025-05-07"),
    ("Chinese Premier Li Qiang met Sri Lankan Prime Minister Harini Amarasuriya in Beijing on Friday. ",
     "Amarasuriya, who arrived in Beijing on Thursday for a five-day official visit, toured a factory.",
     "Harini Amarasuriya", "2025-05-08"),
])
def test_a_last_name_arriving_for_a_visit_is_the_visitor(extractor: RulesExtractor, lead: str, text: str,
                                                         who: str, day: str) -> None:
    visits = [m for m in facts(extractor, lead + text, published=FRIDAY).meetings if m.kind == "visit"]
    assert len(visits) == 1, visits
    assert named(visits[0], who), visits[0].participants
    assert visits[0].date == day


@pytest.mark.parametrize("lead, text", [
    ("Ghana's President John Mahama held talks with Kenyan President William Ruto on Friday. ",
     "The cargo, which arrived in Accra on Wednesday, was cleared by customs."),
    ("Prime Minister Narendra Modi met Mauritian Prime Minister Navinchandra Ramgoolam on Friday. ",
     "Ramgoolam will arrive in Varanasi on Saturday for a two-day visit."),
])
def test_no_arrival_of_a_thing_or_a_planned_one_is_a_held_visit(extractor: RulesExtractor, lead: str,
                                                               text: str) -> None:
    visits = [m for m in facts(extractor, lead + text, published=FRIDAY).meetings
              if m.kind == "visit" and m.date is not None]
    assert visits == [], visits
