"""Whole-article constructions of genres and regions the dev sets lack (issue 9, gen10), proved on
our own wording: a list of outcomes copied from a page's table (tab-separated cells), roman-numbered
list items, and a table's heading that names kinds of document and no document.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.datelines import LIST_MARK
from accord.extract.rules import RulesExtractor
from accord.nlp import in_table_row
from tests.extract_support import facts

# --------------------------------------------------------------------------- tab-separated table rows

_HEAD = ("List of Outcomes\nS.No.\tAgreement / MoU\tSigned on the Indian side by\t"
         "Signed on the other side by\n")


@pytest.mark.parametrize("row, subject, signer", [
    ("1.\tMemorandum of Understanding on Cooperation in Renewable Energy\t"
     "Shri Arun Mehta, Minister of Power\t"
     "Dato Hamid Salleh, Minister of Energy\n", "Renewable Energy", "Arun Mehta"),
    ("2.\tAgreement on Mutual Legal Assistance in Criminal Matters\t"
     "Shri Kiran Rao, Minister of Home Affairs\t"
     "Mr. Tomas Ortega, Minister of Justice\n", "Criminal Matters", "Kiran Rao"),
    ("3.\tProgramme of Cultural Exchange for the years 2026-2030\tShri Vivek Nair, Secretary (East)\t"
     "Ms. Lina Haddad, Ambassador\n", "Cultural Exchange", "Vivek Nair"),
    ("4.\tMoU on Cooperation in Youth Affairs and Sports\tDr. Meera Iyer, Secretary\t"
     "Ms. Ana Lopes, Vice Minister\n",
     "Youth Affairs", "Meera Iyer"),
    ("5.\tTreaty on Extradition\tShri Rohan Das, Minister of Law\tMr. Karim Bensaid, Minister of Justice\n",
     "Extradition", "Rohan Das"),
])
def test_a_tab_separated_rows_cells_are_sentences_of_their_own(
        extractor: RulesExtractor, row: str, subject: str, signer: str) -> None:
    found = facts(extractor, _HEAD + row, lead="Ministry of External Affairs\n")
    ours = [i for i in found.instruments if subject in i.subject]
    assert len(ours) == 1
    assert signer not in ours[0].subject and "Minister" not in ours[0].subject
    assert "\t" not in ours[0].evidence.text
    assert not any(signer in i.subject for i in found.instruments)


@pytest.mark.parametrize("line", [
    "1.\tMoU on Tourism\tShri A. Rao\tMr. B. Cruz",
    "S.No.\tName of the document\tSignatory",
    "Agreement on X\tsigned by\tthe ministers",
])
def test_a_line_with_two_tabs_is_a_table_row(line: str) -> None:
    assert in_table_row(line, 3)


@pytest.mark.parametrize("line", [
    "The two ministers signed an agreement on tourism.",
    "Agreement on tourism\tsigned in Delhi",  # a single tab parts no cells
])
def test_prose_or_one_tab_is_no_table_row(line: str) -> None:
    assert not in_table_row(line, 3)


def test_a_single_tab_in_prose_keeps_the_sentence_whole(extractor: RulesExtractor) -> None:
    found = facts(extractor, "Chile and Peru signed an agreement on the recognition of\t"
                             "university degrees.\n")
    assert [i.subject for i in found.instruments if "degrees" in i.subject]


# --------------------------------------------------------------------------- roman-numbered items

@pytest.mark.parametrize("mark", ["i. ", "ii. ", "iii. ", "iv) ", "(vii) ", "IV. ", "(XII) ", "x. "])
def test_a_roman_numeral_opens_a_list_line(mark: str) -> None:
    assert LIST_MARK.match(mark + "Memorandum of Understanding on Fisheries;")


@pytest.mark.parametrize("line", ["V. K. Singh said the talks went well.", "Vi Nguyen, a trader, said",
                                  "iii was the figure", "MIX. of words"])
def test_an_initial_or_a_word_is_no_roman_list_mark(line: str) -> None:
    assert not LIST_MARK.match(line)


_ROMAN = ("GABORONE, June 3 - The two ministers signed the following instruments:\n"
          "i. Memorandum of Understanding on Cooperation in Wildlife Management;\n"
          "ii. Agreement on the Establishment of a One-Stop Border Post at Ramatlabama;\n"
          "iii. Memorandum of Understanding on Cooperation in Youth Development;\n"
          "iv. Agreement on the Mutual Recognition of Driving Licences; and\n"
          "v. Programme of Cooperation in Arts and Culture for 2025-2027.\n")


@pytest.mark.parametrize("subject", ["Wildlife Management", "Ramatlabama", "Youth Development",
                                     "Driving Licences", "Arts and Culture"])
def test_each_roman_numbered_item_is_an_instrument(extractor: RulesExtractor, subject: str) -> None:
    found = facts(extractor, "Botswana and South Africa held talks in Gaborone.\n" + _ROMAN)
    ours = [i for i in found.instruments if subject in i.subject]
    assert len(ours) == 1 and ours[0].status == "signed"
    assert not ours[0].subject.startswith(("ii", "iii", "iv"))


# --------------------------------------------------------------------------- a heading names kinds only

@pytest.mark.parametrize("heading", ["Agreement / MoU", "MoU/Agreement", "Treaty / Agreement",
                                     "Agreement/MoU/Protocol",
                                     "Memorandum / Agreement"])
def test_a_heading_of_kinds_is_no_instrument(extractor: RulesExtractor, heading: str) -> None:
    text = (f"List of Outcomes\nS.No.\t{heading}\tIndian signatory\tOmani signatory\n"
            "1.\tAgreement on Maritime Transport\tShri Ravi Sen, Secretary\t"
            "Mr. Said Al Harthy, Under-Secretary\n")
    found = facts(extractor, text, lead="India and Oman\n")
    assert [i.subject for i in found.instruments] == ["Agreement on Maritime Transport"]


@pytest.mark.parametrize("text, subject", [
    ("India and Oman signed an Agreement on Maritime Transport on Monday.", "Maritime Transport"),
    ("Ghana and Peru signed a Memorandum of Understanding on Fisheries on Tuesday.", "Fisheries"),
])
def test_a_named_document_is_still_an_instrument(extractor: RulesExtractor, text: str, subject: str) -> None:
    found = facts(extractor, text)
    assert any(subject in i.subject for i in found.instruments)


# --------------------------------------------------------------------------- "X attended the talks"

_TALKS = "BEIJING, June 18 (Xinhua) -- Chinese President Xi Jinping held talks with Zambian President " \
         "Hakainde Hichilema in Beijing on Wednesday.\n"


@pytest.mark.parametrize("aside", [
    "Foreign Minister Wang Yi attended the talks.",
    "Cai Qi and Wang Yi attended the talks.",
    "Wang Yi and Ding Xuexiang were present at the talks.",
    "Zambia's Foreign Minister Mulambo Haimbe also attended the meeting.",
    "The talks were attended by Foreign Minister Wang Yi.",
    "Senior officials of the two countries, including Wang Yi, attended the talks.",
    "Zambian Foreign Minister Mulambo Haimbe attended the meeting.",
])
def test_who_attended_the_talks_told_is_no_other_meeting(extractor: RulesExtractor, aside: str) -> None:
    found = facts(extractor, _TALKS + aside + "\n", published=date(2025, 6, 19))
    assert len(found.meetings) == 1 and found.meetings[0].kind == "talks"


@pytest.mark.parametrize("aside", [
    "Later, Foreign Minister Wang Yi held talks with Zambian Foreign Minister Mulambo Haimbe.",
    "On Thursday, Hichilema attended a business forum in Shanghai with 200 Chinese firms.",
])
def test_another_encounter_is_still_a_meeting(extractor: RulesExtractor, aside: str) -> None:
    found = facts(extractor, _TALKS + aside + "\n", published=date(2025, 6, 20))
    assert len(found.meetings) == 2


# --------------------------------------------------------------------------- a "leaders meeting" ahead

_VISIT = ("SUVA, July 22 - Fiji's Prime Minister Sitiveni Rabuka held talks with Vanuatu Prime Minister "
          "Jotham Napat in Port Vila on Monday.\n")


@pytest.mark.parametrize("ahead", [
    "They discussed the Ocean of Peace declaration, which is due to be endorsed at the Forum leaders "
    "meeting in Honiara in September.",
    "The plan will be presented at the ministers meeting in Apia next month.",
    "The text is to be adopted at the Forum leaders meeting in Nuku'alofa in August.",
    "Both sides hope to sign the deal at the officials meeting in Suva in October.",
    "The roadmap is expected to be approved at the trade ministers meeting in Honiara in November.",
])
def test_a_gathering_told_by_a_gerund_ahead_is_no_meeting_held(extractor: RulesExtractor, ahead: str) -> None:
    found = facts(extractor, _VISIT + ahead + "\n", published=date(2025, 7, 22))
    assert not [m for m in found.meetings if m.place in ("Honiara", "Apia", "Nuku'alofa", "Suva")
                or (m.date or "") > "2025-07-22"]


@pytest.mark.parametrize("held", [
    "The declaration was endorsed at the Forum leaders meeting in Honiara on Sunday.",
    "The trade ministers meeting in Apia on Saturday adopted the roadmap.",
])
def test_a_gathering_told_by_a_gerund_in_the_past_is_held(extractor: RulesExtractor, held: str) -> None:
    found = facts(extractor, _VISIT + held + "\n", published=date(2025, 7, 22))
    assert len(found.meetings) == 2


# --------------------------------------------------------------------------- a package's named item

@pytest.mark.parametrize("text, names", [
    ("The two leaders witnessed the exchange of several agreements, including a Comprehensive Economic "
     "Partnership Agreement (CEPA); an agreement on investment protection; and an MoU on food security.",
     ("Partnership", "investment", "food")),
    ("They signed a number of accords, including the Treaty on Extradition and a Protocol on Customs "
     "Cooperation.",
     ("Extradition", "Customs")),
    ("The ministers exchanged documents including a Double Taxation Avoidance Agreement (DTAA); and an MoU "
     "on fisheries.", ("Double Taxation", "fisheries")),
    ("Several agreements were signed, including a Strategic Partnership Agreement and a Memorandum of "
     "Understanding on Tourism.", ("Strategic Partnership", "Tourism")),
    ("The sides signed agreements including a Free Trade Agreement (FTA) and an Air Services Agreement.",
     ("Free Trade", "Air Services")),
])
def test_a_packages_item_that_names_its_document_is_one_instrument(
        extractor: RulesExtractor, text: str, names: tuple[str, ...]) -> None:
    found = facts(extractor, "ABU DHABI, Oct 7 - The UAE and Ethiopia held talks.\n" + text + "\n")
    for name in names:
        assert len([i for i in found.instruments if name in i.subject]) == 1, name


@pytest.mark.parametrize("text, subjects", [
    ("The two sides signed several agreements, including on trade, health and tourism.", ("trade", "health")),
    ("They signed MoUs on agriculture, energy and education.", ("agriculture", "energy")),
])
def test_a_packages_plain_items_are_still_instruments(
        extractor: RulesExtractor, text: str, subjects: tuple[str, ...]) -> None:
    found = facts(extractor, "ABU DHABI, Oct 7 - The UAE and Ethiopia held talks.\n" + text + "\n")
    for subject in subjects:
        assert any(subject in i.subject for i in found.instruments), subject


# --------------------------------------------------------------------------- a closing credit line

_STORY = ("LIMA, March 12 - Peruvian Foreign Minister Elmer Schialer met his Bolivian counterpart "
          "Celinda Sosa in Lima on Wednesday and signed an agreement on university degrees.\n")


@pytest.mark.parametrize("credit, name", [
    ("Translated by Maria Quispe.", "Quispe"),
    ("Writing by Ahmet Yilmaz", "Yilmaz"),
    ("Edited by John Okoro", "Okoro"),
    ("Translation: Lucia Fernandez", "Fernandez"),
    ("Writing by Dilara Aksoy; Editing by Can Demir", "Aksoy"),
])
def test_a_closing_credit_names_no_person_of_the_story(
        extractor: RulesExtractor, credit: str, name: str) -> None:
    found = facts(extractor, _STORY + credit + "\n", published=date(2025, 3, 13))
    assert not [p for p in found.people if name in p.name]
    assert any("Schialer" in p.name for p in found.people)


@pytest.mark.parametrize("line, name", [
    ("Bolivian President Luis Arce, writing on social media, welcomed the deal.", "Arce"),
    ("The agreement was signed by Foreign Minister Celinda Sosa.", "Sosa"),
])
def test_a_person_of_the_story_beside_a_credit_word_stays(
        extractor: RulesExtractor, line: str, name: str) -> None:
    found = facts(extractor, _STORY + line + "\n", published=date(2025, 3, 13))
    assert [p for p in found.people if name in p.name]


# --------------------------------------------------------------------------- a style before, the office after

_RECEIVED = "ABU DHABI, Oct 7 (WAM) -- The UAE and Ethiopia held talks at Qasr Al Watan on Tuesday.\n"


@pytest.mark.parametrize("line, name, role", [
    ("His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received the delegation.",
     "Mohamed bin Zayed Al Nahyan", "President"),
    ("Sheikh Tamim bin Hamad Al Thani, Emir of Qatar, attended the talks.", "Tamim bin Hamad Al Thani",
     "Emir"),
    ("Dato Azhar Yahya, Minister of Energy, signed for Brunei.", "Azhar Yahya", "Minister of Energy"),
    ("The talks were attended by Shri Rajesh Kumar, Secretary of the Ministry of Commerce.",
     "Rajesh Kumar", "Secretary"),
    ("H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, was "
     "present.", "Abdullah bin Zayed Al Nahyan", "Deputy Prime Minister"),
])
def test_the_office_after_a_name_beats_a_style_before_it(
        extractor: RulesExtractor, line: str, name: str, role: str) -> None:
    found = facts(extractor, _RECEIVED + line + "\n", published=date(2025, 10, 8))
    ours = [p for p in found.people if p.name == name]
    assert len(ours) == 1 and (ours[0].role or "").startswith(role)


def test_two_brothers_of_one_house_are_two_people(extractor: RulesExtractor) -> None:
    line = ("The meeting was attended by H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and "
            "Minister of Foreign Affairs; H.H. Sheikh Tahnoun bin Zayed Al Nahyan, Deputy Ruler of Abu "
            "Dhabi; and Gedion Timothewos, Minister of Foreign Affairs of Ethiopia.\n")
    found = facts(extractor, _RECEIVED + line, published=date(2025, 10, 8))
    roles = {p.name: p.role for p in found.people}
    assert roles.get("Abdullah bin Zayed Al Nahyan", "").startswith("Deputy Prime Minister")
    assert roles.get("Tahnoun bin Zayed Al Nahyan", "").startswith("Deputy Ruler")


@pytest.mark.parametrize("line, name, role", [
    ("Sheikh Hasina said the talks were useful.", "Hasina", "Sheikh"),
    ("President William Ruto, who chaired the session, said it was a success.", "William Ruto", "President"),
])
def test_a_title_with_no_office_after_it_stays(
        extractor: RulesExtractor, line: str, name: str, role: str) -> None:
    found = facts(extractor, _RECEIVED + line + "\n", published=date(2025, 10, 8))
    assert any(name in p.name and p.role == role for p in found.people)


# --------------------------------------------------------------------------- a binational cabinet

@pytest.mark.parametrize("text", [
    "Peru and Bolivia signed eleven agreements on Wednesday during the Fifth Binational Cabinet held in "
    "Lima.",
    "The Binational Cabinet of Peru and Ecuador met in Tumbes on Tuesday, chaired by the two presidents.",
    "Presidents Noboa and Petro headed the joint cabinet meeting held in Quito on Monday.",
    "At the close of the Sixth Peru-Colombia Binational Cabinet in Leticia on Friday, the ministers signed a "
    "declaration.",
    "Chile and Argentina held their first bi-national cabinet in Santiago on Thursday.",
])
def test_a_binational_cabinet_held_is_a_commission_session(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text + "\n", published=date(2025, 3, 14))
    assert [m for m in found.meetings if m.kind == "commission_session"]


@pytest.mark.parametrize("text", [
    "The next Binational Cabinet will take place in La Paz in 2026.",
    "Peru's cabinet met on Monday to discuss the budget, the prime minister said.",
])
def test_a_cabinet_ahead_or_of_one_side_is_no_session(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text + "\n", published=date(2025, 3, 14))
    assert not [m for m in found.meetings if m.kind == "commission_session"]
