"""Meeting constructions of round 12 on unseen text (issue 9), proved on our own wording (the texts are
dated Tuesday 6 May 2025): a guest received after a setting set off by commas ("received, in her office,
His Excellency Mr X, Minister of …") is received for talks; "was also received in audience by X" is talks;
a communiqué's "the two parties proceeded to the signature of:" is a signing ceremony; "X welcomed Y to
Abuja" is placed in Abuja, and Y is the one on the visit; a dateline with a weekday ("NAIROBI, Friday -")
is no part of the first sentence; "flew to Lima for the APEC leaders' meeting" is a summit in Lima; "the
two leaders met" after one leader was named in the sentence before and the other, titled, in its own.
"""
from __future__ import annotations

import pytest

from accord.datelines import match_dateline
from accord.extract.rules import RulesExtractor
from tests.extract_support import meetings, named, of_kind

# --------------------------------------------------------------- the guest after a set-off setting


@pytest.mark.parametrize(("text", "host", "guest"), [
    ("The Minister of Foreign Affairs, Ms Amina Diallo, received, in her office, His Excellency Mr "
     "Olivier Nduhungirehe, Minister of Foreign Affairs of Rwanda, on a working visit to Senegal.",
     "Diallo", "Nduhungirehe"),
    ("Kenyan Foreign Minister Musalia Mudavadi received, at his office in Nairobi, Ethiopian Foreign "
     "Minister Gedion Timothewos, on an official visit to Kenya.", "Mudavadi", "Timothewos"),
    ("President Faure Gnassingbe received on Thursday, at the presidential palace in Lome, the Prime "
     "Minister of Niger, Mr Ali Lamine Zeine.", "Gnassingbe", "Zeine"),
    ("Ghanaian President John Mahama received, in the afternoon, the Chinese Vice Premier Ding Xuexiang "
     "at the Jubilee House.", "Mahama", "Ding"),
    ("The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, received, at the Amiri Diwan, His Excellency "
     "Mr Paul Kagame, President of Rwanda.", "Tamim", "Kagame"),
])
def test_guest_after_set_off_setting_is_received_for_talks(extractor: RulesExtractor, text: str, host: str,
                                                           guest: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert len(talks) == 1, meetings(extractor, text)
    assert named(talks[0], host) and named(talks[0], guest), talks


@pytest.mark.parametrize("text", [
    # a thing received, not a guest
    "The minister received, in her office, a letter from the President of Rwanda.",
    "The ministry received, on Monday, a formal request for consultations.",
])
def test_thing_after_set_off_setting_is_no_talks(extractor: RulesExtractor, text: str) -> None:
    assert not of_kind(extractor, text, "talks"), meetings(extractor, text)


# ------------------------------------------------------------------------- received in audience


@pytest.mark.parametrize(("text", "host"), [
    ("Senegal's Foreign Minister Amina Diallo arrived in Kigali on Monday. Ms Diallo was also received "
     "in audience by the Prime Minister, Mr Edouard Ngirente.", "Ngirente"),
    ("The Kenyan delegation was later received in audience by the Emir of Qatar, Sheikh Tamim bin Hamad "
     "Al Thani.", "Tamim"),
    ("The Ethiopian Prime Minister was warmly received in audience by Pope Leo at the Vatican on Monday.",
     "Leo"),
    ("The visiting minister was then received in audience by President Bassirou Diomaye Faye at the "
     "Palace.", "Faye"),
    ("Japan's Foreign Minister Takeshi Iwaya was received in audience by King Charles at Buckingham "
     "Palace.", "Charles"),
])
def test_received_in_audience_is_talks(extractor: RulesExtractor, text: str, host: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert len(talks) == 1, meetings(extractor, text)
    assert named(talks[0], host), talks
    assert not of_kind(extractor, text, "other"), meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "The proposal was received in silence by the committee.",
    "The speech was received in the hall by a large audience.",
])
def test_received_without_an_audience_is_no_talks(extractor: RulesExtractor, text: str) -> None:
    assert not of_kind(extractor, text, "talks"), meetings(extractor, text)


@pytest.mark.parametrize(("text", "host"), [
    ("Togolese Foreign Minister Robert Dussey arrived in Accra on Monday. Mr Dussey was also received by "
     "President John Mahama at the Jubilee House on Tuesday.", "Mahama"),
    ("Kenyan Foreign Minister Musalia Mudavadi flew to Harare on Sunday. He was then received by "
     "President Emmerson Mnangagwa at State House.", "Mnangagwa"),
])
def test_reception_after_an_adverb_is_told(extractor: RulesExtractor, text: str, host: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind in ("other", "talks") and named(m, host)]
    assert found, meetings(extractor, text)


# --------------------------------------------------------------- proceeded to the signature


@pytest.mark.parametrize("text", [
    "At the end of the talks, the two parties proceeded to the signature of:\n- an Agreement on visa "
    "exemption;\n- a Memorandum of Understanding on political consultations.",
    "At the end of the meeting, the two ministers proceeded to the signing of two agreements on "
    "fisheries and tourism.",
    "Following the talks, both sides proceeded with the signature of a memorandum of understanding on "
    "defence.",
    "The delegations then proceeded to the exchange of signed documents on culture.",
    "After the plenary session, the two Foreign Ministers proceeded to the signing of three agreements.",
])
def test_proceeded_to_the_signature_is_a_signing(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "signing_ceremony")) == 1, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "Kenya will proceed to the signing of the agreement next month.",
    "The meeting proceeded to the review of the previous minutes.",
    "The signature of the agreement remains a priority for both governments.",
])
def test_signature_not_proceeded_to_is_no_signing(extractor: RulesExtractor, text: str) -> None:
    assert not of_kind(extractor, text, "signing_ceremony"), meetings(extractor, text)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Kenyan Foreign Minister Musalia Mudavadi and Ethiopian Foreign Minister Gedion Timothewos held talks "
     "in Nairobi on Monday. At the end of the talks, the two parties proceeded to the signature of:\n- a "
     "Memorandum of Understanding on political consultations.", "Mudavadi", "Timothewos"),
    ("Senegalese Foreign Minister Amina Diallo held talks with Rwandan Foreign Minister Olivier "
     "Nduhungirehe in Dakar on Wednesday. The two ministers then proceeded to the signing of three "
     "agreements.", "Diallo", "Nduhungirehe"),
    ("Gabonese President Brice Oligui Nguema met Congolese President Denis Sassou Nguesso in Oyo on "
     "Friday. Both sides then proceeded to the signature of a defence agreement.", "Oligui", "Sassou"),
    ("Ivorian Prime Minister Robert Beugre Mambe held talks with Burkinabe Prime Minister Rimtalba Jean "
     "Emmanuel Ouedraogo in Abidjan. Afterwards the two parties proceeded with the signing of a transport "
     "accord.", "Mambe", "Ouedraogo"),
    ("Malian Foreign Minister Abdoulaye Diop held talks with Nigerien Foreign Minister Bakary Yaou Sangare "
     "in Bamako on Monday. The two ministers proceeded to the exchange of the signed documents.",
     "Diop", "Sangare"),
])
def test_pair_proceeding_to_sign_are_the_two_who_met(extractor: RulesExtractor, text: str, first: str,
                                                     second: str) -> None:
    signings = of_kind(extractor, text, "signing_ceremony")
    assert len(signings) == 1, meetings(extractor, text)
    assert named(signings[0], first) and named(signings[0], second), signings


# ------------------------------------------------------------------- welcomed to a place


@pytest.mark.parametrize(("text", "place"), [
    ("Kenyan President William Ruto welcomed Ghanaian President John Mahama to Nairobi on Wednesday.",
     "Nairobi"),
    ("Nigerian President Bola Tinubu welcomed Brazilian President Lula da Silva to Abuja on Wednesday.",
     "Abuja"),
    ("Egyptian President Abdel Fattah al-Sisi welcomed Jordan's King Abdullah II to Cairo on Sunday.",
     "Cairo"),
    ("Chancellor Friedrich Merz welcomed Polish Prime Minister Donald Tusk to Berlin on Monday for talks "
     "on migration.", "Berlin"),
    ("Japanese Prime Minister Shigeru Ishiba welcomed Philippine President Ferdinand Marcos Jr to Tokyo "
     "on Tuesday.", "Tokyo"),
])
def test_welcomed_to_a_place_is_placed_there(extractor: RulesExtractor, text: str, place: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert len(talks) == 1 and talks[0].place == place, talks


def test_welcomed_to_a_post_is_no_place(extractor: RulesExtractor) -> None:
    for text in ("The minister welcomed the ambassador to his new post in the capital.",
                 "President Ruto welcomed the new envoy to the diplomatic corps on Monday."):
        assert all(m.place is None for m in meetings(extractor, text)), meetings(extractor, text)


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("Nigerian President Bola Tinubu welcomed Brazilian President Lula da Silva to Abuja on Wednesday for "
     "a two-day state visit.", "Lula", "Tinubu"),
    ("Japanese Prime Minister Shigeru Ishiba welcomed Philippine President Ferdinand Marcos Jr to Tokyo "
     "on Tuesday for a three-day official visit.", "Marcos", "Ishiba"),
])
def test_guest_welcomed_for_a_visit_is_the_visitor(extractor: RulesExtractor, text: str, guest: str,
                                                   host: str) -> None:
    visits = of_kind(extractor, text, "visit")
    assert len(visits) == 1 and named(visits[0], guest) and not named(visits[0], host), visits


# ---------------------------------------------------------------------- a weekday dateline


@pytest.mark.parametrize(("line", "rest"), [
    ("NAIROBI, Friday - Kenyan President William Ruto met", "Kenyan"),
    ("ACCRA, Tuesday – Ghana's Foreign Minister", "Ghana's"),
    ("KAMPALA, Thursday - Ugandan President", "Ugandan"),
    ("LUSAKA, Saturday -- Zambian President Hakainde Hichilema", "Zambian"),
    ("NAIROBI, Friday, May 2 - The ministers", "The"),
])
def test_weekday_dateline_is_matched(line: str, rest: str) -> None:
    m = match_dateline(line)
    assert m is not None and line[m.end():].startswith(rest)


@pytest.mark.parametrize("line", ["Friday - the ministers met", "Monday, the ministers met in Nairobi."])
def test_weekday_alone_is_no_dateline(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize(("text", "day"), [
    ("NAIROBI, Friday - Kenyan President William Ruto on Monday held talks with Ugandan President Yoweri "
     "Museveni at State House.", "2025-05-05"),
    ("MANILA, Wednesday - Philippine President Ferdinand Marcos Jr. met Japanese Prime Minister Shigeru "
     "Ishiba in Tokyo on Monday.", "2025-05-05"),
    ("KAMPALA, Thursday - Ugandan President Yoweri Museveni on Monday received Kenyan President William "
     "Ruto at State House, Entebbe.", "2025-05-05"),
])
def test_weekday_dateline_leaves_the_clause_its_day(extractor: RulesExtractor, text: str, day: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert len(talks) == 1 and str(talks[0].date) == day, talks
    assert not talks[0].evidence.text.startswith(text[:6]), talks


# ----------------------------------------------------------- a body's leaders' meeting one came to


@pytest.mark.parametrize(("text", "leader", "place"), [
    ("Peruvian President Dina Boluarte flew to Lima for the APEC leaders' meeting on Friday.", "Boluarte",
     "Lima"),
    ("Vietnamese Prime Minister Pham Minh Chinh flew to Rio de Janeiro for the G20 leaders' meeting on "
     "Sunday.", "Pham Minh Chinh", "Rio de Janeiro"),
    ("Canadian Prime Minister Mark Carney flew to Brussels on Wednesday for the NATO leaders' meeting.",
     "Carney", "Brussels"),
    ("Chinese Premier Li Qiang arrived in Kuala Lumpur on Sunday for the ASEAN leaders' meeting.", "Li Qiang",
     "Kuala Lumpur"),
    ("Indian Prime Minister Narendra Modi travelled to Johannesburg for the G20 Leaders' Summit on Friday.",
     "Modi", "Johannesburg"),
])
def test_leaders_meeting_come_to_is_a_summit(extractor: RulesExtractor, text: str, leader: str,
                                             place: str) -> None:
    summits = of_kind(extractor, text, "summit")
    assert len(summits) == 1, meetings(extractor, text)
    assert named(summits[0], leader) and summits[0].place == place, summits


@pytest.mark.parametrize("text", [
    "The foreign ministers flew to Jakarta for a meeting with the ASEAN secretary-general.",
    "Canadian Prime Minister Mark Carney will fly to Brussels next week for the NATO leaders' meeting.",
])
def test_other_meeting_come_to_is_no_summit(extractor: RulesExtractor, text: str) -> None:
    assert not of_kind(extractor, text, "summit"), meetings(extractor, text)


# --------------------------------------------------- the two leaders, one named before, one in their sentence


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Brazilian President Luiz Inacio Lula da Silva arrived in Abuja on Tuesday. Nigerian President Bola "
     "Tinubu said on Wednesday that trade would double, after the two leaders met behind closed doors.",
     "Lula", "Tinubu"),
    ("Kenyan President William Ruto visited Ghana on Monday. Ghanaian President John Mahama said on "
     "Tuesday that the two leaders met to review trade.", "Ruto", "Mahama"),
    ("Japanese Prime Minister Shigeru Ishiba landed in Manila on Sunday. On Monday, Philippine President "
     "Ferdinand Marcos Jr. told reporters the two leaders met for two hours.", "Ishiba", "Marcos"),
    ("Turkish President Recep Tayyip Erdogan arrived in Nairobi on Monday. Kenyan President William Ruto "
     "said the two leaders met at State House and agreed to expand trade.", "Erdogan", "Ruto"),
    ("Chilean President Gabriel Boric arrived in Brasilia on Sunday. Brazilian President Luiz Inacio Lula "
     "da Silva said on Monday that the two presidents met for three hours.", "Boric", "Lula"),
])
def test_two_leaders_named_across_two_sentences(extractor: RulesExtractor, text: str, first: str,
                                               second: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert len(talks) == 1, meetings(extractor, text)
    assert named(talks[0], first) and named(talks[0], second), talks


@pytest.mark.parametrize("text", [
    # the one named in the sentence is a minister, not one of "the two leaders"
    "Brazilian President Luiz Inacio Lula da Silva arrived in Abuja on Tuesday. Nigerian Foreign Minister "
    "Yusuf Tuggar said the two leaders met behind closed doors.",
    # no one named in the sentence before
    "The weather was fine in Abuja. Nigerian President Bola Tinubu said on Wednesday that trade would "
    "double, after the two leaders met behind closed doors.",
])
def test_two_leaders_not_both_named_stay_unnamed(extractor: RulesExtractor, text: str) -> None:
    talks = of_kind(extractor, text, "talks")
    assert len(talks) == 1 and len(talks[0].participants) < 2, talks
