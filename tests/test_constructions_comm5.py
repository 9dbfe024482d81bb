"""Commitment constructions for unseen text (issue 9), proved on our own wording: positives
varying verb, voice, word order and tense, and negatives sharing the surface words.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


def actors(found: ArticleFacts) -> list[str | None]:
    return [c.actor for c in found.commitments]


# --------------------------------------------------------------------------- "is about to"


@pytest.mark.parametrize(("text", "action"), [
    ("Now Mr Mensah is about to make his second visit to Peru in six months.", "make"),
    ("The Peruvian delegation is about to travel to Kumasi.", "travel"),
    ("President Mahama was about to sign the fisheries accord with Peru.", "sign"),
    ("Ghana is about to open a consulate in Lima.", "open"),
    ("The two ministers are about to launch a joint council on cocoa.", "launch"),
    ("Mr Quispe, the newly appointed Peruvian trade envoy, is about to make his first trip to Accra.",
     "make"),
])
def test_an_actor_about_to_act_undertakes_it(extractor: RulesExtractor, text: str, action: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "Cocoa prices are about to rise sharply in Ghana.",
    "The minister spoke about the need to widen the port.",
])
def test_about_as_a_forecast_or_a_topic_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# --------------------------------------------------------------------------- "will set up"


@pytest.mark.parametrize("text", [
    "Ghana and Peru agreed that they would set up a joint working group on mining.",
    "The two ministries will set up a hotline between their coast guards.",
    "Peru said it would set up a trade office in Accra.",
    "Both sides shall set up a joint committee to oversee the accord.",
    "Ghana will set up a visa centre in Lima by June.",
])
def test_setting_something_up_under_a_modal_is_an_undertaking(extractor: RulesExtractor, text: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith("set up")


@pytest.mark.parametrize("text", [
    "The talks will set the tone for the summit.",
    "The agreement would set a precedent for the region.",
])
def test_setting_a_tone_or_a_precedent_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# --------------------------------------------------------------------------- a body saying what "it" will do


@pytest.mark.parametrize(("text", "actor"), [
    ("The Ghanaian government has said it will address the matter diplomatically.", "Ghana"),
    ("The Peruvian ministry said it would train customs officers from Ghana.", "Peru"),
    ("The Ghanaian side said it will send a delegation to Lima.", "Ghana"),
    ("The state mining company said it would build a smelter in Ghana.", "company"),
    ("The Peruvian commission announced that it will review the fishing quotas.", "Peru"),
])
def test_a_body_saying_it_will_act_undertakes_it(extractor: RulesExtractor, text: str, actor: str) -> None:
    found = found_in(extractor, text)
    assert len(found.commitments) == 1
    assert actor in (found.commitments[0].actor or "") and found.commitments[0].actor != "it"


@pytest.mark.parametrize("text", [
    "The report said it would take years to finish the railway.",
    "The analysts said it would be difficult to reach a deal.",
])
def test_it_said_by_a_report_or_an_analyst_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# --------------------------------------------------------------------------- an invitation for X to visit


@pytest.mark.parametrize(("text", "invitee"), [
    ("President Mahama extended an invitation for President Boluarte to visit Ghana at a convenient time. "
     "President Boluarte accepted the invitation with pleasure.", "Boluarte"),
    ("President Mahama issued an invitation for Prime Minister Adrianzen to visit Accra. "
     "Prime Minister Adrianzen accepted the invitation.", "Adrianzen"),
    ("Mr Mahama renewed his invitation for Ms Boluarte to pay a state visit to Ghana next year.", "Boluarte"),
    ("The king conveyed an invitation for the Peruvian president to attend the cocoa fair in October.",
     "Peru"),
    ("An invitation for Foreign Minister Schialer to visit Accra was extended by Ghana. "
     "Foreign Minister Schialer accepted the invitation.", "Schialer"),
])
def test_an_invitation_for_someone_to_visit_is_the_invitees_promise(
        extractor: RulesExtractor, text: str, invitee: str) -> None:
    found = found_in(extractor, text)
    assert len(found.commitments) == 1 and invitee in (found.commitments[0].actor or "")


@pytest.mark.parametrize("text", [
    "President Mahama thanked Peru for the invitation for talks.",
    "The invitation for tenders to build the port closed in May.",
])
def test_an_invitation_for_a_thing_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# --------------------------------------------------------------------------- one side's plans for itself


@pytest.mark.parametrize("text", [
    "The ministry plans to cut tariffs on its own imports of fertiliser.",
    "The Ghanaian government aims to attract five million tourists this year.",
    "Ghana plans to build three new dams in the Volta Region by 2028.",
    "The central bank intends to lower interest rates in the coming months.",
    "The government is also planning to organise harvest festivals nationwide from April 1 to 21.",
    "Ghana plans to hold elections in August.",
])
def test_a_plan_of_one_side_for_itself_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "action"), [
    ("Ghana plans to open an embassy in Lima next year.", "open"),
    ("Peru intends to buy Ghanaian cocoa and shea butter.", "buy"),
    ("Ghana plans to send a trade mission to Peru in June.", "send"),
    ("Peru aims to double its exports to Ghana by 2030.", "double"),
    ("The Ghanaian government plans to host the joint commission in March.", "host"),
    ("The ministry intends to negotiate an air services deal.", "negotiate"),
])
def test_a_plan_that_reaches_the_other_side_is_kept(
        extractor: RulesExtractor, text: str, action: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


# --------------------------------------------------------------------------- "his second visit in six months"


def deadlines(found: ArticleFacts) -> list[tuple[str | None, str | None]]:
    return [(c.deadline_text, c.deadline) for c in found.commitments]


@pytest.mark.parametrize(("text", "expected"), [
    ("Now Mr Mensah is about to make his second visit to Peru in six months.", (None, None)),
    ("The president will pay his third visit to Peru in two years next month.", ("next month", "2025-06")),
    ("Ghana will host its fourth trade fair in Lima within a year.", (None, None)),
    ("The minister will make her first trip to Accra in a decade in July.", ("in July", "2025-07")),
    ("Peru will make its fifth purchase of Ghanaian cocoa in three months.", (None, None)),
])
def test_the_period_an_ordinal_counts_in_is_no_deadline(
        extractor: RulesExtractor, text: str, expected: tuple[str | None, str | None]) -> None:
    assert deadlines(found_in(extractor, text)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The president will visit Peru in six months.", ("in six months", "2025-11-05")),
    ("The two sides will meet again within three months.", ("within three months", "2025-08-05")),
    ("Peru will hold the first round of talks in two weeks.", ("in two weeks", "2025-05-19")),
    # half a year is a window, not a deadline: the words stay (round 22, as every own gold since gen10b)
    ("Ghana will host the second meeting of the joint committee in the first half of next year.",
     ("in the first half of next year", None)),
])
def test_a_plain_period_ahead_stays_a_deadline(
        extractor: RulesExtractor, text: str, expected: tuple[str | None, str | None]) -> None:
    assert deadlines(found_in(extractor, text)) == [expected]


# ---------------------------------------------------------------- fact-sheet bullets the parser misreads

_DIALOGUE = ("The foreign ministers of Peru and Ghana held bilateral talks in Lima on their technology "
             "partnership. "
             "The co-chairs listed these steps.\n")


@pytest.mark.parametrize(("lines", "expected"), [
    (["Exploring collaboration on secure and resilient undersea cables.",
      "Promoting cooperation in mutually beneficial smart cities initiatives through visits and exchanges "
      "to facilitate information sharing."],
     ["explore", "promote"]),
    (["Exploring joint research on grid storage.", "Quantum Science",
      "Continuing cooperation and exchanges on quantum safe migration, including on cryptography standards."],
     ["explore", "continue"]),
    (["Continuing cooperation and exchanges on port security and customs data.",
      "Exploring a joint training course for mining inspectors."],
     ["continue", "explore"]),
    (["Expanding partnerships in renewable energy projects through joint financing.",
      "Promoting exchanges in the creative industries through festivals and residencies."],
     ["expand", "promote"]),
    (["Launching a pilot on digital trade documents.",
      "Continuing dialogue and exchanges on spectrum policy between the two regulators."],
     ["launch", "continue"]),
])
def test_each_gerund_bullet_of_a_list_is_an_undertaking_however_parsed(
        extractor: RulesExtractor, lines: list[str], expected: list[str]) -> None:
    found = actions(facts(extractor, _DIALOGUE + "\n".join(lines) + "\n"))
    assert [a.split()[0] for a in found] == expected


@pytest.mark.parametrize("text", [
    _DIALOGUE + "Growing trade between the two countries was noted.\nRising prices worried the delegates.\n",
    _DIALOGUE + "Promoting tourism benefits both countries, the ministers said in a statement after "
                "the talks.\n",
])
def test_an_adjective_or_a_subject_outside_a_list_is_no_bullet(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text)) == []


# --------------------------------------------------------------------------- "would like to", "would help"


@pytest.mark.parametrize(("text", "action"), [
    ("Peru would like to strengthen cooperation with Ghana in fisheries.", "strengthen"),
    ("Ghana would like to host the next round of talks in Accra.", "host"),
    ("President Mahama said Ghana would like to buy Peruvian fertiliser.", "buy"),
    ("The Peruvian side would like to send a trade mission to Kumasi in June.", "send"),
    ("Peru would very much like to open a consulate in Accra.", "open"),
])
def test_a_party_that_would_like_to_act_offers_it(extractor: RulesExtractor, text: str, action: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "Investors would like to see lower tariffs on cocoa.",
    "Many farmers would like to export more cocoa.",
])
def test_a_wish_of_no_party_or_to_see_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "As chair of the regional bloc in 2025, Ghana would help promote a better partnership with Peru, "
    "the president stated.",
    "Peru will help build a cocoa processing plant in Kumasi.",
    "The Ghanaian government will help train Peruvian mining inspectors.",
    "President Mahama said Ghana would help Peru expand its shipping links to West Africa.",
    "Both sides will help their companies find partners in each other's markets.",
])
def test_a_party_helping_to_act_undertakes_it(extractor: RulesExtractor, text: str) -> None:
    found = actions(found_in(extractor, text))
    assert len(found) == 1 and found[0].startswith("help")


@pytest.mark.parametrize("text", [
    "The new port will help boost trade between the two countries.",
    "Lower tariffs would help farmers in both countries sell more cocoa.",
])
def test_a_thing_that_helps_is_a_forecast(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# ---------------------------------------------------------------- "with deliveries set to begin in 2030"


@pytest.mark.parametrize("text", [
    "The contract is worth 4 billion dollars, with deliveries set to begin in 2030, the release said.",
    "Peru ordered six patrol boats from Ghana, with construction set to start next year.",
    "The accord was initialled in Lima, with the formal signing slated to take place in July.",
    "Ghana and Peru ended the third round, with the fourth round scheduled to begin in September.",
    "The ministers ended their meeting in Lima, with negotiations expected to resume in March.",
])
def test_an_event_set_to_begin_on_a_date_is_planned(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


@pytest.mark.parametrize("text", [
    "The contract is worth 4 billion dollars, with prices set to soar in 2030.",
    "Peru ordered six patrol boats from Ghana, with deliveries set to begin.",
])
def test_a_forecast_or_an_undated_start_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


# --------------------------------------------------------------------------- what is no undertaking


@pytest.mark.parametrize("text", [
    "Prices of cocoa should fall sharply once the deal takes effect.",
    "Tariffs on fish will stay in place until the accord takes effect.",
    "The Accra government told residents to avoid spreading rumours about the blasts.",
    "The police directed motorists to use the coastal road.",
    "Ghana pledged to become a counterweight to the G7.",
    "Peru affirmed its commitment to remain an active player in West Africa.",
    "The two leaders agreed to be good neighbours.",
])
def test_a_time_clause_the_public_told_or_a_standing_is_no_undertaking(
        extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "The president instructed officials to draft a trade agreement with Peru.",
    "The deal will take effect on 1 July.",
    "Mahama directed the Ghanaian embassy to issue visas within a week.",
])
def test_an_official_instructed_or_a_dated_entry_into_force_stays(
        extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# ---------------------------------------------------------------- relevance: domestic news with officials

# Each uses three or more words of the diplomacy vocabulary (minister, government, president)
# but names at most one state and no word only relations between states are told in.
_SPORT = (
    'Harbour Sharks sign winger from Lisbon on three-year deal\nThe Harbour Sharks have reached an '
    'agreement with Sporting Lisbon to sign Portuguese winger Rui Costa on a three-year contract, '
    "the club's president said on Sunday. Costa will join the squad after the international break "
    'and is expected to make his debut against the Valley Rovers on March 15. The club president, '
    'Maria Santos, said the Sharks would also offer a new contract to captain Tom Reed before the '
    'end of the season. The sports minister, who attended the match, said the government would build '
    'a new stadium in the port district by 2028. The Sharks plan to open a training academy for '
    'young players next year. Coach Paul Kent said the team would fight for the title and pledged to '
    'give young players more minutes. Tickets for the home game against the Rovers will go on sale '
    'on Tuesday.'
)
_WEATHER = (
    'Storm to bring heavy rain and gales to the north this week\nForecasters warned on Tuesday that '
    'Storm Hilda will bring heavy rain and winds of up to 110 km/h to the north of the country from '
    'Wednesday night. The meteorological service said the storm would reach the coast by Thursday '
    'morning and move inland over the weekend. The interior minister said the government would open '
    'emergency shelters in six districts and pledged to deploy 400 soldiers to help clear roads. The '
    'president of the regional council said schools would close on Thursday and Friday. Power '
    'companies plan to put repair crews on standby, and the rail operator said it would cancel night '
    'trains until the storm passes. Residents were told to stay indoors and avoid travel. '
    'Temperatures are expected to fall to minus 3 degrees after the storm.'
)
_MARKETS = (
    'Shares rise as central bank signals rate cut\nStocks climbed on Tuesday after the central bank '
    'governor said the bank would cut its main interest rate in July if inflation kept falling. The '
    'main index rose 1.4 percent to 7,612 points, led by banks and builders. The finance minister '
    'said the government would sell part of its stake in the national airline by the end of the year '
    'and planned to issue $2 billion of green bonds in September. The president of the stock '
    'exchange said the exchange would launch a new index of small companies next month. Analysts '
    'expect the currency to strengthen further. Oil rose to $78 a barrel, and gold was steady at '
    "$2,310 an ounce. The bank's board will meet again on July 9."
)
_CRIME = (
    'Police break up smuggling ring at container port\nPolice arrested eleven people on Monday after '
    'breaking up a ring that smuggled stolen cars through the container port, the interior ministry '
    'said. Officers seized 38 cars worth about $1.5 million. The interior minister said the '
    'government would install new scanners at the port by the end of the year and pledged to hire '
    '200 more customs officers. The suspects will appear in court on Thursday. The president of the '
    'port authority said it would tighten checks on exports of used vehicles from next month. '
    'Detectives plan to question more suspects this week and said further arrests were likely. The '
    'minister told reporters that the police would publish a report on the case in June.'
)


@pytest.mark.parametrize("text", [_SPORT, _WEATHER, _MARKETS, _CRIME])
def test_domestic_news_quoting_officials_yields_no_facts(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text)
    assert (found.commitments, found.instruments, found.meetings) == ([], [], [])


@pytest.mark.parametrize("text", [
    _CRIME + " Chile's interior minister will travel to Lima next week to discuss the ring with "
             "Peru's government.",
    _MARKETS + " The ambassador said the government would host a trade fair in March.",
])
def test_the_same_news_naming_two_states_or_an_envoy_is_kept(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text).commitments


@pytest.mark.parametrize("text", [
    "Ghana will cut tariffs on Peruvian fish once the deal takes effect.",
    "Peru will keep its consulate in Kumasi open until the new embassy opens.",
])
def test_an_undertaking_framed_by_a_time_clause_stays(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# --------------------------------------------------------------------------- "I" in a quotation


@pytest.mark.parametrize(("text", "actor"), [
    ("“I assured the Peruvian leader that Ghana will not permit its territory to be used in any manner "
     "inimical to the security of Peru,” Mahama said.", "Mahama"),
    ("“I will visit Lima in June,” President Mahama told reporters.", "Mahama"),
    ('"I have agreed to send a trade mission to Accra next year," the Peruvian president said on Monday.',
     "Peru"),
    ('President Mahama said: "I will travel to Lima in July."', "Mahama"),
    ('Mahama said Boluarte told him: "I will open a consulate in Kumasi."', "Boluarte"),
])
def test_i_in_a_quotation_is_its_speaker(extractor: RulesExtractor, text: str, actor: str) -> None:
    assert actors(found_in(extractor, text)) == [actor]


@pytest.mark.parametrize("text", [
    "“I will visit Lima in June,” the statement said.",
    "“I will visit Lima in June,” the report quoted an aide as saying.",
])
def test_a_quotation_said_by_no_party_keeps_its_i(extractor: RulesExtractor, text: str) -> None:
    assert actors(found_in(extractor, text)) == ["I"]


@pytest.mark.parametrize("text", [
    "The two leaders intend to remain in close consultation and further develop the friendship between "
    "Ghana and Peru.",
    "The government currently expects the new rail section in Ghana to be up and running in 2028.",
    "The two leaders agreed to remain in close contact.",
])
def test_staying_in_contact_or_another_subjects_state_is_no_standing(
        extractor: RulesExtractor, text: str) -> None:
    assert len(actions(found_in(extractor, text))) == 1


# --------------------------------------------------------------------------- "within six months of signing"


@pytest.mark.parametrize(("text", "expected"), [
    ("The treaty will be ratified within six months of signing.",
     ("within six months of signing", "2025-11-05")),
    ("Ghana will open the consulate within three months of the signing of the accord.",
     ("within three months of the signing of the accord", "2025-08-05")),
    ("The working group will submit its report within six months of its first meeting.",
     ("within six months of its first meeting", None)),
    ("The two sides will exchange lists of products within 90 days after the entry into force of the deal.",
     ("within 90 days after the entry into force of the deal", None)),
    ("The committee will meet within a month of the visit.", ("within a month of the visit", None)),
])
def test_a_period_counted_from_an_event_keeps_the_event(
        extractor: RulesExtractor, text: str, expected: tuple[str, str | None]) -> None:
    found = found_in(extractor, text)
    assert deadlines(found) == [expected]
    assert "of" not in found.commitments[0].action.split()[-1:]  # the event is the deadline's, not the act's


# --------------------------------------------------------------------------- support for another party's bid


@pytest.mark.parametrize(("text", "actor", "action"), [
    ("Ghana reiterated its support for Peru's candidacy for a seat on the UN Human Rights Council.",
     "Ghana", "support Peru's candidacy for a seat on the UN Human Rights Council"),
    ("Peru expressed its full support for Ghana's bid to host the 2027 summit.", "Peru",
     "support Ghana's bid to host the summit"),
    ("The Peruvian side conveyed support for Ghana's membership of the forum.", "Peru",
     "support Ghana's membership of the forum"),
    ("President Mahama voiced Ghana's backing for Peru's accession to the trade bloc.", "Ghana",
     "support Peru's accession to the trade bloc"),
    ("Peru reaffirmed its support for Ghana's candidature for the presidency of the assembly in 2026.",
     "Peru", "support Ghana's candidature for the presidency of the assembly"),
])
def test_support_stated_for_a_bid_is_an_undertaking(
        extractor: RulesExtractor, text: str, actor: str, action: str) -> None:
    found = found_in(extractor, text)
    assert [(c.actor, c.action) for c in found.commitments] == [(actor, action)]


@pytest.mark.parametrize("text", [
    "Ghana expressed support for the peace process in the region.",
    "Peru did not express support for Ghana's bid.",
    "The bid won support from several members of the assembly.",
])
def test_support_for_a_cause_denied_or_received_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Ghana reaffirmed its commitment to open a consulate in Lima.", "Ghana"),
    ("The Peruvian government expressed its readiness to host the joint commission in March.", "Peru"),
])
def test_a_possessive_pronoun_is_the_subjects_own(extractor: RulesExtractor, text: str, actor: str) -> None:
    assert actors(found_in(extractor, text)) == [actor]
