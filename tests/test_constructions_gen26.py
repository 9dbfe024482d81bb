"""Constructions of gen26's tuning articles (round 26: a state visit's programme, political consultations,
a call readout, a commission session with trade figures and a target, an aid package), proved on our own
wording.

A dateline's day written in figures ("DUSHANBE, 12.11.2026 /Khovar/.") is the dateline's, no figure; a
sum earmarked for a thing that stands on an island or in a region ("NZ$4 million for a plant on Kiritimati
Island") is the pair's, not a total from a region; business operators at a forum are traders, as firms
are; a capitalised "Statement of X" is a document ("a Statement of Partnership", "the Statement of
Intent"), not a body's statement; a signer's title after "by" ("by A and the Minister for Foreign
Affairs of Peru") is no topic of the document, and a lower-case short form told back to a capitalised
name ("… and the tax agreement by A and B" after "an Agreement for the avoidance of double taxation")
is that document.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _figures(extractor: RulesExtractor, text: str) -> list[str]:
    return [f.value for f in facts(extractor, text).figures]


def _told(extractor: RulesExtractor, text: str) -> list[tuple[str, str, str]]:
    return [(i.type, i.subject, i.status) for i in facts(extractor, text).instruments]


# ------------------------------------------------------------------ a dateline's day in figures


@pytest.mark.parametrize(("text", "expected"), [
    ("DUSHANBE, 12.11.2026 /Khovar/. Trade between Tajikistan and Pakistan reached 112 million dollars.",
     ["112 million dollars"]),
    ("ASTANA, 03.05.2026 /Kazinform/. Kazakhstan and Oman signed an MoU on 4 projects worth $80 million.",
     ["4", "$80 million"]),
    ("TASHKENT, 5.4.2026 /Dunyo/. Uzbekistan will send 300 nurses to Germany, the ministry said.",
     ["300"]),
    ("BISHKEK, 21/10/2026 /Kabar/ - Kyrgyzstan and Qatar signed a grant agreement of $15 million.",
     ["$15 million"]),
    ("DUSHANBE, 1.12.2026 /Khovar/. The two sides noted that 1,200 students study in Russia.",
     ["1,200"]),
])
def test_a_datelines_day_in_figures_is_no_figure(extractor: RulesExtractor, text: str,
                                                 expected: list[str]) -> None:
    assert _figures(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number in dots in the body is still read as it was
    ("Ghana and Peru held talks. Exports rose 12.5 percent to $40 million.", ["12.5 percent", "$40 million"]),
    # no dateline: a date in the body is no figure either way, and the sum stays
    ("On 12.11.2026 Kenya pledged $5 million to Somalia.", ["$5 million"]),
])
def test_figures_outside_a_dateline_stay(extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert _figures(extractor, text) == expected


# ------------------------------------------------------------------ a sum for a thing on an island


@pytest.mark.parametrize(("text", "expected"), [
    ("Of the total, NZ$10.5 million is earmarked for a water project, and NZ$4 million for a solar plant "
     "on Kiritimati Island.", ["NZ$10.5 million", "NZ$4 million"]),
    ("Japan will give $3 million for a clinic on Efate Island.", ["$3 million"]),
    ("Portugal pledged €2 million for a new pier on Santiago Island and €1 million for schools.",
     ["€2 million", "€1 million"]),
    ("Australia will provide A$6 million for a hospital in the Western Province.", ["A$6 million"]),
    ("New Zealand announced NZ$8 million for roads on Upolu Island.", ["NZ$8 million"]),
])
def test_a_sum_for_a_thing_on_an_island_is_a_figure(extractor: RulesExtractor, text: str,
                                                    expected: list[str]) -> None:
    assert _figures(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what comes from a region is all partners' ("tourists from Europe and Asia"), no figure of the pair
    ("Kenya received 2 million foreign tourists from Europe and Asia last year.", []),
    # a count of rounds held in a region is no sum for a thing there
    ("Two sets of bilateral talks in the Middle East this week ended very differently.", []),
])
def test_a_count_from_a_region_stays_a_total(extractor: RulesExtractor, text: str,
                                             expected: list[str]) -> None:
    assert _figures(extractor, text) == expected


# ------------------------------------------------------------------ business operators at a forum


@pytest.mark.parametrize(("text", "expected"), [
    ("The business forum was attended by some 200 business operators from both countries.", ["some 200"]),
    ("Over 80 tour operators from Peru attended the Ghana tourism fair.", ["Over 80"]),
    ("The forum, attended by 150 operators from Fiji and Samoa, ended on Friday.", ["150"]),
    ("About 60 business operators took part in the forum in Apia.", ["About 60"]),
    ("Some 120 companies attended the forum in Lima.", ["Some 120"]),
])
def test_operators_at_a_forum_are_traders(extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert _figures(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The business forum was attended by some 300 people.",
    "Some 200 guests attended the state banquet at the palace.",
])
def test_a_crowd_at_a_forum_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert _figures(extractor, text) == []


# ------------------------------------------------------------------ a "Statement of X" titled


@pytest.mark.parametrize(("text", "expected"), [
    ("Fiji and Tonga signed a Statement of Intent on fisheries cooperation on Monday.",
     ("declaration", "Statement of Intent on fisheries cooperation", "signed")),
    ("The two sides agreed to sign a new Statement of Partnership in Wellington next year.",
     ("declaration", "new Statement of Partnership", "planned")),
    ("Samoa and Australia signed the Statement of Principles on Monday.",
     ("declaration", "Statement of Principles", "signed")),
    ("A Statement of Partnership between New Zealand and Kiribati was signed in Tarawa.",
     ("declaration", "Statement of Partnership between New Zealand and Kiribati", "signed")),
    ("Peru and Chile will sign a Statement of Cooperation on Antarctic research in May.",
     ("declaration", "Statement of Cooperation on Antarctic research", "planned")),
])
def test_a_statement_titled_is_a_document(extractor: RulesExtractor, text: str,
                                          expected: tuple[str, str, str]) -> None:
    assert _told(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The Statement of the Ministry of Foreign Affairs welcomed the visit.",
    "Ghana issued a statement of support for the talks with Peru.",
    "In a statement, the ministry said Peru and Chile held talks.",
])
def test_a_statement_said_is_no_document(extractor: RulesExtractor, text: str) -> None:
    assert _told(extractor, text) == []


# ------------------------------------------------------ a signer's title after "by" and a name told back


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Peru signed an Agreement for the avoidance of double taxation and an MoU on fisheries. The "
     "MoU was signed by the two fisheries ministers, and the tax agreement by Mr Mensah and the Minister for "
     "Foreign Affairs of Peru, Ms Ana Lopez.",
     [("agreement", "Agreement for the avoidance of double taxation", "signed"),
      ("mou", "MoU on fisheries", "signed")]),
    ("The protocol was signed by the Minister for Trade, Ana Lopez, and her Ghanaian counterpart.",
     [("protocol", "protocol", "signed")]),
    ("Kenya and Chile signed an Agreement on Mutual Administrative Assistance in Customs Matters. The "
     "customs agreement was signed by the Minister for Finance and his Chilean counterpart.",
     [("agreement", "Agreement on Mutual Administrative Assistance in Customs Matters", "signed")]),
    ("Fiji and Samoa signed a Memorandum of Understanding on Agricultural Cooperation on Monday. The "
     "agricultural memorandum was signed by the Minister for Agriculture, Mr Tui.",
     [("mou", "Memorandum of Understanding on Agricultural Cooperation", "signed")]),
    ("The treaty was signed by the Secretary for Foreign Affairs of Tonga and the Minister for Justice of "
     "Fiji.",
     [("treaty", "treaty", "signed")]),
])
def test_a_signers_title_and_a_name_told_back_add_no_document(extractor: RulesExtractor, text: str,
                                                              expected: list[tuple[str, str, str]]) -> None:
    assert _told(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a short form with a word of its own is another document
    ("Ghana and Peru signed an Agreement for the avoidance of double taxation. The trade agreement was "
     "signed later by the two trade ministers.",
     [("agreement", "Agreement for the avoidance of double taxation", "signed"),
      ("agreement", "trade agreement", "signed")]),
    # what comes right after the parties is still what the document is on
    ("Kenya and Ghana signed an agreement between their health ministries regarding vaccine production.",
     [("agreement", "agreement between their health ministries regarding vaccine production", "signed")]),
])
def test_another_document_or_a_topic_after_the_parties_stays(extractor: RulesExtractor, text: str,
                                                             expected: list[tuple[str, str, str]]) -> None:
    assert _told(extractor, text) == expected
