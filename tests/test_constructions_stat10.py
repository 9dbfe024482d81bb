"""Instrument status and date constructions of issue 10, on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from accord.normalize.dates import find_time_expressions
from tests import test_instruments
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py

TOLD = date(2026, 11, 20)  # a Friday


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, TOLD)


def statuses(find: Find, text: str) -> list[str]:
    return [i.status for i in find(text)]


# ------------------------------------------------ a gerund under a noun of intent looks ahead

@pytest.mark.parametrize("text", [
    "Both sides agreed to work on the text with the aim of signing the treaty during the visit in 2027.",
    "Kenya and Ghana are working with a view to concluding a trade agreement by June.",
    "The two sides met in the hope of signing a peace accord before the end of the year.",
    "Officials from Chile and Peru held talks with the goal of signing an agreement on fisheries.",
    "Vietnam and Laos set up a working group for the purpose of concluding a border treaty.",
])
def test_gerund_under_intent_noun_is_planned(find: Find, text: str) -> None:
    found = find(text)
    assert found and {i.status for i in found} == {"planned"}
    assert all(i.date is None for i in found)


@pytest.mark.parametrize("text", [
    "Kenya and Ghana succeeded in signing a trade agreement on Monday.",
    "The ministers marked the occasion by signing an agreement on tourism in Accra.",
])
def test_gerund_of_an_act_done_stays_signed(find: Find, text: str) -> None:
    assert statuses(find, text) == ["signed"]


# ---------------------------------------------------- "became operational/effective": in force

@pytest.mark.parametrize(("text", "day"), [
    ("The joint customs post agreement between Zambia and Zimbabwe became operational in March.", "2026-03"),
    ("The agreement on dual citizenship became effective on 1 January.", None),
    ("The visa waiver agreement between Chile and Peru became effective on 2 May 2025.", "2025-05-02"),
    ("In 2019 the extradition treaty between Kenya and Uganda became operative.", "2019"),
    ("The social security agreement became applicable on 1 July 2024.", "2024-07-01"),
])
def test_became_operational_is_in_force(find: Find, text: str, day: str | None) -> None:
    found = find(text)
    assert [i.status for i in found] == ["in_force"]
    if day is not None:
        assert found[0].date == day


@pytest.mark.parametrize("text", [
    "The border agreement will become operational next month.",
    "The air services agreement is expected to become effective in January.",
])
def test_becoming_operational_ahead_is_planned(find: Find, text: str) -> None:
    assert statuses(find, text) == ["planned"]


# ---------------------------------------------------------- a signing scheduled is planned

@pytest.mark.parametrize("text", [
    "The signing of the agreement on air services is scheduled for December.",
    "The signing of a fisheries deal is scheduled for Friday in Accra.",
    "A memorandum on education is scheduled to be signed in Lima next week.",
    "The treaty on extradition was scheduled for signature in January.",
    "The ceremony for the signing of the trade pact has been scheduled for 3 December.",
])
def test_scheduled_signing_is_planned(find: Find, text: str) -> None:
    found = find(text)
    assert [i.status for i in found] == ["planned"]
    assert found[0].date is None and found[0].place is None


@pytest.mark.parametrize("text", [
    "Kenya and Tanzania signed a trade pact on Monday; a summit is scheduled for March.",
    "Peru and Chile signed a fisheries agreement, and a visit by the Chilean president is scheduled for May.",
])
def test_signing_beside_a_scheduled_event_stays_signed(find: Find, text: str) -> None:
    assert statuses(find, text) == ["signed"]


# ------------------------------------------ "the entry into force, on 1 July, of the Agreement"

@pytest.mark.parametrize(("text", "status", "day"), [
    ("The ministers welcomed the entry into force, on 1 July 2025, of the Agreement on Mutual Legal "
     "Assistance.", "in_force", "2025-07-01"),
    ("They welcomed the entry into force, last week, of the visa waiver agreement between Chile and Peru.",
     "in_force", "2026-11"),
    ("The ministers noted the ratification, last month, of the Treaty on Extradition.", "ratified",
     "2026-10"),
    ("The signing, in Lima on Monday, of the fisheries agreement was welcomed by both sides.", "signed",
     "2026-11-16"),
    ("Both leaders hailed the entry into force, in March 2024, of the Agreement on Social Security.",
     "in_force", "2024-03"),
])
def test_of_phrase_past_an_aside_belongs_to_the_noun_before(find: Find, text: str, status: str,
                                                             day: str) -> None:
    found = find(text)
    assert [(i.status, i.date) for i in found] == [(status, day)]


@pytest.mark.parametrize("text", [
    "The leaders discussed, in Lima on Monday, the text of the fisheries agreement.",
    "The two sides welcomed the visit, in May, of the Chilean president.",
])
def test_aside_without_a_stage_noun_tells_no_stage(find: Find, text: str) -> None:
    assert statuses(find, text) in ([], ["discussed"])


# --------------------------------------- a later bare "The Agreement was signed" moves it on

@pytest.mark.parametrize(("text", "status", "day", "place"), [
    ("Both sides discussed the Status of Visiting Forces Agreement. The Agreement was signed in Manila on "
     "3 October 2025.", "signed", "2025-10-03", "Manila"),
    ("The two countries reviewed progress on the Comprehensive Economic Partnership Agreement. The "
     "agreement was signed in Tokyo on 4 March.", "signed", "2026-03-04", "Tokyo"),
    ("The leaders discussed the Reciprocal Access Agreement. The agreement entered into force on "
     "11 September 2025.", "in_force", "2025-09-11", None),
    ("Kenya and Uganda have been negotiating the Economic Partnership Agreement since 2020. Finally, this "
     "agreement was signed on Monday in Kampala.", "signed", "2026-11-16", "Kampala"),
    ("Chile and Peru signed an agreement on fisheries on Monday. The agreement entered into force on "
     "1 October.", "in_force", "2026-10-01", None),
])
def test_bare_back_reference_moves_document_on(find: Find, text: str, status: str, day: str,
                                               place: str | None) -> None:
    found = find(text)
    assert [(i.status, i.date) for i in found] == [(status, day)]
    if place is not None:
        assert found[0].place == place


@pytest.mark.parametrize("text", [
    "Chile and Peru discussed the Fisheries Agreement. The agreement was not signed.",
    "Both sides discussed a free trade agreement. The agreement would boost exports.",
])
def test_back_reference_without_a_stage_done_keeps_status(find: Find, text: str) -> None:
    assert statuses(find, text) == ["discussed"]


@pytest.mark.parametrize(("text", "status"), [
    ("Both sides discussed the Status of Visiting Forces Agreement. It was signed in Manila on 3 October "
     "2025.", "signed"),
    ("The ministers reviewed the Agreement on Fisheries. The document was signed in Lima in 2019.", "signed"),
    ("Peru and Chile are negotiating a Comprehensive Trade Agreement. The deal is expected to be signed in "
     "March.", "planned"),
    ("The ministers reviewed the Comprehensive Partnership Agreement. The agreement will be signed next "
     "year.", "planned"),
    ("Peru and Chile discussed the Treaty on Water Sharing. The treaty, which was drafted in 2024, was "
     "signed on Monday.", "signed"),
])
def test_pronoun_document_and_plan_name_back(find: Find, text: str, status: str) -> None:
    assert statuses(find, text) == [status]


def test_it_names_back_only_to_a_document_of_the_sentence_before(find: Find) -> None:
    text = ("Both sides discussed the Treaty on Water Sharing. Later, the ministers met the press in Lima. "
            "It was signed in 1990, they said.")
    assert statuses(find, text) == ["discussed"]


# ------------------------------------------ "signed by the ministers on Monday": a doer, no limit

@pytest.mark.parametrize(("text", "value"), [
    ("The MoU was signed by the two ministers on Monday.", "2026-11-16"),
    ("The agreement on trade was ratified by the Senate in May.", "2026-05"),
    ("A deal brokered by Qatar in May ended the dispute.", "2026-05"),
    ("The treaty was approved by parliament on Tuesday.", "2026-11-17"),
    ("The accord, initialled by negotiators in Geneva on Wednesday, is ready.", "2026-11-18"),
])
def test_agent_by_does_not_look_ahead(text: str, value: str) -> None:
    exprs = find_time_expressions(text, TOLD)
    assert [e.value for e in exprs] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("The project will be completed by the end of 2027.", "2027-12"),
    ("They agreed to finish the road by March.", "2027-03"),
])
def test_by_before_a_time_still_looks_ahead(text: str, value: str) -> None:
    exprs = find_time_expressions(text, TOLD)
    assert [e.value for e in exprs] == [value] and exprs[0].ahead


def test_ratified_by_a_legislature_in_a_month_is_dated_then(find: Find) -> None:
    found = find("The agreement on trade was ratified by the Senate in May.")
    assert [(i.status, i.date) for i in found] == [("ratified", "2026-05")]


# ---------------------------------------------- a later stage not done leaves the text signed

@pytest.mark.parametrize("text", [
    "The extradition treaty between Chile and Peru has yet to be ratified.",
    "Chile has yet to ratify the 2019 fisheries agreement with Peru.",
    "The parliament failed to ratify the trade agreement with Korea.",
    "The extradition treaty between Chile and Peru is pending ratification.",
    "The Senate refused to ratify the defence cooperation agreement with Japan.",
    "The air services agreement between Kenya and Oman has not entered into force.",
])
def test_later_stage_not_done_leaves_document_signed(find: Find, text: str) -> None:
    assert statuses(find, text) == ["signed"]


@pytest.mark.parametrize(("text", "status"), [
    ("Kenya intends to ratify the extradition treaty with Uganda next year.", "planned"),
    ("Kenya and Ethiopia failed to sign the agreement on electricity trade on Monday.", "planned"),
])
def test_stage_ahead_or_signing_undone_stays_planned(find: Find, text: str, status: str) -> None:
    assert statuses(find, text) == [status]


# ------------------------------------------------------------- "has been in force since 2019"

@pytest.mark.parametrize(("text", "status"), [
    ("The accord on air services has been in force since 2019.", "in_force"),
    ("The treaty on extradition between Chile and Peru is now in force.", "in_force"),
    ("The agreement on visa exemption remains in force.", "in_force"),
    ("The free trade agreement between Chile and Korea has been in effect since 2004.", "in_force"),
    ("The fisheries agreement between Senegal and Mauritania was in force until 2020.", "in_force"),
])
def test_being_in_force_is_in_force(find: Find, text: str, status: str) -> None:
    assert statuses(find, text) == [status]


def test_in_force_ahead_is_planned(find: Find) -> None:
    assert statuses(find, "The agreement on visa exemption will be in force by March.") == ["planned"]


# ------------------------------------ an entry-into-force day is not the day a text was signed

@pytest.mark.parametrize("text", [
    "The extradition treaty between Chile and Peru enters into force on 1 December.",
    "The visa waiver agreement between Thailand and China takes effect on March 1.",
    "The air services agreement between Oman and Kenya comes into force on 15 December.",
    "The pact on fisheries, which takes effect on 1 January, has been concluded.",
    "The social security agreement between Chile and Peru becomes effective on 1 December.",
])
def test_entry_day_ahead_does_not_date_the_signing(find: Find, text: str) -> None:
    found = find(text)
    assert found and found[0].status in ("signed", "finalized")
    assert found[0].date is None or not found[0].date.endswith(("-12-01", "-03-01", "-12-15", "-01-01"))


def test_signing_day_beside_an_entry_day_dates_it(find: Find) -> None:
    found = find("The pact on fisheries, which takes effect on 1 January, was signed on Monday.")
    assert [(i.status, i.date) for i in found] == [("signed", "2026-11-16")]


# --------------------------------------------------------------- "three years ago" is a time

@pytest.mark.parametrize(("text", "value"), [
    ("The treaty was signed three years ago.", "2023"),
    ("The MoU was signed two weeks ago.", "2026-11"),
    ("The pact was inked 10 days ago in Lima.", "2026-11-10"),
    ("The agreement entered into force two months ago.", "2026-09"),
    ("A year ago the two countries signed a defence pact.", "2025"),
])
def test_count_ago_is_a_past_date(text: str, value: str) -> None:
    exprs = find_time_expressions(text, TOLD)
    assert [(e.value, e.ahead) for e in exprs] == [(value, False)]


@pytest.mark.parametrize("text", [
    "The treaty was signed a few years ago.",
    "The two sides will sign the treaty in two weeks.",
])
def test_vague_or_ahead_count_is_no_past_date(text: str) -> None:
    assert all(e.ahead for e in find_time_expressions(text, TOLD))


def test_signed_years_ago_is_dated_then(find: Find) -> None:
    found = find("Kenya and Uganda signed a trade pact on customs three years ago.")
    assert [(i.status, i.date) for i in found] == [("signed", "2023")]


# ------------------------- a generic mention's later stage keeps the name told before it

@pytest.mark.parametrize(("text", "subject", "status"), [
    ("Peru and Chile discussed the Treaty on Water Sharing. The treaty, which was drafted in 2024, was "
     "signed on Monday.", "Treaty on Water Sharing", "signed"),
    ("Chile and Peru negotiated the Convention on Border Rivers for years. On Monday the convention, which "
     "was revised twice, was signed in Lima.", "Convention on Border Rivers", "signed"),
    ("Kenya and Uganda reviewed the Protocol on Fisheries. The protocol, which was proposed in 2023, was "
     "signed on Tuesday.", "Protocol on Fisheries", "signed"),
    ("Oman and India discussed the Treaty on Extradition in May. The treaty was signed in Muscat on "
     "Wednesday.", "Treaty on Extradition", "signed"),
    ("The leaders discussed the Roadmap for Green Growth. The roadmap was adopted in Seoul on Tuesday.",
     "Roadmap for Green Growth", "issued"),
])
def test_later_generic_mention_keeps_the_name(find: Find, text: str, subject: str, status: str) -> None:
    assert [(i.subject, i.status) for i in find(text)] == [(subject, status)]



# ------------------------------------ talks or work on a text to be ended ahead: the text is planned

@pytest.mark.parametrize("text", [
    "The ministers agreed to conclude negotiations on a bilateral investment treaty by June 2026.",
    "We have asked our teams to finish work on a double taxation convention before the end of this year.",
    "Kenya and Ethiopia will complete talks on a free trade agreement next year.",
    "The two sides aim to wrap up negotiations on the investment treaty in March.",
    "India and Oman are expected to conclude negotiations on a comprehensive economic partnership agreement "
    "soon.",
])
def test_talks_to_be_concluded_give_a_planned_text(find: Find, text: str) -> None:
    assert statuses(find, text) == ["planned"]


@pytest.mark.parametrize("text", [
    "Kenya and Ethiopia have concluded negotiations on a free trade agreement.",
    "Kenya and Ethiopia held negotiations on a free trade agreement.",
])
def test_talks_held_or_ended_stay_discussed(find: Find, text: str) -> None:
    assert statuses(find, text) == ["discussed"]


# --------------------- a bare object or a bare "the treaty" later folds its stage into the named text

@pytest.mark.parametrize(("text", "subject", "status"), [
    ("Indonesia and Australia launched negotiations on a treaty-level Defence Cooperation Agreement. The "
     "ministers agreed to meet in Jakarta in October, with the aim of signing the treaty during the visit in "
     "2026.", "treaty-level Defence Cooperation Agreement", "planned"),
    ("Chile and Peru discussed the Fisheries Agreement on Monday. They agreed to sign the agreement in "
     "March.", "Fisheries Agreement", "planned"),
    ("Chile and Peru discussed the Fisheries Agreement on Monday. The ministers signed the agreement in Lima "
     "on Tuesday.", "Fisheries Agreement", "signed"),
    ("Ghana and Togo negotiated the Border Demarcation Treaty for a decade. On Friday the presidents finally "
     "signed the treaty in Lomé.", "Border Demarcation Treaty", "signed"),
    ("Kenya and Uganda reviewed the Cross-Border Trade Agreement. Parliament ratified it on Tuesday.",
     "Cross-Border Trade Agreement", "ratified"),
])
def test_bare_later_mention_folds_into_the_named_text(find: Find, text: str, subject: str,
                                                      status: str) -> None:
    assert [(i.subject, i.status) for i in find(text)] == [(subject, status)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Peru signed the Fisheries Agreement on Monday. Both congresses must ratify the agreement.",
     [("Fisheries Agreement", "signed")]),
    ("Chile and Peru discussed a fisheries agreement on Monday. Separately, Chile signed a trade deal with "
     "Bolivia.", [("fisheries agreement", "discussed"), ("trade deal with Bolivia", "signed")]),
])
def test_no_fold_without_a_later_stage_or_a_pointing_mention(find: Find, text: str,
                                                            expected: list[tuple[str, str]]) -> None:
    assert [(i.subject, i.status) for i in find(text)] == expected
