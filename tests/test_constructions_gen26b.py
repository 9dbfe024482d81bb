"""Constructions gen26's tuning articles still got wrong (round 26), proved on our own wording.

An office's initials, a dash and the day opening a release ("GIS – 20 November 2026: …") credit it and
name no place; an aside after a document's name ("the Partnership Agreement, in force since 2021, …")
says it applies, whatever verb governs the sentence; signers named after a "by" of titles set off by
commas ("signed by the Minister for Development, A, and Kenya's Cabinet Secretary for Trade, B") are
the signatories; a sum committed "in" a form of aid ("committed A$12 million in budget support") is the
act, with that form.
"""

from __future__ import annotations

import pytest

from accord.datelines import dateline_credit, dateline_span, match_dateline
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# ------------------------------------------------------------------ an office's initials before the day


@pytest.mark.parametrize(("line", "credit"), [
    ("GIS – 20 November 2026: The President of Botswana left Mauritius this morning.", "GIS"),
    ("DPI - 3 March 2027: Guyana and Suriname signed a memorandum on energy.", "DPI"),
    ("JIS — May 4, 2026: Jamaica and Ghana held talks in Kingston.", "JIS"),
    ("SPC – 12.10.2026: The ministers met in Noumea on Monday.", "SPC"),
    ("IRNA – 2 June 2026: Iran and Oman agreed to open a new border crossing.", "IRNA"),
])
def test_initials_before_a_dashed_day_credit_the_release(line: str, credit: str) -> None:
    assert match_dateline(line) is None
    assert dateline_credit(line) == credit
    span = dateline_span(line)
    assert span is not None and line[span[1]:].startswith(("The", "Guyana", "Jamaica", "Iran"))


@pytest.mark.parametrize(("line", "place"), [
    ("LIMA – 20 November 2026: Peru and Chile signed a pact.", "LIMA"),
    ("APIA — 3 May 2026: Samoa and Fiji held talks.", "APIA"),
    ("ACCRA, 12 June 2026 – Ghana and Peru held talks.", "ACCRA"),
])
def test_a_place_before_a_dashed_day_stays_a_place(line: str, place: str) -> None:
    found = match_dateline(line)
    assert found is not None and found.group("place") == place


def test_a_meeting_in_a_credited_release_is_not_placed_at_the_initials(extractor: RulesExtractor) -> None:
    text = ("GIS – 20 November 2026: The Prime Minister of Mauritius held talks with the President of "
            "Botswana, Duma Boko, on trade and tourism.")
    found = facts(extractor, text)
    assert found.meetings and all(m.place != "Gis" for m in found.meetings)


# ------------------------------------------------------------------ "in force since" set off after a name


def _told(extractor: RulesExtractor, text: str) -> list[tuple[str, str]]:
    return [(i.subject, i.status) for i in facts(extractor, text).instruments]


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders discussed their partnership, including the Kenya-Peru Economic Partnership Agreement, "
     "in force since 2021, under which trade has grown.",
     [("Kenya-Peru Economic Partnership Agreement", "in_force")]),
    ("Ghana and Chile reviewed the Free Trade Agreement, in force since 2019, and their investment ties.",
     [("Free Trade Agreement", "in_force")]),
    ("The ministers discussed the Double Taxation Avoidance Agreement (in force since 2015) between "
     "Nepal and Qatar.",
     [("Double Taxation Avoidance Agreement", "in_force")]),
    ("Fiji and Japan talked about the Air Services Agreement, now in force, and new routes.",
     [("Air Services Agreement", "in_force")]),
    ("Under the Comprehensive Economic Partnership Agreement, in force since 2022, Peru and Korea "
     "expanded trade.",
     [("Comprehensive Economic Partnership Agreement", "in_force")]),
])
def test_an_aside_in_force_after_a_document_tells_it_applies(extractor: RulesExtractor, text: str,
                                                            expected: list[tuple[str, str]]) -> None:
    assert _told(extractor, text) == expected


@pytest.mark.parametrize(("text", "status"), [
    # the verb tells: no aside after the name
    ("Ghana and Chile discussed a Free Trade Agreement.", "discussed"),
    # a force sent, no document applying
    ("Kenya and Peru signed a Defence Cooperation Agreement, in a show of force, on Monday.", "signed"),
])
def test_without_the_aside_the_verb_tells(extractor: RulesExtractor, text: str, status: str) -> None:
    assert [s for _, s in _told(extractor, text)] == [status]


# ------------------------------------------------------------------ signers after a "by" of titles


def _signers(extractor: RulesExtractor, text: str) -> list[tuple[str, ...]]:
    return [tuple(i.signatories) for i in facts(extractor, text).instruments]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Prime Minister welcomed the financing agreement signed in Nairobi on 25 November by the "
     "Minister for Development, Anna Clarke, and Kenya's Cabinet Secretary for Trade, Peter Otieno.",
     [("Anna Clarke", "Peter Otieno")]),
    ("A memorandum on fisheries was signed on Monday by the Minister of Agriculture, Elena Petrova, and "
     "Fiji's Minister for Fisheries, Ratu Kini.",
     [("Elena Petrova", "Ratu Kini")]),
    ("The loan agreement, signed by Ghana's Minister of Finance, Kofi Mensah, and the Ambassador of "
     "Japan, Hiro Tanaka, will fund a new bridge.",
     [("Kofi Mensah", "Hiro Tanaka")]),
    ("The two presidents hailed the visa accord signed by the Foreign Minister, Lina Haddad, "
     "and her Omani counterpart, Said Al Busaidi.",
     [("Lina Haddad", "Said Al Busaidi")]),
    ("An MoU on health was signed yesterday by Peru's Minister of Health, Rosa Quispe, and Chile's "
     "Minister of Health, Juan Soto.",
     [("Rosa Quispe", "Juan Soto")]),
])
def test_signers_after_a_by_of_titles_are_the_signatories(extractor: RulesExtractor, text: str,
                                                          expected: list[tuple[str, ...]]) -> None:
    assert _signers(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a witness after "in the presence of" signed nothing
    ("The trade agreement was signed by the Minister of Trade, Maria Santos, in the presence of "
     "President Mario Silva.",
     [("Maria Santos",)]),
    # names after a title the parse keeps inside the "by" phrase are read as before
    ("The treaty was signed by Kenyan Minister John Kamau and Peruvian Minister Rosa Quispe.",
     [("John Kamau", "Rosa Quispe")]),
])
def test_witnesses_and_plain_agents_stay(extractor: RulesExtractor, text: str,
                                         expected: list[tuple[str, ...]]) -> None:
    assert _signers(extractor, text) == expected


# ------------------------------------------------------------------ a sum committed in a form of aid


def _promises(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    return [(c.action, c.deadline_text) for c in facts(extractor, text).commitments]


@pytest.mark.parametrize(("text", "expected"), [
    ("Australia had committed A$12 million (US$7.8 million) in budget support for Tonga.",
     [("commit A$12 million (US$7.8 million) in budget support for Tonga", None)]),
    ("Norway has committed 40 million kroner in grants to Malawi.",
     [("commit 40 million kroner in grants to Malawi", None)]),
    ("Japan pledged $5 million in humanitarian aid for Gaza.",
     [("pledge $5 million in humanitarian aid", None)]),
    ("Korea will commit $30 million in concessional loans, the ministry said.",
     [("commit $30 million in concessional loans", None)]),
    ("Canada committed $3 million in technical assistance to Ghana.",
     [("commit $3 million in technical assistance", None)]),
])
def test_a_sum_committed_in_a_form_of_aid_is_the_act(extractor: RulesExtractor, text: str,
                                                     expected: list[tuple[str, str | None]]) -> None:
    assert _promises(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act after "committed to" is read as before
    ("Kenya and Peru committed to expanding trade in coffee.", [("expand trade in coffee", None)]),
    # "agreed in principle": no sum, the act is the infinitive
    ("Kenya and Peru agreed in principle to open embassies.", [("open embassies", None)]),
])
def test_acts_without_a_sum_stay(extractor: RulesExtractor, text: str,
                                 expected: list[tuple[str, str | None]]) -> None:
    assert _promises(extractor, text) == expected
