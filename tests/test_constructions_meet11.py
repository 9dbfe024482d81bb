"""Meeting constructions of round 11 on unseen text (issue 9), proved on our own wording (the texts are
dated Tuesday 6 May 2025): a guest welcomed with honours or a gun salute is a welcome ceremony; a clause
"after which he held talks with Y" takes the place and day of the clause it follows, and is no part of
that clause's ceremony; a meeting told by its distance from another ("a week after X hosted Y in Paris")
is dated by that other's day less the distance, placed by its own clause and kept apart.
"""
from __future__ import annotations

from datetime import date

import pytest

from accord.core import Article, Meeting
from accord.extract.rules import RulesExtractor
from tests.extract_support import meetings, named, of_kind

# --------------------------------------------------------------------------- welcomed with honours


@pytest.mark.parametrize(("text", "guest", "place"), [
    ("Kenyan President William Ruto was welcomed with a 21-gun salute at the White House on Thursday.",
     "Ruto", "White House"),
    ("South African President Cyril Ramaphosa was received with full military honours at Rashtrapati "
     "Bhavan on Friday.", "Ramaphosa", "Rashtrapati Bhavan"),
    ("Indonesian President Prabowo Subianto arrived in Berlin on Monday. He was welcomed with military "
     "honours at the Chancellery.", "Prabowo", "Chancellery"),
    ("Vietnamese Prime Minister Pham Minh Chinh was given a 19-gun salute at the Presidential Palace in "
     "Canberra on Monday.", "Chinh", "Presidential Palace"),
    ("Chilean President Gabriel Boric was welcomed with military honours at La Moneda by President "
     "Lula da Silva on Monday.", "Boric", "La Moneda"),
    ("Indian President Droupadi Murmu was greeted by a 21-gun salute at the Presidential Palace in "
     "Lisbon on Monday.", "Murmu", "Lisbon"),
])
def test_welcomed_with_honours_is_a_ceremony(extractor: RulesExtractor, text: str, guest: str,
                                             place: str) -> None:
    found = of_kind(extractor, text, "other")
    assert len(found) == 1, meetings(extractor, text)
    assert named(found[0], guest) and found[0].place is not None and place in found[0].place, found


def test_welcomed_by_host_names_both(extractor: RulesExtractor) -> None:
    text = ("Chilean President Gabriel Boric was welcomed with military honours at La Moneda by President "
            "Lula da Silva on Monday.")
    found = of_kind(extractor, text, "other")
    assert found and named(found[0], "Boric") and named(found[0], "Lula"), found


@pytest.mark.parametrize("text", [
    # the reception a verb tells is the meeting: its honours are how the guest was received
    ("Brazilian President Lula da Silva welcomed Chilean President Gabriel Boric with military honours "
     "at the Planalto Palace on Monday."),
    ("Peruvian President Dina Boluarte received her Bolivian counterpart Luis Arce with military honours "
     "at the Palacio de Gobierno."),
    "The veteran general was buried with full military honours in Warsaw on Monday.",
    "French President Emmanuel Macron welcomed the decision with a statement on Monday.",
    "The minister was awarded the country's highest state honours at a ceremony for her career.",
])
def test_honours_with_no_guest_are_no_ceremony(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "other") == [], meetings(extractor, text)


# --------------------------------------------------------------------------- "…, after which he held talks"


@pytest.mark.parametrize(("text", "place", "day"), [
    ("Indonesian President Prabowo Subianto arrived in Berlin on Sunday. He was welcomed with military "
     "honours at the Chancellery on Monday, after which he held talks with Chancellor Friedrich Merz.",
     "Chancellery", "2025-05-05"),
    ("Indonesian President Joko Widodo was accorded a guard of honour at Perdana Putra on Thursday, after "
     "which he held talks with Prime Minister Anwar Ibrahim.", "Perdana Putra", "2025-05-01"),
    ("Kenyan President William Ruto was received by President John Mahama at Jubilee House on Friday, "
     "after which the two leaders held talks.", "Jubilee House", "2025-05-02"),
    ("Prime Minister Mark Carney was given a guard of honour at Downing Street on 29 April, following "
     "which he held talks with Prime Minister Keir Starmer.", "Downing Street", "2025-04-29"),
    ("Vietnamese President Luong Cuong was welcomed with a 21-gun salute at the Malacanang Palace on "
     "Wednesday, after which he met President Ferdinand Marcos Jr.", "Malacanang", "2025-04-30"),
])
def test_talks_after_which_take_the_clause_place_and_day(extractor: RulesExtractor, text: str, place: str,
                                                         day: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert talks, meetings(extractor, text)
    assert all(m.place is not None and place in m.place and m.date == day for m in talks), talks


@pytest.mark.parametrize(("text", "met"), [
    ("Indonesian President Joko Widodo was accorded a guard of honour at Perdana Putra on Thursday, after "
     "which he held talks with Prime Minister Anwar Ibrahim.", "Anwar"),
    ("Indonesian President Prabowo Subianto arrived in Berlin on Monday. He was welcomed with military "
     "honours at the Chancellery, after which he held talks with Chancellor Friedrich Merz.", "Merz"),
])
def test_the_ceremony_ends_before_the_talks_after_it(extractor: RulesExtractor, text: str, met: str) -> None:
    honours = of_kind(extractor, text, "other")
    assert honours and all("after which" not in m.evidence.text and not named(m, met) for m in honours), \
        honours


@pytest.mark.parametrize(("text", "place"), [
    # talks with a place of their own keep it
    ("Indonesian President Joko Widodo was accorded a guard of honour at Perdana Putra on Thursday, after "
     "which he held talks with Prime Minister Anwar Ibrahim at Seri Perdana.", "Seri Perdana"),
    # talks not told as what came next take no place from a clause before them
    ("Indonesian President Joko Widodo was accorded a guard of honour at Perdana Putra on Thursday. "
     "Widodo later held talks with Prime Minister Anwar Ibrahim.", None),
])
def test_talks_not_after_which_keep_their_own_place(extractor: RulesExtractor, text: str,
                                                    place: str | None) -> None:
    talks = of_kind(extractor, text, "talks")
    assert talks and all(m.place == place for m in talks), talks


# --------------------------------------------------------------------------- a meeting told by its distance


def _apart(extractor: RulesExtractor, text: str) -> list:
    return [m for m in meetings(extractor, text) if m.evidence.text.lower().startswith(
        ("a week", "two days", "days", "a month", "three weeks", "ten days"))]


@pytest.mark.parametrize(("text", "day", "place", "who"), [
    ("Indian Prime Minister Narendra Modi met British Prime Minister Keir Starmer in London on Thursday, "
     "a week after French President Emmanuel Macron hosted Modi in Paris.", "2025-04-24", "Paris", "Macron"),
    ("Italian Prime Minister Giorgia Meloni met Polish Prime Minister Donald Tusk in Rome on Monday, two "
     "days after German Chancellor Friedrich Merz hosted Tusk in Berlin.", "2025-05-03", "Berlin", "Merz"),
    ("Turkish President Recep Tayyip Erdogan received Hungarian Prime Minister Viktor Orban in Ankara on "
     "28 April, three weeks after Erdogan held talks with Orban in Budapest.", "2025-04-07", "Budapest",
     "Erdogan"),
    ("Spanish Prime Minister Pedro Sanchez received Moroccan Prime Minister Aziz Akhannouch in Madrid on "
     "Friday, a month after Sanchez visited Rabat.", "2025-04-02", "Rabat", "Sanchez"),
    ("A week after French President Emmanuel Macron hosted Indian Prime Minister Narendra Modi in Paris, "
     "Modi met British Prime Minister Keir Starmer in London on Thursday.", "2025-04-24", "Paris", "Macron"),
    ("Kenyan President William Ruto hosted Ghanaian President John Mahama in Nairobi on 1 May, ten days "
     "after Ruto met Mahama in Accra.", "2025-04-21", "Accra", "Ruto"),
])
def test_meeting_told_by_distance_takes_that_day_less_the_distance(
        extractor: RulesExtractor, text: str, day: str, place: str, who: str) -> None:
    found = _apart(extractor, text)
    assert len(found) == 1, meetings(extractor, text)
    assert found[0].date == day and found[0].place == place and named(found[0], who), found


@pytest.mark.parametrize(("text", "place"), [
    # a vague distance gives no day, and the dateline's place is not its own
    ("Kenyan President William Ruto hosted Ghanaian President John Mahama in Nairobi on Wednesday, days "
     "after Ruto visited Accra.", "Accra"),
    # the clause it hangs on has no day of its own
    ("Italian Prime Minister Giorgia Meloni met Polish Prime Minister Donald Tusk in Rome, two days after "
     "German Chancellor Friedrich Merz hosted Tusk in Berlin.", "Berlin"),
])
def test_meeting_told_by_vague_distance_is_undated(extractor: RulesExtractor, text: str, place: str) -> None:
    found = _apart(extractor, text)
    assert len(found) == 1 and found[0].date is None and found[0].place == place, found


@pytest.mark.parametrize("text", [
    ("Italian Prime Minister Giorgia Meloni met Polish Prime Minister Donald Tusk in Rome, two days after "
     "German Chancellor Friedrich Merz hosted Tusk in Berlin."),
    ("Italian Prime Minister Giorgia Meloni met Polish Prime Minister Donald Tusk in Rome on Monday, two "
     "days after German Chancellor Friedrich Merz hosted Tusk in Berlin."),
])
def test_meeting_told_by_distance_stays_apart(extractor: RulesExtractor, text: str) -> None:
    rome = [m for m in of_kind(extractor, text, "talks") if m.place == "Rome"]
    assert len(rome) == 1 and not named(rome[0], "Merz"), rome


# --------------------------------------------------------------------------- calls and virtual meetings


@pytest.mark.parametrize(("text", "both"), [
    ("Thai Prime Minister Paetongtarn Shinawatra spoke by video link with Cambodian Prime Minister Hun "
     "Manet on Friday.", ("Paetongtarn", "Hun Manet")),
    ("Indonesian President Prabowo Subianto spoke over the telephone with Malaysian Prime Minister Anwar "
     "Ibrahim on Saturday.", ("Prabowo", "Anwar")),
    ("German Chancellor Friedrich Merz talked via video link with French President Emmanuel Macron on "
     "Sunday.", ("Merz", "Macron")),
    ("Foreign Minister Penny Wong conferred by videoconference with Foreign Minister Sugiono on Monday.",
     ("Wong", "Sugiono")),
    ("Spanish Prime Minister Pedro Sanchez spoke by phone with Portuguese Prime Minister Luis Montenegro "
     "on Friday about the blackout.", ("Sanchez", "Montenegro")),
])
def test_call_by_a_medium_names_who_spoke(extractor: RulesExtractor, text: str,
                                          both: tuple[str, str]) -> None:
    calls = of_kind(extractor, text, "call")
    assert len(calls) == 1 and all(named(calls[0], n) for n in both), meetings(extractor, text)
    assert calls[0].evidence.text.split()[0] not in ("by", "over", "via"), calls


@pytest.mark.parametrize("text", [
    "The two prime ministers held a videoconference on Wednesday, discussing energy and migration.",
    "Foreign Minister Penny Wong and Foreign Minister Sugiono held a teleconference on Monday.",
    "President Lula da Silva held a video-conference with President Gabriel Boric on Thursday.",
])
def test_videoconference_in_one_word_is_a_call(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "call")) == 1, meetings(extractor, text)


def _datelined(extractor: RulesExtractor, dateline: str, text: str) -> list[Meeting]:
    article = Article(name="t.txt", text=text, content_hash=text, published=date(2025, 5, 6),
                      dateline=dateline)
    return list(next(extractor.extract([article])).meetings)


@pytest.mark.parametrize(("dateline", "text"), [
    ("Beijing", "Chinese President Xi Jinping held a phone call with US President Joe Biden on "
     "Tuesday."),
    ("New Delhi", "Prime Minister Narendra Modi and Sri Lankan President Anura Kumara Dissanayake "
     "held a virtual meeting on Monday."),
    ("Tokyo", "Japanese Prime Minister Shigeru Ishiba received a phone call from South Korean "
     "President Lee Jae Myung on Monday."),
    ("Canberra", "Australian Prime Minister Anthony Albanese spoke by video link with New Zealand "
     "Prime Minister Christopher Luxon on Monday."),
    ("Paris", "French President Emmanuel Macron telephoned Chancellor Friedrich Merz on Sunday."),
])
def test_call_takes_no_place_from_the_dateline(extractor: RulesExtractor, dateline: str, text: str) -> None:
    calls = [m for m in _datelined(extractor, dateline, text) if m.kind == "call"]
    assert len(calls) == 1 and calls[0].place is None, calls


@pytest.mark.parametrize(("dateline", "text", "place"), [
    # a meeting in person still takes the dateline's place where the body names none
    ("Beijing", "Chinese President Xi Jinping held talks with Kenyan President William Ruto on "
     "Tuesday.", "Beijing"),
    # a call whose body names where a side was keeps that place
    ("New Delhi", "Prime Minister Narendra Modi, speaking from Varanasi, held a phone call with "
     "President Emmanuel Macron in Varanasi on Monday.", "Varanasi"),
])
def test_dateline_place_only_for_meetings_in_person(extractor: RulesExtractor, dateline: str, text: str,
                                                    place: str) -> None:
    found = [m for m in _datelined(extractor, dateline, text) if m.kind in ("talks", "call")]
    assert found and found[0].place == place, found


# --------------------------------------------------------------------------- rounds of consultations


@pytest.mark.parametrize(("text", "chairs", "place", "day"), [
    ("The two sides held the third round of political consultations in Hanoi on 3-4 April, co-chaired by "
     "Deputy Foreign Minister Nguyen Minh Vu and Indian Secretary Periasamy Kumaran.",
     ("Nguyen Minh Vu", "Kumaran"), "Hanoi", "2025-04-03"),
    ("Kenya and Uganda held the second round of border talks in Kampala from 14 to 16 April, chaired by "
     "Foreign Minister Musalia Mudavadi and Foreign Minister Jeje Odongo.", ("Mudavadi", "Odongo"),
     "Kampala", "2025-04-14"),
    ("Pakistan and China held the fourth round of strategic dialogue in Beijing on April 20-21, led by "
     "Foreign Secretary Amna Baloch and Vice Foreign Minister Sun Weidong.", ("Baloch", "Sun Weidong"),
     "Beijing", "2025-04-20"),
    ("Chile and Peru held the fifth round of bilateral consultations in Lima on 7-8 April, co-chaired by "
     "Vice Minister Gloria de la Fuente and Vice Minister Ignacio Higueras.", ("de la Fuente", "Higueras"),
     "Lima", "2025-04-07"),
    ("Indonesia and Australia held the sixth round of defence talks in Canberra on 22-23 April, hosted by "
     "Defence Minister Richard Marles and Defence Minister Sjafrie Sjamsoeddin.", ("Marles", "Sjafrie"),
     "Canberra", "2025-04-22"),
])
def test_round_held_and_chaired_names_the_chairs(extractor: RulesExtractor, text: str,
                                                 chairs: tuple[str, str], place: str, day: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert len(talks) == 1, meetings(extractor, text)
    assert all(named(talks[0], n) for n in chairs) and talks[0].place == place and talks[0].date == day, talks


@pytest.mark.parametrize(("text", "place"), [
    ("Officials from Kenya and Ethiopia concluded the fifth round of border negotiations in Addis Ababa "
     "on Friday.", "Addis Ababa"),
    ("Negotiators from Serbia and China wrapped up the second round of trade negotiations in Belgrade on "
     "Friday.", "Belgrade"),
    ("The two sides held a round of discussions in Muscat on Friday.", "Muscat"),
])
def test_negotiations_in_a_city_are_placed_there(extractor: RulesExtractor, text: str, place: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert talks and talks[0].place == place, talks


@pytest.mark.parametrize("text", [
    # a round planned or told as a number of rounds is no meeting held
    "Viet Nam and India will hold the fourth round of political consultations in New Delhi next year.",
    "The two sides agreed to hold the next round of talks in Islamabad.",
])
def test_round_planned_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "talks") == [], meetings(extractor, text)


# --------------------------------------------------------------------------- at the summit told before


@pytest.mark.parametrize(("text", "met", "place"), [
    ("Modi and Meloni met on the sidelines of the G20 summit in Rio de Janeiro. Modi also held talks with "
     "Indonesian President Prabowo Subianto at the summit.", "Prabowo", "Rio de Janeiro"),
    ("Leaders gathered for the East Asia Summit in Vientiane on Thursday. Chinese Premier Li Qiang met "
     "Japanese Prime Minister Shigeru Ishiba on the sidelines of the summit.", "Ishiba", "Vientiane"),
    ("Prime Minister Anthony Albanese attended the APEC summit in Lima on Friday. At the summit, he held "
     "talks with Chinese President Xi Jinping.", "Xi Jinping", "Lima"),
    ("President Cyril Ramaphosa attended the African Union summit in Addis Ababa on Saturday. He met "
     "Kenyan President William Ruto on the margins of the summit.", "Ruto", "Addis Ababa"),
    ("Chancellor Friedrich Merz attended the NATO summit in Vilnius on Tuesday. He held talks with "
     "Turkish President Recep Tayyip Erdogan on the sidelines of the summit.", "Erdogan", "Vilnius"),
])
def test_talks_at_the_summit_take_its_place(extractor: RulesExtractor, text: str, met: str,
                                            place: str) -> None:
    talks = [m for m in of_kind(extractor, text, "talks") if named(m, met)]
    assert talks and talks[0].place is not None and place in talks[0].place, meetings(extractor, text)


@pytest.mark.parametrize(("text", "met", "place"), [
    # a place of their own wins; a summit not told before gives none
    ("Prime Minister Anthony Albanese attended the APEC summit in Lima on Friday. He later met Brazilian "
     "President Lula da Silva at the Copacabana Palace.", "Lula", "Copacabana Palace"),
    ("Prime Minister Anthony Albanese attended a summit in Lima on Friday. In Cusco on Saturday, he "
     "held talks with Peruvian President Dina Boluarte at the summit's close.", "Boluarte", "Cusco"),
])
def test_talks_with_their_own_place_keep_it(extractor: RulesExtractor, text: str, met: str,
                                            place: str) -> None:
    talks = [m for m in of_kind(extractor, text, "talks") if named(m, met)]
    assert talks and talks[0].place == place, meetings(extractor, text)


# --------------------------------------------------------------------------- received with honours somewhere


@pytest.mark.parametrize(("text", "place"), [
    ("Brazilian President Lula da Silva welcomed Chilean President Gabriel Boric with military honours at "
     "the Planalto Palace on Monday.", "Planalto Palace"),
    ("Russian President Vladimir Putin received Chinese President Xi Jinping with full military honours at "
     "the Kremlin on Tuesday.", "Kremlin"),
    ("Malaysian Prime Minister Anwar Ibrahim welcomed Indonesian President Prabowo Subianto with a guard "
     "of honour at Perdana Putra on Monday.", "Perdana Putra"),
    ("Kenyan President William Ruto received Ghanaian President John Mahama with a 21-gun salute at State "
     "House on Friday.", "State House"),
    ("Japanese Prime Minister Shigeru Ishiba welcomed Philippine President Ferdinand Marcos Jr. with an "
     "honour guard at the Kantei on Monday.", "Kantei"),
])
def test_reception_with_honours_is_placed_where_they_were(extractor: RulesExtractor, text: str,
                                                          place: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert talks and talks[0].place is not None and place in talks[0].place, meetings(extractor, text)


@pytest.mark.parametrize(("text", "place"), [
    # a place of the reception's own wins; honours somewhere else are not where the talks were
    ("Brazilian President Lula da Silva welcomed Chilean President Gabriel Boric in Brasilia with military "
     "honours on Monday.", "Brasilia"),
    ("Russian President Vladimir Putin received Chinese President Xi Jinping with a smile at the airport "
     "on Tuesday.", None),
])
def test_reception_keeps_its_own_place(extractor: RulesExtractor, text: str, place: str | None) -> None:
    talks = of_kind(extractor, text, "talks")
    assert talks and talks[0].place == place, meetings(extractor, text)
