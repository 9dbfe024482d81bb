"""Meeting constructions of round 9 on unseen text (issue 9), proved on our own wording (the texts are
dated Tuesday 6 May 2025): an encounter that is the setting of another act ("In a meeting with X, Y
sought …"), "a bilateral" held, rounds of a dialogue with long names, who inspects a guard or sits down
to a lunch, a journey to a capital the tagger takes for a person, "the two leaders" as the pair told
on their day, and a visit dated by the month its "when" clause hangs on.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import meetings, named, of_kind

# --------------------------------------------------------------------------- the setting of a plan verb


@pytest.mark.parametrize(("text", "name"), [
    ("In a meeting with Saudi Crown Prince Mohammed bin Salman in Riyadh on Sunday, Pakistani Prime "
     "Minister Shehbaz Sharif sought investment in mining.", "Sharif"),
    ("At the meeting in Jakarta, Malaysian Prime Minister Anwar Ibrahim proposed a joint patrol in the "
     "Strait of Malacca.", "Anwar"),
    ("During talks in Lima on Monday, President Dina Boluarte invited President Luiz Lula to visit Cusco.",
     "Boluarte"),
    ("Chancellor Friedrich Merz proposed a joint air-defence fund in his meeting with President Emmanuel "
     "Macron in Paris on Tuesday.", "Merz"),
    ("In a phone call on Wednesday, President Cyril Ramaphosa sought support from Prime Minister Narendra "
     "Modi for the G20 agenda.", "Ramaphosa"),
])
def test_an_encounter_where_a_plan_was_made_was_held(extractor: RulesExtractor, text: str, name: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert named(found[0], name), found


@pytest.mark.parametrize("text", [
    "At next week's meeting in Jakarta, the ministers are expected to sign a fisheries deal.",
    "Prime Minister Shehbaz Sharif sought a meeting with Crown Prince Mohammed bin Salman.",
    "The two presidents plan to sign the accord at a ceremony in Lima.",
])
def test_an_encounter_still_sought_or_planned_is_none(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == [], meetings(extractor, text)


# --------------------------------------------------------------------------- who acts in the setting


@pytest.mark.parametrize(("text", "names"), [
    ("In a telephone conversation on Tuesday, Prime Minister Narendra Modi and President Vladimir Putin "
     "reviewed the progress of energy projects.", ("Modi", "Putin")),
    ("Speaking at a joint press conference with Chancellor Friedrich Merz in Warsaw, Prime Minister Donald "
     "Tusk said the two countries would build a new bridge.", ("Merz", "Tusk")),
    ("During the talks in Nairobi on Thursday, President Yoweri Museveni raised the issue of fuel imports.",
     ("Museveni",)),
    ("At a press conference in Hanoi on Monday, Prime Minister Pham Minh Chinh and Prime Minister Anwar "
     "Ibrahim announced the upgrade.", ("Chinh", "Anwar")),
    ("In a video call on Friday, Prime Minister Anthony Albanese and Prime Minister Christopher Luxon "
     "discussed Pacific security.", ("Albanese", "Luxon")),
])
def test_who_acts_where_an_encounter_is_set_takes_part(extractor: RulesExtractor, text: str,
                                                       names: tuple[str, ...]) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert all(named(found[0], n) for n in names), found


@pytest.mark.parametrize("text", [
    "President William Ruto and President Yoweri Museveni held talks in Nairobi on Thursday. "
    "During the talks, Foreign Minister Musalia Mudavadi presented a report on the pipeline.",
    "Chancellor Friedrich Merz met President Emmanuel Macron in Paris on Monday. "
    "At the meeting, Defence Minister Boris Pistorius briefed the leaders on air defence.",
])
def test_one_who_acts_at_the_talks_told_keeps_them_one(extractor: RulesExtractor, text: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert found[0].evidence.text.split()[0] in ("President", "Chancellor"), found  # the lede shows it


# --------------------------------------------------------------------------- a bilateral


@pytest.mark.parametrize(("text", "name"), [
    ("Prime Minister Keir Starmer held a bilateral with Taoiseach Simon Harris in Brussels on Thursday.",
     "Harris"),
    ("In a bilateral with Prime Minister Christopher Luxon on Tuesday, President Prabowo raised palm oil "
     "exports.", "Luxon"),
    ("Foreign Minister Penny Wong had a bilateral with her Japanese counterpart Takeshi Iwaya in Tokyo "
     "on Monday.", "Iwaya"),
    ("President Gabriel Boric held bilaterals with President Luiz Lula on the sidelines of the summit.",
     "Lula"),
    ("At their bilateral in Geneva on Friday, Foreign Minister Ignazio Cassis and Foreign Minister Annalena "
     "Baerbock spoke about sanctions.", "Cassis"),
])
def test_a_bilateral_held_is_talks(extractor: RulesExtractor, text: str, name: str) -> None:
    found = of_kind(extractor, text, "talks")
    assert len(found) == 1, meetings(extractor, text)
    assert named(found[0], name), found


@pytest.mark.parametrize("text", [
    "Bilateral trade rose to $5 billion last year, the ministry said.",
    "The two sides reviewed the bilateral relationship and the bilaterals of the previous decade.",
    "The ministers want a bilateral on trade next year.",
])
def test_a_bilateral_word_before_a_noun_or_wished_is_none(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "talks") == [], meetings(extractor, text)


# --------------------------------------------------------------------------- rounds of a dialogue


@pytest.mark.parametrize("text", [
    "The third round of the India-Australia strategic dialogue was held in Canberra on Wednesday.",
    "Officials held the fifth round of the Vietnam-Philippines joint maritime dialogue in Manila last week.",
    "The second round of the Kenya-Uganda high-level trade consultations ended in Kampala on Friday.",
    "Diplomats concluded a seventh round of the long-stalled Armenia-Azerbaijan strategic dialogue in Baku.",
    "The latest round of the Japan-China high-level economic dialogue took place in Beijing on Sunday.",
])
def test_a_round_of_a_long_named_dialogue_was_held(extractor: RulesExtractor, text: str) -> None:
    assert len(meetings(extractor, text)) == 1, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "The next round of the India-Australia strategic dialogue will be held in New Delhi.",
    "A fourth round of the Kenya-Uganda high-level trade consultations is planned for July.",
])
def test_a_round_ahead_is_none(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == [], meetings(extractor, text)


# --------------------------------------------------------------------------- who inspects, who sits down


@pytest.mark.parametrize(("text", "name"), [
    ("Chilean President Gabriel Boric inspected a guard of honour at La Moneda on Wednesday.", "Boric"),
    ("President Bola Tinubu reviewed a guard of honour mounted by the army at the airport.", "Tinubu"),
    ("The two leaders, Mark Carney and Claudia Sheinbaum, then sat down to a working lunch in Mexico City.",
     "Sheinbaum"),
    ("Prime Minister Luc Frieden inspected the guard of honour before the talks in Luxembourg.", "Frieden"),
    ("Chancellor Friedrich Merz and Prime Minister Donald Tusk sat down to a working dinner.", "Tusk"),
])
def test_who_inspects_a_guard_or_sits_down_to_a_meal_takes_part(extractor: RulesExtractor, text: str,
                                                               name: str) -> None:
    found = of_kind(extractor, text, "other")
    assert len(found) == 1, meetings(extractor, text)
    assert named(found[0], name), found


@pytest.mark.parametrize("text", [
    "The committee reviewed the draft guard of honour protocol in a long session.",
    "The cadets sat down to a working lunch at the academy.",
])
def test_no_person_no_participant(extractor: RulesExtractor, text: str) -> None:
    assert all(m.participants == () for m in meetings(extractor, text)), meetings(extractor, text)


# --------------------------------------------------------------------------- journeys to a capital


@pytest.mark.parametrize(("text", "place"), [
    ("Brazilian President Luiz Inacio Lula da Silva travelled to Santiago on Monday.", "Santiago"),
    ("Prime Minister Robert Abela travelled to Valletta on Tuesday.", "Valletta"),
    ("Nigerian Vice President Kashim Shettima flew to Dakar on Friday.", "Dakar"),
    ("President Hakainde Hichilema travelled to Gaborone on Wednesday.", "Gaborone"),
    ("Foreign Minister Ahmed Attaf flew to Tunis on Friday.", "Tunis"),
])
def test_a_journey_to_a_capital_is_a_visit_there(extractor: RulesExtractor, text: str, place: str) -> None:
    found = of_kind(extractor, text, "visit")
    assert len(found) == 1, meetings(extractor, text)
    assert found[0].place == place, found


@pytest.mark.parametrize("text", [
    "The report travelled to Santiago by mail.",
    "The shipment flew to Lima on Thursday.",
])
def test_a_thing_sent_to_a_capital_is_no_visit(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "visit") == [], meetings(extractor, text)


# --------------------------------------------------------------------------- the two leaders, on their day


@pytest.mark.parametrize(("text", "pair", "day"), [
    ("President John Mahama arrived in Abuja on Tuesday for a state visit. On Wednesday, Mahama held talks "
     "with President Bola Tinubu. The two leaders also witnessed the signing of four memoranda.",
     ("Mahama", "Tinubu"), "2025-04-30"),
    ("Prime Minister Anthony Albanese arrived in Jakarta on Monday. On Tuesday, Albanese met President "
     "Prabowo Subianto at the palace. The two leaders then held a joint press conference.",
     ("Albanese", "Prabowo"), "2025-05-06"),
    ("Chancellor Friedrich Merz landed in Rome on Sunday. Merz held talks with Prime Minister Giorgia Meloni "
     "on Monday. Both leaders later attended a working dinner.", ("Merz", "Meloni"), "2025-05-05"),
    ("Foreign Minister Penny Wong arrived in Wellington on Tuesday. On Thursday, Wong met Foreign Minister "
     "Winston Peters. The two ministers then witnessed the signing of a climate arrangement.",
     ("Wong", "Peters"), "2025-05-01"),
    ("President Gabriel Boric flew to Brasilia on Monday. Boric held talks with President Lula on Wednesday. "
     "The two presidents then gave a joint press conference.", ("Boric", "Lula"), "2025-04-30"),
])
def test_the_two_leaders_are_the_pair_told_on_its_day(extractor: RulesExtractor, text: str,
                                                     pair: tuple[str, str], day: str) -> None:
    last = meetings(extractor, text)[-1]
    assert last.kind in ("signing_ceremony", "press_conference", "other"), meetings(extractor, text)
    assert all(named(last, n) for n in pair), last
    assert last.date == day, last


@pytest.mark.parametrize("text", [
    "President John Mahama arrived in Abuja on Tuesday. On Wednesday, Mahama held talks with President "
    "Bola Tinubu. On Thursday the two leaders witnessed the signing of four memoranda.",
    "President Gabriel Boric flew to Brasilia on Monday. Boric held talks with President Lula on Wednesday. "
    "On Thursday the two presidents gave a joint press conference.",
])
def test_a_pair_dated_by_its_own_words_keeps_its_day(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text)[-1].date == "2025-05-01", meetings(extractor, text)


# --------------------------------------------------------------------------- when X visited, dated by month


@pytest.mark.parametrize(("text", "day"), [
    ("The leaders last met in January, when Prime Minister Fumio Kishida visited Washington.", "2025-01"),
    ("Ties were upgraded in October, when President Luiz Lula visited Beijing.", "2024-10"),
    ("The pact was first discussed in March, when Foreign Minister Wang Yi visited Canberra.", "2025-03"),
    ("The railway deal was agreed in December, when President William Ruto visited Beijing.", "2024-12"),
    ("Talks began in February, when Chancellor Olaf Scholz visited New Delhi.", "2025-02"),
])
def test_a_visit_when_a_month_is_dated_by_it(extractor: RulesExtractor, text: str, day: str) -> None:
    found = of_kind(extractor, text, "visit")
    assert len(found) == 1, meetings(extractor, text)
    assert found[0].date == day, found


@pytest.mark.parametrize(("text", "day"), [
    ("Relations have warmed since 2019, when Prime Minister Shinzo Abe visited Tehran.", "2019"),
    ("The agreement dates back to 2015, when the late King Abdullah visited Paris.", "2015"),
])
def test_a_visit_when_a_year_keeps_the_year(extractor: RulesExtractor, text: str, day: str) -> None:
    assert [m.date for m in of_kind(extractor, text, "visit")] == [day], meetings(extractor, text)


# --------------------------------------------------------------------------- met the press


@pytest.mark.parametrize("text", [
    "After the talks, President Xi Jinping and President Kassym-Jomart Tokayev jointly met the press.",
    "Prime Minister Narendra Modi and Prime Minister Keir Starmer met reporters in Mumbai on Thursday.",
    "Chancellor Friedrich Merz met journalists with President Emmanuel Macron at the Elysee on Monday.",
    "The two foreign ministers, Penny Wong and Winston Peters, met the media in Wellington.",
    "President Gabriel Boric met with the press alongside President Luiz Lula at La Moneda.",
])
def test_people_who_met_the_press_held_a_press_conference(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "press_conference")) == 1, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "The minister met the press freedom group's demands on Monday.",
    "The two leaders will meet the press after their talks on Friday.",
])
def test_no_press_met_or_a_press_meeting_ahead_is_none(extractor: RulesExtractor, text: str) -> None:
    assert of_kind(extractor, text, "press_conference") == [], meetings(extractor, text)


# --------------------------------------------------------------------------- the pair of a second verb


@pytest.mark.parametrize(("text", "pair"), [
    ("President Xi Jinping held talks with President Kassym-Jomart Tokayev in Beijing on Monday. Afterwards "
     "the two heads of state met the press and witnessed the signing of cooperation documents.",
     ("Xi", "Tokayev")),
    ("President William Ruto held talks with President Samia Suluhu Hassan in Nairobi on Monday. The two "
     "presidents then addressed the media and witnessed the signing of three agreements.",
     ("Ruto", "Hassan")),
    ("Prime Minister Narendra Modi met Prime Minister Keir Starmer in Mumbai on Monday. Both leaders then "
     "toured a port and witnessed the exchange of documents.", ("Modi", "Starmer")),
    ("President Emmanuel Macron held talks with Chancellor Friedrich Merz in Paris on Monday. The two "
     "leaders later had dinner and witnessed the signing of a defence pact.", ("Macron", "Merz")),
    ("President Lula held talks with President Gabriel Boric in Brasilia on Monday. The two presidents later "
     "spoke to students and witnessed the signing of a trade deal.", ("Lula", "Boric")),
])
def test_the_pair_of_a_verb_joined_to_another_takes_part(extractor: RulesExtractor, text: str,
                                                         pair: tuple[str, str]) -> None:
    found = of_kind(extractor, text, "signing_ceremony")
    assert len(found) == 1, meetings(extractor, text)
    assert all(named(found[0], n) for n in pair), found


@pytest.mark.parametrize("text", [
    "President Lula held talks with President Gabriel Boric in Brasilia on Monday. Officials then "
    "prepared the documents and witnessed the signing of a trade deal.",
    "President Lula held talks with President Gabriel Boric in Brasilia on Monday. The two delegations "
    "later met and the ministers witnessed the signing of a trade deal.",
])
def test_no_pair_no_borrowed_people(extractor: RulesExtractor, text: str) -> None:
    assert all(not named(m, "Boric") for m in of_kind(extractor, text, "signing_ceremony"))


# ----------------------------------------------------------------------- a talks' partner the tagger missed


_VISITOR = "visiting Kazakh President Kassym-Jomart Tokayev"  # a name the tagger takes for a body


@pytest.mark.parametrize(("text", "host"), [
    (f"Chinese President Xi Jinping held talks with {_VISITOR} at the Great Hall of the People on Tuesday. "
     "Xi hosted a banquet for Kassym-Jomart Tokayev.", "Xi"),
    (f"Russian President Vladimir Putin held talks with {_VISITOR} in Moscow on Monday. "
     "The talks lasted three hours, Putin said.", "Putin"),
    (f"Chinese Premier Li Qiang held talks with {_VISITOR} in Beijing on Monday. "
     "Li later said the talks were productive.", "Li Qiang"),
    (f"President Emmanuel Macron held talks with {_VISITOR} in Paris on Monday. "
     "The talks lasted two hours, Macron said.", "Macron"),
    (f"Indian Prime Minister Narendra Modi held talks with {_VISITOR} in New Delhi on Monday. "
     "Modi said ties were growing.", "Modi"),
])
def test_a_titled_partner_tagged_as_a_body_takes_part(extractor: RulesExtractor, text: str,
                                                      host: str) -> None:
    found = of_kind(extractor, text, "talks")
    assert len(found) == 1, meetings(extractor, text)
    assert named(found[0], "Tokayev") and named(found[0], host), found


@pytest.mark.parametrize("text", [
    "Officials held talks with the National Quantum Coordination Office and the Israel Innovation Authority. "
    "Minister Anita Berg held talks with Minister Kwame Mensah in Oslo on Monday.",
    "Diplomats held meetings with the Asian Development Bank and the World Bank on Monday. "
    "Minister Anita Berg held meetings with Minister Kwame Mensah in Oslo on Tuesday.",
])
def test_talks_with_bodies_stay_apart_from_talks_of_people(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "talks")) == 2, meetings(extractor, text)


# --------------------------------------------------------------------------- before or after the talks


@pytest.mark.parametrize("text", [
    f"Chinese President Xi Jinping held talks with {_VISITOR} in Beijing on Monday. "
    "Prior to the talks, Xi held a welcome ceremony for Tokayev.",
    "President William Ruto held talks with President Yoweri Museveni in Nairobi on Monday. "
    "After the talks, Foreign Minister Musalia Mudavadi held a press conference.",
    "President Lula held talks with President Gabriel Boric in Brasilia on Monday. "
    "Following the talks, Foreign Minister Mauro Vieira held a briefing for reporters.",
    "Prime Minister Narendra Modi held talks with Prime Minister Keir Starmer in Mumbai on Monday. "
    "Before the talks, Trade Minister Piyush Goyal held a working breakfast with business leaders.",
    "President Emmanuel Macron held talks with Chancellor Friedrich Merz in Paris on Monday. "
    "Ahead of the talks, Foreign Minister Jean-Noel Barrot held a call with his Polish counterpart.",
])
def test_talks_named_to_time_another_act_are_the_talks_told(extractor: RulesExtractor, text: str) -> None:
    found = of_kind(extractor, text, "talks")
    assert len(found) == 1, meetings(extractor, text)
    assert len(found[0].participants) == 2, found  # whoever acted before or after was not at the talks


# --------------------------------------------------------------------------- "marking their second meeting"


@pytest.mark.parametrize("text", [
    "President Lee Jae-myung will hold talks with President Xi Jinping on Monday, marking their second "
    "meeting in just two months.",
    "The two leaders will meet in Hanoi next week, marking their first summit since the pandemic.",
    "Foreign Minister Penny Wong is expected to hold talks with Wang Yi on Friday, marking the third "
    "meeting of the pair this year.",
    "Chancellor Friedrich Merz plans to meet President Emmanuel Macron in Paris, marking their fourth "
    "meeting since January.",
    "Prime Minister Narendra Modi will receive President Ferdinand Marcos on Tuesday, marking their first "
    "meeting in New Delhi.",
])
def test_a_planned_encounter_counted_is_no_meeting_held(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == [], meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "President William Ruto met President Yoweri Museveni in Nairobi on Thursday, marking their third "
    "meeting this year.",
    "Foreign Minister Penny Wong held talks with Wang Yi in Canberra on Friday, marking their second "
    "meeting in a month.",
])
def test_a_held_encounter_counted_is_one_meeting(extractor: RulesExtractor, text: str) -> None:
    assert len(meetings(extractor, text)) == 1, meetings(extractor, text)


def test_a_visit_counted_by_held_talks_stands(extractor: RulesExtractor) -> None:
    text = ("Foreign Minister Penny Wong held talks with Wang Yi in Canberra on Friday, marking the first "
            "visit by a Chinese foreign minister since 2017.")
    assert len(of_kind(extractor, text, "visit")) == 1, meetings(extractor, text)


# --------------------------------------------------------------------------- a summit told again unnamed


@pytest.mark.parametrize("text", [
    "President Joko Widodo attended the 15th BRICS Summit in Johannesburg on Tuesday. He also spoke at a "
    "summit grouping together Brazil, Russia, India, China and South Africa.",
    "Prime Minister Narendra Modi attended the G20 Summit in Rio de Janeiro on Monday. At the summit, "
    "which gathered the world's largest economies, Modi spoke on food security.",
    "President Lula hosted the Amazon Summit in Belem on Tuesday. The summit, attended by eight nations, "
    "adopted a declaration on deforestation.",
    "President William Ruto addressed the Africa Climate Summit in Nairobi on Monday. The two-day summit "
    "drew leaders from across the continent.",
    "Chancellor Olaf Scholz attended the NATO Summit in Vilnius on Tuesday. During the summit, the "
    "alliance agreed new defence plans.",
])
def test_a_named_summit_told_again_unnamed_is_one(extractor: RulesExtractor, text: str) -> None:
    assert len(of_kind(extractor, text, "summit")) == 1, meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "President Joko Widodo attended the 15th BRICS Summit in Johannesburg on Tuesday. On Wednesday, "
    "Widodo and President Cyril Ramaphosa held a summit of their own in Pretoria.",
    "Prime Minister Narendra Modi attended the G20 Summit in Rio de Janeiro on Monday. Modi and "
    "President Lula also held a summit in Brasilia on Wednesday.",
])
def test_the_sides_own_summit_stays_apart(extractor: RulesExtractor, text: str) -> None:
    assert len(meetings(extractor, text)) == 2, meetings(extractor, text)


# --------------------------------------------------------------------------- due, not held ("is to be held")


@pytest.mark.parametrize("text", [
    "A joint commission meeting is to be held in Kampala in July.",
    "The two foreign ministers are to meet in Geneva later this month.",
    "The next round of talks is to take place in Doha.",
    "The summit was to be held in Nairobi in March.",
    "The leaders' meeting is to be hosted by Ghana in September.",
])
def test_an_encounter_due_is_no_meeting_held(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == [], meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "The joint trade council met in Kampala on Monday.",
    "The two foreign ministers met in Geneva on Monday, as they had agreed to.",
])
def test_an_encounter_held_stands(extractor: RulesExtractor, text: str) -> None:
    assert len(meetings(extractor, text)) == 1, meetings(extractor, text)


# --------------------------------------------------------------------------- a body's meeting, by compound


@pytest.mark.parametrize("text", [
    "The joint commission meeting was held in Kampala on Monday.",
    "The bilateral committee meeting ended in Nairobi on Friday.",
    "A joint council meeting took place in Accra on Tuesday, chaired by the two trade ministers.",
    "The intergovernmental commission meeting opened in Tashkent on Monday.",
    "Officials attended the joint committee meeting in Hanoi on Thursday.",
])
def test_a_joint_body_meeting_is_one_session(extractor: RulesExtractor, text: str) -> None:
    found = meetings(extractor, text)
    assert [m.kind for m in found] == ["commission_session"], found


@pytest.mark.parametrize("text", [
    "The football club meeting was held in Kampala on Monday.",
    "The two presidents held a meeting in Accra on Tuesday.",
])
def test_a_meeting_of_no_joint_body_is_no_session(extractor: RulesExtractor, text: str) -> None:
    assert all(m.kind != "commission_session" for m in meetings(extractor, text)), meetings(extractor, text)


# --------------------------------------------------------------------------- planned once, held at last


@pytest.mark.parametrize(("text", "day"), [
    ("The talks, which were originally scheduled for March, finally took place in Kampala on Thursday.",
     "2025-05-01"),
    ("The summit, postponed from January, was held in Nairobi on Monday.", "2025-05-05"),
    ("The visit, planned for April, finally went ahead on Tuesday.", "2025-05-06"),
    ("The meeting, which had been scheduled for February, was held in Accra on Monday.", "2025-05-05"),
    ("The talks, which were postponed in March, opened in Geneva on Monday.", "2025-05-05"),
])
def test_an_encounter_planned_then_held_is_dated_by_its_day(extractor: RulesExtractor, text: str,
                                                            day: str) -> None:
    found = meetings(extractor, text)
    assert len(found) == 1, found
    assert found[0].date == day, found


@pytest.mark.parametrize("text", [
    "The visit, planned for April, did not go ahead.",
    "The planned summit would have opened on Monday.",
    "The talks, which were scheduled for March, were cancelled.",
])
def test_an_encounter_planned_and_not_held_is_none(extractor: RulesExtractor, text: str) -> None:
    assert meetings(extractor, text) == [], meetings(extractor, text)


# --------------------------------------------------------------------------- "X and Y's meeting"


@pytest.mark.parametrize("text", [
    "Modi and Starmer's meeting in Mumbai on Thursday produced a trade roadmap.",
    "Macron and Starmer's meeting in Paris on Monday covered Ukraine.",
    "Albanese and Starmer's meeting in London on Friday covered submarines.",
    "Merz and Starmer's meeting in Berlin on Tuesday covered defence spending.",
    "Carney and Starmer's meeting at Downing Street on Sunday covered trade.",
])
def test_two_names_owning_a_meeting_held_talks(extractor: RulesExtractor, text: str) -> None:
    assert [m.kind for m in meetings(extractor, text)] == ["talks"], meetings(extractor, text)


@pytest.mark.parametrize("text", [
    "The Apec meeting in Lima drew 21 leaders on Friday.",
    "Officials attended the G20 meeting in Rio de Janeiro on Monday.",
])
def test_a_meeting_named_for_a_body_is_a_summit(extractor: RulesExtractor, text: str) -> None:
    assert [m.kind for m in meetings(extractor, text)] == ["summit"], meetings(extractor, text)
