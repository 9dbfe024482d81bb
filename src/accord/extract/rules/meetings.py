"""Rules that find meetings in a parsed article.

A meeting is an encounter the article reports as having taken place: a visit, talks, a
signing ceremony, a press conference, a forum, a commission session, a summit or a call.
Trigger words are found with cheap patterns per sentence, then the parse decides whether
the clause reports the encounter or only plans it (plans are commitments, see
`commitments`). Mentions of one encounter are merged: a mention joins the first earlier
meeting of its kind whose visitor, destination, participants and date do not contradict
it, so "the visit" said three times is one visit and "his visit to India in December
2024" is another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from accord.core import Meeting
from accord.extract.rules import meetings_cues as cues
from accord.extract.rules.context import Context, in_persons_clause
from accord.extract.rules.figures_scene import TIME_UNITS
from accord.extract.rules.modality import (
    ENDING_VERBS,
    HAPPENING_VERBS,
    PLAN_VERBS,
    SETTING_PREPS,
    canonical_person,
    char_bounds,
    clause_bounds,
    clause_head,
    described_people,
    due_clauses,
    is_person_word,
    is_planned,
    is_verb,
    on_signed_paper,
    person_spans,
    place_in,
    plausible_name,
    said_of_another_thing,
    same_person,
    sets_back,
    talked_about,
    time_expressions,
    told_due,
    went_ahead,
    without_styles,
)
from accord.extract.rules.roles import is_role_word
from accord.ingest.metadata import CAPTION_END
from accord.lexicon import (
    BUILDING_NOUNS,
    DOCUMENT_NOUNS,
    GENERAL_DOCUMENT_NOUNS,
    HONORIFICS,
    JOURNEY_NOUNS,
    MEAL_NOUNS,
    MEETING_NOUNS,
    ORDINAL_WORDS,
    SIGNING_ACTS,
    TALKING_NOUNS,
    TITLE_WORDS,
)
from accord.nlp import PLACE_ENTS, ent_at, ents_in, span_text, token_at
from accord.normalize.countries import Country, gazetteer
from accord.normalize.dates import TimeExpr, add_months
from accord.normalize.numbers import parse_number

_ORDINAL = rf"(?:\d+(?:st|nd|rd|th)|{'|'.join(ORDINAL_WORDS)})"
# words before "conference"/"forum" that make it another kind or no gathering of states
_NOT_SUMMIT = frozenset({"press", "news", "media", "video", "business", "economic", "investment", "trade",
                         "investor", "investors", "phone", "telephone"})
# Each trigger: its kind, words one of which every match holds (in lower case; a sentence with
# none of them is not searched), its pattern and, for the constructions of `meetings_cues`, the
# test its trigger token must pass (the others are judged in `_accept`).
_Check = Callable[[Token], bool]
# The titles of a leader or minister, as written before a name ("President", "Prime Minister", "Emir").
_LEADER_TITLES = r"President|Prime|Premier|Chancellor|King|Queen|Emir|Sultan|Minister|Secretary"
# Words after "to" that lead elsewhere than to a person met: a preposition, or the press.
_NOT_TO_A_PERSON = (r"(?!(?:about|at|on|in|for|during|after|before|of|reporters|journalists|the\s+"
                    r"(?:media|press))\b)")
# "with" a titled person (or his or her counterpart), not with the press
_TITLED_PARTNER = (r"\s+(?!reporters|journalists|the\s+(?:media|press))(?:\w+\s+){0,3}?"
                   r"(?:" + _LEADER_TITLES + r"|his|her)\b")
_WITH_TITLED = r"with" + _TITLED_PARTNER
# "spoke to" a titled person, the title within two words and no preposition before it ("spoke to
# German Chancellor X", not "spoke to students about the President")
_TO_TITLED = r"to\s+(?:" + _NOT_TO_A_PERSON + r"[\w-]+\s+){0,2}?(?:" + _LEADER_TITLES + r"|his|her)\b"
# "to" a titled person or an envoy, the title within three words ("talking to the visiting Foreign
# Minister X", "to Ambassador of Chile X", "to High Commissioner-designate X")
_TO_ENVOY = (r"to\s+(?:" + _NOT_TO_A_PERSON + r"[\w-]+\s+){0,3}?(?:" + _LEADER_TITLES
             + r"|Ambassador|Envoy|High\s+Commissioner|Governor|Speaker|his|her)\b")
_Trigger = tuple[str, tuple[str, ...], re.Pattern[str], _Check | None]


def _trigger(kind: str, words: str, pattern: str, check: _Check | None = None) -> _Trigger:
    return kind, tuple(words.split()), re.compile(pattern, re.IGNORECASE), check


_TRIGGERS: tuple[_Trigger, ...] = (
    *(_trigger(*entry) for entry in (
        ("signing_ceremony", "ceremony",
         r"\b(?P<w>signing|signature)\s+ceremony\b"),
        ("signing_ceremony", "witness",
         r"\b(?P<w>witness(?:ed|es|ing)?)\s+(?:the\s+)?(?:signing|ceremony|exchange)\b"),
        # a document told signed, inked or exchanged by someone ("was signed in Rabat on 14 May by X and
        # Y"; see _accept)
        ("signing_ceremony", "signed exchanged inked",
         r"\b(?:was|were)\s+(?P<w>signed|exchanged|inked)\b"),
        # documents signed or exchanged before witnesses, or leaders signing in person (see _accept)
        ("signing_ceremony", "presence",
         r"\bin\s+(?:the|their|his|her)\s+(?P<w>presence)\b"),
        ("signing_ceremony", "sign ink",
         r"\b(?P<w>sign(?:ed|s)|ink(?:ed|s))\b"),
        ("press_conference", "press news media",
         r"\b(?:press|news|media)\s+(?P<w>conference|briefing|stakeout|availability"
         r"|encounter|talk)\b"),
        ("press_conference", "presser",
         r"\b(?P<w>presser)\b"),
        ("press_conference", "told",
         r"\b(?P<w>told)\s+(?:reporters|journalists|the\s+media|the\s+press)\b"),
        # people who met the press together ("the two heads of state jointly met the press")
        ("press_conference", "met meet",
         r"\b(?P<w>met|meets?)\s+(?:with\s+)?(?:the\s+)?(?:reporters|journalists|media|press)\b"
         r"(?!\s+(?:freedom|law|council|release))"),
        # a briefing: "briefed journalists", "addressing Colombo-based media", "in a statement to the
        # media" (one outlet told something, "told state media", is an interview)
        ("press_conference", "briefed address",
         r"\b(?P<w>briefed|address(?:ed|es|ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
         r"(?:reporters|journalists|media|press)\b(?!\s+(?:freedom|law|council|release))"
         # a press conference addressed is the conference's own mention ("addressed a joint press
         # conference"), told once
         r"(?!\s+(?:conference|briefing|stakeout|availability|encounter|talk)\b)"),
        ("press_conference", "statement",
         r"\b(?P<w>statements?)\s+to\s+(?:the\s+)?(?:media|press|reporters|journalists)\b"),
        # leaders who spoke to the press together ("the presidents then made press statements")
        ("press_conference", "statement statements",
         r"\b(?:made|make|makes|making|delivered|deliver|delivers|gave|give|gives)\s+(?:joint\s+)?"
         r"(?:press|media)\s+(?P<w>statements?)\b"),
        # one leader's spoken words to the press ("In his press statement in Lima, X thanked …")
        ("press_conference", "statement statements",
         r"\b(?:in|during)\s+(?:his|her|their)\s+(?:joint\s+)?(?:press|media)\s+(?P<w>statements?)\b"),
        ("press_conference", "alongside",
         r"\b(?P<w>statement)\s+alongside\b"),
        ("business_forum", "forum",
         r"\b(?:business|economic|investment|trade|investors?[’']?)\s+(?P<w>forum)\b"),
        ("commission_session", "commission",
         r"\b(?:joint|intergovernmental|inter-governmental|bilateral)\s+"
         r"(?:\w+\s+)?(?P<w>commission)\b(?=(?:\s*,[^,.]{0,120},)?[^.]{0,60}\b(?:session|meeting|met|held|(?:re)?convened))"),
        # a numbered sitting ("the 11th Joint Permanent Commission") or one opened, convened or
        # co-chaired is a session even where no word "session" follows
        ("commission_session", "commission",
         rf"\b(?:{_ORDINAL}|(?:open|convene|co-chair|chair|host|inaugurat)(?:ed|s)?"
         r"(?:\s+(?:the|a))?)\s+(?:session\s+of\s+(?:the\s+)?)?"
         r"(?:joint|intergovernmental|inter-governmental|bilateral)\s+"
         r"(?:\w+\s+)?(?P<w>commission)\b"),
        # two governments' joint sitting of their cabinets ("the Fifth Binational Cabinet held in
        # Lima", "the joint cabinet meeting in Quito"), a standing format of Latin American neighbours
        ("commission_session", "cabinet",
         r"\b(?:bi-?national|joint)\s+(?P<w>cabinet)\b"),
        # a named dialogue sitting: numbered, chaired or held somewhere (see _accept)
        ("commission_session", "dialogue",
         r"\b(?P<w>dialogue)\b"),
        ("call", "phone phonic",
         r"\b(?:tele)?phon(?:e|ic)\s+(?P<w>call|conversation|talks)\b"),
        ("call", "video videoconference teleconference",
         r"\bvideo\s+(?P<w>call|conference|link)\b|\b(?P<w2>video-?conference|teleconference)\b"),
        ("call", "phone",
         r"\b(?P<w>spoke|talked)\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b"),
        # what two leaders discussed, told with the medium after it ("X and Y discussed the visit over
        # phone", "… conferred on the dam by telephone")
        ("call", "phone telephone",
         r"\b(?P<w>discussed|conferred|exchanged\s+views)\b[^.;]{0,90}?\b(?:over|by|via|on)\s+(?:the\s+)?"
         r"(?:tele)?phone\b"),
        # a readout's "spoke today with President X", "has spoken with …", "The Prime Minister spoke to
        # the President of X this evening" is a call; speaking to the press is not
        ("call", "spoke spoken speaks talked",
         r"\b(?P<w>spoke|spoken|speaks|talked)\s+(?:(?:today|yesterday|again|on\s+\w+day|by\s+\w+"
         r"|this\s+(?:morning|afternoon|evening))\s+)?(?:" + _WITH_TITLED + "|" + _TO_TITLED + ")"),
        # talking to a leader told by the gerund ("after speaking with Prime Minister X, …"): talks
        ("talks", "speaking talking",
         r"\b(?P<w>speaking|talking)\s+" + _WITH_TITLED),

        ("other", "host banquet dinner luncheon guard",
         r"\bhost(?:ed|s|ing)?\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?P<w>luncheon|lunch|dinner|banquet"
         r"|reception|breakfast)\b|\b(?:state|official)\s+(?P<w2>banquet|dinner|luncheon)\b"
         r"|\b(?P<w3>guard)\s+of\s+honou?r\b"),
        # a call paid on someone ("paid a call on President X"): a visit to a person, as "called on"
        ("talks", "call",
         r"\b(?:pay|pays|paid|paying)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<w>call)\s+on\b"
         # the call told by its hyphened noun ("In a call-on by Ambassador X", "during the call-on")
         r"|\b(?P<w2>call)-ons?\b(?!-)"),
        ("talks", "courtesy round negotiations",
         r"\bcourtesy\s+(?P<w>calls?)\b|\b(?P<w2>rounds?)\s+of\s+(?:[\w-]+\s+){0,4}?"
         r"(?:negotiations?|consultations|talks|dialogue|discussions)\b"
         r"|(?<!\bon\s)\b(?:held|hold|holds|holding)\s+(?:\w+\s+){0,2}?(?P<w3>negotiations)\b"),
        # a reception or a send-off by someone: "was welcomed by the minister", "was seen off at the
        # airport by …", "rolled out the red carpet for …"
        ("other", "welcomed received greeted seen hosted carpet",
         r"\b(?:was|were|been|being)\s+(?:(?:[a-z]+ly|also|later|then|first)\s+)?"
         r"(?P<w>welcomed|received|greeted|seen|hosted)\s+"
         r"(?:off\s+)?(?:[\w,-]+\s+){0,7}?by\b|\b(?P<w2>roll(?:ed|s|ing)?)\s+out\s+the\s+red[\s-]carpet\b"),
        ("other", "working",
         r"\bworking\s+(?P<w>lunch|luncheon|dinner|breakfast)\b"),
        # a guest welcomed with ceremony ("was accorded a ceremonial welcome at the palace")
        ("other", "ceremonial",
         r"\bceremonial\s+(?P<w>welcome|reception)\b"),
        ("other", "ceremon welcome",
         r"\b(?:welcom(?:e|ing)|arrival|reception)\s+(?P<w>ceremon(?:y|ies))\b|\bred-carpet\s+(?P<w2>welcome)\b"
         r"|\barrived\b[^.]{0,40}\bto\s+a\s+(?P<w3>ceremony)\b"),
        ("summit", "summit",
         r"\b(?P<w>summit)\b(?!\s+(?:talks|meeting))"),
        # a named gathering ("the 1955 Asia-Africa Conference", "the U.N. climate change conference")
        ("summit", "conference forum",
         r"\b(?P<w>conference|forum)\b"),
        ("talks", "talk meet met discussions consultations discussion consultation discussed",
         r"\b(?P<w>talks|meeting|meetings|met|meets|discussions|consultations|discussion|consultation|talked"
         r"|discussed)\b"),
        # a leaders' meeting of a standing format named by its title ("the 26th Annual Leaders'
        # Consultation", "the Leaders' Retreat", "the Annual Consultation")
        ("talks", "consultation retreat",
         r"\b(?:leaders['’]?\s+|annual\s+)(?P<w>consultation|retreat)\b"),
        ("visit", "visit tour",
         r"\b(?P<w>visit|visited|visits|visiting|tour)\b(?!\s+of\s+duty)"),
        ("visit", "trip",
         r"\b(?P<w>trip)\b"),
        # an arrival is the visit begun ("arrived in Seoul on Sunday for talks"); "will arrive" is a plan
        ("visit", "arrive landed",
         r"\b(?P<w>arrived|arrives|landed)\s+(?:in|at|here\b)\s*"),
        # a journey made is the visit ("the navy chief travelled to Beijing last month")
        ("visit", "travelled traveled flew",
         r"\b(?P<w>travell?ed|flew)\s+(?:on\s+)?to\s+"),
    )),
    # a call placed to a person, or held; a courtesy call paid ("called on the King")
    _trigger("call", "called calls phoned phones telephoned telephones rang dialled dialed dials",
             r"\b(?P<w>call(?:ed|s)|(?:tele)?phon(?:ed|es)|rang|diall?ed|dials)\b(?!\s+on\b)",
             cues.calls_person),
    _trigger("call", "call", r"\b(?P<w>call)\b", cues.call_held),
    _trigger("talks", "called calls", r"\b(?P<w>call(?:ed|s))\s+on\b", cues.calls_on),
    # a courtesy visit paid on a person ("paid a courtesy visit on the Minister"): a call, as a courtesy call
    _trigger("talks", "visit", r"\bcourtesy\s+(?P<w>visit)\b", cues.courtesy_visit_on),
    # a guest hosted or received ("X hosted his counterpart"); a guest welcomed is told by the visit
    _trigger("talks", "hosted hosts received receives welcomed",
             r"\b(?P<w>host(?:ed|s)|receiv(?:ed|es)|welcomed)\b", cues.hosts_guest),
    # a guest received told by a clause opening the sentence ("While receiving X, the President said")
    _trigger("talks", "receiving hosting welcoming", r"\b(?P<w>receiving|hosting|welcoming)\b",
             cues.receiving_guest),
    # one talking to a titled caller or envoy ("The President was talking to Ambassador X, who called
    # on him", "Talking to the visiting Foreign Minister, the Prime Minister said …")
    _trigger("talks", "talking", r"\b(?P<w>talking)\s+" + _TO_ENVOY, cues.talks_to_guest),
    # people who conferred in person ("the two ministers conferred at the ministry"); a host played to a
    # guest ("played host to his counterpart X")
    _trigger("talks", "conferred confers conferring", r"\b(?P<w>conferr(?:ed|ing)|confers)\b",
             cues.conferred),
    _trigger("talks", "played plays playing", r"\b(?P<w>play(?:ed|s|ing))\s+host\s+to\b", cues.plays_host),
    # people who sat down together ("Trump sat down with Martin in the Oval Office")
    _trigger("talks", "sat sits", r"\b(?P<w>sat|sits)\s+down\s+(?:together|with)\b", cues.sat_down),
    # an audience granted, a tete-a-tete held; people convened ("the ministers convened in Nairobi")
    _trigger("talks", "audience tete t\u00eate",
             r"\b(?P<w>audience)\b|\bt[e\u00ea]te-[a\u00e0]-(?P<w2>t[e\u00ea]te)\b", cues.audience_held),
    _trigger("talks", "convened convenes", r"\b(?P<w>conven(?:ed|es))\b", cues.convened),
    # an envoy's credentials handed over in person ("presented his letters of credence to the President")
    _trigger("other", "presented handed submitted delivered received receives accepted accepts",
             r"\b(?P<w>presented|handed|submitted|delivered|receiv(?:ed|es)|accept(?:ed|s))\b",
             cues.credentials_presented),
    # a conversation held in person ("held a one-on-one conversation", "had a conversation with X")
    _trigger("talks", "conversation", r"\b(?P<w>conversations?)\b", cues.conversation_held),
    # a bilateral meeting told by the adjective alone ("held a bilateral with X", "in a bilateral on Monday")
    _trigger("talks", "bilateral", r"\b(?P<w>bilaterals?)\b", cues.bilateral_held),
    _trigger("talks", "exchange", r"\b(?P<w>exchange)\b", cues.exchange_with),
    # views exchanged with a person at a place or over a line ("exchanged views with X by telephone")
    _trigger("talks", "exchanged exchanges exchanging", r"\b(?P<w>exchang(?:ed|es|ing))\b",
             cues.views_exchanged),
    # a multilateral gathering named alone beside which others met ("on the sidelines of COP27")
    _trigger("summit", "sideline margin", r"\b(?P<w>sidelines?|margins?)\s+of\b", cues.named_aside),
    # one person dealt with another beside a gathering ("raised the issue with X on the sidelines of …")
    _trigger("talks", "sideline margin", r"\b(?P<w>sidelines?|margins?)\s+of\b", cues.dealt_with_aside),
    # a standing body told to have sat, named alone ("the Joint Bilateral Commission took place in X")
    _trigger("commission_session", "commission committee", r"\b(?P<w>commission|committee)\b",
             cues.body_went_ahead),
    # a sitting of a standing body ("the fifth session of the Joint Commission")
    _trigger("commission_session", "session sitting", r"\b(?P<w>session|sitting)\b", cues.body_sitting),
    # a signing attended ("attended the signing", "signed … in a ceremony attended by …")
    _trigger("signing_ceremony", "signing ceremony signature",
             r"\b(?P<w>signing)\b(?!\s+ceremony)|\b(?P<w2>ceremony)\b|\b(?P<w3>signature)\s+of\b",
             cues.signing_attended),
    # documents handed over at an event ("attended an exchange of documents", "an exchange of notes was held")
    _trigger("signing_ceremony", "exchange", r"\b(?P<w>exchange)\s+of\b", cues.documents_exchanged),
    # a guest welcomed with honours ("was welcomed with full military honours", "was given a 21-gun
    # salute", "received an honour guard"), not honours conferred ("the country's highest honour")
    _trigger("other", "honours honors salute guard",
             r"\b(?:military|state|ceremonial)\s+(?P<w>honou?rs)\b|\b(?:gun|cannon)\s+(?P<w2>salute)\b"
             r"|\bhonou?r\s+(?P<w3>guard)\b", cues.welcomed_with_honours),
    # a guest seen off ("after a send-off at the airport by Minister X", "was given a warm farewell")
    _trigger("other", "send farewell saw see",
             r"\bsend-?(?P<w>off)\b|\b(?P<w2>sendoff|farewell)\b"
             r"|\b(?:saw|see|sees|seeing|seen)\s+(?:[\w-]+\s+){0,4}?(?P<w3>off)\b", cues.seen_off),
    # a meal a host gave ("offered a lunch for X", "a luncheon hosted by X", "a dinner was held, hosted by X")
    _trigger("other", "lunch luncheon dinner banquet breakfast",
             r"\b(?P<w>lunch|luncheon|dinner|banquet|breakfast)\b", cues.meal_given),
)
# "discussions" names a meeting only where the text says they were held, chaired or opened.
_HELD_BEFORE = re.compile(r"\b(?:held|hold|holds|conducted|during|following|after|earlier|chaired|chairs"
                          r"|opened|concluded|convened)\W+"
                          r"(?:\w+\W+){0,2}$", re.IGNORECASE)
_HELD_AFTER = re.compile(r"^\W*(?:with|between|at\s+the\s+delegation\s+level)\b", re.IGNORECASE)
# Talks at another level than the leaders' are other meetings ("delegation-level meeting").
_LEVELS = ("delegation", "working", "ministerial", "expert", "official-level", "ministers")
# Words after talks that widen them to the delegations ("talks at the delegation level"); the format told
# after the noun only ("talks in an expanded format"), not after "met" ("X, Y and Z then met in a wider
# format" tells the same talks again).
_DELEGATION = re.compile(r"\s*at\s+(?:the\s+)?delegation\s+level\b", re.I)
_WIDER_FORMAT = re.compile(r"\s*in\s+(?:an?\s+)?(?:expanded|enlarged|extended|broader)\s+format\b", re.I)
# Words that tell talks widened to the delegations ("an expanded meeting", "plenary talks").
_WIDER = frozenset({"expanded", "enlarged", "extended", "plenary", "expanded-format", "broader"})


@dataclass
class _Mention:
    kind: str
    sub: str
    start: int
    end: int
    persons: list[str]
    place: str | None
    visitor: str | None = None
    dest: str | None = None
    when: str | None = None
    name: frozenset[str] = frozenset()
    headline: bool = False
    caption: bool = False   # a photo caption: its day may be the picture's, not the event's
    anaphoric: bool = False
    back: str = ""          # an unnamed "the forum" that only refers back to the gathering named before
    ordinal: str = ""       # "first", "second": two visits numbered apart are two
    partner: str = ""       # whom the encounter is "with": a person's name or the noun
    party: str = ""         # a group or body met, not named people ("top Russian officials")
    event_month: str = ""  # YYYY-MM of the article's main event, what undated mentions refer to
    at: int = 0             # where the trigger word starts
    began: str | None = None  # the first day of a span of days `when` ends ("from 3 to 5 January")
    recalled: bool = False  # an earlier visit told in passing ("the deal signed during X's visit has …")
    further: bool = False   # told as one more encounter ("X also met Y", "later held talks with Z")
    described_partner: bool = False  # held with someone told by a description only ("received the speaker")
    ongoing: bool = False   # a visit told as under way ("X, who is on a state visit to Brazil")
    reported: bool = False  # a visit told as done ("X visited Y", "made a state visit", "came for a visit")
    aside: bool = False     # a gathering named beside a meeting ("on the margins of the UN General Assembly")
    separate: bool = False  # told as apart from the others ("held a separate meeting")
    one_of: int = -1        # one of several told apart in one phrase ("held separate meetings with X and Y"):
    # where that phrase's word stands; each is another encounter, but may be one told again on its own
    days: int = 0           # how many days a visit spans ("a three-day state visit"), else 0
    pair: str = ""          # held by "the two presidents", "both leaders": their noun ("president")
    timing: bool = False    # told only to time another event ("a month after he visited India")
    scene: tuple[str, ...] = ()  # those who act in a clause the encounter is only the setting of
    titled: tuple[str, ...] = ()  # those told by a title phrase only ("the Chinese minister"), not by name
    described: bool = False  # only said what it was like ("the Muscat meeting was the more significant")
    ended: bool = False     # a visit told by its end ("concluded a four-day visit on Monday"): no arrival day
    at_gathering: bool = False  # told at a gathering named before ("at the summit"): there, if unplaced
    by_pair: bool = False   # leaders told unnamed who sign in person ("the heads of state signed")
    apart: tuple[int, int] = (0, 0)  # told by its distance from the event of this clause ("X met Y on
    # Monday, a week after Z hosted Y"): where that clause stands

    def score(self) -> tuple[int, ...]:
        """Return how well this mention shows the meeting (higher is better)."""
        told = int(not self.headline)
        if self.kind == "visit":
            return (told, int(not self.timing), -self.start)
        named = [p for p in self.persons if p not in self.scene and p not in self.titled]
        # a signing told by the documents signed before the leaders shows the ceremony better than
        # the leaders' own signing told with it ("In the presence of the two presidents, …")
        return (told, int(not self.by_pair),
                min(len(named), 2) + int(self.place is not None) + int(self.when is not None),
                -self.start)


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.mentions[0].kind

    def accepts(self, m: _Mention) -> bool:
        """Say whether a mention can be the same encounter as every mention so far."""
        return all(_compatible(m, other) for other in self.mentions)


def find(ctx: Context) -> list[Meeting]:
    """Return the meetings of the article, one per real thing, each with its evidence."""
    clusters: list[_Cluster] = []
    body = ctx.body_start
    ahead: set[str] = set()
    heading = _spoken_heading(ctx)
    if heading is not None:
        clusters.append(_Cluster([heading]))
    for sent in ctx.sentences:
        for mention in _mentions(ctx, sent, body, ahead):
            if mention.pair and not mention.persons:
                pair = None if mention.pair == _JUST_TOLD else _pair_told(ctx, clusters, mention.pair)
                if (own := _pair_in_own(ctx, mention)) is not None:
                    # "X welcomed Y to State House, where the two leaders held talks": the two just named
                    mention.persons = own
                elif pair is not None:
                    # "the two leaders also witnessed …": the pair of the encounter told, on its day
                    mention.persons = pair[1]
                    mention.when = mention.when or pair[0].when
                    mention.place = mention.place or pair[0].place
                elif (named := _pair_before(ctx, mention)) is not None:
                    # "X and Y agreed on Tuesday to … The two leaders met at …": the two just named, that day
                    mention.persons, day = named
                    mention.when = mention.when or day
            if mention.back:
                _refer_back(ctx, clusters, mention)
                continue
            if (whom := _with_whom(ctx, mention)) is not None:
                # "X was received … by Y, with whom he held a bilateral meeting": the meeting held at
                # that reception, with its people and day, not a time the clause's asides give
                reception = _reception_before(clusters, whom)
                if reception is not None:
                    first = reception.mentions[0]
                    mention.persons = [*first.persons,
                                       *(p for p in mention.persons if p not in first.persons)]
                    mention.when = first.when or mention.when
                    mention.place = mention.place or first.place
                    reception.mentions.insert(0, mention)
                    continue
                start = whom.sent.start_char
                known = {p.name for p in ctx.people}
                present = [name for _, name in person_spans(ctx, start, whom.idx) if name in known]
                if present and not mention.persons:
                    mention.persons = present  # no reception told apart: the people and day of its clause
                    mention.when = _when(ctx, start, whom.idx, year_ok=False) or mention.when
            if mention.place is None and mention.at_gathering:
                # "X also held talks with Z at the summit": where the summit told before was
                mention.place = next((m.place for c in reversed(clusters) if c.kind in _GATHERINGS
                                      for m in c.mentions if m.place), None)
            home = next((c for c in clusters if c.kind == mention.kind and c.accepts(mention)), None)
            if home is None and mention.anaphoric:
                # "The talks were …": a bare definite mention refers back, whatever its level;
                # "the Amman summit was brief" is said of the leaders' talks told before it
                kinds = _SAID_AS.get(mention.kind, ()) if mention.described else ()
                home = next((c for c in reversed(clusters) if c.kind == mention.kind), None) or next(
                    (c for c in reversed(clusters) if c.kind in kinds), None) or _sitting_named(
                    ctx, clusters, mention)
            if home is None:
                clusters.append(_Cluster([mention]))
            else:
                home.mentions.append(mention)
    # page furniture's encounter counts only where the body tells none of its kind: a title
    # line ("FACT SHEET: … Dialogue on Technology") names the meeting the body dates
    told = {c.kind for c in clusters if not _furniture(c)}
    return [_meeting(ctx, c) for c in clusters if c.kind not in told or not _furniture(c)]


def _with_whom(ctx: Context, mention: _Mention) -> Token | None:
    """Return the "with" of talks told in a relative clause on the one they were held with ("was received
    … by Prime Minister Y, with whom he held a bilateral meeting"), if so."""
    tok = token_at(ctx.doc, mention.at)
    if tok is None or mention.kind != "talks":
        return None
    verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "relcl":
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 and any(g.lower_ == "whom" for g in c.children)), None)


def _reception_before(clusters: list[_Cluster], whom: Token) -> _Cluster | None:
    """Return the reception told earlier in the sentence of a "with whom" clause, if any: one encounter,
    of the talks' kind."""
    start = whom.sent.start_char
    return next((c for c in reversed(clusters) if c.kind in ("other", "talks") and len(c.mentions) == 1
                 and start <= c.mentions[0].start and c.mentions[0].at < whom.idx
                 and c.mentions[0].persons), None)


def _sitting_named(ctx: Context, clusters: list[_Cluster], mention: _Mention) -> _Cluster | None:
    """Return the sitting of a body a bare "the meeting" that acts refers back to when no talks were told
    before it ("the two-day meeting of the Joint Steering Committee … The meeting also agreed to …")."""
    word = re.match(r"\w+", ctx.text[mention.at:mention.at + 20])
    tok = token_at(ctx.doc, mention.at)
    if mention.kind != "talks" or word is None or tok is None or tok.dep_ != "nsubj":
        return None  # the meeting that acts ("The meeting agreed …"), not one an act is timed by
    said = word.group(0).lower()
    return next((c for c in reversed(clusters) if c.kind == "commission_session" and any(
        re.search(rf"\b{said}\b", ctx.text[m.start:m.end].lower()) for m in c.mentions)), None)


# Kinds a meeting described by another word may have been told as ("the summit was brief" after talks).
_SAID_AS = {"summit": ("talks",), "talks": ("summit",)}


def _refer_back(ctx: Context, clusters: list[_Cluster], mention: _Mention) -> None:
    """Add those who took part in "the forum" to the latest gathering named by that word, if any."""
    home = next((c for c in reversed(clusters) if c.kind in _GATHERINGS
                 and mention.back in ctx.text[c.mentions[0].at:c.mentions[0].end].lower()), None)
    if home is not None:
        mention.kind = home.kind
        mention.when = mention.when or home.mentions[0].when
        mention.place = mention.place or home.mentions[0].place
        home.mentions.append(mention)


# Kinds of gathering an unnamed "the forum" or "the conference" can refer back to.
_GATHERINGS = frozenset({"summit", "business_forum"})


def _furniture(cluster: _Cluster) -> bool:
    """Say whether every mention of an encounter is in the page furniture above the body."""
    return all(m.headline for m in cluster.mentions)


# A heading over statements people spoke together ("JOINT STATEMENT OF / PRIME MINISTER X AND /
# PRESIDENT Y", "Remarks by President X and Prime Minister Y"), and a speaker's label over what
# they said ("PRIME MINISTER ABE", "PRESIDENT BORIC: Thank you").
_SPOKEN_HEADING = re.compile(r"^[ \t]*(?:joint\s+)?(?:press\s+)?(?:statements?|remarks)\s+(?:of|by)\b",
                             re.IGNORECASE | re.MULTILINE)
_SPEAKER_LABEL = re.compile(r"^[ \t]*((?:[A-Z][A-Z.'-]*[ \t]+){1,5}[A-Z][A-Z.'-]+)[ \t]*(?::|$)",
                            re.MULTILINE)


def _spoken_heading(ctx: Context) -> _Mention | None:
    """Return the press event a transcript's heading names: statements or remarks of two or more
    people, with the speakers' labels below it ("JOINT STATEMENT OF / JAPANESE PRIME MINISTER X AND
    / PHILIPPINE PRESIDENT Y / <venue> / <date>", then "PRIME MINISTER X" over his words); a written
    statement, with no one speaking, is no event."""
    head = _SPOKEN_HEADING.search(ctx.text, 0, ctx.body_start)
    if head is None:
        return None
    start = head.start() + len(head.group()) - len(head.group().lstrip())
    named = _named_lines(ctx.text[start:ctx.body_start])
    labels = (m.group(1).lower().split() for m in _SPEAKER_LABEL.finditer(ctx.text, start + len(named)))
    if not any(w in _TITLES for words in labels for w in words):
        return None
    end = start + len(ctx.text[start:ctx.body_start].rstrip())
    persons = [p.name for p in ctx.people
               if re.search(rf"\b{re.escape(p.name.split()[-1])}\b", named, re.IGNORECASE)]
    persons += _titled_names(named)
    persons = [n for i, n in enumerate(persons) if not _among(n, persons[:i])]
    if len(persons) < 2:
        return None
    m = _Mention("press_conference", "", start, end, persons, place_in(ctx, start, end), headline=True,
                 event_month=ctx.event_date.isoformat()[:7] if ctx.event_date else "", at=start)
    m.when = _when(ctx, start, end, year_ok=False)
    return m


def _named_lines(block: str) -> str:
    """Return the lines of a heading that name its people: the first and those it runs on to
    ("JOINT STATEMENT OF" / "… ABE AND" / "… DUTERTE"); a venue or date line ends them."""
    lines = block.splitlines(keepends=True)
    taken = lines[:1]
    for line in lines[1:]:
        if not re.search(r"\b(?:of|by|and)\s*$|,\s*$", taken[-1], re.IGNORECASE):
            break
        taken.append(line)
    return "".join(taken)


# Title words, without the small words TITLE_WORDS also drops from names.
_TITLES = TITLE_WORDS - {"the", "of"}


def _titled_names(named: str) -> list[str]:
    """Return the names a capitalised heading gives after titles ("PRESIDENT WILLIAM RUTO AND" gives
    "William Ruto"), which the entity tagger misses in capitals."""
    out: list[str] = []
    for part in re.split(r"\bAND\b|,|\n", named.upper()):
        words = part.split()
        titled = [i for i, w in enumerate(words) if w.lower() in _TITLES]
        name = words[titled[-1] + 1:] if titled else []
        if 1 <= len(name) <= 4 and all(w.isalpha() for w in name):
            out.append(" ".join(w.capitalize() for w in name))
    return out


def _mentions(ctx: Context, sent: Span, body: int, ahead: set[str]) -> list[_Mention]:
    """Return the held-meeting mentions of one sentence, one per trigger word.

    `ahead` holds the places of visits the article told as planned so far; this sentence's are added.
    """
    if ctx.asks(sent):
        return []  # "Will the Prime Minister visit?": a question tells no encounter
    out: list[_Mention] = []
    seen: set[tuple[int, str]] = set()
    text = span_text(sent)
    folded = _folded(text)
    for kind, words, pattern, check in _TRIGGERS:
        if folded is not None and not any(w in folded for w in words):
            continue  # the trigger's words are not in the sentence: its pattern cannot match
        for m in pattern.finditer(text):
            group = next(g for g in ("w", "w2", "w3") if g in m.groupdict() and m.group(g))
            start = sent.start_char + m.start(group)
            span = ctx.doc.char_span(start, sent.start_char + m.end(group), alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            tok = span[0]
            held = ((check(tok) and not is_planned(tok)) if check is not None
                    else _accept(ctx, kind, tok, text, m))
            held = held and not cues.announced(tok) and not cues.one_body_sits(tok) and not cues.tallied(tok)
            held = held and not _restated(tok)
            held = held and not _progressive_ahead(ctx, tok) and not _due_ahead(ctx, tok)
            if kind == "visit" and not held:
                _note_ahead(ctx, tok, ahead)
            if (tok.i, kind) in seen or not held:
                continue
            if kind in ("talks", "other"):
                tok = cues.acting_verb(tok)  # "saw off X", "raised it with X on the sidelines of …"
            seen.add((tok.i, kind))
            if kind == "talks" and tok.lower_ in ("round", "rounds"):
                # "the fourth round of political consultations": one encounter, its noun no second one
                whole = ctx.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                                          alignment_mode="expand")
                seen.update((t.i, kind) for t in whole or ())
            named_body = kind == "talks" and tok.lower_ == "meeting" and _named_gathering(tok)
            if kind == "talks" and tok.lower_ in ("meeting", "met", "meets") and cues.body_sitting(tok):
                kind = "commission_session"  # "the third meeting of the Joint Committee"
            elif kind == "summit" and _with_person(tok):
                kind = "talks"  # "Lee's November summit with Xi" is a bilateral meeting
            elif named_body:
                kind = "summit"  # "attended the Apec meeting": a gathering named for a body
            elif kind == "commission_session" and _launched_by_people(tok):
                kind = "talks"  # "X and Y launched the … Dialogue": the leaders met to set it up
            elif kind == "talks" and cues.held_remotely(tok):
                kind = "call"  # "the two leaders met virtually", "held a virtual meeting"
            elif kind == "call" and cues.spoke_aside(tok):
                kind = "talks"  # "spoke with X on the sidelines of the summit": in person, no call
            mention = _mention(ctx, sent, kind, tok, headline=start < body)
            if kind == "summit" and tok.lower_ in ("forum", "conference") and not _named(tok):
                mention.back = tok.lower_
            mention.caption = _in_caption(ctx, sent.start_char, start)
            mention.by_pair = kind == "signing_ceremony" and tok.lower_ in _SIGN_WORDS and mention.pair != ""
            if kind == "visit" and _visit_ahead(tok, mention, ahead):
                continue
            out.extend(_one_by_one(ctx, tok, mention))
    out = _by_line(ctx, out)
    _follow_on(ctx, out)
    return _apart(ctx, _met_again_at_forum(ctx, out))


# Nouns of the form an encounter took ("held in the format of a video conference", "in a videoconference
# format")
_FORMATS = frozenset({"format", "form", "mode"})


def _line_of(tok: Token) -> Token | None:
    """Return the word whose encounter a line noun is the means or the form of ("held talks via
    videoconference", "were held in the format of a video conference", "met in video conference format"),
    else None."""
    if tok.dep_ == "pobj" and tok.head.lower_ in _MEDIUM_PREPS:
        return tok.head.head
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _FORMATS:
        tok = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _FORMATS:
        tok = tok.head.head
    else:
        return None
    return tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None


def _one_act(a: Token, b: Token) -> bool:
    """Say whether two words tell one act: the same word, or a verb and the encounter noun it holds."""
    return a.i == b.i or any(x.head.i == y.i and x.dep_ in ("dobj", "nsubj", "nsubjpass")
                             for x, y in ((a, b), (b, a)))


def _by_line(ctx: Context, mentions: list[_Mention]) -> list[_Mention]:
    """Drop the call a line noun tells where it is only the means or form of another encounter of its
    clause ("the consultations were held in the format of a video conference", "held talks via
    videoconference"): that encounter is the one told, and it was a call."""
    kept = []
    for m in mentions:
        tok = token_at(ctx.doc, m.at)
        head = _line_of(tok) if m.kind == "call" and tok is not None else None
        held = None if head is None else next(
            (o for o in mentions if o is not m and o.kind in ("talks", "call", "commission_session")
             and (t := token_at(ctx.doc, o.at)) is not None
             and _one_act(t, head)), None)
        if held is None:
            kept.append(m)
            continue
        if held.kind == "talks":
            held.kind = "call"
        held.persons = held.persons or m.persons
    return kept


def _met_again_at_forum(ctx: Context, mentions: list[_Mention]) -> list[_Mention]:
    """Drop the talks of "X and Y met again at the business forum": the forum is the one encounter told,
    and it takes the people and day the verb gives it. Without "again" the verb may tell talks of their
    own held at the forum's venue, and stays."""
    forums = {m.at: m for m in mentions if m.kind == "business_forum"}
    kept = []
    for m in mentions:
        tok = token_at(ctx.doc, m.at)
        forum = None if tok is None or m.kind != "talks" or tok.lemma_ != "meet" or not any(
            c.dep_ == "advmod" and c.lower_ == "again" for c in tok.children) else next(
            (forums[g.idx] for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"
             for g in c.children if g.dep_ == "pobj" and g.idx in forums), None)
        if forum is None:
            kept.append(m)
            continue
        forum.persons = forum.persons or m.persons
        forum.when = forum.when or m.when
    return kept


# Words that tell one encounter as coming before or after another ("followed by a delegation-level
# meeting", "following a welcome ceremony", "after the talks", "prior to the signing")
_SEQUENCE_WORDS = frozenset({"follow", "following", "precede", "preceded", "after", "before", "prior"})


def _follow_on(ctx: Context, mentions: list[_Mention]) -> None:
    """Give an encounter told only as coming before or after another in the sentence ("held a four-eyes
    meeting with X, followed by a delegation-level meeting", "held talks with X following an official
    welcome ceremony") the other's people, and its place and day where it names none."""
    for m in mentions:
        tok = token_at(ctx.doc, m.at)
        if tok is None or len(m.persons) >= 2 or m.anaphoric:
            continue
        link = next((a for a in tok.ancestors if a.lemma_.lower() in _SEQUENCE_WORDS
                     or a.lower_ in _SEQUENCE_WORDS), None)
        if link is None:
            continue
        inside = {t.i for t in link.subtree}
        other = next((o for o in mentions if o is not m and len(o.persons) >= 2 and o.kind != "visit"
                      and (t := token_at(ctx.doc, o.at)) is not None and t.i not in inside
                      and t.sent == tok.sent), None)
        if other is None:
            continue
        # "After the meeting with X, Y held talks with Z": the one met before is not Z's; only Y is shared
        own = bool(m.persons) and not any(_among(p, other.persons) for p in m.persons)
        m.persons = m.persons + [n for n in other.persons if not _among(n, m.persons)
                                 and not (own and other.partner and same_person(n, other.partner))]
        m.place = m.place or other.place
        m.when = m.when or other.when


def _place_key(place: str) -> str:
    """Return the name a place is known by (its country where the gazetteer knows it)."""
    found = gazetteer().resolve(place)
    return found.name if found is not None else place.lower().removeprefix("the ")


def _note_ahead(ctx: Context, tok: Token, ahead: set[str]) -> None:
    """Add the place of a visit told as planned ("X will visit China") to `ahead`."""
    if tok.lemma_.lower() == "visit" and is_planned(tok, purpose_is_plan=False):
        dest = _destination(ctx, tok)
        if dest is not None:
            ahead.add(_place_key(dest))


def _visit_ahead(tok: Token, mention: _Mention, ahead: set[str]) -> bool:
    """Say whether an undated visit noun in a present-tense clause is the visit the article told as
    planned ("X will visit China …. X's visit to China marks his second engagement abroad")."""
    if tok.pos_ == "VERB" or mention.when is not None or mention.dest is None:
        return False
    head = clause_head(tok)
    return (head.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in head.children)
            and _place_key(mention.dest) in ahead)


# The characters other than ASCII letters that a case-blind pattern takes for ASCII letters
# (dotted and dotless i, long s, Kelvin sign): a text with one is searched without its words' test.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _folded(text: str) -> str | None:
    """Return `text` in lower case to test a trigger's words in, or None where that test would not hold."""
    return None if _FOLDS_TO_ASCII.search(text) else text.lower()


def _in_caption(ctx: Context, sent_start: int, at: int) -> bool:
    """Say whether a trigger stands on a caption line, one ending in a photo credit ("(Photo: AFP)").
    A headline the parser ran into the caption below it keeps its own standing, and so does a body
    line after a caption; a caption the parser ran on from a byline above it is still a caption.
    """
    text = ctx.text
    line_start = text.rfind("\n", 0, at) + 1
    if sent_start < line_start:
        above = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)].strip()
        if CAPTION_END.search(above):
            return False  # a body line after a caption
    end = text.find("\n", at)
    return bool(CAPTION_END.search(text[line_start:len(text) if end < 0 else end].strip()))


def _apart(ctx: Context, mentions: list[_Mention]) -> list[_Mention]:
    """Return the mentions of a sentence, each span cut clear of another one it opens with.

    "X, currently on an official visit to India, held discussions with Y": the talks' clause
    begins with the visit's phrase; the talks are shown from the words after it.
    """
    for m in mentions:
        inner = [o for o in mentions if o is not m and m.start <= o.start and o.end < m.end and o.end <= m.at]
        if inner:
            m.start = max(o.end for o in inner)
            while m.start < m.at and not ctx.text[m.start].isalnum():
                m.start += 1
    return mentions


def _headline_visits(ctx: Context, tok: Token) -> bool:
    """Say whether a title line tells a visit in a headline's present ("… as Foreign Minister X visits
    Muscat", "President X visits Ghana"): a named visitor, a place named, nothing told ahead."""
    return (tok.idx < ctx.body_start and tok.tag_ == "VBZ" and not is_planned(tok, purpose_is_plan=False)
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in tok.children)
            and _destination(ctx, tok) is not None)


def _accept(ctx: Context, kind: str, tok: Token, text: str, m: re.Match[str]) -> bool:
    """Say whether a trigger word names an encounter that took place."""
    word = tok.lower_
    if _what_a_paper_is_about(tok):
        return False
    if kind == "visit":
        if word == "visits" and _headline_visits(ctx, tok):
            return True
        if tok.tag_ in ("NNS", "VB", "VBP") or tok.dep_ == "amod" or word == "visits":
            return False
        if word in _ARRIVALS and not _is_arrival(ctx, tok):
            return False
        if word == "trip" and not _trip_taken(tok):
            return False
        if word == "visiting" and not _visiting_place(tok):
            return False
        if _occasion(tok) or _visit_talked_of(tok) or cues.courtesy_visit_on(tok):
            return False  # a courtesy visit on a person is told as talks (its own trigger)
        return not is_planned(tok, purpose_is_plan=False)
    if kind == "talks":
        if _process_told(tok) or _talks_over_a_span(tok):
            return False
        if word == "meeting" and _named_gathering(tok) and cues.came_for(tok) is not None:
            return True  # "flew to Lima for the APEC leaders' meeting": the gathering one came to
        if word == "calls" and tok.pos_ != "NOUN":
            return False  # "Courtesy calls on X are planned" read with "calls" a verb: no call paid told
        if word == "meetings" and not re.match(r"\s+(?:with|between)\b", text[m.end("w"):]):
            return False
        if word == "talked" and not (re.match(r"\s+(?:with|to)\b", text[m.end("w"):]) or _talked_with(tok)):
            return False  # "talked with X", "talked trade with X"; not "talked tough"
        if word == "discussed" and (not _talked_with(tok) or _framed_by_encounter(tok) or _placed_after(tok)):
            # "discussed trade with Foreign Minister X"; not "discussed the plan", nor "During my visit, I
            # discussed with X …", the visit's or call's own talk
            return False
        if word in ("discussions", "consultations") and not (_HELD_BEFORE.search(text[:m.start("w")])
                                          or _HELD_AFTER.search(text[m.end("w"):]) or _held_told(tok)):
            return False
        if m.group(0).lower() in ("discussion", "consultation") and not _held_told(tok):
            return False  # one talk must be told held ("a discussion … was held"), not "in consultation with"
        if word in ("discussions", "consultations") and any(c.lower_ in _INWARD for c in tok.children):
            return False  # "internal consultations": one side's own
        if word in ("met", "meets") and tok.pos_ != "VERB":
            return False
        if word in ("met", "meets") and _met_in_meeting(tok):
            return False  # "the ministers met in a separate meeting": the noun tells the encounter
        if word == "met" and _met_before(tok):
            return False  # "the ministers, who last met in Kampala in March": an earlier one recalled
        if word in ("met", "meets", "meeting") and tok.pos_ == "VERB" and not _meets_someone(tok):
            return False  # "meeting the target", "met the demand of the unions"
    if kind == "other" and word in _RECEPTIONS:
        # "was received in audience by X": the audience is told as talks (cues.received_in_audience)
        received = _received_in_person(ctx, tok) and not is_planned(tok)
        return received and not any(cues.received_in_audience(g) for c in tok.children for g in c.children)
    if kind == "summit" and tok.tag_ == "NNS":
        return False
    if kind == "summit" and cues.came_for(tok) is not None:
        return True  # "arrived in Vilnius for the NATO summit": the summit one came to is under way
    if kind == "summit" and word in ("conference", "forum") and not _named(tok):
        return _told_before(tok)
    if kind == "commission_session" and word == "commission" and _chaired_as_a_post(tok):
        return False  # "X, who co-chairs the intergovernmental commission": the post, no sitting
    if kind == "commission_session" and word == "dialogue":
        return (_sitting(tok) or _launched_by_people(tok)) and not is_planned(tok)
    if kind == "signing_ceremony" and word == "presence":
        return _signed_before(tok)
    if kind == "signing_ceremony" and word in ("signed", "exchanged", "inked") \
            and m.group(0).lower().startswith(("was", "were")):
        if word == "exchanged" and not any(c.dep_ == "nsubjpass" and c.lower_ in cues.HANDED_NOUNS
                                           for c in tok.children):  # documents, notes, letters
            return False  # "prices were exchanged by traders": what is exchanged is no document
        return (any(c.dep_ == "agent" for c in tok.children) or _misplaced_agent(ctx, tok)) \
            and not is_planned(tok)
    if kind == "signing_ceremony" and word in _SIGN_WORDS:
        return tok.pos_ == "VERB" and _leaders_sign(tok) and not is_planned(tok)
    if tok.pos_ == "NOUN" and talked_about(tok) and _about_an_encounter(tok):
        return False  # "held talks in Accra on the summit in Addis Ababa": the summit is what was talked of
    # "was in Hanoi last week for talks": what people were gathered for was held, whatever it was
    # for ("met today for a bilateral meeting to reaffirm their partnership")
    if cues.gathered_for(tok) and not is_planned(tok.head.head):
        return True
    return not is_planned(tok, purpose_is_plan=not cues.gathered_for(tok))


def _misplaced_agent(ctx: Context, verb: Token) -> bool:
    """Say whether a passive verb's doers stand in a "by" the parser hung on a noun of its setting ("the
    notes were exchanged on the margins of the Assembly by X and Y"): people, reached from the verb
    through its prepositions and their nouns only."""
    for by in verb.subtree:
        if by.dep_ != "prep" or by.lower_ != "by" or by.i < verb.i:
            continue
        up = by.head
        while up.i != verb.i and up.dep_ in ("pobj", "prep"):
            up = up.head
        if up.i == verb.i and by.head.i != verb.i and person_spans(
                ctx, by.idx, by.right_edge.idx + len(by.right_edge.text)):
            return True
    return False


def _visit_talked_of(visit: Token) -> bool:
    """Say whether a visit is what talks were about ("held talks on the visit of the Emir to Nairobi",
    "discussions focused on the coming visit"), not one made; "talks on his visit to Beijing" is told
    by its visitor, so it stays the visit made."""
    if any(c.dep_ == "poss" for c in visit.children) or not talked_about(visit):
        return False
    holder = visit.head.head if visit.dep_ == "pobj" else visit.head
    # "held talks in Rome on the visit of …": the parser hangs the topic on the verb holding the talks;
    # "held talks with Y on a state visit to Hanoi" is the visit they were on
    whose = any(c.dep_ == "prep" and c.lower_ == "of" for c in visit.children)
    held_talks = whose and holder.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ENCOUNTER_NOUNS for c in holder.children)
    return held_talks or _about_an_encounter(visit)


def _chaired_as_a_post(body: Token) -> bool:
    """Say whether a body is told as what someone chairs or heads in the present ("who co-chairs the
    commission", "heads the joint commission"), a standing post rather than one sitting of it."""
    verb = body.head
    return body.dep_ == "dobj" and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in _CHAIRING


def _what_a_paper_is_about(tok: Token) -> bool:
    """Say whether a meeting word is what a document, an invitation or a talk is about, not an encounter.

    "an MoU on political consultations between the ministries", "a pact on annual talks",
    "the invitation of President X for a State visit to Rwanda".
    """
    talked = tok
    while talked.dep_ == "conj" and talked.head.i != talked.i:
        talked = talked.head  # "discussed trade, the visit and …"
    if talked.dep_ == "dobj" and talked.head.lemma_ in _TALKING_OVER and tok.lower_ in ("visit", "trip"):
        return True  # "X and Y discussed the visit over phone": the visit is what they talked about
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _ABOUT:
        return False
    owner = prep.head.lower_
    return owner in DOCUMENT_NOUNS or owner in GENERAL_DOCUMENT_NOUNS or owner in _OFFERS


# Verbs of talking whose object is what was talked about ("discussed the visit").
_TALKING_OVER = frozenset({"discuss", "review", "consider", "debate", "prepare"})
# Prepositions that tell what a document or an offer is about, and the offers themselves.
_ABOUT = frozenset({"on", "for", "about", "regarding", "concerning"})
_OFFERS = frozenset({"invitation", "invitations", "proposal", "proposals", "request", "requests", "offer"})


_SIGN_WORDS = frozenset({"signed", "signs", "inked", "inks"})
# Verbs by which talks are told held: "the consultations, chaired by X and Y, opened in Kyiv".
_HOLDING = frozenset({"hold", "chair", "co-chair", "cochair", "open", "conclude", "convene", "conduct"})
# Words of talks kept within one side ("internal consultations").
_INWARD = frozenset({"internal", "domestic", "interagency", "inter-agency", "interdepartmental", "public",
                     "national", "stakeholder", "community"})


def _held_told(tok: Token) -> bool:
    """Say whether the parse tells talks held: they took place, or were chaired or opened."""
    return (went_ahead(tok) or any(c.dep_ == "acl" and c.lemma_.lower() in _HOLDING for c in tok.children)
            or (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _HOLDING))


# Verbs that tell talks as a process going on, not one encounter ("as talks drag on", "negotiations
# stalled", "the talks continue").
_PROCESS_VERBS = frozenset({"drag", "continue", "stall", "resume", "progress", "falter", "languish",
                            "proceed", "advance", "stop", "collapse", "break", "persist", "go"})


def _process_told(tok: Token) -> bool:
    """Say whether talks are told as a process going on ("deal delayed as talks drag on", "talks on a
    pact continue"), neither placed nor dated: "talks resumed in Doha on Monday" is an encounter."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _PROCESS_VERBS:
        return False
    # a span of time is no day: "have dragged on for years"
    setting = [t for c in verb.children if c.i != tok.i and c.dep_ != "conj" and c.lower_ != "for"
               for t in c.subtree]
    return not any(t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for t in setting)


# The spans of time that talks told as their length are a process, not one encounter ("ending five
# years of talks", "after months of negotiations"); days are a sitting ("after two days of talks").
_PROCESS_SPANS = TIME_UNITS - {"day", "hour"}


def _talks_over_a_span(tok: Token) -> bool:
    """Say whether talks are counted in years, months or weeks ("nearly five years of talks over the
    scheme", "decades of negotiations"): the length of a process, no encounter."""
    of = tok.head
    return tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _PROCESS_SPANS


def _met_in_meeting(verb: Token) -> bool:
    """Say whether "met" is told by a meeting noun it is met in ("met in a separate meeting", "met at a
    working lunch")."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "for") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("meeting", "session") for g in c.children)
        for c in verb.children)


# Adverbs that tell a meeting as the one before ("who last met in March", "had previously met in Geneva").
_BEFORE_NOW = frozenset({"last", "previously"})


def _met_before(verb: Token) -> bool:
    """Say whether a meeting verb recalls an earlier encounter as background ("the two, who last met in
    Kampala", "they previously met in Geneva", "ministers who met in Lima back in 2017")."""
    return any(c.dep_ == "advmod" and (c.lower_ in _BEFORE_NOW or (
        c.lower_ == "back" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("in", "on")))
        for c in verb.children)


def _meets_someone(verb: Token) -> bool:
    """Say whether "meet" meets people ("meeting his counterpart", "after meeting with X", "met
    Srettha"), not a thing ("meeting the target", "the government met the demand")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]  # not a stray word before it
    return not objects or any(cues.is_guest(o) or o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG")
                              for o in objects)
# Verbs of an encounter a "when" clause can set the occasion of ("they met in Gyeongju, when …").
_ENCOUNTER_VERBS = frozenset({"meet", "talk", "sign", "hold"})


def _occasion(verb: Token) -> bool:
    """Say whether a visit verb only tells the occasion of another encounter the sentence reports
    ("they met on the sidelines of the summit in November, when Xi visited South Korea"): the
    encounter is the meeting told, the visit its setting.
    """
    return (verb.pos_ == "VERB" and verb.dep_ in ("advcl", "relcl") and verb.head.pos_ == "VERB"
            and verb.i > verb.head.i  # "When X visited Y, he met Z" tells the visit itself
            and verb.head.lemma_.lower() in _ENCOUNTER_VERBS
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children))


_TRIP_VERBS = frozenset({"make", "take", "undertake", "embark", "begin", "start", "wrap", "end", "conclude"})


def _trip_taken(trip: Token) -> bool:
    """Say whether a trip is someone's journey ("his first trip to …", "on a trip", "made a trip"),
    not a count ("the first trip by a president there since 2019").
    """
    if any(c.dep_ == "poss" for c in trip.children) or _predicate_owner(trip) is not None:
        return True
    gov = trip.head
    if trip.dep_ == "pobj" and gov.lower_ in ("on", "during", "from", "for"):
        return True
    return trip.dep_ == "dobj" and gov.lemma_.lower() in _TRIP_VERBS



_RECEPTIONS = frozenset({"welcomed", "received", "greeted", "seen", "hosted", "roll", "rolled", "rolls",
                         "rolling"})


def _received_in_person(ctx: Context, verb: Token) -> bool:
    """Say whether a reception is of a person by a person: "he was welcomed by Minister X", "X rolled
    out the red carpet for President Y"; not "the proposal was received by the committee". A guest the
    tagger took for a place is one where the article names a person by those words.
    """
    if verb.lower_.startswith("roll"):
        guests = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.subtree]
        return _has_person(guests)
    # "was welcomed by X", and "was greeted on arrival by X", where "by" hangs on the arrival
    agents = [c for c in verb.children if c.dep_ == "agent"]
    agents += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon")
               for g in c.subtree if g.dep_ == "prep" and g.lower_ == "by"]
    hosts = [g for c in agents for g in c.subtree]
    guests = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
    if verb.dep_ == "relcl" and any(t.tag_ in ("WP", "WDT") for t in guests):
        guests = [verb.head]  # "Prabowo, who was received by Xi, …": the one received is the antecedent
    names = " ".join(t.text for t in guests if t.pos_ == "PROPN")
    return _has_person(hosts) and (_has_person(guests) or any(t.lower_ in ("he", "she") for t in guests)
                                   or (names != "" and is_person_word(ctx, names)))


def _talked_with(verb: Token) -> bool:
    """Say whether "talked" takes what was talked of before the person talked with ("talked trade with
    Prime Minister X", "talked security and investment with his counterpart"): "with" or "to" hung on
    the verb or on its object, naming a person; not "talked trade with reporters"."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return verb.pos_ == "VERB" and any(
        p.dep_ == "prep" and p.lower_ in ("with", "to") and _has_person(list(p.subtree))
        for h in heads for p in h.children)


def _encounter_joined(tok: Token) -> bool:
    """Say whether the clause of a trigger has a verb phrase joined to it that tells an encounter of its
    own ("held talks with Y and attended a dinner hosted by Z"): that one's people are not this one's."""
    head = clause_head(tok)
    joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i]
    return any(g.lemma_.lower() in _FRAMES for c in joined for g in c.subtree if g.pos_ == "NOUN")


def _framed_by_encounter(verb: Token) -> bool:
    """Say whether a verb of talking is told within an encounter named on it ("During my visit to Manila,
    I discussed with X …", "In a phone call, X discussed with Y …"): that encounter holds the talk."""
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in _FRAMES for g in c.children)
               for c in verb.children)


def _has_person(words: list[Token]) -> bool:
    """Say whether words name a person, by name or by office ("Foreign Minister X", "the president")."""
    return any(t.ent_type_ == "PERSON" or (t.pos_ in ("NOUN", "PROPN") and is_role_word(t.lower_))
               or t.lemma_ == "delegation" or _addressed(t) for t in words)


def _addressed(tok: Token) -> bool:
    """Say whether a proper noun is a name under an honorific the tagger missed ("Mr Dussey" read as
    a place)."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < tok.i and c.is_title
                                       and c.lower_ in HONORIFICS for c in tok.children)


def _named_gathering(tok: Token) -> bool:
    """Say whether a meeting is named for a body, not for people ("the Apec meeting", "the 32nd Economic
    Leaders' Meeting"; not "the Biden-Xi meeting")."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss") and c.i < tok.i]
    mods += [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "between", "with")]
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if tok.dep_ == "dobj" and tok.head.lemma_ in ("hold", "have") and (
            len(subjects) > 1 or any(g.dep_ == "conj" for c in subjects for g in c.children)):
        return False  # "X and Y held a Summit Meeting": the two sides' own meeting
    if any(t.ent_type_ in ("PERSON", "GPE", "NORP") for c in mods for t in c.subtree):
        return False  # "the Biden-Xi meeting", "Meeting of President Biden and King Abdullah"
    if any(c.dep_ == "poss" and _paired_owner(c) for c in mods):
        return False  # "Modi and Starmer's meeting": the two sides' own, whatever the tagger made of them
    if tok.text[0].isupper() and tok.i > tok.sent.start and not _title_case(tok.sent):
        return True
    return any(c.ent_type_ == "ORG" for c in mods) or any(_body_members(c) for c in mods)


_MEMBER_NOUNS = frozenset({"leader", "minister", "head"})


def _body_members(owner: Token) -> bool:
    """Say whether a possessive names the members of a body ("the G20 leaders' meeting", "the ASEAN
    foreign ministers' meeting"), not of one side ("the Kenyan leaders' meeting")."""
    if owner.dep_ != "poss" or owner.lemma_.lower() not in _MEMBER_NOUNS:
        return False
    return any(c.dep_ in ("compound", "nmod") and (c.ent_type_ == "ORG" or c.is_upper) and c.i < owner.i
               and c.ent_type_ not in ("GPE", "NORP") for c in owner.children)


def _paired_owner(owner: Token) -> bool:
    """Say whether a possessor is one of two names joined by "and" ("Modi and Starmer's"), in the parse
    or, where the parser broke the pair up, in the words just before it."""
    if owner.conjuncts:
        return True
    doc = owner.doc
    return owner.i >= 2 and doc[owner.i - 1].lower_ == "and" and doc[owner.i - 2].pos_ == "PROPN"


def _title_case(sent: Span) -> bool:
    """Say whether a sentence is written in title case (a headline: every longer word capitalised)."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and all(t.text[0].isupper() for t in words)


def _visiting_place(tok: Token) -> bool:
    """Say whether "visiting" tells someone's visit to a place ("the Emperor and the Empress visiting
    the Philippines", "who is visiting Cairo"), not a visiting delegation or a plan ("will be visiting").
    """
    # "who is currently visiting Cairo" is under way; "will be visiting" a plan (a modal before it)
    return tok.dep_ != "amod" and all(c.lemma_ == "be" for c in tok.children if c.dep_ == "aux") and any(
        c.dep_ == "dobj" and (c.ent_type_ in PLACE_ENTS or _state_styled(c)) for c in tok.children)


def _state_styled(noun: Token) -> bool:
    """Say whether a proper noun is a state told by its style ("the Sultanate of Oman", "the Republic of
    Iraq"), its phrase a form the gazetteer knows; "the Bank of Ghana" is none."""
    phrase = noun.doc[noun.left_edge.i:noun.right_edge.i + 1].text
    return noun.pos_ == "PROPN" and gazetteer().country(phrase) is not None


def _named(tok: Token) -> bool:
    """Say whether a conference or forum is a named gathering ("the Asia-Africa Conference")."""
    before = next((t for t in reversed(tok.doc[max(0, tok.i - 3):tok.i]) if not t.is_punct), None)
    if (before is not None and before.lower_ in _NOT_SUMMIT) or tok.dep_ == "compound":
        return False  # "a press conference", "the Negev Forum Health Working Group"
    if not _gathered(tok):
        return False  # "the U.S.-Brazil Energy Forum" named as a body, not as a gathering
    if tok.text[0].isupper() and tok.i > tok.sent.start:
        return True
    mods = [t for c in tok.children if c.dep_ in ("compound", "nmod", "amod", "npadvmod") for t in c.subtree]
    mods += [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return any(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") for t in mods)


_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})
_GATHERING_VERBS = frozenset({"attend", "host", "hold", "convene", "address", "open", "join", "chair",
                              "co-chair", "organise", "organize", "take"})


def _told_before(tok: Token) -> bool:
    """Say whether an unnamed "the forum" is a gathering already named that people took part in ("X led
    a delegation to the forum", "attended the conference"); `find` keeps it only after its name."""
    verb = tok.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head  # "led a delegation to the forum": "to" hangs on the delegation
    return (any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and tok.text.islower()
            and tok.dep_ in ("pobj", "dobj") and verb.lemma_.lower() in _TAKING_PART
            and not is_planned(verb))


def _gathered(tok: Token) -> bool:
    """Say whether a named conference or forum is told as a gathering: somewhere, at some time, or
    attended ("at the … Conference", "the 1955 … Conference in Bandung", "attended the forum").
    """
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "to", "on"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _SIDELINES:
        return True  # "on the sidelines of the … Forum"
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _GATHERING_VERBS:
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ in PLACE_ENTS for g in c.subtree):
            return True
    return any(t.ent_type_ == "DATE" for c in tok.children if c.i < tok.i for t in c.subtree)


# Words that place a sitting in a series ("the inaugural", "the next", "the fifth round").
_SERIES_WORDS = frozenset({"inaugural", "latest", "next", "annual", *ORDINAL_WORDS})


def _sitting(tok: Token) -> bool:
    """Say whether a named dialogue is told as one sitting ("chaired the second U.S.-Singapore CET
    Dialogue in Singapore", "at the High-Level Economic Dialogue in Paris"), not as the mechanism
    ("cooperation under the Dialogue").
    """
    if tok.dep_ == "compound":
        return False
    if not tok.text[0].isupper():
        # "the ministers held a strategic dialogue in Canberra", "the dialogue was held on Friday"
        return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in ("hold", "convene")
    numbered = any(t.lower_ in _SERIES_WORDS or t.ent_type_ == "ORDINAL"
                   for c in tok.children if c.i < tok.i for t in c.subtree)
    held = any(c.dep_ == "acl" and c.lemma_.lower() in ("hold", "convene") for c in tok.children)
    return numbered or held or (_gathered(tok) and tok.dep_ != "pobj") or _gathered_somewhere(tok)


def _launched_by_people(tok: Token) -> bool:
    """Say whether people launched a named dialogue ("President X and Prime Minister Y launched the …
    Dialogue"), not a body or a state ("the ministry launched the Dialogue")."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _LAUNCHING:
        return False
    if not tok.text[:1].isupper():
        return False  # only a named dialogue: "launched a dialogue with civil society" is none
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    subjects = [s for c in doers for s in (c, *c.conjuncts)]
    return bool(subjects) and all(s.ent_type_ == "PERSON" or (s.ent_type_ != "ORG" and cues.is_guest(s))
                                  for s in subjects)


def _gathered_somewhere(tok: Token) -> bool:
    """Say whether a gathering is placed: "at the … Dialogue in Paris"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ in PLACE_ENTS for g in c.subtree)
        for c in tok.children)


def _signed_before(presence: Token) -> bool:
    """Say whether "in the presence of …" witnesses documents signed or exchanged (not a talk)."""
    prep = presence.head
    verb = prep.head
    return prep.lower_ == "in" and verb.lemma_.lower() in SIGNING_ACTS and not is_planned(verb)


def _leaders_sign(verb: Token) -> bool:
    """Say whether two or more named people, or the two leaders unnamed, sign in person ("X and Y
    signed a document today", "the two presidents signed")."""
    if verb.lemma_.lower() not in SIGNING_ACTS or verb.lemma_.lower() == "exchange":
        return False
    if _held_by_pair(verb) in _SIGNING_PAIRS or _sides_sign_somewhere(verb):
        # "the two presidents signed", "the heads of state signed a joint statement", "the foreign
        # ministers of Kenya and Peru signed … in Lima"; not a document told by who signed it ("the
        # declaration, which the two presidents signed at the close of …")
        return verb.dep_ != "relcl"
    subject = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    names = {ent.start for t in subject
             if t.ent_type_ == "PERSON" and (ent := ent_at(verb.doc, t.i)) is not None}
    return len(names) >= 2


def _sides_sign_somewhere(verb: Token) -> bool:
    """Say whether the two sides, told as states or as their officials unnamed, sign somewhere the clause
    names: "China and Serbia signed the agreement on the sidelines of the forum in Beijing", "the foreign
    ministers of Kenya and Peru signed a visa deal in Lima", "officials of the two countries signed three
    MoUs at the presidential palace". Told with no place, such a signing is most often the close of the
    talks or session the report is about ("At the end of the session, the two ministers signed …")."""
    # the subject of "China and Serbia began talks in April and signed …" is the first verb's
    joined = verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children)
    holder = verb.head if joined else verb
    if not any(c.dep_ == "nsubj" and (_two_states(c) or _officials_of_both(c)) for c in holder.children):
        return False
    papers = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    for prep in (*verb.children, *papers):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "on"):
            continue
        if prep.head.i != verb.i and not on_signed_paper(prep, verb):
            continue  # "signed an agreement on the consulate in Mombasa": the consulate's place
        placed = (obj for obj in prep.children if obj.dep_ == "pobj")
        if any(_aside_of_named(obj) or (prep.lower_ != "on" and _venue(obj)) for obj in placed):
            return True
    return False


def _aside_of_named(noun: Token) -> bool:
    """Say whether a noun is the sidelines of a gathering with a name ("on the sidelines of the Third Belt
    and Road Forum"): not of the sides' own body's sitting ("the committee's fifth session"), whose
    signings are that session's."""
    if noun.lemma_.lower() not in _SIDELINES:
        return False
    gatherings = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
    return any(not any(c.dep_ == "poss" for c in g.children)
               and any(t.pos_ == "PROPN" for t in g.subtree) for g in gatherings)


def _venue(noun: Token) -> bool:
    """Say whether a noun after "in"/"at" names a city or a venue ("Lima", "the State House", "the
    presidential palace in Tashkent"), not a state ("signed in Kenya" tells only the host)."""
    ents = {ent.start: ent for t in noun.subtree if t.ent_type_ in _VENUE_ENTS
            and (ent := ent_at(noun.doc, t.i)) is not None}
    return any(gazetteer().country(ent.text) is None for ent in ents.values())


_VENUE_ENTS = frozenset({"GPE", "FAC", "LOC", "ORG"})


def _officials_of_both(subject: Token) -> bool:
    """Say whether a subject is the officials of both sides told unnamed: "the foreign ministers of Kenya
    and Peru", "Chinese and Serbian officials", "officials of the two countries", "the two ministers"
    (leaders are `_SIGNING_PAIRS`; "the two leaders" is left to their talks)."""
    if subject.tag_ not in ("NNS", "NNPS"):
        return False
    noun = _pair_noun(subject)
    if noun in _LEADER_PAIRS or not (is_role_word(noun) or noun in _OFFICIAL_NOUNS):
        return False
    return _told_two(subject) or _of_both(subject) or _of_the_two(subject) or _of_two_demonyms(subject)


def _two_states(subject: Token) -> bool:
    """Say whether a subject is two states: "China and Serbia", "the two countries", "both nations"."""
    places = gazetteer()
    if places.country(subject.text) is not None:
        return any(c.dep_ == "conj" and places.country(c.text) is not None for c in subject.children)
    return subject.lemma_.lower() in ("country", "nation", "side", "government") and _told_two(subject)


# Plural nouns of people who sign for a side, besides the titles of `roles.ROLE_HEADS`.
_OFFICIAL_NOUNS = frozenset({"official", "representative", "delegate", "negotiator", "plenipotentiary"})


def _of_the_two(noun: Token) -> bool:
    """Say whether people are told "of the two countries" or "of both sides"."""
    return any(prep.dep_ == "prep" and prep.lower_ == "of" and any(
        d.lower_ in ("two", "both") for obj in prep.children for d in obj.children) for prep in noun.children)


def _of_two_demonyms(noun: Token) -> bool:
    """Say whether people are told by two coordinated demonyms ("Chinese and Serbian officials")."""
    places = gazetteer()
    return any(adj.dep_ in ("amod", "compound") and places.by_demonym(adj.text) is not None
               and any(c.dep_ == "conj" and places.by_demonym(c.text) is not None for c in adj.children)
               for adj in noun.children)


_ARRIVALS = frozenset({"arrived", "arrives", "landed", "travelled", "traveled", "flew"})


def _home_from(noun: Token) -> Token | None:
    """Return the verb of going home an encounter came before ("returned to Hanoi after talks with X",
    "flew home following a meeting with Y"), else None."""
    after = noun.head if noun.dep_ in ("pobj", "dobj") else None
    if after is None or after.lower_ not in ("after", "following"):
        return None
    verb = after.head
    return verb if is_verb(verb) and _going_home(verb) else None


def _going_home(verb: Token) -> bool:
    """Say whether a verb tells a traveller going or come back ("returned to Nairobi", "returned home",
    "arrived back in Delhi", "flew home", "left for home")."""
    lemma = verb.lemma_.lower()
    back = any(c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt", "npadvmod", "dobj")
               for c in verb.children)
    return lemma == "return" or (lemma in _HOMEWARD_VERBS and back)


# Verbs of a journey that are a way home with "back" or "home" ("arrived back", "flew home").
_HOMEWARD_VERBS = frozenset({"arrive", "fly", "come", "head", "travel", "go", "get"})


def _is_arrival(ctx: Context, verb: Token) -> bool:
    """Say whether "X arrived in Y" ("travelled to Y") is a visitor arriving: a person or delegation,
    in or to a named place. A last name the tagger missed ("Chinh, who arrived in Japan") is a person
    where the article names him."""
    if _going_home(verb):
        return False  # "arrived back in New Delhi after a visit to Bhutan": home, no visit there
    subject = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    if verb.dep_ == "relcl" and any(t.tag_ == "WP" for t in subject):
        subject = [t for t in verb.head.subtree if t.i < verb.head.i] + [verb.head]  # "X, who arrived in Y"
    visitor = any(t.ent_type_ == "PERSON" or t.lemma_ == "delegation" or _known_person(ctx, t)
                  or (t.pos_ in ("NOUN", "PROPN") and is_role_word(t.lower_)) for t in subject)
    # "X arrived here today": where the report is written from (its dateline's place)
    here = any(c.dep_ == "advmod" and c.lower_ == "here" for c in verb.children)
    return visitor and (here or any(g.ent_type_ in _PLACES or (g.dep_ == "pobj" and _proper_place(g))
                                    for c in verb.children
                                    if c.dep_ == "prep" and c.lower_ in ("in", "at", "to")
                                    for g in c.subtree))


def _proper_place(tok: Token) -> bool:
    """Say whether a proper noun names a state or a capital the tagger took for something else
    ("travelled to Santiago", with "Santiago" tagged as a person)."""
    return tok.pos_ == "PROPN" and _placename(_proper_name(tok))


def _opened(noun: Token, head: Token) -> bool:
    """True when the meeting noun is what its clause's verb opens or closes ("X and Y began talks")."""
    return noun.dep_ == "dobj" and noun.head.i == head.i and head.lemma_.lower() in _OPENING


def _proper_name(tok: Token) -> str:
    """Return the run of proper nouns a proper noun ends ("Kuala Lumpur")."""
    return tok.doc[min(t.i for t in tok.subtree if t.pos_ == "PROPN"):tok.i + 1].text


# Verbs whose subject takes part in the meeting they govern ("X and Y held talks", "X paid a
# courtesy call on Y", "X co-chaired the session").
_TAKING_PART = frozenset({"hold", "have", "attend", "pay", "chair", "co-chair", "cochair", "lead"})
# Verbs by which people set up a dialogue between them ("X and Y launched the … Dialogue"): they met.
_LAUNCHING = frozenset({"launch", "inaugurate"})
# Verbs by which people open or close the encounter they take ("X and Y began talks", "X and Y
# wrapped up their talks"): its subjects took part.
_OPENING = frozenset({"begin", "start", "open", "commence", "resume", "continue", "conclude", "end",
                      "wrap", "finish", "complete"})
# Verbs whose subject gives the event they take ("X hosted a luncheon in honour of Y"): a host is there.
# Verbs whose subject shares the event they take ("X and Y witnessed a documents-exchange ceremony",
# "X was accorded a welcome ceremony", "X left Hanoi after a send-off",
# "X granted an audience to Y", "X received a phone call from Y", "X inspected a guard of honour",
# "X and Y sat down to a working lunch").
_SHARING = frozenset({"witness", "preside", "oversee", "accord", "grace", "leave", "depart", "grant",
                      "receive", "inspect", "review", "sit"})
_GIVING_EVENT = frozenset({"host", "give", "throw", "offer", "organise", "organize"})


def _mention(ctx: Context, sent: Span, kind: str, tok: Token, *, headline: bool) -> _Mention:
    """Return what one trigger says about its meeting: span, people, place, date."""
    # a particle's clause is its verb's ("send-off" parsed as a verb): the clause is its noun's
    anchor = _phrase_noun(tok) if tok.dep_ == "prt" else tok
    first, last = clause_bounds(anchor, clip_conj=_encounter_joined(anchor))
    last = _before_stay_day(anchor, _clip_sequel(anchor, first, last))
    start, end = char_bounds(sent, first, last, tok.idx)
    pfirst, plast = _phrase_bounds(anchor, first, last)
    pstart, pend = char_bounds(sent, pfirst, plast, tok.idx)
    scene: list[str] = []  # who acts in a clause the encounter is the setting of: no name of its own
    if tok.pos_ == "VERB":
        persons = [name for at, name in person_spans(ctx, start, end)
                   if (kind != "visit" or not _owns_visitor(tok, at)) and not _said_of_subject(tok, at)]
    else:
        # Only who met, not who reported it: the names in the trigger's own phrase.
        persons = [name for _, name in person_spans(ctx, tok.left_edge.idx, _before_sequel(tok))]
        head = clause_head(tok)
        noun = _phrase_noun(tok)
        given = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _GIVING_EVENT
        if noun.dep_ in ("nsubj", "nsubjpass") or given:
            # "X hosted a luncheon in honour of Y", "X gave a dinner for Y": host and guest
            persons = [name for _, name in person_spans(ctx, start, end)]
        elif (home := _home_from(noun)) is not None:
            # "X returned to Nairobi after talks with Y": who came home from the encounter was at it
            persons += [n for _, n in _subject_people(ctx, home) if not _among(n, persons)]
        elif _timed_by(noun):
            pass  # "After the talks, X held a press conference": X's act is another, at another time
        elif (head.lemma_ in _TAKING_PART | _SHARING | _LAUNCHING or kind == "press_conference"
              or _by_medium(noun) or _opened(noun, head)):
            doer = _doer_verb(head)
            persons += [n for _, n in _subject_people(ctx, doer) + _agent_people(ctx, doer, tok)
                        + _met_with(ctx, doer, tok) if n not in persons]
            # "At a press conference, X and Y announced …": names the tagger missed in the subject
            persons += [n for n in _subject_names(ctx, doer) if not _among(n, persons)]
        elif cues.gathered_for(tok):
            # "Lee joined Ishiba for talks in Tokyo": who joined and whom; "X and Y met today for a
            # bilateral meeting", "X was in Hanoi for talks": who gathered
            joined = _subject_people(ctx, head) + _object_people(ctx, head)
            persons += [n for _, n in joined if n not in persons]
        persons += [n for n in _followed_people(ctx, tok) + _called_on(ctx, tok) if n not in persons]
        persons += [n for n in _chaired_by(ctx, (noun, head)) if not _among(n, persons)]
        persons += [n for n in _untagged_partners(ctx, tok) if not _among(n, persons)]
        if not persons and any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
            # "Remarks by X and Y before their bilateral meeting": "their" is the people the clause names
            persons = [name for _, name in person_spans(ctx, start, end)]
        if kind != "visit" and _sets_scene(noun):
            # "In a meeting with X, Y sought …", "During the call, X and Y reviewed …": who acts there
            doer = _doer_verb(head)
            scene = [n for _, n in _subject_people(ctx, doer) + _passive_doers(ctx, doer) if n not in persons]
            scene += [n for n in _subject_names(ctx, doer) if not _among(n, persons + scene)]
            persons += scene
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" else (
        tok.head.head if cues.proceeded_to(tok) else None)  # "the two parties proceeded to the signature of"
    if verb is not None:
        persons += [n for n in _subject_names(ctx, verb) if not _among(n, persons)]
    if tok.pos_ == "VERB" and kind != "visit" and (doer := _doer_verb(tok)) is not tok:
        # "After meeting with X, Y said …", "Y paid a visit to Poland, meeting X": the subject of the
        # clause the participle hangs on met X
        persons += [n for _, n in _subject_people(ctx, doer) if not _among(n, persons)]
        persons += [n for n in _subject_names(ctx, doer) if not _among(n, persons)]
    persons += [n for n in _honoured_with(ctx, tok) if not _among(n, persons)]
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _MEETING_VERBS:
        # "X hosted Chancellor Merz": the one met, a name under a title the tagger missed
        persons += [n for c in tok.children if c.dep_ == "dobj" for n in _untagged_names(ctx, c)
                    if not _among(n, persons)]
        # "met with Ghanaian President, His Excellency, Nana Akufo-Addo": the one met with, untagged
        persons += [n for n in _untagged_partners(ctx, tok) if not _among(n, persons)]
        persons += [n for n in _late_guests_and_host(ctx, tok) if not _among(n, persons)]
    if kind != "visit":  # "his visit" is the visitor's, read by `_visitor`
        persons += [n for n in _pronoun_people(ctx, tok, verb) if not _among(n, persons)]
    owners = {name for at, name in person_spans(ctx, start, end) if _owns_another(ctx.doc, at)}
    # a place the tagger took for a name ("the Muscat meeting") names no one who met
    persons = [n for n in persons if n not in owners and not _placename(n)]
    # only where the text says it happened ("in Minsk", "at the palace"): a state named
    # nearby ("the Belarus-Pakistan Business Forum") is a party, not the place
    # a level sets talks apart ("delegation-level talks"); a "working visit" is still the visit, and
    # "the two ministers also signed" the ceremony of the day
    level = "" if kind in _LEVELLESS else _occasion_sort(tok) if kind == "other" else _sub(tok)
    place = _place(ctx, kind, start, end, tok)
    if place is None and (held := _held_clause(tok)) is not None:
        # "at the fifth session of the Joint Commission, which was held in Accra on Monday": where it sat
        place = _place(ctx, kind, held.left_edge.idx, held.right_edge.idx + len(held.right_edge.text), held)
    if place is None and (honours := _received_with(tok)) is not None:
        # "X welcomed Y with military honours at the Planalto Palace": where the reception was
        place = _place(ctx, kind, start, end, honours)
    if kind == "summit" and (arrival := cues.came_for(tok)) is not None:
        # "X arrived in Johannesburg to attend the BRICS summit": X attends, where X arrived
        persons += [n for _, n in _subject_people(ctx, arrival) if not _among(n, persons)]
        place = (place or _place(ctx, kind, arrival.left_edge.idx,
                                 arrival.right_edge.idx + len(arrival.right_edge.text), arrival)
                 or _place_to(ctx, [arrival]))
    sequel = _sequel_to(tok if tok.pos_ == "VERB" else clause_head(tok))
    prior: tuple[int, int] | None = None  # the clause it comes next to: "was welcomed at the palace"
    if sequel is not None:
        sfirst, slast = clause_bounds(sequel)
        prior = char_bounds(sent, sfirst, _clip_sequel(sequel, sfirst, slast), sequel.idx)
        # "He was welcomed at the Chancellery, after which he held talks with X": the talks were there
        place = place or _place(ctx, kind, *prior, _setting_owner(ctx, *prior) or sequel)
    m = _Mention(kind, level, pstart, pend, persons, place,
                 headline=headline,
                 event_month=ctx.event_date.isoformat()[:7] if ctx.event_date else "",
                 at=tok.idx, ordinal=_ordinal(tok), partner=_partner(ctx, tok), party=_party(ctx, tok))
    if kind == "press_conference" and _spokesperson_speaks(ctx, tok.doc[first:last + 1], persons):
        m.party = "spokesperson"  # a spokesperson's briefing is not the leaders' press conference
    # "Hassan, who arrived on Monday, also witnessed the signing": Monday is her arrival's, not the signing's
    before = -1 if in_persons_clause(ctx, tok.idx) else tok.idx
    if tok.pos_ == "VERB":
        # "The commission, which was due to meet in December, met on Monday": not the subject's planned time
        planned = tuple(x for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for x in _other_times(c))
        m.when = _when_antecedent(ctx, tok) or _when(ctx, start, end, year_ok=True, skip=planned,
                                                     before=before)
        if m.when is None and (hung := _hung_on(tok)) is not None:
            # "X paid a visit to Poland from June 2 to 3, meeting Y": the days of the clause it hangs on
            hstart, hend = hung.left_edge.idx, hung.right_edge.idx + len(hung.right_edge.text)
            own = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
            m.when = _when(ctx, hstart, hend, year_ok=True, skip=(own,), before=before)
            start, end = hstart, hend
    else:
        lstart, lend = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        skip = _other_times(tok) + _another_events_times(tok)
        m.when = (_when(ctx, lstart, _own_phrase_end(tok), year_ok=True, skip=skip, before=before, own=tok)
                  or _when_of_head(ctx, tok)
                  or _when_antecedent(ctx, clause_head(tok)))
        if m.when is None and kind != "visit":
            m.when = _when(ctx, start, end, year_ok=False, skip=skip, before=before)
        if m.when is None:  # "a meeting with Wang, whose visit concluded on Monday": the clause's day
            m.when = _when(ctx, lstart, lend, year_ok=True, skip=skip, before=before)
    if m.when is None and prior is not None:
        m.when = _when(ctx, *prior, year_ok=True)
    m.began = _began(ctx, start, end, m.when)
    # "a week after X hosted Y": a meeting told by its distance from another, dated by its own clause only
    if verb is not None and _dated_apart(verb):
        m.apart = (verb.head.left_edge.idx, verb.head.right_edge.idx + len(verb.head.right_edge.text))
        m.when = m.when or _day_apart(ctx, verb)
        m.recalled = True  # neither the report's day nor the dateline's place is its own
    elif verb is None and (apart := _noun_apart(tok)) is not None:
        # "X toured the port on Thursday, a day after the meeting with Y": that Thursday less a day
        m.when = (_when(ctx, tok.left_edge.idx, _own_phrase_end(tok), year_ok=True)
                  or _day_apart(ctx, apart[0], *apart[1:]))
    m.further = _further(tok)
    m.described_partner = m.further and not m.partner and _described_partner(ctx, tok)
    m.at_gathering = _at_gathering(ctx, start, end, tok)
    m.timing = _times_another(tok)
    m.pair = _held_by_pair(verb) if verb is not None else ""
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children) and tok.lower_ == "presence":
        m.pair = "side"  # "In their presence, the ministries signed …": the two just told meeting
    elif tok.lower_ == "presence":
        m.pair = _witnessing_pair(tok)  # "In the presence of the two presidents, the parties exchanged …"
    elif _came_during(tok):
        m.pair = _JUST_TOLD  # "X and Y discussed … This came during a phone call": the two just named
    elif not m.pair and (holder := _their_clause_verb(tok)) is not None:
        m.pair = _held_by_pair(holder)  # "During their summit talks, the two leaders agreed …": theirs
    m.separate = any(c.dep_ == "amod" and c.lower_ in _SEPARATE for c in tok.children)
    pointing = any(c.dep_ == "det" and c.lower_ in ("the", "these", "this", "that") for c in tok.children)
    m.scene = tuple(scene)
    m.titled = tuple(n for _, n in described_people(ctx, tok.doc[first:last + 1]))
    # the talks name no one: "During the talks, X said …", "Prior to the talks, X held a ceremony"
    unnamed = all(p in scene for p in persons) or (tok.dep_ == "pobj" and not any(
        t.ent_type_ == "PERSON" for t in tok.subtree))
    m.described = _described(tok)
    if m.described:  # "the Salalah talks were shorter": a word before the noun the tagger took for a name
        m.persons = [n for n in persons if any(same_person(n, p.name) for p in ctx.people)]
    m.anaphoric = (((unnamed or _attended_by(tok)) and pointing and len(list(tok.subtree)) <= 3)
                   or _said_of(tok))
    if kind == "visit":
        m.days = _span_days(tok)
        m.ended = _told_ending(tok)
        m.visitor = _visitor(ctx, tok)
        if (stay := _stay_day(tok)) is not None:
            # "held talks on Tuesday, on the second day of the Senegalese leader's visit": the visitor
            # alone, arrived the Monday
            m.persons = _of_owner_state(ctx, tok, stay, m.persons)
            day = _when(ctx, start, end, year_ok=True)
            if m.when is None and day is not None and len(day) == 10:
                m.when = (date.fromisoformat(day) - timedelta(days=_nth(stay) - 1)).isoformat()
        if m.visitor and tok.pos_ != "VERB" and _back_from(tok.head):
            met = _met_there(ctx, tok)  # "returned from a visit to Y, where … his meeting with Z": not Z's
            m.persons = [n for n in m.persons if n not in met or same_person(n, m.visitor)]
        m.dest = _destination(ctx, tok) or _place_left(ctx, tok)
        m.recalled = m.recalled or (m.when is None and _recalled(tok))
        m.ongoing = m.when is None and _ongoing(tok)
        m.reported = not m.ongoing and not m.recalled and _visit_reported(tok)
    if kind == "summit":
        m.aside = tok.lemma_.lower() in _SIDELINES
        named = [t for c in tok.children if c.dep_ in ("compound", "nmod", "amod", "poss", "appos")
                 for t in c.subtree]
        named += [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        m.name = frozenset(t.text for t in named if t.is_title or t.is_upper)
    return m


def _place(ctx: Context, kind: str, start: int, end: int, tok: Token) -> str | None:
    """Return where the encounter of trigger `tok` took place, as text[start:end] states it."""
    place = place_in(ctx, start, end, stated=True, of=tok) or _capital_in(ctx, start, end)
    if kind != "visit":  # a visit's place is where it went (`_destination`), not a building on its way
        place = (_capital_said(ctx, start, end, tok) or place or _building_in(ctx, start, end, tok)
                 or _seat_named(ctx, start, end, tok) or _visit_setting(ctx, start, end, tok)
                 or _welcomed_to(ctx, tok))
    return place


def _welcomed_to(ctx: Context, verb: Token) -> str | None:
    """Return the place a guest was welcomed to ("X welcomed Y to Abuja on Wednesday", "… to State
    House"), the parser hanging "to" on the verb or on the guest; not "welcomed Y to his new post"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "welcome":
        return None
    return _place_to(ctx, [verb, *(c for c in verb.children if c.dep_ == "dobj")])


def _place_to(ctx: Context, heads: list[Token]) -> str | None:
    """Return the city, state or venue a "to" hung on one of `heads` names ("welcomed Y to Abuja",
    "flew to Lima for the summit")."""
    preps = [p for w in heads for p in w.children if p.dep_ == "prep" and p.lower_ == "to"]
    places = [g for p in preps for g in p.children if g.dep_ == "pobj" and not is_person_word(ctx, g.text)
              and (g.ent_type_ in ("GPE", "FAC", "LOC") or gazetteer().by_capital(g.text) is not None)]
    if not places:
        return None
    ent = ent_at(ctx.doc, places[0].i)
    return re.sub(r"^the\s+", "", ent.text if ent is not None else places[0].text, flags=re.I)


def _setting_owner(ctx: Context, start: int, end: int) -> Token | None:
    """Return the word the first "at"/"in" phrase of text[start:end] hangs on ("honours" in "was welcomed
    with military honours at the Chancellery"): what took place there."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return next((t.head.head for t in span if t.dep_ == "pobj" and t.head.lower_ in ("at", "in")
                 and t.ent_type_ != "DATE"), None) if span is not None else None


def _opens_sequel(clause: Token) -> bool:
    """Say whether a clause tells what came next ("…, after which he held talks with X", "following
    which the two signed …")."""
    return clause.dep_ in ("relcl", "advcl") and any(
        p.dep_ == "prep" and p.lower_ in _TIMING_WORDS and any(w.tag_ == "WDT" for w in p.children)
        for p in clause.children)


def _before_sequel(tok: Token) -> int:
    """Return where a trigger noun's phrase ends, before a clause telling what came next: those
    "after which he held talks with X" names did not share the ceremony."""
    sequel = next((c for c in tok.children if c.i > tok.i and _opens_sequel(c)), None)
    last = tok.doc[sequel.left_edge.i - 1] if sequel is not None else tok.right_edge
    return last.idx + len(last.text)


def _stay_day(visit: Token) -> Token | None:
    """Return the day a visit noun is told by ("on the second day of X's official visit", where the parse
    may hang the visit on "Head" of "the Head of State's visit"), when it has an ordinal, else None."""
    tok = visit
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return None
        tok = tok.head.head
        if tok.lemma_.lower() == "day":
            return tok if _nth(tok) else None
    return None


def _nth(day: Token) -> int:
    """Return N of "the Nth day", else 0."""
    for c in day.children:
        if c.dep_ in ("amod", "nummod") and c.lower_ in ORDINAL_WORDS:
            return ORDINAL_WORDS.index(c.lower_) + 1
        if c.dep_ in ("amod", "nummod") and (m := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", c.lower_)):
            return int(m.group(1))
    return 0


def _before_stay_day(tok: Token, last: int) -> int:
    """Return the last token of an encounter's clause before ", on the second day of X's visit": the
    visit is an encounter of its own, and its words are not the talks'."""
    doc = tok.doc
    for t in doc[tok.i + 1:last + 1]:
        if t.lemma_.lower() in JOURNEY_NOUNS and t.pos_ == "NOUN" and (day := _stay_day(t)) is not None \
                and day.head.dep_ == "prep" and day.head.i > tok.i:
            last = min(last, day.head.left_edge.i - 1)
            break
    while last > tok.i and doc[last].is_punct:
        last -= 1
    return last


def _of_owner_state(ctx: Context, visit: Token, day: Token, persons: list[str]) -> list[str]:
    """Return `persons` less those known to be of another state than the visit's owner ("the Cameroonian
    Head of State's visit": not the Czech host)."""
    states = {s.name for t in visit.doc[day.i + 1:visit.i] if (s := ctx.country_of(t.text)) is not None}
    own = [n for n in persons if not any(p.country and p.country not in states and same_person(n, p.name)
                                         for p in ctx.people)]
    return own if states and own else persons


def _clip_sequel(tok: Token, first: int, last: int) -> int:
    """Return the last token of a clause [first, last] less a clause after the trigger telling what came
    next ("was accorded a guard of honour, after which he held talks with X")."""
    doc = tok.doc
    for t in doc[tok.i + 1:last + 1]:
        if _opens_sequel(t) and t.left_edge.i > tok.i:
            last = min(last, t.left_edge.i - 1)
    while last > tok.i and doc[last].is_punct:
        last -= 1
    return last


def _sequel_to(verb: Token) -> Token | None:
    """Return the word a "…, after which X held talks" clause comes next to ("honours" in "was welcomed
    with honours at the palace", "accorded" in "was accorded a guard of honour, after which …")."""
    return verb.head if _opens_sequel(verb) and verb.head.i != verb.i else None


# Prepositions of the means by which people talked apart ("spoke by video link", "over the phone").
_MEDIUM_PREPS = frozenset({"by", "over", "via"})


def _by_medium(noun: Token) -> bool:
    """Say whether an encounter noun is the means of its clause's act ("X spoke by video link with Y",
    "X and Y talked over the telephone"): the clause tells the encounter, its subject took part."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _MEDIUM_PREPS and is_verb(noun.head.head)


# Verbs that tell who leads a sitting ("the talks, co-chaired by X and Y", "the round, led by X") or holds a
# body as a post ("who co-chairs the commission").
_CHAIRING = frozenset({"chair", "co-chair", "cochair", "lead", "head", "host", "moderate"})


def _chaired_by(ctx: Context, words: tuple[Token, ...]) -> list[str]:
    """Return who a participle in the phrase of the encounter noun or its verb says chaired it ("held
    the third round of consultations on 3-4 June, co-chaired by X and Y", "the talks, led by X"): the
    parser may hang it on any word of the clause."""
    found: list[str] = []
    noun = words[0]
    # "held talks with Y and attended a dinner hosted by Z": Z hosted the dinner, another encounter
    apart = {t.i for w in words for c in w.children if c.dep_ == "conj" and c.pos_ == "VERB"
             and not c.left_edge.i <= noun.i <= c.right_edge.i for t in c.subtree}
    for c in {t.i: t for w in words for t in w.subtree if t.i not in apart}.values():
        if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and c.lemma_.lower() in _CHAIRING:
            found += [n for a in c.children if a.dep_ == "agent"
                      for _, n in person_spans(ctx, a.idx, a.right_edge.idx + len(a.right_edge.text))]
    return found


def _at_gathering(ctx: Context, start: int, end: int, tok: Token) -> bool:
    """Say whether text[start:end] sets the encounter at a gathering it names only by its noun ("held talks
    with Z at the summit", "met Y on the sidelines of the conference"): one told before."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    for t in span if span is not None else ():
        if (t.i != tok.i and t.dep_ == "pobj" and t.lemma_.lower() in ("summit", "conference", "forum")
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                and not any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in t.children)
                and (t.head.lower_ == "at" or t.head.head.lemma_.lower() in _SIDELINES)):
            return True
    return False


def _received_with(verb: Token) -> Token | None:
    """Return the ceremony a reception verb tells its guest was received with ("welcomed Y with military
    honours", "received Y with a guard of honour"), else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECEIVING:
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "with" hung on the guest
    return next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj" and cues.welcomed_with_honours(g, reception=True)),
                None)


def _honoured_with(ctx: Context, tok: Token) -> list[str]:
    """Return who received whom where a ceremony is what one was received with or by ("X received Y with
    a guard of honour", "X welcomed Y with full military honours"): host and guest took part."""
    noun = _phrase_noun(tok)
    while noun.dep_ == "conj":  # "greeted by a military band and a guard of honour"
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("with", "by"):  # "was greeted by a guard of honour"
        return []
    verb = cues.verb_of(prep.head)  # "welcomed Y with honours", the parser hanging "with" on Y
    if verb.lemma_.lower() not in _RECEIVING:
        return []
    # "He was welcomed with military honours by X": the guest "he" is, and who welcomed him
    agents = [p for c in verb.children if c.dep_ == "agent"
              for p in person_spans(ctx, c.idx, c.right_edge.idx + len(c.right_edge.text))]
    return [n for _, n in _subject_people(ctx, verb) + _object_people(ctx, verb) + agents
            ] + _pronoun_people(ctx, verb, verb)


def _own_phrase_end(tok: Token) -> int:
    """Return where a trigger noun's phrase ends, before any relative clause in it: the day in
    "talks with Tokayev, who is paying a state visit on November 10-12" is the visit's."""
    relative = [t.left_edge.i for t in tok.subtree if t.dep_ == "relcl" and t.i > tok.i]
    last = tok.doc[min(relative) - 1] if relative else tok.right_edge
    return last.idx + len(last.text)


# Words that tell one event by another's time ("after he visited India", "since his visit").
_TIMING_WORDS = frozenset({"after", "before", "since", "until", "following"})


def _times_another(tok: Token) -> bool:
    """Say whether an encounter is told only to time another event ("a month after he visited India",
    "since his visit to Lima"), not as the thing reported."""
    if tok.pos_ == "VERB":
        return any(c.dep_ == "mark" and c.lower_ in _TIMING_WORDS for c in tok.children)
    return tok.dep_ == "pobj" and tok.head.lower_ in _TIMING_WORDS


def _another_events_times(noun: Token) -> tuple[tuple[int, int], ...]:
    """Return where the verb of an encounter noun, its subject, sets it beside another event ("The meeting
    comes ahead of the president's visit in mid-April", "the talks came a week before the summit on 20
    May", "the session was held prior to the forum in June"): that event's time, not the encounter's."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return ()
    preps = [p for c in noun.head.children
             for p in ((c,) if c.dep_ == "prep" and c.lower_ in _TIMING_WORDS else
                       [g for g in c.children if g.dep_ == "prep"] if c.dep_ == "advmod"
                       and c.lower_ in ("ahead", "prior") else ())]
    return tuple((p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text)) for p in preps)


def _timed_by(noun: Token) -> bool:
    """Say whether an encounter noun only times the act of its clause ("after the talks", "prior to
    the meeting", "ahead of the talks")."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in _TIMING_WORDS or (
        prep.lower_ in ("to", "of") and prep.head.lower_ in ("prior", "ahead"))


def _held_by_pair(verb: Token) -> str:
    """Return the noun of a verb's subject that is the two sides' people unnamed ("president" in "the
    two presidents held talks", "leader" in "both leaders met"), else ""."""
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "the two leaders met the press and witnessed …": the first verb's subject
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or c.tag_ not in ("NNS", "NNPS"):
            continue
        noun = _pair_noun(c)
        if _told_two(c):
            return noun
        if noun in _LEADER_PAIRS and _of_both(c):
            return noun  # "the heads of state signed …", "the Presidents of Azerbaijan and Kyrgyzstan met"
    return ""


def _their_clause_verb(noun: Token) -> Token | None:
    """Return the verb of the clause a meeting noun "their …" opens in a phrase of ("During their talks,
    the two leaders agreed …", "At their summit in Seoul, both presidents said …"), else None."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return None
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _witnessing_pair(presence: Token) -> str:
    """Return the noun of "the two <noun>" or "the heads of state" in whose presence something was
    done, else ""."""
    for prep in presence.children:
        for c in prep.children:
            if prep.lower_ == "of" and c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS") and (
                    _told_two(c) or (_pair_noun(c) in _LEADER_PAIRS and _of_both(c))):
                return _pair_noun(c)
    return ""


def _told_two(noun: Token) -> bool:
    """Say whether a plural noun is told as two or both ("the two presidents", "both sides")."""
    return any(d.lower_ in ("two", "both") and d.dep_ in ("nummod", "det", "predet") for d in noun.children)


def _pair_noun(noun: Token) -> str:
    """Return the singular noun of a plural people noun, "premier" for "prime ministers"."""
    if noun.lemma_.lower() == "minister" and any(c.lower_ == "prime" for c in noun.children):
        return "premier"
    word = noun.lemma_.lower()
    return word[:-1] if noun.tag_ == "NNPS" and word.endswith("s") else word


def _of_both(noun: Token) -> bool:
    """Say whether a plural title is told of both sides: "heads of state", "Presidents of A and B"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in ("state", "government")
                                           or any(c.dep_ == "conj" for c in obj.children)):
                    return True
    return False


# Nouns of encounters and of the talking done at them.
_ENCOUNTER_NOUNS = MEETING_NOUNS | TALKING_NOUNS
# Nouns of documents, specific or general ("the agreement", "the documents").
_PAPERS = DOCUMENT_NOUNS | GENERAL_DOCUMENT_NOUNS
# Encounters that hold the talk of a clause told within them ("during the call, X discussed with Y").
_FRAMES = _ENCOUNTER_NOUNS | MEAL_NOUNS | {"call", "conversation", "videoconference", "audience"}
# Nouns that name any two sides' people, whatever their titles.
_ANY_PAIR = frozenset({"leader", "head", "side", "counterpart", "party"})
# Nouns of the two sides' leaders told unnamed, and the titles that name each of them.
_LEADER_PAIRS = {"president": "president", "premier": r"premier|prime\s+minister", "leader": "",
                 "head": "", "king": "king", "emir": "emir"}


# Leaders told unnamed whose signing in person is a ceremony ("the heads of state signed"); "the two
# leaders signed" is left to the talks told with it (our sets' golds differ on it).
_SIGNING_PAIRS = frozenset(_LEADER_PAIRS) - {"leader"}


# The pair of an encounter that "this" (the sentence before) "came during": whoever that sentence names.
_JUST_TOLD = "this"


def _placed_after(tok: Token) -> bool:
    """Say whether the sentence after a trigger's says what "this" came during ("X discussed … with Y.
    This came during a phone call"): that encounter holds the talk told."""
    doc = tok.doc
    after = doc[tok.sent.end].sent if tok.sent.end < len(doc) else None
    return after is not None and any(_came_during(t) for t in after if t.dep_ == "pobj")


def _came_during(tok: Token) -> bool:
    """Say whether an encounter noun is what "this" came during or over ("This came during a meeting
    in Doha", "This came over a phone call"): the agencies' way of placing the sentence before."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("during", "over", "at", "in", "on", "through"):
        return False
    verb = prep.head
    return verb.lemma_.lower() == "come" and any(
        c.dep_ == "nsubj" and c.lower_ in ("this", "that") for c in verb.children)


def _pair_titled(noun: str, words: str) -> bool:
    """Say whether words name someone by the title of "the two <noun>" ("Prime Minister X" for "the
    two premiers"); any words do for a noun of any two sides' people."""
    if noun in _ANY_PAIR or noun == _JUST_TOLD:
        return True
    return re.search(rf"\b(?:{_LEADER_PAIRS.get(noun) or re.escape(noun)})\b", words, re.I) is not None


def _pair_told(ctx: Context, clusters: list[_Cluster], noun: str) -> tuple[_Mention, list[str]] | None:
    """Return the last mention of an encounter told with one of each side, whose words name them by
    `noun` (whom "the two presidents" are), and those two people; else None."""
    for cluster in reversed(clusters):
        for m in reversed(cluster.mentions):
            if not _pair_titled(noun, ctx.text[m.start:m.end]):
                continue
            two = _two_sides(ctx, _named_at(ctx, m))
            if two:
                return m, two
    return None


def _two_sides(ctx: Context, named_at: list[tuple[int, str]]) -> list[str]:
    """Return the first two of the people named at their offsets who stand for two sides, each in a
    phrase of their own ("X and his wife were received by Y": X and Y), else []."""
    named = [(_name_root(ctx.doc, at), at, name) for at, name in named_at]
    for i, (root, at, first) in enumerate(named):
        other = next((name for r, a, name in named[i + 1:] if name != first and (root is None or r is None
                      or not (root.left_edge.i <= r.i <= root.right_edge.i
                              or r.left_edge.i <= root.i <= r.right_edge.i)
                      or _of_other_side(ctx.doc, at, a))), None)
        if other is not None:
            return [first, other]
    return []


def _of_other_side(doc: Doc, first: int, second: int) -> bool:
    """Say whether the name at offset `second`, joined to the one at `first`, stands for the other side
    ("X and his Brazilian counterpart Y", "X and Tanzanian President Y", "Prime Minister X and Prime
    Minister Y": each a leader by title), not one of the same party ("X and his wife Y", "President X and
    Vice President Y")."""
    span = doc.char_span(first, second, alignment_mode="expand")
    words = list(span) if span is not None else []
    joined = next((k for k, t in enumerate(words) if t.lower_ == "and"), None)
    if joined is None:
        return False
    after = words[joined + 1:]
    return any(t.lower_ in cues.STANDING_FOR or t.ent_type_ == "NORP" for t in after) or (
        _leader_titled(doc, first) and _LEADER_TITLE.fullmatch(" ".join(t.text for t in after)) is not None)


def _about_an_encounter(noun: Token) -> bool:
    """Say whether what a noun is the topic of is an encounter or a talking verb ("talks on the summit",
    "discussions centred on the forum", "discussed the summit")."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    while head.dep_ in ("acl", "prep") and head.head.i != head.i:
        head = head.head  # "talks focused on the summit": the talks
    return head.lemma_.lower() in _ENCOUNTER_NOUNS or head.lemma_.lower() in (
        "discuss", "centre", "center", "focus", "concentrate")


def _leader_titled(doc: Doc, at: int) -> bool:
    """Say whether the name at offset `at` follows a leader's title of its own ("Prime Minister X", not
    "Vice President X")."""
    t = token_at(doc, at)
    if t is None:
        return False
    before = doc[max(0, t.i - 3):t.i + 1]  # the tagger may take the title into the name ("Emir X")
    title = " ".join(w.text for w in before)
    return _LEADER_TITLE.search(title) is not None and not any(
        w.lower_ in ("vice", "deputy", "former", "late") for w in before)


def _pair_before(ctx: Context, mention: _Mention) -> tuple[list[str], str | None] | None:
    """Return whom "the two leaders" of a mention are when no encounter told before names them: the two
    people the sentence before names, one of each side, and that sentence's day; else the two named
    in it and in the mention's own sentence before the mention ("Lula arrived on Tuesday. Tinubu said
    …, after the two leaders met"), with no day of their own; else None."""
    sents = [s for s in ctx.sentences if s.end_char <= mention.at]
    own = next((s for s in ctx.sentences if s.start_char <= mention.at < s.end_char), None)
    if not sents or own is None:
        return None
    prev = sents[-1]
    if not _pair_titled(mention.pair, prev.text):
        return None
    start = max(prev.start_char, ctx.body_start)  # not the dateline's day: "ABUJA, May 9 (NAN) -"
    if start >= prev.end_char:
        return None  # the sentence before is the headline: no one named in the body yet
    before = person_spans(ctx, start, prev.end_char)
    if mention.pair == _JUST_TOLD:  # "A and B discussed …. This came during …": the two, if two were named
        names = _distinct_people(n for _, n in before)
        return (names, _when(ctx, start, prev.end_char, year_ok=False)) if len(names) == 2 else None
    two = _two_sides(ctx, before)
    if two:
        return two, _when(ctx, start, prev.end_char, year_ok=False)
    if len({name for _, name in before}) != 1:
        return None  # none or many named before: whom the pair is stays open
    here = [(at, name) for at, name in person_spans(ctx, max(own.start_char, ctx.body_start), mention.at)
            if _titled_as(ctx, at, mention.pair)]
    two = _two_sides(ctx, before + here)
    return (two, None) if two else None


def _pair_in_own(ctx: Context, mention: _Mention) -> list[str] | None:
    """Return whom "the two leaders" of a mention are when its own sentence names them before it, one of
    each side ("After X greeted Y at Chequers, the two leaders held talks"); else None."""
    if mention.pair == _JUST_TOLD:
        return None
    own = next((s for s in ctx.sentences if s.start_char <= mention.at < s.end_char), None)
    start = max(own.start_char, ctx.body_start) if own is not None else mention.at
    if start >= mention.at or not _pair_titled(mention.pair, ctx.text[start:mention.at]):
        return None
    two = _two_sides(ctx, person_spans(ctx, start, mention.at))
    return two or None


def _distinct_people(names: Iterable[str]) -> list[str]:
    """Return the people the names stand for, each once by its longest name ("Sheikh Mohammed bin
    Abdulrahman" and "Mohammed bin Abdulrahman Al Thani" are one)."""
    out: list[str] = []
    for name in (n for n in names if not _placename(n)):  # "Azerbaijan's" tagged as a name is no one
        known = next((k for k, seen in enumerate(out)
                      if same_person(without_styles(name), without_styles(seen))), None)
        if known is None:
            out.append(name)
        elif len(name) > len(out[known]):
            out[known] = name
    return out


# the titles of the leaders "the two leaders" (or "heads") are
_LEADER_TITLE = re.compile(r"\b(?:president|prime\s+minister|premier|chancellor|king|emir|sultan)\b", re.I)


def _titled_as(ctx: Context, at: int, pair: str) -> bool:
    """Say whether the name at offset `at` is titled as one of "the two <pair>" ("President X" for
    "the two leaders" or "the two presidents"; not "Foreign Minister X" for "the two leaders")."""
    title = ctx.text[max(0, at - 30):at]
    title = title[title.rfind(",") + 1:]  # the title of this name, not of the one before
    if pair in ("leader", "head"):
        return _LEADER_TITLE.search(title) is not None
    return pair not in _ANY_PAIR and _pair_titled(pair, title)


def _named_at(ctx: Context, m: _Mention) -> list[tuple[int, str]]:
    """Return where a mention's people are named in its words, in text order: those the tagger found,
    and those only the parse did ("Mahama held talks with …"), by their last name."""
    found = [(at, name) for at, name in person_spans(ctx, m.start, m.end) if name in m.persons]
    for name in m.persons:
        if all(name != n for _, n in found):
            word = re.search(rf"\b{re.escape(name.split()[-1])}\b", ctx.text[m.start:m.end])
            if word is not None:
                found.append((m.start + word.start(), name))
    return sorted(found)


def _name_root(doc: Doc, at: int) -> Token | None:
    """Return the word heading the name that starts at offset `at` ("Ruto" in "President William Ruto")."""
    t = token_at(doc, at)
    while t is not None and t.dep_ in ("compound", "flat") and t.head.i > t.i:
        t = t.head
    return t


def _owns_another(doc: Doc, at: int) -> bool:
    """Say whether the name starting at offset `at` owns the person met ("talked with Ruto's deputy",
    "received President X's special envoy"): whose deputy, not who took part."""
    t = _name_root(doc, at)
    if t is None or t.dep_ != "poss" or t.head.pos_ != "NOUN":
        return False
    owned = t.head
    # "met X, discussing President Y's state visit": what was talked over is Y's, Y did not take part
    talked_over = owned.dep_ == "dobj" and owned.head.lemma_.lower() in _TALKING_OVER
    return is_role_word(owned.lower_) or owned.lemma_.lower() in cues.STANDING_FOR or talked_over


def _phrase_noun(tok: Token) -> Token:
    """Return the noun heading the phrase a trigger word modifies ("farewell" in "a farewell
    ceremony was held for X" is told by "ceremony"), else the trigger itself."""
    word = tok.head if tok.dep_ == "prt" else tok  # "send-off" parsed as "send" with its particle
    if word.dep_ in ("compound", "amod") and word.head.pos_ == "NOUN" and word.head.i > word.i:
        return word.head
    return tok


_ATTENDING = frozenset({"attend", "join"})


def _sets_scene(noun: Token) -> bool:
    """Say whether an encounter noun is where or when a clause's act was done ("In a meeting with X,
    Y sought …", "X raised the issue during the talks", "at the press conference, X said …")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS and noun.head.dep_ == "prep"
            and is_verb(noun.head.head))


def _doer_verb(verb: Token) -> Token:
    """Return the verb whose subject does what a subjectless participle tells ("Speaking at a press
    conference with X, Y said …", "After meeting X, Y said …": "said"), else the verb itself."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"):
        return _doer_verb(verb.head)  # "…, saying after meeting X that …": the one who said
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and is_verb(verb.head.head):
        return _doer_verb(verb.head.head)  # the participle under "after", "before", "while"
    return verb


def _hung_on(verb: Token) -> Token | None:
    """Return the clause a bare participle of meeting hangs on ("X paid a visit to Poland, meeting Y":
    "paid"), else None; one under "after", "before" or "while" tells a time of its own."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not is_verb(verb.head):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        return None
    return verb.head


def _dated_apart(verb: Token) -> bool:
    """Say whether a meeting verb's clause is told by its distance from another event ("a week after X
    hosted Y", "two days before they met"): the other event's day is not its own."""
    return _distance(verb) is not None


def _distance(verb: Token) -> tuple[Token, Token] | None:
    """Return the "after"/"before" and the span of time ("a week", "two days") a clause is told apart
    from the clause it hangs on by, else None."""
    if verb.pos_ != "VERB" or verb.dep_ != "advcl":
        return None
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    return next(((m, c) for m in marks for c in (*m.children, *verb.children)
                 if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"), None)


# Spans of time a meeting may be told apart by, in days or in months.
_DAYS_IN = {"day": 1, "week": 7}
_MONTHS_IN = {"month": 1, "year": 12}


def _noun_apart(noun: Token) -> tuple[Token, Token, Token] | None:
    """Return the clause's verb, the "after"/"before" and the span of time a meeting noun is told apart
    by ("toured the port on Thursday, a day after the talks", "signed on Friday, two days after their
    meeting"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "before"):
        return None
    spans = [c for c in prep.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"]
    if prep.head.dep_ == "npadvmod" and prep.head.ent_type_ == "DATE":
        spans.append(prep.head)  # "a day after the talks": the parser hangs "after" on the span
    if len(spans) != 1:
        return None
    head = spans[0].head
    if head.pos_ in ("NOUN", "PROPN"):
        # "toured the port on Thursday, a day after the meeting …, and an agreement": the parser may hang
        # the span on a noun further on; the clause's verb above it is what the span counts from
        head = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), head)
    if head.pos_ not in ("VERB", "AUX", "ADP"):
        return None
    verb = head if head.pos_ != "ADP" else prep.head
    return (verb, prep, spans[0]) if verb.pos_ in ("VERB", "AUX") else None


def _day_apart(ctx: Context, verb: Token, mark: Token | None = None, span: Token | None = None) -> str | None:
    """Return the day of a meeting told by its distance from the clause it hangs on ("X met Y on
    Thursday, a week after Z hosted Y": that Thursday less a week), else None: a vague span ("days
    after"), or no day of the clause's own; with `mark` and `span`, `verb` is the clause's own verb and
    the meeting a noun under the mark."""
    if mark is None or span is None:
        distance = _distance(verb)
        if distance is None:
            return None
        mark, span = distance
        head = verb.head
        own = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text))
    else:
        head = verb
        own = (mark.idx, mark.right_edge.idx + len(mark.right_edge.text))
    unit = span.lemma_.lower()
    counts = [parse_number(c.text) if c.dep_ == "nummod" else 1.0 for c in span.children
              if c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "one"))]
    if len(counts) != 1 or counts[0] is None or unit not in _DAYS_IN | _MONTHS_IN:
        return None
    then = _when(ctx, head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text), year_ok=False,
                 skip=(own,))
    if then is None or len(then) != 10:
        return None
    sign = -1 if mark.lower_ == "after" else 1
    count = int(counts[0]) * sign
    day = (add_months(date.fromisoformat(then), count * _MONTHS_IN[unit]) if unit in _MONTHS_IN
           else date.fromisoformat(then) + timedelta(days=count * _DAYS_IN[unit]))
    return None if _after_report(ctx, day.isoformat()) else day.isoformat()


def _attended_by(tok: Token) -> bool:
    """Say whether a meeting noun is what someone attended or was present at: "the meeting was attended
    by A and B", "Foreign Minister Wang Yi attended the talks", "A and B were present at the talks"
    tell who took part in the meeting already told, not another meeting."""
    if tok.dep_ in ("nsubjpass", "dobj") and tok.head.lemma_ in _ATTENDING:
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "at" and prep.head.lower_ == "present"


# Those who brief the press for a side ("a spokesman for the prime minister said at a press briefing").
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})
# Words that tell an encounter apart from the others told ("the ministers held a separate meeting").
_SEPARATE = frozenset({"separate", "parallel", "distinct"})
# Words that tell meetings each held with one side ("held bilateral meetings with X and Y": one with each).
_ONE_TO_ONE = frozenset({"bilateral", "individual"})
# Adverbs that tell an encounter as one more beside those told ("X also met Y", "later held talks",
# "Meanwhile, Z met Y").
_FURTHER = frozenset({"also", "later", "earlier", "separately", "subsequently", "afterwards", "additionally",
                      "meanwhile"})


def _one_by_one(ctx: Context, tok: Token, mention: _Mention) -> list[_Mention]:
    """Return a mention of meetings held apart with each of several people as one mention per person
    met ("held separate meetings with X and Y", "met separately with X and Y", "held bilateral meetings
    with X and Y"), else the mention."""
    marks = _SEPARATE | _ONE_TO_ONE if tok.lemma_.lower() == "meeting" else _SEPARATE
    apart = (any(c.dep_ == "amod" and c.lower_ in marks for c in tok.children) if tok.tag_ == "NNS"
             else tok.pos_ == "VERB" and any(c.lower_ == "separately" for c in tok.children))
    if not apart:
        return [mention]
    holders = (tok, tok.head) if tok.dep_ == "dobj" else (tok,)  # "held separate meetings … with X and Y"
    objects = [p for w in holders for c in w.children if c.dep_ == "prep" and c.lower_ == "with"
               for p in c.children if p.dep_ == "pobj"]
    objects += [c for c in tok.children if c.dep_ == "dobj"]
    met = [o for first in objects for o in (first, *first.conjuncts)]
    offices = _offices_of_states(met[0]) if len(met) == 1 else []
    if len(offices) >= 2:
        # "held separate talks with the presidents of Kazakhstan and Uzbekistan": one per state
        return [replace(mention, partner=office, separate=False, one_of=tok.i) for office in offices]
    parts = [_own_words(o) for o in met] if len(met) != 1 else _joined_parts(met[0])
    if len(parts) < 2 and tok.pos_ == "VERB":
        # "X and Y separately called on Z": each of those who went met the one they went to apart
        met = [o for c in tok.children if c.dep_ == "nsubj" for o in (c, *c.conjuncts)]
        parts = [_own_words(o) for o in met]
    each = [[n for n in mention.persons if _names_in(n, words)] for words in parts]
    if sum(1 for names in each if names) >= 2:
        # "with the Ambassador of Chile, X, and the Ambassador of Peru, Y": the parser may join a title
        # and the name it stands beside as two of the list; the title alone names no one met apart
        each = [names for names in each if names]
    if len(each) < 2 or not all(each):
        return [mention]
    hosts = [n for n in mention.persons if not any(n in names for names in each)]
    return [replace(mention, persons=hosts + names, partner=names[0], separate=False, one_of=tok.i)
            for names in each]


def _offices_of_states(met: Token) -> list[str]:
    """Return the offices a plural title names, one per state ("president of Kazakhstan" and "president
    of Uzbekistan" from "the presidents of Kazakhstan and Uzbekistan"; "Kazakh counterpart" and "Uzbek
    counterpart" from "his Kazakh and Uzbek counterparts"), else none."""
    if met.tag_ != "NNS" or not cues.is_guest(met):
        return []
    owners = [g for c in met.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    owners += [c for c in met.children if c.dep_ in ("amod", "compound", "nmod") and c.i < met.i]
    states = [(s.i, _proper_name(s) if s.pos_ == "PROPN" else s.text) for o in owners
              for s in (o, *o.conjuncts)]
    noun = met.lemma_.lower()
    return [f"{noun} of {name}" if at > met.i else f"{name} {noun}" for at, name in states
            if gazetteer().resolve(name) is not None]


def _joined_parts(met: Token) -> list[str]:
    """Return the words of one object the parser made of a list of people ("President X and Cabinet
    Secretary Y" as one noun phrase, the first name hung on the second as a modifier), cut at each "and"
    or "as well as" inside it, else the object's words alone."""
    words = list(met.subtree)
    cuts = [t.i for t in words if t.dep_ == "cc" and t.i > words[0].i]
    if not cuts:
        return [_own_words(met)]
    bounds = [words[0].i, *cuts, words[-1].i + 1]
    return [met.doc[a:b].text for a, b in pairwise(bounds)]


def _own_words(tok: Token) -> str:
    """Return the words of a conjunct without the conjuncts after it ("President X" of "President X
    and President Y")."""
    later = [c.left_edge.i for c in tok.conjuncts if c.i > tok.i]
    return tok.doc[tok.left_edge.i:min(later, default=tok.right_edge.i + 1)].text


def _names_in(name: str, words: str) -> bool:
    """Say whether a person's name (or its last word) is among `words`."""
    return re.search(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)", words) is not None


def _further(tok: Token) -> bool:
    """Say whether the verb that tells an encounter marks it as one more ("Jaishankar also met …")."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "pobj") else tok
    if verb.pos_ == "ADP":
        verb = verb.head
    return any(c.dep_ == "advmod" and c.lower_ in _FURTHER for c in verb.children)


def _recalled(tok: Token) -> bool:
    """Say whether a visit noun is one recalled in passing: someone's visit that set the time of
    a thing the sentence tells as it stands now or had stood ("the memorandum signed during X's
    visit has yet to be implemented", "since the minister's visit, trade has grown").
    """
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in _RECALLING_PREPS:
        return False
    if not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in tok.children):
        return False
    verb = tok.head.head
    while verb.head.i != verb.i and (verb.dep_ in ("acl", "relcl") or verb.pos_ not in ("VERB", "AUX")):
        verb = verb.head  # "the memorandum signed during …": the clause the signed thing stands in
    # "The deal signed during … has not been ratified", parsed with "signed" as the main verb:
    # its finite part hangs on it as a clause with no subject of its own
    verbs = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.i > tok.i
                     and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children))]
    aux = [c for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lemma_ == "have" for c in aux) or any(t.tag_ in ("VBZ", "VBP") for t in (*verbs, *aux))


def _held_clause(tok: Token) -> Token | None:
    """Return the relative clause on an encounter noun that tells it take place ("the session of the Joint
    Commission, which was held in Accra", "the summit which opened today in Lusaka"), else None: the
    trigger's clause leaves it out, and with it the place."""
    if tok.pos_ == "VERB":
        return None
    nouns = [tok, *(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj")]
    return next((c for n in nouns for c in n.children if c.dep_ == "relcl"
                 and c.lemma_.lower() in HAPPENING_VERBS and c.tag_ in ("VBD", "VBN")
                 and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ == "WDT" for g in c.children)), None)


def _due_ahead(ctx: Context, tok: Token) -> bool:
    """Say whether an encounter is the subject of a plan told as a state for a time after the report's
    ("the next session of the Joint Commission is due to be held in Accra in June", told in March; "the
    summit is slated to take place next month"): planned, no sitting of last June. One due the report's
    day or earlier ("the talks were due to take place on Monday") is left to the report."""
    verb = next((a for a in tok.ancestors if is_verb(a)), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and tok in c.subtree),
                   None) if verb is not None else None
    if verb is None or subject is None or any(t.tag_ == "VBD" for t in subject.subtree):
        return False  # "the commission, which met in May, is due to meet again in June": May's sitting held
    return any(_after_report(ctx, e.value) for c in due_clauses(verb)
               for e in time_expressions(ctx, c.idx, c.right_edge.idx + len(c.right_edge.text), future=True)
               if e.value is not None and e.kind != "deadline")


def _progressive_ahead(ctx: Context, tok: Token) -> bool:
    """Say whether an encounter is told in the present progressive with days after the report's only
    ("X is paying a state visit to Nepal on 12 and 13 October", told on the 9th; "the commission is
    meeting in Accra from June 3 to 5"): a programme announced, no encounter under way. One under way
    ("is visiting Nepal this week", "is in Lima until Friday") stays."""
    verb = tok if tok.pos_ == "VERB" else clause_head(tok)
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    if verb is not tok and not (tok.dep_ in ("dobj", "nsubj") and tok.head.i == verb.i):
        return False  # "is paying a state visit", "the commission is meeting": the verb's own encounter
    own = [c for c in verb.children if c.dep_ in ("prep", "npadvmod")]
    own += [c for c in tok.children if c.dep_ in ("prep", "npadvmod")] if verb is not tok else []
    # read from the report's day either way: a day two weeks ahead is no day of last year
    values = [_first_day(e.text, e.value) for c in own if not _BOUND.match(c.lower_)
              for e in time_expressions(ctx, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text),
                                        future=None)
              if e.value is not None and e.kind != "deadline" and not _BOUND.match(e.text)]
    # a span of days is ahead by its first day: one from the 3rd to the 6th, told on the 4th, is under way
    return bool(values) and all(_after_report(ctx, v) for v in values)


def _ongoing(tok: Token) -> bool:
    """Say whether a visit is told as under way: "X, who is on a state visit to Brazil", "X is
    visiting Chile", "currently on an official visit"."""
    head = clause_head(tok)
    if any(c.dep_ == "advmod" and c.lower_ in ("currently", "now") for t in (tok, tok.head, head)
           for c in t.children):
        return True
    if tok.pos_ == "VERB":
        return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
    return (tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.i == head.i
            and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"))


# Prepositions by which a visit sets the time of another thing ("signed during X's visit").
_RECALLING_PREPS = frozenset({"during", "after", "following", "since", "on"})


def _ordinal(tok: Token) -> str:
    """Return the ordinal that numbers an encounter ("his first state visit abroad"), else ""."""
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("amod", "nummod") and (
                c.lower_ in ORDINAL_WORDS or c.ent_type_ == "ORDINAL" or c.lower_ in _FIRST_WORDS):
            return "first" if c.lower_ in _FIRST_WORDS else c.lower_
    # a long name the parser broke up ("the inaugural U.S.-Singapore CET Dialogue"): the words
    # before the trigger, back to its determiner
    for t in reversed(tok.doc[max(tok.sent.start, tok.i - 9):tok.i]):
        if t.text in ("(", ")", "-") or (t.pos_ == "CCONJ" and t.head.pos_ in ("PROPN", "ADJ")):
            continue  # "the second U.S.-Singapore Critical and Emerging Technology (CET) Dialogue"
        if t.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM") or t.is_punct:
            break
        if t.lower_ in _FIRST_WORDS or t.lower_ in ORDINAL_WORDS:
            return "first" if t.lower_ in _FIRST_WORDS else t.lower_
    return ""


# Verbs whose object is the person met ("met his counterpart X", "hosted X", "received X").
_MEETING_VERBS = frozenset({"meet", "receive", "host", "welcome", "call", "phone", "telephone", "visit"})
# Verbs a guest is received with a ceremony by ("greeted Y with a guard of honour", "honoured Y with a
# salute").
_RECEIVING = _MEETING_VERBS | {"greet", "honour", "honor"}
# The preposition that names whom a verb meets, where it is not "with" ("called on the King").
_PARTNER_PREPS = {"call": ("with", "on")}
# Words that number an encounter as the first ("the inaugural dialogue", "his maiden trip").
_FIRST_WORDS = frozenset({"inaugural", "maiden"})


def _partner_word(tok: Token) -> Token | None:
    """Return the head word of whom talks are held with: after "with", or what a meeting verb takes."""
    preps = _PARTNER_PREPS.get(tok.lemma_, ("with",))
    with_ = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
    if not with_ and tok.dep_ == "dobj" and tok.head.lemma_ in _TAKING_PART:
        with_ = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with"]
    obj = next((g for w in with_ for g in w.children if g.dep_ == "pobj"), None)
    if obj is None and tok.pos_ == "VERB" and tok.lemma_ in _MEETING_VERBS:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj


def _partner(ctx: Context, tok: Token) -> str:
    """Return whom talks are held with: the person named after "with", or the one a meeting verb
    takes ("met his counterpart X", "received X", "called on X"), else ""."""
    obj = _partner_word(tok)
    if obj is None:
        return ""
    # only a named person sets talks apart: "talks with Moscow" and "meetings with officials" may be any
    names = person_spans(ctx, obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))
    return names[0][1] if names else ""


def _described_partner(ctx: Context, tok: Token) -> bool:
    """Say whether whom talks are held with is told by a description only ("also received Tunisia's
    parliament speaker", "later met the Chinese ambassador"): someone, but no one named."""
    obj = _partner_word(tok)
    return (obj is not None and obj.pos_ == "NOUN"
            and not person_spans(ctx, obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)))


def _spokesperson_speaks(ctx: Context, clause: Span, persons: list[str]) -> bool:
    """Say whether a spokesperson speaks in a clause: one named so there ("a spokesman for the prime
    minister said") or a person the article titles so ("Kang said", Kang being the spokesperson)."""
    if any(t.lemma_.lower() in _SPOKESPEOPLE for t in clause):
        return True
    return any(p.role and any(w in _SPOKESPEOPLE for w in p.role.lower().split()) and same_person(p.name, n)
               for p in ctx.people for n in persons)


def _party(ctx: Context, tok: Token) -> str:
    """Return the group or body a meeting is "with" or "between" where it names no person: officials
    of named states ("meetings with top Russian officials", "the meeting between Chinese and US
    officials") or named bodies ("between the National Quantum Office and the Israel Innovation
    Authority"), or the officials it is "of" ("a meeting of senior officials"), in lower case; else ""."""
    if tok.pos_ == "VERB" or tok.lemma_.lower() not in ("meeting", "talk", "talks", "consultation"):
        return ""
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
            for g in c.children if g.dep_ == "pobj"]
    for obj in objs:
        words = list(obj.subtree)
        if person_spans(ctx, words[0].idx, words[-1].idx + len(words[-1].text)):
            return ""
        groups = [obj, *(c for c in obj.conjuncts)]
        # named bodies, not a person the article names whom the tagger took for one ("Kassym-Jomart Tokayev")
        bodies = all(g.ent_type_ == "ORG" and not _known_person(ctx, g) for g in groups)
        officials = cues.is_guest(obj) and obj.tag_ == "NNS" and any(
            t.ent_type_ in ("NORP", "GPE") for t in words if t.i < obj.i)
        if bodies or officials:
            return " ".join(t.lower_ for t in words if not t.is_punct)
    # "It was preceded by a meeting of senior officials": officials of the sides, not the named who met
    return next((" ".join(t.lower_ for t in g.subtree if not t.is_punct) for c in tok.children
                 if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() == "official"), "")


def _known_person(ctx: Context, tok: Token) -> bool:
    """Say whether a word is the last name of a person the article names."""
    return tok.pos_ == "PROPN" and any(same_person(p.name, tok.text) for p in ctx.people)


def _when_antecedent(ctx: Context, verb: Token) -> str | None:
    """Return the date a "when" clause hangs on ("since 2014, when the late king visited")."""
    if (verb.dep_ != "relcl" or verb.head.ent_type_ != "DATE"
            or not any(c.lower_ == "when" for c in verb.children)):
        return None
    ent = ent_at(verb.doc, verb.head.i)
    if ent is None:
        return None
    # with the preposition before it: "in January" is a month the finder reads, "January" alone none
    prep = ent.root.head if ent.root.dep_ == "pobj" and ent.root.head.i < ent.start else None
    found = [*time_expressions(ctx, ent.start_char, ent.end_char, future=False),
             *(time_expressions(ctx, prep.idx, ent.end_char, future=False) if prep is not None else ())]
    value = next((e.value for e in found if e.value is not None), None)
    return value or (ent.text if _YEAR.fullmatch(ent.text) else None)


def _restated(tok: Token) -> bool:
    """Say whether an encounter noun only counts the encounter its clause tells ("Lee will hold talks
    with Xi on Monday, marking their second meeting in two months"): no encounter of its own. A visit
    so counted is the journey the talks were held on ("held talks in Canberra, marking the first visit
    by …"), and stands."""
    verb = tok.head
    return (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and verb.lemma_.lower() == "mark"
            and tok.lemma_.lower() not in JOURNEY_NOUNS
            and verb.dep_ in ("advcl", "acl", "conj") and verb.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _said_of(tok: Token) -> bool:
    """Say whether a trigger only describes a meeting told before ("It was a highly successful summit",
    "the Muscat meeting was the more significant of the two", "the talks proved fruitful")."""
    if tok.dep_ == "attr":
        return any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in tok.head.children)
    return _described(tok)


# Verbs that link a subject to what is said of it ("the meeting was cordial", "the talks proved useful").
_LINKING = frozenset({"be", "prove", "seem", "appear", "remain"})


def _described(tok: Token) -> bool:
    """Say whether a definite encounter noun is the subject of a verb that only says what it was like
    ("the Muscat meeting was the more significant of the two"); with "with" or "between" it may be
    told for the first time ("the meeting between X and Y was their first since 2019")."""
    verb = tok.head
    return (tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and verb.lemma_.lower() in _LINKING
            and any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children)
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children))


def _phrase_bounds(tok: Token, first: int, last: int) -> tuple[int, int]:
    """Return the prepositional phrase a noun trigger stands in, else its clause [first, last].

    "… affirmed their determination … during their talks in Hanoi on Nov. 2 as part of the
    PM's ongoing visit": each encounter gets its own phrase, so two meetings named in one
    long sentence do not share (and fight over) one span.
    """
    if tok.pos_ == "VERB" or _by_medium(tok):
        return first, last
    t = tok
    while t.head.i != t.i and t.dep_ not in ("nsubj", "nsubjpass", "dobj") and not is_verb(t):
        if t.dep_ == "prep" or t.pos_ == "ADP":  # "X, currently on a visit to India, …": a relcl "on"
            return max(first, t.left_edge.i), min(last, t.right_edge.i)
        t = t.head
    return first, last


def _with_person(tok: Token) -> bool:
    """Say whether a noun has "with <person>" or "between <people>" ("summit with Xi", "the summit on
    14 March between President X and President Y"), the parser hanging it on the noun or its date."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [g for c in preps if c.lower_ in ("on", "in") for p in c.children for g in p.children
              if g.dep_ == "prep"]
    return any(c.lower_ in ("with", "between") and any(g.ent_type_ == "PERSON" for g in c.subtree)
               for c in preps)


def _followed_people(ctx: Context, tok: Token) -> list[str]:
    """Return who held the talks an encounter followed ("X and Y held talks followed by
    delegation-level talks": X and Y)."""
    prep = tok.head
    follow = prep.head
    if tok.dep_ != "pobj" or prep.lower_ != "by" or follow.lemma_ != "follow":
        return []
    # "held talks followed by …" (on the talks), "held talks, followed by …" (on the verb)
    verb = follow.head.head if follow.dep_ == "acl" and follow.head.dep_ == "dobj" else (
        follow.head if follow.dep_ == "advcl" else None)
    if verb is None or verb.lemma_ not in _TAKING_PART:
        return []
    return [n for _, n in _subject_people(ctx, verb)] + _subject_names(ctx, verb)


def _object_people(ctx: Context, verb: Token) -> list[tuple[int, str]]:
    """Return the people named in a verb's object ("joined Prime Minister X for talks")."""
    return [p for c in verb.children if c.dep_ == "dobj"
            for p in person_spans(ctx, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))]


def _subject_people(ctx: Context, verb: Token) -> list[tuple[int, str]]:
    """Return the people named in a verb's subject ("X and Y held talks"), not those a clause on it
    names ("the ministers accompanying Ruto held talks")."""
    # every subject: the parser may take the second of "X and Y" for a subject of its own
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "X held talks with Y and attended a dinner": the dinner's guest is X
    return [(at, name) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            for at, name in person_spans(ctx, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
            if not _said_of_subject(verb, at)]


def _met_with(ctx: Context, verb: Token, tok: Token) -> list[tuple[int, str]]:
    """Return the people a verb's "with" names when the encounter is its object ("held a bilateral with
    X", the parser hanging "with X" on "held"), else none."""
    held = tok.dep_ == "dobj" and tok.head.i == verb.i
    if not held and not (_by_medium(tok) and tok.head.head.i == verb.i):  # "spoke by phone with X"
        return []
    # "received a phone call on Friday from X": the caller, the parser hanging "from X" on the verb
    preps = ("with", "from") if held and verb.lemma_.lower() == "receive" else ("with",)
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
            for p in person_spans(ctx, c.idx, c.right_edge.idx + len(c.right_edge.text))]


def _agent_people(ctx: Context, verb: Token, tok: Token) -> list[tuple[int, str]]:
    """Return the people a passive verb is done "by" when the encounter stands in its subject ("the
    delegation to the summit was led by X"), else none."""
    if not any(c.dep_ == "nsubjpass" and c.left_edge.i <= tok.i <= c.right_edge.i for c in verb.children):
        return []
    return [(at, name) for c in verb.children if c.dep_ == "agent"
            for at, name in person_spans(ctx, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))]


def _passive_doers(ctx: Context, verb: Token) -> list[tuple[int, str]]:
    """Return the people a passive clause is done "by" ("This was stated by X during a meeting with Y",
    "the offer was made by X in talks with Y"): who acts in the setting, as its subject would."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    return [(at, name) for c in verb.children if c.dep_ == "agent"
            for at, name in person_spans(ctx, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))]


def _said_of_subject(verb: Token, at: int) -> bool:
    """Say whether the name at offset `at` stands in a clause said of the verb's subject ("the
    ministers accompanying Ruto", "X, who travelled with Lula, met Y"): whom they went with, not
    one who met."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    clauses = [r for c in subjects for r in c.children if r.dep_ in ("acl", "relcl")]
    # "After talks with Lula, Boric met Milei": whom an encounter before or after it was with
    clauses += [p for p in verb.children if p.dep_ == "prep" and p.lower_ in _TIMING_WORDS
                and any(g.dep_ == "pobj" and g.lemma_.lower() in MEETING_NOUNS for g in p.children)]
    return any(t.idx == at for r in clauses for t in r.subtree)


def _pronoun_people(ctx: Context, tok: Token, verb: Token | None) -> list[str]:
    """Return whom "he met X" or "in his meeting with X" means: the person named last before the pronoun.

    In a story of several encounters each told with a pronoun for the one who goes to all of them,
    the pronoun is that person, who takes part in each.
    """
    # "He was accorded a guard of honour, after which he held talks with X": the one honoured too
    words = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    words += [c for c in tok.children if c.dep_ == "poss"] if tok.pos_ == "NOUN" else []
    other = _counterpart_state(ctx, verb if verb is not None else tok)
    return [name for w in words if w.lower_ in ("he", "she", "his", "her")
            and (name := _subject_after(ctx, w) or _previous_subject(ctx, w.idx, guest=_welcomed(w),
                                                                      not_of=other))
            is not None]


def _counterpart_state(ctx: Context, head: Token) -> str | None:
    """Return the state of the counterpart a clause meets ("held talks with his Cuban counterpart"): the
    pronoun that meets them is someone of another state."""
    for t in head.subtree:
        mods = [c for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i]
        if t.lemma_.lower() == "counterpart" and mods:
            # "his Sri Lankan counterpart": the words before the noun, however the parser joins them
            found = ctx.country_of(t.doc[mods[0].left_edge.i:t.i].text)
            return found.name if found is not None else None
    return None


def _welcomed(pronoun: Token) -> bool:
    """Say whether a pronoun is the one a welcome is done to ("He was accorded a guard of honour", "She
    was greeted at the airport", "He inspected a guard of honour"): after "X received Y" that is the
    guest, not the host."""
    return pronoun.dep_ == "nsubjpass" or (pronoun.dep_ == "nsubj"
                                           and pronoun.head.lemma_.lower() in _INSPECTING)


# Verbs of what a guest does at the welcome ("He inspected a guard of honour").
_INSPECTING = frozenset({"inspect", "review"})


def _subject_after(ctx: Context, word: Token) -> str | None:
    """Return the person the clause a fronted pronoun opens goes on to name as its subject
    ("Following his meeting with X, President Y said …": Y), else None."""
    head = word.head
    while head.head.i != head.i and (head.pos_ not in ("VERB", "AUX")
                                     or head.dep_ in ("advcl", "prep", "pcomp")):
        head = head.head  # "Following his meeting …," is a phrase of the clause's own verb
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > word.i]
    names = [name for c in subjects
             for _, name in person_spans(ctx, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))]
    return names[0] if names else None


def _previous_subject(ctx: Context, offset: int, *, guest: bool = False,
                      not_of: str | None = None) -> str | None:
    """Return the last person named as a subject before an offset (whom "he" goes on telling of); with
    `guest`, the one that subject received ("X received Y. He was accorded …": Y); with `not_of`, the
    last one not of that state ("… he held talks with his Cuban counterpart": not the Cuban named)."""
    people = [e for e in ctx.doc.ents if e.label_ == "PERSON" and e.end_char <= offset
              and e.root.dep_ in ("nsubj", "nsubjpass") and plausible_name(e.text)]
    if not_of is not None:
        people = [e for e in people if not any(
            p.country == not_of and same_person(p.name, e.text) for p in ctx.people)] or people
    if not people:
        return None
    host = people[-1]
    if guest and cues.hosts_guest(host.root.head):
        guests = [n for at, n in _object_people(ctx, host.root.head) if at < offset]
        if guests:
            return guests[0]
    return canonical_person(ctx, host.text)


def _subject_names(ctx: Context, verb: Token) -> list[str]:
    """Return the people a verb's subject names that the entity tagger missed: each conjunct of
    "President X and Prime Minister Y witnessed …" is one, a name under a title ("Chancellor X")
    or a person the article names elsewhere.
    """
    out: list[str] = []
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        out += [n for n in _untagged_names(ctx, subject) if not _among(n, out)]
    return out


def _late_guests_and_host(ctx: Context, verb: Token) -> list[str]:
    """Return the people named as a guest after the day and the place ("received on Monday at the
    palace the Foreign Minister of Peru, X"), and the host before a verb the parser hung on the
    sentence's first noun ("The Bolivian president, X, received …"), as the people stage found them."""
    spans = [(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text)) for g in cues.late_guests(verb)]
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i:
        spans.append((verb.sent.start_char, verb.idx))
    return [p.name for p in ctx.people for s, e in spans if s <= p.evidence.start and p.evidence.end <= e]


def _untagged_names(ctx: Context, root: Token) -> list[str]:
    """Return the people the words under `root` name that the entity tagger missed."""
    out: list[str] = []
    aside = {t.i for c in root.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    for t in root.subtree:
        if (t.ent_type_ == "PERSON" or not t.is_title or is_role_word(t.lower_) or t.lower_ in HONORIFICS
                or _owner_of_other(t, root) or t.i in aside):
            continue  # a tagged name is found already; a body's word ("the Science Foundation") is none;
            # a name in a clause said of the subject is whom it went with ("the ministers accompanying X")
        known = next((p.name for p in ctx.people if same_person(p.name, t.text)), None)
        if t.ent_type_ and known is None:
            continue  # a place or a body, unless the article names a person so ("Chinh and Sonexay")
        titled = t.pos_ == "PROPN" and (
            any(c.dep_ == "compound" and is_role_word(c.lower_) for c in t.children)
            or (t.dep_ == "appos" and is_role_word(t.head.lower_)))  # "Chancellor X": X in apposition
        name = known or (t.text if titled else None)
        if name is not None and not _among(name, out):
            out.append(name)
    return out


def _untagged_partners(ctx: Context, tok: Token) -> list[str]:
    """Return the people talks are held "with" or "between" whom the entity tagger missed ("held talks
    with visiting President Kassym-Jomart Tokayev", the name tagged as a body; "called on Hasina")."""
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    return [n for h in holders for c in h.children
            if c.dep_ == "prep" and c.lower_ in (*_PARTNER_PREPS.get(h.lemma_, ("with",)), "between")
            for g in c.children if g.dep_ == "pobj" for n in _untagged_names(ctx, g)]


def _called_on(ctx: Context, tok: Token) -> list[str]:
    """Return the people a courtesy call is paid on ("paid a courtesy call on President X")."""
    if tok.dep_ != "dobj" or tok.lemma_ != "call":
        return []
    on = [g for c in (*tok.children, *tok.head.children) if c.dep_ == "prep" and c.lower_ == "on"
          for g in c.children if g.dep_ == "pobj"]
    return [n for g in on for n in ([name for _, name in person_spans(
        ctx, g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text))] or _untagged_names(ctx, g))]


def _occasion_sort(tok: Token) -> str:
    """Return what sort of occasion a ceremonial event is: "meal" ("a state banquet"), "farewell" ("a
    send-off at the airport"), "credentials" (an envoy's handed over) or "" (a welcome): each sort is an
    event of its own on one visit."""
    noun = tok.head if tok.dep_ == "compound" else tok
    if tok.lower_ in MEAL_NOUNS or noun.lower_ in MEAL_NOUNS:
        return "meal"
    if cues.seen_off(tok) or any(c.dep_ == "prt" and cues.seen_off(c) for c in tok.children):
        return "farewell"  # "a send-off", and "saw off X" or "X was seen off by Y" told by the verb
    if cues.credentials_presented(tok):
        return _CREDENTIALS
    return ""


# The sort of an envoy's credentials ceremony: each envoy's is an encounter of its own.
_CREDENTIALS = "credentials"


# Kinds of encounter that have no levels: one visit, one signing of the day, whoever is told in it.
_LEVELLESS = frozenset({"visit", "signing_ceremony"})


def _sub(tok: Token) -> str:
    """Return "delegation" for delegation-level talks, else "" (they are separate meetings)."""
    doc = tok.doc
    # a level word in a body's capitalised name ("the Joint Ministerial Commission") is no level
    window = doc[max(tok.i - 3, 0):tok.i]
    cut = max((t.i + 1 for t in window if t.is_punct and t.text != "-"), default=window.start)
    # only words of the meeting noun's own phrase: not "at the head of a delegation, held talks"
    before = " ".join(t.lower_ for t in doc[cut:tok.i]
                      if not (t.text[:1].isupper() and tok.text[:1].isupper() and t.i > t.sent.start))
    after = doc[tok.i + 1:min(tok.i + 6, len(doc))].text
    for level in _LEVELS:
        if level in before:
            return level
    if any(t.lower_ in _WIDER for t in doc[cut:tok.i]):
        return "delegation"  # "an expanded meeting with ministers", "plenary talks"
    widened = _DELEGATION.match(after) or (tok.pos_ == "NOUN" and _WIDER_FORMAT.match(after))
    return "delegation" if widened else ""


def _when(ctx: Context, start: int, end: int, *, year_ok: bool,
          skip: tuple[tuple[int, int], ...] = (), before: int = -1, own: Token | None = None) -> str | None:
    """Return the first resolved date in text[start:end], skipping "since …" and durations, and
    those within the stretches `skip` (a clause telling another time of the encounter) and those in a
    relative clause about a person before offset `before` (the day of that person's own act; one
    after the encounter's word, "a meeting with Wang, whose visit ended on Monday", may date it).

    A bare year in a long clause is often a name ("Roadmap … for 2025-2027"), so it counts
    only when `year_ok` (the trigger's own phrase: "visit … in 2019").
    """
    for expr in time_expressions(ctx, start, end, future=False):
        if any(s <= expr.start < e for s, e in skip) or _in_clause_before(ctx, expr.start, before):
            continue
        if _names_a_document(ctx, expr.start):
            continue  # "met X to discuss the 2023 agreement": the year is the document's
        if expr.text.lower().startswith("since") or re.search(
                r"\bsince\s*$", ctx.text[max(0, expr.start - 8):expr.start], re.IGNORECASE):
            continue
        if _under_since(ctx, expr.start, own):
            continue  # "his first since taking office in March": the day of another event
        if expr.kind == "deadline" or _BOUND.match(expr.text) or _after_report(ctx, expr.value):
            continue  # "within five years", "by 2030": an aim's deadline, not the meeting's day
        if expr.value is not None and (year_ok or len(expr.value) > 4 or _told_relatively(expr)):
            return expr.value
    if not year_ok:
        return None
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    for ent in ents_in(span) if span is not None else ():
        if any(s <= ent.start_char < e for s, e in skip) or _in_clause_before(ctx, ent.start_char, before) \
                or _names_a_document(ctx, ent.start_char):
            continue
        # a date the resolver left unread gives its year, the format's coarsest date: never its words
        year = _YEAR.search(ent.text) if ent.label_ == "DATE" else None
        if (year is not None and not _since(ent) and not _YEARS.search(ent.text)
                and not _under_since(ctx, ent.start_char, own)
                and not _bound(ent) and not _after_report(ctx, year.group())):
            return year.group()
    return None


def _names_a_document(ctx: Context, at: int) -> bool:
    """Say whether a year at `at` is part of a document's name ("the 2023 agreement", "the 2024 migration
    pact"): a number before the noun it hangs on, through the nouns compounded with it."""
    tok = token_at(ctx.doc, at)
    if tok is None or not tok.like_num or tok.dep_ not in ("nummod", "compound", "amod"):
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.i > tok.i and head.pos_ == "NOUN" and head.lower_ in _PAPERS


def _told_relatively(expr: TimeExpr) -> bool:
    """Say whether a time is told from the report's day ("last year", "earlier this year"): no name's
    number, as a bare year in a long clause may be."""
    return not any(ch.isdigit() for ch in expr.text)


def _in_clause_before(ctx: Context, at: int, before: int) -> bool:
    """Say whether the word at `at` stands in a relative clause about a person before offset `before`."""
    return at < before and in_persons_clause(ctx, at)


def _other_times(tok: Token) -> tuple[tuple[int, int], ...]:
    """Return where clauses on an encounter noun tell the time it was planned for or put off to ("the
    talks, which were originally scheduled for March, took place on Thursday"): not its day."""
    return tuple((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.children
                 if c.dep_ in ("relcl", "acl") and (_tells_plan(c) or sets_back(c)))


def _tells_plan(verb: Token) -> bool:
    """Say whether a clause tells what was planned ("which was scheduled for March", "which had been due
    to meet before the end of last year", "which was supposed to meet in December")."""
    return verb.lemma_.lower() in PLAN_VERBS or told_due(verb)


def _under_since(ctx: Context, at: int, own: Token | None = None) -> bool:
    """Say whether the word at `at` stands in a "since …" phrase or clause ("since taking office in
    March", "since the treaty was signed in 2016"), one above the encounter's own word `own` aside
    ("since the last session of the commission in 2014": the year is the session's own)."""
    tok = token_at(ctx.doc, at)
    if tok is None:
        return False
    for a in tok.ancestors:
        if own is not None and a.i == own.i:
            return False
        if a.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in a.children):
            return True
    return False


# Words that make a time a bound ("by 2030", "within a year", "until 2028"): a deadline, not a day.
# A span of years names a period ("a plan of consultations for 2026-2028"), never the day of a meeting.
# A year, and a span of years ("2025-2027", "2025/26").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEARS = re.compile(r"\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b")
_BOUND = re.compile(r"(?:by|within|until|till|before)\b", re.IGNORECASE)


def _since(ent: Span) -> bool:
    """Say whether a date entity opens a stretch ("the first … since 2010"): no meeting's day."""
    return "since" in ent.text.lower() or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since")


def _bound(ent: Span) -> bool:
    """Say whether a date entity is a bound ("by 2030", "until 2028")."""
    return bool(_BOUND.match(ent.text)) or (ent.start > 0 and bool(_BOUND.match(ent.doc[ent.start - 1].text)))


def _after_report(ctx: Context, value: str | None) -> bool:
    """Say whether a resolved time lies after the report's date: no held meeting's day."""
    ref = ctx.ref_date
    return (value is not None and ref is not None and value[:4].isdigit()
            and value > ref.isoformat()[:len(value)])


# A span of days ("from 3 to 5 January", "January 3-5"): its first day is when the encounter began.
_DAY_SPAN = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|until|through|and)\s*(?:[A-Z][a-z]+\s+)?"
                       r"[0-3]?\d\b")


def _began(ctx: Context, start: int, end: int, when: str | None) -> str | None:
    """Return the first day of the span of days in text[start:end] that ends on `when`, else None."""
    if when is None or len(when) != 10:
        return None
    for expr in time_expressions(ctx, start, end, future=False):
        if expr.value == when and (first := _first_day(expr.text, when)) != when:
            return first
    return None


def _first_day(text: str, value: str) -> str:
    """Return a day `value` moved to the first day of the span of days `text` writes, if it writes one."""
    span = _DAY_SPAN.search(text)
    if span is None or len(value) != 10 or not 1 <= int(span.group(1)) < int(value[8:]):
        return value
    return f"{value[:8]}{int(span.group(1)):02d}"


def _when_of_head(ctx: Context, tok: Token) -> str | None:
    """Return the date the trigger's verb gives it ("recalling the visit … in 2015-16", "paid a state
    visit to China from 3 to 5 January 2023", "From March 5 to 7, Wang paid a visit to Namibia", "paid a
    visit to Chile last year")."""
    if tok.dep_ not in ("dobj", "pobj"):
        return None
    for prep in tok.head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "on", "from") and (
                prep.i > tok.i or _fronted_span(prep)):
            found = _when(ctx, prep.idx, _through_date(prep.right_edge), year_ok=True)
            if found is not None:
                return found
        if prep.dep_ == "npadvmod" and prep.ent_type_ == "DATE":  # "paid a visit to Chile last year"
            found = _when(ctx, prep.left_edge.idx, prep.idx + len(prep.text), year_ok=True)
            if found is not None:
                return found
    return None


def _through_date(last: Token) -> int:
    """Return where a phrase ending at `last` ends, carried through the date it opens ("on Tuesday, 29th
    April 2025": the parser ends the phrase at the weekday, the day written after it is its own)."""
    doc = last.doc
    ent = ent_at(doc, last.i) if last.ent_type_ == "DATE" else None
    if ent is not None and ent.end + 1 < len(doc) and doc[ent.end].text == "," \
            and doc[ent.end + 1].ent_iob_ == "B" and doc[ent.end + 1].ent_type_ == "DATE":
        ent = ent_at(doc, ent.end + 1)  # "on Tuesday, 29 April 2025", read as two dates
    return ent.end_char if ent is not None else last.idx + len(last.text)


def _fronted_span(prep: Token) -> bool:
    """Say whether a "from …" phrase is set off before its clause: "From March 5 to 7, Wang paid …"."""
    after = prep.right_edge.i + 1
    return (prep.lower_ == "from" and prep.i < prep.head.i and after < len(prep.doc)
            and prep.doc[after].text == ",")


def _visitor(ctx: Context, tok: Token) -> str | None:
    """Return who visits: the possessor ("Li's visit"), "visit of/by X", or the verb's subject."""
    candidates: list[Token] = [c for c in tok.children if c.dep_ == "poss"]
    candidates += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                   for g in c.children if g.dep_ == "pobj"]
    head = clause_head(tok)
    # "X is on a visit", "X arrived for a visit", "X visited": the subject is the visitor.
    if tok.pos_ == "VERB" or (tok.dep_ == "pobj" and tok.head.head.i == head.i and (
            tok.head.lower_ in ("on", "for", "during") or _back_from(tok.head))) or (
            tok.dep_ == "dobj" and tok.head.i == head.i
            and head.lemma_.lower() in _TRIP_VERBS | _TAKING_PART):
        candidates += (_guests_of(head) or [c for c in head.children if c.dep_ == "nsubj"]
                       or _guests_received(head))
        if head.dep_ == "relcl" and any(c.tag_ == "WP" for c in candidates):
            candidates.append(head.head)  # "Boric, who is on a state visit to Brazil": the one it tells of
    for cand in candidates:
        words = list(cand.subtree)
        if cand.dep_ == "nsubj" and _after_invitation(head):
            words.reverse()  # "At the invitation of X, Y made a visit": the parse may make host X the subject
        for t in words:
            if t.ent_type_ == "PERSON" and not _owner_of_other(t, cand):
                ent = ent_at(tok.doc, t.i)
                if ent is not None and plausible_name(ent.text):
                    return canonical_person(ctx, ent.text)
        if head.lower_ in _ARRIVALS and _known_person(ctx, cand):
            # "Chinh, who arrived for a visit": a last name the tagger missed
            return canonical_person(ctx, cand.text)
    # "The visit marks Lee's first to China": the possessor of what the visit is said to be
    owner = _predicate_owner(tok)
    return canonical_person(ctx, owner.text) if owner is not None and owner.pos_ == "PROPN" else None


def _back_from(prep: Token) -> bool:
    """Say whether a visit is the one its verb's subject comes back from ("X returned home from a visit to
    Y, where … his meeting with Z", "X left Rome after a visit"): X made it, whoever else the clause names."""
    return prep.lower_ in ("from", "after") and prep.head.lemma_.lower() in _LEAVING_VERBS


def _met_there(ctx: Context, tok: Token) -> set[str]:
    """Return the names in a clause on a visit's phrase that tells what was done there ("a visit to Y,
    where accords were signed after his meeting with Z"): met on the visit, not making it."""
    clauses = [c for c in tok.subtree if c.dep_ == "relcl"]
    return {n for c in clauses for _, n in person_spans(
        ctx, c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))}


def _guests_of(verb: Token) -> list[Token]:
    """Return the guests of a host's active reception ("X welcomed Y to Abuja for a state visit",
    "X received, in her office, Y, on a working visit"): they, not the host, are on the visit."""
    if verb.lemma_.lower() not in cues.HOSTING_VERBS or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", *cues.SET_OFF_GUEST) and c.i > verb.i]


def _guests_received(verb: Token) -> list[Token]:
    """Return the guests of a passive reception ("X was welcomed at the airport for her visit to Nepal",
    "Y was received at State House for a working visit"): the one received is the one on the visit."""
    if verb.lemma_.lower() not in cues.HOSTING_VERBS | {"greet"} or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"]


def _after_invitation(verb: Token) -> bool:
    """Say whether a clause opens "At the invitation of X, …", whose guest is named last before the verb."""
    return any(c.dep_ == "prep" and c.i < verb.i and any(g.lemma_.lower() == "invitation" for g in c.children)
               for c in verb.children)


def _owns_visitor(verb: Token, at: int) -> bool:
    """Say whether the name at offset `at` only owns the subject who visits ("Boric's predecessor")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.idx == at and _owner_of_other(t, c) for c in subjects for t in c.subtree)


def _owner_of_other(t: Token, cand: Token) -> bool:
    """Say whether a name only owns the person who visits ("Boric's predecessor visited …")."""
    top = t
    while top.dep_ in ("compound", "flat") and top.head.i != top.i:
        top = top.head
    return top.dep_ == "poss" and top.head.i == cand.i and cand.pos_ == "NOUN"


# Verbs that say what a visit is ("The visit marks/is Lee's first to China since …").
_BEING = frozenset({"be", "mark", "become", "represent"})


def _predicate(tok: Token) -> Token | None:
    """Return what a visit, the subject, is said to be ("Lee's first to China"), else None."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _BEING:
        return None
    return next((c for c in tok.head.children if c.dep_ in ("attr", "dobj")), None)


def _predicate_owner(tok: Token) -> Token | None:
    """Return whose a visit is said to be ("The trip is Ruto's second to Ghana": Ruto), else None."""
    pred = _predicate(tok)
    if pred is None:
        return None
    return next((t for t in (pred, *pred.children)
                 if t.dep_ == "poss" or any(c.dep_ == "case" for c in t.children)), None)


def _destination(ctx: Context, tok: Token) -> str | None:
    """Return where the visit goes: "visit to X", "X visit", or what "visited" takes."""
    places = [c for c in tok.children if c.dep_ in ("compound", "dobj", "nmod")]
    # "visit to X", or "visit abroad to X" where the phrase hangs on the adverb
    heads = [tok, *(c for c in tok.children if c.dep_ == "advmod")]
    places += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
               for g in c.children if g.dep_ == "pobj"]
    pred = _predicate(tok)
    places += [g for c in (pred.subtree if pred is not None else ()) if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children if g.dep_ == "pobj"]
    for cand in places:
        for t in cand.subtree:
            if t.ent_type_ in PLACE_ENTS and not _paired_by_hyphen(t):
                ent = ent_at(tok.doc, t.i)
                if ent is not None and not is_person_word(ctx, ent.text):
                    return ent.text
        if cand.dep_ in ("pobj", "dobj") and _proper_place(cand):
            return _proper_name(cand)  # "travelled to Santiago", "visited Accra", tagged as a person
    return None


# Verbs of a visitor leaving a place, which they take as object or with "from" or "out of".
_LEAVING_VERBS = frozenset({"leave", "depart", "return", "fly", "exit"})


def _place_left(ctx: Context, tok: Token) -> str | None:
    """Return the state or city a visitor left at the close of a visit that names no place of its own
    ("left Laos on Saturday, concluding a two-day visit", "returned from Mauritius after wrapping up a
    visit", "flew out of Fiji after a three-day visit"): the visit was made there, not at the dateline."""
    verb = tok
    for _ in range(4):  # the visit, its gerund ("concluding"), its preposition ("after"), the verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _LEAVING_VERBS:
            break
    else:
        return None
    places = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() != "return"]
    places += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "out")
               for g in c.subtree if g.dep_ == "pobj"]
    for cand in places:
        ent = ent_at(tok.doc, cand.i)
        if cand.ent_type_ in PLACE_ENTS and ent is not None and not is_person_word(ctx, ent.text):
            return ent.text
        if _proper_place(cand):
            return _proper_name(cand)  # "returned from Mauritius", tagged as a person
    return None


def _paired_by_hyphen(t: Token) -> bool:
    """Say whether a state's name is one of a pair joined by a hyphen ("the Malaysia-Brunei consultation",
    "the India-Japan summit"): the two sides, not where a visit goes."""
    doc = t.doc
    return ((t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "–") and doc[t.i + 2].ent_type_ == "GPE")
            or (t.i >= 2 and doc[t.i - 1].text in ("-", "–") and doc[t.i - 2].ent_type_ == "GPE"))


def _compatible(a: _Mention, b: _Mention) -> bool:
    """Say whether two mentions of one kind can be the same encounter."""
    if a.separate or b.separate:
        return False  # "the trade ministers held a separate meeting"
    if a.one_of >= 0 and a.one_of == b.one_of:
        return False  # "held separate meetings with X and Y": two encounters, each may be told again below
    if a.sub != b.sub or a.party != b.party:
        return False  # other levels, or other groups met ("meetings with top Russian officials")
    if a.visitor and b.visitor and not same_person(a.visitor, b.visitor):
        return False
    if a.dest and b.dest and not _same_place(a.dest, b.dest):
        return False
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False
    if a.partner and b.partner and not same_person(a.partner, b.partner) and not (
            _among(a.partner, b.persons) and _among(b.partner, a.persons)):
        return False  # "X received Y" and "Y met with X" are one encounter; "X met Z" is another
    if _told_apart(a, b) or _told_apart(b, a):
        return False  # "X met Y on Monday, a week after Z hosted Y": the one told apart is another
    if a.caption or b.caption:
        return True  # a caption's day is the picture's; its words show the event the body tells
    if _before_now(a, b) or _before_now(b, a):
        return False  # "Boric, who is on a state visit to Brazil"; "his predecessor visited Brazil in 2019"
    if a.when and b.when and not (a.when.startswith(b.when) or b.when.startswith(a.when)) and not (
            _one_gathering(a, b) or _within_stay(a, b)):
        return False
    dated = a.when or b.when
    if (a.kind != "visit" and dated and not (a.when and b.when) and a.event_month
            and not dated.startswith(a.event_month[:len(dated)])):
        return False  # an undated mention is of the article's main event; "met in October 2022" is not
    if a.kind == "summit" and bool(a.name) != bool(b.name) and not _unowned(b if a.name else a):
        return False  # "held a summit" (their own) is not "the APEC summit"
    if a.name and b.name and not a.name & b.name:
        return False
    if a.kind == "talks" and (_elsewhere(a, b) or _elsewhere(b, a)):
        return False  # "X and Y held talks. X also met Z": Z was not at the talks
    if a.kind == "talks" and _strangers(a.persons, b.persons) and (
            max(len(a.persons), len(b.persons)) >= 2 or a.further or b.further):
        return False  # "X and Y held talks"; "Z hosted a delegation" or "X also met Z": not one of the pair
    if a.kind == "call" and _other_partners(a.persons, b.persons):
        return False  # "X called Y. … X also spoke by phone with Z": one caller, two calls
    if a.sub == _CREDENTIALS and _other_pairs(a.persons, b.persons):
        return False  # "Ambassador X presented his credentials to the King. Ambassador Z presented …"
    if a.kind == "talks" and (len(a.persons) < 2 or len(b.persons) < 2):
        return True
    if a.kind == "talks" and _other_pairs(a.persons, b.persons):
        # "X received Y. … X also received Z", "the two presidents held a meeting"; "X met earlier with Z":
        # one host, two guests, two encounters
        return False
    if a.kind in ("press_conference", "talks", "call") and a.persons and b.persons:
        return any(same_person(x, y) for x in a.persons for y in b.persons)
    return True


def _told_apart(a: _Mention, b: _Mention) -> bool:
    """Say whether `a` is told by its distance from the event of the clause `b` stands in."""
    return a.apart[0] <= b.at < a.apart[1] and not a.start <= b.at < a.end


def _unowned(m: _Mention) -> bool:
    """Say whether an unnamed gathering is told with no one holding it ("his attendance at a summit
    grouping together Brazil, Russia, …"): the named one told, not the sides' own summit."""
    return all(p in m.scene for p in m.persons) and not m.partner and not m.party


def _among(name: str, names: list[str]) -> bool:
    return any(same_person(name, n) for n in names)


def _one_gathering(a: _Mention, b: _Mention) -> bool:
    """Say whether two mentions name one gathering of many days ("on the margins of the UN General
    Assembly" on Tuesday and "on the sidelines of the General Assembly" on Wednesday)."""
    shared = {w for w in a.name & b.name if w.lower() not in cues.GATHERING_NOUNS}
    return (a.kind == "summit" and a.aside and b.aside and bool(shared) and bool(a.when) and bool(b.when)
            and str(a.when)[:7] == str(b.when)[:7])


def _told_ending(visit: Token) -> bool:
    """Say whether a visit is told by its end: "concluded a four-day visit", "the visit ended on Monday"."""
    return visit.dep_ in ("dobj", "nsubj") and visit.head.lemma_.lower() in ENDING_VERBS


def _span_days(visit: Token) -> int:
    """Return how many days a visit is told to span ("a three-day state visit", "his 4-day trip"), else 0."""
    for c in visit.children:
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.i < visit.i and c.lemma_.lower() == "day":
            count = next((n for g in c.children if g.dep_ == "nummod" and (n := parse_number(g.text))), None)
            if count is not None and 1 < count <= 31:
                return int(count)
    return 0


def _within_stay(a: _Mention, b: _Mention) -> bool:
    """Say whether two days of visit mentions lie within the days one of them spans ("arrived on
    Tuesday" and "concluded a three-day state visit on Thursday" are one visit)."""
    span = max(a.days, b.days)
    if a.kind != "visit" or not span or not (a.when and b.when) or len(a.when) != 10 or len(b.when) != 10:
        return False
    return abs((date.fromisoformat(a.when) - date.fromisoformat(b.when)).days) < span


def _before_now(a: _Mention, b: _Mention) -> bool:
    """Say whether `a` is a visit under way and `b` one dated in an earlier year than the report's event."""
    return a.ongoing and bool(b.when) and bool(a.event_month) and str(b.when)[:4] < a.event_month[:4]


def _elsewhere(a: _Mention, b: _Mention) -> bool:
    """Say whether `b` is told as one more encounter with someone `a` does not name ("also met Z")."""
    if b.further and len(a.persons) >= 2 and any(not _among(p, a.persons) for p in b.persons):
        return True  # "The Rwandan minister was also received by the Prime Minister, Mr Z": Z is new
    if b.described_partner and a.start < b.start and len(a.persons) >= 2 and len(b.persons) < 2:
        return True  # "X received Y. X also received the speaker of Z's parliament": someone else
    if (b.further and bool(b.partner) and a.start <= b.at < a.end and a.at < b.at
            and not (a.partner and same_person(a.partner, b.partner))):
        return True  # "X paid a courtesy call on the Governor, and later met with Y": Y was not called on
    if b.further and bool(b.partner) and not a.persons and a.start < b.start:
        return True  # "Talks were held in Suva. Meanwhile, Z met Y": an unnamed encounter is not Z's
    return b.further and bool(b.partner) and bool(a.persons) and not _among(b.partner, a.persons)


def _other_partners(a: list[str], b: list[str]) -> bool:
    """Say whether two mentions of two people each share someone and name someone the other does not
    (X with Y, X with Z): the shared one met two others."""
    return len(a) == len(b) == 2 and any(_among(x, b) for x in a) and _other_pairs(a, b)


def _strangers(a: list[str], b: list[str]) -> bool:
    """Say whether two mentions both name people and share no one."""
    return bool(a and b) and not any(_among(x, b) for x in a)


def _other_pairs(a: list[str], b: list[str]) -> bool:
    """Say whether two mentions, each of two or more people, both name someone the other does not."""
    return any(not _among(x, b) for x in a) and any(not _among(y, a) for y in b)


def _same_place(a: str, b: str) -> bool:
    """Say whether two place names may be one destination (a city may lie in the country)."""
    ca, cb = gazetteer().resolve(a), gazetteer().resolve(b)
    if ca is not None and cb is not None:
        return ca.name == cb.name
    if ca is not None or cb is not None:
        return True
    return a.lower().removeprefix("the ") == b.lower().removeprefix("the ")


def _showable(mentions: list[_Mention]) -> list[_Mention]:
    """Return the mentions that may show a meeting: not a dated caption when the body dates it.

    A caption shows the meeting only when the body gives no day of it: one dated Friday over a body
    that says Thursday is the picture's day, and one dated as the body is the picture of what a body
    sentence tells, which shows it (the caption's place and names still count).
    """
    days = [m.when for m in mentions if not m.caption and m.when]
    return [m for m in mentions if not (m.caption and m.when and days)] or mentions


def _capital_in(ctx: Context, start: int, end: int) -> str | None:
    """Return a capital named after "in" in text[start:end] that the tagger did not take for a place
    ("held talks with President X in Accra", "received by President X in Dakar", with "Dakar" tagged
    as a person)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    for tok in span if span is not None else ():
        if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.pos_ != "PROPN" or tok.ent_type_ in _PLACES:
            continue
        name = _proper_name(tok)
        if gazetteer().by_capital(name) is not None:
            return name
    return None


_PLACES = frozenset({"FAC", "GPE", "LOC"})


def _untagged_venues(ctx: Context, start: int, end: int, event: Token) -> list[Token]:
    """Return the nouns after "in"/"at" in text[start:end] (where the tagger may have left a place), but
    not one said of another thing than the event ("the office at Government House")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span if t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
            and not said_of_another_thing(t.doc[t.i:t.i + 1], event)] if span is not None else []


def _capital_said(ctx: Context, start: int, end: int, event: Token) -> str | None:
    """Return the city "in the capital" names where the text says whose ("in the Kenyan capital", "in
    Ghana's capital", "in the capital" under a dateline)."""
    for tok in _untagged_venues(ctx, start, end, event):
        found = _capital_of(ctx, tok) if tok.lower_ == "capital" else None
        if found is not None:
            return found
    return None


def _building_in(ctx: Context, start: int, end: int, event: Token) -> str | None:
    """Return a named building the tagger left untagged ("at the State House", "at La Moneda palace")."""
    for tok in _untagged_venues(ctx, start, end, event):
        named = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"]
        if (tok.lower_ in BUILDING_NOUNS and named and named[0].text[:1].isupper()
                and all(t.pos_ in ("PROPN", "NOUN") for t in named)):
            return tok.doc[named[0].i:tok.i + 1].text
    return None


def _seat_named(ctx: Context, start: int, end: int, event: Token) -> str | None:
    """Return a seat of government named after "at" that the tagger took for a body or a person, or left
    untagged ("at the Kremlin", "at Rashtrapati Bhavan", "at Seri Perdana"); not a person the article
    names nor a state."""
    for tok in _untagged_venues(ctx, start, end, event):
        if tok.head.lower_ != "at" or tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "ORG", "PERSON"):
            continue
        name = _proper_name(tok)
        if not (any(same_person(p.name, name) for p in ctx.people) or _placename(name)
                or is_role_word(name.lower())):
            return name
    return None


def _capital_of(ctx: Context, capital: Token) -> str | None:
    """Return the city "the capital" stands for: the state its modifier names ("the Kenyan capital",
    "Ghana's capital"), else, with none, the dateline's state."""
    mods = [t for c in capital.children if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree]
    states = [found for t in mods if (found := gazetteer().resolve(t.text)) is not None]
    if mods and not states:
        return None  # "the commercial capital", "the Gulf's financial capital"
    state = states[0] if states else (_visited_state(ctx, capital.sent)
                                      or _visited_before(ctx, capital.sent) or ctx.told_from)
    return state.capital if state is not None else None


def _visit_setting(ctx: Context, start: int, end: int, event: Token) -> str | None:
    """Return where a visit the clause sets its encounter in went ("held talks with Y during his official
    visit to Hanoi", "met Y on a state visit to Brazil", "paid a visit to Poland, meeting Y"): the
    encounter took place there."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    setting = [t for t in (span if span is not None else ()) if t.dep_ == "pobj"
               and t.head.lower_ in ("during", "on", "in")]
    doer = _doer_verb(event) if event.pos_ == "VERB" else event
    setting += [t for t in doer.children if t.dep_ == "dobj"] if doer is not event else []
    for tok in setting:
        if tok.lemma_.lower() in JOURNEY_NOUNS and tok.pos_ == "NOUN" and not _visit_talked_of(tok):
            dest = _destination(ctx, tok)
            if dest is not None:
                return dest
    return None


def _visit_reported(tok: Token) -> bool:
    """Say whether a visit is told as done, the thing reported: "X visited Y", "made a state visit to Y",
    "began his tour in Y", "arrived in Y for a three-day visit"."""
    if tok.pos_ == "VERB":
        return tok.dep_ not in ("amod", "acl")  # not "the visiting minister"
    if tok.dep_ == "dobj":  # not one referred back to ("taking this visit as a chance")
        return tok.head.lemma_.lower() in _TRIP_VERBS | _TAKING_PART and not any(
            c.dep_ == "det" and c.lower_ in ("this", "that") for c in tok.children)
    return cues.came_for(tok) is not None


def _reported_instead(best: _Mention, mentions: list[_Mention]) -> _Mention:
    """Return the first mention that reports a visit when the best one tells it only as under way, the
    setting of another act ("X, who is on an official visit to Y, met …", "X, currently on a tour of the
    region, …"); the dated report ("X arrived in Y on Monday", "for a three-day visit") shows it better."""
    if best.kind != "visit" or not best.ongoing:
        return best
    # a report dated or of so many days: the main telling, not another visit told in passing
    told = [m for m in mentions if m.reported and (m.when or m.days) and m.headline == best.headline
            and not m.timing]
    return min(told, key=lambda m: m.start, default=best)


def _visited_state(ctx: Context, sent: Span) -> Country | None:
    """Return the state a visit told in the sentence went to ("met Abiy in the capital during his
    visit to Ethiopia"): the host whose capital "the capital" is."""
    for tok in sent:
        if tok.lemma_.lower() in JOURNEY_NOUNS:
            dest = _destination(ctx, tok)
            found = gazetteer().resolve(dest) if dest is not None else None
            if found is not None:
                return found
    return None


def _visited_before(ctx: Context, sent: Span) -> Country | None:
    """Return the state the nearest visit told before the sentence went to ("Ruto began a state visit to
    Ethiopia on Monday. … He met Abiy in the capital"), else None."""
    for before in reversed([s for s in ctx.sentences if s.end_char <= sent.start_char]):
        found = _visited_state(ctx, before)
        if found is not None:
            return found
    return None


def _placename(name: str) -> bool:
    """Say whether a name the tagger took for a person names a state, its people or its capital."""
    places = gazetteer()
    return places.resolve(name) is not None or places.by_capital(name) is not None


def _meeting(ctx: Context, cluster: _Cluster) -> Meeting:
    """Return the meeting a cluster of mentions describes, shown by its best mention."""
    showable = _showable(cluster.mentions)
    best = _reported_instead(max(showable, key=_Mention.score), showable)
    participants: list[str] = []
    places = {m.place for m in cluster.mentions if m.place}
    for m in cluster.mentions:
        for name in ([m.visitor] if m.visitor else []) + m.persons:
            if _placename(name) or is_role_word(name.lower()) or name in places:
                continue  # "Ugandan Foreign Minister …", "in Dakar", "the Emir" tagged as names
            if not _among(name, participants):
                participants.append(name)
    # a caption's day is the picture's: the body's day first
    # a visit "from 3 to 5 January" is dated by the day it began; its mentions match on the last
    when = next((m.began or m.when for m in sorted(cluster.mentions, key=lambda m: m.caption) if m.when),
                None)
    if any(m.days for m in cluster.mentions):
        # a visit of several days is dated by its arrival, the earliest day told of it
        # "concluded a four-day visit on Monday" tells its last day, no arrival
        arriving = [m for m in cluster.mentions if m.when and not m.ended]
        when = min((m.when for m in arriving if m.when and len(m.when) == 10 and not m.caption),
                   default=when if arriving else None)
    # a visit told only in passing takes neither the report's day nor its place
    recalled = all(m.recalled for m in cluster.mentions)
    # a visit of several days told with no day of arrival has none: the report's day is one of many
    spans_days = cluster.kind == "visit" and any(m.days for m in cluster.mentions)
    # a story telling only the week of its event ("met in Praia this week") dates it by no day
    if when is None and ctx.event_date is not None and not recalled and not spans_days and not ctx.week_only:
        when = ctx.event_date.isoformat()
    # a call is held apart: the dateline is no place of it
    place = best.place or best.dest or next((m.place or m.dest for m in cluster.mentions
                                             if m.place or m.dest), None) or (
        None if recalled or cluster.kind == "call" else ctx.article.dateline)
    return Meeting(kind=cluster.kind, participants=tuple(participants), place=place, date=when,
                   evidence=ctx.evidence(best.start, best.end))
