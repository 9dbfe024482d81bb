"""Constructions seen in real agency, ministry and regional reports outside the development sets.
Our own wording throughout.

Instruments: a list of documents under a line ending in ":" whose items each end in ";" (no bullet
marks) gives one document per line, and a "document" that heads such a line is one; two acts on
one thing named once ("the promotion and protection of investments", "investment protection and
promotion") are one subject; a legislature's own name ("the House", "the Rada") ratifies; "in the
interests of", "in the spirit of", "in the presence of" open no subject; a name given by
"titled"/"called"/"named" is the document's subject. People: an office-holder's seat ("at the
Prime Minister's Office, Mr. X") is no title of the name after it. Commitments: how long an event
lasts is no promise; "will be effective from" is told once. Figures: "the two central banks" are the
pair's, one each. Meetings: a visit called postponed or rescheduled is not held, unless a past verb
says it took place.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from accord.extract.rules import RulesExtractor
from tests import test_instruments
from tests.extract_support import facts
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py

DAY = date(2031, 5, 12)


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, DAY, "Lima")


# -- a list whose items end in ";" under a line ending in ":" -------------------------------------

@pytest.mark.parametrize(("text", "subjects"), [
    ("The ministers then signed four documents:\n\nA memorandum on fisheries;\n\nAn agreement on air "
     "services;\n\nA protocol on customs;\n\nA memorandum on youth exchanges.",
     ["fisheries", "air services", "customs", "youth exchanges"]),
    ("In the presence of the leaders, five texts were signed:\n\nA memorandum on visa exemption;\n\n"
     "An accord on tourism;\n\nA protocol on plant quarantine.",
     ["visa exemption", "tourism", "plant quarantine"]),
    ("Three texts were inked at the ceremony:\n\nAn agreement between the interior ministries on "
     "police training;\n\nA memorandum on geology;\n\nAn agreement on cultural heritage.",
     ["interior ministries on police training", "geology", "cultural heritage"]),
    ("Among the documents signed were these:\n\nA memorandum on sport;\n\nAn agreement on road transport;"
     "\n\nA protocol on rail freight.", ["sport", "road transport", "rail freight"]),
    ("Kenya and Chile signed the following:\n\nA memorandum on mining;\n\nA memorandum on wine trade;\n\n"
     "An agreement on the mutual recognition of diplomas.",
     ["mining", "wine trade", "mutual recognition of diplomas"]),
])
def test_items_ending_in_semicolons_under_a_colon_are_documents(find: Find, text: str,
                                                                 subjects: list[str]) -> None:
    found = find(text)
    assert [s for s in subjects if not any(s in i.subject for i in found)] == [], \
        [(i.subject, i.status) for i in found]
    assert {i.status for i in found} == {"signed"}


@pytest.mark.parametrize("text", [
    "The talks covered trade;\n\nA memorandum on fisheries is still being drafted.",
    "The minister said the plan was ambitious;\nAn agreement on ports would need more work.",
])
def test_a_line_after_a_semicolon_with_no_colon_above_is_no_list(find: Find, text: str) -> None:
    assert [i.status for i in find(text) if i.status == "signed"] == []


@pytest.mark.parametrize(("text", "subject"), [
    ("Ten documents were signed:\n\nA tourism cooperation document between the two agencies;\n\n"
     "An agreement on roads.", "tourism cooperation document"),
    ("The following were signed:\n\nA document on scientific cooperation between the academies;\n\n"
     "A memorandum on ports.", "document on scientific cooperation"),
    ("The documents signed are:\n- a document on water management\n- a memorandum on ports",
     "document on water management"),
    ("Signed during the visit:\n\nA cooperation document between the two customs services;\n\n"
     "A memorandum on fisheries.", "cooperation document"),
    ("The leaders witnessed the signing of:\n1. a document on the exchange of students\n2. an MoU on health",
     "document on the exchange of students"),
])
def test_a_document_heading_a_list_line_is_one(find: Find, text: str, subject: str) -> None:
    assert any(subject in i.subject for i in find(text)), [i.subject for i in find(text)]


@pytest.mark.parametrize("text", [
    "Reporters were shown the following:\n\nA document seen by the agency;\n\nA map of the border.",
    "A document on scientific cooperation between the academies is being discussed.",
])
def test_a_document_that_is_no_list_item_of_signed_texts_is_none(find: Find, text: str) -> None:
    assert [i.subject for i in find(text) if i.status == "signed"] == []


# -- two acts on one thing -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "subjects"), [
    ("Kenya and Ghana signed two agreements on investment protection and promotion and air services.",
     ["investment protection and promotion", "air services"]),
    ("The cabinet cleared agreements on the development and protection of capital investment and on "
     "road transport.", ["development and protection of capital investment", "road transport"]),
    ("They signed MoUs on trade facilitation and promotion, health and tourism.",
     ["trade facilitation and promotion", "health", "tourism"]),
    ("They signed memoranda on the prevention and control of animal diseases and on tourism.",
     ["prevention and control of animal diseases", "tourism"]),
    ("Deals on the conservation and sustainable use of fisheries were signed.",
     ["conservation and sustainable use of fisheries"]),
])
def test_two_acts_on_one_thing_are_one_subject(find: Find, text: str, subjects: list[str]) -> None:
    assert [i.subject for i in find(text)] == subjects


@pytest.mark.parametrize(("text", "subjects"), [
    ("They signed MoUs on disaster management and training.", ["disaster management", "training"]),
    ("They signed MoUs on culture and promotion of tourism.", ["culture", "promotion of tourism"]),
])
def test_a_field_of_its_own_after_and_stays_apart(find: Find, text: str, subjects: list[str]) -> None:
    assert [i.subject for i in find(text)] == subjects


# -- a legislature by its own name -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The House of Representatives on Monday approved the trade agreement signed with Peru in May.",
    "Ukraine's Rada approved the air services agreement with Chile.",
    "The Knesset passed the double taxation treaty with Ghana on Tuesday.",
    "Mongolia's State Great Khural approved the mining agreement with Kenya.",
    "Senators approved the extradition treaty with Peru.",
])
def test_a_legislature_named_by_its_house_ratifies(find: Find, text: str) -> None:
    assert [i.status for i in find(text)] == ["ratified"]


@pytest.mark.parametrize("text", [
    "The cabinet approved the draft memorandum on tourism with Oman.",
    "The council of ministers approved the agreement on fisheries with Chile.",
])
def test_a_cabinet_approval_still_readies_for_signing(find: Find, text: str) -> None:
    assert [i.status for i in find(text)] == ["planned"]


# -- set phrases after "in" ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The two sides signed an agreement in the interest of regional peace.",
    "\"We will sign more such agreements in the interests of our peoples,\" she said.",
    "They signed three memoranda in the framework of the joint commission.",
    "The accord was signed in the spirit of friendship.",
    "Two agreements were signed in the presence of the two presidents.",
])
def test_a_set_phrase_after_in_is_no_subject(find: Find, text: str) -> None:
    assert [i.subject for i in find(text)] == []


@pytest.mark.parametrize(("text", "subjects"), [
    ("They signed MoUs in the fields of health and energy.", ["health", "energy"]),
    ("They signed an agreement in the area of fisheries.", ["agreement in the area of fisheries"]),
])
def test_a_field_after_in_the_stays_a_subject(find: Find, text: str, subjects: list[str]) -> None:
    assert [i.subject for i in find(text)] == subjects


# -- a name given by a participle ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("The second agreement titled Standard Operating Procedure for Movement of Vehicles was signed on "
     "the day.", "Standard Operating Procedure for Movement of Vehicles"),
    ("An accord called the Blue Corridor Framework was signed by the two ministers.",
     "Blue Corridor Framework"),
    ("The two countries signed a document named Roadmap for Cooperation 2026-2028.",
     "Roadmap for Cooperation 2026-2028"),
    ("A trade agreement, titled the Comprehensive Economic Partnership Agreement, was signed in Lima.",
     "Comprehensive Economic Partnership Agreement"),
    ("Ghana and Peru signed a memorandum dubbed Cocoa Bridge on Monday.", "Cocoa Bridge"),
])
def test_a_name_given_by_a_participle_is_the_subject(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize("text", [
    "They signed an agreement called for by the summit.",
    "He showed reporters a document called the Blue Book.",
])
def test_no_name_without_a_capitalised_one_or_a_signing(find: Find, text: str) -> None:
    assert [i.subject for i in find(text) if i.subject.startswith(("Blue", "for"))] == []


# -- an office-holder's seat is no title -----------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Before talks at the Bangladeshi Prime Minister's Office, Mr. Modi and Ms. Hasina met alone.", "Modi"),
    ("After a meeting at the President's Office, Mr. Ruto left for Nairobi.", "Ruto"),
    ("Outside the Prime Minister's residence, Mr. Albanese spoke to reporters.", "Albanese"),
    ("At a dinner in the President's Palace, Mrs. Boluarte toasted her guest.", "Boluarte"),
    ("Inside the Chancellor's Office, Mr. Scholz received the envoy.", "Scholz"),
])
def test_an_office_holders_seat_is_no_title(extractor: RulesExtractor, text: str, name: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text, published=DAY).people}
    assert name in people and "office" not in (people[name] or "").lower() \
        and "residence" not in (people[name] or "").lower() and "palace" not in (people[name] or "").lower()


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Prime Minister's special envoy, Mr. Tariq Khan, arrived in Lima.", "Tariq Khan", "special envoy"),
    ("The Foreign Minister of Ghana, Mr. Kwame Mensah, met the press.", "Kwame Mensah", "Foreign Minister"),
])
def test_a_title_before_a_comma_stays_a_title(extractor: RulesExtractor, text: str, name: str,
                                              role: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text, published=DAY).people}
    assert role.lower() in (people.get(name) or "").lower(), people


# -- commitments -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "President Ruto arrived in Accra on a state visit on May 3, which will last until May 6.",
    "The visit will last until Friday.",
    "The exhibition, which will last until June 2, opened on Monday.",
    "The agreement will last until 2040.",
    "The talks in Lima will last two days.",
])
def test_how_long_something_lasts_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert [c.action for c in facts(extractor, text, published=DAY).commitments] == []


@pytest.mark.parametrize(("text", "count"), [
    ("The deal, which would be effective from July 7, runs for ten years.", 1),
    ("The agreement will be effective from January 1.", 1),
    ("The visa waiver will be effective on 1 July, the ministry said.", 1),
    ("The new tariffs will be effective from March, and the two sides will review them in June.", 2),
    ("The memorandum would be effective from the date of its signing.", 0),
])
def test_a_start_told_by_effective_is_one_commitment(extractor: RulesExtractor, text: str,
                                                      count: int) -> None:
    assert len(facts(extractor, text, published=DAY).commitments) <= count
    if count:
        assert len(facts(extractor, text, published=DAY).commitments) >= 1


@pytest.mark.parametrize(("text", "action"), [
    ("The port should be operational by 2032.", "be operational"),
    ("The two sides will hold talks until Friday.", "hold talks"),
])
def test_other_dated_states_and_acts_stay_promises(extractor: RulesExtractor, text: str, action: str) -> None:
    assert [c.action for c in facts(extractor, text, published=DAY).commitments] == [action]


# -- figures ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A deal on research between the two national academies of sciences was signed.",
    "The two central banks signed a currency swap deal.",
    "The two news agencies agreed to exchange content.",
    "An accord between the two space agencies was signed in Lima.",
    "The two development banks will co-finance the port, the ministers said.",
])
def test_the_two_banks_or_agencies_are_the_pairs(extractor: RulesExtractor, text: str) -> None:
    assert [f.value for f in facts(extractor, text, published=DAY).figures] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Two banks will finance the new bridge.", "Two"),
    ("Kenyan agencies signed deals with two Indian banks.", "two"),
])
def test_banks_counted_without_the_are_a_count(extractor: RulesExtractor, text: str, value: str) -> None:
    assert [f.value for f in facts(extractor, text, published=DAY).figures] == [value]


# -- meetings put off ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Biden's Rescheduled European Tour Remains on Track",
    "The postponed visit of President Boluarte to Accra is now expected in May.",
    "Ruto's Delayed Trip To Lima Back On Agenda",
    "Officials said the rescheduled summit in Abuja remains likely.",
    "Ghana and Peru discussed the postponed visit of President Boluarte.",
])
def test_a_visit_called_postponed_or_rescheduled_is_not_held(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY).meetings
    assert [m.kind for m in found if m.kind in ("visit", "summit")] == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The delayed summit opened in Abuja on Monday.", "summit"),
    ("The rescheduled visit took place on Tuesday in Accra.", "visit"),
])
def test_a_put_off_encounter_told_held_is_held(extractor: RulesExtractor, text: str, kind: str) -> None:
    assert [m.kind for m in facts(extractor, text, published=DAY).meetings] == [kind]


@pytest.mark.parametrize(("text", "subject"), [
    ("The presidents witnessed the exchange of documents:\n\nAn agreement on the border;\n"
     "A program of cultural cooperation for 2026-2028;\nA memorandum on tourism.", "program of cultural"),
    ("Signed today:\n- A programme of youth exchanges for 2032\n- An MoU on ports", "programme of youth"),
    ("The documents signed:\n\nAn action plan on trade for 2031-2033;\n\nA memorandum on fisheries.",
     "action plan on trade"),
    ("The following were exchanged:\n1. Programme of cooperation in education\n2. MoU on health",
     "Programme of cooperation in education"),
    ("Documents signed:\n\nA roadmap for industrial cooperation;\n\nA plan of consultations between the "
     "foreign ministries for 2032.", "plan of consultations"),
])
def test_a_plan_heading_a_list_line_of_signed_texts_is_one(find: Find, text: str, subject: str) -> None:
    assert any(i.subject.startswith(subject) for i in find(text)), [i.subject for i in find(text)]


@pytest.mark.parametrize("text", [
    "The leaders agreed on these steps:\n\n- to draw up a plan for tourism;\n- a study of the rail link.",
    "Next steps:\n- exchanges under the cultural programme\n- visits by experts",
])
def test_a_plan_inside_a_list_lines_clause_is_no_document(find: Find, text: str) -> None:
    assert [i.subject for i in find(text) if "plan" in i.subject or "programme" in i.subject] == []


# -- items of one list, and names that are lines of their own ----------------------------------------

@pytest.mark.parametrize(("text", "count"), [
    ("The following were signed:\n\n1. Executive Programme for Educational Exchanges (2031-33);\n"
     "2. Executive Programme for Cultural Exchanges (2031-32);\n3. MoU on Health.", 3),
    ("Documents signed:\n- Protocol on Sanitary Requirements for Exporting Beef from Chile to Ghana;\n"
     "- Protocol on Sanitary Requirements for Exporting Pork from Chile to Ghana;", 2),
    ("Signed today:\n(a) Protocol on Phytosanitary Requirements for Mangoes;\n(b) Protocol on "
     "Phytosanitary Requirements for Grapes;", 2),
    ("The ministers exchanged:\n\n- Executive Programme of Cooperation in Youth Affairs 2031-2034\n"
     "- Executive Programme of Cooperation in Sport Affairs 2031-2034", 2),
    ("Outcomes:\n1. Joint Work Plan on Renewable Energy Research 2031-2033\n"
     "2. Joint Work Plan on Marine Energy Research 2031-2033", 2),
])
def test_alike_names_on_two_lines_of_one_list_are_two_documents(find: Find, text: str, count: int) -> None:
    assert len(find(text)) == count, [i.subject for i in find(text)]


@pytest.mark.parametrize(("text", "count"), [
    ("Ghana and Chile signed the Agreement on Air Services. The documents signed were:\n"
     "- Agreement on Air Services between Chile and Ghana\n- MoU on Health", 2),
    ("The Action Plan on Trade 2031-2033 was adopted.\n\nOutcomes:\n1. Action Plan on Trade 2031-2033\n"
     "2. MoU on Tourism", 2),
])
def test_a_list_item_told_again_in_prose_is_one_document(find: Find, text: str, count: int) -> None:
    assert len(find(text)) == count, [i.subject for i in find(text)]


@pytest.mark.parametrize(("text", "subject"), [
    ("List of Agreements signed during the visit\n\nMemorandum of Understanding on Ocean Economy\n"
     "This MoU will provide a framework for cooperation.", "Memorandum of Understanding on Ocean Economy"),
    ("Outcomes of the State Visit\n\nProtocol on the Export of Fresh Avocados\nThe protocol opens the "
     "market.", "Protocol on the Export of Fresh Avocados"),
    ("Documents exchanged at the summit\n\nAgreement on Road Transport between Chile and Peru\n"
     "It sets rules for trucks.", "Agreement on Road Transport between Chile and Peru"),
    ("LIST OF OUTCOMES\n\nProgramme of Cultural Cooperation for 2031-2034\nThe programme covers music.",
     "Programme of Cultural Cooperation for 2031-2034"),
    ("Memoranda signed between Kenya and Chile\n\nMemorandum on Geological Surveys\nIt covers mapping.",
     "Memorandum on Geological Surveys"),
])
def test_a_name_alone_on_its_line_under_a_list_heading_is_signed(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert [(i.subject, i.status) for i in found][:1] == [(subject, "signed")], [i.subject for i in found]


@pytest.mark.parametrize("text", [
    "Memorandum of Understanding on Ocean Economy\nThe two sides are still negotiating the text.",
    "List of Agreements signed during the visit\n\nThe Memorandum on Ocean Economy is being drafted.",
])
def test_a_name_line_without_a_heading_or_with_a_full_stop_is_not_signed(find: Find, text: str) -> None:
    assert [i.status for i in find(text) if i.status == "signed"] == []


# -- what a package's documents are about, told in the next sentence ----------------------------------

@pytest.mark.parametrize(("text", "subjects"), [
    ("Peru and Ghana signed 12 cooperation agreements on Thursday. The documents pertain to mining, "
     "health and housing.", ["mining", "health", "housing"]),
    ("Chile and Kenya signed nine accords. The accords relate to fisheries, wine and tourism.",
     ["fisheries", "wine", "tourism"]),
    ("Nepal and Oman signed six documents. The documents, which were signed by the two ministers, cover "
     "labour, aviation and health.", ["labour", "aviation", "health"]),
    ("Fiji and Japan signed five agreements. The agreements, inked at the palace, concern roads, ports "
     "and schools.", ["roads", "ports", "schools"]),
    ("Iran and Syria signed 12 agreements. The documents pertain to the two countries' cooperation in "
     "areas of industry, medicine and housing.", ["industry", "medicine", "housing"]),
])
def test_the_next_sentences_list_verb_names_the_packages_subjects(find: Find, text: str,
                                                                   subjects: list[str]) -> None:
    assert [i.subject for i in find(text)] == subjects


@pytest.mark.parametrize("text", [
    "Peru and Ghana signed 12 agreements. The talks related to the border dispute.",
    "Chile and Kenya signed nine accords. Officials who attended the ceremony relate to the press daily.",
])
def test_a_list_verb_of_something_else_names_no_subjects(find: Find, text: str) -> None:
    assert [i.subject for i in find(text)] == []


@pytest.mark.parametrize(("text", "subject"), [
    ("They signed MoUs on health, Information Technology and Communications (ITC) and housing.",
     "Information Technology and Communications (ITC)"),
    ("The memoranda cover Science and Technology (S&T), culture and sport.", "Science and Technology"),
    ("Accords were signed on culture, Oil and Gas (O&G) and ports.", "Oil and Gas"),
    ("MoUs on tourism and Research and Development (R&D) were signed.", "Research and Development"),
    ("They signed agreements on Small and Medium Enterprises (SMEs), roads and rail.",
     "Small and Medium Enterprises"),
])
def test_a_name_whose_initials_follow_in_brackets_is_one_subject(find: Find, text: str, subject: str) -> None:
    assert any(i.subject.startswith(subject) for i in find(text)), [i.subject for i in find(text)]


@pytest.mark.parametrize(("text", "subjects"), [
    ("An MoU on sport, a plan of cultural exchanges and an agreement on rail were the documents signed.",
     ["MoU on sport", "plan of cultural exchanges", "agreement on rail"]),
    ("The ministers signed an MoU on health and a programme of youth exchanges for 2032.",
     ["MoU on health", "programme of youth exchanges for 2032"]),
    ("Signed were an accord on roads, a work plan on fisheries and a protocol on customs.",
     ["accord on roads", "work plan on fisheries", "protocol on customs"]),
    ("A memorandum on mining and an action plan on trade were signed by the ministers.",
     ["memorandum on mining", "action plan on trade"]),
    ("Kenya and Chile signed a treaty on extradition, a programme of cultural cooperation and an MoU on tea.",
     ["treaty on extradition", "programme of cultural cooperation", "MoU on tea"]),
])
def test_a_plan_listed_with_documents_is_one(find: Find, text: str, subjects: list[str]) -> None:
    assert [i.subject for i in find(text)] == subjects


@pytest.mark.parametrize("text", [
    "The ministers signed an MoU on health and discussed plans for a new port.",
    "Kenya and Chile signed a treaty on extradition; a programme of exchanges is being drafted.",
])
def test_a_plan_outside_the_list_of_documents_is_none(find: Find, text: str) -> None:
    assert [i.subject for i in find(text) if "plan" in i.subject or "programme" in i.subject] == []


@pytest.mark.parametrize("text", [
    "IRNA – Iran and Oman signed three accords on Monday.",
    "TASS - Russia and Laos signed an accord on Monday.",
    "KUNA -- Kuwait and Ghana signed an MoU on health.",
    "BERNAMA - Malaysia and Peru signed an agreement on palm oil.",
    "WAM - The UAE and Chile signed an agreement on ports.",
])
def test_an_agency_credit_is_no_place(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert [i.place for i in found.instruments if i.place] == []


# -- a relative clause that only says what the documents are on ----------------------------------------

@pytest.mark.parametrize(("text", "subjects"), [
    ("The two memoranda which are on health and communication sectors were signed by the ministers.",
     ["health", "communication"]),
    ("The agreements, which are on trade and energy, were signed on Monday.", ["trade", "energy"]),
    ("Two MoUs that were on fisheries and ports were signed.", ["fisheries", "ports"]),
    ("The agreements, which are in the fields of mining and roads, were signed in Lima.",
     ["mining", "roads"]),
    ("Three accords which were on rail, aviation and tourism were inked by the ministers.",
     ["rail", "aviation", "tourism"]),
])
def test_a_clause_saying_what_documents_are_on_lists_them(find: Find, text: str, subjects: list[str]) -> None:
    assert [i.subject for i in find(text)] == subjects


@pytest.mark.parametrize("text", [
    "The MoUs, which were in Spanish and English, were signed on Monday.",
    "The agreements, which were on the table for years, were signed on Monday.",
])
def test_a_clause_of_language_or_idiom_is_no_topic(find: Find, text: str) -> None:
    assert [i.subject for i in find(text) if i.subject in ("Spanish", "English", "table")] == []


# -- what people gathered for was held, whatever it was for ------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("President Boric and President Mahama met today for a bilateral meeting to reaffirm their partnership.",
     ["Boric", "Mahama"]),
    ("Prime Minister Rabuka and Prime Minister Luxon met on Monday for a meeting to review the compact.",
     ["Rabuka", "Luxon"]),
    ("Foreign Minister Ana Vargas and Foreign Minister Kofi Mensah met in Lima for talks to settle the "
     "visa dispute.", ["Ana Vargas", "Kofi Mensah"]),
    ("President Lula and President Cyril Ramaphosa met on Sunday for a meeting to discuss coffee exports.",
     ["Lula", "Ramaphosa"]),
    ("King Letsie and President Boric met this morning for a meeting to mark fifty years of ties.",
     ["Letsie", "Boric"]),
])
def test_a_gathering_met_for_with_a_purpose_is_held_by_those_who_met(extractor: RulesExtractor, text: str,
                                                                     names: list[str]) -> None:
    found = facts(extractor, text, published=DAY).meetings
    assert len(found) == 1 and all(any(n in p for p in found[0].participants) for n in names), \
        [(m.kind, m.participants) for m in found]


@pytest.mark.parametrize("text", [
    "The ministers will meet in May for a meeting to review the plan.",
    "Boric and Mahama are to meet next week for talks to settle the dispute.",
])
def test_a_gathering_still_ahead_is_not_held(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text, published=DAY).meetings == []


# -- documents told apart by their ordinals ---------------------------------------------------------

@pytest.mark.parametrize(("text", "count"), [
    ("The first MoU on investment cooperation in rail projects was exchanged by the ministers.\n\n"
     "The third MoU on investment cooperation in port projects was exchanged by the envoys.", 2),
    ("The first agreement on trade in farm goods was signed on Monday. The second agreement on trade in "
     "farm services was signed on Tuesday.", 2),
    ("The second memorandum on training of customs officers was signed by the chiefs. The fourth "
     "memorandum on training of border officers was signed by the ministers.", 2),
    ("The first protocol on exports of fresh grapes was signed. Later the second protocol on exports of "
     "fresh cherries was signed.", 2),
    ("The fifth MoU on cooperation in solar energy projects was exchanged. The sixth MoU on cooperation "
     "in wind energy projects was exchanged.", 2),
])
def test_documents_with_different_ordinals_are_two(find: Find, text: str, count: int) -> None:
    assert len(find(text)) == count, [i.subject for i in find(text)]


@pytest.mark.parametrize(("text", "count"), [
    ("The first MoU on investment cooperation in rail projects was exchanged. The MoU on investment "
     "cooperation in rail projects was then published.", 1),
    ("The second agreement on trade in farm goods was signed. The second agreement on trade in farm "
     "goods takes effect in June.", 1),
])
def test_one_document_told_again_stays_one(find: Find, text: str, count: int) -> None:
    assert len(find(text)) == count, [i.subject for i in find(text)]


# -- a joined pair of named actors, one name the tagger missed ---------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("The Acting President, Yemi Osinbajo, and the President of Ghana, Nana Akufo-Addo, have agreed to "
     "intensify cooperation.", ["Yemi Osinbajo", "Nana Akufo-Addo"]),
    ("Kenya's foreign minister, Musalia Mudavadi, and Ghana's foreign minister, Nana Akufo-Addo, agreed "
     "to hold talks in May.", ["Musalia Mudavadi", "Nana Akufo-Addo"]),
    ("Ghana's President, Nana Akufo-Addo, and Peru's President, Pedro Castillo, agreed to open embassies.",
     ["Nana Akufo-Addo", "Pedro Castillo"]),
    ("The Prime Minister of Fiji, Sitiveni Rabuka, and the President of Ghana, Nana Akufo-Addo, pledged to "
     "sign a visa waiver.", ["Sitiveni Rabuka", "Nana Akufo-Addo"]),
    ("Chile's President, Gabriel Boric, and Ghana's President, Nana Akufo-Addo, will meet again in June.",
     ["Gabriel Boric", "Nana Akufo-Addo"]),
])
def test_both_named_actors_act_when_the_tagger_missed_one(extractor: RulesExtractor, text: str,
                                                          names: list[str]) -> None:
    actors = [c.actor or "" for c in facts(extractor, text, published=DAY).commitments]
    assert actors and all(n in actors[0] for n in names), actors


@pytest.mark.parametrize(("text", "actor"), [
    ("President Gabriel Boric agreed to open an embassy in Accra.", "Gabriel Boric"),
    ("Ghana's President, Nana Akufo-Addo, said Chile would open an embassy in Accra.", "Chile"),
])
def test_one_named_actor_stays_alone(extractor: RulesExtractor, text: str, actor: str) -> None:
    assert [c.actor for c in facts(extractor, text, published=DAY).commitments] == [actor]


# -- the topic past the parties a passive signing names -----------------------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("An MoU was signed between the two ministries on political consultations.", "political consultations"),
    ("An agreement was signed by the two ministers on trade and investment.", "trade and investment"),
    ("A memorandum was inked between the two chambers of commerce on trade fairs.", "trade fairs"),
    ("A protocol was signed by Chile and Ghana on plant health.", "plant health"),
    ("A deal was concluded between the two central banks on currency swaps.", "currency swaps"),
])
def test_the_topic_past_a_passive_signings_parties_is_the_documents(find: Find, text: str,
                                                                     subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize("text", [
    "An MoU was signed by Kenya and Chile on Monday.",
    "The deal was signed by the ministers in Lima.",
])
def test_a_time_or_place_past_the_parties_is_no_topic(find: Find, text: str) -> None:
    assert [i.subject for i in find(text)] == []


# -- a place said of what an encounter is about ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Discussions between the two leaders centred on the forthcoming African Union summit in Addis Ababa.",
    "The two ministers held talks on Monday about the forum in Doha.",
    "The two foreign ministers held talks focused on the coming summit in Nairobi.",
    "The meeting of the two presidents concentrated on the investment conference in Dubai.",
    "Their talks on Tuesday were about the donors' conference in Oslo.",
])
def test_a_place_of_what_the_talks_are_about_is_not_theirs(extractor: RulesExtractor, text: str) -> None:
    places = [m.place for m in facts(extractor, text, published=DAY).meetings if m.kind == "talks"]
    assert places and not any(places), places


@pytest.mark.parametrize(("text", "place"), [
    ("Talks on trade were held in Lima.", "Lima"),
    ("The leaders met on the sidelines of the summit in Doha.", "Doha"),
])
def test_the_place_of_the_talks_themselves_stays(extractor: RulesExtractor, text: str, place: str) -> None:
    places = [m.place for m in facts(extractor, text, published=DAY).meetings if m.kind == "talks"]
    assert places == [place]


@pytest.mark.parametrize("text", [
    "The two foreign ministers held talks focused on the coming summit in Nairobi.",
    "The two sides held talks on Monday on the upcoming visit of the Emir.",
    "President Boric held talks with President Mahama about the next trade fair in Accra.",
    "The leaders held a meeting yesterday regarding the upcoming elections in the region.",
    "Foreign Minister Ana Vargas held consultations with Kofi Mensah on the coming joint commission.",
])
def test_what_is_ahead_in_the_topic_does_not_put_the_talks_ahead(extractor: RulesExtractor,
                                                                  text: str) -> None:
    kinds = [m.kind for m in facts(extractor, text, published=DAY).meetings]
    assert "talks" in kinds, kinds


@pytest.mark.parametrize("text", [
    "The next round of talks will be held in Lima.",
    "Talks next week in Lima will cover trade.",
])
def test_talks_told_ahead_stay_ahead(extractor: RulesExtractor, text: str) -> None:
    assert [m.kind for m in facts(extractor, text, published=DAY).meetings] == []


@pytest.mark.parametrize(("text", "subject"), [
    ("The first agreement was signed between the two education ministries on mutual recognition of degrees.",
     "mutual recognition of degrees"),
    ("The second MoU was signed by the two ministers on fisheries.", "fisheries"),
    ("The third memorandum was inked between the central banks on currency swaps.", "currency swaps"),
    ("The fourth agreement was signed by Chile and Ghana on plant health.", "plant health"),
    ("The fifth accord was concluded between the two chambers on trade fairs.", "trade fairs"),
])
def test_an_ordinal_member_is_named_by_the_topic_past_its_parties(find: Find, text: str,
                                                                  subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    ("The first agreement was signed on Monday.", "first agreement"),
    ("The third MoU on ports was signed.", "third MoU on ports"),
])
def test_an_ordinal_member_without_a_topic_keeps_its_words(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    ("The fourth MoU on oil was exchanged between the firms, while the fifth on energy was exchanged between "
     "the ministers.", "energy"),
    ("The first agreement on roads was signed by the ministers. The second on ports was signed by the "
     "envoys.", "ports"),
    ("The second memorandum on rail was inked on Monday, and the third on aviation was inked on Tuesday.",
     "aviation"),
    ("The first protocol on grapes was signed in Lima, while the second for avocados was signed in Accra.",
     "avocados"),
    ("The third accord on mining was concluded first; the fourth on fisheries was concluded later.",
     "fisheries"),
])
def test_an_ordinal_alone_after_a_member_told_in_full_is_the_next_member(find: Find, text: str,
                                                                       subject: str) -> None:
    found = find(text)
    assert len(found) == 2 and found[1].subject == subject, [i.subject for i in found]


@pytest.mark.parametrize("text", [
    "Ghana was the first on the list to sign the memorandum on roads.",
    "The first on the agenda was signed quickly.",
])
def test_an_ordinal_alone_with_no_member_before_is_none(find: Find, text: str) -> None:
    assert [i.subject for i in find(text) if i.subject in ("list", "agenda")] == []


@pytest.mark.parametrize(("text", "kinds"), [
    ("President Boric and President Mahama held talks in Accra on the summit in Addis Ababa.", ["talks"]),
    ("The two ministers held discussions focused on the coming summit in Nairobi.", ["talks"]),
    ("The foreign ministers held talks in Lima about the forum in Doha.", ["talks"]),
    ("The two presidents discussed the summit in Doha.", []),
    ("The envoys held consultations in Accra on the regional summit to be held in Abuja.", ["talks"]),
])
def test_a_gathering_talked_about_is_not_held(extractor: RulesExtractor, text: str, kinds: list[str]) -> None:
    assert [m.kind for m in facts(extractor, text, published=DAY).meetings] == kinds


@pytest.mark.parametrize(("text", "kind"), [
    ("The summit opened in Abuja on Monday.", "summit"),
    ("The leaders met on the sidelines of the summit in Doha.", "summit"),
])
def test_a_gathering_told_for_itself_is_held(extractor: RulesExtractor, text: str, kind: str) -> None:
    assert kind in [m.kind for m in facts(extractor, text, published=DAY).meetings]
