"""Constructions seen in real reports outside the development sets (round 16). Our own wording
throughout.

Meetings: the two sides told as states or as their officials unnamed ("China and Serbia", "the foreign
ministers of Kenya and Peru", "Chinese and Serbian officials", "officials of the two countries") who
sign somewhere the clause names (a city, a venue, the sidelines of a gathering) hold a signing
ceremony, as named signatories and "the heads of state" do; told with no place, such a signing is
most often the close of the talks or session the report tells. A place the parser hangs on the
document signed ("signed a visa agreement in Lima") is where it was signed, not a place of the
document's; "the two ministers also signed" is the day's one ceremony.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

DAY = date(2031, 5, 12)


def signings(extractor: RulesExtractor, text: str) -> list[tuple[str | None, str | None]]:
    found = facts(extractor, text, published=DAY).meetings
    return [(m.place, m.date) for m in found if m.kind == "signing_ceremony"]


# -- the two sides, told as states or their officials unnamed, sign somewhere named ----------------------

@pytest.mark.parametrize("text", [
    "The foreign ministers of Kenya and Peru signed a visa waiver agreement in Lima on Friday.",
    "Chinese and Serbian officials signed the free trade agreement on Tuesday at the Great Hall in Beijing.",
    "Officials of the two countries signed three memoranda of understanding at the State House on Sunday.",
    "The agriculture ministers of Chile and Vietnam signed a protocol on fruit exports in Hanoi last week.",
    "The two ministers signed a memorandum on tourism in Baku on Monday.",
    "Representatives of both governments signed the loan agreement in Nairobi yesterday.",
    "China and Serbia signed the agreement on Tuesday on the sidelines of the Belt and Road Forum.",
    "Ghana and Togo signed two accords on border trade in Lome on Wednesday.",
    "The two countries signed five memoranda at the presidential palace in Tashkent.",
    "Ghana and Togo met in March and signed two accords in Lome on Wednesday.",
    "China and Serbia opened talks in April and signed a deal on the margins of the Asia-Pacific Forum.",
])
def test_the_two_sides_who_sign_somewhere_named_hold_a_signing_ceremony(extractor: RulesExtractor,
                                                                        text: str) -> None:
    assert len(signings(extractor, text)) == 1


@pytest.mark.parametrize("text", [
    "The foreign ministers of Kenya and Peru will sign a visa waiver agreement in Lima next week.",
    "Senior and junior officials signed the visitors' book at the memorial in Lima.",
    "The treaty, which officials of the two countries signed in Geneva in 2019, expires next year.",
    "Kenyan officials signed a lease for the new embassy building in Lima on Friday.",
    "At the end of the session, the two ministers signed the agreed minutes.",
    "Ghana and Togo signed two accords on border trade on Wednesday.",
    "Ghana and Togo signed an accord on the customs post in Aflao on Wednesday.",
    "Ghana and Togo signed two accords on border trade in Togo.",
])
def test_a_signing_planned_one_sided_unplaced_or_told_of_a_document_is_no_ceremony(
        extractor: RulesExtractor, text: str) -> None:
    assert signings(extractor, text) == []


# -- a place hung on the document signed is the signing's -----------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Foreign Minister Ana Ruiz and her Kenyan counterpart Musa Otieno signed a visa waiver "
     "agreement in Lima "
     "on Friday.", "Lima"),
    ("Officials of the two countries signed three memoranda of understanding in Dhaka on Sunday.", "Dhaka"),
    ("The foreign ministers of Latvia and Belarus signed the border agreement in Riga on Monday.", "Riga"),
    ("President Kwame Asante and President Rosa Quispe signed a joint declaration in Accra on Tuesday.",
     "Accra"),
    ("Defence Minister Jorge Salas and Chilean Defence Minister Rosa Vidal signed two agreements in Arica on "
     "Thursday.", "Arica"),
    ("Premier Li Wei and Prime Minister Ana Ruiz signed a joint statement in Hanoi on Sunday.", "Hanoi"),
    ("Trade Minister Lena Berg and Vietnamese Trade Minister Tran Van Minh signed the protocol at the "
     "Government Guest House on Monday.", "Government Guest House"),
])
def test_a_place_hung_on_the_document_signed_is_where_it_was_signed(extractor: RulesExtractor, text: str,
                                                                    place: str) -> None:
    assert [p for p, _ in signings(extractor, text)] == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("Foreign Minister Ana Ruiz and her Kenyan counterpart Musa Otieno signed an agreement on the "
     "consulate in "
     "Mombasa on Friday.", None),
    ("Foreign Minister Ana Ruiz and her Kenyan counterpart Musa Otieno signed an agreement on Friday.", None),
])
def test_a_place_of_what_the_document_is_about_is_not_the_signing_s(extractor: RulesExtractor, text: str,
                                                                    place: str | None) -> None:
    assert [p for p, _ in signings(extractor, text)] == [place]


# -- "the two ministers also signed": the day's one signing ceremony, whatever the level told -----------

@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Ruiz and Kenyan Foreign Minister Musa Otieno signed a visa agreement in Lima on "
    "Tuesday. The two ministers also signed a memorandum on tourism.",
    "Foreign Minister Arjun Rao and Chilean Foreign Minister Rosa Vidal on Monday signed a protocol on trade "
    "in services. Besides the protocol, the two ministers also signed a letter of intent on polar research.",
    "The agriculture ministers of Chile and Vietnam signed a protocol on fruit exports in Hanoi on "
    "Monday. The "
    "two ministers also signed a plan on rice trade.",
    "Trade Minister Lena Berg and Vietnamese Trade Minister Tran Van Minh signed the shipping protocol on "
    "Monday. Later the two ministers signed a memorandum on port services.",
    "Interior Minister Jorge Salas and his Nigerian counterpart Bello Abubakar signed a readmission "
    "agreement in Abuja on Thursday. The two ministers also signed an agreement on police training.",
])
def test_the_two_ministers_signing_again_is_the_same_ceremony(extractor: RulesExtractor, text: str) -> None:
    assert len(signings(extractor, text)) == 1


@pytest.mark.parametrize(("text", "kind", "count"), [
    ("Foreign Minister Ana Ruiz and Kenyan Foreign Minister Musa Otieno signed a visa agreement in Lima on "
     "Tuesday. The two ministers had signed a memorandum in Nairobi in March 2029.",
     "signing_ceremony", 2),
    ("President Kwame Asante and President Rosa Quispe held talks in Accra on Tuesday. Delegation-level "
     "talks between the two sides followed.", "talks", 2),
])
def test_another_day_s_signing_or_a_ministers_meeting_stays_apart(extractor: RulesExtractor, text: str,
                                                                   kind: str, count: int) -> None:
    found = facts(extractor, text, published=DAY).meetings
    assert len([m for m in found if m.kind == kind]) == count

