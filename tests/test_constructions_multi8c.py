"""Several pairs in one article, round 8c (issue 9), proved on our own wording: "the two sides",
"they" and facts with no named party belong to the encounter told just before them, not to the
pair the article names most.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from accord.track import is_report
from tests.extract_support import facts
from tests.test_follow import batch

# The article's own pair, named most: the passages below tell another encounter.
_LEAD = ("Ghana and Peru held talks in Accra on Monday. Ghana and Peru signed a trade pact, "
         "and Ghana will host Peru's trade minister in June.\n\n")


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


def actors(found: ArticleFacts, word: str) -> list[set[str]]:
    """Return the states of the undertakings whose action has `word`, one set each."""
    return [set((c.actor or "").split(" and ")) for c in found.commitments if word in c.action]


# ------------------------------------------------------------- the two sides of the passage


@pytest.mark.parametrize(("text", "word", "pair"), [
    ("Separately, Chilean Foreign Minister Ana Soto met her Bolivian counterpart Juan Mamani in La Paz. "
     "The two ministers agreed to reopen the border crossing by June.", "reopen", {"Chile", "Bolivia"}),
    ("Also on Tuesday, Kenya and Tanzania held talks in Arusha. "
     "Both sides pledged to build a new road bridge next year.", "bridge", {"Kenya", "Tanzania"}),
    ("Later, Ghanaian Prime Minister Kofi Mensah received the Japanese envoy Taro Sato. "
     "They agreed to hold a business forum in Tokyo in October.", "forum", {"Ghana", "Japan"}),
    ("In Hanoi, Vietnam and Thailand also discussed fisheries. "
     "The two countries will set up a joint coast guard patrol by March.", "patrol", {"Vietnam", "Thailand"}),
    ("On Wednesday the Turkish President Ali Demir met the Greek Prime Minister Nikos Pappas. "
     "It was agreed to open a hotline between the two armies.", "hotline", {"Turkey", "Greece"}),
    ("Egypt and Jordan, for their part, met in Amman on Friday, and the two governments decided "
     "to launch a joint railway study next year.", "railway", {"Egypt", "Jordan"}),
])
def test_the_two_sides_are_the_encounter_told_before(
        extractor: RulesExtractor, text: str, word: str, pair: set[str]) -> None:
    assert actors(found_in(extractor, text), word) == [pair]


@pytest.mark.parametrize(("text", "word"), [
    # three states at once name no one pair: the article's two
    ("Officials from Chile, Bolivia and Argentina attended the forum in Accra. "
     "The two sides agreed to open a cocoa research centre next year.", "cocoa"),
    # a third state named in a new paragraph's sentence alone is what was discussed, not a side
    ("The two sides also discussed the situation in Sudan. "
     "The two sides agreed to hold talks again in May.", "talks"),
    # states that are what is done or said are no sides
    ("The leaders also voiced concern over Syria and Yemen. "
     "The two sides agreed to hold talks on water in May.", "water"),
    ("The two sides agreed to send aid to Lebanon and Sudan next year.", "aid"),
    ("Both countries will support Haiti and Cuba in rebuilding their ports by 2028.", "support"),
    # the passage's encounter is the article's own pair
    ("Ghanaian President John Mensah later met Peruvian President Ana Rojas. "
     "The two leaders agreed to hold a summit in Lima next year.", "summit"),
])
def test_the_two_sides_stay_the_articles_pair(extractor: RulesExtractor, text: str, word: str) -> None:
    assert actors(found_in(extractor, text), word) == [{"Ghana", "Peru"}]


# ------------------------------------------------------------- documents of the passage's pair


@pytest.mark.parametrize(("text", "pair"), [
    ("Egypt and Jordan held talks in Amman. The two sides signed a memorandum of understanding on water.",
     {"Egypt", "Jordan"}),
    ("Indian Foreign Minister Ravi Rao later met his Nepali counterpart Hari Thapa. "
     "The two ministers signed an agreement on hydropower.", {"India", "Nepal"}),
    ("Later that day Chile and Bolivia held a round of talks. "
     "A protocol on border trade was signed by the two ministers.", {"Chile", "Bolivia"}),
    ("Kenyan President Daniel Omondi then met Ethiopian Prime Minister Abiy Tesfaye, "
     "and the two leaders witnessed the signing of an agreement on water resources.", {"Kenya", "Ethiopia"}),
    ("In Tashkent, the Japanese minister Hiro Tanaka met Uzbek President Rustam Karimov. "
     "The two countries also signed a memorandum on cooperation in healthcare.", {"Japan", "Uzbekistan"}),
])
def test_a_document_with_no_named_party_is_the_passages_pair(
        extractor: RulesExtractor, text: str, pair: set[str]) -> None:
    found = [i for i in found_in(extractor, text).instruments if "trade pact" not in i.subject]
    assert [set(i.parties) for i in found] == [pair]


@pytest.mark.parametrize("text", [
    "Chile, Bolivia and Argentina sent observers. The two sides signed a memorandum on fisheries.",
    "Ghanaian President John Mensah met Peruvian President Ana Rojas. The two sides signed an MoU on mining.",
])
def test_a_document_with_no_named_party_stays_the_articles(extractor: RulesExtractor, text: str) -> None:
    found = [i for i in found_in(extractor, text).instruments if "trade pact" not in i.subject]
    assert [set(i.parties) for i in found] == [{"Ghana", "Peru"}]


# ------------------------------------------------------------- "he met X" in a tour of encounters


def people_of(found: ArticleFacts, name: str) -> list[set[str]]:
    """Return the participants of each meeting that has `name` among them."""
    return [set(m.participants) for m in found.meetings if name in m.participants]


@pytest.mark.parametrize(("text", "met", "goer"), [
    ("Foreign Minister Hiro Tanaka first went to Astana. On Wednesday he met Uzbek President Rustam Karimov "
     "in Tashkent.", "Rustam Karimov", "Hiro Tanaka"),
    ("Prime Minister Arjun Mehta met President Carla Nunes on Monday. "
     "In his meeting with Prime Minister Liam Carter, trade was discussed.", "Liam Carter", "Arjun Mehta"),
    ("Minister Sofia Rojas flew to Quito on Friday, where she held talks with President Daniel Noboa.",
     "Daniel Noboa", "Sofia Rojas"),
    ("President Musa Danjuma thanked Minister Karim Fahmy for the visit. Later she received "
     "Minister Ana Soto at the palace.", "Ana Soto", "Musa Danjuma"),
    ("Prime Minister Somchai Wongsa arrived in Vientiane on Monday. During her talks with "
     "President Khamla Sithong, rice exports were raised.", "Khamla Sithong", "Somchai Wongsa"),
])
def test_he_who_goes_on_is_the_last_subject(
        extractor: RulesExtractor, text: str, met: str, goer: str) -> None:
    found = people_of(facts(extractor, text), met)
    assert found and all(goer in p for p in found)


@pytest.mark.parametrize(("text", "met", "other"), [
    # no one named before the pronoun: no one is added
    ("On Wednesday he met Uzbek President Rustam Karimov in Tashkent.", "Rustam Karimov", None),
    # the one named only as an object before is not whom "he" means
    ("The ministry thanked President Carla Nunes. He later met President Liam Carter in Brasilia.",
     "Liam Carter", "Carla Nunes"),
])
def test_a_pronoun_with_no_subject_before_adds_no_one(
        extractor: RulesExtractor, text: str, met: str, other: str | None) -> None:
    found = people_of(facts(extractor, text), met)
    assert found and all(len(p) == 1 or (other is not None and other not in p) for p in found)


@pytest.mark.parametrize(("text", "met", "goer"), [
    ("Minister Ana Soto spoke to the press. Following his meeting with Prime Minister Liam Carter, "
     "President Rustam Karimov said trade would grow.", "Liam Carter", "Rustam Karimov"),
    ("President Carla Nunes arrived on Monday. In his meeting with President Musa Danjuma, "
     "Prime Minister Arjun Mehta raised oil prices.", "Musa Danjuma", "Arjun Mehta"),
])
def test_a_fronted_pronoun_is_the_clauses_subject(
        extractor: RulesExtractor, text: str, met: str, goer: str) -> None:
    found = people_of(facts(extractor, text), met)
    assert found and all(goer in p for p in found)


# ------------------------------------------------------------- a guest's trip filed under its own pair

_ARGENTINA_JAPAN = " date 2031-04-03 BUENOS AIRES: Argentina and Japan signed a trade pact on Friday. "


def pairs_of(tmp_path: Path, text: str) -> list[list[str]]:
    """Return the pair of each promise the register files from the article's lead and `text`."""
    result = batch(tmp_path, _ARGENTINA_JAPAN + text + "\n")
    return [r.fields["pair"] for r in result.register.records.values()
            if r.kind == "commitments" and not is_report(r)]


@pytest.mark.parametrize(("text", "pair"), [
    ("Separately, Chile will send a trade mission to Tokyo in June.", ["CL", "JP"]),
    ("Peru's foreign minister also said Peru would visit Argentina next year.", ["AR", "PE"]),
    ("Also on Friday, Uruguay agreed to send a delegation to Brazil by May.", ["BR", "UY"]),
    ("Bolivia will send a business delegation to Japan in the autumn.", ["BO", "JP"]),
    ("Chile will also visit Peru in March.", ["CL", "PE"]),
])
def test_a_third_states_trip_is_filed_under_its_own_pair(tmp_path: Path, text: str, pair: list[str]) -> None:
    assert pairs_of(tmp_path, text) == [pair]


@pytest.mark.parametrize(("text", "pair"), [
    # one of the pair travelling to a third state: the traveller and its host, as before
    ("Argentina will also send a trade mission to Seoul by June.", ["AR", "KR"]),
    # a third state's act that is no trip stays under the article's pair
    ("Chile will open a consulate in Osaka in June.", ["AR", "JP"]),
])
def test_a_trip_of_the_pair_or_no_trip_keeps_its_rule(tmp_path: Path, text: str, pair: list[str]) -> None:
    assert pairs_of(tmp_path, text) == [pair]
