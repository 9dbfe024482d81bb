"""Constructions of people in real reports (round 18, issue 9), proved on our own wording (texts dated
Tuesday 6 May 2025): a portfolio's own noun before the name ("Secretary for Land Reform X"), portfolios
joined before one head ("Agriculture and Fisheries Minister X"), initials written as separate capitals
("Chief Minister M K Stalin") and a caption's position between name and apposition ("X (left), Minister
of …").
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _people(extractor: RulesExtractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in facts(extractor, text).people}


# ------------------------------------------------------------------ a portfolio's noun ends the portfolio

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Secretary for Land Reform Musa Ibrahim Kanu welcomed the Ghanaian delegation to Freetown.",
     "Musa Ibrahim Kanu", "Secretary for Land Reform"),
    ("Minister for National Reconciliation Thabo Nkosi hosted his Zimbabwean counterpart in Pretoria.",
     "Thabo Nkosi", "Minister for National Reconciliation"),
    ("Commissioner for Social Protection Grace Atieno signed the memorandum with Tanzanian officials.",
     "Grace Atieno", "Commissioner for Social Protection"),
    ("The talks were led by Adviser on the Reform Process Lucia Ferreira and Brazilian envoy Joao Lima.",
     "Lucia Ferreira", "Adviser on the Reform Process"),
    ("Deputy Minister for Overseas Indonesians Rahmat Hidayat visited Kuala Lumpur on Tuesday.",
     "Rahmat Hidayat", "Deputy Minister for Overseas Indonesians"),
    ("Chief Adviser on Climate Resilience Ana Lisboa spoke at the opening session in Lisbon.",
     "Ana Lisboa", "Chief Adviser on Climate Resilience"),
])
def test_a_portfolios_noun_is_no_given_name(extractor: RulesExtractor,
                                            text: str, name: str, role: str) -> None:
    people = _people(extractor, text)
    assert people.get(name, (None,))[0] == role
    assert not any(n.endswith(name) and n != name for n in people)


@pytest.mark.parametrize(("text", "name", "role"), [
    # three name words, or a given name with a common noun's ending, stay whole
    ("Minister for Foreign Affairs Maria Dolores Pangilinan met the Thai ambassador.",
     "Maria Dolores Pangilinan", "Minister for Foreign Affairs"),
    ("Special Envoy on Climate Change Ana Maria Santos arrived in Lima on Monday.",
     "Ana Maria Santos", "Special Envoy on Climate Change"),
    ("Minister of Justice Clement Mouamba met the Angolan envoy in Brazzaville.",
     "Clement Mouamba", "Minister of Justice"),
])
def test_a_name_after_a_portfolio_keeps_its_given_names(extractor: RulesExtractor, text: str, name: str,
                                                        role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ portfolios joined before one head

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Agriculture and Fisheries Minister Tevita Lolohea met Fijian officials in Suva.",
     "Tevita Lolohea", "Agriculture and Fisheries Minister"),
    ("Environment and Tourism Minister Xia Huo met Brazilian Ambassador Pedro Silva on Monday.",
     "Xia Huo", "Environment and Tourism Minister"),
    ("Trade and Industry Minister Kwame Mensah held talks with his Kenyan counterpart on Tuesday.",
     "Kwame Mensah", "Trade and Industry Minister"),
    ("Energy and Mines Minister Carlos Vega said Peru would sign the deal with Chile.",
     "Carlos Vega", "Energy and Mines Minister"),
    ("Finance and Planning Minister Ruth Okello and Kenyan Treasury Secretary John Mbadi signed the accord.",
     "Ruth Okello", "Finance and Planning Minister"),
])
def test_joined_portfolios_before_one_head_are_one_title(extractor: RulesExtractor, text: str, name: str,
                                                         role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


def test_a_joined_portfolio_keeps_the_state_before_it(extractor: RulesExtractor) -> None:
    people = _people(extractor, "Fiji's Health and Medical Services Minister Atonio Lalabalavu visited Apia.")
    assert people.get("Atonio Lalabalavu") == ("Health and Medical Services Minister", "Fiji")


@pytest.mark.parametrize(("text", "name", "role"), [
    # a state, or a title with its own head, before "and" is no portfolio of the title after it
    ("Ghana and Trade Minister Kofi Mensah were praised by the Nigerian press.", "Kofi Mensah",
     "Trade Minister"),
    ("The Deputy Prime Minister and Finance Minister Ishaq Dar met the Chinese ambassador.",
     "Ishaq Dar", "Finance Minister"),
])
def test_and_before_a_title_joins_no_portfolio(extractor: RulesExtractor, text: str, name: str,
                                               role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ initials as separate capitals

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Chief Minister M K Stalin received the Singaporean delegation in Chennai.", "M K Stalin",
     "Chief Minister"),
    ("Governor R N Ravi met the visiting Japanese envoy on Friday.", "R N Ravi", "Governor"),
    ("Bangladesh's Foreign Secretary M A Rahman held talks with his Indian counterpart.",
     "M A Rahman", "Foreign Secretary"),
    ("Prime Minister K P Sharma Oli held talks with Chinese Premier Li Qiang in Beijing.",
     "K P Sharma Oli", "Prime Minister"),
])
def test_separate_initials_open_a_titled_name(extractor: RulesExtractor, text: str, name: str,
                                              role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


def test_separate_initials_after_counterpart(extractor: RulesExtractor) -> None:
    people = _people(extractor, "The ambassador met her Sri Lankan counterpart D M Perera in Colombo.")
    assert "D M Perera" in people


@pytest.mark.parametrize(("text", "name"), [
    # a state's short name is no initial
    ("Trade Minister Kofi Mensah signed a deal with the US Agency for Development.", "Kofi Mensah"),
    ("Foreign Minister Ama Serwaa met UK Trade Envoy Paul Jones in London.", "Paul Jones"),
])
def test_a_states_code_is_no_initial(extractor: RulesExtractor, text: str, name: str) -> None:
    people = _people(extractor, text)
    assert name in people
    assert not any(n.startswith(("US ", "UK ")) for n in people)


# ------------------------------------------------------------------ a caption's position before the title

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Joseph Osei (second left), Ghana's Minister of Trade, tours the factory with Chinese investors.",
     "Joseph Osei", "Minister of Trade"),
    ("Amina Bello (centre), Minister of State for Foreign Affairs of Nigeria, addresses the forum in Abuja.",
     "Amina Bello", "Minister of State for Foreign Affairs"),
    ("Pictured: Helen Clark (front row), chair of the panel, with Samoan officials.", "Helen Clark", "chair"),
    ("Murray Hill (right), Minister of Foreign Affairs, meets island officials in Funafuti.",
     "Murray Hill", "Minister of Foreign Affairs"),
    ("Taukelina Finikaso (left), Minister for Foreign Affairs of Tuvalu, greets the visiting delegation.",
     "Taukelina Finikaso", "Minister for Foreign Affairs"),
])
def test_a_captions_position_stands_between_name_and_title(extractor: RulesExtractor, text: str, name: str,
                                                           role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name"), [
    # a bracket that is no position, and a position with no title after it
    ("Kofi Adu (NPP), the member for Tema, spoke in parliament yesterday about the Chinese deal.",
     "Kofi Adu"),
    ("Ana Costa (left) and Rui Silva (right) shake hands after the signing in Lisbon.", "Rui Silva"),
])
def test_a_bracket_that_is_no_caption_gives_no_title(extractor: RulesExtractor, text: str, name: str) -> None:
    assert _people(extractor, text).get(name, (None, None))[0] is None


# --------------------------------------------------------------- a state's name as a given name after a title

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Foreign Minister Israel Katz met the Cypriot envoy in Jerusalem on Monday.", "Israel Katz",
     "Foreign Minister"),
    ("Deputy Minister Jordan Mensah received the Egyptian delegation in Accra.", "Jordan Mensah",
     "Deputy Minister"),
    ("Trade Secretary Georgia Whitfield signed the memorandum with Indian officials.",
     "Georgia Whitfield", "Trade Secretary"),
    ("Foreign Secretary Bharat Raj Paudyal called on the Chinese Foreign Minister in Beijing.",
     "Bharat Raj Paudyal", "Foreign Secretary"),
    ("Ambassador Chad Robertson presented his credentials in Nairobi.", "Chad Robertson", "Ambassador"),
])
def test_a_states_name_after_a_title_is_a_given_name(extractor: RulesExtractor, text: str, name: str,
                                                     role: str) -> None:
    people = _people(extractor, text)
    assert people.get(name) == (role, None)


@pytest.mark.parametrize(("text", "name", "country"), [
    # a state after "of" or before the title stays the holder's state
    ("The President of Ghana Nana Akufo-Addo met Kenyan President William Ruto in Accra.", "Nana Akufo-Addo",
     "Ghana"),
    ("Kenyan President William Ruto met the delegation in Nairobi on Monday.", "William Ruto", "Kenya"),
])
def test_a_state_before_the_title_stays_the_holders(extractor: RulesExtractor, text: str, name: str,
                                                    country: str) -> None:
    assert _people(extractor, text).get(name, (None, None))[1] == country


# ------------------------------------------------------------------ "the People's Republic of …" in a title

@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("Wang Lin, Vice Minister of Commerce of the People's Republic of China, led the Chinese side in Lima.",
     "Wang Lin", "Vice Minister of Commerce", "China"),
    ("Li Hua, Ambassador of the People’s Republic of China to Kenya, called on the Kenyan minister.",
     "Li Hua", "Ambassador", "China"),
    ("Zhou Ping, Minister of Agriculture of the People’s Republic of China, toured the Ugandan farms.",
     "Zhou Ping", "Minister of Agriculture", "China"),
    ("Han Jin, Consul General of the People's Republic of China in Lagos, met the Nigerian governor.",
     "Han Jin", "Consul General", "China"),
    ("Sun Lei, Vice Minister of Foreign Affairs of the People’s Republic of China, led the delegation.",
     "Sun Lei", "Vice Minister of Foreign Affairs", "China"),
])
def test_the_peoples_republic_is_the_state_not_the_title(extractor: RulesExtractor, text: str, name: str,
                                                         role: str, country: str) -> None:
    assert _people(extractor, text).get(name) == (role, country)


@pytest.mark.parametrize(("text", "name", "role"), [
    # a body named for the people stays in the title
    ("Chen Yu, Deputy Director of the People’s Bank of China, joined the talks in Jakarta.", "Chen Yu",
     "Deputy Director of the People’s Bank of China"),
    ("Tran Minh, Vice Chairman of the People's Committee of Hanoi, welcomed the Lao delegation.", "Tran Minh",
     "Vice Chairman of the People's Committee of Hanoi"),
])
def test_a_peoples_body_stays_in_the_title(extractor: RulesExtractor,
                                           text: str, name: str, role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ particles inside a name after a portfolio

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Secretary for Foreign Policy Maria del Carmen Squeff led the Argentine side in Manila.",
     "Maria del Carmen Squeff", "Secretary for Foreign Policy"),
    ("Minister of Health Ana de la Cruz Ramos visited the Peruvian hospital.", "Ana de la Cruz Ramos",
     "Minister of Health"),
    ("Undersecretary for Trade Juan de Dios Perez met Chilean officials in Lima.", "Juan de Dios Perez",
     "Undersecretary for Trade"),
    ("Minister of Fisheries Rosa da Silva Costa met the Angolan minister in Luanda.", "Rosa da Silva Costa",
     "Minister of Fisheries"),
    ("Secretary of Culture Luis van den Bosch Arias welcomed the Dutch delegation.",
     "Luis van den Bosch Arias",
     "Secretary of Culture"),
    ("Secretary of Energy Rocio del Pilar Nahle visited the Cuban refinery.", "Rocio del Pilar Nahle",
     "Secretary of Energy"),
    ("Minister for Mines Jose de los Santos Mora met the Bolivian delegation.", "Jose de los Santos Mora",
     "Minister for Mines"),
])
def test_particles_inside_a_name_after_a_portfolio(extractor: RulesExtractor, text: str, name: str,
                                                   role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Director for Cooperation Hans van der Berg signed the grant with Ghanaian officials.",
     "Hans van der Berg",
     "Director for Cooperation"),
    ("Minister of Energy Carlos Vega de Souza met the Bolivian minister in Brasilia.", "Carlos Vega de Souza",
     "Minister of Energy"),
])
def test_particles_that_already_read_right(extractor: RulesExtractor,
                                           text: str, name: str, role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ a desk's region is no state

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Assistant Secretary for American Affairs Maria Lumen Isleta joined the talks in Washington.",
     "Maria Lumen Isleta", "Assistant Secretary for American Affairs"),
    ("Assistant Secretary for Russian Affairs Anna Petrova met the Kazakh envoy.", "Anna Petrova",
     "Assistant Secretary for Russian Affairs"),
    ("Director of Chinese Affairs Tomas Lindqvist met the visiting delegation in Stockholm.",
     "Tomas Lindqvist",
     "Director of Chinese Affairs"),
    ("Special Envoy for Afghan Affairs Rahim Sadat met Pakistani officials in Islamabad.", "Rahim Sadat",
     "Special Envoy for Afghan Affairs"),
    ("Deputy Director for Japanese Affairs Kim Soo-jin briefed the Korean press.", "Kim Soo-jin",
     "Deputy Director for Japanese Affairs"),
])
def test_a_desks_region_stays_in_the_title(extractor: RulesExtractor,
                                           text: str, name: str, role: str) -> None:
    assert _people(extractor, text).get(name) == (role, None)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Canadian Minister of Foreign Affairs Melanie Joly met her Indian counterpart.", "Melanie Joly",
     "Canada"),
    ("Deputy Minister of Foreign Affairs of Peru Ana Cecilia Gervasi met Chilean officials.",
     "Ana Cecilia Gervasi",
     "Peru"),
])
def test_foreign_affairs_keeps_the_holders_state(extractor: RulesExtractor, text: str, name: str,
                                                 country: str) -> None:
    assert _people(extractor, text).get(name, (None, None))[1] == country


# ------------------------------------------------------------------ a caption's kicker in capitals

@pytest.mark.parametrize(("text", "name", "role"), [
    ("HANDSHAKE DIPLOMACY Trade Minister Ama Serwaa greets Vietnamese envoy Tran Van Minh in Accra.",
     "Ama Serwaa", "Trade Minister"),
    ("NEW PARTNERS Energy Minister Ruth Okello meets the Ugandan envoy in Nairobi.", "Ruth Okello",
     "Energy Minister"),
    ("GOOD NEIGHBOURS Interior Minister Amina Diallo receives the Malian ambassador in Dakar.",
     "Amina Diallo",
     "Interior Minister"),
    ("STRONGER TIES Defence Minister Marles Richards greets the Japanese delegation in Canberra.",
     "Marles Richards", "Defence Minister"),
    ("BILATERAL MEETING Foreign Affairs Secretary Alan Cruz (left) greets his Korean counterpart.",
     "Alan Cruz",
     "Foreign Affairs Secretary"),
    ("WORKING VISIT Health Minister Kwame Boateng tours the clinic with Cuban doctors.", "Kwame Boateng",
     "Health Minister"),
])
def test_a_captions_kicker_is_no_part_of_the_title(extractor: RulesExtractor, text: str, name: str,
                                                   role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name", "role"), [
    # a body's short name in capitals stays
    ("The ASEAN Secretary-General Kao Kim Hourn met the Thai foreign minister.", "Kao Kim Hourn",
     "ASEAN Secretary-General"),
    ("UN FAO Director-General Qu Dongyu visited Kigali on Monday.", "Qu Dongyu", "UN FAO Director-General"),
])
def test_a_bodys_capitals_stay_in_the_title(extractor: RulesExtractor,
                                            text: str, name: str, role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# -------------------------------------------------------------- names listed with their titles between commas

@pytest.mark.parametrize(("text", "name", "role"), [
    ("On the occasion, Bishnu Shrestha, ambassador of Nepal to China, Lok Bahadur Thapa, joint secretary "
     "at the "
     "Foreign Ministry, and other officials were present.", "Lok Bahadur Thapa", "joint secretary"),
    ("Present were Ama Serwaa, the trade minister, Kofi Adu, deputy foreign minister, and two envoys.",
     "Kofi Adu", "deputy foreign minister"),
    ("The team comprised Ravi Kumar, additional secretary of commerce, Priya Nair, director of exports, and "
     "trade officials.", "Priya Nair", "director"),
    ("Attending were Pedro Alves, the energy minister, Rui Gomes, deputy finance minister, and the two "
     "envoys.",
     "Rui Gomes", "deputy finance minister"),
    ("With him were Omar Haddad, the Jordanian ambassador, Sami Nasser, deputy trade minister, and aides.",
     "Sami Nasser", "deputy trade minister"),
])
def test_a_title_between_commas_is_the_name_before(extractor: RulesExtractor, text: str, name: str,
                                                   role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name", "role"), [
    # a title opening the sentence, or after a place, is the name's after it
    ("President of Belarus, Aleksandr Lukashenko, met the Pakistani delegation in Minsk.",
     "Aleksandr Lukashenko", "President"),
    ("In Minsk, Minister of Foreign Affairs of Belarus, Maxim Ryzhenkov, met the Pakistani delegation.",
     "Maxim Ryzhenkov", "Minister of Foreign Affairs"),
])
def test_a_title_before_a_comma_still_heads_the_name_after(extractor: RulesExtractor, text: str, name: str,
                                                           role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ "the Honourable" after a comma

@pytest.mark.parametrize(("text", "name", "role"), [
    ("A team including Minister of Foreign Affairs and International Cooperation, the Honourable Hugh Todd, "
     "attended the meeting.", "Hugh Todd", "Minister of Foreign Affairs and International Cooperation"),
    ("Also present was the Minister of Tourism, the Honourable Lisa Cummins, who welcomed the Indian "
     "visitors.",
     "Lisa Cummins", "Minister of Tourism"),
    ("The talks were opened by Minister of Trade, the Honourable Kerrie Blades, in Bridgetown.",
     "Kerrie Blades",
     "Minister of Trade"),
    ("Representing Belize was Minister of Foreign Affairs, the Honourable Francis Fonseca, who met the "
     "Mexican "
     "envoy.", "Francis Fonseca", "Minister of Foreign Affairs"),
    ("Attending were the Attorney General, the Honourable Dale Marshall, and the Cuban ambassador.",
     "Dale Marshall", "Attorney General"),
])
def test_the_honourable_after_a_comma_names_the_title_holder(extractor: RulesExtractor, text: str, name: str,
                                                             role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name", "role"), [
    # a title in apposition to an earlier name is not the courtesy's holder's
    ("Bola Tinubu, President of Nigeria, the Honourable Musa Sani and others attended.", "Bola Tinubu",
     "President"),
    ("The Honourable Mia Mottley, Prime Minister of Barbados, opened the conference.", "Mia Mottley",
     "Prime Minister"),
])
def test_the_honourable_leaves_other_titles_alone(extractor: RulesExtractor, text: str, name: str,
                                                  role: str) -> None:
    people = _people(extractor, text)
    assert people.get(name, (None,))[0] == role
    assert all(r is None or "President" not in r for n, (r, _) in people.items() if n != name)


# ----------------------------------------------------------- a title after "and", its holder after a courtesy

@pytest.mark.parametrize(("text", "name", "role"), [
    ("The delegation included Foreign Secretary Robert Persaud and Permanent Secretary of the Ministry of "
     "Foreign Affairs, Mrs Elizabeth Harper.", "Elizabeth Harper", "Permanent Secretary of the Ministry of "
     "Foreign Affairs"),
    ("Joining him were Trade Minister Ali Khan and Deputy Minister of Finance, Mr Omar Farooq, in Doha.",
     "Omar Farooq", "Deputy Minister of Finance"),
    ("The team comprised Ambassador Rosa Lima and Director of Consular Affairs, Ms Ines Prado, who met the "
     "Chilean side.", "Ines Prado", "Director of Consular Affairs"),
    ("Present were Governor Tunde Bello and Commissioner of Commerce, Dr Amaka Obi, at the Lagos forum.",
     "Amaka Obi", "Commissioner of Commerce"),
    ("He was received by Mayor Lars Berg and Head of Protocol, Mr Erik Lund, at the city hall.", "Erik Lund",
     "Head of Protocol"),
])
def test_a_title_after_and_heads_the_courtesy_name(extractor: RulesExtractor, text: str, name: str,
                                                   role: str) -> None:
    people = _people(extractor, text)
    assert people.get(name, (None,))[0] == role


def test_the_first_name_keeps_its_own_title(extractor: RulesExtractor) -> None:
    people = _people(extractor, "Joining him were Trade Minister Ali Khan and Deputy Minister of Finance, "
                                "Mr Omar Farooq, in Doha.")
    assert people.get("Ali Khan", (None,))[0] == "Trade Minister"


# ------------------------------------------------------------------ "Secretary of State of the United States"

@pytest.mark.parametrize(("text", "name"), [
    ("The minister met the Secretary of State of the United States, Antony Blinken, on Monday.",
     "Antony Blinken"),
    ("The letter was addressed to the Secretary of State of the United States of America, Mr. Marco Rubio.",
     "Marco Rubio"),
    ("Hillary Clinton, Secretary of State of the United States, arrived in Hanoi.", "Hillary Clinton"),
    ("John Kerry, the Secretary of State of the United States of America, met the Cuban minister.",
     "John Kerry"),
    ("Talks were held with Secretary of State of the United States Mike Pompeo in Pyongyang.", "Mike Pompeo"),
])
def test_secretary_of_state_before_a_formal_state_name(extractor: RulesExtractor,
                                                       text: str, name: str) -> None:
    assert _people(extractor, text).get(name) == ("Secretary of State", "United States")


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Ivan Petrov, President of the Republic of Bulgaria, met the Greek envoy.", "Ivan Petrov", "President"),
    ("Ana Lima, Minister of Foreign Affairs of the Republic of Angola, met the Cuban envoy.", "Ana Lima",
     "Minister of Foreign Affairs"),
    ("Aziz Karimov, Minister of State of the Republic of Uzbekistan, visited Baku.", "Aziz Karimov",
     "Minister of State"),
])
def test_a_states_formal_name_leaves_the_office(extractor: RulesExtractor, text: str, name: str,
                                                role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ letters after a name

@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Right Hon. James Cleverly, MP, Secretary of State for Foreign Affairs of the UK, served as "
     "co-chair.",
     "James Cleverly", "Secretary of State for Foreign Affairs"),
    ("Dr. Carla Barnett, CBE, Secretary General of CARICOM, spoke at the opening.", "Carla Barnett",
     "Secretary General of CARICOM"),
    ("Sir Ronald Sanders, KCMG, Ambassador of Antigua and Barbuda to the United States, met OAS officials.",
     "Ronald Sanders", "Ambassador"),
    ("Daniel Lee, MP, Minister for Pacific Affairs, visited Suva on Tuesday.", "Daniel Lee",
     "Minister for Pacific Affairs"),
    ("Helen Ward, OBE, High Commissioner to Ghana, hosted the reception in Accra.", "Helen Ward",
     "High Commissioner"),
])
def test_letters_after_a_name_stand_before_its_title(extractor: RulesExtractor, text: str, name: str,
                                                     role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Kofi Adu, MP, said the agreement would help farmers in his constituency.", "Kofi Adu", "MP"),
    ("Ama Serwaa, MP for Tema, welcomed the Chinese investors.", "Ama Serwaa", "MP for Tema"),
])
def test_mp_alone_stays_the_title(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ states named with "and"

@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("Jaishankar met with Amery Browne, the Foreign Minister of Trinidad and Tobago.", "Amery Browne",
     "Foreign Minister", "Trinidad and Tobago"),
    ("The Prime Minister of Antigua and Barbuda Gaston Browne met the Chinese ambassador in St John's.",
     "Gaston Browne", "Prime Minister", "Antigua and Barbuda"),
    ("Bosnia and Herzegovina Foreign Minister Elmedin Konakovic met his Turkish counterpart in Ankara.",
     "Elmedin Konakovic", "Foreign Minister", "Bosnia and Herzegovina"),
    ("Ralph Gonsalves, Prime Minister of Saint Vincent and the Grenadines, addressed the summit.",
     "Ralph Gonsalves", "Prime Minister", "Saint Vincent and the Grenadines"),
    ("Keith Rowley, the Prime Minister of Trinidad and Tobago, received the Indian minister.", "Keith Rowley",
     "Prime Minister", "Trinidad and Tobago"),
])
def test_a_state_named_with_and_is_one_state(extractor: RulesExtractor, text: str, name: str, role: str,
                                             country: str) -> None:
    assert _people(extractor, text).get(name) == (role, country)


@pytest.mark.parametrize(("text", "name", "role"), [
    # two states joined by "and" stay two
    ("Ghana and Peru signed the agreement witnessed by President John Mahama.", "John Mahama", "President"),
    ("Kenya and Foreign Minister Musalia Mudavadi were praised by the Ugandan press.", "Musalia Mudavadi",
     "Foreign Minister"),
])
def test_two_states_joined_by_and_stay_two(extractor: RulesExtractor,
                                           text: str, name: str, role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ a dash with spaces before a title

@pytest.mark.parametrize(("text", "name", "role"), [
    ("The delegation met Mr. Shinichi Nakatani – Parliamentary Vice Minister for Foreign Affairs.",
     "Shinichi Nakatani", "Parliamentary Vice Minister for Foreign Affairs"),
    ("The mission called on Ms. Ana Ruiz – Deputy Minister of Trade, who received them in Madrid.",
     "Ana Ruiz", "Deputy Minister of Trade"),
    ("Talks were held with Dr. Kwesi Mensah — Minister for Roads and Highways.", "Kwesi Mensah",
     "Minister for Roads"),
    ("The envoy was welcomed by Lars Berg – State Secretary for Foreign Affairs in Oslo.", "Lars Berg",
     "State Secretary for Foreign Affairs"),
    ("She met Priya Rao – Joint Secretary for the Gulf at the External Affairs Ministry.", "Priya Rao",
     "Joint Secretary for the Gulf"),
])
def test_a_dash_sets_off_the_title_after_a_name(extractor: RulesExtractor, text: str, name: str,
                                                role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name"), [
    # a dash before a description or a clause gives no title
    ("The minister praised Tom Bell – a farmer from Kisumu – for his work.", "Tom Bell"),
    ("Kamau Njoroge – who chairs the trade council – welcomed the Ugandan traders.", "Kamau Njoroge"),
])
def test_a_dash_before_no_title_gives_none(extractor: RulesExtractor, text: str, name: str) -> None:
    assert _people(extractor, text).get(name, (None, None))[0] is None


@pytest.mark.parametrize(("text", "name", "role"), [
    # Kenya's orders after a name, as letters
    ("Amb. Macharia Kamau, CBS, Principal Secretary of Foreign Affairs, visited Tokyo.", "Macharia Kamau",
     "Principal Secretary of Foreign Affairs"),
    ("Dr Amina Hassan, EGH, Cabinet Secretary for Trade, met the Ethiopian minister.", "Amina Hassan",
     "Cabinet Secretary for Trade"),
    ("Ms Jane Wambui, OGW, Ambassador of Kenya to Japan, hosted the reception.", "Jane Wambui", "Ambassador"),
])
def test_orders_after_a_name_stand_before_its_title(extractor: RulesExtractor, text: str, name: str,
                                                    role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------ initials before given names the tagger left out

@pytest.mark.parametrize(("text", "name", "role"), [
    ("He will also meet Prime Minister Sheikh Hasina and Foreign Minister AH Mahmood Ali.", "AH Mahmood Ali",
     "Foreign Minister"),
    ("Foreign Minister AH Mahmood Ali welcomed the Nepali delegation in Dhaka.", "AH Mahmood Ali",
     "Foreign Minister"),
    ("The envoy then met Foreign Minister AH Mahmood Ali and State Minister M Shahriar Alam.",
     "AH Mahmood Ali",
     "Foreign Minister"),
    ("Foreign Adviser M Touhid Hossain received the Japanese ambassador in Dhaka.", "M Touhid Hossain",
     "Foreign Adviser"),
    ("Energy Adviser M Fouzul Kabir Khan met the Qatari delegation.", "M Fouzul Kabir Khan",
     "Energy Adviser"),
])
def test_initials_before_given_names_are_no_title(extractor: RulesExtractor, text: str, name: str,
                                                  role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Indian side was led by Finance Minister V K Singh and the Bhutanese side.", "V K Singh",
     "Finance Minister"),
    ("Planning Minister MA Mannan met the Japanese delegation in Dhaka.", "MA Mannan", "Planning Minister"),
    ("The US envoy met Foreign Minister Ali Sabry in Colombo.", "Ali Sabry", "Foreign Minister"),
])
def test_initials_already_read_right(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


# ------------------------------------------------------------------ a title in brackets after a name

@pytest.mark.parametrize(("text", "name", "role"), [
    ("The delegation is led by Olita Tupou (Deputy Secretary, Prime Minister's Office) and includes two "
     "officials.", "Olita Tupou", "Deputy Secretary"),
    ("The team comprised Leonaitasi Kuluni (Deputy Secretary, Ministry of Foreign Affairs) and Inoke Finau "
     "(Chief Legal Officer, Tonga Police).", "Leonaitasi Kuluni", "Deputy Secretary"),
    ("The team comprised Leonaitasi Kuluni (Deputy Secretary, Ministry of Foreign Affairs) and Inoke Finau "
     "(Chief Legal Officer, Tonga Police).", "Inoke Finau", "Chief Legal Officer"),
    ("Also present were Mele Vaka (Director of Trade) and Sione Lolo (Chief Executive, Ministry of "
     "Fisheries).", "Mele Vaka", "Director of Trade"),
    ("Also present were Mele Vaka (Director of Trade) and Sione Lolo (Chief Executive, Ministry of "
     "Fisheries).", "Sione Lolo", "Chief Executive"),
])
def test_a_title_in_brackets_after_a_name(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert _people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize(("text", "name"), [
    # a party or a photograph's position in brackets is no title
    ("Kofi Adu (NPP), the member for Tema, spoke in parliament yesterday.", "Kofi Adu"),
    ("The Prime Minister welcomed the visitors, with Rua Tane (right) and Mere Ata (left) looking on.",
     "Rua Tane"),
])
def test_brackets_without_a_title_give_none(extractor: RulesExtractor, text: str, name: str) -> None:
    assert _people(extractor, text).get(name, (None, None))[0] is None


# ------------------------------------------------------------------ "Hon" and "Rt" written without stops

@pytest.mark.parametrize(("text", "name"), [
    ("He made a courtesy visit to the Prime Minister, Hon Manasseh Sogavare, on Tuesday.",
     "Manasseh Sogavare"),
    ("The Rt Hon Chris Hipkins met the Fijian Prime Minister in Suva.", "Chris Hipkins"),
    ("The talks were chaired by Hon Jeremiah Manele and Hon Peter Agovaka.", "Peter Agovaka"),
    ("Hon Fiame Naomi Mataafa, Prime Minister of Samoa, welcomed the delegation.", "Fiame Naomi Mataafa"),
    ("The minister was received by Speaker Hon Patteson Oti at the National Parliament.", "Patteson Oti"),
])
def test_hon_without_a_stop_is_no_name_word(extractor: RulesExtractor, text: str, name: str) -> None:
    people = _people(extractor, text)
    assert name in people
    assert not any(n.startswith("Hon ") for n in people)


@pytest.mark.parametrize(("text", "name"), [
    # "Hon" inside a name stays
    ("Ho Hon Kin, the Malaysian envoy, met the Thai trade minister.", "Ho Hon Kin"),
    ("Lee Hon Wai, the Singaporean ambassador, met the Indonesian minister.", "Lee Hon Wai"),
])
def test_hon_inside_a_name_stays(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in _people(extractor, text)
