"""Meeting constructions of round 11b on unseen text (issue 9), proved on our own wording (the texts are
dated Tuesday 6 May 2025): after "X received Y", a "he" who is welcomed ("He was accorded a guard of
honour") is the guest Y, not the host X.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import meetings, named, of_kind

# --------------------------------------------------------------------------- the guest welcomed after a reception


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("ANKARA - Turkish President Recep Tayyip Erdogan received Kenyan President William Ruto at the "
     "presidential complex on Tuesday. He was accorded a guard of honour before the talks began.",
     "Ruto", "Erdogan"),
    ("Brazilian President Luiz Inacio Lula da Silva received Chilean President Gabriel Boric at the "
     "Planalto Palace on Monday. He was welcomed with full military honours.", "Boric", "Lula"),
    ("Japanese Prime Minister Shigeru Ishiba hosted Philippine President Ferdinand Marcos in Tokyo, and "
     "he was given a 19-gun salute at the Akasaka Palace.", "Marcos", "Ishiba"),
    ("Kenyan President William Ruto welcomed Ghanaian President John Mahama to State House, Nairobi, on "
     "Monday. He was greeted by a military band and a guard of honour.",
     "Mahama", "Ruto"),
    ("On Friday Indonesian President Prabowo Subianto received Australian Prime Minister Anthony Albanese "
     "at the Merdeka Palace in Jakarta. He was honoured with a 21-gun salute.", "Albanese", "Prabowo"),
])
def test_welcomed_pronoun_after_reception_is_the_guest(extractor: RulesExtractor, text: str, guest: str,
                                                       host: str) -> None:
    ceremonies = of_kind(extractor, text, "other")
    assert len(ceremonies) == 1, meetings(extractor, text)
    assert named(ceremonies[0], guest) and not named(ceremonies[0], host), ceremonies


@pytest.mark.parametrize(("text", "guest"), [
    # the guest is the subject of the passive reception: "he" stays the guest
    ("Chinese President Xi Jinping was received by Brazilian President Lula da Silva at the Alvorada "
     "Palace on Monday. He was accorded full military honours.", "Xi"),
    # no reception before: "he" is the one last told of
    ("French President Emmanuel Macron arrived in Hanoi on Sunday. He was accorded a 21-gun salute at "
     "the Presidential Palace.", "Macron"),
])
def test_welcomed_pronoun_without_reception_is_the_subject(extractor: RulesExtractor, text: str,
                                                           guest: str) -> None:
    ceremonies = of_kind(extractor, text, "other")
    assert len(ceremonies) == 1, meetings(extractor, text)
    assert named(ceremonies[0], guest), ceremonies
