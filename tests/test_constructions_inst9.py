"""Instrument constructions of issue 9, on sentences written for the tests (not the dev articles)."""

from __future__ import annotations

import pytest

from accord.core import Instrument
from tests import test_instruments
from tests.test_instruments import Find, subjects

# the instrument rules' fixtures, shared with tests/test_instruments.py
nlp = test_instruments.nlp
find = test_instruments.find


def statuses(found: list[Instrument]) -> list[str]:
    return [i.status for i in found]


# --------------------------------------------------------------------------- looking ahead


@pytest.mark.parametrize("text", [
    "Indonesia hopes to sign an agreement on palm oil with India next year.",
    "Kenya hopes to conclude a treaty on extradition with Ghana.",
    "Mexico hopes to sign a treaty on water sharing with the United States.",
    "Ghana hopes to ratify the convention on fisheries.",
    "Seoul hopes to seal an arms deal with Warsaw.",
])
def test_a_hoped_signing_is_planned(find: Find, text: str) -> None:
    # the small model lemmatises "hopes" as "hop": the verb still looks ahead
    assert statuses(find(text)) == ["planned"]


@pytest.mark.parametrize("text", [
    "Indonesia signed an agreement on palm oil with India last week.",
    "Kenya hoped the talks would go well, and signed a treaty on extradition with Ghana.",
])
def test_a_signing_done_stays_signed(find: Find, text: str) -> None:
    assert statuses(find(text)) == ["signed"]


# --------------------------------------------------------------------------- when, not what


@pytest.mark.parametrize(("text", "subject"), [
    ("Both sides hope to conclude an agreement on agriculture soon.", "agreement on agriculture"),
    ("Indonesia hopes to sign an agreement on palm oil with India next year.",
     "agreement on palm oil with India"),
    ("The ministers will sign a memorandum on fisheries later.", "memorandum on fisheries"),
    ("The two sides expect to conclude an accord on ports soon.", "accord on ports"),
    ("The ministers will sign a memorandum on fisheries shortly.", "memorandum on fisheries"),
])
def test_a_time_after_the_subject_is_not_part_of_it(find: Find, text: str, subject: str) -> None:
    assert subjects(find(text)) == [subject]


def test_an_adverb_inside_the_list_stays(find: Find) -> None:
    text = "Kenya and Ghana signed agreements on tourism, fisheries and also higher education."
    assert subjects(find(text)) == ["tourism", "fisheries", "higher education"]


def test_a_named_date_stays_in_the_name(find: Find) -> None:
    text = "Kenya and Ghana signed the 2025 Agreement on Fisheries on Monday."
    assert subjects(find(text)) == ["2025 Agreement on Fisheries"]


# --------------------------------------------------------------------------- a modifier read apart


@pytest.mark.parametrize(("text", "subject"), [
    ("Ghana will sign a fisheries pact with Chile next month.", "fisheries pact with Chile"),
    ("Norway and Chile signed a fisheries pact on Friday.", "fisheries pact"),
    ("Ukraine will sign a minerals deal with the United States.", "minerals deal with the United States"),
    ("Ghana will sign a ports deal with Togo.", "ports deal with Togo"),
    ("Morocco will sign a fertilisers deal with India.", "fertilisers deal with India"),
])
def test_a_noun_before_the_document_is_its_modifier(find: Find, text: str, subject: str) -> None:
    assert subjects(find(text)) == [subject]


def test_a_separate_object_is_not_pulled_in(find: Find) -> None:
    text = "Ghana gave Chile a fisheries pact draft, and the ministers signed the accord on trade."
    assert "Chile" not in " ".join(subjects(find(text)))


def test_a_verb_deal_is_no_document(find: Find) -> None:
    assert find("The two ministries hope to deal with the backlog of trade disputes.") == []


# --------------------------------------------------------------------------- finalised


@pytest.mark.parametrize("text", [
    "Chile and Peru finalised an agreement on fisheries.",
    "The agreement on defence cooperation has now been finalized and is ready for signature.",
    "Negotiators from Ghana and Togo finalized the text of a treaty on extradition on Monday.",
    "An accord on labour mobility was finalised by the two ministries.",
    "Kenya and Uganda have finalised a memorandum of understanding on oil pipelines.",
])
def test_a_text_finalised_is_finalized(find: Find, text: str) -> None:
    assert statuses(find(text)) == ["finalized"]


@pytest.mark.parametrize("text", [
    "The two sides are finalizing an agreement on labour mobility.",
    "Officials met to finalise a pact on energy.",
    "Negotiators will finalize the agreement on tourism by June.",
    "The third MoU, on aviation fuel, is currently being finalised.",
])
def test_a_text_being_finalised_is_planned(find: Find, text: str) -> None:
    assert statuses(find(text)) == ["planned"]


# --------------------------------------------------------------------------- acts sharing an object


@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar and Rwanda signed agreements to avoid double taxation and to promote and protect "
     "investments.",
     ["avoid double taxation", "promote and protect investments"]),
    ("Ghana and Mali signed deals to build and run a power plant and to train nurses.",
     ["build and run a power plant", "train nurses"]),
    ("The two sides signed accords to develop and manage border markets, and to fight smuggling.",
     ["develop and manage border markets", "fight smuggling"]),
    ("Chad and Niger inked pacts to protect wildlife and to monitor and share river data.",
     ["protect wildlife", "monitor and share river data"]),
    ("Peru and Chile signed agreements to promote tourism and to prevent and punish cattle theft.",
     ["promote tourism", "prevent and punish cattle theft"]),
])
def test_verbs_sharing_an_object_are_one_act(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find(text)) == expected


def test_acts_with_their_own_objects_stay_apart(find: Find) -> None:
    text = ("Ghana and Morocco signed three deals to set up a joint shipping line, extradite fugitives "
            "and promote tourism.")
    assert subjects(find(text)) == ["set up a joint shipping line", "extradite fugitives", "promote tourism"]


# --------------------------------------------------------------------------- documents' own aim


@pytest.mark.parametrize(("text", "expected"), [
    ("The agreements signed on Monday aim to set up a joint shipping line, extradite fugitives and "
     "promote tourism.",
     ["set up a joint shipping line", "extradite fugitives", "promote tourism"]),
    ("The memoranda signed in Dakar aim to train teachers and to build rural clinics.",
     ["train teachers", "build rural clinics"]),
    ("The deals signed by the two ministers seek to modernise ports and to expand rail freight.",
     ["modernise ports", "expand rail freight"]),
    ("The accords they inked on Friday aim to curb smuggling and to open border markets.",
     ["curb smuggling", "open border markets"]),
    ("The pacts signed during the visit seek to protect forests and to reduce flood damage.",
     ["protect forests", "reduce flood damage"]),
])
def test_documents_stating_their_aim_give_one_each(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find(text)) == expected


@pytest.mark.parametrize("text", [
    "The agreements signed on Monday aim to boost cooperation.",
    "Officials aim to sign agreements on trade and tourism next year.",
])
def test_no_aim_of_the_documents_gives_no_acts(find: Find, text: str) -> None:
    found = find(text)
    assert all(not s.startswith(("boost", "sign")) for s in subjects(found))


# --------------------------------------------------------------------------- finalised, then told signed


@pytest.mark.parametrize("text", [
    "Ghana and Togo finalised a trade agreement on Monday. Officials said the trade deal was signed "
    "at noon.",
    "Chile finalized a fisheries agreement with Peru. The fisheries agreement was signed in Lima.",
    "Kenya and Uganda finalised an accord on oil pipelines. Later the pipeline accord was inked by "
    "ministers.",
    "Vietnam and Laos finalized a treaty on border demarcation. The border treaty was signed in Vientiane.",
    "Oman and India finalised an agreement on maritime transport. The maritime transport agreement was "
    "signed by the two ministers.",
])
def test_a_text_finalised_then_signed_is_one_signed_record(find: Find, text: str) -> None:
    found = find(text)
    assert statuses(found) == ["signed"]
    assert found[0].evidence.start == 0  # told where it was introduced


@pytest.mark.parametrize("text", [
    "Ghana and Togo finalised a trade agreement on Monday. Ghana and Togo signed a fisheries accord "
    "on Friday.",
    "Chile finalized a fisheries agreement with Peru. Chile signed a mining treaty with Bolivia in 2019.",
])
def test_a_different_document_signed_stays_apart(find: Find, text: str) -> None:
    assert sorted(statuses(find(text))) == ["finalized", "signed"]


# --------------------------------------------------------------------------- a framework by its title


@pytest.mark.parametrize(("text", "subject", "status"), [
    ("The two leaders welcomed the signing of the Framework for Cooperation on Critical Minerals.",
     "Framework for Cooperation on Critical Minerals", "signed"),
    ("Kenya and Japan signed the Framework on Digital Trade on Monday.", "Framework on Digital Trade",
     "signed"),
    ("The Framework for Strategic Partnership between Vietnam and Laos was adopted in Hanoi.",
     "Framework for Strategic Partnership between Vietnam and Laos", "issued"),
    ("Chile and Korea will sign a Framework of Cooperation in Green Hydrogen next month.",
     "Framework of Cooperation in Green Hydrogen", "planned"),
    ("Ministers from Ghana and Brazil inked the Framework for Agricultural Research in Accra.",
     "Framework for Agricultural Research", "signed"),
])
def test_a_titled_framework_is_an_instrument(find: Find, text: str, subject: str, status: str) -> None:
    found = find(text)
    assert [(i.subject, i.status, i.type) for i in found] == [(subject, status, "other")]


@pytest.mark.parametrize("text", [
    "The ministers agreed on a framework for talks on the border.",
    "Framework for Peace talks resumed in Oslo.",
    "The two sides signed nothing but set out a legal framework for investment.",
])
def test_a_framework_in_plain_words_is_none(find: Find, text: str) -> None:
    assert find(text) == []


# --------------------------------------------------------------------------- signers after a dash


@pytest.mark.parametrize(("line", "subject", "signers"), [
    ("1. MoU on Cooperation in Agriculture - signed by Minister A. Khan and Ambassador L. Perez",
     "MoU on Cooperation in Agriculture", ("A. Khan", "L. Perez")),
    ("2. MoU on Youth and Sports - signed by Minister Ben Lee and Minister Carla Diaz",
     "MoU on Youth and Sports", ("Ben Lee", "Carla Diaz")),
    ("- Memorandum of Understanding on Tourism - exchanged by Foreign Minister Ali Rahman and "
     "Ambassador Jean Dupont", "Memorandum of Understanding on Tourism", ("Ali Rahman", "Jean Dupont")),
    ("- Agreement on Air Services - exchanged by Transport Minister Kofi Mensah and Minister Ana Silva",
     "Agreement on Air Services", ("Kofi Mensah", "Ana Silva")),
    ("3. Protocol on Customs Cooperation - signed by Finance Minister Omar Haddad and Minister Lena Berg",
     "Protocol on Customs Cooperation", ("Omar Haddad", "Lena Berg")),
])
def test_a_dash_ends_the_name_before_its_signers(find: Find, line: str, subject: str,
                                                 signers: tuple[str, ...]) -> None:
    found = find("The following documents were signed:\n" + line)
    assert [(i.subject, i.signatories) for i in found] == [(subject, signers)]


@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya and Peru signed the Kenya-Peru Agreement on Air Services.",
     "Kenya-Peru Agreement on Air Services"),
    ("The two ministers signed an agreement on cross-border trade.", "agreement on cross-border trade"),
])
def test_a_hyphen_inside_a_word_stays(find: Find, text: str, subject: str) -> None:
    assert subjects(find(text)) == [subject]


# --------------------------------------------------------------------------- documents signed or exchanged


@pytest.mark.parametrize(("text", "expected"), [
    ("The two prime ministers witnessed the exchange of MoUs on trade, health and education.",
     ["trade", "health", "education"]),
    ("The leaders attended the exchange of agreements on defence and energy.", ["defence", "energy"]),
    ("The ministers oversaw the exchange of documents on tourism, health and fisheries.",
     ["tourism", "health", "fisheries"]),
    ("The signing of documents on trade and investment followed the talks.", ["trade", "investment"]),
    ("The two presidents witnessed the signing of documents on the creation of a joint chamber of "
     "commerce, a youth council and a cultural centre.",
     ["creation of a joint chamber of commerce", "youth council", "cultural centre"]),
])
def test_documents_signed_or_exchanged_give_one_per_subject(find: Find, text: str,
                                                            expected: list[str]) -> None:
    found = find(text)
    assert subjects(found) == expected
    assert set(statuses(found)) == {"signed"}


@pytest.mark.parametrize("text", [
    "The signing of documents took place in the hall.",
    "Reporters saw the documents on the table.",
    "The leaders held an exchange of views on a possible trade agreement.",
])
def test_documents_without_a_subject_or_a_signing_give_none(find: Find, text: str) -> None:
    assert find(text) == []


def test_an_exchange_of_notes_is_still_one_document(find: Find) -> None:
    found = find("The Exchange of Notes on the ODA Loan was signed in Tokyo.")
    assert [(i.subject, i.type) for i in found] == [("Exchange of Notes on the ODA Loan", "agreement")]


# --------------------------------------------------------------------------- one subject like a list


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers signed MoUs on oil and gas, science, technology and innovation, and fisheries.",
     ["oil and gas", "science, technology and innovation", "fisheries"]),
    ("Kenya and Chile signed agreements on science, technology and innovation and on tourism.",
     ["science, technology and innovation", "tourism"]),
    ("Oman and India signed memoranda of understanding concerning maritime search and rescue, legal "
     "metrology and the training of diplomats.",
     ["maritime search and rescue", "legal metrology", "training of diplomats"]),
    ("Egypt and Jordan signed agreements on research and development, tourism and water.",
     ["research and development", "tourism", "water"]),
    ("Ghana and Peru inked accords on search and rescue and on fisheries.",
     ["search and rescue", "fisheries"]),
])
def test_a_fixed_phrase_with_and_is_one_subject(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt and Jordan signed agreements on science, tourism and water.", ["science", "tourism", "water"]),
    ("Kenya and Chile signed MoUs on technology and innovation, health and trade.",
     ["technology", "innovation", "health", "trade"]),
])
def test_a_list_of_fields_still_splits(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find(text)) == expected


# --------------------------------------------------------------------------- a package's members


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam and Laos signed 12 cooperation documents on Sunday. Among them were an agreement on road "
     "transport, a memorandum of understanding on electricity trade and a protocol on border management.",
     ["agreement on road transport", "memorandum of understanding on electricity trade",
      "protocol on border management"]),
    ("Kenya and Ghana signed nine agreements in Nairobi. They included a treaty on extradition and an "
     "accord on air services.", ["treaty on extradition", "accord on air services"]),
    ("The two presidents witnessed the signing of seven MoUs. Among these was an MoU on fisheries.",
     ["MoU on fisheries"]),
    ("Peru and Chile signed five accords on Friday. These included a convention on social security.",
     ["convention on social security"]),
    ("Chad and Niger inked six deals. Among those was a protocol on cattle transit.",
     ["protocol on cattle transit"]),
])
def test_members_of_a_package_take_its_status(find: Find, text: str, expected: list[str]) -> None:
    found = find(text)
    assert subjects(found) == expected
    assert set(statuses(found)) == {"signed"}


@pytest.mark.parametrize("text", [
    "Many ministers attended the dinner. Among them was the author of a treaty on extradition.",
    "Officials from Ghana and Togo met in Accra. They included the author of an accord on fishing.",
])
def test_members_of_no_package_take_no_status(find: Find, text: str) -> None:
    assert statuses(find(text)) in ([], ["discussed"])


# --------------------------------------------------------------------------- a step ahead of a signed text


@pytest.mark.parametrize(("text", "subject"), [
    ("Chile and Peru signed a Treaty on Mutual Legal Assistance in Criminal Matters in Lima. Both "
     "congresses must ratify the treaty.", "Treaty on Mutual Legal Assistance in Criminal Matters"),
    ("Egypt and Sudan signed the Treaty on Nile Waters on Monday. Both parliaments should ratify the "
     "treaty in May.", "Treaty on Nile Waters"),
    ("Vietnam and Laos signed a Convention on Social Security. The two legislatures will ratify the "
     "convention next year.", "Convention on Social Security"),
    ("Peru and Bolivia inked a Protocol on Border Rivers. Lawmakers are expected to ratify the protocol "
     "soon.", "Protocol on Border Rivers"),
    ("Oman and India signed a Treaty on Extradition in Muscat. Both sides must still ratify the treaty "
     "before it takes effect.", "Treaty on Extradition"),
])
def test_a_ratification_ahead_is_no_second_record(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert [(i.subject, i.status) for i in found] == [(subject, "signed")]


@pytest.mark.parametrize("text", [
    "Ghana must sign an agreement on fisheries with Togo.",
    "Kenya can ratify the treaty on extradition only after the vote.",
])
def test_must_and_can_look_ahead(find: Find, text: str) -> None:
    assert statuses(find(text)) == ["planned"]


def test_a_ratification_done_stays_its_own_step(find: Find) -> None:
    text = ("Chile and Peru signed a Treaty on Extradition in 2019. Chile's Senate ratified the treaty on "
            "Tuesday.")
    assert "ratified" in statuses(find(text))


# --------------------------------------------------------------------------- a document that changes another


@pytest.mark.parametrize(("text", "subject"), [
    ("Malaysia and Thailand exchanged the following instruments: Memorandum of Understanding on Halal "
     "Cooperation; and Protocol Amending the Agreement on the Avoidance of Double Taxation.",
     "Protocol Amending the Agreement on the Avoidance of Double Taxation"),
    ("The ministers signed a Protocol Supplementing the Treaty on Extradition.",
     "Protocol Supplementing the Treaty on Extradition"),
    ("The protocol amending the double taxation convention was signed by the finance ministers.",
     "protocol amending the double taxation convention"),
    ("Kenya and Ghana signed a protocol amending their 2010 air services agreement.",
     "protocol amending their 2010 air services agreement"),
    ("Peru and Chile signed the Protocol Modifying the Convention on Social Security in Lima.",
     "Protocol Modifying the Convention on Social Security"),
])
def test_the_changed_document_is_part_of_the_name(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert subject in subjects(found)
    assert not any(s != subject and s in subject for s in subjects(found))  # not a record of its own


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed a protocol on air services and an agreement on fisheries.",
    "The Protocol on Trade was signed, and the Agreement on Tourism was amended.",
])
def test_documents_side_by_side_stay_two(find: Find, text: str) -> None:
    assert len(find(text)) == 2


# --------------------------------------------------------------------------- negotiations concluded


@pytest.mark.parametrize("text", [
    "The two sides welcomed the conclusion of negotiations on the Investment Protection Agreement.",
    "Kenya and India announced the conclusion of talks on a free trade agreement.",
    "Ministers hailed the successful conclusion of negotiations for a treaty on extradition.",
    "Ghana and Togo marked the conclusion of negotiations on an accord on fisheries.",
    "The leaders noted the conclusion of talks on a Comprehensive Economic Partnership Agreement.",
])
def test_negotiations_concluded_leave_a_text_finalized(find: Find, text: str) -> None:
    assert statuses(find(text)) == ["finalized"]


@pytest.mark.parametrize(("text", "status"), [
    ("The leaders welcomed the conclusion of the agreement on fisheries.", "signed"),
    ("The two sides called for the early conclusion of negotiations on a trade agreement.", "planned"),
])
def test_the_conclusion_of_a_document_or_of_talks_ahead(find: Find, text: str, status: str) -> None:
    assert statuses(find(text)) == [status]


# --------------------------------------------------------------------------- "and" between two acts


@pytest.mark.parametrize(("text", "expected"), [
    ("After the talks, Memoranda of Understanding (MoU) on the avoidance of double taxation and capacity "
     "building for civil servants were exchanged.",
     ["avoidance of double taxation", "capacity building for civil servants"]),
    ("Ghana and Peru signed memoranda on the promotion of tourism and teacher training for rural schools.",
     ["promotion of tourism", "teacher training for rural schools"]),
    ("Kenya and Chad signed MoUs on the prevention of cattle theft and skills development for young herders.",
     ["prevention of cattle theft", "skills development for young herders"]),
    ("The sides inked memoranda on the protection of wetlands and flood management in river towns.",
     ["protection of wetlands", "flood management in river towns"]),
    ("Oman and Egypt signed MoUs on the promotion of exports and port management in the Red Sea.",
     ["promotion of exports", "port management in the Red Sea"]),
])
def test_two_acts_joined_by_and_give_two_documents(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find(text)) == expected


@pytest.mark.parametrize("text", [
    "Kenya and Ghana signed MoUs on the supply of vaccines and medicines for children.",
    "The two sides signed MoUs on the prevention of money laundering and terrorism financing.",
])
def test_one_act_over_two_things_stays_one(find: Find, text: str) -> None:
    assert len(find(text)) == 1


# --------------------------------------------------------------------------- "Memoranda of Understandings"


@pytest.mark.parametrize(("text", "expected"), [
    ("Memoranda of Understandings (MoUs) on tourism and health were exchanged in Colombo.",
     ["tourism", "health"]),
    ("Following the discussions, Memoranda of Understandings (MoU) on fisheries and ports were exchanged.",
     ["fisheries", "ports"]),
    ("India and Nepal signed three Memoranda of Understandings (MoUs) on power, roads and health.",
     ["power", "roads", "health"]),
    ("Two Memoranda of Understandings (MoUs) on culture and sport were signed in Dhaka.",
     ["culture", "sport"]),
    ("Sri Lanka and the Maldives exchanged Memoranda of Understandings (MoU) on fisheries and tourism.",
     ["fisheries", "tourism"]),
])
def test_memoranda_of_understandings_list_their_subjects(find: Find, text: str, expected: list[str]) -> None:
    found = find(text)
    assert subjects(found) == expected
    assert {i.type for i in found} == {"mou"}


# --------------------------------------------------------------------------- amended


@pytest.mark.parametrize(("text", "status"), [
    ("The two countries amended the air services agreement on Monday.", "signed"),
    ("Ministers from Kenya and Ghana amended the 2010 trade agreement on Friday.", "signed"),
    ("The agreement on investment was amended in 2019.", "signed"),
    # a plan to amend an existing document plans no new one (issue 10: test_constructions_inst10)
])
def test_an_amended_document_has_the_amendments_stage(find: Find, text: str, status: str) -> None:
    assert statuses(find(text)) == [status]


@pytest.mark.parametrize("text", [
    "Lawmakers want to amend the constitution.",
    "The two countries amended their visa rules for students.",
])
def test_amending_no_document_gives_none(find: Find, text: str) -> None:
    assert find(text) == []


# --------------------------------------------------------------------------- a year before the noun


@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya and Ghana signed the 2015 agreement on fisheries.", "2015 agreement on fisheries"),
    ("The two countries renewed the 2010 trade agreement on Friday.", "2010 trade agreement"),
    ("The leaders welcomed the signing of the 2024 memorandum on tourism.", "2024 memorandum on tourism"),
    ("Peru and Chile ratified the 1998 treaty on border rivers.", "1998 treaty on border rivers"),
    ("Oman and Iran amended their 2012 accord on gas supplies.", "2012 accord on gas supplies"),
])
def test_a_year_is_no_count(find: Find, text: str, subject: str) -> None:
    assert subjects(find(text)) == [subject]


def test_a_count_still_counts(find: Find) -> None:
    text = "Kenya and Ghana signed 12 agreements on Monday."
    assert find(text) == []  # a package with no subjects is a figure


def test_a_count_with_a_year_after_still_lists(find: Find) -> None:
    text = "Kenya and Ghana signed two agreements on fisheries and tourism in 2015."
    assert subjects(find(text)) == ["fisheries", "tourism"]


# --------------------------------------------------------------------------- towards a document


@pytest.mark.parametrize("text", [
    "Both leaders vowed to work towards an agreement on climate finance.",
    "The two sides made progress toward a treaty on border demarcation.",
    "Kenya and Ghana are moving towards a free trade agreement.",
    "Chile and Peru pledged to work toward a convention on water sharing.",
    "The talks were a step towards a protocol on fishing quotas.",
])
def test_a_document_worked_towards_is_planned(find: Find, text: str) -> None:
    assert statuses(find(text)) == ["planned"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers signed a roadmap towards a free trade agreement.", ["signed", "planned"]),
    ("Kenya and Ghana signed an agreement on fisheries towards the end of the visit.", ["signed"]),
])
def test_towards_names_only_its_own_object(find: Find, text: str, expected: list[str]) -> None:
    assert statuses(find(text)) == expected


# --------------------------------------------------------------------------- between several governments


@pytest.mark.parametrize(("line", "parties"), [
    ("- MoU between the Government of Kenya, the Government of Ghana and the Government of Norway for "
     "Cooperation in Fisheries.", ("Kenya", "Ghana", "Norway")),
    ("- Agreement between the Government of Kenya, the Government of Uganda and the Government of "
     "Tanzania on Lake Transport.", ("Kenya", "Uganda", "Tanzania")),
    ("- Memorandum between the Government of Chile, the Government of Peru, and the Government of "
     "Bolivia on Lithium Research.", ("Chile", "Peru", "Bolivia")),
    ("- Protocol between the Government of Oman and the Government of the Kingdom of Norway on Fishing.",
     ("Oman", "Norway")),
    ("- MoU between the Government of India, the Government of Sri Lanka, and the Government of United "
     "Arab Emirates for Cooperation in Energy.", ("India", "Sri Lanka", "United Arab Emirates")),
])
def test_a_document_between_governments_has_them_all(find: Find, line: str, parties: tuple[str, ...]) -> None:
    found = find("The following documents were exchanged:\n" + line)
    assert [i.parties for i in found] == [parties]


@pytest.mark.parametrize(("text", "parties"), [
    ("The MoU between the Ministry of Health of Kenya and the Ministry of Health of Ghana on Cooperation "
     "in Medicine was signed on Monday.",
     ("the Ministry of Health of Kenya", "the Ministry of Health of Ghana")),
    ("Kenya and Ghana signed an agreement on tourism, trade and transport.", ("Kenya", "Ghana")),
])
def test_other_parties_keep_their_names(find: Find, text: str, parties: tuple[str, ...]) -> None:
    assert {i.parties for i in find(text)} == {parties}
