"""Follow-through over a chain of reports: renamed documents, second postponements, promises under a
document called off, and leaders' meetings (round 10, chain10). Texts are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from accord.extract.rules import RulesExtractor
from accord.nlp import load_pipeline
from accord.settings import DEFAULT_MODEL
from tests.extract_support import facts
from tests.test_follow import batch, status_of

# --- a document promised under one name and signed under another, linked by the register -------------

RENAMED = [
    (" date 2031-04-07 \nMANILA, April 7 - Canada and the Philippines expect to sign an umbrella deal on "
     "defence cooperation next month, the defence secretary said on Monday.\n",
     " date 2031-05-21 \nCanada and the Philippines signed the Framework Agreement on Defence Cooperation "
     "in Manila on Tuesday.\n", "umbrella"),
    (" date 2031-02-03 \nACCRA - Ghana and Peru will sign a fisheries pact by the end of March, officials "
     "said on Monday.\n",
     " date 2031-03-19 \nGhana and Peru on Wednesday signed the Agreement on Cooperation in Sustainable "
     "Fisheries in Lima.\n", "fisheries"),
    (" date 2031-06-02 \nNAIROBI - Kenya and Chile plan to sign a visa waiver deal in July, the foreign "
     "ministry said.\n",
     " date 2031-07-15 \nKenya and Chile signed an agreement on visa waiver for holders of diplomatic "
     "passports on Tuesday.\n", "visa"),
    (" date 2031-09-01 \nOSLO - Norway and Vietnam aim to sign a shipping pact in October, the trade "
     "minister said on Monday.\n",
     " date 2031-10-08 \nNorway and Vietnam signed the Framework Agreement on Green Shipping in Hanoi on "
     "Wednesday.\n", "shipping"),
    (" date 2031-01-12 \nSenegal and Portugal are expected to sign an umbrella agreement on health "
     "cooperation next month, the health ministry said.\n",
     " date 2031-02-18 \nSenegal and Portugal on Tuesday signed a Framework Agreement on Health Cooperation "
     "in Dakar.\n", "health"),
]


@pytest.mark.parametrize(("promise", "signed", "word"), RENAMED)
def test_a_document_signed_under_another_name_keeps_the_promise(tmp_path: Path, promise: str, signed: str,
                                                                word: str) -> None:
    result = batch(tmp_path, promise, signed)
    assert status_of(result, word, date(2031, 12, 31)) == "fulfilled"


@pytest.mark.parametrize(("promise", "signed", "word"), [
    (RENAMED[0][0], " date 2031-05-21 \nCanada and the Philippines signed an agreement on tourism "
                    "promotion in Manila on Tuesday.\n", "umbrella"),
    (RENAMED[0][0], " date 2031-05-21 \nCanada and the Philippines signed a memorandum of understanding "
                    "on defence industry cooperation in Ottawa on Tuesday.\n", "umbrella"),
])
def test_another_document_does_not_keep_the_promise(tmp_path: Path, promise: str, signed: str,
                                                    word: str) -> None:
    result = batch(tmp_path, promise, signed)
    assert status_of(result, word, date(2031, 12, 31)) == "overdue"


# --- an event put off once, then put off again, then held ---------------------------------------------

SUMMIT = (" date 2031-01-13 \nASTANA - The first Kazakhstan-Mongolia summit will be held in Astana in "
          "March, the foreign minister said on Monday.\n")
FIRST_DELAY = (" date 2031-02-28 \nThe Kazakhstan-Mongolia summit planned for March in Astana has been "
               "postponed to May because of flooding, the presidency said on Friday.\n")
HELD = (" date 2031-09-12 \nPresident Tokayev and President Khurelsukh held talks in Astana on Thursday at "
        "the first Kazakhstan-Mongolia summit.\n")


@pytest.mark.parametrize("again", [
    "The Kazakhstan-Mongolia summit has been postponed again, to September, the ministry said on Friday.",
    "The summit with Mongolia has been postponed once more, to September, Kazakh officials said on Friday.",
    "The Kazakhstan-Mongolia summit has been postponed for a second time, to September.",
    "The summit of Kazakhstan and Mongolia was postponed again until September, the presidency said.",
    "Officials said on Friday the summit between Kazakhstan and Mongolia had been postponed again to "
    "September.",
])
def test_an_event_put_off_again_then_held_is_fulfilled_late(tmp_path: Path, again: str) -> None:
    result = batch(tmp_path, SUMMIT, FIRST_DELAY, f" date 2031-05-09 \n{again}\n", HELD)
    assert status_of(result, "summit", date(2031, 12, 31)) == "fulfilled_late"
    # the second new date has not passed: put off, not overdue
    assert status_of(result, "summit", date(2031, 7, 1)) == "postponed"


@pytest.mark.parametrize("again", [
    # another pair's summit put off again
    "The Kazakhstan-Uzbekistan summit has been postponed again, to September, the ministry said.",
    # put off once only: no "again", and it names nothing of the promise
    "The meeting has been postponed to September, officials said on Friday.",
])
def test_a_setback_that_is_not_this_one_again_does_not_move_it(tmp_path: Path, again: str) -> None:
    result = batch(tmp_path, SUMMIT, FIRST_DELAY, f" date 2031-05-09 \n{again}\n")
    assert status_of(result, "summit", date(2031, 7, 1)) == "overdue"


# --- what was to be done under a document falls with the document ----------------------------------

@pytest.mark.parametrize(("signed", "cancelled", "word"), [
    ("Japan and Niger signed a loan agreement worth 8 billion yen for the Niamey water supply project on "
     "Tuesday. The first disbursement will be made in October.",
     "Japan has cancelled the loan agreement for the Niamey water supply project after the coup.",
     "disbursement"),
    ("Kuwait and Mali signed a loan agreement for the Bamako bypass road on Monday. Construction will "
     "start in November, the fund said.",
     "Kuwait has scrapped the loan agreement for the Bamako bypass road following the coup.", "start"),
    ("China and Gabon signed a financing agreement for the Libreville port expansion. China will disburse "
     "the first tranche by the end of the year.",
     "China cancelled the financing agreement for the Libreville port expansion on Monday.", "tranche"),
    ("India and Myanmar signed a credit line agreement for the Sittwe power plant. India will deliver the "
     "first turbines in December.",
     "India called off the credit line agreement for the Sittwe power plant after the coup.", "turbines"),
    ("Turkey and Sudan signed a grant agreement for the Khartoum hospital project on Sunday. Work on the "
     "hospital will begin in October.",
     "Turkey has cancelled the grant agreement for the Khartoum hospital project, officials said.",
     "begin"),
])
def test_a_promise_under_a_document_called_off_is_cancelled(tmp_path: Path, signed: str, cancelled: str,
                                                            word: str) -> None:
    result = batch(tmp_path, f" date 2031-06-14 \n{signed}\n", f" date 2031-09-05 \n{cancelled}\n")
    assert status_of(result, word, date(2031, 12, 31)) == "cancelled"


@pytest.mark.parametrize("cancelled", [
    # another document of the pair called off
    "Japan has cancelled the loan agreement for the Zinder road project after the coup.",
    # the document only put under review
    "Japan said it was reviewing its loan agreement with Niger after the coup.",
])
def test_a_promise_stands_when_its_document_is_not_called_off(tmp_path: Path, cancelled: str) -> None:
    signed = ("Japan and Niger signed a loan agreement worth 8 billion yen for the Niamey water supply "
              "project on Tuesday. The first disbursement will be made in October.")
    result = batch(tmp_path, f" date 2031-06-14 \n{signed}\n", f" date 2031-09-05 \n{cancelled}\n")
    assert status_of(result, "disbursement", date(2031, 12, 31)) == "overdue"


# --- a meeting promised by named leaders is kept by their meeting, not their ministers' -----------------

LEADERS = (" date 2031-02-10 \nBUENOS AIRES - Argentine President Javier Milei and Uruguayan "
           "President Luis Lacalle Pou will hold a joint cabinet meeting soon, the foreign ministry said "
           "on Friday.\n")


@pytest.mark.parametrize("report", [
    "Argentina's Javier Milei and Uruguay's Luis Lacalle Pou met in Montevideo on Monday for a joint "
    "cabinet meeting.",
    "Argentine President Javier Milei held talks with Uruguayan President Luis Lacalle Pou in Colonia on "
    "Monday.",
    "Uruguayan President Luis Lacalle Pou received Argentine President Javier Milei in Montevideo on "
    "Monday.",
    "Argentine President Javier Milei and Uruguayan President Luis Lacalle Pou met on Monday in Buenos "
    "Aires, with ministers of both governments.",
    "The presidents of Uruguay and Argentina, Luis Lacalle Pou and Javier Milei, held a joint cabinet "
    "meeting in Colonia on Monday.",
])
def test_a_leaders_meeting_keeps_their_promise(tmp_path: Path, report: str) -> None:
    result = batch(tmp_path, LEADERS, f" date 2031-03-04 \n{report}\n")
    assert status_of(result, "cabinet", date(2031, 6, 1)) == "fulfilled"


@pytest.mark.parametrize("report", [
    "Uruguayan Foreign Minister Omar Paganini met Argentine Foreign Minister Diana Mondino in Montevideo "
    "on Monday to discuss dredging.",
    "Argentine Economy Minister Luis Caputo held talks with Uruguayan Finance Minister Azucena Arbeleche "
    "in Buenos Aires on Monday.",
    "Argentine Security Minister Patricia Bullrich met her Uruguayan counterpart Nicolas Martinelli in "
    "Colonia on Monday to discuss border crime.",
    "Uruguay's Defence Minister Javier Garcia visited Buenos Aires on Monday for talks with Argentine "
    "Defence Minister Luis Petri.",
    "Deputy foreign ministers Gerardo Werthein of Argentina and Nicolas Albertoni of Uruguay held "
    "consultations in Montevideo on Monday.",
])
def test_ministers_talks_do_not_keep_a_leaders_promise(tmp_path: Path, report: str) -> None:
    result = batch(tmp_path, LEADERS, f" date 2031-03-04 \n{report}\n")
    assert status_of(result, "cabinet", date(2031, 6, 1)) == "no_deadline"


# --- the first sentence under the date stamp, with no headline between, is a sentence of its own ------

@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


@pytest.mark.parametrize("body", [
    "Argentine President Javier Milei will visit Uruguay in May.",
    "Peruvian President Dina Boluarte will visit Chile in April.",
    "Ghana and Peru will sign a fisheries agreement in May.",
    "The two sides agreed to meet again in Lima before the end of the year.",
    "On 27-28 November, the 12th meeting of the joint commission was held in Dushanbe.",
])
def test_the_line_under_the_date_stamp_starts_a_sentence(nlp: Language, body: str) -> None:
    doc = nlp(f" date 2031-02-10 \n{body}\n")
    assert [s.text.strip() for s in doc.sents][-1] == body


@pytest.mark.parametrize(("body", "actor"), [
    ("Argentine President Javier Milei will visit Uruguay in May.", "Javier Milei"),
    ("Brazilian President Lula will travel to Angola next month.", "Lula"),
])
def test_a_sentence_right_under_the_date_stamp_keeps_its_subject(extractor: RulesExtractor, body: str,
                                                                  actor: str) -> None:
    found = facts(extractor, body + "\n", lead=" date 2031-02-10 \n", published=date(2031, 2, 10))
    assert [c.actor for c in found.commitments] == [actor]


@pytest.mark.parametrize(("text", "sentence"), [
    # a stamp run into its line, as some saved pages have it: no sentence starts inside the line
    (" date 2031-02-10 ACCRA, Feb 10 - Ghana and Peru will sign a fisheries agreement in May.\n",
     "Ghana and Peru will sign a fisheries agreement in May."),
    # a headline under the stamp: the body below it starts as before
    (" date 2031-02-10 \nGhana, Peru to sign fisheries pact\n\nGhana and Peru will sign a fisheries "
     "agreement in May.\n", "Ghana and Peru will sign a fisheries agreement in May."),
])
def test_a_stamp_with_its_line_or_a_headline_reads_as_before(nlp: Language, extractor: RulesExtractor,
                                                             text: str, sentence: str) -> None:
    assert [s.text.strip() for s in nlp(text).sents][-1] == sentence
    found = facts(extractor, text, published=date(2031, 2, 10))
    assert [c.actor for c in found.commitments] == ["Ghana and Peru"]


# --- a later sitting set back does not undo the sitting that kept the promise -----------------------

CONVENE = (" date 2030-09-03 \nDAR ES SALAAM - Tanzania and Mozambique will convene the Joint Permanent "
           "Commission of Defence and Security early next year, the foreign ministry said on Tuesday.\n")
MET = (" date 2031-02-13 \nThe Tanzania-Mozambique Joint Permanent Commission of Defence and Security met "
       "in Dar es Salaam on Wednesday.\n")


@pytest.mark.parametrize("later", [
    "The Maputo session of the Tanzania-Mozambique Joint Permanent Commission of Defence and Security, "
    "planned for August, has been called off because of unrest, officials said on Friday.",
    "The next session of the Tanzania-Mozambique Joint Permanent Commission of Defence and Security, "
    "scheduled for September in Maputo, has been cancelled.",
    "Mozambique has called off the session of the Joint Permanent Commission of Defence and Security with "
    "Tanzania that was due in October.",
    "The Tanzania-Mozambique Joint Permanent Commission of Defence and Security, which had been expected "
    "to meet in Maputo in August, has been postponed to next year.",
    "The meeting of the Tanzania-Mozambique Joint Permanent Commission of Defence and Security planned "
    "for November was scrapped, the ministry said.",
])
def test_a_later_sitting_set_back_leaves_the_promise_kept(tmp_path: Path, later: str) -> None:
    result = batch(tmp_path, CONVENE, MET, f" date 2031-06-20 \n{later}\n")
    assert status_of(result, "convene", date(2031, 12, 31)) == "fulfilled"


@pytest.mark.parametrize(("texts", "status"), [
    # nothing held before it: the session called off is the promised one
    ((CONVENE, " date 2031-01-20 \nThe session of the Tanzania-Mozambique Joint Permanent Commission of "
               "Defence and Security planned for February has been called off, officials said.\n"),
     "cancelled"),
    # held in February, then the session planned for January (before it) called off: that setback decides
    ((CONVENE, MET, " date 2031-03-20 \nThe session of the Tanzania-Mozambique Joint Permanent Commission "
                    "of Defence and Security planned for January has been called off, officials said.\n"),
     "cancelled"),
])
def test_a_setback_of_the_promised_sitting_still_decides(tmp_path: Path, texts: tuple[str, ...],
                                                         status: str) -> None:
    result = batch(tmp_path, *texts)
    assert status_of(result, "convene", date(2031, 12, 31)) == status
