"""Constructions added for articles nobody tuned the rules to (issue 9), proved on our own
wording: several positives varying verb, voice, word order and list length, and negatives
that share the surface words but not the construction.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts
from tests.extract_support import meeting_kinds as kinds

# --------------------------------------------------------------------------- look forward to


@pytest.mark.parametrize(("text", "action"), [
    ("The two ministers look forward to signing a health agreement next month.", "sign"),
    ("They looked forward to meeting again at the summit in June.", "meet"),
    ("Chile looks forward to hosting the next round of the dialogue in 2026.", "host"),
    ("The United States and Peru look forward to working together on pandemic preparedness.", "work"),
    ("President Lula said he looked forward to welcoming the Chinese leader to Brasilia.", "welcome"),
])
def test_look_forward_to_doing_is_an_undertaking(extractor: RulesExtractor, text: str, action: str) -> None:
    found = actions(facts(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "We look forward to the visit of the king.",
    "The minister looked back on the talks with satisfaction.",
    "The delegation looked at ways to expand trade.",
    "Both leaders looked forward to deepening their partnership.",
])
def test_looking_forward_to_a_thing_or_elsewhere_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text)) == []


# --------------------------------------------------------------------------- instruments


def subjects(found: ArticleFacts) -> list[str]:
    return [i.subject for i in found.instruments]


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides inked agreements to build a bridge and to open a consulate in Mombasa.",
     ["build a bridge", "open a consulate in Mombasa"]),
    ("Ghana and Togo concluded accords to share weather data, to police their border and to restore forests.",
     ["share weather data", "police their border", "restore forests"]),
    ("Chile and Peru signed agreements to create a joint fund and to deepen their partnership.",
     None),  # the partnership is the aim; one concrete act is no list
    ("Memoranda were exchanged to protect wetlands and to train border guards.",
     ["protect wetlands", "train border guards"]),
    ("Deals were signed to set up a joint shipping line and to promote tourism.",
     ["set up a joint shipping line", "promote tourism"]),
])
def test_each_coordinated_purpose_of_plural_documents_is_one_instrument(
        extractor: RulesExtractor, text: str, expected: list[str] | None) -> None:
    found = subjects(facts(extractor, text))
    if expected is None:
        assert len(found) <= 1
    else:
        assert found == expected


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed several MoUs and agreements to boost cooperation in various sectors.",
    "Chile and Peru signed accords to strengthen their ties.",
    "The two governments signed a number of agreements to deepen bilateral relations.",
    "Memoranda were exchanged to enhance the partnership.",
    "Several deals were concluded to promote friendship between the peoples.",
])
def test_plural_documents_that_only_further_relations_are_a_package(
        extractor: RulesExtractor, text: str) -> None:
    assert subjects(facts(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Peru signed MoUs on the protection of migratory birds and the training of diplomats.",
     ["protection of migratory birds", "training of diplomats"]),
    ("The sides signed memoranda on the recognition of degrees, the return of cultural property and "
     "the promotion of tourism.",
     ["recognition of degrees", "return of cultural property", "promotion of tourism"]),
    ("Kenya and Chile signed memoranda on the launch of a satellite and the creation of a seed bank.",
     ["launch of a satellite", "creation of a seed bank"]),
])
def test_coordinated_heads_of_phrases_are_separate_subjects(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed MoUs on the exchange of students and teachers.",
     ["exchange of students and teachers"]),
    ("They signed an agreement on science, technology and innovation.",
     ["agreement on science, technology and innovation"]),
])
def test_a_coordination_inside_one_phrase_stays_one_subject(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


# --------------------------------------------------------------------------- meetings


@pytest.mark.parametrize("text", [
    "President Ruto spoke today with President Boric of Chile about trade.",
    "The chancellor spoke by phone with Prime Minister Kishida on Monday.",
    "Prime Minister Albanese spoke with King Charles about the visit.",
    "On Friday the president talked with his Brazilian counterpart.",
    "Foreign Secretary Lammy spoke yesterday with Minister Wong.",
])
def test_a_leader_speaking_with_another_is_a_call(extractor: RulesExtractor, text: str) -> None:
    assert "call" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The prime minister hosted a luncheon in honour of the visiting president.",
    "The king hosted a state banquet for President Lula on Tuesday evening.",
    "President Ruto was received with a guard of honour at State House.",
    "The emir hosts a dinner for the delegation at the palace.",
    "The visiting premier attended an official dinner given by the governor.",
])
def test_receptions_meals_and_honours_are_meetings(extractor: RulesExtractor, text: str) -> None:
    assert "other" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The ambassador paid a courtesy call on the foreign minister.",
    "China and Serbia held two rounds of formal negotiations in Belgrade.",
    "Delegations held negotiations on the border treaty in Geneva.",
    "After three rounds of negotiations the ministers initialled the text.",
    "The new envoy made a courtesy call on President Mahama on Monday.",
])
def test_courtesy_calls_and_rounds_of_negotiations_are_talks(extractor: RulesExtractor, text: str) -> None:
    assert "talks" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The director general has today opened the 11th Joint Permanent Commission between Kenya and Uganda.",
    "Ministers from Chile and Peru convened the fourth Joint Economic Commission in Lima on Monday.",
    "Ghana hosted the second session of the Joint Permanent Commission for Cooperation in Accra.",
    "The 7th Intergovernmental Commission between Ukraine and Poland took place in Warsaw.",
    "Both foreign ministers co-chaired the Joint Commission in Tashkent last week.",
])
def test_a_numbered_or_opened_commission_is_a_session(extractor: RulesExtractor, text: str) -> None:
    assert "commission_session" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The two countries agreed to set up a joint commission on water resources.",
    "The joint commission was established under the 1998 agreement.",
])
def test_a_commission_set_up_or_named_is_no_session(extractor: RulesExtractor, text: str) -> None:
    assert "commission_session" not in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "Prime Minister Kishida arrived in Seoul on Sunday for talks with President Yoon.",
    "President Lula arrived in Beijing on Tuesday for a three-day state visit.",
    "Chancellor Scholz landed in Delhi late on Friday, his first trip to India.",
    "A delegation led by the trade minister arrived in Nairobi yesterday.",
    "The Kenyan president arrives in Addis Ababa today for a working visit, his office said.",
])
def test_a_visitor_arriving_in_a_place_is_a_visit(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == ["visit"]


@pytest.mark.parametrize("text", [
    "The two sides arrived at an agreement on fisheries.",
    "The shipment arrived in Karachi port on Monday.",
    "The prime minister will arrive in Hanoi next week.",
])
def test_things_arriving_or_arrivals_ahead_are_no_visit(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Minister Otieno spoke with reporters after lunch.",
    "The chef cooked lunch for the team.",
    "The two sides will hold negotiations next month.",
    "The honour guard rehearsed for the parade.",
])
def test_the_same_words_without_an_encounter_are_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The two leaders upheld the 1995 Treaty of Friendship and the UN Charter.",
    "They acknowledged the importance of the 2002 Declaration on the Conduct of Parties.",
    "Both sides reaffirmed the principles enshrined in the Charter of the Organisation of African Unity.",
    "The talks were held in accordance with the Framework Agreement on Border Trade.",
    "The leaders stressed adherence to the Treaty of Amity and Cooperation.",
])
def test_a_document_cited_as_a_standard_is_no_instrument(extractor: RulesExtractor, text: str) -> None:
    assert subjects(facts(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The two leaders signed the Treaty of Friendship and the Protocol on Fisheries.",
     ["Treaty of Friendship", "Protocol on Fisheries"]),
    ("The ministers discussed the implementation of the Framework Agreement on Border Trade.",
     ["Framework Agreement on Border Trade"]),
    ("Kenya ratified the Treaty of Amity and Cooperation.", ["Treaty of Amity and Cooperation"]),
])
def test_a_document_acted_on_stays_an_instrument(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


def test_recalling_a_joint_initiative_keeps_it(extractor: RulesExtractor) -> None:
    text = "The presidents recalled the Joint Initiative on Clean Water launched in 2019."
    assert len(subjects(facts(extractor, text))) == 1


# --------------------------------------------------------------------------- people


def names(found: ArticleFacts) -> list[str]:
    return [p.name for p in found.people]


@pytest.mark.parametrize(("text", "expected"), [
    ("He was accompanied by Trade Minister Wasantha Perera and Energy Minister Tomas Klein.",
     ["Wasantha Perera", "Tomas Klein"]),
    ("The president was seen off at the airport by Foreign Minister Ana Duarte.", ["Ana Duarte"]),
    ("The signing was attended by Finance Minister Kofi Mensah.", ["Kofi Mensah"]),
    ("Also present were Deputy Minister Ruth Kamau and Ambassador Peter Obi.", ["Ruth Kamau", "Peter Obi"]),
    ("The documents were exchanged in the presence of Prime Minister Lena Holm.", ["Lena Holm"]),
])
def test_people_named_in_passing_are_people(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert names(facts(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "Lapid said the talks went well.",
    "Turner launched the dialogue in July.",
    "The Deputy Prime Minister addressed the United Nations General Assembly.",
])
def test_an_untitled_lone_word_or_a_body_is_no_person(extractor: RulesExtractor, text: str) -> None:
    assert names(facts(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("I welcome the signing today of the Memorandum of Cooperation in the field of information "
     "technology.", "Memorandum of Cooperation in the field of information technology"),
    ("Chile and Peru signed the Framework Agreement in the sphere of culture on Monday.",
     "Framework Agreement in the sphere of culture"),
    ("The Protocol of Cooperation in the area of customs was signed in Lima.",
     "Protocol of Cooperation in the area of customs"),
    ("Both sides signed the Memorandum of Cooperation in the fields of fisheries and aquaculture.",
     "Memorandum of Cooperation in the fields of fisheries and aquaculture"),
    ("The Joint Programme in the domain of water management was signed on Friday.",
     "Joint Programme in the domain of water management"),
])
def test_a_named_document_keeps_its_field(extractor: RulesExtractor, text: str, expected: str) -> None:
    assert subjects(facts(extractor, text)) == [expected]


@pytest.mark.parametrize("text", [
    "Kenya and Chile signed seven MoUs. These agreements focus on energy, fisheries and health.",
    "Ghana and Togo signed 12 MoUs on Monday. Those documents cover trade, tourism and mining.",
])
def test_these_documents_described_again_are_no_new_instruments(extractor: RulesExtractor, text: str) -> None:
    assert subjects(facts(extractor, text)) == []


# --------------------------------------------------------------------------- named document forms


def types_and_statuses(found: ArticleFacts) -> list[tuple[str, str]]:
    return [(i.type, i.status) for i in found.instruments]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed an Exchange of Notes on a grant for flood defences.",
     [("agreement", "signed")]),
    ("An exchange of letters on the return of cultural property was signed in Lima.",
     [("agreement", "signed")]),
    ("The navies exchanged a Letter of Arrangement on the loan of two ships.", [("other", "signed")]),
    ("A letter of understanding on seed banks will be signed next week.", [("other", "planned")]),
    ("The ministers launched the Partnership for Clean Ports at the summit.", [("other", "issued")]),
    ("Officials reviewed progress under the Canada-Chile Partnership for Rural Broadband.",
     [("other", "discussed")]),
])
def test_named_document_forms_are_instruments(
        extractor: RulesExtractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert types_and_statuses(facts(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "The two leaders agreed to deepen their comprehensive strategic partnership for the coming decade.",
    "The Strategic Partnership between the two nations turns 20 this year.",
    "An exchange of views on regional security followed the lunch.",
    "A student exchange between the two universities began in May.",
    "She wrote a letter of thanks to the ambassador.",
])
def test_partnerships_exchanges_and_letters_otherwise_are_none(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text).instruments == []


# --------------------------------------------------------------------------- proposals


@pytest.mark.parametrize("text", [
    "Kenya pushed for a bilateral investment treaty with Indonesia.",
    "During the talks Chile pitched a free trade agreement to the visiting delegation.",
    "The foreign minister floated a treaty on the sharing of river water.",
    "Vietnam suggested a convention on fisheries in the gulf.",
    "The president pushed for a preferential trade agreement and an investment treaty with Peru.",
])
def test_a_one_sided_proposal_is_an_instrument_under_discussion(extractor: RulesExtractor, text: str) -> None:
    found = types_and_statuses(facts(extractor, text))
    assert found and all(status == "discussed" for _, status in found)


@pytest.mark.parametrize("text", [
    "The minister pushed the trolley of documents aside.",
    "Protesters pushed for the release of the detained journalists.",
])
def test_pushing_or_proposing_without_a_document_is_none(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text).instruments == []


# --------------------------------------------------------------------------- fact-sheet lines

_SHEET = "Peru and Canada held their third energy dialogue in Ottawa. The co-chairs listed these steps.\n"


@pytest.mark.parametrize(("line", "action"), [
    ("Exploring joint research on grid storage between the two national laboratories.", "explore"),
    ("Convening a workshop in Lima on clean hydrogen for regional regulators.", "convene"),
    ("Expanding exchanges of young engineers through paid internships.", "expand"),
    ("Working toward a common standard for electric vehicle chargers.", "work"),
    ("Continuing to train customs officers in both ports on methane detection.", "continue"),
])
def test_a_fact_sheet_line_opening_with_a_gerund_is_an_undertaking(
        extractor: RulesExtractor, line: str, action: str) -> None:
    found = actions(facts(extractor, _SHEET + line + "\n"))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("line", [
    "Welcoming the progress made by the two grid operators since last year.",
    "Speaking after the talks, the Peruvian minister praised the dialogue.",
    "Noting the strong growth of bilateral trade in minerals.",
])
def test_a_looking_back_line_or_an_opening_participle_is_none(extractor: RulesExtractor, line: str) -> None:
    assert actions(facts(extractor, _SHEET + line + "\n")) == []


# --------------------------------------------------------------------------- aims, acts, pointing words


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers signed agreements to build a port, train nurses and protect forests.",
     ["build a port", "train nurses", "protect forests"]),
    ("Kenya and Chile inked deals to share weather data, police the border and restore mangroves.",
     ["share weather data", "police the border", "restore mangroves"]),
    ("Several memoranda were exchanged on Friday to map the seabed, extradite fugitives and promote tourism.",
     ["map the seabed", "extradite fugitives", "promote tourism"]),
    ("Deals were signed to set up a joint shipping line, extradite fugitives and promote tourism.",
     ["set up a joint shipping line", "extradite fugitives", "promote tourism"]),
    ("Peru and Ghana concluded accords to twin their capitals, exchange cadets, waive visas and "
     "protect investments.",
     ["twin their capitals", "exchange cadets", "waive visas", "protect investments"]),
])
def test_a_comma_list_of_aims_gives_one_instrument_per_act(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "The ministers signed accords to strengthen ties, deepen friendship and boost cooperation.",
    "The ministers signed accords to strengthen ties, friendship and cooperation.",
    "They signed agreements to boost trade and investment.",  # two objects: one aim, not a list
])
def test_goodwill_or_a_pair_of_objects_is_no_list_of_documents(extractor: RulesExtractor, text: str) -> None:
    assert len(subjects(facts(extractor, text))) <= 1


@pytest.mark.parametrize(("text", "expected"), [
    ("They signed agreements to build ports, roads and bridges.", ["ports", "roads", "bridges"]),
    ("The sides signed MoUs to promote trade, investment and tourism.", ["trade", "investment", "tourism"]),
    ("Chile concluded deals to buy frigates, helicopters and coastal radars.",
     ["frigates", "helicopters", "coastal radars"]),
    ("Accords were signed to upgrade airports, railways and power lines.",
     ["airports", "railways", "power lines"]),
    ("Memoranda were exchanged to protect wetlands, coral reefs, mangroves and rivers.",
     ["wetlands", "coral reefs", "mangroves", "rivers"]),
])
def test_three_or_more_objects_of_one_aim_give_one_document_each(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("An agreement was signed on Monday to expand rail links.", "expand rail links"),
    ("A convention was signed to combat wildlife trafficking.", "combat wildlife trafficking"),
    ("Ghana and Togo concluded a treaty last year to demarcate their border.", "demarcate their border"),
    ("Yesterday a memorandum was exchanged in Lima to protect migratory birds.", "protect migratory birds"),
    ("The two ministers inked a pact on Friday to curb illegal fishing.", "curb illegal fishing"),
])
def test_the_aim_of_a_signing_clause_is_the_subject_of_its_document(
        extractor: RulesExtractor, text: str, expected: str) -> None:
    assert subjects(facts(extractor, text)) == [expected]


@pytest.mark.parametrize("text", [
    "The minister used the agreement to defend his record.",
    "The agreement was signed to great applause.",
])
def test_an_aim_not_of_the_signing_or_no_aim_gives_no_subject(extractor: RulesExtractor, text: str) -> None:
    assert subjects(facts(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "With the latest deal, Poland has signed more than $10 billion worth of contracts with Chile.",
    "The same accord was signed by both leaders.",
    "In a separate deal, a railway firm signed an agreement with the ministry to sell 20 carriages.",
    "The previous pact was signed in 2019.",
])
def test_a_document_only_pointed_at_is_no_new_instrument(extractor: RulesExtractor, text: str) -> None:
    found = subjects(facts(extractor, text))
    assert not any(word in s for s in found for word in ("latest", "same", "separate", "previous"))


@pytest.mark.parametrize(("text", "expected"), [
    ("The latest agreement on wildlife protection was signed on Monday.", "wildlife protection"),
    ("A separate memorandum on teacher training was exchanged in Quito.", "teacher training"),
    ("Both sides signed another accord on fisheries.", "fisheries"),
    ("The previous treaty on extradition was ratified by Peru.", "extradition"),
    ("Chile signed the same protocol on seed banks as Peru.", "seed banks"),
])
def test_a_pointing_word_with_a_subject_keeps_the_subject(
        extractor: RulesExtractor, text: str, expected: str) -> None:
    found = subjects(facts(extractor, text))
    assert len(found) == 1 and found[0].endswith(expected)


# --------------------------------------------------------------------------- passive lists, documents


@pytest.mark.parametrize(("text", "expected"), [
    ("Accords were signed in the fields of nuclear safety, fisheries and flood control.",
     ["nuclear safety", "fisheries", "flood control"]),
    ("Agreements were concluded in the areas of mining, tourism and higher education.",
     ["mining", "tourism", "higher education"]),
    ("Memoranda were exchanged in maritime safety, culture and sport.",
     ["maritime safety", "culture", "sport"]),
    ("Deals were struck on Tuesday in the sectors of railways and ports.", ["railways", "ports"]),
    ("MoUs were inked in agriculture and health.", ["agriculture", "health"]),
])
def test_passive_plural_documents_take_the_fields_after_the_verb(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "Accords were signed in Nairobi on Monday.",
    "Memoranda were exchanged in the presence of the two leaders.",
])
def test_a_place_or_witnesses_after_a_passive_signing_are_no_fields(
        extractor: RulesExtractor, text: str) -> None:
    assert subjects(facts(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Documents on trade and health were signed.", ["trade", "health"]),
    ("The two sides signed documents on the creation of a chamber of commerce and a youth council.",
     ["creation of a chamber of commerce", "youth council"]),  # two things made (issue 10, inst10)
    ("We have just signed the documents covering the transfer of patrol vessels.",
     ["transfer of patrol vessels"]),
    ("Documents for the protection of wetlands were exchanged in Lima.", ["protection of wetlands"]),
    ("Ghana and Togo inked documents concerning visa waivers.", ["visa waivers"]),
])
def test_documents_signed_with_their_own_topic_are_instruments(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "Officials exchanged documents in the hallway.",
    "The documents seen by reporters show rising debt.",
])
def test_documents_without_a_topic_or_a_signing_are_none(extractor: RulesExtractor, text: str) -> None:
    assert subjects(facts(extractor, text)) == []


# --------------------------------------------------------------------------- signings, trips, gatherings


@pytest.mark.parametrize("text", [
    "Memoranda on tourism and health were exchanged in the presence of President Ruto and "
    "Prime Minister Modi.",
    "The agreement was signed at the palace in the presence of King Harald.",
    "In the presence of both presidents, the ministers signed three protocols.",
    "President Lula and President Boric signed a trade agreement on Monday in Santiago.",
    "President Macron and Prime Minister Modi inked a pact on hydrogen in Paris.",
])
def test_a_signing_before_witnesses_or_by_two_leaders_is_a_ceremony(
        extractor: RulesExtractor, text: str) -> None:
    assert "signing_ceremony" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The ministers discussed trade in the presence of journalists.",
    "President Lula and President Boric will sign a trade agreement next month.",
    "President Lula signed the decree on Monday.",
])
def test_talk_before_witnesses_a_planned_or_a_lone_signing_is_no_ceremony(
        extractor: RulesExtractor, text: str) -> None:
    assert "signing_ceremony" not in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "President Ruto embarked on his first trip to Latin America this week.",
    "During her trip to Japan, the minister toured a shipyard.",
    "The premier made a trip to Moscow in March.",
    "The king was in Hanoi on a two-day trip.",
    "Chancellor Merz wrapped up his Asian trip in Seoul.",
])
def test_a_trip_someone_takes_is_a_visit(extractor: RulesExtractor, text: str) -> None:
    assert "visit" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "It was the first trip by a Korean leader there since 2019.",
    "He served a tour of duty in Iraq.",
    "Trips to the coast are popular with tourists.",
])
def test_a_counted_trip_a_tour_of_duty_or_trips_in_general_are_no_visit(
        extractor: RulesExtractor, text: str) -> None:
    assert "visit" not in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The president attended the 1955 Asia-Africa Conference in Bandung.",
    "Lula was greeted warmly last November at the U.N. climate change conference in Egypt.",
    "The leaders met at the Third Belt and Road Forum.",
    "Fiji hosted the Pacific Islands Forum in Suva.",
    "Both ministers addressed the Indian Ocean Conference.",
])
def test_a_named_conference_or_forum_held_or_attended_is_a_summit(
        extractor: RulesExtractor, text: str) -> None:
    assert "summit" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The minister told a press conference that talks went well.",
    "They will cooperate through the U.S.-Brazil Energy Forum and the Minerals Dialogue.",
    "Experts joined the Negev Forum Health Working Group.",
])
def test_a_press_conference_or_a_forum_named_as_a_body_is_no_summit(
        extractor: RulesExtractor, text: str) -> None:
    assert "summit" not in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "Blinken and Balakrishnan chaired the second U.S.-Singapore Critical and Emerging Technology (CET) "
    "Dialogue in Singapore.",
    "The inaugural U.S.-Singapore CET Dialogue was held in Washington in October 2023.",
    "The ministers met at the recent High-Level Economic Dialogue in Paris.",
    "Peru and Chile co-chaired the Strategic Dialogue in Lima on Monday.",
    "The fourth Kenya-Ghana Policy Dialogue took place in Accra.",
])
def test_a_named_dialogue_numbered_chaired_or_held_somewhere_is_a_session(
        extractor: RulesExtractor, text: str) -> None:
    assert "commission_session" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "They will cooperate on AI under the Dialogue.",
    "The leaders stressed the importance of political dialogue.",
    "The two sides will hold the third Strategic Dialogue next year.",
])
def test_a_dialogue_as_a_mechanism_a_habit_or_a_plan_is_no_session(
        extractor: RulesExtractor, text: str) -> None:
    assert "commission_session" not in kinds(facts(extractor, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Memoranda of Understanding on the avoidance of double taxation and on customs cooperation "
     "were exchanged.", ["avoidance of double taxation", "customs cooperation"]),
    ("The ministers signed agreements on the protection of investments and on air services.",
     ["protection of investments", "air services"]),
    ("MoUs for the training of diplomats and for the exchange of archives were signed in Accra.",
     ["training of diplomats", "exchange of archives"]),
    ("Two memoranda, on the management of fisheries and on the promotion of tourism, were inked.",
     ["management of fisheries", "promotion of tourism"]),
    ("Accords on the recognition of diplomas and on the return of cultural property were concluded.",
     ["recognition of diplomas", "return of cultural property"]),
])
def test_a_repeated_preposition_starts_a_topic_of_its_own(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert sorted(subjects(facts(extractor, text))) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("An agreement on the avoidance of double taxation and the prevention of fiscal evasion was signed.",
     None),
    ("The sides signed an MoU on cooperation in science and technology.", None),
])
def test_one_topic_with_inner_coordination_stays_one(
        extractor: RulesExtractor, text: str, expected: None) -> None:
    assert len(subjects(facts(extractor, text))) == 1
