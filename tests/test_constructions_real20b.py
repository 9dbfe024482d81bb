"""Constructions of real reports (round 20, issue 9), meetings, proved on our own wording: "discussed"
what with a titled person ("discussed trade with Foreign Minister X") is talks; a state's name the
recogniser broke up ("Antigua and Barbuda", its last word taken for a person's) is one place, no
participant; a year naming a document ("to discuss the 2023 agreement") is no meeting's day; "the two
leaders" are the two their own sentence names before them; an envoy's credentials handed over in
person is an encounter of the envoy and the one who received them.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str], str | None]]:
    return [(m.kind, list(m.participants), m.place) for m in facts(extractor, text).meetings]


# ------------------------------------------------------------------ "discussed … with X"

@pytest.mark.parametrize(("text", "one", "other"), [
    ("Foreign Minister Ian Borg discussed bilateral relations with Bahamas Foreign Minister Fred Mitchell "
     "in Apia on Friday.", "Ian Borg", "Fred Mitchell"),
    ("On Monday, Kenyan President William Ruto discussed security and investment with Ethiopian Prime "
     "Minister Abiy Ahmed in Addis Ababa.", "William Ruto", "Abiy Ahmed"),
    ("Chilean Foreign Minister Alberto van Klaveren discussed with his Peruvian counterpart Elmer Schialer "
     "the border crossings and migration in Lima.", "Alberto van Klaveren", "Elmer Schialer"),
    ("Ghanaian President John Mahama discussed cocoa prices, power supply and road links with Ivorian "
     "President Alassane Ouattara at the presidential palace in Abidjan on Tuesday.",
     "John Mahama", "Alassane Ouattara"),
    ("German Chancellor Olaf Scholz discussed energy cooperation with Norwegian Prime Minister Jonas "
     "Gahr Store at the government offices in Oslo on Wednesday.", "Olaf Scholz", "Jonas Gahr Store"),
])
def test_discussing_with_a_titled_person_is_talks(extractor: RulesExtractor, text: str, one: str,
                                                  other: str) -> None:
    talks = [people for kind, people, _ in _meetings(extractor, text) if kind == "talks"]
    assert any(one in people and other in people for people in talks)


@pytest.mark.parametrize("text", [
    # discussed with no one, or with the press; discussed in the cabinet; a plan to discuss
    "Foreign Minister Ian Borg discussed the migration plan with reporters in Valletta on Friday.",
    "The cabinet discussed the new fisheries policy in Accra on Thursday.",
    "Prime Minister Keir Starmer will discuss trade with President Emmanuel Macron next month.",
])
def test_discussing_with_no_titled_person_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _, _ in _meetings(extractor, text) if kind == "talks"] == []


@pytest.mark.parametrize(("text", "kind"), [
    # the talk of an encounter told around it is that encounter's, no talks of their own
    ("During my visit to Manila in July, I discussed with Secretary Gilberto Teodoro new joint exercises.",
     "visit"),
    ("In a phone call on Monday, President William Ruto discussed trade with Ethiopian Prime Minister Abiy "
     "Ahmed.", "call"),
    ("At a working lunch in Rome, Foreign Minister Ian Borg discussed migration with Italian Foreign "
     "Minister Antonio Tajani.", "other"),
    ("Foreign Minister Ian Borg discussed migration with Italian Foreign Minister Antonio Tajani. This came "
     "during a phone call on Monday.", "call"),
])
def test_discussing_within_an_encounter_is_that_encounter(extractor: RulesExtractor, text: str,
                                                          kind: str) -> None:
    assert [k for k, _, _ in _meetings(extractor, text)] == [kind]


# ------------------------------------------------------------------ a state's name broken up

@pytest.mark.parametrize(("text", "person"), [
    ("Foreign Minister Ian Borg also met with Prime Minister of Antigua and Barbuda, Gaston Browne, in "
     "London on Saturday.", "Gaston Browne"),
    ("The minister met the Prime Minister of Trinidad and Tobago, Keith Rowley, in Port of Spain on "
     "Tuesday.", "Keith Rowley"),
    ("President Lula received the Prime Minister of Saint Kitts and Nevis, Terrance Drew, in Brasilia on "
     "Monday.", "Terrance Drew"),
    ("Kenyan President William Ruto held talks with Prime Minister of Antigua and Barbuda Gaston Browne on "
     "Wednesday.", "Gaston Browne"),
    ("Indian Foreign Minister S. Jaishankar met his counterpart from Trinidad and Tobago, Sean Sobers, in "
     "New Delhi on Friday.", "Sean Sobers"),
])
def test_a_state_name_broken_up_is_no_participant(extractor: RulesExtractor, text: str, person: str) -> None:
    people = [p for _, persons, _ in _meetings(extractor, text) for p in persons]
    assert person in people
    assert not any(p in ("Barbuda", "Tobago", "Nevis") for p in people)


@pytest.mark.parametrize(("text", "country"), [
    ("Prime Minister of Antigua and Barbuda Gaston Browne spoke in St. John's on Monday.",
     "Antigua and Barbuda"),
    ("Foreign Minister of Trinidad and Tobago Sean Sobers spoke in Port of Spain on Monday.",
     "Trinidad and Tobago"),
])
def test_a_state_name_broken_up_is_the_person_s_country(extractor: RulesExtractor, text: str,
                                                         country: str) -> None:
    assert [p.country for p in facts(extractor, text).people] == [country]


# ------------------------------------------------------------------ a year naming a document

@pytest.mark.parametrize("text", [
    "Prime Minister Keith Rowley met Ghanaian President John Mahama to discuss the 2023 agreement on energy.",
    "Foreign Minister Ian Borg held talks with Italian Foreign Minister Antonio Tajani on the 2024 migration "
    "pact.",
    "President William Ruto hosted Tanzanian President Samia Suluhu Hassan to review the 2019 trade deal.",
    "Foreign Minister Penny Wong met Fijian Prime Minister Sitiveni Rabuka, discussing the 2022 accords.",
    "Kenyan President William Ruto received Ugandan President Yoweri Museveni, and they reviewed the 2021 "
    "memorandum on oil.",
])
def test_a_year_naming_a_document_is_no_meeting_s_day(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).meetings
    assert found
    assert all(m.date is None or not str(m.date).startswith(("2019", "2021", "2022", "2023", "2024"))
               for m in found)


def test_a_meeting_s_own_year_stays(extractor: RulesExtractor) -> None:
    text = "Foreign Minister Ian Borg met Italian Foreign Minister Antonio Tajani in Rome in March 2024."
    assert [str(m.date) for m in facts(extractor, text).meetings] == ["2024-03"]


# ------------------------------------------------------------------ "the two leaders" of their own sentence

_LEAD = "Speaker Moses Wetangula hosted a delegation from the Senate of Burundi on Monday.\n\n"


@pytest.mark.parametrize(("text", "one", "other"), [
    ("President William Ruto welcomed Tanzanian President Samia Suluhu Hassan to State House, where the "
     "two leaders held talks on Tuesday.", "William Ruto", "Samia Suluhu Hassan"),
    ("After Prime Minister Keir Starmer greeted Indian Prime Minister Narendra Modi at Chequers, the two "
     "leaders held talks on trade.", "Keir Starmer", "Narendra Modi"),
    ("President Paul Kagame had a tete-a-tete with Kenyan President William Ruto before the two leaders "
     "addressed the press.", "Paul Kagame", "William Ruto"),
    ("Ghanaian President John Mahama received Togolese President Faure Gnassingbe in Accra, and the two "
     "presidents then held talks.", "John Mahama", "Faure Gnassingbe"),
    ("Once Chancellor Olaf Scholz had greeted Polish Prime Minister Donald Tusk in Berlin, both leaders "
     "held talks on the border.", "Olaf Scholz", "Donald Tusk"),
])
def test_the_two_leaders_of_their_own_sentence(extractor: RulesExtractor, text: str, one: str,
                                               other: str) -> None:
    found = [people for _, people, _ in _meetings(extractor, _LEAD + text)]
    assert not any("Moses Wetangula" in people and one in people for people in found)
    assert any(one in people and other in people for people in found)


def test_the_two_leaders_named_before_their_sentence(extractor: RulesExtractor) -> None:
    text = ("President William Ruto and Tanzanian President Samia Suluhu Hassan met in Arusha on Monday.\n\n"
            "The two leaders later addressed the press.")
    presser = [people for kind, people, _ in _meetings(extractor, text) if kind == "press_conference"]
    assert presser and set(presser[0]) == {"William Ruto", "Samia Suluhu Hassan"}


# ------------------------------------------------------------------ credentials presented

@pytest.mark.parametrize(("text", "envoy", "host"), [
    ("The new Ambassador of Egypt to Rwanda, Ahmed Ibrahim, presented his letters of credence to President "
     "Paul Kagame at Village Urugwiro on Monday.", "Ahmed Ibrahim", "Paul Kagame"),
    ("Japanese Ambassador Isao Fukushima handed over his credentials to President Paul Kagame on Tuesday.",
     "Isao Fukushima", "Paul Kagame"),
    ("On Wednesday, High Commissioner Vikram Doraiswami presented credentials to Governor-General Cindy "
     "Kiro in Wellington.", "Vikram Doraiswami", "Cindy Kiro"),
    ("Ambassador Maria Lopez submitted her letters of credence to President Bola Tinubu in Abuja on "
     "Thursday.", "Maria Lopez", "Bola Tinubu"),
    ("Ghanaian Ambassador Kwame Mensah presented copies of his credentials to Foreign Minister Olivier "
     "Nduhungirehe on Friday.", "Kwame Mensah", "Olivier Nduhungirehe"),
])
def test_credentials_presented_is_an_encounter(extractor: RulesExtractor, text: str, envoy: str,
                                               host: str) -> None:
    found = [people for _, people, _ in _meetings(extractor, text)]
    assert any(envoy in people and host in people for people in found)


@pytest.mark.parametrize("text", [
    "The ambassador, who has strong credentials in trade, spoke at a conference in Kigali on Thursday.",
    "The envoy will present her credentials to President Paul Kagame next week.",
    "The minister presented the budget to Parliament in Accra on Tuesday.",
])
def test_credentials_not_presented_is_no_encounter(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _, _ in _meetings(extractor, text) if kind == "other"] == []


# ------------------------------------------------------------------ stacked titles

@pytest.mark.parametrize(("text", "role"), [
    ("Under Secretary of State for Political Affairs Ambassador Allison Hooker met Pakistani officials in "
     "Islamabad on Monday.", "Under Secretary of State for Political Affairs"),
    ("Minister of State for Foreign Affairs Ambassador Ahmed Ali received the envoy on Monday.",
     "Minister of State for Foreign Affairs"),
    ("Under Secretary-General for Political Affairs Rosemary DiCarlo briefed the council on Monday.",
     "Under Secretary-General for Political Affairs"),
    ("Deputy Chief of Mission Ambassador Ahmed Ali spoke at the reception on Monday.",
     "Deputy Chief of Mission"),
    ("Secretary for Foreign Affairs Ambassador Maria Santos attended the forum in Manila on Monday.",
     "Secretary for Foreign Affairs"),
])
def test_a_rank_after_an_office_told_in_full_is_no_role(extractor: RulesExtractor, text: str,
                                                         role: str) -> None:
    assert [p.role for p in facts(extractor, text).people] == [role]


@pytest.mark.parametrize(("text", "role"), [
    ("Goodwill Ambassador Ahmed Ali visited the camp on Monday.", "Goodwill Ambassador"),
    ("Special Ambassador Maria Santos attended the forum in Manila on Monday.", "Special Ambassador"),
    ("Ambassador Maria Santos attended the forum in Manila on Monday.", "Ambassador"),
])
def test_an_ambassador_s_own_title_stays(extractor: RulesExtractor, text: str, role: str) -> None:
    assert [p.role for p in facts(extractor, text).people] == [role]


# ------------------------------------------------------------------ a title's first word taken into the name

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Saudi Arabia's Crown Prince Mohammed bin Salman met President Donald Trump on Thursday.",
     "Mohammed bin Salman", "Crown Prince"),
    ("Crown Prince Mohammed bin Salman received Prime Minister Keir Starmer in Riyadh on Monday.",
     "Mohammed bin Salman", "Crown Prince"),
    ("Bahrain's Crown Prince Salman bin Hamad visited New Delhi on Tuesday.",
     "Salman bin Hamad", "Crown Prince"),
])
def test_crown_prince_is_one_title(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert (name, role) in [(p.name, p.role) for p in facts(extractor, text).people]


@pytest.mark.parametrize(("text", "name"), [
    ("Ambassador Extraordinary and Plenipotentiary of Japan Isao Fukushima met President Paul Kagame on "
     "Monday.", "Isao Fukushima"),
    ("President Sadyr Japarov received the new Ambassador Extraordinary and Plenipotentiary of the United "
     "States to Kyrgyzstan Lesslie Viguerie on Monday.", "Lesslie Viguerie"),
    ("The Ambassador Extraordinary and Plenipotentiary of Japan, Isao Fukushima, met President Paul Kagame "
     "on Monday.", "Isao Fukushima"),
])
def test_an_envoy_s_grade_is_no_name(extractor: RulesExtractor, text: str, name: str) -> None:
    found = facts(extractor, text)
    names = [p.name for p in found.people] + [n for m in found.meetings for n in m.participants]
    assert name in names
    assert not any(n in ("Extraordinary", "Plenipotentiary") for n in names)


# ------------------------------------------------------------------ a call received "from" the caller

@pytest.mark.parametrize(("text", "callee", "caller"), [
    ("Mohammed bin Salman, Saudi Crown Prince, received a phone call today from Prime Minister of the United "
     "Kingdom, Boris Johnson.", "Mohammed bin Salman", "Boris Johnson"),
    ("Saudi Crown Prince Mohammed bin Salman received a phone call on Friday from British Prime Minister "
     "Boris Johnson.", "Mohammed bin Salman", "Boris Johnson"),
    ("President William Ruto received a telephone call this morning from Tanzanian President Samia Suluhu "
     "Hassan.", "William Ruto", "Samia Suluhu Hassan"),
    ("On Monday, Foreign Minister Penny Wong received a phone call yesterday evening from Fijian Prime "
     "Minister Sitiveni Rabuka.", "Penny Wong", "Sitiveni Rabuka"),
    ("Ghanaian President John Mahama received a phone call on Tuesday from Ivorian President Alassane "
     "Ouattara.", "John Mahama", "Alassane Ouattara"),
])
def test_a_call_received_from_a_caller(extractor: RulesExtractor, text: str, callee: str,
                                       caller: str) -> None:
    calls = [people for kind, people, _ in _meetings(extractor, text) if kind == "call"]
    assert any(callee in people and caller in people for people in calls)


def test_a_letter_received_from_someone_is_no_call(extractor: RulesExtractor) -> None:
    text = "President William Ruto on Monday received a letter from Tanzanian President Samia Suluhu Hassan."
    assert _meetings(extractor, text) == []


# ------------------------------------------------------------------ a courtesy visit paid on a person

@pytest.mark.parametrize(("text", "guest", "host"), [
    ("The Ambassador of China to Ghana, Tong Defa, paid a courtesy visit on Minister Abla Dzifa Gomashie at "
     "the Ministry on Tuesday.", "Tong Defa", "Abla Dzifa Gomashie"),
    ("The Ambassador of China, Tong Defa, paid a courtesy visit to President John Mahama at the Jubilee "
     "House on Tuesday.", "Tong Defa", "John Mahama"),
    ("On Monday, Indian High Commissioner Vinay Kumar paid a courtesy visit to Speaker Gertrude Kazarwa.",
     "Vinay Kumar", "Gertrude Kazarwa"),
    ("Japanese Ambassador Isao Fukushima paid a courtesy visit on Prime Minister Edouard Ngirente in Kigali "
     "on Wednesday.", "Isao Fukushima", "Edouard Ngirente"),
    ("US Ambassador Virginia Palmer yesterday paid a courtesy visit to the Regional Minister, Henry Quartey.",
     "Virginia Palmer", "Henry Quartey"),
])
def test_a_courtesy_visit_on_a_person_is_talks(extractor: RulesExtractor, text: str, guest: str,
                                               host: str) -> None:
    found = _meetings(extractor, text)
    assert [kind for kind, _, _ in found] == ["talks"]
    assert guest in found[0][1] and host in found[0][1]


def test_the_meeting_after_a_courtesy_visit_is_that_visit(extractor: RulesExtractor) -> None:
    text = ("The Ambassador of China to Ghana, Tong Defa, paid a courtesy visit on Minister Abla Dzifa "
            "Gomashie at the Ministry on Tuesday. The meeting focused on tourism and culture.")
    assert len(_meetings(extractor, text)) == 1


def test_a_courtesy_visit_to_a_state_stays_a_visit(extractor: RulesExtractor) -> None:
    text = "The Chinese navy chief Hu Zhongming paid a courtesy visit to Ghana on Tuesday."
    assert [kind for kind, _, _ in _meetings(extractor, text)] == ["visit"]


# ------------------------------------------------------------------ a weekday with its date after a comma

@pytest.mark.parametrize(("text", "day"), [
    ("Ambassador Tong Defa paid a courtesy call on Minister Abla Dzifa Gomashie at the Ministry on Tuesday, "
     "29th April 2025.", "2025-04-29"),
    ("Ambassador Tong Defa paid a courtesy visit on Minister Abla Dzifa Gomashie on Tuesday, 29 April 2025.",
     "2025-04-29"),
    ("Foreign Minister Samuel Ablakwa held a meeting with Ambassador Jakob Linulf on Wednesday, 23rd April, "
     "2025.", "2025-04-23"),
    ("President John Mahama paid a visit to Abidjan on Friday, April 25, 2025.", "2025-04-25"),
    ("Speaker Alban Bagbin granted an audience to Ambassador Jakob Linulf on Monday, 28 April 2025, in "
     "Accra.", "2025-04-28"),
])
def test_a_weekday_dated_after_its_comma(extractor: RulesExtractor, text: str, day: str) -> None:
    assert [str(m.date) for m in facts(extractor, text).meetings] == [day]


def test_a_weekday_alone_is_read_from_the_report(extractor: RulesExtractor) -> None:
    text = ("Ambassador Tong Defa paid a courtesy call on Minister Abla Dzifa Gomashie on Tuesday, and then "
            "left.")
    assert [str(m.date) for m in facts(extractor, text).meetings] == ["2025-05-06"]


# ------------------------------------------------------------------ two encounters in one sentence

@pytest.mark.parametrize(("text", "talks", "other", "host"), [
    ("Ghana's Foreign Minister Samuel Ablakwa held talks with his Togolese counterpart Robert Dussey and "
     "attended a working dinner hosted by President John Mahama on Thursday.",
     {"Samuel Ablakwa", "Robert Dussey"}, "Samuel Ablakwa", "John Mahama"),
    ("President William Ruto held bilateral talks with Ethiopian Prime Minister Abiy Ahmed and later "
     "attended a state banquet hosted by President Taye Atske Selassie.",
     {"William Ruto", "Abiy Ahmed"}, "William Ruto", "Taye Atske Selassie"),
    ("Foreign Minister Penny Wong met her Fijian counterpart Lisiate Akolo in Suva and attended a luncheon "
     "hosted by Prime Minister Sitiveni Rabuka on Friday.",
     {"Penny Wong", "Lisiate Akolo"}, "Penny Wong", "Sitiveni Rabuka"),
    ("Chancellor Olaf Scholz held talks with Polish Prime Minister Donald Tusk and then attended a dinner "
     "hosted by President Andrzej Duda in Warsaw.",
     {"Olaf Scholz", "Donald Tusk"}, "Olaf Scholz", "Andrzej Duda"),
    ("On Monday, President Lula met Chilean President Gabriel Boric and attended a banquet hosted by King "
     "Felipe VI in Madrid.", {"Gabriel Boric"}, "Lula", "Felipe VI"),
])
def test_a_second_encounter_joined_keeps_its_host(extractor: RulesExtractor, text: str, talks: set[str],
                                                  other: str, host: str) -> None:
    found = _meetings(extractor, text)
    held = [set(people) for kind, people, _ in found if kind == "talks"]
    assert held and talks <= held[0] and not any(host in h for h in held)
    meals = [set(people) for kind, people, _ in found if kind == "other"]
    assert meals and {other, host} <= meals[0]


def test_a_meeting_led_by_people_keeps_them(extractor: RulesExtractor) -> None:
    text = ("The talks, led by Foreign Minister Samuel Ablakwa and Robert Dussey, were held in Accra on "
            "Thursday.")
    assert [set(p) for _, p, _ in _meetings(extractor, text)] == [{"Samuel Ablakwa", "Robert Dussey"}]
