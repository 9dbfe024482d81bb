"""Constructions of real reports (round 16, issue 9), proved on our own wording (texts dated Tuesday 6 May
2025): a bare title phrase ("The external affairs minister also met X") repeats the title of the one
person named under it before.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts, of_kind


def _groups(extractor: RulesExtractor, text: str, kind: str = "talks") -> list[set[str]]:
    return [{p.split()[-1] for p in m.participants} for m in of_kind(extractor, text, kind)]


# ------------------------------------------------------------------ a bare title repeated

@pytest.mark.parametrize(("text", "pair"), [
    ("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa arrived in Lome on Monday for a working visit. "
     "The foreign minister later held talks with Togolese President Faure Gnassingbe at the palace.",
     {"Ablakwa", "Gnassingbe"}),
    ("Chilean President Gabriel Boric landed in Lima on Sunday. On Monday the president met Peruvian "
     "Prime Minister Gustavo Adrianzen to discuss migration.", {"Boric", "Adrianzen"}),
    ("Prime Minister Pham Minh Chinh welcomed Lao Foreign Minister Thongsavanh Phomvihane in Hanoi on "
     "Monday. The Prime Minister also received Lao lawmaker Sounthone Xayachak.", {"Chinh", "Xayachak"}),
    ("Kenyan Energy Cabinet Secretary Opiyo Wandayi opened the pipeline committee's session in Nairobi "
     "on Monday. The cabinet secretary then met Ugandan Energy Minister Ruth Nankabirwa on the sidelines.",
     {"Wandayi", "Nankabirwa"}),
    ("Japanese Defence Minister Minoru Kihara arrived in Manila on Sunday for a two-day visit. The "
     "defence minister held talks with Philippine President Ferdinand Marcos Jr. on Monday.",
     {"Kihara", "Jr."}),
    ("External Affairs Minister Subrahmanyam Jaishankar held talks with his French counterpart Jean-Noel "
     "Barrot in Paris on Monday. The external affairs minister also met Fijian Prime Minister Sitiveni "
     "Rabuka.", {"Jaishankar", "Rabuka"}),
])
def test_a_bare_title_repeats_its_sole_holder(extractor: RulesExtractor, text: str, pair: set[str]) -> None:
    assert pair in _groups(extractor, text)


@pytest.mark.parametrize(("text", "met", "absent"), [
    # two foreign ministers named: "the foreign minister" may be either, so neither is guessed
    ("Brazilian Foreign Minister Mauro Vieira held talks with Argentine Foreign Minister Gerardo Werthein "
     "in Brasilia on Monday. The foreign minister also met Uruguayan President Yamandu Orsi.",
     "Orsi", {"Vieira", "Werthein"}),
    # the only president named is one met, not one who meets: a deputy is no "president"
    ("Vice President Kashim Shettima arrived in Accra on Monday. The president later met Ghanaian "
     "Finance Minister Cassiel Ato Forson.", "Forson", {"Shettima"}),
])
def test_a_bare_title_of_no_sole_holder_names_no_one(extractor: RulesExtractor, text: str, met: str,
                                                     absent: set[str]) -> None:
    groups = [group for group in _groups(extractor, text) if met in group]
    assert groups and all(not (absent & group) for group in groups)


# ------------------------------------------------------------------ "Rt. Hon." and "Hon." before a name

def _people(extractor: RulesExtractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in facts(extractor, text).people}


@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("Prime Minister of Nepal Rt. Hon. Pushpa Kamal Dahal held talks with Indian Prime Minister Narendra "
     "Modi in New Delhi on Monday.", "Pushpa Kamal Dahal", "Prime Minister", "Nepal"),
    ("The Speaker of the National Assembly of Zambia Rt. Hon. Nelly Mutti received the High Commissioner "
     "of Kenya on Monday.", "Nelly Mutti", "Speaker of the National Assembly", "Zambia"),
    ("Foreign Minister of Kenya Hon. Musalia Mudavadi met the Ambassador of Japan, Ken Okaniwa, in "
     "Nairobi on Monday.", "Musalia Mudavadi", "Foreign Minister", "Kenya"),
    ("The message came from the Minister for Foreign Affairs of Nepal Hon. Mr. Arzu Rana Deuba, who met "
     "Bangladeshi Foreign Minister Hasan Mahmud on Monday.", "Arzu Rana Deuba",
     "Minister for Foreign Affairs", "Nepal"),
    ("Uganda's Minister of State for Foreign Affairs Hon. Henry Okello Oryem met the Egyptian Ambassador "
     "Mohamed Sherif in Kampala on Monday.", "Henry Okello Oryem", "Minister of State for Foreign Affairs",
     "Uganda"),
    ("President of Uganda Yoweri Museveni received the Speaker of Parliament of Kenya Rt. Hon. Moses "
     "Wetangula at State House Entebbe on Monday.", "Moses Wetangula", "Speaker of Parliament", "Kenya"),
])
def test_a_courtesy_written_short_stays_before_its_name(extractor: RulesExtractor, text: str, name: str,
                                                        role: str, country: str) -> None:
    people = _people(extractor, text)
    assert people.get(name) == (role, country)
    assert not {"Rt", "Hon", "Rt.", "Hon."} & set(people)  # the courtesy is no one


@pytest.mark.parametrize("text", [
    "The convoy left Rt. 9 near Kampala on Monday, officials said.",
    "The Hon. members of the assembly debated the budget in Lusaka on Monday.",
    "The Rt. Rev. bishop led prayers in Kampala on Monday.",
])
def test_a_short_courtesy_with_no_name_after_it_is_no_one(extractor: RulesExtractor, text: str) -> None:
    assert _people(extractor, text) == {}


# ------------------------------------------------------------------ a style after "counterpart"

@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("Indian Prime Minister Narendra Modi on Tuesday held talks with his Bangladeshi counterpart Sheikh "
     "Hasina in New Delhi.", "Sheikh Hasina", "Prime Minister", "Bangladesh"),
    ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met his Kuwaiti counterpart Sheikh Ahmad "
     "Abdullah Al-Ahmad Al-Sabah in Doha on Monday.", "Ahmad Abdullah Al-Ahmad Al-Sabah", "Prime Minister",
     "Kuwait"),
    ("Egyptian Foreign Minister Badr Abdelatty met his Emirati counterpart Sheikh Abdullah bin Zayed in "
     "Cairo on Monday.", "Abdullah bin Zayed", "Foreign Minister", "United Arab Emirates"),
    ("Pakistani Prime Minister Shehbaz Sharif telephoned his Bangladeshi counterpart, Sheikh Hasina, on "
     "Monday.", "Sheikh Hasina", "Prime Minister", "Bangladesh"),
    ("Jordanian Foreign Minister Ayman Safadi received his Bahraini counterpart Sheikh Abdullatif bin "
     "Rashid Al Zayani in Amman on Monday.", "Abdullatif bin Rashid Al Zayani", "Foreign Minister",
     "Bahrain"),
])
def test_a_style_after_counterpart_is_no_office(extractor: RulesExtractor, text: str, name: str, role: str,
                                                country: str) -> None:
    assert _people(extractor, text).get(name) == (role, country)


@pytest.mark.parametrize(("text", "name", "role"), [
    # an office before the style is the role, counterpart or not
    ("Turkish President Recep Tayyip Erdogan met the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in "
     "Ankara on Monday.", "Tamim bin Hamad Al Thani", "Emir"),
    # "Sheikh" inside a tagged name is no style: the counterpart's office is told before it
    ("Kenyan President William Ruto met his Somali counterpart, President Hassan Sheikh Mohamud, in "
     "Nairobi on Monday.", "Hassan Sheikh Mohamud", "President"),
])
def test_an_office_before_the_style_stays_the_role(extractor: RulesExtractor, text: str, name: str,
                                                    role: str) -> None:
    assert _people(extractor, text)[name][0] == role


# ------------------------------------------------------------------ a name the tagger missed, met

@pytest.mark.parametrize(("text", "kind", "pair"), [
    ("President Tharman Shanmugaratnam hosted a reception for Indonesian Ambassador to Singapore Suryo "
     "Pratomo at the Istana on Monday.", "other", {"Shanmugaratnam", "Pratomo"}),
    ("Prime Minister Hun Manet hosted a farewell dinner for Thai Ambassador to Cambodia Prasas "
     "Prasasvinitchai in Phnom Penh on Monday.", "other", {"Manet", "Prasasvinitchai"}),
    ("Foreign Minister Bui Thanh Son held talks with Mongolian Ambassador to Vietnam Dorjkhand Togtokh in "
     "Hanoi on Monday.", "talks", {"Son", "Togtokh"}),
    ("President Ilham Aliyev met Kazakh Ambassador to Azerbaijan Serzhan Abdykarimov in Baku on Monday.",
     "talks", {"Aliyev", "Abdykarimov"}),
    ("President Ukhnaa Khurelsukh held talks with Kyrgyz Ambassador to Mongolia Kanybek Tumonbaev in "
     "Ulaanbaatar on Monday.", "talks", {"Khurelsukh", "Tumonbaev"}),
    ("Foreign Minister Vivian Balakrishnan met Bruneian High Commissioner to Singapore Pengiran Haji Sahari "
     "in Singapore on Monday.", "talks", {"Balakrishnan", "Sahari"}),
])
def test_a_titled_name_the_tagger_missed_takes_part(extractor: RulesExtractor, text: str, kind: str,
                                                    pair: set[str]) -> None:
    assert pair in _groups(extractor, text, kind)


@pytest.mark.parametrize(("text", "met", "absent"), [
    # who speaks of the meeting did not take part in it
    ("President Ilham Aliyev met business leaders in Baku on Monday, Kazakh Ambassador to Azerbaijan "
     "Serzhan Abdykarimov told reporters.", "Aliyev", "Abdykarimov"),
    # one whose leaving times the talks was not at them
    ("Foreign Minister Bui Thanh Son held talks with the Mongolian delegation in Hanoi on Monday, a week "
     "after Mongolian Ambassador to Vietnam Dorjkhand Togtokh left the country.", "Son", "Togtokh"),
])
def test_a_missed_name_outside_the_encounter_takes_no_part(extractor: RulesExtractor, text: str, met: str,
                                                           absent: str) -> None:
    groups = [group for group in _groups(extractor, text) if met in group]
    assert groups and all(absent not in group for group in groups)


# ------------------------------------------------------------------ "he" meets a counterpart of another state

@pytest.mark.parametrize(("text", "pair"), [
    ("Russian Foreign Minister Sergei Lavrov arrived in Havana on Monday. Cuban President Miguel Diaz-Canel "
     "welcomed the visit. On Tuesday, he held talks with his Cuban counterpart Bruno Rodriguez Parrilla.",
     {"Lavrov", "Parrilla"}),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar landed in Colombo on Monday. Sri Lankan "
     "President Anura Kumara Dissanayake praised the ties. Later, he met his Sri Lankan counterpart Vijitha "
     "Herath.", {"Jaishankar", "Herath"}),
    ("Japanese Foreign Minister Takeshi Iwaya arrived in Manila on Sunday. Philippine President Ferdinand "
     "Marcos Jr. hailed the alliance. On Monday, he held talks with his Philippine counterpart Enrique "
     "Manalo.", {"Iwaya", "Manalo"}),
    ("Turkish Foreign Minister Hakan Fidan arrived in Cairo on Monday. Egyptian President Abdel Fattah "
     "al-Sisi received a message from Ankara. Later, he held talks with his Egyptian counterpart Badr "
     "Abdelatty.", {"Fidan", "Abdelatty"}),
    ("German Foreign Minister Annalena Baerbock arrived in Warsaw on Monday. Polish President Andrzej Duda "
     "spoke of the war. On Tuesday, she met her Polish counterpart Radoslaw Sikorski.",
     {"Baerbock", "Sikorski"}),
])
def test_he_who_meets_a_counterpart_is_of_another_state(extractor: RulesExtractor, text: str,
                                                        pair: set[str]) -> None:
    assert pair in _groups(extractor, text)


@pytest.mark.parametrize(("text", "pair"), [
    # the last subject is of another state than the counterpart: he is that subject, as before
    ("Cuban President Miguel Diaz-Canel arrived in Moscow on Monday. Russian President Vladimir Putin "
     "welcomed him. Later, he held talks with his Cuban counterpart Bruno Rodriguez Parrilla.",
     {"Putin", "Parrilla"}),
    # a counterpart of no state named: the last subject, as before
    ("Russian Foreign Minister Sergei Lavrov arrived in Havana on Monday. Cuban President Miguel Diaz-Canel "
     "welcomed the visit. On Tuesday, he held talks with his counterpart Bruno Rodriguez Parrilla.",
     {"Diaz-Canel", "Parrilla"}),
])
def test_he_who_meets_a_counterpart_otherwise_is_the_last_subject(extractor: RulesExtractor, text: str,
                                                                  pair: set[str]) -> None:
    assert pair in _groups(extractor, text)


# ------------------------------------------------------------------ "his visiting … counterpart"

@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("Prime Minister Narendra Modi held talks with his visiting Nepali counterpart Pushpa Kamal Dahal on "
     "Monday.", "Pushpa Kamal Dahal", "Prime Minister", "Nepal"),
    ("Prime Minister Narendra Modi and his visiting Bangladeshi counterpart Sheikh Hasina will hold talks "
     "on Saturday.", "Sheikh Hasina", "Prime Minister", "Bangladesh"),
    ("Foreign Minister Wang Yi met his visiting Pakistani counterpart Ishaq Dar in Beijing on Monday.",
     "Ishaq Dar", "Foreign Minister", "Pakistan"),
    ("President William Ruto welcomed his incoming Somali counterpart Hassan Sheikh Mohamud at State House "
     "on Monday.", "Hassan Sheikh Mohamud", "President", "Somalia"),
    ("Defence Minister Rajnath Singh held talks with his new Australian counterpart Richard Marles in New "
     "Delhi on Monday.", "Richard Marles", "Defence Minister", "Australia"),
])
def test_a_visiting_counterpart_takes_the_title_and_state(extractor: RulesExtractor, text: str, name: str,
                                                          role: str, country: str) -> None:
    assert _people(extractor, text).get(name) == (role, country)


@pytest.mark.parametrize(("text", "name"), [
    # "visiting" before a title, not before "counterpart": the title is the role, as before
    ("Prime Minister Narendra Modi met visiting Nepali Prime Minister Pushpa Kamal Dahal on Monday.",
     "Pushpa Kamal Dahal"),
    # a visiting delegation's head is no one's counterpart
    ("Foreign Minister Wang Yi met the visiting Pakistani delegation led by Senator Mushahid Hussain in "
     "Beijing on Monday.", "Mushahid Hussain"),
])
def test_visiting_before_a_title_keeps_the_title(extractor: RulesExtractor, text: str, name: str) -> None:
    role = _people(extractor, text)[name][0]
    assert role is not None and role != "Foreign Minister"
