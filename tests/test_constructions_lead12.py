"""Constructions seen in real wire and agency reports outside the development sets. Our own wording.

A passive list of documents with a bare or counted subject ("Documents were signed on A and B", "A
number of agreements will be signed in the areas of A and B") gives one document per item; an idiom
of manner after "in" ("implemented in practice", "in full") is no subject. "She" or "he" opening a
sentence that names no one before it is the person the sentence before is about, not the last name
told there ("X was set to meet Y and Z. She was also to co-chair …" is X); and a verb's prefix the
lemmatiser drops stays ("co-chair", "co-host").
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


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2031, 5, 12), "Lima")


@pytest.mark.parametrize(("text", "subjects"), [
    ("Documents were signed on soybeans, forestry and trade shows.", ["soybeans", "forestry", "trade shows"]),
    ("During the visit, documents were signed on fisheries and tourism.", ["fisheries", "tourism"]),
    ("Documents were also signed on customs cooperation and civil aviation, the ministry said.",
     ["customs cooperation", "civil aviation"]),
    ("On Tuesday, documents were signed on health, culture and sport.", ["health", "culture", "sport"]),
    ("Documents were signed on the supply of fertiliser and on joint patrols.",
     ["supply of fertiliser", "joint patrols"]),
])
def test_a_passive_list_of_bare_documents_gives_one_per_item(find: Find, text: str,
                                                              subjects: list[str]) -> None:
    found = find(text)
    assert [i.subject for i in found] == subjects, [(i.subject, i.status) for i in found]
    assert {i.status for i in found} == {"signed"}


@pytest.mark.parametrize(("text", "subjects", "status"), [
    ("A number of agreements will be signed in the areas of education and health.",
     ["education", "health"], "planned"),
    ("A series of agreements were signed on fisheries and tourism.", ["fisheries", "tourism"], "signed"),
    ("A host of memoranda were signed on mining, energy and ports on Monday.",
     ["mining", "energy", "ports"], "signed"),
    ("A raft of deals will be signed on rail and aviation during the visit.",
     ["rail", "aviation"], "planned"),
    ("A number of MoUs were signed in the fields of water and sanitation.",
     ["water", "sanitation"], "signed"),
])
def test_a_counted_package_in_the_passive_gives_its_items(find: Find, text: str, subjects: list[str],
                                                          status: str) -> None:
    found = find(text)
    assert [i.subject for i in found] == subjects, [(i.subject, i.status) for i in found]
    assert {i.status for i in found} == {status}


@pytest.mark.parametrize("text", [
    "A number of agreements were signed in Delhi.",
    "A number of people were detained on charges of fraud.",
    "Documents were signed on Tuesday.",
    "The documents were signed by the two ministers.",
])
def test_no_item_where_the_passive_names_no_topic(find: Find, text: str) -> None:
    assert [i.subject for i in find(text)] == []


@pytest.mark.parametrize("text", [
    "The agreements reached by the two leaders must be implemented in practice, she said.",
    "The agreements signed last year will be implemented in full.",
    "The accords were discussed in detail by the ministers.",
    "The agreements were signed in time for the summit.",
    "The memoranda will be carried out in earnest from next year.",
])
def test_an_idiom_of_manner_is_no_subject(find: Find, text: str) -> None:
    words = ("practice", "full", "detail", "time", "earnest")
    assert not [i.subject for i in find(text) if i.subject in words], [i.subject for i in find(text)]


@pytest.mark.parametrize(("text", "subjects"), [
    ("Agreements were signed in tourism and health.", ["tourism", "health"]),
    ("Memoranda were signed in agriculture, mining and transport.", ["agriculture", "mining", "transport"]),
])
def test_a_field_after_in_is_still_a_subject(find: Find, text: str, subjects: list[str]) -> None:
    assert [i.subject for i in find(text)] == subjects


@pytest.mark.parametrize(("text", "actor"), [
    ("Foreign Minister Anna Berg was set to meet her Kenyan counterpart Musalia Mudavadi and Peruvian "
     "Foreign Minister Javier Gonzalez in Nairobi. In Kenya, she was also set to co-chair the joint "
     "commission.", "Anna Berg"),
    ("Minister Anna Berg met Peruvian Foreign Minister Javier Gonzalez on Monday. She will host the "
     "investment forum in April.", "Anna Berg"),
    ("President Samia Suluhu Hassan received the Finnish trade minister Ville Tavio and the envoy Kari "
     "Alanko. She will travel to Helsinki in June.", "Samia Suluhu Hassan"),
    ("Trade Minister Ilse Vogel held talks with her Ghanaian counterpart Kobina Mensah at the "
     "ministry. Later, she pledged to open a trade office in Accra by December.", "Ilse Vogel"),
    ("Prime Minister Lars Holm thanked President Maria Duarte and Vice-President Jose Ramos for the "
     "welcome. He will return to Lisbon in the autumn for the business forum.", "Lars Holm"),
])
def test_a_pronoun_opening_a_sentence_is_the_one_the_sentence_before_is_about(
        extractor: RulesExtractor, text: str, actor: str) -> None:
    actors = [c.actor for c in facts(extractor, text, published=date(2031, 5, 12)).commitments]
    assert actors and actors[-1] == actor, actors


@pytest.mark.parametrize(("text", "actor"), [
    # the pronoun's own sentence names someone before it: the last person named, as before
    ("Minister Anna Berg met Javier Gonzalez on Monday. Gonzalez said he would visit Oslo in May.",
     "Javier Gonzalez"),
    # the sentence before is about no person: the last person named
    ("The talks with Javier Gonzalez ended on Monday. He will visit Oslo in May.", "Javier Gonzalez"),
])
def test_a_pronoun_without_a_subject_before_it_keeps_the_last_person(
        extractor: RulesExtractor, text: str, actor: str) -> None:
    actors = [c.actor for c in facts(extractor, text, published=date(2031, 5, 12)).commitments]
    assert actors and actors[-1] == actor, actors


@pytest.mark.parametrize(("text", "action"), [
    ("The minister is set to co-chair the joint commission in May.", "co-chair the joint commission"),
    ("The two presidents will co-host the investment forum in June.", "co-host the investment forum"),
    ("Peru and Ghana agreed to co-finance the new bridge.", "co-finance the new bridge"),
    ("Ghana will co-sponsor the resolution at the next session.", "co-sponsor the resolution"),
    ("The two ministries will co-organise a trade fair in Accra next year.", "co-organise a trade fair"),
])
def test_a_verbs_prefix_stays_in_the_action(extractor: RulesExtractor, text: str, action: str) -> None:
    actions = [c.action for c in facts(extractor, text, published=date(2031, 5, 12)).commitments]
    assert any(a.startswith(action) for a in actions), actions


@pytest.mark.parametrize(("text", "action"), [
    ("The minister is set to chair the joint commission in May.", "chair the joint commission"),
    ("The two presidents will host the investment forum in June.", "host the investment forum"),
])
def test_a_verb_without_a_prefix_is_unchanged(extractor: RulesExtractor, text: str, action: str) -> None:
    actions = [c.action for c in facts(extractor, text, published=date(2031, 5, 12)).commitments]
    assert any(a.startswith(action) for a in actions), actions
