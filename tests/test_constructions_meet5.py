"""Meetings told by constructions the first rules missed (issue 9, unseen text), proved on our
own wording: positives that vary verb, voice, word order and punctuation, and negatives that
share the surface words but not the encounter.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.extract_support import meeting_kinds as kinds

# --------------------------------------------------------------------------- calls


@pytest.mark.parametrize("text", [
    "Mr Albanese called Prime Minister Luxon on Sunday to discuss the fisheries dispute.",
    "Prime Minister Ishiba telephoned President Trump on Monday.",
    "The chancellor phoned his French counterpart late on Friday.",
    "Foreign Minister Wong rang her Indonesian counterpart about the detained fishermen.",
    "On Tuesday, President Ruto called Tanzanian President Samia Suluhu Hassan after the border clash.",
])
def test_a_call_placed_to_a_person_is_a_call(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == ["call"]


@pytest.mark.parametrize("text", [
    "President Biden held a call today with President Lopez Obrador of Mexico.",
    "The two leaders had a call on Tuesday to discuss migration.",
    "During their call, the leaders agreed to continue close coordination.",
    "The leaders discussed the situation at the border in a call on Tuesday.",
    "In a call with Chancellor Merz, the prime minister raised the tariff issue.",
    "Readout of President Biden's Call with President Lopez Obrador of Mexico",
    "The call between the two presidents lasted an hour.",
])
def test_a_call_held_is_a_call(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == ["call"]


@pytest.mark.parametrize("text", [
    "The president called the talks a success.",
    "The opposition called the minister a liar.",
    "Protesters called for the minister to resign.",
    "The communique ended with a call for calm in the region.",
    "The minister issued a call to action on climate finance.",
    "The president's call for calm was welcomed.",
    "Kenya's call for debt relief was heard.",
    "The president will call his Chilean counterpart next week.",
])
def test_naming_appealing_or_a_call_ahead_is_no_call(extractor: RulesExtractor, text: str) -> None:
    assert "call" not in kinds(facts(extractor, text))


# --------------------------------------------------------------------------- courtesy calls


@pytest.mark.parametrize("text", [
    "The Indonesian leader also called on the King at the palace.",
    "The new ambassador called on Foreign Minister Wang Yi in Beijing on Monday.",
    "Before leaving, the delegation called on the President at State House.",
    "On Tuesday the visiting minister called on the prime minister.",
    "Mr Lammy later called on his Malaysian counterpart in Kuala Lumpur.",
])
def test_calling_on_a_person_is_talks(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == ["talks"]


@pytest.mark.parametrize("text", [
    "The ministers called on both sides to exercise restraint.",
    "The statement called on the government to release the detainees.",
    "Ghana called on its partners to honour their pledges.",
])
def test_calling_on_someone_to_act_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == []


# --------------------------------------------------------------------------- guests hosted or received


@pytest.mark.parametrize("text", [
    "The Kenyan president hosted his Ugandan counterpart at State House on Monday.",
    "The Egyptian president received US Secretary of State Antony Blinken in Cairo on Tuesday.",
    "The foreign minister received a delegation from the Vietnamese parliament on Tuesday.",
    "Chinese Premier Li Qiang hosted Malaysian Prime Minister Anwar Ibrahim for talks in Beijing.",
    "On Monday the prime minister received the visiting Kenyan foreign minister at his office.",
])
def test_a_guest_hosted_or_received_is_talks(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == ["talks"]


@pytest.mark.parametrize("text", [
    "The ministry received a letter from the embassy on Monday.",
    "The city hosted the football final last year.",
    "The president will host his Ugandan counterpart next week.",
    "The proposal received support from both delegations.",
])
def test_things_hosted_or_received_or_a_guest_ahead_are_no_talks(
        extractor: RulesExtractor, text: str) -> None:
    assert "talks" not in kinds(facts(extractor, text))


# --------------------------------------------------------------------------- sittings of standing bodies


@pytest.mark.parametrize("text", [
    "The ministers co-chaired the third meeting of the Joint Trade Committee in Lima on Thursday.",
    "The joint trade commission met for the first time in Colombo on Thursday.",
    "The 8th meeting of the Joint Committee on Trade and Economic Cooperation took place in Colombo.",
    "The inaugural session of the Sri Lanka-China Joint Trade Committee was held in Beijing on Friday.",
    "The two ministers co-chaired the meeting in Colombo.",
    "The Joint Economic Council met in Doha on Sunday.",
])
def test_a_sitting_of_a_standing_body_is_a_session(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == ["commission_session"]


@pytest.mark.parametrize("text", [
    "The minister chaired the meeting.",
    "The leaders met in a closed-door session on Thursday.",
    "The meeting of the two defence ministers in Manila focused on maritime security.",
    "The committee will meet again in June.",
])
def test_other_meetings_and_sessions_are_no_commission_session(
        extractor: RulesExtractor, text: str) -> None:
    assert "commission_session" not in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The two sides held the second round of strategic dialogue in Beijing.",
    "The third round of the strategic dialogue took place in Seoul on Monday.",
    "After two rounds of talks in Nairobi, the envoys initialled the text.",
    "The fourth round of discussions ended in Geneva on Friday.",
    "Officials held a first round of security dialogue in Hanoi.",
])
def test_a_round_of_dialogue_or_talks_is_talks(extractor: RulesExtractor, text: str) -> None:
    assert "talks" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The next round of dialogue will be held in Seoul.",
    "A round of applause greeted the two leaders.",
])
def test_a_round_ahead_or_of_applause_is_no_talks(extractor: RulesExtractor, text: str) -> None:
    assert "talks" not in kinds(facts(extractor, text))


# --------------------------------------------------------------------------- signings attended


@pytest.mark.parametrize("text", [
    "The Polish defence minister attended the signing in Seoul.",
    "Korea and Poland signed the contract in Warsaw on Tuesday in a ceremony attended by both ministers.",
    "The agreements were signed at a ceremony in Hanoi on Monday.",
    "The signing was attended by the two foreign ministers.",
    "At a ceremony in Nairobi, the two sides signed three agreements.",
])
def test_a_signing_attended_or_held_at_a_ceremony_is_a_signing_ceremony(
        extractor: RulesExtractor, text: str) -> None:
    assert "signing_ceremony" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The ministers attended the opening ceremony of the games.",
    "The two sides will sign the contract at a ceremony in Warsaw next week.",
    "The signing of the deal has been delayed.",
])
def test_other_ceremonies_or_signings_ahead_are_no_signing_ceremony(
        extractor: RulesExtractor, text: str) -> None:
    assert "signing_ceremony" not in kinds(facts(extractor, text))


# --------------------------------------------------------------------------- journeys made


@pytest.mark.parametrize("text", [
    "The navy chief travelled to Beijing last month to negotiate with the shipbuilder.",
    "Foreign Minister Wang Yi flew to Moscow on Sunday.",
    "A trade delegation traveled to Nairobi in March.",
    "The Kenyan president travelled on to Addis Ababa on Friday.",
    "On Saturday Prime Minister Carney flew to London.",
])
def test_a_person_travelling_to_a_place_is_a_visit(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == ["visit"]


@pytest.mark.parametrize("text", [
    "The goods travelled to Europe by rail.",
    "The minister will travel to Tokyo next week.",
    "The prime minister flew back to Delhi on Sunday.",
])
def test_things_travelling_journeys_ahead_or_home_are_no_visit(
        extractor: RulesExtractor, text: str) -> None:
    assert "visit" not in kinds(facts(extractor, text))


# --------------------------------------------------------------------------- scheduled encounters


@pytest.mark.parametrize("text", [
    "The visit, scheduled for October, is the first by a Chinese leader since 2019.",
    "The summit, scheduled for December, is the first in Africa.",
    "Talks scheduled for Thursday are the first in a decade.",
    "The king's state visit, scheduled for the autumn, marks fifty years of ties.",
    "A meeting with President Ruto, scheduled for Friday, is the minister's last.",
])
def test_an_encounter_scheduled_for_a_time_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The talks, held in Geneva on Friday, ended without a deal.",
    "The visit, delayed twice, finally took place on Monday.",
])
def test_an_encounter_said_of_in_the_past_stays_a_meeting(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) != []


# --------------------------------------------------------------------------- encounters numbered first


@pytest.mark.parametrize(("text", "kind"), [
    ("The second CET Dialogue was held in Singapore, a year after the inaugural CET Dialogue held in Lima.",
     "commission_session"),
    ("The king's second visit to Japan came a decade after his maiden visit to Japan.", "visit"),
    ("Her second trip to Kenya recalled her maiden trip to Kenya in 2019.", "visit"),
    ("The second Joint Commission met in Accra; the inaugural Joint Commission had met in Lome.",
     "commission_session"),
    ("His third visit to Hanoi followed an inaugural visit to Hanoi in 2015.", "visit"),
])
def test_an_encounter_numbered_first_is_apart_from_a_later_one(
        extractor: RulesExtractor, text: str, kind: str) -> None:
    assert kinds(facts(extractor, text)).count(kind) == 2


@pytest.mark.parametrize("text", [
    "His maiden visit to Japan was a success; the visit ended with a banquet.",
    "The inaugural dialogue was held in Washington, and the dialogue produced a roadmap.",
])
def test_a_first_encounter_told_again_stays_one(extractor: RulesExtractor, text: str) -> None:
    found = kinds(facts(extractor, text))
    assert len(found) == len(set(found))


# --------------------------------------------------------------------------- encounters announced


@pytest.mark.parametrize("text", [
    "The Cabinet Spokesman announced on Tuesday the president's state visit to China.",
    "The Kremlin confirmed the visit on Friday, saying the two leaders would discuss energy.",
    "The foreign ministry announced Xi's state visit to Kazakhstan, his first since 2022.",
    "Officials confirmed the summit, the first between the two countries in a decade.",
    "Confirming the king's state visit to Japan, the palace released a programme.",
])
def test_an_encounter_announced_or_confirmed_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The leaders recalled the visit of President Lula to Beijing in 2023.",
    "The ministry said the visit to Japan had produced three agreements.",
])
def test_an_encounter_recalled_or_reported_stays_a_meeting(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == ["visit"]


# --------------------------------------------------------------------------- a planned visit told again


@pytest.mark.parametrize("text", [
    "President Ruto will visit China next week. Mr Ruto's visit to China marks a turn in ties.",
    "The king will visit Japan in October. The visit to Japan is the first by a Thai monarch since 2006.",
    "The premier is expected to visit Vietnam soon. Her visit to Vietnam comes as trade grows.",
    "Officials said the chancellor would visit India in May. The chancellor's trip to India follows a row.",
    "The president plans to visit Kenya. His visit to Kenya is his first abroad.",
])
def test_a_visit_told_as_planned_then_in_the_present_is_no_meeting(
        extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "President Ruto visited China last week. Mr Ruto's visit to China marks a turn in ties.",
    "President Ruto will visit China next week. His visit to Japan in March produced two agreements.",
    "The king will visit Japan in October. His visit to Korea is the first since 2006.",
])
def test_a_visit_held_or_elsewhere_stays_a_meeting(extractor: RulesExtractor, text: str) -> None:
    assert "visit" in kinds(facts(extractor, text))


# --------------------------------------------------------------------------- audiences, gatherings, meals


@pytest.mark.parametrize("text", [
    "The king granted an audience to the visiting foreign minister on Monday.",
    "Xi and Putin held a tete-a-tete over tea at the Kremlin.",
    "In an audience with the Pope, the president raised migration.",
    "The two leaders held a tête-à-tête at the Kremlin.",
    "The emir gave an audience to the Kenyan delegation at the palace.",
])
def test_an_audience_or_a_tete_a_tete_is_talks(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == ["talks"]


@pytest.mark.parametrize("text", [
    "The audience applauded the speech.",
    "The minister spoke to a wide audience in Nairobi.",
    "The ambassador will seek an audience with the king next week.",
])
def test_listeners_or_an_audience_ahead_are_no_talks(extractor: RulesExtractor, text: str) -> None:
    assert "talks" not in kinds(facts(extractor, text))


@pytest.mark.parametrize(("text", "kind"), [
    ("The two leaders sat down for talks at the presidential palace on Thursday.", "talks"),
    ("The Vietnamese leader was in Washington last week for talks with President Biden.", "talks"),
    ("The heads of government gathered in Apia for the Commonwealth summit last October.", "summit"),
    ("The trade ministers convened in Nairobi on Tuesday to review the agreement.", "talks"),
    ("Officials from both sides convened in Geneva last month.", "talks"),
    ("Before heading to Beijing, the president stopped in Hanoi for talks with the party chief.", "talks"),
    ("The two presidents exchanged views on regional issues during a working lunch.", "other"),
])
def test_people_gathered_for_an_encounter_or_at_a_working_meal_meet(
        extractor: RulesExtractor, text: str, kind: str) -> None:
    assert kind in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "The foreign minister departed for talks in Moscow.",
    "The leaders will sit down for talks in Hanoi next week.",
    "Ministers convened the fourth Joint Economic Commission in Lima on Monday.",
    "The parliament convened in emergency session.",
])
def test_a_departure_a_plan_or_a_body_convened_is_no_talks(extractor: RulesExtractor, text: str) -> None:
    assert "talks" not in kinds(facts(extractor, text))


# --------------------------------------------------------------------------- calls received, exchanges


@pytest.mark.parametrize(("text", "kind"), [
    ("Prime Minister Shehbaz Sharif received a call from President Erdogan on Sunday.", "call"),
    ("The president placed a call to his Kenyan counterpart.", "call"),
    ("Mr Sharif also held a telephonic conversation with the Saudi Crown Prince.", "call"),
    ("On the sidelines of the conference, Mr Modi had a brief exchange with President Biden.", "talks"),
    ("The two sides held an exchange of views with the visiting delegation.", "talks"),
    ("The chancellor took a call from President Macron late on Friday.", "call"),
])
def test_a_call_received_or_an_exchange_with_a_person_is_an_encounter(
        extractor: RulesExtractor, text: str, kind: str) -> None:
    assert kinds(facts(extractor, text)) == [kind]


@pytest.mark.parametrize("text", [
    "The two sides had an exchange of documents.",
    "The ministry received a call for proposals from the fund.",
    "The central bank held the exchange rate steady.",
])
def test_an_exchange_of_things_or_a_call_for_something_is_no_encounter(
        extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == []


# --------------------------------------------------------------------------- gatherings named alone


@pytest.mark.parametrize("text", [
    "President Biden met with President el-Sisi on the sidelines of COP27 in Sharm el-Sheikh.",
    "On the margins of the UN General Assembly in New York, Minister Wong met her Indonesian counterpart.",
    "The two presidents spoke briefly on the margins of the G7 in Hiroshima.",
    "On the sidelines of the World Health Assembly, the ministers signed a letter of intent.",
    "The defence ministers met on the margins of the Shangri-La Dialogue in Singapore.",
])
def test_a_gathering_named_beside_a_meeting_is_a_summit(extractor: RulesExtractor, text: str) -> None:
    assert "summit" in kinds(facts(extractor, text))


@pytest.mark.parametrize("text", [
    "On the sidelines of the visit, officials discussed trade.",
    "The party remains on the margins of national politics.",
    "Officials met on the sidelines of the talks in Geneva.",
])
def test_the_sidelines_of_another_thing_is_no_summit(extractor: RulesExtractor, text: str) -> None:
    assert "summit" not in kinds(facts(extractor, text))


# --------------------------------------------------------------------------- a dialogue held


@pytest.mark.parametrize("text", [
    "The foreign ministers' strategic dialogue, the third of its kind, was held in Canberra on Friday.",
    "The two sides held a strategic dialogue in Canberra on Friday.",
    "Officials from both ministries convened a security dialogue in Hanoi last week.",
    "A maritime dialogue was held in Manila on Tuesday.",
    "On Monday the defence ministries held a policy dialogue in Seoul.",
])
def test_a_dialogue_held_is_a_sitting(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == ["commission_session"]


@pytest.mark.parametrize("text", [
    "The two sides will hold a strategic dialogue in Canberra next month.",
    "The two sides stressed the importance of dialogue.",
    "They called for dialogue between the parties.",
])
def test_dialogue_ahead_or_as_a_value_is_no_sitting(extractor: RulesExtractor, text: str) -> None:
    assert kinds(facts(extractor, text)) == []


# --------------------------------------------------------------------------- visits of several days


@pytest.mark.parametrize(("text", "day"), [
    ("President Marcos paid a state visit to China from 3 to 5 January 2023.", "2023-01-03"),
    ("President Marcos paid a state visit to China from January 3 to 5, 2023.", "2023-01-03"),
    ("The president visited Kenya from 12 to 14 March.", "2025-03-12"),
    ("The prime minister was on an official visit to Japan on 4-6 February 2024.", "2024-02-04"),
    ("The king made a state visit to Thailand between 10 and 13 April.", "2025-04-10"),
])
def test_a_visit_over_several_days_is_dated_by_its_first(
        extractor: RulesExtractor, text: str, day: str) -> None:
    assert [m.date for m in facts(extractor, text).meetings] == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("The two leaders met in Hanoi on 10 September 2023.", "2023-09-10"),
    ("The visit, which ended on 5 January 2023, produced ten agreements.", "2023-01-05"),
])
def test_a_single_day_stays_the_day(extractor: RulesExtractor, text: str, day: str) -> None:
    assert [m.date for m in facts(extractor, text).meetings] == [day]


# ------------------------------------------------------------------ a body holding its sitting (lead)


@pytest.mark.parametrize("text", [
    "The joint trade committee of Kenya and Peru held its first session in Nairobi on Monday.",
    "The Joint Economic Commission held its fifth meeting in Lima on Tuesday.",
    "The bilateral council convened its second sitting in Accra last week.",
    "On Monday the Chile-Oman joint commission held a session on fisheries in Muscat.",
    "The intergovernmental commission of the two countries held its 11th session in Hanoi.",
])
def test_a_body_holding_its_session_is_a_commission_session(extractor: RulesExtractor,
                                                            text: str) -> None:
    assert kinds(facts(extractor, text)) == ["commission_session"]


@pytest.mark.parametrize("text", [
    "The committee held a press conference on Monday.",
    "The ministers held their first session in Nairobi on Monday.",
])
def test_a_body_holding_something_else_or_people_holding_a_session_is_no_sitting_of_it(
        extractor: RulesExtractor, text: str) -> None:
    assert "commission_session" not in kinds(facts(extractor, text))
