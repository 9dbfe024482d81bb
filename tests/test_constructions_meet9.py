"""Meeting constructions of round 9 on unseen text (issue 9), proved on our own wording: an encounter
that is the setting of another act ("In a meeting with X, Y sought …"), "a bilateral" held, rounds of
a dialogue with long names, who inspects a guard or sits down to a lunch, and a journey to a capital
the tagger takes for a person.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import meetings, named, of_kind

# --------------------------------------------------------------------------- the setting of a plan verb


@pytest.mark.parametrize(("text", "name"), [
    ("In a meeting with Saudi Crown Prince Mohammed bin Salman in Riyadh on Sunday, Pakistani Prime "
     "Minister Shehbaz Sharif sought investment in mining.", "Sharif"),
    ("At the meeting in Jakarta, Malaysian Prime Minister Anwar Ibrahim proposed a joint patrol in the "
     "Strait of Malacca.", "Anwar"),
    ("During talks in Lima on Monday, President Dina Boluarte invited President Luiz Lula to visit Cusco.",
     "Boluarte"),
    ("Chancellor Friedrich Merz proposed a joint air-defence fund in his meeting with President Emmanuel "
     "Macron in Paris on Tuesday.", "Merz"),
    ("In a phone call on Wednesday, President Cyril Ramaphosa sought support from Prime Minister Narendra "
     "Modi for the G20 agenda.", "Ramaphosa"),
])
def test_an_encounter_where_a_plan_was_made_was_held(extractor: RulesExtractor, text: str, name: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert named(found[0], name), found


@pytest.mark.parametrize("text", [
    "At next week's meeting in Jakarta, the ministers are expected to sign a fisheries deal.",
    "Prime Minister Shehbaz Sharif sought a meeting with Crown Prince Mohammed bin Salman.",
    "The two presidents plan to sign the accord at a ceremony in Lima.",
])
def test_an_encounter_still_sought_or_planned_is_none(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == [], meetings(extractor, text)


# --------------------------------------------------------------------------- who acts in the setting


@pytest.mark.parametrize(("text", "names"), [
    ("In a telephone conversation on Tuesday, Prime Minister Narendra Modi and President Vladimir Putin "
     "reviewed the progress of energy projects.", ("Modi", "Putin")),
    ("Speaking at a joint press conference with Chancellor Friedrich Merz in Warsaw, Prime Minister Donald "
     "Tusk said the two countries would build a new bridge.", ("Merz", "Tusk")),
    ("During the talks in Nairobi on Thursday, President Yoweri Museveni raised the issue of fuel imports.",
     ("Museveni",)),
    ("At a press conference in Hanoi on Monday, Prime Minister Pham Minh Chinh and Prime Minister Anwar "
     "Ibrahim announced the upgrade.", ("Chinh", "Anwar")),
    ("In a video call on Friday, Prime Minister Anthony Albanese and Prime Minister Christopher Luxon "
     "discussed Pacific security.", ("Albanese", "Luxon")),
])
def test_who_acts_where_an_encounter_is_set_takes_part(extractor: RulesExtractor, text: str,
                                                       names: tuple[str, ...]) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert all(named(found[0], n) for n in names), found


@pytest.mark.parametrize("text", [
    "President William Ruto and President Yoweri Museveni held talks in Nairobi on Thursday. "
    "During the talks, Foreign Minister Musalia Mudavadi presented a report on the pipeline.",
    "Chancellor Friedrich Merz met President Emmanuel Macron in Paris on Monday. "
    "At the meeting, Defence Minister Boris Pistorius briefed the leaders on air defence.",
])
def test_one_who_acts_at_the_talks_told_keeps_them_one(extractor: RulesExtractor, text: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert found[0].evidence.text.split()[0] in ("President", "Chancellor"), found  # the lede shows it


# --------------------------------------------------------------------------- a bilateral


@pytest.mark.parametrize(("text", "name"), [
    ("Prime Minister Keir Starmer held a bilateral with Taoiseach Simon Harris in Brussels on Thursday.",
     "Harris"),
    ("In a bilateral with Prime Minister Christopher Luxon on Tuesday, President Prabowo raised palm oil "
     "exports.", "Luxon"),
    ("Foreign Minister Penny Wong had a bilateral with her Japanese counterpart Takeshi Iwaya in Tokyo "
     "on Monday.", "Iwaya"),
    ("President Gabriel Boric held bilaterals with President Luiz Lula on the sidelines of the summit.",
     "Lula"),
    ("At their bilateral in Geneva on Friday, Foreign Minister Ignazio Cassis and Foreign Minister Annalena "
     "Baerbock spoke about sanctions.", "Cassis"),
])
def test_a_bilateral_held_is_talks(extractor: RulesExtractor, text: str, name: str) -> None:
    found = of_kind(extractor, text, "talks")
    assert len(found) == 1, meetings(extractor, text)
    assert named(found[0], name), found


@pytest.mark.parametrize("text", [
    "Bilateral trade rose to $5 billion last year, the ministry said.",
    "The two sides reviewed the bilateral relationship and the bilaterals of the previous decade.",
    "The ministers want a bilateral on trade next year.",
])
def test_a_bilateral_word_before_a_noun_or_wished_is_none(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "talks") == [], meetings(extractor, text)


# --------------------------------------------------------------------------- rounds of a dialogue


@pytest.mark.parametrize("text", [
    "The third round of the India-Australia strategic dialogue was held in Canberra on Wednesday.",
    "Officials held the fifth round of the Vietnam-Philippines joint maritime dialogue in Manila last week.",
    "The second round of the Kenya-Uganda high-level trade consultations ended in Kampala on Friday.",
    "Diplomats concluded a seventh round of the long-stalled Armenia-Azerbaijan strategic dialogue in Baku.",
    "The latest round of the Japan-China high-level economic dialogue took place in Beijing on Sunday.",
])
def test_a_round_of_a_long_named_dialogue_was_held(extractor: RulesExtractor, text: str) -> None:
    assert len(meetings(extractor, text)) == 1, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "The next round of the India-Australia strategic dialogue will be held in New Delhi.",
    "A fourth round of the Kenya-Uganda high-level trade consultations is planned for July.",
])
def test_a_round_ahead_is_none(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == [], meetings(extractor, text)


# --------------------------------------------------------------------------- who inspects, who sits down


@pytest.mark.parametrize(("text", "name"), [
    ("Chilean President Gabriel Boric inspected a guard of honour at La Moneda on Wednesday.", "Boric"),
    ("President Bola Tinubu reviewed a guard of honour mounted by the army at the airport.", "Tinubu"),
    ("The two leaders, Mark Carney and Claudia Sheinbaum, then sat down to a working lunch in Mexico City.",
     "Sheinbaum"),
    ("Prime Minister Luc Frieden inspected the guard of honour before the talks in Luxembourg.", "Frieden"),
    ("Chancellor Friedrich Merz and Prime Minister Donald Tusk sat down to a working dinner.", "Tusk"),
])
def test_who_inspects_a_guard_or_sits_down_to_a_meal_takes_part(extractor: RulesExtractor, text: str,
                                                               name: str) -> None:
    found = of_kind(extractor, text, "other")
    assert len(found) == 1, meetings(extractor, text)
    assert named(found[0], name), found


@pytest.mark.parametrize("text", [
    "The committee reviewed the draft guard of honour protocol in a long session.",
    "The cadets sat down to a working lunch at the academy.",
])
def test_no_person_no_participant(extractor: RulesExtractor, text: str) -> None:
    assert all(m.participants == () for m in meetings(extractor, text)), meetings(extractor, text)


# --------------------------------------------------------------------------- journeys to a capital


@pytest.mark.parametrize(("text", "place"), [
    ("Brazilian President Luiz Inacio Lula da Silva travelled to Santiago on Monday.", "Santiago"),
    ("Prime Minister Robert Abela travelled to Valletta on Tuesday.", "Valletta"),
    ("Nigerian Vice President Kashim Shettima flew to Dakar on Friday.", "Dakar"),
    ("President Hakainde Hichilema travelled to Gaborone on Wednesday.", "Gaborone"),
    ("Foreign Minister Ahmed Attaf flew to Tunis on Friday.", "Tunis"),
])
def test_a_journey_to_a_capital_is_a_visit_there(extractor: RulesExtractor, text: str, place: str) -> None:
    found = of_kind(extractor, text, "visit")
    assert len(found) == 1, meetings(extractor, text)
    assert found[0].place == place, found


@pytest.mark.parametrize("text", [
    "The report travelled to Santiago by mail.",
    "The shipment flew to Lima on Thursday.",
])
def test_a_thing_sent_to_a_capital_is_no_visit(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "visit") == [], meetings(extractor, text)
