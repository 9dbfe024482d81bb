"""What is said of a document's other name is said of the document ("the Agreement, referred to as the
FTA, which entered into force …"): proved on our own wording."""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


@pytest.mark.parametrize(("text", "status"), [
    ("- the Chile-Oman Comprehensive Economic Partnership Agreement (CEPA) henceforth referred to as the "
     "Chile-Oman FTA, which entered into force on 1 March 2024", "in_force"),
    ("- the Peru-Ghana Air Services Agreement (ASA) referred to as the Open Skies Deal, which entered into "
     "force in 2023", "in_force"),
    ("- the India-Oman Double Taxation Avoidance Agreement (DTAA) known as the Tax Treaty, which entered "
     "into force on 5 June 2020", "in_force"),
    ("- the Kenya-Norway Fisheries Agreement henceforth referred to as the Blue Pact, which was ratified "
     "in May 2024", "ratified"),
    ("- the Agreement on Maritime Transport between Norway and Kenya hereafter called the Shipping Accord, "
     "which took effect in 2021", "in_force"),
])
def test_what_is_said_of_a_documents_other_name_is_its_status(
        extractor: RulesExtractor, text: str, status: str) -> None:
    found = facts(extractor, text).instruments
    assert found and {i.status for i in found} == {status}, found


@pytest.mark.parametrize("text", [
    "The Kenya-Norway Fisheries Agreement, known as the Blue Pact, was proposed in May.",
    "- the Chile-Oman Economic Partnership Agreement henceforth referred to as the CEPA, which both "
    "sides hope to sign next year",
])
def test_another_name_lends_no_status_its_clause_does_not_give(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert found and all(i.status not in ("ratified", "in_force", "signed") for i in found), found


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana's parliament on Wednesday ratified the Agreement on Air Services signed with Peru in Lima last "
     "October.", "ratified"),
    ("The Senate on Tuesday ratified the trade agreement signed with Peru in 2024.", "ratified"),
    ("The tax treaty concluded in May entered into force on Monday.", "in_force"),
    ("The fisheries agreement was signed in 2019 and ratified by both parliaments in 2021.", "ratified"),
    ("The investment treaty, signed in Accra in 2022, entered into force on Friday.", "in_force"),
    # an earlier stage above a later one does not move it back, nor does a later talk of it
    ("The fisheries agreement signed in March was discussed again by the two ministers.", "signed"),
    ("The treaty ratified last year was signed by the ministers in 2019.", "ratified"),
])
def test_a_later_stage_told_above_an_earlier_one_is_where_the_document_stands(
        extractor: RulesExtractor, text: str, status: str) -> None:
    found = facts(extractor, text).instruments
    assert found and found[0].status == status, found


def test_two_mentions_of_a_document_agreed_in_principle_merge(extractor: RulesExtractor) -> None:
    # both mentions agreed, not signed: merging them must rank "finalized" like any other stage
    text = ("Peru and Ghana agreed in principle on the Free Trade Agreement on Monday. The Free Trade "
            "Agreement was agreed in principle after four rounds of talks, officials said.")
    found = facts(extractor, text).instruments
    assert found and {i.status for i in found} == {"finalized"}, found
