"""Whole-article constructions of genres the dev sets lack (issue 9, gen9), proved on our own
wording: a press conference's speaker labels, a live blog's "tomorrow", a notice's clock time,
an opinion piece's byline and its imperatives to the reader.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.datelines import dateline_span, match_dateline, speaker_labels
from accord.extract.rules import RulesExtractor
from accord.ingest.boilerplate import is_boilerplate
from accord.ingest.metadata import find_metadata
from tests.extract_support import actions, facts

# --------------------------------------------------------------------------- speaker labels


@pytest.mark.parametrize("line", [
    "PRESIDENT BORIC: Thank you, Prime Minister, for your warm welcome.",
    "PRIME MINISTER STØRE: Good afternoon, and welcome.",
    "MINISTER WONG: We discussed the reef and the fisheries deal.",
    "SECRETARY BLINKEN: Let me start with the trade talks.",
    "QUESTION: Will the treaty be signed this year?",
    "AMBASSADOR OKAFOR: The embassy will open a trade office.",
])
def test_a_speakers_label_is_no_dateline(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize("line, place", [
    ("LIMA: Heavy rains closed schools.", "LIMA"),
    ("MUSCAT: Two sets of talks ended.", "MUSCAT"),
    ("ASUNCIÓN: The two presidents met.", "ASUNCIÓN"),
])
def test_a_place_still_opens_a_dateline(line: str, place: str) -> None:
    found = match_dateline(line)
    assert found is not None and found.group("place") == place


_TRANSCRIPT = (
    "Joint press conference of the two leaders\nOslo, 20 May 2025\n"
    "PRIME MINISTER STØRE: Welcome to Oslo. Today our ministers signed an agreement on green hydrogen.\n"
    "PRESIDENT BORIC: Thank you. Chile sees Norway as a partner.\n"
    "QUESTION (NRK): Did you discuss salmon farms?\n"
    "PRIME MINISTER STØRE: Yes, openly.\n"
)


def test_a_transcripts_labels_leave_the_letterhead_its_place() -> None:
    assert dateline_span(_TRANSCRIPT) is None
    assert find_metadata(_TRANSCRIPT).dateline == "Oslo"


def test_a_label_with_a_latin_capital_is_a_label() -> None:
    labels = [_TRANSCRIPT[a:b] for a, b in speaker_labels(_TRANSCRIPT)]
    assert labels[0] == "PRIME MINISTER STØRE:" and "PRESIDENT BORIC:" in labels


def test_a_transcripts_instrument_is_placed_by_its_letterhead(extractor: RulesExtractor) -> None:
    found = facts(extractor, _TRANSCRIPT)
    assert found.instruments and all(i.place != "President Boric" for i in found.instruments)
    assert found.article.dateline in (None, "Oslo")


# --------------------------------------------------------------------------- a day still ahead

_LEADS = [
    "17:25 — Prime Minister Ishiba has left for the airport. He flies on to Manila, where he meets "
    "President Marcos tomorrow.\n",
    "Update: Foreign Minister Wong leaves Jakarta tonight and meets her Malaysian counterpart "
    "tomorrow in Kuala Lumpur.\n",
    "The Kenyan delegation travels to Kampala next week, where it meets Ugandan trade officials.\n",
    "President Lula arrives in Rome tomorrow and meets Prime Minister Meloni on Friday.\n",
    "The minister, who meets the Emir tomorrow, said the talks had gone well.\n",
    "She meets President Ruto tomorrow at State House.\n",
    "He then flies to Seoul, where he holds talks with President Lee tomorrow.\n",
]
_BODY = ("Earlier, the two prime ministers held talks at the Presidential Palace and signed a memorandum of "
         "understanding on semiconductors.\n")


@pytest.mark.parametrize("lead", _LEADS)
def test_a_day_still_ahead_does_not_date_the_reported_talks(extractor: RulesExtractor, lead: str) -> None:
    found = facts(extractor, lead + _BODY, published=date(2025, 6, 10))
    dated = [m.date for m in found.meetings if m.date] + [i.date for i in found.instruments if i.date]
    assert dated and all(d <= "2025-06-10" for d in dated)


@pytest.mark.parametrize("text", [
    "He flies on to Manila, where he meets President Marcos tomorrow.",
    "Foreign Minister Wong meets her Malaysian counterpart Anwar Ibrahim tomorrow in Kuala Lumpur.",
])
def test_a_present_tense_meeting_dated_ahead_is_no_meeting_held(extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, text, published=date(2025, 6, 10)).meetings


@pytest.mark.parametrize("text", [
    "Ishiba met President Marcos in Manila on Monday.",
    "Foreign Minister Wong met her Malaysian counterpart in Kuala Lumpur yesterday.",
])
def test_a_meeting_told_in_the_past_is_held(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text, published=date(2025, 6, 10)).meetings


# --------------------------------------------------------------------------- clock times

_ANNOUNCED = ("Australia and Indonesia signed an arrangement on maritime domain awareness in Canberra. "
              "Australia will train 200 Indonesian naval officers. ")


@pytest.mark.parametrize("notice", [
    "A flag-raising ceremony will be held at the Embassy grounds at 9.00 am.",
    "The reception starts at 10.30 am on Monday at the residence.",
    "Voting starts at 7.30 am in all districts.",
    "The delegation lands at 6.15 am local time.",
    "Guests should arrive by 8.45 am for security checks.",
    "The ministers will brief the press at 2.45 p.m. in the Treaty Room.",
])
def test_a_clock_time_is_no_figure(extractor: RulesExtractor, notice: str) -> None:
    numbers = {f.number for f in facts(extractor, _ANNOUNCED + notice).figures}
    assert numbers == {200}


@pytest.mark.parametrize("text, number", [
    (_ANNOUNCED + "It will also provide two patrol boats by mid-2026.", 2),
    (_ANNOUNCED + "Trade reached 85 million dollars in 2024.", 85_000_000),
])
def test_counts_beside_a_clock_time_stay_figures(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in {f.number for f in facts(extractor, text).figures}


# --------------------------------------------------------------------------- bylines of opinion pieces


@pytest.mark.parametrize("line", [
    "By Dr. Farah Al-Mansouri, Senior Fellow, Institute for Regional Futures",
    "By Jane Okoye, Senior Correspondent, Lagos Bureau",
    "By Prof. Ivan Petrov, Director, Centre for Eurasian Studies",
    "By Kim Eun-jung, Staff Reporter",
    "By Ana Lucía Pérez",
])
def test_a_byline_with_a_post_and_a_house_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "By the end of March, the two sides will sign the treaty, officials said.",
    "By then, Kenya and Uganda had agreed to reopen the border.",
])
def test_a_sentence_opening_with_by_is_no_byline(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize("byline, name", [
    ("By Dr. Farah Al-Mansouri and Tom Reed", "Farah Al-Mansouri"),
    ("Analysis | By Prof. Ivan Petrov", "Ivan Petrov"),
    ("By Mr. Daniel Osei", "Daniel Osei"),
])
def test_a_titled_byline_names_no_person(extractor: RulesExtractor, byline: str, name: str) -> None:
    text = (byline + "\nACCRA: Ghana and Uruguay signed a memorandum of understanding on fisheries "
            "on Monday, Foreign Minister Ama Owusu said.\n")
    people = [p.name for p in facts(extractor, text).people]
    assert name not in people and "Ama Owusu" in people


# --------------------------------------------------------------------------- a commentary's asides

_COMMENTARY = [
    "Consider food. The Gulf imports most of what it eats, and Kazakhstan has land and water to spare.",
    "Take energy. Gulf utilities have built wind farms across the region over the past decade.",
    "Look at transport. The corridor across the Caspian is more a map than a reality for now.",
    "Remember the grain deal. It collapsed within a year, and nobody has revived it since.",
    "Consider the numbers. Gulf trade with Central Asia remains a small share of either side's total.",
]


@pytest.mark.parametrize("text", _COMMENTARY)
def test_an_imperative_to_the_reader_is_no_commitment(extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, "Saudi Arabia and Uzbekistan are partners.\n" + text).commitments


@pytest.mark.parametrize("text", [
    "If the talks fail, the pivot joins the list of Gulf initiatives that promised more than they delivered.",
    "These were summits that promised more than they achieved.",
])
def test_promising_more_than_was_done_is_no_commitment(extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, "Saudi Arabia and Uzbekistan are partners.\n" + text).commitments


@pytest.mark.parametrize("text, word", [
    ("The two sides agreed to:\n- Continue joint efforts to expand trade in grain.\n", "expand"),
    ("The two leaders decided to:\nExpand trade in grain and fish.\nEstablish a working group.\n", "expand"),
])
def test_a_bulleted_imperative_is_still_undertaken(extractor: RulesExtractor, text: str, word: str) -> None:
    found = facts(extractor, "Ghana and Uruguay held consultations in Accra.\n" + text)
    assert any(word in a for a in actions(found))
