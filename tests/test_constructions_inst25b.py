"""Constructions of official signing reports (round 25, instruments): a list numbered inside one line after a
colon or a semicolon ("The documents signed include: 1. Memorandum on …; 2. Agreement on …") is one sentence
whose items are the documents, and an item's mark ("(1)", "b)") is no part of its name; the two signatories
told after "between" without their names ("between the two countries", "between both governments") are no
part of what a document is on; an instrument of ratification or of accession "for" or "to" a document
ratifies it; a government told by its people's word ("the Romanian Government") is its state's."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


def statuses(find: Find, text: str) -> list[tuple[str, str]]:
    return [(i.subject, i.status) for i in find(text)]


# ------------------------------------------------------------------ a list numbered inside one line


@pytest.mark.parametrize(("text", "expected"), [
    ("The documents signed include: 1. Memorandum of Understanding on Fisheries; 2. Agreement on Air "
     "Services.", ["Memorandum of Understanding on Fisheries", "Agreement on Air Services"]),
    ("The following documents were exchanged: 1. Memorandum of Cooperation on Space Research; 2. Exchange "
     "of Notes on the Tram Project; 3. Joint Statement on the Partnership.",
     ["Memorandum of Cooperation on Space Research", "Exchange of Notes on the Tram Project",
      "Joint Statement on the Partnership"]),
    ("The agreements signed were: 1. an MoU on dairy farming; 2. an agreement on road safety; and 3. a "
     "programme on youth exchanges.", ["MoU on dairy farming", "agreement on road safety",
                                       "programme on youth exchanges"]),
    ("Peru and Laos signed two documents: 1. Agreement on Visa Waiver; 2. MoU on Coffee Research.",
     ["Agreement on Visa Waiver", "MoU on Coffee Research"]),
    ("The ministers signed: 1. Protocol on Customs Data; 2. Memorandum on Plant Health; 3. Treaty on "
     "Extradition.", ["Protocol on Customs Data", "Memorandum on Plant Health", "Treaty on Extradition"]),
])
def test_a_list_numbered_inside_a_line_gives_its_documents(find: Find, text: str,
                                                           expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered list of things that are no documents stays none
    ("The talks covered three topics: 1. trade; 2. energy; 3. security.", []),
    # a list number after a full stop still ends nothing more than its sentence
    ("Ghana signed an agreement on trade. 2. The talks went on.", ["agreement on trade"]),
])
def test_a_numbered_list_of_no_documents_names_none(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The following documents were signed: (1) Memorandum on Agriculture, (2) Agreement on Visa Exemption.",
     ["Memorandum on Agriculture", "Agreement on Visa Exemption"]),
    ("The agreements signed were: a) Memorandum on Dairy Farming; b) Agreement on Road Safety.",
     ["Memorandum on Dairy Farming", "Agreement on Road Safety"]),
    ("They signed 1) an MoU on forestry and 2) an agreement on mining.", ["MoU on forestry",
                                                                         "agreement on mining"]),
])
def test_an_items_mark_is_no_part_of_its_name(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------------------ the signatories told without names


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru signed an agreement on trade between the two states and a memorandum on health.",
     ["agreement on trade", "memorandum on health"]),
    ("Peru and Chile signed an agreement on trade between both countries.", ["agreement on trade"]),
    ("They signed a memorandum on health cooperation between the two ministries.",
     ["memorandum on health cooperation"]),
    ("The agreement on visa exemption between the two governments was signed on Monday.",
     ["agreement on visa exemption"]),
    ("Benin and Togo inked a protocol on cattle grazing between the two nations in Lome.",
     ["protocol on cattle grazing"]),
])
def test_the_two_signatories_are_no_part_of_the_subject(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # other parties than the signatories are what the document is on
    ("They signed an agreement on trade between two parties of the coalition.",
     ["agreement on trade between two parties of the coalition"]),
    # a name left with no word of its own keeps them
    ("They signed the agreement between the two countries.", []),
])
def test_parties_that_are_no_signatories_stay(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------------------ an instrument of ratification "for"


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile deposited its instrument of ratification for the treaty on extradition.",
     [("treaty on extradition", "ratified")]),
    ("The minister handed over the instrument of ratification for the treaty on prisoner transfer.",
     [("treaty on prisoner transfer", "ratified")]),
    ("The instrument of ratification for the agreement on air services was deposited with the foreign "
     "ministry on Monday.", [("agreement on air services", "ratified")]),
    ("The instruments of ratification for the double taxation agreement were exchanged in Lima.",
     [("double taxation agreement", "ratified")]),
    ("Peru deposited its instrument of accession to the convention on maritime boundaries.",
     [("convention on maritime boundaries", "ratified")]),
])
def test_an_instrument_of_ratification_for_a_document_ratifies_it(find: Find, text: str,
                                                                 expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # credentials for a treaty ratify nothing
    ("The minister handed over the credentials for the treaty on extradition.", []),
    ("The ministers signed the treaty on extradition and the instrument of cooperation for the port.",
     [("treaty on extradition", "signed")]),
])
def test_other_instruments_for_a_document_ratify_nothing(find: Find, text: str,
                                                        expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text)[:1] == expected[:1] and len(statuses(find, text)) >= len(expected)


# ------------------------------------------------------------------ a government told by its people's word


@pytest.mark.parametrize(("text", "expected"), [
    ("The Cultural Programme between the Romanian Government and the Government of Chile was signed on "
     "Monday.", ("Romania", "Chile")),
    ("The Memorandum on Fisheries between the Government of Peru and the Ecuadorian Government was signed "
     "in Lima.", ("Peru", "Ecuador")),
    ("The Agreement on Air Services between the Moroccan Government and the Chilean Government was signed "
     "on Friday.", ("Morocco", "Chile")),
])
def test_a_government_told_by_its_peoples_word_is_its_states(find: Find, text: str,
                                                             expected: tuple[str, ...]) -> None:
    found = find(text)
    assert found and found[0].parties == expected


def test_a_government_of_no_state_names_none(find: Find) -> None:
    found = find("The Memorandum on Roads between the Federal Government and the Provincial Government was "
                 "signed on Monday.")
    assert [i.parties for i in found] in ([()], [("the Federal Government", "the Provincial Government")])


def test_told_keeps_type_and_status_of_list_items(find: Find) -> None:
    text = "The documents signed include: 1. Memorandum on Fisheries; 2. Treaty on Extradition."
    assert told(find, text) == [
        ("mou", "Memorandum on Fisheries", "signed"), ("treaty", "Treaty on Extradition", "signed")]


# ------------------------------------------------------------------ an act to ratify thrown out


@pytest.mark.parametrize(("text", "expected"), [
    ("The parliament rejected a bill to ratify the border agreement with Chile.",
     [("border agreement with Chile", "signed")]),
    ("Lawmakers defeated a resolution to ratify the fisheries agreement with Japan.",
     [("fisheries agreement with Japan", "signed")]),
    ("The president vetoed a law to ratify the treaty on extradition with Chile.",
     [("treaty on extradition", "signed")]),
    ("On Tuesday the Senate rejected the bill to ratify the convention on air transport.",
     [("convention on air transport", "signed")]),
    ("The lower house rejected a bill to ratify the MoU on oil with Iraq last week.",
     [("MoU on oil with Iraq", "signed")]),
])
def test_a_ratification_carried_by_an_act_thrown_out_leaves_it_signed(
        find: Find, text: str, expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The parliament adopted a bill to ratify the border agreement with Chile.",
     [("border agreement with Chile", "ratified")]),
    ("The government submitted a bill to ratify the treaty on fisheries with Peru.",
     [("treaty on fisheries with Peru", "planned")]),
])
def test_an_act_passed_or_tabled_keeps_its_reading(find: Find, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


# ------------------------------------------------------------------ a long organisation's name kept whole


@pytest.mark.parametrize(("text", "expected"), [
    ("An MoU between the Chilean Agency for International Development Cooperation and the Korea "
     "International Cooperation Agency was signed on Monday.",
     ("the Chilean Agency for International Development Cooperation", "the Korea International Cooperation "
      "Agency")),
    ("An MoU between the Agency for Rural Development of Chile and the Korea Forest Service was signed.",
     ("Agency for Rural Development of Chile", "the Korea Forest Service")),
    ("The Peruvian Institute for Nuclear Energy and the Korea Atomic Energy Research Institute signed an "
     "agreement on isotopes between the Peruvian Institute for Nuclear Energy and the Korea Atomic Energy "
     "Research Institute.", None),
])
def test_a_long_organisations_name_cut_at_for_is_one_party(find: Find, text: str,
                                                           expected: tuple[str, ...] | None) -> None:
    found = find(text)
    assert found
    if expected is not None:
        assert found[0].parties == expected
    else:  # whatever the tagger makes of it, no party is a bare piece of a name
        assert all(p.split()[0] not in ("for", "of") for p in found[0].parties)


@pytest.mark.parametrize(("text", "expected"), [
    # an organisation's name that runs on into the document's field is still cut there
    ("An MoU between the Ministry of Health of Ghana on Cooperation and the Peru Board was signed.",
     ("the Ministry of Health of Ghana", "the Peru Board")),
    ("An MOU on Cultural Cooperation between the Arts Council of Ghana and the Culture Board of Peru was "
     "signed.", ("the Arts Council of Ghana", "the Culture Board of Peru")),
])
def test_names_the_tagger_keeps_whole_stay_as_they_are(find: Find, text: str,
                                                        expected: tuple[str, ...]) -> None:
    found = find(text)
    assert found and found[0].parties == expected
