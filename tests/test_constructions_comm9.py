"""Commitment constructions for unseen text, round 9 (issue 9), proved on our own wording: list items
the parser hangs on the cue verb, a document's entry into force as the aim of a "so that" clause,
deadline wordings (earliest convenience, no later than, end-June), welcoming as an attitude, a
value named as a proper noun, a joined passive whose subject the parser misplaced, an invitation
accepted by a pronoun, a split act's words, "will be the first to …", and
forecasts of an event's draw.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts, Commitment
from accord.extract.rules import RulesExtractor
from accord.normalize.dates import find_time_expressions
from tests.extract_support import actions, facts

_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


def only(extractor: RulesExtractor, text: str) -> Commitment:
    found = found_in(extractor, text).commitments
    assert len(found) == 1, [c.action for c in found]
    return found[0]


# ------------------------------------------------- list items hung on the cue verb


@pytest.mark.parametrize(("text", "last_item"), [
    ("The two leaders agreed to set up a business council, hold annual consultations and launch a "
     "direct shipping line.", "launch a direct shipping line"),
    ("Both sides committed to raise trade to $2 billion, reduce tariffs on cocoa and simplify visa "
     "procedures.", "simplify visa procedures"),
    ("The ministers decided to open a trade office in Lima, build a fertiliser plant near Tema, and "
     "train 200 Peruvian engineers.", "train 200 Peruvian engineers"),
    ("Peru has agreed to send agronomists to Kumasi, fund two research stations and host Ghanaian "
     "students.", "host Ghanaian students"),
    ("Ghana pledged to buy Peruvian fishmeal, invest in Peruvian ports, and share its cocoa "
     "expertise.", "share its cocoa expertise"),
])
def test_a_list_item_hung_on_the_cue_verb_stays_in_the_promise(extractor: RulesExtractor, text: str,
                                                              last_item: str) -> None:
    assert any(a.endswith(last_item) for a in actions(found_in(extractor, text)))


@pytest.mark.parametrize("text", [
    "The two leaders agreed to set up a business council and will hold annual consultations.",
    "Peru agreed to send agronomists to Kumasi, and Ghana said it would host Peruvian students.",
])
def test_a_clause_of_its_own_is_not_a_list_item(extractor: RulesExtractor, text: str) -> None:
    assert all("agronomists" not in a or "students" not in a for a in actions(found_in(extractor, text)))
    assert all("council" not in a or "consultations" not in a for a in actions(found_in(extractor, text)))


# ------------------------------------------------- a document entering into force as a dated aim


@pytest.mark.parametrize(("text", "deadline"), [
    ("The two sides agreed to sign the agreement so that it enters into force on 1 January 2026.",
     "2026-01-01"),
    ("Ghana pledged to ratify the treaty this year so that the deal comes into force in March.", "2026-03"),
    ("The ministers will complete the legal review so that the visa exemption comes into effect by July.",
     "2025-07"),
    ("Peru undertook to pass the bill quickly so that the accord enters into force on 1 September.",
     "2025-09-01"),
    ("Both governments agreed to finish their procedures so that the pact comes into force in the first "
     "quarter of 2026.", "2026-03"),
])
def test_a_document_entering_into_force_is_a_dated_aim_of_both(extractor: RulesExtractor, text: str,
                                                               deadline: str) -> None:
    found = found_in(extractor, text).commitments
    into_force = [c for c in found if c.deadline == deadline and "into" in c.action]
    assert into_force, [(c.action, c.deadline) for c in found]
    assert set((into_force[0].actor or "").split(" and ")) == {"Ghana", "Peru"}


@pytest.mark.parametrize("text", [
    "Ghana agreed to sign the deal so that it enters into force.",
    "Ghana signed the deal in January so that it entered into force in March.",
    "The agreement entered into force on 1 January 2024.",
])
def test_an_undated_or_past_entry_into_force_is_none(extractor: RulesExtractor, text: str) -> None:
    assert not any("into force" in a for a in actions(found_in(extractor, text)))


# ------------------------------------------------- deadline wordings


@pytest.mark.parametrize(("words", "text", "value"), [
    ("at the earliest convenience", "at the earliest convenience", None),
    ("at their earliest convenience", "at their earliest convenience", None),
    ("at the earliest possible time", "at the earliest possible time", None),
    ("in the near term", "in the near term", None),
    ("no later than 30 June", "no later than 30 June", "2025-06-30"),
    ("not later than the end of March", "not later than the end of March", "2026-03"),
    ("by end-June", "end-June", "2025-06"),
    ("by end-2026", "by end-2026", "2026-12"),
    ("by end-March 2027", "by end-March 2027", "2027-03"),
    ("within a year", "within a year", "2026-05-06"),
    ("within two years", "within two years", "2027-05-06"),
    ("within the next three years", "within the next three years", "2028-05-06"),
])
def test_deadline_wordings_are_read_whole(words: str, text: str, value: str | None) -> None:
    found = find_time_expressions(f"They will do it {words} and report.", date(2025, 5, 6), future=True)
    assert [(e.text, e.value) for e in found] == [(text, value)]


@pytest.mark.parametrize(("text", "action", "deadline_text"), [
    ("Peru will open the consulate at the earliest convenience.", "open the consulate",
     "at the earliest convenience"),
    ("The leaders agreed to convene the commission at the earliest possible time.",
     "convene the commission", "at the earliest possible time"),
    ("The two sides will sign the protocol no later than 30 June.", "sign the protocol",
     "no later than 30 June"),
    ("The ministers agreed to finalise the text by end-June.", "finalise the text", "end-June"),
    ("Ghana will ratify the treaty not later than the end of March.", "ratify the treaty",
     "not later than the end of March"),
])
def test_a_deadline_leaves_the_action_whole(extractor: RulesExtractor, text: str, action: str,
                                            deadline_text: str) -> None:
    found = only(extractor, text)
    assert (found.action, found.deadline_text) == (action, deadline_text)


# ------------------------------------------------- welcoming: an attitude, or a guest hosted


@pytest.mark.parametrize("text", [
    "The president said Ghana would welcome more Peruvian investment.",
    "The government would welcome any proposal from Lima.",
    "Peru will welcome closer ties with West Africa.",
    "Ghana would welcome greater cooperation on fisheries.",
    "Lima will welcome initiatives that deepen trade.",
])
def test_welcoming_a_thing_is_an_attitude(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Peru looks forward to welcoming President Mahama in Lima next year.",
    "Ghana will welcome the Peruvian delegation in August.",
    "Peru will welcome Ghanaian students to its universities.",
])
def test_welcoming_a_guest_is_hosting(extractor: RulesExtractor, text: str) -> None:
    assert any(a.startswith("welcome") for a in actions(found_in(extractor, text)))


# ------------------------------------------------- a value named as a proper noun


@pytest.mark.parametrize("text", [
    "Ghana and Peru reaffirmed their commitment to the UN Charter.",
    "The two sides reiterated their commitment to the Charter of the United Nations.",
    "Ghana and Peru reaffirmed their commitment to the Charter.",
    "Peru reaffirmed its commitment to the Charter of the United Nations and to multilateralism.",
    "Ghana underlined its commitment to the ASEAN Charter as a dialogue partner.",
])
def test_a_charter_committed_to_is_a_stance(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "action"), [
    ("Ghana and Peru reaffirmed their commitment to building a fishing port in Tema.",
     "build a fishing port in Tema"),
    ("Peru reaffirmed its commitment to opening an embassy in Accra.", "open an embassy in Accra"),
])
def test_a_deed_committed_to_is_still_undertaken(extractor: RulesExtractor, text: str, action: str) -> None:
    assert actions(found_in(extractor, text)) == [action]


# ------------------------------------------------- a joined passive whose subject was misplaced


@pytest.mark.parametrize(("text", "action"), [
    ("Both Ghana and Peru are maritime nations and support to enhance maritime safety capability will be "
     "strengthened.", "strengthen support to enhance maritime safety capability"),
    ("Ghana and Peru are old friends and support to enhance maritime safety capability will be strengthened.",
     "strengthen support to enhance maritime safety capability"),
    ("Peru is a mining nation and assistance to modernise Ghana's mining cadastre will be provided.",
     "provide assistance to modernise Ghana's mining cadastre"),
    ("The talks were cordial and the transfer of two patrol vessels will be completed next year.",
     "complete the transfer of two patrol vessels"),
    ("Lima is a long way from Accra, and direct flights will be discussed.", "discuss direct flights"),
    ("Ghana is a gold producer and support to map new deposits will be extended.",
     "extend support to map new deposits"),
])
def test_a_joined_passive_keeps_its_own_subject(extractor: RulesExtractor, text: str, action: str) -> None:
    found = only(extractor, text)
    assert found.action == action
    assert set((found.actor or "").split(" and ")) == {"Ghana", "Peru"}


@pytest.mark.parametrize("text", [
    "The visit was short and trade will be boosted.",
    "Peru and Ghana are friends and the weather will be fine.",
])
def test_a_joined_forecast_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------- an invitation accepted by a pronoun


@pytest.mark.parametrize(("text", "visitor"), [
    ("Mahama invited Peruvian President Dina Boluarte to visit Accra, and she accepted the invitation.",
     "Dina Boluarte"),
    ("President Boluarte invited President John Mahama to visit Lima and he accepted the invitation.",
     "John Mahama"),
    ("Mahama invited the Peruvian foreign minister to visit Ghana, and she accepted the invitation.", "Peru"),
    ("The Peruvian minister invited his Ghanaian counterpart to Lima, and he accepted the invitation.",
     "Ghana"),
])
def test_an_invitation_accepted_by_a_pronoun_is_the_invitees_one_visit(extractor: RulesExtractor, text: str,
                                                                        visitor: str) -> None:
    found = only(extractor, text)
    assert found.actor is not None and visitor in found.actor and found.action.startswith("visit")


# ------------------------------------------------- an act split off for its own time


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The ministers agreed to draw up a list of priority sectors within 60 days, and to report back at "
     "the joint commission in September.", "draw up a list of priority sectors", "report back at the joint "
                                                                                 "commission"),
    ("Peru will send a delegation to Accra in June and host Ghanaian officials in Lima in October.",
     "send a delegation to Accra", "host Ghanaian officials in Lima"),
])
def test_an_act_split_off_for_its_own_time_leaves_the_first_acts_words(
        extractor: RulesExtractor, text: str, first: str, second: str) -> None:
    assert actions(found_in(extractor, text)) == [first, second]


# ------------------------------------------------- "will be the first … to"


@pytest.mark.parametrize(("text", "action"), [
    ("Mahama will be the first head of state to address the Peruvian Congress on Friday.",
     "address the Peruvian Congress"),
    ("Boluarte will be the first Peruvian leader to visit Ghana.", "visit Ghana"),
    ("The Ghanaian minister will be the only foreign guest to attend the ceremony in Lima next week.",
     "attend the ceremony in Lima"),
])
def test_being_the_first_to_act_undertakes_the_act(extractor: RulesExtractor, text: str, action: str) -> None:
    assert action in actions(found_in(extractor, text))


@pytest.mark.parametrize("text", [
    "The visit will be the first by a Ghanaian president.",
    "The forum will be the largest to date.",
])
def test_being_the_first_with_no_act_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------- what an event is expected to draw


@pytest.mark.parametrize("text", [
    "The summit is expected to attract leaders from 30 countries.",
    "The forum is expected to feature panels on mining and fisheries.",
    "The talks are expected to last two days.",
])
def test_what_an_event_is_expected_to_draw_is_a_forecast(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------- a facility that opens or resumes, no one named


@pytest.mark.parametrize(("text", "action", "deadline"), [
    ("Direct flights between the two capitals will resume in June.",
     "resume direct flights between the two capitals", "2025-06"),
    ("The embassy in Lima will reopen next month.", "reopen the embassy in Lima", "2025-06"),
    ("The consulate is to reopen by September, the Peruvian foreign ministry said in a statement.",
     "reopen the consulate", "2025-09"),
    ("The border crossing will reopen on 1 July, officials said.", "reopen the border crossing",
     "2025-07-01"),
    ("Ferry services between the two ports will resume before the end of the year.",
     "resume ferry services between the two ports", "2025-12"),
])
def test_a_facility_reopening_is_both_sides_act(extractor: RulesExtractor, text: str, action: str,
                                                deadline: str) -> None:
    found = only(extractor, text)
    assert (found.action, found.deadline) == (action, deadline)
    assert set((found.actor or "").split(" and ")) == {"Ghana", "Peru"}


@pytest.mark.parametrize("text", [
    "The embassy in Lima reopened last month.",
    "Direct flights resumed in March after a two-year pause.",
])
def test_a_facility_reopened_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert all(c.change == "done" for c in found_in(extractor, text).commitments)


def test_a_facility_reopening_merges_with_the_promise_to_reopen_it(extractor: RulesExtractor) -> None:
    text = ("Ghana and Peru agreed to resume direct flights between Accra and Lima. "
            "Direct flights between Accra and Lima will resume in June, the minister said.")
    found = found_in(extractor, text)
    assert [(c.action, c.deadline) for c in found.commitments] == [
        ("resume direct flights between Accra and Lima", "2025-06")]


# ------------------------------------------------- "is to" in a reported clause


@pytest.mark.parametrize(("text", "action"), [
    ("The two foreign ministers are to meet in Lima in May, the ministry said.", "meet in Lima"),
    ("Officials said the two presidents are to sign a trade pact in October.", "sign a trade pact"),
    ("The ministry said Ghana's trade minister is to visit Lima next week.", "visit Lima"),
    ("Peru's foreign minister is to travel to Accra in July, his office said.", "travel to Accra"),
    ("A spokesman said both governments are to open trade offices in each other's capitals next year.",
     "open trade offices in each other's capitals"),
])
def test_is_to_in_a_reported_clause_is_a_plan(extractor: RulesExtractor, text: str, action: str) -> None:
    assert action in actions(found_in(extractor, text))


@pytest.mark.parametrize("text", [
    "Analysts believe the two leaders are to sign a pact soon.",
    "The minister said the problem is to find funding.",
])
def test_is_to_that_is_believed_or_a_goal_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ------------------------------------------------- marked gerund bullets the parser read as adjectives


_SHEET = "Outcomes of the visit\n"


@pytest.mark.parametrize(("bullets", "action"), [
    ("- Establishing a joint commission on trade.\n- Launching negotiations on an investment treaty.\n",
     "launch negotiations on an investment treaty"),
    ("- Exploring cooperation in gold mining.\n- Establishing a joint commission on trade.\n",
     "explore cooperation in gold mining"),
    ("• Establishing a joint commission on trade.\n• Expanding scholarships for Ghanaian students.\n",
     "expand scholarships for Ghanaian students"),
    ("1. Establishing a joint commission on trade.\n2. Strengthening exchanges between the two "
     "parliaments.\n", "strengthen exchanges between the two parliaments"),
    ("- Deepening cooperation on fisheries.\n- Establishing a joint commission on trade.\n",
     "deepen cooperation on fisheries"),
])
def test_a_marked_gerund_bullet_read_as_an_adjective_is_a_step(extractor: RulesExtractor, bullets: str,
                                                               action: str) -> None:
    assert action in actions(found_in(extractor, _SHEET + bullets))


@pytest.mark.parametrize("bullets", [
    "- Growing trade between the two countries.\n- Rising prices of cocoa.\n",
    "- Existing agreements on fisheries.\n- Ongoing talks on tariffs.\n",
])
def test_marked_lines_of_adjective_words_are_no_steps(extractor: RulesExtractor, bullets: str) -> None:
    assert actions(found_in(extractor, _SHEET + bullets)) == []


# ------------------------------------------------- a gerund after "commitment to" read as a noun


@pytest.mark.parametrize(("text", "action"), [
    ("The two sides reaffirmed their commitment to building trusted, open and secure supply chains.",
     "building trusted, open and secure supply chains"),
    ("Ghana and Peru reaffirmed their commitment to building trusted, open, accessible, and secure "
     "technology ecosystems to promote innovation.",
     "building trusted, open, accessible, and secure technology ecosystems"),
    ("Peru reiterated its commitment to developing sustainable, inclusive and resilient fisheries.",
     "developing sustainable, inclusive and resilient fisheries"),
    ("Ghana reaffirmed its commitment to expanding affordable and reliable electricity supply.",
     "expanding affordable and reliable electricity supply"),
    ("The leaders reaffirmed their commitment to building modern, efficient port infrastructure.",
     "building modern, efficient port infrastructure"),
])
def test_a_gerund_read_as_a_noun_keeps_its_object(extractor: RulesExtractor, text: str, action: str) -> None:
    verb, obj = action.split(" ", 1)
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].endswith(obj) and verb.startswith(found[0].split(" ", 1)[0])


@pytest.mark.parametrize(("text", "action"), [
    ("Ghana reaffirmed its commitment to building a new port in Tema.", "build a new port in Tema"),
    ("The ministers reaffirmed their commitment to the building of a new port.", "building of a new port"),
])
def test_a_gerund_or_noun_read_right_is_left_alone(extractor: RulesExtractor, text: str, action: str) -> None:
    assert actions(found_in(extractor, text)) == [action]
