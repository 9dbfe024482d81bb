"""Datelines, sentence splits and parties (issue 9), proved on our own wording: several outlets'
dateline forms, verbs, word orders and list lengths, and negatives sharing the surface words.
"""

from __future__ import annotations

import pytest

from accord.core import Article
from accord.extract.rules import RulesExtractor
from accord.ingest.metadata import find_metadata
from accord.nlp import load_pipeline
from accord.settings import DEFAULT_MODEL
from tests.extract_support import facts

# ------------------------------------------------------- the first sentence after a plain dateline


@pytest.mark.parametrize(("text", "parties"), [
    ("ACCRA, June 2 - Ghana and Côte d'Ivoire on Monday signed a memorandum of understanding on "
     "electricity trade.\n", {"Ghana", "Ivory Coast"}),
    ("LIMA, March 12 - Peru and Chile on Thursday signed an agreement on fisheries.\n", {"Peru", "Chile"}),
    ("HANOI, 4 May - Vietnam and Laos on Friday signed a treaty on border demarcation.\n",
     {"Vietnam", "Laos"}),
    ("Headline about power trade\n\nNAIROBI, July 9 -- Kenya and Uganda yesterday signed a protocol "
     "on oil pipelines.\n", {"Kenya", "Uganda"}),
    ("DHAKA, Jan 20 — Bangladesh and Nepal on Sunday signed a memorandum on hydropower exports.\n",
     {"Bangladesh", "Nepal"}),
])
def test_first_sentence_after_a_dateline_keeps_its_whole_subject(
        extractor: RulesExtractor, text: str, parties: set[str]) -> None:
    found = facts(extractor, text).instruments
    assert len(found) == 1 and set(found[0].parties) == parties
    first = min((p for p in parties if p in text), key=text.find)
    assert found[0].evidence.text.startswith(first)


def test_dateline_still_its_own_sentence_and_the_next_sentence_separate() -> None:
    nlp = load_pipeline(DEFAULT_MODEL)
    doc = nlp("ACCRA, June 2 - Ghana and Togo on Monday signed a deal. Mali was not there.\n")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "ACCRA, June 2 -"
    assert sents[1].startswith("Ghana and Togo") and sents[1].endswith("deal.")
    assert sents[2].startswith("Mali was not there")


def test_no_dateline_no_held_sentence() -> None:
    nlp = load_pipeline(DEFAULT_MODEL)
    doc = nlp("Ghana signed. Togo too.\n")
    assert len(list(doc.sents)) == 2


# ------------------------------------------------------- a state's name the model takes for a person's


@pytest.mark.parametrize(("text", "states"), [
    ("Senegal and Mali signed four memoranda of understanding on trade.", {"Senegal", "Mali"}),
    ("Niger and Benin agreed to reopen their border by June.", {"Niger", "Benin"}),
    ("Chad, Niger and Mali agreed to hold a summit in March.", {"Chad", "Niger", "Mali"}),
    ("Burkina Faso and Niger signed a defence pact on Monday.", {"Burkina Faso", "Niger"}),
    ("Officials from Togo and Benin met in Lome.", {"Togo", "Benin"}),
])
def test_a_state_listed_with_a_state_is_a_state(text: str, states: set[str]) -> None:
    doc = load_pipeline(DEFAULT_MODEL)(text)
    assert states <= {e.text for e in doc.ents if e.label_ == "GPE"}


@pytest.mark.parametrize("text", [
    "Jordan Peterson and Chad Smith met the press.",
    "Mali met Niger Brown in Paris.",
])
def test_people_named_like_states_stay_people(text: str) -> None:
    doc = load_pipeline(DEFAULT_MODEL)(text)
    assert not [e for e in doc.ents if e.label_ == "GPE" and e.text in {"Jordan", "Chad", "Mali", "Niger"}]


@pytest.mark.parametrize(("text", "actor"), [
    ("Niger and Benin agreed to reopen their border by June.", "Niger and Benin"),
    ("Chad, Niger and Mali agreed to hold a joint summit by March.", "Chad and Niger and Mali"),
])
def test_every_state_of_a_list_acts(extractor: RulesExtractor, text: str, actor: str) -> None:
    found = facts(extractor, text).commitments
    assert [c.actor for c in found] == [actor]


# ------------------------------------------------------- dateline forms of several outlets

_BODY = "Ghana and Peru on Monday signed a memorandum of understanding on mining.\n"


@pytest.mark.parametrize(("opening", "place"), [
    ("Lima – 4 June 2026: ", "Lima"),
    ("LIMA – June 4, 2026 – ", "Lima"),
    ("(ANTARA) - Jakarta, ", "Jakarta"),
    ("(Reuters) — Nairobi: ", "Nairobi"),
    ("By Staff Reporter | ACCRA — ", "Accra"),
    ("By Ama Owusu | Kumasi - ", "Kumasi"),
    ("Headline on mining\nBy Staff Reporter | ACCRA\n\n", "Accra"),
    ("NAIROBI, Kenya (AP) — ", "Nairobi"),
    ("Kampala, 3 March 2026 — ", "Kampala"),
    ("BEIJING, March 3 (Xinhua) -- ", "Beijing"),
    ("ACCRA, Ghana — ", "Accra"),
    ("Nairobi, Kenya — ", "Nairobi"),
    ("MANILA, Philippines -- ", "Manila"),
    ("Abuja — ", "Abuja"),
    ("Canberra - ", "Canberra"),
])
def test_dateline_forms_give_the_place_and_leave_the_sentence(
        extractor: RulesExtractor, opening: str, place: str) -> None:
    text = opening + _BODY
    meta = find_metadata(text)
    assert meta.dateline == place
    article = Article(name="t.txt", text=text, content_hash=text, dateline=meta.dateline, skip=meta.skip)
    found = next(extractor.extract([article]))
    [mou] = found.instruments
    assert mou.evidence.text.startswith("Ghana and Peru") and set(mou.parties) == {"Ghana", "Peru"}
    assert mou.place == place


@pytest.mark.parametrize("opening", [
    "By the way | this is not a place. ",
    "(Reuters) - the talks ended. ",
    "Kenya, Peru — ",
    "Lima, Callao - ",
    "Update — ",
    "Peru — ",
])
def test_no_dateline_in_a_bar_or_an_agency_before_plain_words(opening: str) -> None:
    assert find_metadata(opening + _BODY).dateline is None


# ------------------------------------------------------- a caption's credit ends its line's sentence


@pytest.mark.parametrize(("text", "actor"), [
    ("China and Serbia signed a trade deal. (Photo: Xinhua)\n"
     "China and Serbia agreed to cut tariffs by 2025.\n", "China and Serbia"),
    ("Leaders shake hands in Hanoi. (AFP)\nVietnam will open a consulate in Perth by June.\n", "Vietnam"),
    ("The ministers at the signing. (File photo)\nKenya and Peru will launch direct flights by March.\n",
     "Kenya and Peru"),
    ("(Reuters)\nIndonesia will build a smelter in Sulawesi by 2027.\n", "Indonesia"),
    ("Trucks at the border crossing! (Photo: AP)\nGhana promised to reopen the border by Friday.\n", "Ghana"),
    ("Workers load cocoa in Tema port. (Photo: Ghana News Agency)\n"
     "Ghana and Togo have agreed to build a rail link by 2030.\n", "Ghana and Togo"),
])
def test_a_captions_credit_is_no_part_of_the_next_line(
        extractor: RulesExtractor, text: str, actor: str) -> None:
    assert [c.actor for c in facts(extractor, text).commitments] == [actor]


@pytest.mark.parametrize("text", [
    "China and Serbia signed a trade deal. (Photo: Xinhua)\nChina and Serbia agreed to cut tariffs.\n",
    "Workers load cocoa in Tema port. (Photo: Ghana News Agency)\nGhana and Togo agreed to build a rail.\n",
    "A view of the harbour. (Image: Bernama)\nMalaysia and Brunei have pledged to finish the bridge.\n",
    "The ministers at the signing. (File photo)\nKenya and Peru have agreed to launch direct flights.\n",
    "(AFP)\nThe talks ended on Friday.\n",
])
def test_the_line_after_a_captions_credit_starts_a_sentence(text: str) -> None:
    doc = load_pipeline(DEFAULT_MODEL)(text)
    second = next(t for t in doc if t.i > 0 and not t.is_space and "\n" in doc[t.i - 1].text)
    assert second.is_sent_start


@pytest.mark.parametrize("text", [
    "The Association of Southeast Asian Nations (ASEAN)\nSecretary-General will visit Manila.\n",
    "Officials from the World Trade Organization (WTO)\nSaid the talks went well.\n",
])
def test_a_bracket_inside_a_wrapped_sentence_does_not_end_it(text: str) -> None:
    doc = load_pipeline(DEFAULT_MODEL)(text)
    second = next(t for t in doc if t.i > 0 and not t.is_space and "\n" in doc[t.i - 1].text)
    assert not second.is_sent_start
