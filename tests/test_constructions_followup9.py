"""Follow-through in our own wording: an event "expected in May but postponed" is set back though
its second verb has no subject of its own; a body named by its pair and kind alone ("the
Ghana-Peru Joint Commission") is the body a promise to convene it named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.extract.rules import RulesExtractor
from accord.resolve.text import countries_in
from accord.track import commitment_status
from tests.extract_support import facts
from tests.test_follow import batch, status_of
from tests.test_follow import promise as promise_of

SAID = date(2029, 6, 4)


@pytest.mark.parametrize(("text", "change", "thing"), [
    ("The summit had been expected in the spring but was pushed back by two months.", "postponed", "summit"),
    ("The state visit was planned for May but has been postponed.", "postponed", "visit"),
    ("The talks were due in March and were then cancelled.", "cancelled", "talks"),
    ("The forum was set to open in Accra on 3 June but was scrapped after the floods.", "cancelled", "forum"),
    ("The second round of consultations was to be held in Lima, but was called off at short notice.",
     "cancelled", "round"),
])
def test_an_event_set_back_by_its_second_verb_is_set_back(extractor: RulesExtractor, text: str,
                                                           change: str, thing: str) -> None:
    found = [c for c in facts(extractor, text, published=SAID).commitments if c.change]
    assert [(c.change, thing in c.action) for c in found] == [(change, True)], found


@pytest.mark.parametrize("text", [
    "The minister arrived in Accra on Monday but was delayed by fog at the border.",
    "The delegation held talks on trade and then left for Lima.",
])
def test_a_second_verb_about_no_event_sets_nothing_back(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text, published=SAID).commitments if c.change]


@pytest.mark.parametrize(("text", "change", "thing"), [
    ("The visit of the Ghanaian president to Peru has been deferred.", "postponed", "visit"),
    ("The summit was put on hold after the elections were called.", "postponed", "summit"),
    ("The talks have been placed on hold until further notice.", "postponed", "talks"),
    ("The joint commission meeting stands cancelled, the ministry said.", "cancelled", "meeting"),
    ("The delegation's trip to Lima was aborted at the last minute.", "cancelled", "trip"),
    ("Plans for the business forum were axed.", "cancelled", "forum"),
    ("The two sides deferred the signing of the agreement to next year.", "postponed", "signing"),
])
def test_more_words_that_put_off_or_call_off(extractor: RulesExtractor, text: str, change: str,
                                             thing: str) -> None:
    found = [c for c in facts(extractor, text, published=SAID).commitments if c.change]
    assert [(c.change, thing in c.action) for c in found] == [(change, True)], found


@pytest.mark.parametrize("text", [
    "The company put its hiring on hold.",
    "The summit remains scheduled for May, officials said.",
    "The ministers deferred to the experts on the technical questions.",
])
def test_a_hold_or_a_deferral_of_no_event_sets_nothing_back(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text, published=SAID).commitments if c.change]


@pytest.mark.parametrize(("text", "later"), [
    ("The president's visit to Peru, which had been expected this month, will now take place after the "
     "holy month of Ramadan.", "after the holy month of Ramadan"),
    ("The summit will now be held at a later date.", "at a later date"),
    ("The talks will now take place after the elections, officials said.", "after the elections"),
    ("The signing will instead take place after the parliamentary recess.", "after the parliamentary recess"),
    ("The joint commission session will now be held at a later stage.", "at a later stage"),
])
def test_an_event_put_off_to_a_later_time_no_date_names(extractor: RulesExtractor, text: str,
                                                        later: str) -> None:
    found = [c for c in facts(extractor, text, published=SAID).commitments if c.change]
    assert [(c.change, c.deadline_text, c.deadline) for c in found] == [("postponed", later, None)], found


@pytest.mark.parametrize("text", [
    "The visit will now take place as planned.",
    "The meeting will now take place in Accra.",
])
def test_an_event_that_will_now_happen_with_no_later_time_is_not_put_off(extractor: RulesExtractor,
                                                                         text: str) -> None:
    assert not [c for c in facts(extractor, text, published=SAID).commitments if c.change]


@pytest.mark.parametrize(("headline", "change"), [
    ("Ghana-Peru summit postponed to May", "postponed"),
    ("Mahama's Lima trip pushed to after the elections", "postponed"),
    ("Foreign minister's visit to Accra cancelled", "cancelled"),
    ("Joint commission meeting put on hold", None),  # the parse hangs "put" on the meeting: no clause
    ("Summit pushed to next year amid budget row", "postponed"),
])
def test_a_headline_that_sets_an_event_back_is_no_meeting(extractor: RulesExtractor, headline: str,
                                                           change: str | None) -> None:
    text = f"{headline}\n\nACCRA (Reuters) - Officials of Ghana and Peru gave no reason on Friday.\n"
    found = facts(extractor, text, published=SAID)
    assert not found.meetings, found.meetings
    lone = [c for c in facts(extractor, headline + ".", published=SAID).commitments if c.change]
    assert [c.change for c in lone] == ([change] if change else []), lone


@pytest.mark.parametrize("text", [
    "Police pushed the protesters to the square.",
    "Kenya pushed to expand trade with Peru.",
    "Meeting with President Mahama on Monday, the minister pushed for a trade agreement.",
])
def test_pushing_what_is_no_event_sets_nothing_back(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text, published=SAID).commitments if c.change]


def test_a_second_verb_with_its_own_object_sets_back_that_object(extractor: RulesExtractor) -> None:
    found = facts(extractor, "The two sides agreed to meet in July and postponed the signing.",
                  published=SAID).commitments
    assert [(c.change, c.action) for c in found if c.change] == [("postponed", "signing")]
    assert [c.action for c in found if not c.change] == ["meet"]


PROMISED = (" date 2029-01-20 ACCRA, Jan 20 - Ghana and Peru agreed that the Ghana-Peru {body} would meet "
            "in Lima within the next three months to review the fisheries project, the foreign "
            "ministry said on Tuesday.\n")


@pytest.mark.parametrize(("body", "report"), [
    ("Joint Commission", "A session of the Ghana-Peru Joint Commission that was due to take place in "
                         "Lima in April has been shelved, officials said on Wednesday."),
    ("Joint Commission", "The meeting of the Peru-Ghana Joint Commission has been called off."),
    ("Joint Committee", "Peru has cancelled the April session of the Ghana-Peru Joint Committee."),
    ("Business Council", "The Ghana-Peru Business Council meeting planned for April was scrapped."),
    ("Joint Commission", "Officials in Accra said the Joint Commission session with Peru had been "
                         "postponed indefinitely."),
])
def test_a_body_named_by_its_pair_alone_is_the_promised_one(tmp_path: Path, body: str, report: str) -> None:
    later = f" date 2029-06-03 LIMA, June 3 - {report}\n"
    result = batch(tmp_path, PROMISED.format(body=body), later)
    assert status_of(result, "review", date(2029, 9, 1)) in ("cancelled", "postponed")


@pytest.mark.parametrize(("body", "report"), [
    ("Joint Commission", "The meeting of the Ghana-Peru Joint Committee on customs has been called off."),
    ("Joint Commission", "The session of the Chile-Peru Joint Commission has been called off."),
])
def test_another_body_or_pair_is_not_the_promised_one(tmp_path: Path, body: str, report: str) -> None:
    later = f" date 2029-06-03 LIMA, June 3 - {report}\n"
    result = batch(tmp_path, PROMISED.format(body=body), later)
    assert status_of(result, "review", date(2029, 9, 1)) == "overdue"


MOU = (" date 2029-02-10 ASTANA, Feb 10 - Kazakhstan and Mongolia signed a memorandum of understanding on "
       "cooperation in veterinary medicine on Tuesday. The two sides agreed to {promise} by the end of "
       "the year.\n")
AGREEMENT = (" date 2029-11-24 ULAANBAATAR, Nov 24 - Kazakhstan and Mongolia on Tuesday signed an "
             "intergovernmental agreement on cooperation in veterinary medicine.\n")


@pytest.mark.parametrize("promise", [
    "turn the memorandum into a full intergovernmental agreement",
    "convert the memorandum into a binding agreement",
    "upgrade it into an intergovernmental agreement",
    "develop the memorandum into a treaty",
    "elevate the document into an agreement",
])
def test_a_memorandum_turned_into_an_agreement_is_kept_by_its_signing(tmp_path: Path, promise: str) -> None:
    result = batch(tmp_path, MOU.format(promise=promise), AGREEMENT)
    assert status_of(result, "into", date(2030, 3, 1)) == "fulfilled"


@pytest.mark.parametrize(("promise", "later"), [
    ("turn the memorandum into a full intergovernmental agreement",
     AGREEMENT.replace("veterinary medicine", "civil aviation")),
    ("turn the border region into a zone of shared prosperity", AGREEMENT),
])
def test_another_document_or_no_document_is_not_the_one_promised(tmp_path: Path, promise: str,
                                                                  later: str) -> None:
    result = batch(tmp_path, MOU.format(promise=promise), later)
    assert status_of(result, "into", date(2030, 3, 1)) == "overdue"


@pytest.mark.parametrize(("text", "act", "thing"), [
    ("China has disbursed the first tranche of the loan for the railway, the treasury said.", "disburse",
     "tranche"),
    ("The first two aircraft were delivered to Ghana on Monday.", "deliver", "aircraft"),
    ("Japan handed over two patrol vessels to the Peruvian navy.", "deliver", "vessels"),
    ("President Mahama on Monday commissioned the new water plant at Kpone.", "complete", "plant"),
    ("The bridge over the river was completed in October, two months early.", "complete", "bridge"),
    ("The second batch of vaccines was delivered to Lima on Friday.", "deliver", "batch"),
])
def test_money_and_goods_handed_over_and_works_finished_are_done(extractor: RulesExtractor, text: str,
                                                                  act: str, thing: str) -> None:
    done = [c for c in facts(extractor, text, published=SAID).commitments if c.change == "done"]
    assert [(c.action.split()[0], thing in c.action) for c in done] == [(act, True)], done


@pytest.mark.parametrize("text", [
    "The two sides completed the talks on Monday.",
    "The minister delivered a strong message on trade.",
    "China will disburse the first tranche of the loan next month.",
    "The bridge has not been completed yet.",
])
def test_talks_messages_and_acts_ahead_are_not_done(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text, published=SAID).commitments if c.change == "done"]


@pytest.mark.parametrize(("promise", "report"), [
    ("China would disburse the first tranche of the loan within three months",
     "China has disbursed the first tranche of the loan to Ghana, the finance ministry in Accra said."),
    ("China would build the Volta bridge by the end of 2030",
     "The Volta bridge, financed by China, was completed on Monday, Ghana's roads minister said."),
    ("China would deliver ten buses to Ghana before the end of the year",
     "China has delivered the ten buses promised to Ghana, the embassy in Accra said."),
])
def test_a_promise_is_kept_by_what_is_reported_handed_over_or_finished(tmp_path: Path, promise: str,
                                                                        report: str) -> None:
    said = f" date 2029-02-10 ACCRA, Feb 10 - Ghana and China agreed on Tuesday that {promise}.\n"
    later = f" date 2029-04-20 ACCRA, April 20 - {report}\n"
    result = batch(tmp_path, said, later)
    word = promise.split()[3]
    assert status_of(result, word, date(2031, 6, 1)) == "fulfilled"


@pytest.mark.parametrize(("text", "codes"), [
    ("strengthening its ties with China.", {"CN"}),
    ("The consulate opened in Kenya. Officials attended.", {"KE"}),
    ("Both sides met in Lima.", {"PE"}),
    ("a new chapter for the U.S. and Mexico.", {"US", "MX"}),
    ("said the envoy of Ghana.", {"GH"}),
])
def test_a_state_named_before_a_full_stop_is_named(text: str, codes: set[str]) -> None:
    assert countries_in(text) == codes


@pytest.mark.parametrize("text", ["Mr. Mahama arrived.", "It was signed on Jan. 5."])
def test_an_abbreviation_names_no_state(text: str) -> None:
    assert countries_in(text) == frozenset()


@pytest.mark.parametrize("text", [
    "The Peruvian Senate on Monday voted 19-0 to concur in the ratification of the agreement with Ghana.",
    "The Congress of Peru voted last week to concur in the ratification of the treaty.",
    "The assembly voted to commit funds to the joint project with Peru.",
    "The upper house voted on Monday to pledge support for the treaty with Ghana.",
    "Ghana's parliament voted unanimously to pledge 20 million dollars to the joint fund.",
])
def test_a_vote_taken_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text, published=SAID).commitments if not c.change]


@pytest.mark.parametrize("text", [
    "The two countries agreed to open embassies in Accra and Lima by the end of the year.",
    "The cabinet decided to ratify the treaty with Peru next month.",
])
def test_an_undertaking_beside_no_vote_is_still_one(extractor: RulesExtractor, text: str) -> None:
    assert [c for c in facts(extractor, text, published=SAID).commitments if not c.change]


CONSULTATIONS = (" date 2029-04-22 ACCRA, 22 April 2029 - Ghana and Peru held political consultations in "
                 "Accra today. It was agreed that {promise} will be held in Lima at a mutually convenient "
                 "date.\n")


@pytest.mark.parametrize(("promise", "first", "second"), [
    ("the fifth round of consultations", "the 6th session of the Ghana-Peru joint commission",
     "the fifth round of political consultations"),
    ("the 5th round of consultations", "the sixth session of the joint commission",
     "the 5th round of consultations"),
    ("the third meeting of the joint working group", "the first meeting of the joint trade committee",
     "the third meeting of the joint working group"),
    ("the second round of talks", "the fourth session of the joint commission",
     "the second round of talks on trade"),
    ("the 12th session of the commission", "the 7th round of consultations",
     "the twelfth session of the joint commission"),
])
def test_a_numbered_sitting_is_kept_by_the_same_number(tmp_path: Path, promise: str, first: str,
                                                       second: str) -> None:
    other = (f" date 2029-11-05 LIMA, Nov 5 - {first[0].upper() + first[1:]} of Ghana and Peru was held in "
             "Lima on Wednesday.\n")
    same = (f" date 2030-06-10 LIMA, June 10 - {second[0].upper() + second[1:]} between Ghana and Peru took "
            "place in Lima on June 9.\n")
    result = batch(tmp_path, CONSULTATIONS.format(promise=promise), other, same)
    status = commitment_status(promise_of(result, "Lima"), result.register, date(2030, 9, 1))
    assert status.status == "fulfilled"
    assert [m.article_name for m in status.evidence[1:]] == ["2.txt"], status.evidence


@pytest.mark.parametrize("promise", ["the next round of consultations", "the fifth round of consultations"])
def test_a_sitting_with_no_number_or_the_same_number_is_kept_by_the_first(tmp_path: Path,
                                                                        promise: str) -> None:
    held = (" date 2029-11-05 LIMA, Nov 5 - The fifth round of consultations of Ghana and Peru was held in "
            "Lima on Wednesday.\n")
    result = batch(tmp_path, CONSULTATIONS.format(promise=promise), held)
    status = commitment_status(promise_of(result, "Lima"), result.register, date(2030, 9, 1))
    assert status.status == "fulfilled"


@pytest.mark.parametrize(("text", "names"), [
    ("ACCRA, June 4 - Mahama and Peruvian President Dina Boluarte co-chaired the fifth session of the "
     "Ghana-Peru Joint Commission on Monday.", ["Dina Boluarte"]),
    ("Ghanaian President John Mahama and Peruvian President Dina Boluarte co-chaired the first meeting of "
     "the Ghana-Peru Business Council in Accra on Monday.", ["John Mahama", "Dina Boluarte"]),
    ("Ghanaian President John Mahama and Peruvian President Dina Boluarte co-hosted a summit on ocean "
     "health in Accra on Tuesday.", ["John Mahama", "Dina Boluarte"]),
    ("Samuel Ablakwa and Elmer Schialer, the foreign ministers, co-chaired the second session of the "
     "Ghana-Peru joint committee on trade in Accra.", ["Samuel Ablakwa", "Elmer Schialer"]),
    ("The session was co-chaired by Ghana's Foreign Minister Samuel Ablakwa and Peru's Foreign Minister "
     "Elmer Schialer in Accra on Monday.", ["Samuel Ablakwa", "Elmer Schialer"]),
])
def test_who_co_chairs_or_co_hosts_takes_part(extractor: RulesExtractor, text: str, names: list[str]) -> None:
    found = facts(extractor, text, published=SAID).meetings
    assert any(all(n in m.participants for n in names) for m in found), found


@pytest.mark.parametrize("text", [
    "Ghana and Peru agreed to deepen co-operation in fisheries.",
    "The co-chairs' statement was issued on Monday.",
])
def test_other_co_words_keep_their_tokens(extractor: RulesExtractor, text: str) -> None:
    doc = extractor.nlp(text)
    assert all(t.text.lower() not in ("co", "-") for t in doc if t.text.lower().startswith("co-chair")), doc
    assert not facts(extractor, text, published=SAID).meetings


def test_a_co_verb_is_one_token_with_the_verb_as_its_lemma(extractor: RulesExtractor) -> None:
    doc = extractor.nlp("They co-chaired the session, co-hosts the forum and are co-organising a fair.")
    assert [(t.text, t.lemma_) for t in doc if t.text.startswith("co-")] == [
        ("co-chaired", "chair"), ("co-hosts", "host"), ("co-organising", "organise")]


@pytest.mark.parametrize(("text", "due"), [
    ("On Tuesday, Mahama is scheduled to have a working lunch with Prime Minister Eduardo Arana, who leads "
     "the cabinet, and meet with Jose Jeri, president of the Congress, before flying to Cusco later in the "
     "day.", "2029-06-05"),
    ("On Thursday, Ablakwa is scheduled to have a breakfast meeting with Elmer Schialer, Peru's foreign "
     "minister, and meet with the mayor of Lima, Renzo Reggiardo, before flying home later that day.",
     "2029-06-07"),
    ("On Wednesday, Mahama is set to have a luncheon with Vice President Ana Jara, who chairs the council, "
     "and meet Carlos Ruiz, head of the central bank, before travelling to Arequipa later in the day.",
     "2029-06-06"),
    ("On Tuesday, Mahama will meet President Boluarte and tour the port before flying to Cusco later in "
     "the day.", "2029-06-05"),
    ("On Friday, the minister will sign the agreement and open the embassy before leaving for Lima on "
     "Saturday.", "2029-06-08"),
])
def test_the_time_a_sentence_opens_with_dates_the_act_not_another_acts_time(
        extractor: RulesExtractor, text: str, due: str) -> None:
    found = [c for c in facts(extractor, text, published=SAID).commitments if not c.change]
    assert found and found[0].deadline == due, found


@pytest.mark.parametrize(("text", "due"), [
    ("The two sides will sign the deal on Friday before the president flies home on Saturday.", "2029-06-08"),
    ("In 2028 the two sides agreed to open consulates before the end of 2030.", "2030-12"),
])
def test_a_time_after_the_act_in_its_own_clause_still_dates_it(extractor: RulesExtractor, text: str,
                                                               due: str) -> None:
    found = [c for c in facts(extractor, text, published=SAID).commitments if not c.change]
    assert found and found[0].deadline == due, found


@pytest.mark.parametrize("text", [
    "Peru withdrew from the visa agreement with Ghana on Thursday; the agreement will cease to have effect "
    "in December.",
    "The memorandum between Ghana and Peru will expire in 2030 unless it is renewed.",
    "The old fisheries treaty between Ghana and Peru will lapse next year.",
    "The Ghana-Peru air services agreement will terminate on 31 March.",
    "The interim arrangement with Peru will end in June, Ghana's ministry said.",
])
def test_a_document_that_ends_of_itself_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text, published=SAID).commitments if not c.change]


@pytest.mark.parametrize("text", [
    "Ghana will cease imports of Peruvian fish in May.",
    "Ghana and Peru will end visa requirements for diplomats by July.",
])
def test_ending_a_thing_is_an_act(extractor: RulesExtractor, text: str) -> None:
    assert [c for c in facts(extractor, text, published=SAID).commitments if not c.change]
