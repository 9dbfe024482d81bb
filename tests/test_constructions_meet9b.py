"""Meeting constructions of round 9b on unseen text (issue 9), proved on our own wording (the texts are
dated Tuesday 6 May 2025): consultations chaired, a plain commission session held, venues the tagger
leaves untagged and "the capital", talks told as a process, separate meetings with several people,
views exchanged over a line, and "the forum" a delegation was led to.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts, meetings, named

# --------------------------------------------------------------------------- consultations chaired


@pytest.mark.parametrize(("text", "place"), [
    ("Foreign Minister Elmer Schialer and Foreign Minister Mauro Vieira chaired the political consultations "
     "in Lima on Monday.", "Lima"),
    ("Deputy ministers Ana Ruiz and Kenji Sato co-chaired the bilateral consultations in Tokyo last "
     "Thursday.", "Tokyo"),
    ("State Secretary Maria Lindqvist and Vice Minister Park Jin-ho co-chaired consultations on "
     "security in Seoul on 2 May.", "Seoul"),
    ("The consultations, chaired by Deputy Foreign Minister Olena Kovalenko and Vice Minister Hiroshi "
     "Tanaka, opened in Kyiv on Monday.", "Kyiv"),
    ("Vice Foreign Minister Chen Xiaodong and Deputy Minister Amina Yusuf opened the annual consultations "
     "in Abuja on Friday.", "Abuja"),
    ("The political consultations were co-chaired by Vice Minister Ana Ruiz and Deputy Minister Kenji Sato "
     "in Tokyo.", "Tokyo"),
])
def test_consultations_chaired_or_opened_were_held(extractor: RulesExtractor, text: str, place: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert found[0].place == place, found


@pytest.mark.parametrize("text", [
    "The ministry chaired internal consultations on the budget last month with no foreign guests.",
    "Consultations on the draft treaty are expected to open in Lima next month.",
])
def test_consultations_planned_or_domestic_are_none(extractor: RulesExtractor, text: str) -> None:
    assert not [m for m in meetings(extractor, text) if m.place == "Lima" or m.kind == "talks"]


# --------------------------------------------------------------------------- a plain commission session


@pytest.mark.parametrize(("text", "place"), [
    ("The commission session opened in Abuja on Monday.", "Abuja"),
    ("The commission meeting was held in Nairobi on Friday, with ministers from both countries.", "Nairobi"),
    ("A committee session took place in Hanoi last Thursday.", "Hanoi"),
    ("The committee session began in Dhaka on Sunday.", "Dhaka"),
    ("After months of delay, the committee meeting finally went ahead in Lusaka on Monday.", "Lusaka"),
])
def test_a_plain_commission_session_held_is_a_sitting(extractor: RulesExtractor, text: str,
                                                       place: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind == "commission_session"]
    assert len(found) == 1, found
    assert found[0].place == place, found


@pytest.mark.parametrize("text", [
    "The commission session will open in Abuja next month.",
    "The European Commission meeting took place in Brussels on Monday.",
])
def test_a_commission_session_planned_or_one_sided_is_none(extractor: RulesExtractor, text: str) -> None:
    assert not [m for m in meetings(extractor, text) if m.kind == "commission_session"]


# --------------------------------------------------------------------------- venues and "the capital"


@pytest.mark.parametrize(("text", "place"), [
    ("President Bola Tinubu received Ghanaian President John Mahama at the State House on Monday.",
     "State House"),
    ("President Gabriel Boric met Argentine President Javier Milei at La Moneda palace on Friday.",
     "La Moneda palace"),
    ("JAKARTA: Prime Minister Anwar Ibrahim held talks with President Prabowo Subianto in the capital on "
     "Sunday.", "Jakarta"),
    ("President William Ruto met Prime Minister Abiy Ahmed in the Ethiopian capital on Tuesday.",
     "Addis Ababa"),
    ("President Lula held talks with President Gustavo Petro in Colombia's capital on Thursday.", "Bogotá"),
])
def test_an_untagged_venue_or_the_capital_is_the_place(extractor: RulesExtractor, text: str,
                                                       place: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert found[0].place == place, found


@pytest.mark.parametrize(("text", "place"), [
    ("During his state visit to Ethiopia, President William Ruto met Prime Minister Abiy Ahmed in the "
     "capital on Tuesday.", "Addis Ababa"),
    ("President Lula, on a three-day visit to Colombia, held talks with President Gustavo Petro in the "
     "capital on Thursday.", "Bogotá"),
])
def test_the_capital_of_the_state_visited(extractor: RulesExtractor, text: str, place: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind == "talks"]
    assert len(found) == 1, found
    assert found[0].place == place, found


@pytest.mark.parametrize("text", [
    "Minister Ana Ruiz met Minister Kenji Sato in the commercial capital on Friday.",
    "Prime Minister Anwar Ibrahim held talks with President Prabowo Subianto in the capital on Sunday.",
    "Minister Ana Ruiz met Minister Kenji Sato at the conference hall on Friday.",
])
def test_a_capital_of_no_state_said_or_a_common_hall_is_no_place(extractor: RulesExtractor,
                                                                 text: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert found[0].place is None, found


# --------------------------------------------------------------------------- talks told as a process


@pytest.mark.parametrize("text", [
    "Greece, Egypt electricity link deal delayed as talks drag on",
    "Talks between India and Canada on a trade pact continue, officials said.",
    "Talks on the gas price have stalled, the ministry said.",
    "Talks over the fishing quota dragged on without a deal, diplomats said.",
    "Talks on a free trade agreement have dragged on for years.",
    "Kenya, Ethiopia port deal on hold as negotiations falter",
])
def test_talks_told_as_a_process_are_no_encounter(extractor: RulesExtractor, text: str) -> None:
    assert not [m for m in meetings(extractor, text) if m.kind == "talks"]


@pytest.mark.parametrize(("text", "place"), [
    ("The talks resumed in Doha on Monday with both delegations present.", "Doha"),
    ("Talks between the two foreign ministers continued in Geneva on Tuesday.", "Geneva"),
])
def test_talks_resumed_at_a_place_on_a_day_are_held(extractor: RulesExtractor, text: str, place: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1 and found[0].place == place, found


# --------------------------------------------------------------------------- separate meetings


@pytest.mark.parametrize(("text", "met"), [
    ("President William Ruto held separate meetings with President Yoweri Museveni and President Samia "
     "Suluhu Hassan on Monday.", ["Museveni", "Hassan"]),
    ("On the sidelines, Foreign Minister Penny Wong held separate talks with Foreign Minister Vivian "
     "Balakrishnan, Foreign Minister Enrique Manalo and Foreign Minister Retno Marsudi.",
     ["Balakrishnan", "Manalo", "Marsudi"]),
    ("Prime Minister Narendra Modi met separately with President Emmanuel Macron and Prime Minister "
     "Giorgia Meloni in Rome on Friday.", ["Macron", "Meloni"]),
    ("Chancellor Friedrich Merz held separate meetings with King Abdullah and President Abdel Fattah "
     "el-Sisi in Cairo.", ["Abdullah", "Sisi"]),
    ("Foreign Minister Wang Yi later held separate meetings with Foreign Minister Sergey Lavrov and "
     "Foreign Minister Ahmed Attaf.", ["Lavrov", "Attaf"]),
])
def test_separate_meetings_with_several_people_are_one_each(extractor: RulesExtractor, text: str,
                                                            met: list[str]) -> None:
    found = meetings(extractor, text)
    assert len(found) == len(met), found
    for meeting, name in zip(found, met, strict=True):
        assert named(meeting, name), found
        assert not any(named(meeting, other) for other in met if other != name), found


@pytest.mark.parametrize("text", [
    "President Lula held meetings with President Gustavo Petro and President Gabriel Boric in Brasilia on "
    "Tuesday.",
    "Foreign Minister Wang Yi held separate meetings with the delegations on Monday.",
])
def test_meetings_held_together_or_with_no_one_named_stay_one(extractor: RulesExtractor, text: str) -> None:
    assert len(meetings(extractor, text)) == 1


# --------------------------------------------------------------------------- views exchanged


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Foreign Minister Wang Yi exchanged views with Foreign Minister Sergey Lavrov by telephone on Monday.",
     "call", "Lavrov"),
    ("President Xi Jinping exchanged views with President Kassym-Jomart Tokayev in Astana on Wednesday.",
     "talks", "Tokayev"),
    ("Prime Minister Fumio Kishida held talks by telephone with President Yoon Suk Yeol on Friday.",
     "call", "Yoon"),
    ("Chancellor Karl Nehammer met President Zuzana Caputova via video link on Thursday.", "call",
     "Caputova"),
    ("President Cyril Ramaphosa exchanged views over the phone with President Lula on Sunday.", "call",
     "Lula"),
    ("Foreign Minister Wang Yi and Foreign Minister Sergey Lavrov exchanged views by phone on Monday.",
     "call", "Lavrov"),
])
def test_views_exchanged_over_a_line_or_at_a_place(extractor: RulesExtractor, text: str, kind: str,
                                                   name: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert found[0].kind == kind and named(found[0], name), found


@pytest.mark.parametrize("text", [
    "The two ministers exchanged views with their counterpart on regional security.",
    "The central banks exchanged data by telephone on Monday.",
    "President William Ruto exchanged letters with President Yoweri Museveni on Monday.",
])
def test_views_exchanged_unplaced_or_things_exchanged_are_none(extractor: RulesExtractor, text: str) -> None:
    assert not meetings(extractor, text)


# --------------------------------------------------------------------------- "the forum" taken part in


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("The Kenya-Peru Business Forum opened in Lima on Monday.\nTrade Minister Moses Kuria led a delegation "
     "to the forum.", "business_forum", "Kuria"),
    ("The China-Africa Economic Forum opened in Nairobi on Monday. Foreign Minister Musalia Mudavadi "
     "attended the forum.", "business_forum", "Mudavadi"),
    ("The Bandung Conference was held in Jakarta on Monday. Prime Minister Anwar Ibrahim led a delegation to "
     "the conference.", "summit", "Anwar"),
    ("The Korea-Africa Investment Forum was held in Seoul on Tuesday. Minister Amina Yusuf attended the "
     "forum on its second day.", "business_forum", "Amina"),
    ("The Bali Democracy Forum was held in Bali on Thursday. Foreign Minister Retno Marsudi led a delegation "
     "to the forum.", "summit", "Marsudi"),
])
def test_the_forum_a_delegation_went_to_is_the_one_named(extractor: RulesExtractor, text: str, kind: str,
                                                         name: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert found[0].kind == kind and named(found[0], name), found


@pytest.mark.parametrize("text", [
    "Trade Minister Moses Kuria led a delegation to the forum in Lima on Monday.",
    "The ministers will attend the conference in Nairobi next month.",
])
def test_the_forum_with_none_named_before_is_none(extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, text).meetings
