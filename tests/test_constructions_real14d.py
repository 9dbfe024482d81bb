"""Constructions of real reports (issue 9, real14d), proved on our own wording.

Commitments: a trip whose postponement is reported was not made; a principle word that only says
what kind of document or event a promise is about ("a peace deal", "peace talks") is no principle;
a passive in a relative clause ("the project, which will be completed in May") is done to its
antecedent; a preposition whose date was taken off the action goes with it, and so do a date's other
days; a relative clause after a comma tells of the event its phrase names, and its schedule of what
the sentence puts off is the old time; "agreed on a number of issues" undertakes nothing; "will be
ready to" is one promise; "will be set up to" sets up a body; the month of a plan told in the past
("was scheduled for July") is the nearer July, ahead or gone by.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts as extract_facts

LEAD = "Ghana and Peru held talks on trade cooperation during the state visit. "
TALKS = "The foreign ministers of Ghana and Peru held talks on trade cooperation by phone. "

Said = tuple[str | None, str, str | None]


def said(extractor: RulesExtractor, text: str, lead: str = LEAD) -> list[Said]:
    return [(c.actor, c.action, c.change) for c in extract_facts(extractor, text, lead=lead).commitments]


def promises(extractor: RulesExtractor, text: str, lead: str = LEAD) -> list[tuple[str | None, str]]:
    return [(actor, action) for actor, action, change in said(extractor, text, lead) if change is None]


# --------------------------------------------------------------------------- a trip put off is no visit


@pytest.mark.parametrize("text", [
    "Local media reported on the postponement of the Peruvian president's trip to Accra.",
    "Officials in Lima confirmed the cancellation of the foreign minister's visit to Ghana.",
    "The ministry gave no reason for the postponement of Mahama's state visit to Peru.",
    "Ghanaian papers wrote about the suspension of the trade minister's tour of Peru.",
    "Diplomats in Accra regretted the cancellation of President Boluarte's visit to Ghana.",
])
def test_a_trip_whose_setback_is_told_is_no_visit(extractor: RulesExtractor, text: str) -> None:
    assert [m for m in extract_facts(extractor, text, lead=TALKS).meetings if m.kind == "visit"] == []


@pytest.mark.parametrize("text", [
    "Mahama arrived in Lima on Monday for a state visit to Peru.",
    "The foreign minister's visit to Ghana, the first since 2019, ended on Friday.",
])
def test_a_trip_made_stays_a_visit(extractor: RulesExtractor, text: str) -> None:
    assert [m for m in extract_facts(extractor, text, lead=TALKS).meetings if m.kind == "visit"]


# --------------------------------------------------------------------------- a kind of document, no principle


@pytest.mark.parametrize(("text", "action"), [
    ("Both leaders said on Monday they will work towards a peace deal for the border area within six months.",
     "work towards a peace deal for the border area"),
    ("The two governments will hold peace talks in Addis Ababa next month.",
     "hold peace talks in Addis Ababa"),
    ("Ghana and Peru pledged to sign a peace treaty before the end of the year.", "sign a peace treaty"),
    ("The sides agreed to convene a peace conference in Accra in September.",
     "convene a peace conference in Accra"),
    ("The two presidents decided to finalise the peace accord by March.", "finalise the peace accord"),
])
def test_a_peace_document_or_event_is_undertaken(extractor: RulesExtractor, text: str, action: str) -> None:
    assert action in [a for _, a in promises(extractor, text)]


@pytest.mark.parametrize("text", [
    "The two presidents also vowed to uphold peace and stability in the border region.",
    "Both sides will respect the sovereignty and territorial integrity of each other.",
])
def test_a_principle_stays_out(extractor: RulesExtractor, text: str) -> None:
    assert promises(extractor, text) == []


# --------------------------------------------------------------------------- a relative clause's passive


@pytest.mark.parametrize(("text", "action"), [
    ("A new ward will be added under the renovation project, which will be completed by next May, the "
     "embassy said.", "complete the renovation project"),
    ("Peru is funding a new fishing port in Takoradi, which will be finished by the end of 2026, officials "
     "said.", "finish a new fishing port in Takoradi"),
    ("The loan covers the coastal highway, which will be built within three years, the minister said.",
     "build the coastal highway"),
    ("Both sides visited the site of the new district hospital, which will be completed by June, the "
     "statement said.", "complete the new district hospital"),
    ("Work has begun on the water treatment plant, which will be handed over in December, the ambassador "
     "said.", "hand over the water treatment plant"),
])
def test_a_passive_in_a_relative_clause_is_done_to_its_antecedent(
        extractor: RulesExtractor, text: str, action: str) -> None:
    found = promises(extractor, text)
    assert any(a.startswith(action) for _, a in found), found
    assert all(actor is None or "Ghana" in actor or "Peru" in actor for actor, _ in found)


@pytest.mark.parametrize("text", [
    "Peru signed the fisheries accord, which was negotiated over three years, on Monday.",
    "The old bridge, which was completed in 1964, will be repaired.",
])
def test_a_relative_clause_about_the_past_promises_nothing_of_its_own(extractor: RulesExtractor,
                                                                     text: str) -> None:
    assert not any(a.startswith(("complete", "negotiate")) for _, a in promises(extractor, text))


# --------------------------------------------------------------------------- what the date's removal leaves


@pytest.mark.parametrize(("text", "action"), [
    ("The air services agreement will be signed on 12 July in Lima, the ministry said.",
     "sign the air services agreement in Lima"),
    ("The protocol will be initialled on June 3 in Lima by the chief negotiators.",
     "initial the protocol in Lima by the chief negotiators"),
    ("President Mahama will visit Peru on Monday and Tuesday.", "visit Peru"),
    ("The trade minister will visit Accra on Wednesday and Thursday.", "visit Accra"),
    ("The joint commission will meet in Accra on Thursday and Friday.", "meet in Accra"),
])
def test_no_word_of_a_taken_off_date_stays(extractor: RulesExtractor, text: str, action: str) -> None:
    assert action in [a for _, a in promises(extractor, text)]


@pytest.mark.parametrize(("text", "action"), [
    ("Ghana will open a consulate in Lima at the end of June.", "open a consulate in Lima"),
    ("The ministers will meet at the summit in Lima in May.", "meet at the summit in Lima"),
])
def test_words_of_the_act_stay(extractor: RulesExtractor, text: str, action: str) -> None:
    assert action in [a for _, a in promises(extractor, text)]


# --------------------------------------------------------------------------- what a relative clause names


@pytest.mark.parametrize("text", [
    "Ghana and Peru have agreed to postpone President Mahama's state visit to Lima, which was scheduled to "
    "take place later this month, a spokesman said.",
    "Peru postponed the second round of trade talks with Ghana, which was scheduled to be held in Accra in "
    "June.",
    "The ministers put off the opening of the joint business forum, which was expected to take place in "
    "Accra on Friday.",
    "Peru cancelled the minister's visit to Ghana, which was scheduled to take place later this month.",
    "Ghana and Peru postponed the meeting of the joint commission, which was set to be held in Lima in July.",
])
def test_the_old_time_of_what_is_put_off_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    found = said(extractor, text)
    assert [c for c in found if c[2] is not None]
    assert [c for c in found if c[2] is None] == []


@pytest.mark.parametrize(("text", "action"), [
    ("Both sides welcomed President Mahama's state visit to Lima, which is scheduled to take place later "
     "this month.", "hold President Mahama's state visit to Lima"),
    ("The ministers discussed the signing of the fisheries agreement, which is expected to take place in "
     "Accra next week.", "hold the signing of the fisheries agreement"),
    ("Both sides look forward to the foreign minister's visit to Accra, which is expected to take place in "
     "June.", "hold the foreign minister's visit to Accra"),
    ("The ministers prepared the third round of the trade talks, which is scheduled to be held in Lima in "
     "July.", "hold the trade talks in Lima"),
    ("The leaders welcomed the signing of the visa agreement, which is scheduled to take place in Lima in "
     "August.", "hold the signing of the visa agreement"),
])
def test_a_relative_clause_tells_of_the_event_its_phrase_names(extractor: RulesExtractor, text: str,
                                                              action: str) -> None:
    [(actor, found)] = promises(extractor, text)
    assert found.startswith(action) and actor == "Ghana and Peru"


# --------------------------------------------------------------------------- topics agreed on


@pytest.mark.parametrize("text", [
    "The two delegations agreed on a series of issues, the ministry said.",
    "The delegations agreed on a number of points, the statement said.",
    "The ministers agreed on several matters of mutual interest.",
    "Both sides agreed on a range of questions concerning the border.",
    "Ghana and Peru agreed on many issues, the spokesman said.",
])
def test_topics_agreed_on_are_no_act(extractor: RulesExtractor, text: str) -> None:
    assert promises(extractor, text) == []


@pytest.mark.parametrize(("text", "action"), [
    ("Ghana and Peru agreed on the establishment of a joint business council.",
     "establishment of a joint business council"),
    ("The ministers agreed on the opening of a consulate in Accra by June.",
     "opening of a consulate in Accra"),
])
def test_an_act_agreed_on_stays(extractor: RulesExtractor, text: str, action: str) -> None:
    assert any(a.startswith(action) for _, a in promises(extractor, text))


# --------------------------------------------------------------------------- "will be ready to"


@pytest.mark.parametrize(("text", "action"), [
    ('"We will be ready to sign the protocol this week," the Peruvian minister said.', "sign the protocol"),
    ("Ghana will be ready to host the joint commission in October, the minister said.",
     "host the joint commission"),
    ("Peru will be keen to buy more cocoa from Ghana next year, the minister said.",
     "buy more cocoa from Ghana"),
    ("Both sides will be willing to reopen the border crossing next month.", "reopen the border crossing"),
    ("The Ghanaian side will be ready to send its experts to Lima in May.", "send its experts to Lima"),
])
def test_ready_to_is_one_promise(extractor: RulesExtractor, text: str, action: str) -> None:
    found = [a for _, a in promises(extractor, text)]
    assert len(found) == 1 and found[0].startswith(action), found


@pytest.mark.parametrize(("text", "action"), [
    ("Ghana will be the first country to ratify the agreement.", None),
    ("The new terminal will be ready by 2027, the minister said.", None),
])
def test_ready_without_an_act_is_no_second_promise(extractor: RulesExtractor, text: str,
                                                   action: str | None) -> None:
    assert len(promises(extractor, text)) <= 1


# --------------------------------------------------------------------------- a body set up


@pytest.mark.parametrize(("text", "action"), [
    ("The presidents said a joint team of experts will be set up to address delays at the border.",
     "set up a joint team of experts to address delays at the border"),
    ("A technical panel will be set up to review the fishing quotas, the ministers said.",
     "set up a technical panel to review the fishing quotas"),
    ("A joint board will be set up to run the new port, Ghana and Peru said.",
     "set up a joint board to run the new port"),
    ("A trade office will be set up in Lima to promote Ghanaian cocoa, the minister said.",
     "set up a trade office in Lima to promote Ghanaian cocoa"),
    ("The two leaders said a joint team will be formed to draft the visa agreement by June.",
     "form a joint team to draft the visa agreement"),
])
def test_a_body_set_up_is_the_promise(extractor: RulesExtractor, text: str, action: str) -> None:
    found = promises(extractor, text)
    assert [action] == [a for _, a in found], found
    assert all(actor is not None and "Ghana" in actor and "Peru" in actor for actor, _ in found)


@pytest.mark.parametrize("text", [
    "Ghana is set to sign the cocoa deal with Peru next week.",
    "The Peruvian trade minister is set to visit Accra in May.",
])
def test_set_to_stays_a_plan(extractor: RulesExtractor, text: str) -> None:
    assert len(promises(extractor, text)) == 1


# --------------------------------------------------------------------------- a month planned in the past


def deadlines(extractor: RulesExtractor, text: str) -> list[str | None]:
    return [c.deadline for c in extract_facts(extractor, text, lead=LEAD).commitments if c.change is None]


# A plan told in the past and put off in its own sentence gives the setback alone
# (tests/test_constructions_gaps14.py); the month of a plan told in the past is read on its own.
@pytest.mark.parametrize(("text", "month"), [
    ("The summit between Ghana and Peru was scheduled for July.", "2025-07"),
    ("The Peruvian foreign minister was scheduled to visit Accra in June, officials said.", "2025-06"),
    ("Mahama was due to travel to Lima in August.", "2025-08"),
    ("The joint commission was expected to meet in September.", "2025-09"),
    ("The trade minister was set to visit Accra in July, officials said.", "2025-07"),
])
def test_a_month_planned_in_the_past_is_the_nearer_one_ahead(extractor: RulesExtractor, text: str,
                                                             month: str) -> None:
    assert deadlines(extractor, text) == [month]


@pytest.mark.parametrize(("text", "month"), [
    ("The Peruvian foreign minister was scheduled to visit Accra in March, officials said.", "2025-03"),
    ("Mahama was due to travel to Lima in April.", "2025-04"),
])
def test_a_month_planned_in_the_past_gone_by_stays_behind(extractor: RulesExtractor, text: str,
                                                         month: str) -> None:
    assert deadlines(extractor, text) == [month]
