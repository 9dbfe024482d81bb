"""Article-level constructions of genres the dev sets under-represent (issue 9, gen8), proved
on our own wording: letterheads, closing lines, wire datelines, lettered lists, the offices
only relations between states have, and a heading's title already held.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from accord.core import Article, ArticleFacts
from accord.datelines import match_dateline
from accord.extract.rules import RulesExtractor, relevance
from accord.ingest.dates import parse_date
from accord.ingest.metadata import find_metadata
from tests.extract_support import facts


@pytest.fixture(scope="module")
def nlp(extractor: RulesExtractor) -> Language:
    return extractor.nlp


# --------------------------------------------------------------------------- relevance: two-word offices

# Short articles whose only diplomatic words are a two-word office or occasion and "minister".
_KEPT = [
    "New Zealand will pay for a new wharf on Tanna under a grant arrangement signed in Port Vila on "
    "Friday by the Minister of Foreign Affairs and the New Zealand High Commissioner. The wharf will let "
    "ships berth in all weather and cut the cost of moving copra, the minister said. Building will "
    "start early next year and take about eighteen months, and local workers will be trained.",
    "The Foreign Minister flew to Suva on Monday for talks on fisheries and a new shipping route. "
    "She will stay two days and tour the port before flying on to Apia on Wednesday afternoon with a "
    "group of officials and business people who hope to sell more timber and fruit in the islands. "
    "A second trip is planned for the autumn, her office said in a note to reporters.",
    "The High Commission in Accra will open a visa office in Kumasi next month, the High Commissioner said. "
    "Applicants in the north will no longer have to travel to the capital, which takes a full day by "
    "road. Staff will be sent from the capital and local workers hired. The minister welcomed the "
    "move, saying it would help students and traders who travel often between the two cities.",
    "The state visit will begin on Tuesday with a welcome at the palace and a dinner in the evening. "
    "On Wednesday the guests will visit a school and a tea estate in the hills and meet farmers, and "
    "on Thursday they will fly to the coast to open a new fish market built with a grant. The "
    "minister of culture will host a concert on the last night, the palace said.",
    "The Joint Commission will sit in Lusaka in June to review work on the railway and the power line, "
    "officials said. Engineers from both sides will report on the cost of the line, and a team will "
    "visit the border post at the river to see how trucks can cross faster. The minister of works "
    "said he hoped the railway would be finished before the rains come late next year.",
]
# Domestic news whose words look alike: a high school, a foreign player, a joint venture.
_DROPPED = [
    "The high school in the capital will open a new science block in March, the education minister "
    "said on Monday. Pupils will have new laboratories and a library, and teachers will be trained "
    "over the summer. The block cost about two million and was paid for by the city, which plans two "
    "more schools in the east of the capital by the end of the decade, the minister added.",
    "The club signed a foreign striker on Friday and will sign a second foreign player before the "
    "season starts, the coach said. The sports minister watched the training session and praised "
    "the young players, who finished fourth last season. Tickets for the opening match sold out in "
    "an hour and the club expects a full stadium when the league resumes next month.",
]


# A paragraph of none of the vocabulary: an article this long needs `MIN_CUES` distinct cues.
_FILLER = (" The weather was fine and the roads were busy all week. Prices in the markets rose a little, "
           "and the schools closed early for the holidays. Many families went to the beach, and the "
           "trains to the coast were full. The harvest is expected to be good this year after the rains.")


@pytest.mark.parametrize("text", _KEPT)
def test_a_two_word_office_between_states_keeps_the_article(nlp: Language, text: str) -> None:
    doc = nlp(text + _FILLER)
    assert sum(not t.is_punct and not t.is_space for t in doc) >= relevance.MIN_CUES * relevance.WORDS_PER_CUE
    assert relevance.about_relations(doc, states=1)


@pytest.mark.parametrize("text", _DROPPED)
def test_look_alike_words_of_home_news_do_not(nlp: Language, text: str) -> None:
    assert not relevance.about_relations(nlp(text + _FILLER), states=1)


# --------------------------------------------------------------------------- letterhead place and date


@pytest.mark.parametrize(("top", "day", "place"), [
    ("MINISTRY OF FOREIGN AFFAIRS\nPress Release No. 41/2026\n\nAsunción, 22 April 2026\n\n",
     date(2026, 4, 22), "Asunción"),
    ("JOINT STATEMENT\nManila, 5-6 February 2026\n\n", date(2026, 2, 6), "Manila"),
    ("Port Moresby, 3 June 2025\n", date(2025, 6, 3), "Port Moresby"),
    ("Embassy of Chile\nNairobi, Kenya, March 9, 2024\n\n", date(2024, 3, 9), "Nairobi"),
    ("Communique\nSan José, 14 to 16 October 2025\n\n", date(2025, 10, 16), "San José"),
])
def test_a_letterhead_place_and_date_date_the_page(top: str, day: date, place: str) -> None:
    meta = find_metadata(top + "The two ministers met and signed an agreement on tourism.\n")
    assert (meta.published, meta.dateline) == (day, place)


@pytest.mark.parametrize("top", [
    "By Maria Lopez, 22 April 2026\n\n",            # a byline is no place
    "Press Release, 22 April 2026\n\n",             # nor is what the page calls itself
    "Chile, Peru agree 2026 trade target\n\n",      # a headline naming a year is no date line
])
def test_a_byline_a_label_or_a_headline_is_no_letterhead(top: str) -> None:
    meta = find_metadata(top + "The two ministers met and signed an agreement on tourism.\n")
    assert meta.dateline is None and meta.published is None


# --------------------------------------------------------------------------- an official text's closing line


@pytest.mark.parametrize(("closing", "day", "place"), [
    ("Done in Manila on 6 February 2026.", date(2026, 2, 6), "Manila"),
    ("Done at Phnom Penh, this 6th day of February 2026.", date(2026, 2, 6), "Phnom Penh"),
    ("Issued in Nairobi on 14 July 2025", date(2025, 7, 14), "Nairobi"),
    ("Signed at Brasília on March 3, 2024.", date(2024, 3, 3), "Brasília"),
    ("Adopted in Lima, 9 May 2023.", date(2023, 5, 9), "Lima"),
])
def test_a_closing_line_dates_an_undated_text(closing: str, day: date, place: str) -> None:
    text = "JOINT STATEMENT\n\n1. The two leaders met.\n\n2. They agreed to meet again.\n\n" + closing
    meta = find_metadata(text)
    assert (meta.published, meta.dateline) == (day, place)
    assert closing in [text[start:end] for start, end in meta.skip]  # furniture: no fact is read from it


@pytest.mark.parametrize("text", [
    # a closing line far above the end is a paragraph, not the page's date
    "Done in Manila on 6 February 2026.\n\nThe leaders met.\n\nThey agreed to meet.\n\nThey left.\n\n"
    "All went well.",
    # a sentence that tells of a signing is no closing line
    "The leaders met.\n\nThe agreement was signed in Manila on 6 February 2026.",
])
def test_a_signing_told_in_the_text_does_not_date_it(text: str) -> None:
    assert find_metadata(text).published is None


def test_a_stated_date_wins_over_the_closing_line() -> None:
    meta = find_metadata("date 2026-02-09 JOINT STATEMENT\n\nThe leaders met.\n\n"
                         "Done in Manila on 6 February 2026.")
    assert meta.published == date(2026, 2, 9)


# --------------------------------------------------------------------------- spans of days, days "of" a month


@pytest.mark.parametrize(("phrase", "day"), [
    ("5-6 February 2026", date(2026, 2, 6)),
    ("5–7 March 2025", date(2025, 3, 7)),
    ("February 5 to 6, 2026", date(2026, 2, 6)),
    ("12 - 14 September 2024", date(2024, 9, 14)),
    ("this 6th day of February 2026", date(2026, 2, 6)),
])
def test_a_span_of_days_dates_a_page_by_its_last_day(phrase: str, day: date) -> None:
    assert parse_date(phrase) == day


@pytest.mark.parametrize(("phrase", "day"), [
    ("2024-11-26", date(2024, 11, 26)),   # an ISO date is no span
    ("03-04-2026", date(2026, 3, 4)),     # nor are the parts of a numeric date
    ("6 February 2026", date(2026, 2, 6)),
])
def test_dates_that_are_no_spans_stay_as_they_were(phrase: str, day: date) -> None:
    assert parse_date(phrase) == day


# --------------------------------------------------------------------------- agencies' datelines, page labels


@pytest.mark.parametrize(("line", "place", "agency"), [
    ("Muscat, 29 March 2026 (ONA) --- Sayyid Badr received the minister.", "Muscat", "ONA"),
    ("Manama, 3 May 2025 (BNA) --- The Crown Prince received the envoy.", "Manama", "BNA"),
    ("DOHA, May 2 (QNA) --- The Amir received a call.", "DOHA", "QNA"),
    ("Kuwait City (KUNA) --- The minister met his counterpart.", "Kuwait City", "KUNA"),
    ("RIYADH (SPA) --- The two sides signed an accord.", "RIYADH", "SPA"),
])
def test_a_dateline_may_end_in_three_dashes(line: str, place: str, agency: str) -> None:
    m = match_dateline(line)
    assert m is not None and (m.group("place"), m.group("agency")) == (place, agency)


@pytest.mark.parametrize(("line", "place", "day", "agency"), [
    ("NAIROBI, Kenya, March 3 (Xinhua) -- Kenya and Peru met.", "NAIROBI", "March 3", "Xinhua"),
    ("SUVA, FIJI (FBC News) — Fiji and Japan opened talks.", "SUVA", None, "FBC News"),
    ("ADDIS ABABA, Ethiopia (ENA) - The two ministers met.", "ADDIS ABABA", None, "ENA"),
    ("APIA, 12 MARCH 2026 (SAMOA OBSERVER) – Samoa and China met.", "APIA", "12 MARCH 2026",
     "SAMOA OBSERVER"),
    ("Abu Dhabi, 3rd June 2025 (WAM) -- The UAE and Kenya met.", "Abu Dhabi", "3rd June 2025", "WAM"),
    ("ULAANBAATAR, March 3 (MONTSAME). Mongolia and Japan met.", "ULAANBAATAR", "March 3", "MONTSAME"),
])
def test_a_wire_dateline_may_name_the_state_spell_the_month_in_capitals_or_end_in_a_stop(
        line: str, place: str, day: str | None, agency: str) -> None:
    m = match_dateline(line)
    assert m is not None and (m.group("place"), m.group("day"), m.group("agency")) == (place, day, agency)


@pytest.mark.parametrize("line", [
    "KENYA, UGANDA SIGN PACT - REPORT",              # a headline in capitals names no region
    "Kenya, Uganda sign pact (Reuters). The two …",  # nor one with a credit
    "FACT SHEET: Second Dialogue on Critical Technology",
    "JOINT STATEMENT: The Two Leaders Met in Lima",
    "PRESS RELEASE: Ministers Meet",
])
def test_what_a_page_calls_itself_is_no_dateline(line: str) -> None:
    assert match_dateline(line) is None


# --------------------------------------------------------------------------- lettered lists

_LISTS = [
    ("The two leaders welcomed the signing of the following documents:\n"
     "a. Memorandum of Understanding on Rice Trade;\nb. Agreement on Cooperation in Combating Crime;\n"
     "c. Programme of Cultural Exchange for 2026-2029.",
     ["Memorandum of Understanding on Rice Trade", "Agreement on Cooperation in Combating Crime",
      "Programme of Cultural Exchange for 2026-2029"]),
    ("The ministers signed:\na) Agreement on Air Services\nb) Memorandum of Understanding on Tourism",
     ["Agreement on Air Services", "Memorandum of Understanding on Tourism"]),
    ("The following instruments were exchanged:\n(a) Treaty on Extradition;\n"
     "(b) Protocol on Customs Cooperation.",
     ["Treaty on Extradition", "Protocol on Customs Cooperation"]),
    ("Kenya and Peru signed:\nd. Agreement on Visa Exemption;\ne. Memorandum of Understanding on Fisheries;\n"
     "f. Agreement on Cultural Cooperation;\ng. Memorandum of Understanding on Sports.",
     ["Agreement on Visa Exemption", "Memorandum of Understanding on Fisheries",
      "Agreement on Cultural Cooperation", "Memorandum of Understanding on Sports"]),
    ("Both sides signed the following:\nx. Memorandum of Understanding on Health",
     ["Memorandum of Understanding on Health"]),
]


@pytest.mark.parametrize(("text", "names"), _LISTS)
def test_a_lettered_list_s_marks_are_no_part_of_its_items(
        extractor: RulesExtractor, text: str, names: list[str]) -> None:
    found = facts(extractor, text)
    assert sorted(i.subject for i in found.instruments) == sorted(names)


@pytest.mark.parametrize(("text", "first"), [
    ("The ministers said a new agreement on trade was signed.", "a"),  # an article, not a mark
    ("They met at 9 a.m. and signed an agreement on tourism.", "a.m."),
])
def test_a_letter_inside_a_line_is_no_list_mark(nlp: Language, text: str, first: str) -> None:
    assert first in [t.text for t in nlp(text)]
    assert len(list(nlp(text).sents)) == 1


# --------------------------------------------------------------------------- lines above a dateline


def ingested(extractor: RulesExtractor, text: str) -> ArticleFacts:
    """Return the facts of `text` read as ingest reads it (its stamp and metadata lines skipped)."""
    meta = find_metadata(text)
    article = Article(name="t.txt", text=text, content_hash=text,
                      published=meta.published or date(2026, 3, 3), dateline=meta.dateline, skip=meta.skip)
    found = next(extractor.extract([article]))
    assert all(text[f.evidence.start:f.evidence.end] == f.evidence.text for f in found.figures)
    return found


@pytest.mark.parametrize("stamp", [
    "03.03.2026, 14:25",
    "Posted: 03.03.2026",
    "Updated: 03.03.2026",
    "3.3.2026, 14:25",
    "Date: 03.03.2026",
])
def test_a_date_stamp_above_a_dateline_is_no_figure(extractor: RulesExtractor, stamp: str) -> None:
    text = (f"Kazakhstan, Mongolia aim for more trade\n{stamp}\n\nASTANA, March 3 (Kazinform) - Kazakhstan "
            "and Mongolia agreed on Tuesday to raise trade to 1 billion US dollars by 2030, the deputy "
            "foreign minister told reporters after talks with his Mongolian counterpart.")
    assert [f.number for f in ingested(extractor, text).figures] == [1_000_000_000]


def test_the_headline_above_a_dateline_is_a_sentence_of_its_own(nlp: Language) -> None:
    doc = nlp("Ghana, Peru sign visa pact\n12.01.2026 16:40\n\n"
              "ACCRA, Jan 12 (GNA) - Ghana and Peru signed a visa pact.")
    assert [s.text.strip() for s in doc.sents][:2] == ["Ghana, Peru sign visa pact", "12.01.2026 16:40"]


def test_a_number_in_the_body_is_still_a_figure(extractor: RulesExtractor) -> None:
    text = ("Trade target set\n\nASTANA, March 3 (Kazinform) - Kazakhstan and Mongolia agreed to raise "
            "trade to 1 billion US dollars by 2030.\n12.5 million tonnes of grain will be shipped, the "
            "ministers said.")
    assert 12_500_000 in [f.number for f in ingested(extractor, text).figures]


# --------------------------------------------------------------------------- a heading's title already held


@pytest.mark.parametrize(("text", "home", "guest"), [
    ("Readout of the Foreign Minister's Call with the Foreign Minister of Senegal\n\n"
     "Foreign Minister Elena Markovic spoke today with Senegalese Foreign Minister Aminata Diallo about "
     "the Serbia-Senegal Joint Commission and Serbia's new consulate in Dakar.",
     ("Elena Markovic", "Serbia"), ("Aminata Diallo", "Senegal")),
    ("Readout of the President's Meeting with the President of Ghana\n\n"
     "President Lucia Ferrante met today with Ghanaian President Kofi Mensah to discuss Italian "
     "investment in Ghana and a new flight between Rome and Accra.",
     ("Lucia Ferrante", "Italy"), ("Kofi Mensah", "Ghana")),
    ("Statement on the Prime Minister's talks with the Prime Minister of Fiji\n\n"
     "Prime Minister Anna Berg held talks with Fijian Prime Minister Ratu Tevita on Norway's help for "
     "Fiji's coast guard and on climate finance.",
     ("Anna Berg", "Norway"), ("Ratu Tevita", "Fiji")),
    ("Readout of the Foreign Minister's Call with the Foreign Minister of Peru\n\n"
     "Foreign Minister Ana Paz spoke today with Peruvian Foreign Minister Luis Soto about Spanish "
     "investment in Peru and Spain's support for Peru's OECD bid.",
     ("Ana Paz", "Spain"), ("Luis Soto", "Peru")),
    ("Statement on the Foreign Minister's Meeting with the Foreign Minister of Ghana\n\n"
     "Foreign Minister Lina Moss met Ghanaian Foreign Minister Kofi Owusu in Copenhagen to discuss "
     "Danish wind power projects in Ghana.",
     ("Lina Moss", "Denmark"), ("Kofi Owusu", "Ghana")),
]
)
def test_a_heading_s_title_held_by_a_marked_person_is_not_the_bare_one_s(
        extractor: RulesExtractor, text: str, home: tuple[str, str], guest: tuple[str, str]) -> None:
    people = {(p.name, p.country) for p in facts(extractor, text).people}
    assert home in people and guest in people


@pytest.mark.parametrize(("text", "name", "state"), [
    # no one else holds the heading's title: the bare one is the heading's
    ("Readout of the President's Meeting with the Prime Minister of Fiji\n\n"
     "President Lucia Ferrante met today with Prime Minister Ratu Tevita to discuss Italian investment "
     "in Fiji and climate finance for Fiji.", "Ratu Tevita", "Fiji"),
    ("Readout of the Minister's Call with the Trade Minister of Kenya\n\n"
     "Foreign Minister Lars Holm spoke with Trade Minister Amina Wekesa about Swedish investment in "
     "Kenya's ports.", "Amina Wekesa", "Kenya"),
])
def test_a_heading_s_title_no_one_holds_stays_the_bare_one_s(
        extractor: RulesExtractor, text: str, name: str, state: str) -> None:
    assert (name, state) in {(p.name, p.country) for p in facts(extractor, text).people}


# --------------------------------------------------------------------------- titles and names in apposition


@pytest.mark.parametrize(("text", "second", "role"), [
    ("Within the framework of the visit of the Minister of Foreign Affairs of Ecuador, Gabriela Salazar, "
     "the Minister of Foreign Affairs, Ruben Ortiz, held a working meeting with her.", "Ruben Ortiz",
     "Minister of Foreign Affairs"),
    ("At the invitation of the President of the Philippines, Ramon Villareal, the Prime Minister of "
     "Cambodia, Sok Vireak, paid an official visit.", "Sok Vireak", "Prime Minister"),
    ("The Minister of Trade of Kenya, Amina Wekesa, the Minister of Industry, Lars Holm, and officials "
     "of both sides attended the signing.", "Lars Holm", "Minister of Industry"),
    ("Present were the Ambassador of Chile, Pablo Vidal, the Deputy Minister of Finance, Ines Rojas, "
     "and the Consul General.", "Ines Rojas", "Deputy Minister of Finance"),
    ("The Secretary of State for Trade of Norway, Anna Berg, the Secretary of Agriculture, Tom Lund, "
     "and their teams met in Lima.", "Tom Lund", "Secretary of Agriculture"),
])
def test_a_title_after_a_name_and_a_comma_is_the_next_person_s(
        extractor: RulesExtractor, text: str, second: str, role: str) -> None:
    roles = {p.name: p.role for p in facts(extractor, text).people}
    assert roles.get(second) == role


@pytest.mark.parametrize(("text", "name", "role"), [
    # a title's portfolios listed with commas stay one title
    ("Kenya's Minister of Foreign Affairs, Tourism and Culture, Ana Paz, met the Peruvian ambassador "
     "in Nairobi.",
     "Ana Paz", "Minister of Foreign Affairs, Tourism and Culture"),
    ("Peru's Minister of Foreign Trade, Tourism, Lina Moss, met the Kenyan ambassador in Lima.",
     "Lina Moss", "Minister of Foreign Trade, Tourism"),
])
def test_a_title_s_portfolios_listed_with_commas_stay_one_title(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert {p.name: p.role for p in facts(extractor, text).people}.get(name) == role


# --------------------------------------------------------------------------- a title block's lines


@pytest.mark.parametrize(("top", "lines"), [
    ("JOINT STATEMENT OF\nTHE PRESIDENT OF GHANA AND\nTHE PRESIDENT OF PERU\nLima, 3 May 2025\n\n",
     ["JOINT STATEMENT OF\nTHE PRESIDENT OF GHANA AND\nTHE PRESIDENT OF PERU", "Lima, 3 May 2025"]),
    ("Kenya, Peru sign visa pact\nBy Ana Paz\n\n", ["Kenya, Peru sign visa pact", "By Ana Paz"]),
])
def test_each_title_line_is_one_sentence_unless_it_runs_on(nlp: Language, top: str, lines: list[str]) -> None:
    body = ("The two presidents met in Lima on Saturday and signed an agreement on visas, trade and "
            "fisheries, and agreed that their ministers would meet again before the end of the year.")
    sents = [s.text.strip() for s in nlp(top + body).sents]
    assert sents[:len(lines)] == lines and sents[len(lines)].startswith("The two presidents")


# --------------------------------------------------------------------------- a title line's encounter

_BODY = ("\n\nOn September 28, the foreign ministers of Chile and Peru led the first meeting "
         "of the Chile-Peru Strategic Dialogue on Technology in Lima, where they agreed to work together "
         "on quantum research.")


@pytest.mark.parametrize("title", [
    "FACT SHEET: Chile-Peru Strategic Dialogue on Technology",
    "Joint Fact Sheet: First Chile-Peru Dialogue on Critical Technology",
    "Chile-Peru Technology Dialogue: Outcomes",
    "Outcomes of the Chile-Peru Strategic Dialogue on Technology",
    "Fact Sheet on the Chile-Peru High-Level Dialogue",
])
def test_a_title_line_s_encounter_is_the_body_s_when_the_body_tells_one(
        extractor: RulesExtractor, title: str) -> None:
    found = facts(extractor, title + _BODY, published=date(2025, 9, 30))
    assert [(m.kind, m.date, m.evidence.start > len(title)) for m in found.meetings] == \
        [("commission_session", "2025-09-28", True)]


@pytest.mark.parametrize(("text", "kinds"), [
    # the body tells no encounter: the title's stands
    ("Chile and Peru hold first technology dialogue\n\nThe two countries agreed to work together on "
     "quantum research and to train engineers, officials said on Tuesday.", ["commission_session"]),
    # the body tells one of another kind: both stand
    ("Chile and Peru hold first technology dialogue\n\nThe Chilean president telephoned his Peruvian "
     "counterpart on Tuesday to discuss quantum research and the training of engineers.",
     ["commission_session", "call"]),
])
def test_a_title_line_s_encounter_stands_when_the_body_tells_none_of_its_kind(
        extractor: RulesExtractor, text: str, kinds: list[str]) -> None:
    assert sorted(m.kind for m in facts(extractor, text).meetings) == sorted(kinds)
