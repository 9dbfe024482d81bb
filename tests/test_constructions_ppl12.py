"""People on unseen text (issue 9, ppl12), proved on our own wording.

A personal courtesy opens a name whatever the tagger calls it ("Mr Albanese"); Malaysian styles
("Datuk Seri", "Tan Sri", "Toh Puan") are no part of the name; "Chargé d'affaires" and "Minister
Delegate" are titles; a signatory's name set on a line of its own takes the title line below and the
state signed for; a plural title of listed states gives each listed name its title and state in turn;
a title that opens the sentence before ", Mrs X," is X's; a prince's style after an office is no part
of the role; a surname the tagger left out of a tagged name is taken in.
"""

from __future__ import annotations

import pytest

from accord.core import Person
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts as extract_facts

# Enough of the genre's words that the article is read as one about relations.
LEAD = "Ghana and Peru signed a memorandum of understanding on trade cooperation during the state visit. "


def people(extractor: RulesExtractor, text: str, lead: str = LEAD) -> list[Person]:
    return list(extract_facts(extractor, text, lead=lead).people)


def names(extractor: RulesExtractor, text: str, lead: str = LEAD) -> set[str]:
    return {p.name for p in people(extractor, text, lead)}


def person(extractor: RulesExtractor, text: str, name: str, lead: str = LEAD) -> Person:
    found = [p for p in people(extractor, text, lead) if p.name == name]
    assert found, [(p.name, p.role) for p in people(extractor, text, lead)]
    return found[0]


# --------------------------------------------------------------------------- a personal courtesy


@pytest.mark.parametrize(("text", "name"), [
    ("Mr Prabowo met the Peruvian delegation in Jakarta.", "Prabowo"),
    ("The minister later met Mr Albanese in Canberra.", "Albanese"),
    ("Mr Prabowo and Mr Albanese discussed the fisheries deal.", "Albanese"),
    ("Mr Ishiba said the deal was fair.", "Ishiba"),
    ("Dr Tedros thanked Peru for its support.", "Tedros"),
])
def test_a_personal_courtesy_opens_a_name(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


@pytest.mark.parametrize("text", [
    "Mr Speaker, the House will now consider the treaty.",
    "The winner of the Miss Ghana pageant toured Lima.",
])
def test_a_courtesy_before_no_name_names_no_one(extractor: RulesExtractor, text: str) -> None:
    assert not people(extractor, text)


# --------------------------------------------------------------------------- Malaysian styles


@pytest.mark.parametrize(("text", "name"), [
    ("Datuk Seri Anwar Ibrahim arrived in Lima on Sunday.", "Anwar Ibrahim"),
    ("Malaysian Prime Minister Datuk Seri Anwar Ibrahim received the Ghanaian envoy.", "Anwar Ibrahim"),
    ("The accord was signed by Tan Sri Muhyiddin Yassin and the Peruvian minister.", "Muhyiddin Yassin"),
    ("Dato' Seri Zambry Abdul Kadir arrived in Accra.", "Zambry Abdul Kadir"),
    ("Datin Seri Paduka Rosmah Mansor attended the state banquet.", "Rosmah Mansor"),
])
def test_a_malaysian_style_is_no_part_of_the_name(extractor: RulesExtractor, text: str, name: str) -> None:
    found = names(extractor, text)
    assert name in found
    assert not any(style in n.split() for n in found for style in ("Datuk", "Seri", "Sri", "Datin", "Paduka"))


@pytest.mark.parametrize(("text", "name"), [
    ("Singapore's Manpower Minister Tan See Leng met the Ghanaian labour minister.", "Tan See Leng"),
    ("Trade Minister Tan Kin Lian said Singapore would buy more cocoa.", "Tan Kin Lian"),
])
def test_tan_as_a_surname_stays_in_the_name(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Peruvian Chargé d'Affaires, Ana Torres, delivered the note.", "Ana Torres", "Chargé d'Affaires"),
    ("Chargé d'Affaires Jonathan Mensah signed for the embassy.", "Jonathan Mensah", "Chargé d'Affaires"),
    ("The Chargé d'affaires of Peru, Mr Carlos Vasquez, attended the ceremony.", "Carlos Vasquez",
     "Chargé d'affaires"),
    ("Minister Delegate for Foreign Trade Laurent Saint-Martin will travel to Lima next week.",
     "Laurent Saint-Martin", "Minister Delegate for Foreign Trade"),
    ("Peru's Chargé d'Affaires Luis Paredes met the deputy minister.", "Luis Paredes", "Chargé d'Affaires"),
])
def test_charge_d_affaires_and_minister_delegate_are_titles(extractor: RulesExtractor, text: str, name: str,
                                                             role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize("text", [
    "The Chargé d'affaires attended the ceremony.",
    "The delegates of Ghana and Peru agreed on the text.",
])
def test_an_unnamed_title_is_no_person(extractor: RulesExtractor, text: str) -> None:
    assert not people(extractor, text)


@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("Ambassador-designate of Ghana to Peru, Mrs. Abena Osei, arrived in Lima.", "Abena Osei",
     "Ambassador-designate", "Ghana"),
    ("Minister of Trade of Peru, Ms Rosa Quispe, opened the forum.", "Rosa Quispe", "Minister of Trade",
     "Peru"),
    ("Deputy Minister of Foreign Affairs of Ghana, Mr Kwame Owusu, led the talks.", "Kwame Owusu",
     "Deputy Minister of Foreign Affairs", "Ghana"),
    ("Ambassador of Peru to Ghana, Mr Luis Paredes, presented his credentials.", "Luis Paredes",
     "Ambassador", "Peru"),
    ("High Commissioner of Ghana, Mrs Ama Boateng, hosted the reception.", "Ama Boateng",
     "High Commissioner", "Ghana"),
])
def test_a_title_opening_the_sentence_is_the_named_persons(extractor: RulesExtractor, text: str, name: str,
                                                          role: str, country: str) -> None:
    found = person(extractor, text, name)
    assert (found.role, found.country) == (role, country)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Kwame Asante, President of Ghana, H.E. Mr Luis Paredes and others attended.", "Luis Paredes", None),
    ("Ablakwa spoke first, Minister of Trade, Mr Kofi Owusu, then closed the session.", "Kofi Owusu", None),
])
def test_a_title_after_another_name_is_not_the_next_names(extractor: RulesExtractor, text: str, name: str,
                                                          role: str | None) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Saudi Foreign Minister Prince Faisal bin Farhan Al Saud received the Ghanaian envoy.",
     "Faisal bin Farhan Al Saud", "Foreign Minister"),
    ("Defence Minister Prince Khalid bin Salman met the Peruvian delegation.", "Khalid bin Salman",
     "Defence Minister"),
    ("Ambassador Princess Reema bint Bandar hosted the dinner.", "Reema bint Bandar", "Ambassador"),
    ("Energy Minister Prince Abdulaziz bin Salman said output would rise.", "Abdulaziz bin Salman",
     "Energy Minister"),
    ("Governor Prince Faisal bin Khalid welcomed the visitors.", "Faisal bin Khalid", "Governor"),
])
def test_a_princes_style_after_an_office_is_no_part_of_the_role(extractor: RulesExtractor, text: str,
                                                                name: str, role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Saudi Crown Prince Mohammed bin Salman received the Ghanaian president.", "Mohammed bin Salman",
     "Crown Prince"),
    ("Prince Turki bin Faisal said the talks went well.", "Turki bin Faisal", None),
])
def test_a_princes_style_alone_stays(extractor: RulesExtractor, text: str, name: str,
                                     role: str | None) -> None:
    found = person(extractor, text, name)
    assert found.role == role or (role is None and found.role in (None, "Prince"))


# --------------------------------------------------------------------------- signatories


SIGNED = """JOINT COMMUNIQUE

Accra, 5 May 2025. Ghana and Peru signed an agreement on visa exemption for diplomats.

{blocks}
"""


@pytest.mark.parametrize(("blocks", "name", "role", "country"), [
    ("For the Government of the Republic of Ghana\nKwame Asante\nMinister of Trade and Industry",
     "Kwame Asante", "Minister of Trade and Industry", "Ghana"),
    ("Signed for the Republic of Peru\nElmer Schialer\nMinister of Foreign Affairs",
     "Elmer Schialer", "Minister of Foreign Affairs", "Peru"),
    ("On behalf of Ghana:\nDhananjay Ramful\nMinister of Foreign Affairs, Regional Integration",
     "Dhananjay Ramful", "Minister of Foreign Affairs, Regional Integration", "Ghana"),
    ("For the Republic of Ghana: Samuel Okudzeto Ablakwa, Minister for Foreign Affairs",
     "Samuel Okudzeto Ablakwa", "Minister for Foreign Affairs", "Ghana"),
    ("Ama Boateng\nDeputy Minister of Finance", "Ama Boateng", "Deputy Minister of Finance", None),
])
def test_a_signatory_on_a_line_of_their_own(extractor: RulesExtractor, blocks: str, name: str, role: str,
                                            country: str | None) -> None:
    found = person(extractor, SIGNED.format(blocks=blocks), name, lead="")
    assert found.role == role
    assert country is None or found.country == country


@pytest.mark.parametrize(("blocks", "name"), [
    ("Farah Mensah\nSenior Analyst, Gulf Research Centre", "Farah Mensah"),
    ("Kwame Asante\nThe minister said the deal was good for both countries.", "Kwame Asante"),
])
def test_a_name_above_no_title_line_is_no_signatory(extractor: RulesExtractor, blocks: str,
                                                    name: str) -> None:
    assert name not in names(extractor, SIGNED.format(blocks=blocks), lead="")


# --------------------------------------------------------------------------- respective titles


@pytest.mark.parametrize(("text", "first", "second", "role", "states"), [
    ("The presidents of Kenya and Uganda, William Ruto and Yoweri Museveni, opened the bridge.",
     "William Ruto", "Yoweri Museveni", "president", ("Kenya", "Uganda")),
    ("The foreign ministers of Ghana and Peru, Samuel Okudzeto Ablakwa and Elmer Schialer, signed the text.",
     "Samuel Okudzeto Ablakwa", "Elmer Schialer", "foreign minister", ("Ghana", "Peru")),
    ("The defence ministers of India and Australia, Rajnath Singh and Richard Marles, met in Canberra.",
     "Rajnath Singh", "Richard Marles", "defence minister", ("India", "Australia")),
    ("Talks were led by the trade ministers of Chile and Vietnam, Alberto van Klaveren and Nguyen Hong "
     "Dien.", "Alberto van Klaveren", "Nguyen Hong Dien", "trade minister", ("Chile", "Vietnam")),
    ("The ambassadors of Peru and Ghana, Rosa Quispe and Kofi Mensah, exchanged the notes.",
     "Rosa Quispe", "Kofi Mensah", "ambassador", ("Peru", "Ghana")),
])
def test_a_plural_title_of_listed_states_is_each_names_in_turn(extractor: RulesExtractor, text: str,
                                                               first: str, second: str, role: str,
                                                               states: tuple[str, str]) -> None:
    one, two = person(extractor, text, first), person(extractor, text, second)
    assert (one.role, two.role) == (role, role)
    assert (one.country, two.country) == states


@pytest.mark.parametrize(("text", "name"), [
    ("The foreign ministers of Ghana, Peru and Chile, Rosa Quispe and Kofi Mensah, met.", "Rosa Quispe"),
    ("Trade between Kenya and Uganda, William Ruto and Yoweri Museveni said, would double.", "William Ruto"),
])
def test_lists_that_do_not_match_give_no_respective_title(extractor: RulesExtractor, text: str,
                                                          name: str) -> None:
    assert person(extractor, text, name).role is None


# --------------------------------------------------------------------------- a state before "counterpart"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Chinese Foreign Minister Wang Yi and his South Korean counterpart Cho Tae-yul spoke by phone.",
     "Cho Tae-yul", "South Korea"),
    ("Ghanaian Foreign Minister Samuel Ablakwa and his South Sudanese counterpart Monday Semaya Kumba met.",
     "Monday Semaya Kumba", "South Sudan"),
    ("Ghanaian Trade Minister Kofi Mensah and his Equatorial Guinean counterpart Simeón Oyono Esono met.",
     "Simeón Oyono Esono", "Equatorial Guinea"),
    ("Peruvian Foreign Minister Elmer Schialer and his Papua New Guinean counterpart Justin Tkatchenko met.",
     "Justin Tkatchenko", "Papua New Guinea"),
    ("Ghanaian Energy Minister John Jinapor and his North Korean counterpart Kim Yong Chol met.",
     "Kim Yong Chol", "North Korea"),
])
def test_a_counterparts_state_is_the_longest_before_the_word(extractor: RulesExtractor, text: str, name: str,
                                                             country: str) -> None:
    found = person(extractor, text, name)
    assert found.country == country and found.role is not None


# --------------------------------------------------------------------------- credits


@pytest.mark.parametrize(("text", "name"), [
    ("The two ministers signed the accord.\nWritten by: Kwame Boateng\n", "Kwame Boateng"),
    ("The two ministers signed the accord.\nAdditional reporting by Ama Serwaa and Kofi Adu.\n", "Kofi Adu"),
    ("The two ministers signed the accord.\nStory by Ama Serwaa | Photos by Kofi Adu\n", "Ama Serwaa"),
    ("The two ministers signed the accord. (Reporting by Marco Aquino, Ama Serwaa and Kofi Adu)\n",
     "Kofi Adu"),
    ("The two ministers signed the accord.\nInterview by Rosa Quispe\n", "Rosa Quispe"),
])
def test_a_credited_writer_is_no_person(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name not in names(extractor, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The accord was welcomed by President William Ruto and Foreign Minister Musalia Mudavadi.",
     "Musalia Mudavadi"),
    ("Witnessed by Peruvian President Dina Boluarte and Ghanaian President John Mahama, the deal was "
     "signed.", "John Mahama"),
])
def test_people_after_by_in_the_story_stay(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


# --------------------------------------------------------------------------- a state's name as a surname


@pytest.mark.parametrize(("text", "name"), [
    ("Portuguese Prime Minister Luís Montenegro met Ghanaian President John Mahama in Lisbon.",
     "Luís Montenegro"),
    ("The deal was hailed by Prime Minister Luís Montenegro of Portugal.", "Luís Montenegro"),
    ("Prime Minister Luís Montenegro and Foreign Minister Paulo Rangel flew to Accra.", "Luís Montenegro"),
    ("Peruvian Senator Rosa Montenegro chaired the friendship group.", "Rosa Montenegro"),
    ("Ambassador Carlos Montenegro presented the note to the Ghanaian minister.", "Carlos Montenegro"),
])
def test_a_states_name_as_a_titled_persons_surname(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


@pytest.mark.parametrize("text", [
    "President Mahama Ghana said the deal was good.",
    "Minister Ablakwa Peru talks ended on Friday.",
])
def test_a_state_of_the_article_after_a_name_is_no_surname(extractor: RulesExtractor, text: str) -> None:
    assert not any(n.split()[-1] in ("Ghana", "Peru") for n in names(extractor, text))


# --------------------------------------------------------------------------- reporters


@pytest.mark.parametrize("text", [
    "Sarah Namusoke reports from Kampala.",
    "Kofi Adu contributed reporting from Lima.",
    "Marco Aquino reported from Lima.",
    "Sarah Namusoke contributed reporting from Nairobi.",
    "The talks ran late. Ama Mensah reports from Accra.",
])
def test_a_name_that_reports_from_a_place_is_the_journalists(extractor: RulesExtractor, text: str) -> None:
    assert not people(extractor, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Ablakwa reported from Lima that the talks went well.", "Ablakwa"),
    ("Kofi Mensah contributed $2 million to the fund.", "Kofi Mensah"),
])
def test_a_name_that_reports_something_stays(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)
