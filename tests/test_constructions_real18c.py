"""Constructions of real reports (issue 9, real18c), proved on our own wording.

Commitments: a founding particle verb after "is/are to" ("the two countries are to set up a commission")
is a plan, as after "will"; an undertaking noun restated ("restated its readiness to …", "repeated its
offer to …") is one as when reaffirmed, while a stance against a plan ("its opposition to the decision
to …") is none; an object the parser read as a clause ("review [the fisheries deal]") stays the act's
object; "Oli and his Chinese counterpart" are both sides. People: initials written apart ("K P Sharma
Oli") open the name. An undertaking failed or refused ("failed to agree to …", "refused to commit to …") is
none.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import Dated, dated, facts

# --------------------------------------------------------------------------- "are to set up"


@pytest.mark.parametrize(("text", "expected"), [
    ("The two countries are to set up a joint border commission.",
     ("set up a joint border commission", None, None)),
    ("Ghana is to set up a working group on fisheries by September.",
     ("set up a working group on fisheries", "by September", "2025-09")),
    ("Both governments are to set up a hotline between their coast guards.",
     ("set up a hotline between their coast guards", None, None)),
    ("Peru and Ghana are to jointly set up a business council next year.",
     ("set up a business council", "next year", None)),
    ("The foreign ministers are to set up a task force on migration within three months.",
     ("set up a task force on migration", "within three months", "2025-08-06")),
])
def test_a_founding_particle_verb_after_are_to_is_a_plan(extractor: RulesExtractor, text: str,
                                                         expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The two countries are to become close partners in the region.",
    "Peru is to set an example for its neighbours.",
])
def test_a_forecast_after_are_to_is_none(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# --------------------------------------------------------------------------- an undertaking restated


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru restated its readiness to host the fisheries forum in June.",
     ("host the fisheries forum", "in June", "2025-06")),
    ("Ghana repeated its offer to train Peruvian customs officers.",
     ("train Peruvian customs officers", None, None)),
    ("The ministers reasserted their willingness to hold talks on the maritime border.",
     ("hold talks on the maritime border", None, None)),
    ("Peru reconfirmed its pledge to cut tariffs on Ghanaian cocoa by 2026.",
     ("cut tariffs on Ghanaian cocoa", "by 2026", None)),
    ("The president restated Ghana's intention to open an embassy in Lima next year.",
     ("open an embassy in Lima", "next year", None)),
])
def test_an_undertaking_noun_restated_is_a_promise(extractor: RulesExtractor, text: str,
                                                    expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Peru repeated its criticism of the decision to close the border.",
    "Ghana restated its opposition to the decision to build the dam.",
])
def test_a_view_restated_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []



# --------------------------------------------------------------------------- an object read as a clause


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides agreed to review the fisheries deal by June.",
     ("review the fisheries deal", "by June", "2025-06")),
    ("The two sides agreed to renew the fisheries deal by June.",
     ("renew the fisheries deal", "by June", "2025-06")),
    ("The ministers agreed to renew the loans deal next year.",
     ("renew the loans deal", "next year", None)),
    ("Both governments agreed to expand the fisheries deal in 2027.",
     ("expand the fisheries deal", "in 2027", None)),
    ("Ghana and Peru agreed to renew the loans deal in 2027.",
     ("renew the loans deal", "in 2027", None)),
    ("The two sides agreed to review the fisheries deal in 2027.",
     ("review the fisheries deal", "in 2027", None)),
])
def test_an_object_the_parser_read_as_a_clause_stays_the_object(extractor: RulesExtractor, text: str,
                                                                expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a real clause after the verb stays out of the act's words
    ("Peru will help Ghana build a fish processing plant by 2027.",
     ("help Ghana build a fish processing plant", "by 2027", None)),
    ("The ministers agreed that the fisheries deal should be reviewed by June.",
     ("review the fisheries deal", "by June", "2025-06")),
])
def test_a_clause_after_the_verb_is_read_as_before(extractor: RulesExtractor, text: str,
                                                   expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


# ------------------------------------------------------------------------ a party and an unnamed counterpart

NEPAL_CHINA = "Nepal and China held talks in Beijing on Monday on trade and transit. "


@pytest.mark.parametrize("text", [
    "Prime Minister Oli and his Chinese counterpart agreed to build a cross-border railway.",
    "Nepalese Prime Minister Oli and his counterpart from China agreed to open two border points by June.",
    "Foreign Minister Wang Yi and his Nepali counterpart will meet again in Kathmandu in August.",
    "President Paudel and his Chinese counterpart pledged to double trade within five years.",
    "Minister Rana and her Chinese counterpart agreed to set up a joint working group on trade.",
])
def test_a_party_and_an_unnamed_counterpart_are_both_sides(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, lead=NEPAL_CHINA).commitments
    assert [set(c.actor.split(" and ")) for c in found] == [{"Nepal", "China"}]


@pytest.mark.parametrize(("text", "actor"), [
    ("Prime Minister Oli and his Chinese counterpart Li Qiang agreed to build a cross-border railway.",
     "Oli and Li Qiang"),
    ("Prime Minister Oli and his wife will visit Beijing next month.", "Oli"),
])
def test_a_named_counterpart_or_a_companion_stays_a_person(extractor: RulesExtractor, text: str,
                                                           actor: str) -> None:
    assert [c.actor for c in facts(extractor, text, lead=NEPAL_CHINA).commitments] == [actor]


# --------------------------------------------------------------------------- initials apart before a name


@pytest.mark.parametrize(("text", "name"), [
    ("Prime Minister K P Sharma Oli agreed to build a cross-border railway.", "K P Sharma Oli"),
    ("Foreign Minister N P Saud will visit Beijing next month.", "N P Saud"),
    ("Finance Minister B K Rai pledged to cut tariffs on Chinese goods by June.", "B K Rai"),
    ("Commerce Minister R S Mehta agreed to open a trade office in Lhasa.", "R S Mehta"),
    ("Chief Minister M K Stalin will visit Beijing in August.", "M K Stalin"),
])
def test_initials_written_apart_open_the_name(extractor: RulesExtractor, text: str, name: str) -> None:
    found = facts(extractor, text, lead=NEPAL_CHINA)
    assert name in [p.name for p in found.people]
    assert [c.actor for c in found.commitments] == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Prime Minister KP Sharma Oli agreed to build a cross-border railway.", "KP Sharma Oli"),
    ("External Affairs Minister S Jaishankar will visit Beijing next month.", "S Jaishankar"),
])
def test_initials_run_together_are_read_as_before(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in [p.name for p in facts(extractor, text, lead=NEPAL_CHINA).people]


# --------------------------------------------------------------------------- a side the tagger left untagged


@pytest.mark.parametrize(("text", "actor"), [
    ("Hanoi, March 14 - Viet Nam and Japan agreed to expand cooperation in energy.", "Vietnam and Japan"),
    ("Vientiane, May 3 - Lao PDR and Thailand agreed to build a second rail bridge over the Mekong.",
     "Laos and Thailand"),
    ("Ankara, April 2 - Türkiye and Kenya agreed to double bilateral trade by 2028.", "Turkey and Kenya"),
    ("Abidjan, May 2 - Cote d'Ivoire and Ghana agreed to open two new border posts.",
     "Ivory Coast and Ghana"),
    ("Phnom Penh, July 8 - Viet Nam and Cambodia will reopen the Moc Bai crossing next month.",
     "Vietnam and Cambodia"),
])
def test_a_side_the_tagger_missed_is_named(extractor: RulesExtractor, text: str, actor: str) -> None:
    assert [c.actor for c in facts(extractor, text).commitments] == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hanoi, March 14 - Japan and Viet Nam will hold the next dialogue in Tokyo in June.",
     "Japan and Vietnam"),
    ("Hanoi, March 14 - Viet Nam Airlines and Japan Airlines agreed to share codes on Tokyo flights.",
     "Viet Nam Airlines and Japan Airlines"),
])
def test_a_tagged_side_or_a_firm_is_read_as_before(extractor: RulesExtractor, text: str, actor: str) -> None:
    assert [c.actor for c in facts(extractor, text).commitments] == [actor]


# --------------------------------------------------------------------------- an undertaking failed or refused


@pytest.mark.parametrize("text", [
    "The two sides failed to agree to reopen the fishing grounds.",
    "Ghana refused to agree to lift the ban on Peruvian grapes before June.",
    "Peru refused to commit to lifting the ban on Ghanaian cocoa.",
    "Ghana declined to pledge to cut tariffs on Peruvian grapes.",
    "The two sides failed to agree on a plan to open a joint business council.",
])
def test_an_undertaking_failed_or_refused_is_none(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru agreed to reopen the fishing grounds after talks failed last year.",
     ("reopen the fishing grounds", None, None)),
    ("Ghana, which had refused to sign last year, agreed to join the fisheries pact by June.",
     ("join the fisheries pact", "by June", "2025-06")),
])
def test_a_failure_elsewhere_leaves_the_promise(extractor: RulesExtractor, text: str,
                                                expected: Dated) -> None:
    assert dated(extractor, text) == [expected]
