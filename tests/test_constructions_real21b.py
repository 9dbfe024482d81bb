"""Constructions of real reports (round 21, issue 9), meetings and people, proved on our own wording: a
head of state who receives or accepts an envoy's credentials meets the envoy; each envoy's credentials
handed over to one host on one day are an encounter of its own; who a passive clause is done "by" in the
setting of a meeting ("This was stated by X during a meeting with Y") took part in it.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nKINGSTON, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text, lead=LEAD).meetings]


# ------------------------------------------------------------------ credentials received

@pytest.mark.parametrize(("text", "host", "envoy"), [
    ("President Ilham Aliyev received the credentials of Ambassador of Ghana Kwame Mensah on Monday.",
     "Ilham Aliyev", "Kwame Mensah"),
    ("On Tuesday, King Abdullah II accepted the letters of credence of Peruvian Ambassador Rosa Quispe at "
     "Basman Palace.", "Abdullah II", "Rosa Quispe"),
    ("Governor-General Patrick Allen received the letter of credence from the new Chilean envoy, Pedro "
     "Soto, at King's House.", "Patrick Allen", "Pedro Soto"),
    ("The credentials of Nepalese Ambassador Ram Sharma were received by President Cyril Ramaphosa in "
     "Pretoria on Thursday.", "Cyril Ramaphosa", "Ram Sharma"),
    ("President Bola Tinubu yesterday accepted copies of the credentials of Ambassador Anna Nowak of "
     "Poland.", "Bola Tinubu", "Anna Nowak"),
])
def test_credentials_received_meet_the_envoy(extractor: RulesExtractor, text: str, host: str,
                                              envoy: str) -> None:
    found = _meetings(extractor, text)
    assert any(host in people and envoy in people for _, people in found)


@pytest.mark.parametrize("text", [
    # credentials told of, or still to be received; a reception told by its own verb stays the reception
    "The committee received the credentials of the candidate as an economist with approval.",
    "President Ilham Aliyev will receive the credentials of the new ambassadors next week.",
    "The ministry received a note about the credentials of the observers.",
])
def test_credentials_not_received_in_person_are_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text) if kind == "other"] == []


def test_a_reception_with_credentials_handed_is_one_encounter(extractor: RulesExtractor) -> None:
    text = "President Ilham Aliyev received Ambassador of Chile Pedro Soto, who presented his credentials."
    assert [kind for kind, _ in _meetings(extractor, text)] == ["talks"]


# ------------------------------------------------------------------ each envoy's credentials apart

@pytest.mark.parametrize(("text", "envoys"), [
    ("Ambassador of Peru Carlos Vasquez presented his credentials to President Ilham Aliyev on Monday. "
     "Ambassador of Ghana Kwame Mensah presented his credentials to President Ilham Aliyev on Monday.",
     ["Carlos Vasquez", "Kwame Mensah"]),
    ("King Charles received the credentials of Ambassador Ana Lima of Brazil on Tuesday. The King then "
     "received the credentials of Ambassador Juan Ortiz of Uruguay.", ["Ana Lima", "Juan Ortiz"]),
    ("The new envoy of Fiji, Mere Tora, handed her letter of credence to President Hilda Heine on Friday. "
     "Kenji Sato, the new envoy of Japan, handed his letter of credence to President Hilda Heine on "
     "Friday. Omar Haddad, envoy of Jordan, handed his letter of credence to President Hilda Heine too.",
     ["Mere Tora", "Kenji Sato", "Omar Haddad"]),
    ("Governor-General Cindy Kiro accepted the credentials of Ambassador Lars Berg of Norway. She also "
     "accepted the credentials of Ambassador Eva Novak of Slovenia on the same day.",
     ["Lars Berg", "Eva Novak"]),
    ("Ambassador Tomas Ruiz presented credentials to Emir Tamim bin Hamad Al Thani on Sunday; Ambassador "
     "Li Wei presented credentials to Emir Tamim bin Hamad Al Thani on Sunday as well.",
     ["Tomas Ruiz", "Li Wei"]),
])
def test_each_envoys_credentials_are_an_encounter_of_their_own(extractor: RulesExtractor, text: str,
                                                              envoys: list[str]) -> None:
    ceremonies = [people for kind, people in _meetings(extractor, text) if kind == "other"]
    for envoy in envoys:
        assert [people for people in ceremonies if envoy in people] != []
        assert all(other not in people for people in ceremonies if envoy in people
                   for other in envoys if other != envoy)


def test_one_envoys_credentials_told_twice_are_one_encounter(extractor: RulesExtractor) -> None:
    text = ("Ambassador of Peru Carlos Vasquez presented his credentials to President Ilham Aliyev on "
            "Monday. Carlos Vasquez handed the credentials to President Aliyev at the presidential palace.")
    assert len([kind for kind, _ in _meetings(extractor, text) if kind == "other"]) == 1


# ------------------------------------------------------------------ done "by" someone during a meeting

@pytest.mark.parametrize(("text", "doer", "met"), [
    ("This was stated by Foreign Minister Ian Borg during a meeting with Nepalese Foreign Minister Arzu "
     "Rana Deuba in Kathmandu on Wednesday.", "Ian Borg", "Arzu Rana Deuba"),
    ("The proposal was made by President Gabriel Boric in talks with Argentine President Javier Milei on "
     "Monday.", "Gabriel Boric", "Javier Milei"),
    ("During a meeting with Ugandan President Yoweri Museveni, the offer was tabled by Kenyan President "
     "William Ruto.", "William Ruto", "Yoweri Museveni"),
    ("At his talks with Chancellor Olaf Scholz in Berlin, the invitation was extended by Prime Minister "
     "Mark Carney.", "Mark Carney", "Olaf Scholz"),
    ("The matter was raised by Minister Penny Wong in a meeting with Indonesian Foreign Minister Sugiono "
     "in Jakarta.", "Penny Wong", "Sugiono"),
])
def test_who_a_passive_clause_is_done_by_at_a_meeting_took_part(extractor: RulesExtractor, text: str,
                                                                doer: str, met: str) -> None:
    talks = [people for kind, people in _meetings(extractor, text) if kind == "talks"]
    assert any(doer in people and met in people for people in talks)


@pytest.mark.parametrize(("text", "absent"), [
    # a passive clause of no meeting's setting, or a document by its author
    ("The statement was issued by spokesperson Mao Ning after the talks between the two sides ended.",
     "Mao Ning"),
    ("The report on the meeting with Foreign Minister Ian Borg was written by analyst Maria Vella.",
     "Maria Vella"),
])
def test_a_passive_clause_of_no_setting_adds_no_one(extractor: RulesExtractor, text: str,
                                                    absent: str) -> None:
    assert all(absent not in people for _, people in _meetings(extractor, text))


# ------------------------------------------------------------------ talking to a titled person met

@pytest.mark.parametrize(("text", "one", "other"), [
    ("Prime Minister Mia Mottley was talking to Japanese Ambassador Kenji Sato, who called on her at the "
     "Government Headquarters.", "Mia Mottley", "Kenji Sato"),
    ("Talking to Foreign Minister of Ghana Samuel Ablakwa in Islamabad on Tuesday, Prime Minister Shehbaz "
     "Sharif said trade could double.", "Shehbaz Sharif", "Samuel Ablakwa"),
    ("President Hakainde Hichilema, talking to the visiting High Commissioner of India Ashok Rao, praised "
     "the new railway.", "Hakainde Hichilema", "Ashok Rao"),
    ("Governor-General Sam Mostyn was talking to King Tupou VI of Tonga at Government House when the "
     "rain began.", "Sam Mostyn", "Tupou VI"),
    ("While talking to Chinese Premier Li Qiang, Prime Minister Anthony Albanese raised the trade "
     "barriers.", "Anthony Albanese", "Li Qiang"),
])
def test_talking_to_a_titled_person_is_talks(extractor: RulesExtractor, text: str, one: str,
                                             other: str) -> None:
    talks = [people for kind, people in _meetings(extractor, text) if kind == "talks"]
    assert any(one in people and other in people for people in talks)


@pytest.mark.parametrize("text", [
    # talking to the press, to supporters, about a titled person
    "Talking to reporters in Bridgetown on Monday, Prime Minister Mia Mottley said fuel prices would fall.",
    "President Hakainde Hichilema was talking to his supporters in Lusaka on Saturday.",
    "The minister was talking to students about President Bola Tinubu and his reforms.",
])
def test_talking_to_no_one_met_is_no_talks(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text) if kind == "talks"] == []


# ------------------------------------------------------------------ a guest's title hung on the name

@pytest.mark.parametrize(("text", "host", "guest"), [
    ("The Minister of Foreign Affairs of the Lao People's Democratic Republic, Thongsavanh Phomvihane, "
     "received Ambassador of the Socialist Republic of Viet Nam Nguyen Minh Tam in Vientiane on Tuesday.",
     "Thongsavanh Phomvihane", "Nguyen Minh Tam"),
    ("President Lula received Ambassador of the Republic of Korea Park Ji-hoon at the Planalto Palace on "
     "Friday.", "Lula", "Park Ji-hoon"),
    ("Prime Minister Hun Manet hosted Ambassador of the Kingdom of Thailand Somchai Wongsa in Phnom Penh "
     "on Monday.", "Hun Manet", "Somchai Wongsa"),
    ("On Wednesday, President Shavkat Mirziyoyev received Ambassador of the Arab Republic of Egypt Ahmed "
     "Farouk in Tashkent.", "Shavkat Mirziyoyev", "Ahmed Farouk"),
    ("King Tupou VI welcomed Envoy of the Republic of Fiji Mere Tora at the Royal Palace in Nuku'alofa.",
     "Tupou VI", "Mere Tora"),
])
def test_a_guest_titled_by_a_long_state_name_is_received(extractor: RulesExtractor, text: str, host: str,
                                                         guest: str) -> None:
    talks = [people for kind, people in _meetings(extractor, text) if kind == "talks"]
    assert any(any(host in p for p in people) and guest in people for people in talks)


@pytest.mark.parametrize("text", [
    # a paper received, from or of an envoy, not the envoy
    "President Lula received the report of the Ambassador of the Republic of Korea on Friday.",
    "Prime Minister Hun Manet received a letter from Ambassador of the Kingdom of Thailand Somchai Wongsa "
    "on Monday.",
    "The ministry received Ambassador of the Year nominations from the Republic of Fiji in March.",
])
def test_no_titled_guest_is_no_reception(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text) if kind == "talks"] == []


# ------------------------------------------------------------------ an earlier meeting recalled

@pytest.mark.parametrize("text", [
    "The Kenyan and Ugandan ministers, who last met in Kampala in March, discussed the railway by letter.",
    "The two presidents previously met in Geneva in 2021, officials said.",
    "The group brings together envoys from nine states who met in Quito back in August 2019 to set it up.",
    "Ruto and Museveni last met at State House in Entebbe, the statement recalled.",
    "Ministers who had previously met in Suva agreed in writing to extend the fisheries accord.",
])
def test_an_earlier_meeting_recalled_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text) if kind == "talks"] == []


def test_a_bodys_last_sitting_recalled_is_no_sitting(extractor: RulesExtractor) -> None:
    # round 21: a body's sitting told by "last met" is background, as gen11's and gen14's gold record it
    text = "The joint commission, which last met in 2011, will convene in Lima next month."
    assert [kind for kind, _ in _meetings(extractor, text) if kind == "commission_session"] == []


@pytest.mark.parametrize("text", [
    # met now, told with no word of an earlier time
    "The Kenyan and Ugandan ministers met in Kampala on Monday to discuss the railway.",
    "Ruto and Museveni met at State House in Entebbe on Friday, the statement said.",
])
def test_a_meeting_told_now_stays(extractor: RulesExtractor, text: str) -> None:
    assert [kind for kind, _ in _meetings(extractor, text)] == ["talks"]
