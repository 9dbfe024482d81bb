"""Article-level constructions of more genres (issue 9, gen8b), proved on our own wording: plain-text
tables of outcomes, date lines with credits, translated officialese ("the sides", "the parties",
"the two Heads of State", "expressed their determination to"), a state's long form the tagger
takes for a place.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import Article
from accord.extract.rules import RulesExtractor
from accord.extract.rules.context import Context
from accord.ingest.metadata import find_metadata
from tests.extract_support import facts

_LEAD = "Ghana and Kenya held talks in Accra on Monday. "
_PAIR = "Ghana and Kenya"


# --------------------------------------------------------------------------- date lines with credits

@pytest.mark.parametrize(("line", "day"), [
    ("Posted On: 18 FEB 2026 7:40PM by PIB Delhi", date(2026, 2, 18)),
    ("By Sophie Marsh | 22 July 2026", date(2026, 7, 22)),
    ("22 July 2026 | By Sophie Marsh", date(2026, 7, 22)),
    ("Published: 5 May 2026 by Foreign Ministry", date(2026, 5, 5)),
    ("By Tom Okello · March 3, 2025", date(2025, 3, 3)),
])
def test_a_date_line_with_a_byline_or_poster_dates_the_page(line: str, day: date) -> None:
    text = f"Ghana and Kenya sign a deal\n\n{line}\n\nGhana and Kenya signed a trade deal on Monday.\n"
    meta = find_metadata(text)
    assert meta.published == day
    start = text.index(line)
    assert any(a <= start and start + len(line) <= b for a, b in meta.skip)  # no figure, no sentence


@pytest.mark.parametrize("line", [
    "Signed by Ghana on 22 July 2026",       # a clause, not a credit
    "Talks | Ghana | 22 July 2026",          # two parts besides the date
])
def test_other_lines_with_a_date_do_not(line: str) -> None:
    text = f"Ghana and Kenya sign a deal\n\n{line}\n\nGhana and Kenya signed a trade deal on Monday.\n"
    assert find_metadata(text).published is None


# --------------------------------------------------------------------------- tables of outcomes

_TABLES = [
    ("S.No. | Agreement | Description\n"
     "1. | MoU on Cooperation in Ocean Economy | Framework for joint research in fisheries.\n"
     "2. | Agreement on Mutual Legal Assistance in Criminal Matters | Provides for help in investigations.\n",
     ["MoU on Cooperation in Ocean Economy", "Agreement on Mutual Legal Assistance in Criminal Matters"]),
    ("No | Document | Purpose | Signed by\n"
     "1 | Memorandum of Understanding on Health Cooperation | Training of nurses | Health ministers\n"
     "2 | Protocol on Customs Cooperation | Faster clearance at the border | Finance ministers\n",
     ["Memorandum of Understanding on Health Cooperation", "Protocol on Customs Cooperation"]),
    ("| Sr | Name of the document | Area |\n"
     "| 1 | Agreement on Visa Exemption for Diplomatic Passports | Travel of officials |\n"
     "| 2 | Programme of Cultural Exchange for 2026-2029 | Exchanges of artists and exhibitions |\n",
     ["Agreement on Visa Exemption for Diplomatic Passports",
      "Programme of Cultural Exchange for 2026-2029"]),
    ("Sl. | Title | Remarks\n"
     "a) | Treaty on Extradition | Replaces the 1962 arrangement between the two police forces.\n",
     ["Treaty on Extradition"]),
    ("# | MoU | Description\n"
     "1 | MoU on Solar Energy | Joint projects in rural areas.\n"
     "2 | MoU on Digital Payments | Linking of payment systems.\n"
     "3 | MoU on Sports | Coaching camps.\n",
     ["MoU on Solar Energy", "MoU on Digital Payments", "MoU on Sports"]),
]


@pytest.mark.parametrize(("table", "subjects"), _TABLES)
def test_a_table_row_names_its_document_by_its_own_cell(
        extractor: RulesExtractor, table: str, subjects: list[str]) -> None:
    text = "The following documents were signed in the presence of the two Presidents.\n\n" + table
    found = facts(extractor, text, lead=_LEAD)
    got = [i.subject for i in found.instruments]
    for subject in subjects:
        assert any(g == subject or g.endswith(subject) for g in got), (subject, got)
    assert not any("|" in g for g in got)


def test_a_single_bar_is_no_table(extractor: RulesExtractor) -> None:
    found = facts(extractor, "Ghana signed a trade agreement with Kenya | officials said it would cut "
                  "tariffs.",
                  lead=_LEAD)
    assert len(found.instruments) == 1 and "trade" in found.instruments[0].subject.lower()


def test_a_header_row_is_no_document(extractor: RulesExtractor) -> None:
    text = ("The following documents were signed.\n\n"
            "S.No. | Agreement | Description\n1. | MoU on Tourism | Joint promotion of beach holidays.\n")
    found = facts(extractor, text, lead=_LEAD)
    assert [i.subject for i in found.instruments] == ["MoU on Tourism"]


# ------------------------------------------------------------------------ officialese: the sides as the pair

@pytest.mark.parametrize("sentence", [
    "The two Heads of State agreed to open a border market in Bawku next year.",
    "The two Heads of State instructed their Ministers of Foreign Affairs to convene the joint commission "
    "before March.",
    "Ministers agreed to launch a joint research programme before the end of 2026.",
    "Officials from both sides will meet in Nairobi in November to draft an action plan.",
    "Negotiators of the two countries will resume work on the treaty next month.",
    "Their Foreign Ministers will meet again in Mombasa in June.",
])
def test_the_sides_named_by_office_are_the_pair(extractor: RulesExtractor, sentence: str) -> None:
    found = facts(extractor, sentence, lead=_LEAD)
    assert found.commitments and all(c.actor == _PAIR for c in found.commitments), \
        [(c.actor, c.action) for c in found.commitments]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Kenyan officials will visit the port in June.", "Kenya"),
    ("Three ministers will travel to Tokyo next week to sell cocoa.", "Three ministers"),
])
def test_one_sides_people_or_a_counted_few_are_not(
        extractor: RulesExtractor, sentence: str, actor: str) -> None:
    found = facts(extractor, sentence, lead=_LEAD)
    assert [c.actor for c in found.commitments] == [actor]


# --------------------------------------------------------------------------- officialese: determination

@pytest.mark.parametrize(("sentence", "action"), [
    ("The parties expressed their determination to build a new bridge over the river before the end of 2027.",
     "build a new bridge over the river"),
    ("The parties expressed the determination to complete the railway study within two years.",
     "complete the railway study"),
    ("The sides reaffirmed their strong determination to open a consulate in Kumasi next year.",
     "open a consulate in Kumasi"),
    ("Both sides underlined their determination to hold the joint commission in Nairobi next year.",
     "hold the joint commission in Nairobi"),
    ("The two leaders voiced their shared determination to finish the pipeline by 2028.",
     "finish the pipeline"),
    ("Ghana and Kenya stated their determination to start direct flights in 2027.", "start direct flights"),
])
def test_determination_to_do_a_dated_act_is_an_undertaking(
        extractor: RulesExtractor, sentence: str, action: str) -> None:
    found = facts(extractor, sentence, lead=_LEAD)
    assert any(c.action == action and c.actor == _PAIR for c in found.commitments), \
        [(c.actor, c.action) for c in found.commitments]


@pytest.mark.parametrize("sentence", [
    "The parties expressed their satisfaction with the growth of trade.",
    "The commission discussed the determination of the border line near the lake.",
    "The parties expressed their determination that the past should not repeat itself.",
    # an aim with no time is no undertaking
    "The two ministers reaffirmed their determination to deepen the strategic partnership.",
    "The parties stressed their determination to fight organised crime in all its forms.",
    # an onlooker's judgment of one side, not the sides' word
    "Kenyan planners are determined to deepen their ties with Peru.",
])
def test_other_feelings_undated_aims_and_a_determination_of_a_thing_are_not(
        extractor: RulesExtractor, sentence: str) -> None:
    assert not facts(extractor, sentence, lead=_LEAD).commitments


def test_two_acts_each_with_its_own_time_are_two_undertakings(extractor: RulesExtractor) -> None:
    found = facts(extractor, "The parties expressed their determination to complete the feasibility study "
                  "before the end of 2026 and to raise trade to 5 billion dollars by 2030.", lead=_LEAD)
    deadlines = {c.deadline_text for c in found.commitments}
    assert {"before the end of 2026", "by 2030"} <= deadlines


def test_two_acts_sharing_one_time_stay_one(extractor: RulesExtractor) -> None:
    found = facts(extractor, "The sides expressed their readiness to sign and ratify the agreement by June.",
                  lead=_LEAD)
    assert len(found.commitments) == 1


# --------------------------------------------------------------------------- a state's long form as a place

def _pair_of(extractor: RulesExtractor, text: str) -> set[str]:
    article = Article(name="t.txt", text=text, content_hash=text, published=date(2026, 5, 12))
    return set(Context(article, extractor.nlp(text)).pair)


@pytest.mark.parametrize(("text", "pair"), [
    ("The sides noted the development of relations between the Lao People's Democratic Republic and the "
     "Socialist Republic of Viet Nam during the talks.", {"Laos", "Vietnam"}),
    ("Relations between the Kingdom of Cambodia and the Lao People's Democratic Republic have grown, the "
     "sides noted.", {"Cambodia", "Laos"}),
    # the tagger's other labels for long forms (ORG, GPE) were read already; these guard them
    ("Talks between the Lao People's Democratic Republic and Thailand were held in the capital on Monday.",
     {"Laos", "Thailand"}),
    ("The Democratic Socialist Republic of Sri Lanka and the Maldives agreed to resume ferry services.",
     {"Sri Lanka", "Maldives"}),
    ("Trade between the Federal Democratic Republic of Ethiopia and the Republic of Djibouti rose last year.",
     {"Ethiopia", "Djibouti"}),
])
def test_a_long_form_tagged_as_a_place_is_a_state(
        extractor: RulesExtractor, text: str, pair: set[str]) -> None:
    assert _pair_of(extractor, text) == pair


@pytest.mark.parametrize("text", [
    "Ghana and Kenya signed the deal at the Kenyatta International Convention Centre on Monday.",
    "Ghana and Kenya signed the deal at the Palace of the Republic in the capital on Monday.",
])
def test_a_building_is_no_state(extractor: RulesExtractor, text: str) -> None:
    assert _pair_of(extractor, text) == {"Ghana", "Kenya"}


# --------------------------------------------------------------------------- a ratification vote's tally

@pytest.mark.parametrize("sentence", [
    "The Riigikogu ratified the agreement with Kenya on Wednesday, with 71 votes in favour and 3 against.",
    "Lawmakers voted 98 to 4 to ratify the accord with Kenya.",
    "The National Assembly adopted the law ratifying the Kenya treaty with 312 deputies voting in favour.",
    "The Senate approved the pact with Kenya by 54 votes to 12, with 3 abstentions.",
    "Parliament backed the Kenya agreement, 120 members voting for it and 9 against.",
])
def test_a_votes_tally_is_no_figure(extractor: RulesExtractor, sentence: str) -> None:
    assert not facts(extractor, sentence, lead=_LEAD).figures


@pytest.mark.parametrize(("sentence", "number"), [
    ("The agreement ratified on Wednesday will let about 1,800 workers count their years of insurance.",
     1800),
    ("After the vote, trade between Ghana and Kenya reached 40 million dollars.", 40_000_000),
])
def test_counts_beside_a_vote_stay(extractor: RulesExtractor, sentence: str, number: int) -> None:
    assert [f.number for f in facts(extractor, sentence, lead=_LEAD).figures] == [number]
