"""Meeting constructions of round 11b on unseen text (issue 9), proved on our own wording (the texts are
dated Tuesday 6 May 2025): after "X received Y", a "he" who is welcomed ("He was accorded a guard of
honour") is the guest Y, not the host X; a summit one arrived for ("arrived in Vilnius for the NATO
summit", "arrived … to attend the BRICS summit") is a summit held; "the two leaders met", where no
encounter told before names them, are the two people of the sentence before, on that sentence's day.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import meetings, named, of_kind

# ------------------------------------------------------------------ the guest welcomed after a reception


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("ANKARA - Turkish President Recep Tayyip Erdogan received Kenyan President William Ruto at the "
     "presidential complex on Tuesday. He was accorded a guard of honour before the talks began.",
     "Ruto", "Erdogan"),
    ("Brazilian President Luiz Inacio Lula da Silva received Chilean President Gabriel Boric at the "
     "Planalto Palace on Monday. He was welcomed with full military honours.", "Boric", "Lula"),
    ("Japanese Prime Minister Shigeru Ishiba hosted Philippine President Ferdinand Marcos in Tokyo, and "
     "he was given a 19-gun salute at the Akasaka Palace.", "Marcos", "Ishiba"),
    ("Kenyan President William Ruto welcomed Ghanaian President John Mahama to State House, Nairobi, on "
     "Monday. He was greeted by a military band and a guard of honour.",
     "Mahama", "Ruto"),
    ("Turkish President Recep Tayyip Erdogan received Kenyan President William Ruto on Tuesday. He then "
     "inspected a guard of honour.", "Ruto", "Erdogan"),
    ("On Friday Indonesian President Prabowo Subianto received Australian Prime Minister Anthony Albanese "
     "at the Merdeka Palace in Jakarta. He was honoured with a 21-gun salute.", "Albanese", "Prabowo"),
])
def test_welcomed_pronoun_after_reception_is_the_guest(extractor: RulesExtractor, text: str, guest: str,
                                                       host: str) -> None:
    ceremonies = of_kind(extractor, text, "other")
    assert len(ceremonies) == 1, meetings(extractor, text)
    assert named(ceremonies[0], guest) and not named(ceremonies[0], host), ceremonies


@pytest.mark.parametrize(("text", "guest"), [
    # the guest is the subject of the passive reception: "he" stays the guest
    ("Chinese President Xi Jinping was received by Brazilian President Lula da Silva at the Alvorada "
     "Palace on Monday. He was accorded full military honours.", "Xi"),
    # no reception before: "he" is the one last told of
    ("French President Emmanuel Macron arrived in Hanoi on Sunday. He was accorded a 21-gun salute at "
     "the Presidential Palace.", "Macron"),
    ("French President Emmanuel Macron arrived in Hanoi on Sunday. He inspected a guard of honour at the "
     "Presidential Palace.", "Macron"),
])
def test_welcomed_pronoun_without_reception_is_the_subject(extractor: RulesExtractor, text: str,
                                                           guest: str) -> None:
    ceremonies = of_kind(extractor, text, "other")
    assert len(ceremonies) == 1, meetings(extractor, text)
    assert named(ceremonies[0], guest), ceremonies


# --------------------------------------------------------------------------- the summit one arrived for


@pytest.mark.parametrize(("text", "leader", "place"), [
    ("President Joe Biden arrived in Vilnius on Tuesday for the NATO summit, where allies will discuss "
     "Ukraine.", "Biden", "Vilnius"),
    ("Canadian Prime Minister Mark Carney arrived for the G7 summit in Kananaskis on Sunday.",
     "Carney", "Kananaskis"),
    ("Indian Prime Minister Narendra Modi arrived in Johannesburg on Tuesday to attend the BRICS summit.",
     "Modi", "Johannesburg"),
    ("Turkish President Recep Tayyip Erdogan arrived in Astana on Wednesday to attend the summit of the "
     "Shanghai Cooperation Organisation.", "Erdogan", "Astana"),
    ("South Korean President Lee Jae-myung landed in Kananaskis on Monday for the summit of the Group of "
     "Seven.", "Lee", "Kananaskis"),
])
def test_summit_arrived_for_is_found(extractor: RulesExtractor, text: str, leader: str, place: str) -> None:
    summits = of_kind(extractor, text, "summit")
    assert len(summits) == 1, meetings(extractor, text)
    assert named(summits[0], leader) and summits[0].place == place, summits


@pytest.mark.parametrize("text", [
    "Brazilian President Luiz Inacio Lula da Silva will fly to Kazan on Monday for the BRICS summit.",
    "Prime Minister Anwar Ibrahim is expected to arrive in Rome on Friday to attend the summit.",
])
def test_summit_travelled_to_later_is_not_found(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "summit") == [], meetings(extractor, text)


# ------------------------------------------------------------------ the two leaders of the sentence before


@pytest.mark.parametrize(("text", "pair", "day"), [
    ("ABUJA, May 6 (NAN) - Nigerian President Bola Tinubu and his Brazilian counterpart Luiz Inacio Lula "
     "da Silva pledged on Monday to double trade between their countries. The two leaders met behind "
     "closed doors at the Aso Rock Villa.", ("Tinubu", "Lula"), "2025-05-05"),
    ("MANILA, May 6 (PNA) - President Ferdinand Marcos Jr. on Tuesday hailed the new rice deal with Viet "
     "Nam. Marcos and Vietnamese Prime Minister Pham Minh Chinh agreed on Sunday to expand rice trade. The "
     "two leaders met at Malacanang Palace.", ("Marcos", "Chinh"), "2025-05-04"),
    ("NAIROBI, May 6 (Xinhua) - Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan "
     "on Monday called for an end to delays at the border. The two presidents met in Arusha.",
     ("Ruto", "Hassan"), "2025-05-05"),
    ("BRASILIA, May 6 (AFP) - Chilean President Gabriel Boric and his Brazilian counterpart Lula da Silva "
     "backed a plan for a bioceanic corridor on Friday. Both leaders met at the Planalto Palace.",
     ("Boric", "Lula"), "2025-05-02"),
    ("NEW DELHI, May 6 (PTI) - Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru "
     "Ishiba reviewed the high-speed rail project on Saturday. The two prime ministers met in Tokyo.",
     ("Modi", "Ishiba"), "2025-05-03"),
])
def test_two_leaders_are_those_of_the_sentence_before(extractor: RulesExtractor, text: str,
                                                      pair: tuple[str, str], day: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert len(talks) == 1, meetings(extractor, text)
    assert all(named(talks[0], n) for n in pair) and talks[0].date == day, talks


@pytest.mark.parametrize("text", [
    # one person named before: no pair to read
    "ABUJA, May 6 (NAN) - Brazilian President Lula da Silva arrived in Abuja on Monday. The two leaders "
    "met behind closed doors at the Aso Rock Villa.",
    # two people of one side: not the two leaders
    "ABUJA, May 6 (NAN) - President Bola Tinubu and Vice President Kashim Shettima returned to Abuja on "
    "Monday. The two leaders met behind closed doors at the Aso Rock Villa.",
])
def test_two_leaders_not_read_from_one_side(extractor: RulesExtractor, text: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert len(talks) == 1 and len(talks[0].participants) < 2, talks
