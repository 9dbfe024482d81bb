"""A document's stage: how far it had come, from its status and the words its sources use.

A record's stage is its stated status, moved on by what its sources say happened to it ("signed
the ratification document", "has entered into force", "Chad has denounced the treaty"). A mention
that tells a document ended is not merged with the mentions of it signed or in force: it is a
later step of its life, linked to them (`accord.resolve.derived.relation`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from accord.lexicon import DOCUMENT_NOUNS

# A document's life, in order.
STAGES: tuple[str, ...] = ("planned", "negotiating", "concluded", "signed", "ratified", "in_force",
                           "suspended", "terminated")
_STATUS_STAGE = {"planned": "planned", "discussed": "negotiating", "finalized": "concluded",
                 "finalised": "concluded", "signed": "signed", "issued": "signed", "ratified": "ratified",
                 "in_force": "in_force"}
# "denounced the treaty", "withdrew from the 2010 agreement": the document follows the verb, in one
# noun phrase ("denounced the attack and praised the treaty" is no end)
_DOCUMENT = (r"(?:the|its|their|this|that|a)\s+(?:(?!(?:and|or|but|the)\b)[\w'’-]+\s+){0,5}?(?:"
             + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")
_STAGE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "was allowed to expire", "let the memorandum lapse", "lapsed without being renewed",
    # "was not renewed", "Chad has denounced the treaty", "withdrew from the agreement",
    # "ceased to have effect"
    ("terminated", re.compile(r"\b(?:terminated|scrapped|annulled|revoked|abrogated|expired|lapsed)\b|"
                              r"\b(?:allowed|let)\s+(?:[\w-]+\s+){0,6}?(?:to\s+)?(?:expire|lapse)\b|"
                              r"\bnot\s+(?:been\s+)?(?:renewed|extended)\b|"
                              r"\b(?:was|were|been)\s+denounced\b|"
                              r"\b(?:denounced|withdr[ae]wn?\s+from)\s+" + _DOCUMENT + "|"
                              r"\bceased\s+to\s+(?:have\s+effect|be\s+in\s+force|apply)\b", re.I)),
    ("suspended", re.compile(r"\bsuspended\b", re.I)),
    ("in_force", re.compile(r"\b(?:entered|came|went|has\s+entered|has\s+come)\s+into\s+force|"
                            r"\btook\s+effect\b|\b(?:is|are|was|remains?)\s+(?:now\s+)?in\s+force\b", re.I)),
    ("ratified", re.compile(r"\bratified\b|\bratification\s+(?:document|instrument|law)s?\b|"
                            r"\binstruments?\s+of\s+ratification\b", re.I)),
    ("concluded", re.compile(r"\bagreed\s+in\s+principle\b|\bagreement\s+in\s+principle\b|"
                             r"\b(?:concluded|completed|finali[sz]ed|wrapped\s+up)\s+(?:the\s+|their\s+|its\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:negotiations|talks)\b|"
                             r"\b(?:negotiations|talks)\b[^.;]{0,80}?\b(?:was|were|ha(?:ve|s|d)\s+been)\s+"
                             r"(?:successfully\s+)?(?:concluded|completed|finali[sz]ed)\b", re.I)),
)
# Words before a stage word that put it ahead, not done: "will enter into force", "due to be ratified".
_NOT_YET = re.compile(r"\b(?:will|shall|would|to\s+be|expected|due|plans?|once|after|when|if|before)\W+"
                      r"(?:\w+\W+){0,3}$", re.I)
# The stages a document reaches once signed, and the one of them that ends it.
LATER_STAGES = frozenset({"ratified", "in_force", "suspended", "terminated"})
ENDED = "terminated"
# The stages that end a document or put it on hold: told apart from its signing, a later step of it
_HALTED = frozenset({"suspended", ENDED})
_SIGNED = frozenset({"signed", "ratified", "in_force"})


def stage_of(status: str | None, quotes: Iterable[str]) -> str:
    """Return how far a document had come: its status, or a later step its sources' words state."""
    found = _STATUS_STAGE.get(str(status or "signed").lower(), "signed")
    for quote in quotes:
        for name, words in _STAGE_WORDS:
            if STAGES.index(name) <= STAGES.index(found):
                continue
            if any(not _NOT_YET.search(quote[:m.start()]) for m in words.finditer(quote)):
                if name == "concluded" and re.search(r"\bsign(?:ed|ing)\b", quote, re.I):
                    continue  # "agreed in principle and signed": signed
                found = name
    return found


@lru_cache(maxsize=16384)
def tells_end(status: str | None, quote: str) -> bool:
    """Say whether one mention of a signed document tells it ended or put on hold ("the MoU they
    signed in 2022 was allowed to expire", "Chad has denounced the treaty", "Suriname has suspended
    the memorandum it signed in February"); a planned one has nothing to end."""
    signed = _STATUS_STAGE.get(str(status or "signed").lower(), "signed")
    return signed in _SIGNED and stage_of(status, (quote,)) in _HALTED
