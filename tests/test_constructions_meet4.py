"""Meeting and commitment constructions added in issue 9 (helper meet4), proved on our own
wording: positives that vary verb, voice, word order and punctuation, and negatives that
share the surface words but not the construction.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

# --------------------------------------------------------------------------- fact sheet bullets

_SHEET = ("Peru and Canada held their third bilateral energy dialogue in Ottawa, and the ministers "
          "listed these steps of cooperation.\n")


@pytest.mark.parametrize(("lines", "action"), [
    # a heading line the parser joins to the bullet under it
    ("Clean Hydrogen\nExpanding the testing of fuel cells between the two national laboratories.", "expand"),
    # tagged a noun, so kept as written
    ("Critical Minerals (CM)\nSharing survey data on lithium deposits to attract investors.", "shar"),
    ("Grid Security\nContinuing to train operators in both countries on cyber defence.", "continue"),
    # a heading after a line that ends in a colon, all parsed as one sentence
    ("They named four areas:\nClean Hydrogen\nExpanding the testing of fuel cells at two laboratories.",
     "expand"),
    # a bare imperative bullet
    ("Continue joint efforts to certify electricians through regional workshops.", "continue"),
    ("Establish a working group on offshore wind permits, including for port upgrades.", "establish"),
    # a gerund bullet with a purpose clause and nothing else
    ("Cooperating to support methane monitoring at gas fields in both countries.", "cooperate"),
])
def test_a_bullet_under_a_heading_or_in_the_imperative_is_an_undertaking(
        extractor: RulesExtractor, lines: str, action: str) -> None:
    found = actions(facts(extractor, _SHEET + lines + "\n"))
    assert len(found) == 1 and found[0].lower().startswith(action)


@pytest.mark.parametrize("lines", [
    "ACHIEVING CLEAN ENERGY: Today the two ministers reviewed the state of the grid.",
    "EXPANDING TRADE: The two sides looked at the figures for last year.",
    "Clean Hydrogen\nExpanding trade in hydrogen is a priority for the region.",
    "Grid Security\nWelcoming the work done by the operators since last year.",
    # concluding or signing a document is an instrument, not a promise
    "Concluding an MOU on grid interconnection, signed between the two ministries.",
    "Clean Hydrogen\nSigning a memorandum on hydrogen certification between the two regulators.",
])
def test_a_run_in_heading_or_a_gerund_subject_is_no_bullet(extractor: RulesExtractor, lines: str) -> None:
    assert actions(facts(extractor, _SHEET + lines + "\n")) == []


# --------------------------------------------------------------------------- meetings: captions


def meetings(found: ArticleFacts) -> list[tuple[str, str]]:
    return [(m.kind, m.evidence.text) for m in found.meetings]


@pytest.mark.parametrize(("text", "shown"), [
    ("The Kenyan president meets the Chilean leader at the palace on Wednesday. (Photo: Reuters)\n"
     "President Boric arrived in Nairobi on Sunday for a three-day state visit.\n"
     "On Tuesday, President Ruto held talks with President Boric at State House.", "held talks"),
    ("Foreign ministers Wong and Shah attend a welcome ceremony in Canberra on Friday. (Photo: AFP)\n"
     "Mr Shah was received at a welcome ceremony on Thursday at Parliament House.",
     "welcome ceremony on Thursday"),
    ("Chancellor Weber speaks to students during a visit to Hanoi University last year. (File photo)\n"
     "Last month, Chancellor Weber visited Hanoi, where he met the prime minister.", "visited Hanoi"),
    ("Premier Kato meets President Silva in Brasilia on Wednesday. — AP\n"
     "Premier Kato met President Silva in Brasilia on Tuesday to discuss ethanol.", "met President Silva"),
    ("Foreign Minister Penny Wong hosts Foreign Minister Shah for talks in Canberra on Sunday. (Photo: AAP)\n"
     "On Monday, Ms Wong held talks with Mr Shah in Canberra.", "held talks with Mr Shah"),
])
def test_a_caption_joins_the_meeting_the_body_tells(extractor: RulesExtractor, text: str, shown: str) -> None:
    found = facts(extractor, text)
    evidence = [e for _, e in meetings(found)]
    assert any(shown in e for e in evidence)
    caption_end = text.index("\n")
    assert all(m.evidence.start > caption_end for m in found.meetings)
    assert all(m.date != "2025-04-30" for m in found.meetings)  # not the caption's Wednesday


def test_a_caption_naming_the_body_s_day_joins_the_meeting(extractor: RulesExtractor) -> None:
    """The caption is the picture of the talks the body tells: one meeting, placed by the caption,
    shown by the body's sentence (round 14: a dated caption shows a meeting only when the body gives
    no day of it)."""
    text = ("Prime Minister Sharif holds talks with President Lukashenko in Minsk on April 11, 2025. "
            "(Photo: PID)\n"
            "On April 11, 2025, Prime Minister Sharif held talks with President Lukashenko.")
    found = facts(extractor, text).meetings
    assert len(found) == 1 and found[0].place == "Minsk" and found[0].date == "2025-04-11"
    assert found[0].evidence.start > text.index("\n")


@pytest.mark.parametrize("text", [
    "President Ruto and President Boric hold talks at State House on Monday. (Photo: Reuters)\n"
    "Trade between the two countries doubled last year.",
    "Chancellor Weber visited Hanoi on Monday (his second trip there).\nHe spoke about trade.",
])
def test_a_caption_or_aside_the_body_does_not_repeat_stays_a_meeting(
        extractor: RulesExtractor, text: str) -> None:
    assert len(facts(extractor, text).meetings) == 1


# --------------------------------------------------------------------------- meetings told apart


@pytest.mark.parametrize("text", [
    "In 2023 Mr. Ochoa made his first official visit abroad to Chile. His second official visit abroad, "
    "to Peru, began on Monday.",
    "Mr. Ochoa's first visit to Chile was short. His second visit to Chile lasted a week.",
    "The minister held talks with Ms. Tan in Lima. She also held talks with Mr. Roy there.",
    "Premier Ito met with business leaders in Oslo, including shipowner Kari Lund. The premier also held "
    "talks with Jonas Berg, the head of the shipping federation.",
    "The queen's visit to Oslo on Monday was the first by a monarch since 2009, when the late King Harald "
    "visited.",
])
def test_numbered_visits_and_talks_with_others_are_meetings_of_their_own(
        extractor: RulesExtractor, text: str) -> None:
    assert len(facts(extractor, text).meetings) >= 2


@pytest.mark.parametrize("text", [
    "President Diaz began her first state visit to Spain on Monday. The first state visit of her term "
    "ends on Friday.",
    "The minister held talks with Ms. Tan in Lima on Monday. The talks with Ms. Tan covered fisheries.",
])
def test_the_same_visit_or_the_same_partner_stays_one_meeting(extractor: RulesExtractor, text: str) -> None:
    assert len(facts(extractor, text).meetings) == 1


@pytest.mark.parametrize(("text", "talks"), [
    ("President Kamau, currently on an official visit to India, held talks with Prime Minister Modi today.",
     "held talks with Prime Minister Modi today"),
    ("Ms. Reyes, on a two-day visit to Hanoi, met Prime Minister Chinh on Monday.",
     "met Prime Minister Chinh on Monday"),
    ("Chancellor Weber, who is on a state visit to Ghana, held discussions with President Mahama in Accra.",
     "held discussions with President Mahama in Accra"),
    ("During his visit to Seoul, President Lula held talks with President Lee.",
     "President Lula held talks with President Lee"),
    ("Arriving on a working visit to Cairo, the Kenyan minister met his Egyptian counterpart on Sunday.",
     "met his Egyptian counterpart on Sunday"),
])
def test_talks_are_shown_clear_of_the_visit_their_clause_opens_with(
        extractor: RulesExtractor, text: str, talks: str) -> None:
    found = {m.kind: m.evidence.text for m in facts(extractor, text).meetings}
    assert found.get("talks", "").endswith(talks.split(" ", 1)[1]) and "visit" not in found["talks"]


@pytest.mark.parametrize(("text", "visitor"), [
    ("In November, Mr. Dissanayake undertook his first state visit abroad to India.", "Dissanayake"),
    ("Last year President Ochoa made an official visit to Chile.", "Ochoa"),
    ("President Samia Suluhu Hassan paid a state visit to Kenya in 2022.", "Samia"),
    ("Minister Carla Ruiz undertook a working visit to Lisbon on Monday.", "Ruiz"),
    ("In June, Prime Minister Jonas Gahr Store made a short visit to Rome.", "Jonas"),
])
def test_who_undertakes_pays_or_makes_a_visit_is_the_visitor(
        extractor: RulesExtractor, text: str, visitor: str) -> None:
    found = [m for m in facts(extractor, text).meetings if m.kind == "visit"]
    assert len(found) == 1 and any(visitor in p for p in found[0].participants)


# ------------------------------------------------------------------ commitments: plans told by adjectives


@pytest.mark.parametrize(("text", "action"), [
    ("The king during his trip is slated to meet the Chinese premier.", "meet"),
    ("The President is likely to spend one day in Maputo before heading home.", "spend"),
    ("Now Mr Srettha is about to make his second visit to France.", "make"),
    ("Ministers from both countries are likely to sign a fisheries accord on Friday.", "sign"),
    ("The Chilean delegation is slated to tour the port of Mombasa next week.", "tour"),
])
def test_slated_likely_or_about_to_act_is_a_plan(
        extractor: RulesExtractor, text: str, action: str) -> None:
    found = actions(facts(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "The deal is likely to boost trade between the two countries.",
    "The new port is about to open to ships from the region.",
    "Prices are likely to rise after the talks.",
])
def test_likely_or_about_with_no_actor_is_a_forecast(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text)) == []


# --------------------------------------------------------------------------- commitments: refraining


@pytest.mark.parametrize("text", [
    "Sri Lanka will never allow its territory to be used against India.",
    "The president said his country would not permit its airspace to be used for attacks on Kenya.",
    "Mongolia will not allow foreign troops to be stationed on its soil, the minister said.",
    "Both governments will never let their ports be used by smugglers.",
    "Ghana will not permit its waters to be fished by foreign trawlers, the two ministers agreed.",
    "The minister assured his counterpart that Kenya would never allow its ports to be used by smugglers.",
])
def test_a_negated_permission_of_something_done_is_an_undertaking(
        extractor: RulesExtractor, text: str) -> None:
    found = actions(facts(extractor, text))
    assert len(found) == 1 and found[0].split()[0] in ("never", "not")


@pytest.mark.parametrize("text", [
    "The minister said Ghana would not allow the talks to fail.",
    "Sri Lanka will not sign the agreement this year.",
    "Sri Lanka did not allow its territory to be used by the rebels.",
])
def test_other_negations_undertake_nothing(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text)) == []


# --------------------------------------------------------------------------- commitments: principles


@pytest.mark.parametrize(("text", "action"), [
    ("The two leaders decided to further collaborate to maintain peace, stability, and prosperity in "
     "the region.", "collaborate"),
    ("Malaysia will work with China to keep peace in the South China Sea.", "work"),
    ("Both sides pledged to strengthen the partnership based on democracy and human rights.", "strengthen"),
    ("The ministers agreed to hold regular consultations to promote peace in the region.", "hold"),
    ("Japan will provide patrol vessels that uphold freedom of navigation in the area.", "provide"),
])
def test_a_principle_in_a_purpose_or_modifier_clause_keeps_the_undertaking(
        extractor: RulesExtractor, text: str, action: str) -> None:
    found = actions(facts(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "Both sides will uphold peace and stability in the region.",
    "The two leaders agreed to respect the sovereignty and territorial integrity of Ukraine.",
    "They pledged to support a two-state solution.",
])
def test_a_principle_as_the_object_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text)) == []


# --------------------------------------------------------------------------- meetings: speaking to the press


@pytest.mark.parametrize("text", [
    "Addressing Colombo-based media on Tuesday, High Commissioner Santosh Jha said the talks went well.",
    "President Dissanayake had said in a statement to the media in New Delhi that the visit was useful.",
    "The foreign minister briefed journalists in Nairobi on Monday.",
    "Foreign Minister Penny Wong addressed the media in Canberra on Friday.",
    "Speaking after the meeting, Mr. Lee told reporters that both sides were satisfied.",
])
def test_speaking_to_the_press_is_a_press_conference(extractor: RulesExtractor, text: str) -> None:
    assert "press_conference" in [m.kind for m in facts(extractor, text).meetings]


@pytest.mark.parametrize("text", [
    "The minister will address the media on Friday.",
    "The two leaders discussed media freedom and press law.",
    "The ministry issued a statement on the trade figures.",
])
def test_a_planned_address_or_the_press_as_a_topic_is_none(extractor: RulesExtractor, text: str) -> None:
    assert "press_conference" not in [m.kind for m in facts(extractor, text).meetings]


# ------------------------------------------------------------------ meetings: receptions and visiting


@pytest.mark.parametrize("text", [
    "On Tuesday evening, Jokowi arrived in Maputo, where he was welcomed by Energy Minister Joaquim "
    "Zacarias.",
    "Lula rolled out the red carpet for Venezuelan President Nicolas Maduro in Brasilia in May.",
    "The prime minister was seen off at the airport by Foreign Minister Ali Sabry.",
    "President Ruto was warmly received by King Charles at the palace on Monday.",
    "Ms. Reyes was greeted at the border by Interior Minister Paulo Nunes and two governors.",
])
def test_a_person_received_or_seen_off_by_a_person_is_a_meeting(extractor: RulesExtractor, text: str) -> None:
    assert "other" in [m.kind for m in facts(extractor, text).meetings]


@pytest.mark.parametrize("text", [
    "The proposal was received by the committee with interest.",
    "The ministers were greeted by cheering crowds at the station.",
    "The farmers rolled out the red carpet for the new tractors.",
])
def test_things_received_or_crowds_greeting_are_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, text).meetings


@pytest.mark.parametrize(("text", "place"), [
    ("The year opened with the Emperor and the Empress visiting the Philippines.", "Philippines"),
    ("Japan welcomes the effort of President Duterte visiting China to improve relations.", "China"),
    ("Photos show Chancellor Weber visiting Ghana in 2019.", "Ghana"),
    ("They recalled Queen Sonja visiting Kenya, the first royal visit in decades.", "Kenya"),
    ("The talks followed Prime Minister Kishida visiting India last spring.", "India"),
])
def test_someone_visiting_a_place_is_a_visit(extractor: RulesExtractor, text: str, place: str) -> None:
    visits = [m for m in facts(extractor, text).meetings if m.kind == "visit"]
    assert visits and visits[0].place is not None and place in visits[0].place


@pytest.mark.parametrize("text", [
    "The visiting delegation toured a car factory.",
    "President Ruto will be visiting Japan next month.",
])
def test_a_visiting_party_or_a_planned_visiting_is_no_visit(extractor: RulesExtractor, text: str) -> None:
    assert [m for m in facts(extractor, text).meetings if m.kind == "visit"] == []


# ------------------------------------------------------------------ meetings: gatherings named for a body


@pytest.mark.parametrize("text", [
    "Mr Macron visited Bangkok and attended the Apec meeting, the first EU leader to do so.",
    "The two foreign ministers met on the sidelines of the ASEAN Regional Forum in Vientiane.",
    "Serbia and China signed the agreement on Tuesday at the sidelines of the Belt and Road Forum in "
    "Beijing.",
    "She spoke at the margins of the Munich Security Conference on Saturday.",
    "Thailand hosted the 32nd Asia-Pacific Economic Leaders' Meeting in Bangkok in November.",
])
def test_a_gathering_named_for_a_body_or_with_sidelines_is_a_summit(
        extractor: RulesExtractor, text: str) -> None:
    assert "summit" in [m.kind for m in facts(extractor, text).meetings]


@pytest.mark.parametrize("text", [
    "President Biden and President Xi held a meeting in Lima. The Biden-Xi meeting lasted two hours.",
    "The two foreign ministers held a meeting in Vientiane on Monday.",
    "President Rodrigo Duterte and Prime Minister Shinzo Abe held a Summit Meeting in Tokyo on Wednesday.",
])
def test_a_meeting_named_for_its_people_or_unnamed_is_talks(extractor: RulesExtractor, text: str) -> None:
    assert "summit" not in [m.kind for m in facts(extractor, text).meetings]


def test_a_summit_said_of_afterwards_is_the_same_summit(extractor: RulesExtractor) -> None:
    text = ("Leaders met at the Apec summit in Bangkok in November 2022. It was a highly successful summit "
            "despite the absence of President Joe Biden.")
    assert [m.kind for m in facts(extractor, text).meetings].count("summit") == 1


# ------------------------------------------------------------------ commitments: acts told in the passive


@pytest.mark.parametrize(("text", "action"), [
    ("Support to enhance maritime safety capability will be strengthened.", "strengthen"),
    ("Infrastructure development will be strongly supported in both the capital and Davao.", "support"),
    ("The construction of the port will be financed by Chile.", "finance"),
    ("Technical assistance will be provided to Kenyan farmers.", "provide"),
    ("The transfer of two patrol boats will be completed by the navy before June.", "complete"),
])
def test_an_act_done_in_the_future_passive_is_an_undertaking(
        extractor: RulesExtractor, text: str, action: str) -> None:
    found = actions(facts(extractor, "Kenya and Chile held talks in Nairobi. " + text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "Trade will be boosted by the agreement.",
    "The minister will be joined by two governors.",
    "The decision will be welcomed by farmers.",
])
def test_a_forecast_or_a_passive_on_a_person_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, "Kenya and Chile held talks in Nairobi. " + text)) == []
