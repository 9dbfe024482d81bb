"""Instrument constructions of issue 9 that cost precision on unseen text, proved on our own
wording: what a construction must not take for a document (or for a signing), and the
variants that stay documents.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

LEAD = "ACCRA, March 3 - The presidents of Ghana and Chile held talks in Accra on Monday.\n"


def found(extractor: RulesExtractor, text: str) -> list[tuple[str, str]]:
    """Return (subject, status) of each instrument told after the lead."""
    got: ArticleFacts = facts(extractor, text, lead=LEAD)
    return [(i.subject, i.status) for i in got.instruments if i.evidence.start >= len(LEAD)]


# --------------------------------------------------------------------------- list lines


SIGNED = "The two leaders signed a trade agreement and a fisheries protocol.\n"


@pytest.mark.parametrize("line", [
    "- Key terms of the Ghana-Chile Agreement on Reciprocal Trade include:",
    "- The Fisheries Protocol covers quotas, licences and port inspections.",
    "• Main points of the Memorandum on Mining Cooperation include:",
    "- The Agreement on Air Services includes rights for four weekly flights.",
    "* The memorandum on vaccine production focuses on training and equipment.",
])
def test_a_list_line_telling_what_a_document_holds_is_no_signing(extractor: RulesExtractor,
                                                                  line: str) -> None:
    text = SIGNED + line + "\n- Ghana will cut tariffs on copper.\n"
    got = facts(extractor, text, lead=LEAD)
    start = len(LEAD) + len(SIGNED)
    assert [i.subject for i in got.instruments if start <= i.evidence.start < start + len(line)] == []


@pytest.mark.parametrize("line", [
    "- Agreement on visa exemption for diplomatic passports",
    "- Welcoming the Memorandum of Understanding on Digital Trade",
])
def test_a_list_line_naming_a_document_takes_the_list_status(extractor: RulesExtractor, line: str) -> None:
    text = "The following documents were signed:\n" + line + "\n"
    got = found(extractor, text)
    assert len(got) == 1 and got[0][1] == "signed" and "\n" not in got[0][0]


@pytest.mark.parametrize("line", [
    "7. The president praised Chile's support through the Partnership for Green Growth, among other "
    "arrangements.",
    "8. The leaders noted progress in trade with the help of the Programme for Export Growth.",
    "9. The minister spoke of the benefits of the Agreement on Air Transport for tourism.",
    "- Chile expressed its appreciation for Ghana's role in the Roadmap for Regional Integration.",
    "10. Exporters gained from the Protocol on Rules of Origin, the minister said.",
])
def test_a_numbered_paragraph_citing_a_document_is_no_signing(extractor: RulesExtractor, line: str) -> None:
    text = "6. The two leaders held talks on trade and investment.\n" + line + "\n"
    assert [s for _, s in found(extractor, text) if s == "signed"] == []


def test_a_numbered_paragraph_acting_on_a_document_takes_the_list_status(extractor: RulesExtractor) -> None:
    text = ("The leaders signed the following documents:\n"
            "5. The two leaders welcomed the Memorandum of Understanding on Digital Trade.\n")
    assert [s for _, s in found(extractor, text)] == ["signed"]


# --------------------------------------------------------------------------- plans in the making


@pytest.mark.parametrize("text", [
    "We are currently finalizing an infrastructure grand design plan for Africa, he said.",
    "Chile is drafting a national hydrogen plan for the Atacama region.",
    "The ministry prepared a development programme for the Volta region.",
    "Ghana will elaborate a master plan for Accra's railways with Chilean advice.",
    "Officials are developing a recovery plan for the Ashanti cocoa sector.",
])
def test_one_sides_plan_in_the_making_is_no_instrument(extractor: RulesExtractor, text: str) -> None:
    assert found(extractor, text) == []


@pytest.mark.parametrize(("text", "status"), [
    ("The two ministers signed an action plan on climate cooperation for 2025-2027.", "signed"),
    ("Officials are preparing a joint action plan on fisheries.", "planned"),
    ("Officials are preparing the Ghana-Chile action plan on fisheries.", "planned"),
    ("The ministers adopted the Joint Action Plan for Africa.", "issued"),
])
def test_plans_signed_adopted_or_shared_stay_instruments(extractor: RulesExtractor, text: str,
                                                         status: str) -> None:
    assert [s for _, s in found(extractor, text)] == [status]


# --------------------------------------------------------------------------- modifiers


@pytest.mark.parametrize("text", [
    "Chile's customs declaration rules were also discussed.",
    "The ministers discussed treaty obligations on fisheries.",
    "They reviewed protocol arrangements for the next visit.",
    "Negotiators will discuss convention compliance reports in May.",
    "The talks explored agreement implementation costs.",
])
def test_a_document_noun_modifying_another_noun_names_no_document(extractor: RulesExtractor,
                                                                   text: str) -> None:
    assert found(extractor, text) == []


@pytest.mark.parametrize(("text", "status"), [
    ("The free trade agreement negotiations resumed in Santiago.", "discussed"),
    ("The ministers discussed the fisheries agreement with Chile.", "discussed"),
])
def test_a_document_noun_heading_its_phrase_or_negotiated_stays(extractor: RulesExtractor, text: str,
                                                                status: str) -> None:
    assert [s for _, s in found(extractor, text)] == [status]


# --------------------------------------------------------------------------- status walk


@pytest.mark.parametrize("text", [
    "Ghana may consider the effect that the Agreement has, including taking the Agreement into "
    "consideration when taking trade action.",
    "The ministers discussed the hopes that the Treaty raised among farmers.",
    "Chile will review the costs that the Protocol brings for exporters.",
    "Officials will examine the fears that the Agreement stirs, including weighing the Agreement "
    "against rules.",
    "The parties negotiated the changes that the Memorandum requires.",
])
def test_a_document_inside_a_clause_about_something_else_takes_no_status(
        extractor: RulesExtractor, text: str) -> None:
    assert found(extractor, text) == []


@pytest.mark.parametrize(("text", "status"), [
    ("The leaders welcomed the visa agreement, which was signed in Accra.", "signed"),
    ("Ghana will sign and implement the fisheries agreement.", "planned"),
])
def test_a_documents_own_clause_still_gives_its_status(extractor: RulesExtractor, text: str,
                                                        status: str) -> None:
    assert [s for _, s in found(extractor, text)] == [status]


# --------------------------------------------------------------------------- cited frameworks


@pytest.mark.parametrize(("text", "subject"), [
    ("Ghana and Chile will deepen cooperation on mining under the Partnership for Critical Minerals.",
     "Partnership for Critical Minerals"),
    ("Three agreements were signed under the Ghana-Chile Partnership for Green Growth.",
     "Ghana-Chile Partnership for Green Growth"),
    ("Training courses for diplomats will be held under the Partnership for Public Administration.",
     "Partnership for Public Administration"),
    ("The leaders reviewed progress under the Partnership for Workers' Rights.",
     "Partnership for Workers' Rights"),
    ("Chilean engineers trained Ghanaian staff last year under the Roadmap for Digital Cooperation.",
     "Roadmap for Digital Cooperation"),
])
def test_a_named_framework_something_is_done_under_is_discussed(extractor: RulesExtractor, text: str,
                                                                subject: str) -> None:
    assert (subject, "discussed") in found(extractor, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers signed the Partnership for Green Growth on Monday.",
     [("Partnership for Green Growth", "signed")]),
    ("Under the new fisheries agreement, tariffs on tuna will fall by half.", []),
    ("Chilean firms will build two ports under the Global Gateway Initiative.", []),
])
def test_documents_acted_on_or_unnamed_under_keep_their_reading(
        extractor: RulesExtractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(extractor, text) == expected


# --------------------------------------------------------------------------- announced


@pytest.mark.parametrize(("text", "status"), [
    ("The two leaders announced a new Ghana-Chile Partnership for Green Growth.", "issued"),
    ("The presidents announced the Roadmap for Digital Trade on Monday.", "issued"),
    ("Ghana announced a new MoU on vaccine production with Chile.", "signed"),
    ("Chile announced a new fisheries agreement with Ghana worth $40 million.", "signed"),
    ("Chile will announce a fisheries agreement with Ghana next week.", "planned"),
])
def test_an_announced_document_is_made_or_issued(extractor: RulesExtractor, text: str, status: str) -> None:
    assert [s for _, s in found(extractor, text)] == [status]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry announced that talks on a fisheries agreement would start in May.", ["discussed"]),
    ("The president announced his plan to visit Santiago in June.", []),
])
def test_announcing_says_nothing_of_documents_it_does_not_govern(extractor: RulesExtractor, text: str,
                                                                expected: list[str]) -> None:
    assert [s for _, s in found(extractor, text)] == expected


# --------------------------------------------------------------------------- initialled


@pytest.mark.parametrize(("text", "status"), [
    ("Negotiators initialled the text of a readmission agreement on Friday.", "finalized"),
    ("The air services agreement was initialed by the chief negotiators.", "finalized"),
    ("Chief negotiators initialled an agreement on fisheries after three rounds of talks.", "finalized"),
    ("Ghana and Chile initialled a protocol on double taxation.", "finalized"),
    ("The two sides will initial the treaty on legal assistance in May.", "planned"),
])
def test_an_initialled_document_is_concluded_not_signed(extractor: RulesExtractor, text: str,
                                                        status: str) -> None:
    assert [s for _, s in found(extractor, text)] == [status]


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister initialled each page of the report.", []),
    ("The ministers signed the extradition treaty on Friday.", ["signed"]),
])
def test_initialling_other_papers_or_signing_is_not_concluding(extractor: RulesExtractor, text: str,
                                                               expected: list[str]) -> None:
    assert [s for _, s in found(extractor, text)] == expected


# --------------------------------------------------------------------------- ranked acts


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana is the third country to sign such a deal with Chile this year.", "signed"),
    ("It was the second nation to conclude a visa waiver agreement with Chile.", "signed"),
    ("Ghana was the only country to sign an investment treaty with Chile in 2024.", "signed"),
    ("Chile became the first state to ratify the fisheries agreement with Ghana.", "ratified"),
    ("Ghana is the first country to sign a deal on cocoa with Chile.", "signed"),
])
def test_the_nth_party_to_sign_has_signed(extractor: RulesExtractor, text: str, status: str) -> None:
    assert [s for _, s in found(extractor, text)] == [status]


@pytest.mark.parametrize("text", [
    "Ghana will be the first country to sign a fisheries agreement with Chile.",
    "Ghana has a plan to sign a fisheries agreement with Chile.",
    "The first step is to sign a fisheries agreement with Chile.",
])
def test_a_ranking_that_looks_ahead_or_no_ranking_is_planned(extractor: RulesExtractor, text: str) -> None:
    assert [s for _, s in found(extractor, text)] == ["planned"]


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(("text", "subject"), [
    ("Ghana will train diplomats under the Ghana-Chile Technical Cooperation Programme for officials "
     "from West Africa.", "Ghana-Chile Technical Cooperation Programme"),
    ("The sides launched the Joint Scholarship Programme for students from both countries.",
     "Joint Scholarship Programme"),
    ("The ministers signed the Youth Exchange Agreement for students and teachers.",
     "Youth Exchange Agreement"),
    ("The leaders adopted the Green Hydrogen Roadmap for investors in both countries.",
     "Green Hydrogen Roadmap"),
    ("Chile and Ghana signed the Mutual Legal Assistance Treaty for prosecutors and judges.",
     "Mutual Legal Assistance Treaty"),
])
def test_a_capitalised_name_ends_before_whom_it_serves(extractor: RulesExtractor, text: str,
                                                       subject: str) -> None:
    assert [s for s, _ in found(extractor, text)] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    ("The sides signed an Agreement for the avoidance of double taxation.",
     "Agreement for the avoidance of double taxation"),
    ("The two leaders announced the Ghana-Chile Partnership for Green Growth.",
     "Ghana-Chile Partnership for Green Growth"),
])
def test_a_name_going_on_in_capitals_or_with_what_it_does_keeps_it(extractor: RulesExtractor, text: str,
                                                                   subject: str) -> None:
    assert [s for s, _ in found(extractor, text)] == [subject]
