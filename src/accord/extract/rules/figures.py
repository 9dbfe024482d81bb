"""Rules that find figures in a parsed article.

A figure is a count, amount, percentage or duration the article states about the
relation: "15 Memorandums of Understanding", "over 30 Belarusian companies", "$1.45
billion", "65%", "three-year" roadmap. Calendar dates, years, relative deadlines, ages,
distances and the "two" of "the two countries" are not figures. Each distinct number is
reported once per article, at its first mention.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accord.core import Figure
from accord.extract.rules import figures_scene
from accord.extract.rules.context import Context
from accord.extract.rules.figures_measure import comparison_basis, measure
from accord.extract.rules.instruments_lexicon import INTERNATIONAL_BODY
from accord.extract.rules.roles import ROLE_HEADS, words
from accord.lexicon import (
    ACT_CLASSES,
    ANIMAL_NOUNS,
    CURRENCY_CODES,
    CURRENCY_NAMES,
    CURRENCY_WORDS,
    DOCUMENT_NOUNS,
    ENVOY_PAPERS,
    FUNDS_BY_VERB,
    MEETING_NOUNS,
    PLAN_NOUNS,
    STANDING_BODY_NOUNS,
    TALKING_NOUNS,
    TRAINING_VERBS,
)
from accord.nlp import PLACE_ENTS, doc_text, ents_in, span_text, token_at
from accord.normalize.countries import gazetteer
from accord.normalize.dates import find_time_expressions, is_month_name
from accord.normalize.numbers import (
    CURRENCY_SIGNS,
    LETTER_MONEY,
    MARKED_SHILLINGS,
    MONEY_SUFFIX,
    NUMBER_WORDS,
    PLURAL_SCALES,
    SCALES,
    SIGN_CLASS,
    SPOKEN_DECIMAL,
    SPOKEN_HALF,
    currency_of,
    parse_number,
)

_LABELS = frozenset(("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE"))
_A_SCALE = frozenset(SCALES) | {"hundred", "dozen"}  # "a million doses", "well over a hundred firms"
_MONEY = re.compile(r"(?:\b[A-Z]{1,2})?" + SIGN_CLASS + r"\s?\d[\d,]*(?:\.\d+)?"
                    r"(?i:\s?(?:bn|mn|tn|billion|million|trillion|bil|mil|[kmb])\b)?")
# A currency sign right before an amount, with the letters of its state ("US$", "S$", "HK$").
# (a space may part them: "$ 162 million")
_SIGN_BEFORE = re.compile(r"(?:(?<![A-Za-z])[A-Z]{1,2})?" + SIGN_CLASS + " ?$")
# An amount after a currency's code that spaCy may tag as a name ("INR 1,000 crore").
_CODES = "|".join(sorted(re.escape(c.upper()) for c in CURRENCY_CODES if c.isalpha()))
# (a smaller part may follow the scale: "Rs 2 billion 500 million", which the tagger may call a law)
_SMALLER_PART = r"(?:\s+(?:and\s+)?\d[\d,]*\s(?:" + "|".join(SCALES) + r")\b)?"
# (a code may be glued to its amount: "RM800mil", "Rp1.2 trillion")
_CODED_MONEY = re.compile(r"\b(?:" + _CODES + r"|Rs|Rp|TSh|KSh|USh|Sh|Tk|Dhs?)(?:\.\s?|\s)?\d[\d,]*(?:\.\d+)?"
                          r"(?i:\s?(?:" + "|".join(SCALES) + r")\b" + _SMALLER_PART + r"|[kmb]\b)?"
                          # a currency's one letter glued to an amount with its scale ("R1.5 billion", "K50m")
                          r"|" + LETTER_MONEY
                          # an amount with the shilling's mark after it ("1.1tril/-", "885bn/-")
                          + r"|" + MARKED_SHILLINGS)
# One of a scale of a currency, in words ("a billion dollars", "a million euros", half of one: "half a
# billion pounds"), which the tagger leaves.
_A_SCALE_OF_MONEY = re.compile(r"\b(?:[Hh]alf\s+)?[Aa]n?\s+(?:million|billion|trillion)\s+(?:US\s+)?(?:"
                               + "|".join(sorted(CURRENCY_NAMES)) + r")\b")
# What a vague plural may count and still size the relation ("dozens of deals", "billions of dollars").
_VAGUE_KEPT = DOCUMENT_NOUNS | words("deal contract project investment dollar")
_APPROX = (
    (re.compile(r"(?i)^(?:(?:just|well|slightly|a little)\s+(?:over|above|more than)|over|more than|above|"
                r"in excess of|upwards of|at least|no less than|exceeding)\b"), "over"),
    # "up to" is a ceiling, not an estimate: no approx ("a loan of up to 41.2 billion yen")
    (re.compile(r"(?i)^up to\b"), None),
    (re.compile(r"(?i)^(?:nearly|almost|close to|(?:just|slightly|a little) (?:under|below))\b"), "nearly"),
    (re.compile(r"(?i)^(?:about|around|some|approximately|approx(?=\.)|roughly|an estimated|estimated|"
                r"about some)\b"), "about"),
)
# A duration written as a number of days, weeks, months or years ("three-year", "30 days").
_DURATION = re.compile(r"(?i)^(?:(?:over|nearly|about|some|up to|more than|another|a further)\s+)?"
                       r"(?:\d+|" + "|".join(NUMBER_WORDS) + r")[\s-](?:day|week|month|year)s?$")
# A count in a time ("14 a week", "three per day"): how often, which the tagger calls a date.
_FREQUENCY = re.compile(r"(?i)^(?:\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?:a|per|each|every)\s+"
                        r"(?:day|week|month)$")
# Nouns that "two" counts when it means the pair the article is about.
_PAIR_NOUNS = words("country countries side sides leader leaders nation nations government "
                        "governments party parties state states president presidents minister "
                        "ministers premier premiers head heads delegation delegations people "
                        "peoples capital capitals neighbour neighbours neighbor neighbors "
                        "economy economies pm pms democracies statesman statesmen dignitary dignitaries "
                        "counterpart counterparts king kings monarch monarchs emir emirs chancellor "
                        "chancellors friend friends partner partners ally allies official officials")
# Bodies each state has one of: "the two ministries" are the pair's, one each, not a count.
_PAIR_BODIES = words("ministry ministries army armies navy navies parliament parliaments legislature "
                     "legislatures chamber chambers secretariat secretariats bank banks academy academies "
                     "agency agencies authority authorities")
_DISTANCE = re.compile(r"(?i)(?<!cubic )(?<!square )\b(?:km|kilomet(?:er|re)s?|miles?|metres?|meters?|mi|m"
                       r"|mm|cm|(?:milli|centi)met(?:er|re)s?)\b"
                       r"|\d\s*km\b|\d\s*(?:kph|mph|km/h|knots)\b|\bdegrees?\b|°")
# A temperature written with its scale's letter ("33C", "18 °C", "-5 °F").
_TEMPERATURE = re.compile(r"-?\d+(?:\.\d+)?\s?(?:°\s?)?[CF](?![\w-])")
_OCCASION_NOUNS = words("visit visits trip tour tours stay official state working old "
                            "journey mission")
# Nouns of a spell in office that a span of years measures ("a third five-year term"); an agreement
# has a term too ("will run for a five-year term"), so a term is one's when it is whose or which.
_OFFICE_NOUNS = words("term tenure mandate presidency reign")
_OFFICE_MARKS = words("first second third fourth fifth sixth fresh new another consecutive straight")
# Nouns of the pair's past that a span of years measures, like an anniversary ("a 50-year arc").
_HISTORY_NOUNS = words("arc history relationship relations ties friendship partnership tradition legacy "
                       "anniversary dispute conflict war occupation fighting violence clashes unrest")
# What a state's reserves are told in months of ("enough for two months of imports"): cover, no term.
_IMPORT_COVER = words("import imports")
# What one state keeps in store: an amount held in it is its own ("has only $8bn left in foreign reserves").
_STOCK_NOUNS = words("reserve reserves")
# Words that soften a hedge ("just over", "a little under").
_SOFTENER = r"(?:just|well|slightly|a little)\s+"
_APPROX_BEFORE = re.compile(r"(?i)\b(?:" + _SOFTENER + r")?(?:over|more than|above|in excess of|upwards of|"
                            r"at least|no less than|" + _SOFTENER + r"(?:under|below)|nearly|almost|close to|"
                            r"up to|about|around|some|approximately|approx\.|roughly|an estimated)\s+$")
# The mark of a share after its number ("70 per cent", "70%").
_PERCENT_SIGN = re.compile(r"(?i)\s?(?:%|per\s?cent\b|percent\b)")
# A softened hedge, after which the tagger may tag nothing.
_SOFTENED_HEDGE = re.compile(r"(?i)\b" + _SOFTENER + r"(?:over|above|more than|under|below)\s+$")
# A plain hedge, after which the tagger may tag nothing when the number has a year's shape ("some 1800
# students").
_PLAIN_HEDGE = re.compile(r"(?i)\b(?:some|about|around|nearly|almost|approximately|roughly|over|more than)"
                          r"\s+$")
# Verbs "up" is the particle of when a level climbs ("exports have gone up to $11 billion"): no ceiling.
# Verbs "over" is a particle of when it tells a handover ("handed over 500 tonnes"; "gave over 300" hedges).
_HAND_OVER_VERBS = words("hand turn sign pass")
_CLIMB_VERBS = words("go shoot climb move jump soar edge inch creep ramp spike")
# Where a range of amounts in one entity passes to its other end ("$2 billion to $3 billion").
# (an amount must stand before it: "up to $15 billion" is one amount)
_RANGE_END = re.compile(r"(?<!\bup)(?<!\bclose)\s+(?:to|and)\s+(?=(?:US)?" + SIGN_CLASS + ")")
# A model's name of letters and digits that the tagger may take into a count ("180 K2").
_MODEL_NAME = re.compile(r"[A-Z]+-?\d+[A-Za-z]*")
# Groups of digits parted by spaces or dashes, as telephone numbers are written.
_DIGIT_GROUPS = re.compile(r"\+?(?:\(\d+\)\s?)?\d+(?:[ \-–]\d+)+")
_SPEED = re.compile(r"(?i)\d\s*(?:kph|mph|km/h|knots)\b")
# A zero-padded number ("06"), or one before a capitalised article, opening a line numbers an item.
_LIST_NUMBER = re.compile(r"0\d{1,2}")
# The number of a section or paragraph of a report ("3.1", "4.2.1") that opens its line.
_OUTLINE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+")
# A list item's number glued by its dot to the item's first word ("2.The", "4.India").
_GLUED_ITEM_NUMBER = re.compile(r"\d{1,2}\.[A-Z][a-z]*")
_ITEM_OPENING = re.compile(r"[ \t]+(?:A|An|The)\s")
# States an event leaves people in ("left 45 dead", "left 2,000 families homeless").
_HARMED_STATES = words("dead injured wounded homeless stranded displaced missing")
# Words between the sides of a tally ("120 votes to 15", "three goals against one").
_TALLY_WORDS = words("to against - –")
# Verbs whose count is of victims or of those held, not of anything two states agreed or traded.
_HARM_VERBS = words("kill injure wound die displace abduct kidnap evacuate arrest detain claim "
                    "damage destroy flatten flood burn raze loot")
# A technical rating after a number: a voltage, a frequency, a data rate ("400 kV", "2.4 GHz"), and an
# earthquake's magnitude before or after it ("magnitude 6.1", "a 6.1-magnitude quake").
_RATING_AFTER = re.compile(r"\s?-?(?:k?V|kVA|[kMG]?Hz|[kMG]bps|magnitude)\b")
_RATING_BEFORE = re.compile(r"(?i)\bmagnitude[\s-]*(?:of\s+)?$")
_AGE = re.compile(r"(?i)^\W*(?:-?year-old|years? old|aged)\b")
# Verbs whose object is how long a stay lasts ("spend one day in Maputo").
_STAY_VERBS = words("spend last")
# Verbs and nouns of putting off: a span after them is a delay ("postponed by two weeks", "a two-week delay").
_DELAY_WORDS = words("postpone delay defer push put adjourn suspend pause postponement suspension")
# Determiners of a rolling window ("in any 180-day period").
_ANY_WORDS = words("any each every")
# Determiners of every partner of a state ("on all trading partners", "from any country").
_ALL_PARTNER_WORDS = (_ANY_WORDS - {"each"}) | {"all"}
# Words after a span of time that make it a distance in time ("one month after the visit").
_TIME_DISTANCE = words("after before later earlier ago")
# A clock time's "am"/"pm", in the number's entity or just after it ("at 9.00 am", "10 p.m.")
_CLOCK_SUFFIX = re.compile(r"\s*[ap]\.?m\b", re.IGNORECASE)
# Travel and meeting verbs: what they count is where one went or whom one met, not what was agreed.
_OCCASION_VERBS = ACT_CLASSES["@visit"] | ACT_CLASSES["@meet"]
# What a total over all partners is qualified by ("28 million foreign tourists").
_ALL_PARTNERS = words("foreign international global overseas worldwide external")
# Nouns of partners that "all" or "every" makes every partner ("a 10 percent tariff on all trading partners").
_PARTNER_NOUNS = words("partner country nation economy")
# Nouns of a contract of sale, beside the documents: what a verb hung on them says is the deal's.
_CONTRACT_NOUNS = words("contract contracts")
# Verbs of one state's trade: with no partner named, what they count is a national total.
_TRADE_VERBS = words("export import")
# Verbs of what one state holds or yields: with no partner named, what they count is its own
# ("the navy has 370 ships").
_HOLDING_VERBS = words("have possess own boast field operate maintain produce harvest mine extract")
# Words of the whole world, of which one state's share is its standing ("43 percent of global output"),
# and over which a total is told ("has drawn $1 trillion in investment worldwide").
_WORLD_WORDS = words("global world worldwide globally")
# Words that give a share to the two states together ("which together produce 60% of …").
_JOINT_WORDS = words("together jointly combined")
# Words before a count that make it a stretch of a sequence ("his first two terms").
_SEQUENCE_WORDS = words("first last past")
# Words after a count that make it a count of what came before ("two previous agreements").
_EARLIER_WORDS = words("previous earlier prior former past")
# What a count describes rather than what two states sign, trade or give (lemmas of the counted
# noun): the languages of a ceremony, animals gifted or kept (livestock is traded, so it is left
# out), seats, votes and terms of office, the parts of a text or of an agenda, the family of a
# person, the powers of the world, the score of a match, the members of a body, the press at an
# event, the toll of a disaster.
# The family of a person ("his two sons"); many more than a family are those a programme reaches ("will
# benefit 100,000 children").
_FAMILY_NOUNS = words("child son daughter grandchild wife husband brother sister sibling")
_FAMILY_SIZE = 20
_DESCRIBED_COUNTS = ANIMAL_NOUNS | _FAMILY_NOUNS | words(
    "language dialect tongue "
    "seat vote majority ballot constituency abstention "
    "article annex annexe chapter clause paragraph page section "
    "area pillar point principle priority aspect dimension theme topic "
    "spot notch "
    "giant superpower power "
    "goal medal match game trophy title "
    "member journalist reporter correspondent question crew crowd audience throng "
    "dancer performer musician singer drummer booth stall pavilion "
    "dead injured wounded casualty death victim fatality life"
)
# What escorts a visitor, told by its size ("a motorcade of 40 cars", "a guard of honour of 150 soldiers").
_ESCORT_NOUNS = words("motorcade cortege cortège honour honor")
# Nouns of a hyphened count that tells what a thing is made of ("a five-nation tour", "a 21-gun salute").
_COMPOSITION_NOUNS = _DESCRIBED_COUNTS | words("nation country state gun dash")  # … "the nine-dash line"
# What a group is made of ("comprises 10 countries", "is made up of 27 member states").
_MEMBER_NOUNS = words("country nation state member economy")
# Words for people at large: as the subject of a clause, a count of them is a crowd ("1,000 people attended").
_CROWD_NOUNS = words("people person crowd spectator onlooker resident inhabitant fan")
# Nouns of things whose plural is the singular ("12 Embraer Super Tucano aircraft").
_INVARIANT_PLURALS = words("aircraft spacecraft hovercraft")
_HYPHENED_NOUN = re.compile(r"^[-–](\w+)")
# Units a measure may be joined to by a hyphen to size one thing ("a 30-kilogram bag", "20-foot").
_SIZED = re.compile(r"\d[\d,.]*-([A-Za-z]+)\b")
_SIZE_UNITS = words("kilogram kilogramme kilo kg gram tonne ton litre liter lb pound foot feet inch gallon")
# What one state's own economy, markets and polls are measured by ("the economy grew 4.2%",
# "inflation eased to 3 percent", "an approval rating of 38%"): no figure of the relation.
_INDICATOR_NOUNS = words("economy gdp gnp growth output profit earnings inflation unemployment joblessness "
                         "approval rating poll vote "
                         "popularity currency stock share index bourse budget population")
# What one side earns, holds or is paid, measured as it moves ("the price of cocoa rose to $8,000",
# "Suez Canal revenue fell 60 percent"); "7 billion baht of the price" is the pair's.
_MOVING_MEASURES = words("price revenue income reserve sale")
# What makes a rate a state's own monetary or economic measure ("the benchmark interest rate").
_POLICY_RATE_WORDS = words("interest policy benchmark lending repo deposit discount inflation unemployment "
                           "jobless growth")
# Words of what passes between states: a measure of them is the pair's ("trade growth of 12%").
_DEALINGS = words("trade bilateral export import investment")
# Nouns of those who come to a state: a count of them with no origin is that state's total.
_ARRIVAL_NOUNS = words("arrival tourist visitor traveller traveler")
# Verbs of a state taking in those who come ("Sri Lanka received 2 million tourist arrivals").
_RECEIVE_VERBS = words("receive welcome attract record host draw see")
# What two states exchange or sign, though named by an indicator ("a currency swap of 130 billion yuan").
_EXCHANGE_NOUNS = DOCUMENT_NOUNS | words("swap")
# Papers whose terms a clause under them tells ("a deal to import …", "a contract to supply …").
_DEAL_PAPERS = _EXCHANGE_NOUNS | _CONTRACT_NOUNS
# Nouns of the public a share of whom a poll or census counts ("62 percent of respondents").
# Verbs of a state's own strain or need ("struggling to feed", "needs to house"): those it serves are its own.
_STRAIN_VERBS = words("struggle strive battle scramble need")
_PUBLIC_NOUNS = _CROWD_NOUNS | words("respondent voter citizen adult household public population")
# Verbs that move a measure ("grew 4.2%", "stands at 12 percent").
_MEASURE_VERBS = words("grow rise fall ease drop climb slip jump stand reach hit decline gain lose expand "
                       "close shrink contract slow accelerate surge plunge soar tumble sink slump rally dip "
                       "edge rebound spike total exceed top")
# Verbs that move a measure they take as object ("raise its oil output to 2 million barrels").
_RAISE_VERBS = words("raise increase boost lift double triple cut reduce")
_LEVEL_VERBS = _MEASURE_VERBS | _RAISE_VERBS
# Words that join the two days of a range ("from 12 to 14 October", "12-14 May", "9 and 10 June").
_RANGE_WORDS = words("to through thru till until and - – —")
# Verbs of being present at an event: a count of who came is the scene's ("attended by 300 executives"),
# and so is a count of those who greeted a guest ("greeted by 500 schoolchildren", "2,000 people lined the
# route").
_ATTEND_VERBS = words("attend gather throng flock crowd pack greet welcome cheer line")
# Verbs of an event drawing people ("the forum drew 400 business leaders").
_DRAW_VERBS = words("draw attract bring")
# Steps up or down a ranking ("moved up five places").
_RANK_STEPS = words("place position rank")
# Verbs of speaking to an audience ("addressed 2,000 students"): who listened is the scene.
_AUDIENCE_VERBS = words("address")
_TALK_TO_VERBS = words("speak talk lecture")
# Nouns of the firms that trade: present at a forum, they are what the pair's business brings together.
_TRADER_NOUNS = words("company firm enterprise business operator exporter importer manufacturer producer "
                      "supplier corporation startup brand exhibitor investor")
# Nouns of an event that people attend.
_EVENT_NOUNS = MEETING_NOUNS | words("event evening ceremony reception banquet dinner gala concert festival "
                                     "fair exhibition expo show celebration party rally gathering parade")
# Nouns of a pause in relations, whose length is history, not cooperation ("a seven-year hiatus").
_PAUSE_NOUNS = words("hiatus break gap absence pause lull freeze rupture estrangement")
# A span of time written as one modifier ("three-day", "7-Year", "two-week-long"); a standing body and
# talks last as a session does ("the four-day Joint Commission", "three days of negotiations").
_LASTING_NOUNS = _EVENT_NOUNS | _PAUSE_NOUNS | STANDING_BODY_NOUNS | TALKING_NOUNS
# Verbs of how long an event goes on ("the talks lasted two days", "the fair runs for five days").
# How long a deal runs: the verbs, the adjectives and the nouns of its term.
_TERM_VERBS = words("remain run last extend renew stay continue")
_IN_FORCE_WORDS = words("valid effective repayable payable binding")
_FORCE_NOUNS = words("force effect place operation")
_TERM_NOUNS = words("maturity tenor validity duration repayment")
# What makes a "period" a loan's term ("a grace period of ten years", "a repayment period of 20 years").
_TERM_PERIODS = words("grace repayment moratorium")
# Words of paying a loan back: how long after or over which is the loan's term ("to be repaid over 30 years",
# "repayable in 30 years").
_REPAY_WORDS = words("repay amortize amortise repayable")
_DEAL_NOUNS = words("loan credit lease contract concession facility arrangement grant memorandum mou")
_LOAN_WORDS = _REPAY_WORDS | words("loan credit lend borrow")  # what makes an interest rate a loan's
_LAST_VERBS = words("last run span continue hold take")
_SPAN_OF_TIME = re.compile(r"(?i)[\w,.]+-(?:day|week|month|year|hour)s?(?:-long)?")
# Built things whose size is told in metres glued to the number ("a 40m bridge", "a 300m pier").
_LENGTH_NOUNS = words("bridge pier jetty wharf quay berth breakwater pipeline road highway runway tunnel "
                      "canal wall fence tower mast dam span footbridge flyover overpass viaduct ship vessel "
                      "yacht boat tanker statue spire chimney")
# Nouns of a place whose "of N" is its population ("a city of 4 million people").
_PLACE_NOUNS = words("city town country nation state republic kingdom territory island archipelago region "
                    "province capital village population market")


def find(ctx: Context) -> list[Figure]:
    """Return the figures of the article, one per real thing, each with its evidence."""
    out: list[Figure] = []
    seen: dict[tuple[float, bool], int] = {}
    for sent in ctx.sentences:
        times = [(sent.start_char + t.start, sent.start_char + t.end)
                 for t in find_time_expressions(span_text(sent), ctx.event_date) if t.kind != "vague"]
        named = [n for n in _money_named_after(sent) if not _a_count_kept_inside(ctx, sent, n, times)]
        tagged = [e for e in ents_in(sent) if not any(n.start <= e.start and e.end <= n.end for n in named)]
        changes = {e.start: sides for e in tagged if (sides := _ends_of_a_change(e))}
        tagged = [side for e in tagged for side in changes.get(e.start, [e])]
        ranges = _ranges_between(sent)
        tagged = [e for e in tagged if not any(r.start < e.end and e.start < r.end for r in ranges)] + ranges
        found = [(ent.start_char, f, ent.label_ == "DATE" and not _FREQUENCY.match(ent.text.strip()))
                 for ent in [*tagged, *named, *_counts_in_names(sent), *_hedged_untagged(ctx, sent),
                             *_range_sides_in_dates(sent)]
                 if (f := _figure(ctx, sent, ent, times)) is not None]
        found += [(start, f, False) for start, f in _money_spacy_missed(ctx, sent)]
        whole = _power_capacities(ctx, sent) + _spoken_decimals(ctx, sent)
        found = [item for item in found if not any(s <= item[0] < e for s, e, _f in whole)]
        found += [(start, f, False) for start, _end, f in whole]
        money: Figure | None = None
        restated: Figure | None = None  # the last amount that restated `money` in another currency
        for _start, figure, is_duration in sorted(found, key=lambda item: item[0]):
            if figure.number is None:
                continue
            if currency_of(figure.value):
                if money is not None and (_converts(ctx, money, figure)
                                          or _converts_again(ctx, money, restated, figure)):
                    restated = figure
                    continue  # "5.6 trillion won, or about $4 billion": the same amount in another currency
                money, restated = figure, None
            key = (figure.number, is_duration)
            if key in seen and _another_of_same_size(ctx, out[seen[key]], figure):
                out.append(figure)  # "one of $100 million for parks and another of $100 million for farms"
            elif key not in seen:
                seen[key] = len(out)
                out.append(figure)
            elif (figure.approx and not out[seen[key]].approx) or _in_heading(ctx, out[seen[key]]):
                out[seen[key]] = figure  # "over 150,000" says more than a heading's "150,000"
    return out


def _another_of_same_size(ctx: Context, earlier: Figure, later: Figure) -> bool:
    """Say whether a second sum of the same size in the same sentence is another thing: the words
    between tell a second item ("one of $100 million for parks and another of $100 million for farms",
    "a $50 million loan and a $50 million grant"), not the same sum said again."""
    if not currency_of(later.value) or earlier.evidence.start != later.evidence.start:
        return False
    first = ctx.text.find(earlier.value, earlier.evidence.start)
    second = ctx.text.find(later.value, first + len(earlier.value))
    if first < 0 or second < 0:
        return False
    return _NEXT_ITEM.search(ctx.text[first + len(earlier.value):second]) is not None


# Words that open a second item of a list ("and another", "while the second").
_NEXT_ITEM = re.compile(r"\b(?:another|other|second|and|while|whereas|plus)\b|;", re.IGNORECASE)


# An amount restated in brackets, at most hedged ("(approximately Tk 194 crore)", "(about $70 million)").
_RESTATING_HEDGE = r"(?:approximately|approx\.?|about|around|roughly|some|nearly|almost"
_BRACKETED_RESTATEMENT = re.compile(r"\s*\(\s*(?:" + _RESTATING_HEDGE + r"|or|i\.e\.,?|equivalent\s+to)\s+)?")
# What parts one restatement in a bracket from the next ("(12.7 billion euros, $13.7 billion)",
# "(about $77 million; €70 million)", "($1.1 billion / £850 million)", "(€41m, or £36m)").
_FURTHER_RESTATEMENT = re.compile(r"\s*(?:[,;/]\s*(?:or\s+)?|or\s+)(?:" + _RESTATING_HEDGE + r")\s+)?")


# Words that say an amount is the one before it in another currency ("$750 million or the equivalent
# of 10.5 trillion rupiah", "$2 million, equivalent to 1.2 billion shillings", '100 million yuan "USD 14
# million"', "2 million yuan, which is equivalent to about US$300,000").
_EQUIVALENT = (r"(?:(?:which|that)\s+(?:is|was)\s+)?(?:the\s+)?equivalent\s+(?:of|to)\s+"
               r"(?:" + _RESTATING_HEDGE + r")\s+)?")
_RESTATED = re.compile(r"\s*(?:,\s*)?(?:or\s+(?:" + _EQUIVALENT + r")?|" + _EQUIVALENT + r"|[\"“]\s*)")


def _converts(ctx: Context, earlier: Figure, later: Figure) -> bool:
    """Say whether an amount restates the one before it in another currency, after a comma or in brackets.

    "valued at 5.6 trillion won, or about $4 billion"; "$500 million or roughly 24 billion pounds";
    "pledged C$50 million toward demining, about US$37 million"; "a grant of J$25 million (US$160,000)".
    A clause of its own in between ("and pledged $3 billion") is a new amount.
    """
    first = ctx.text.find(earlier.value, earlier.evidence.start)
    second = ctx.text.find(later.value, first + len(earlier.value))
    if first < 0 or second < 0 or currency_of(earlier.value) == currency_of(later.value):
        return False
    between = ctx.text[first + len(earlier.value):second]
    if _BRACKETED_RESTATEMENT.fullmatch(between) or _RESTATED.fullmatch(between):
        return True  # "US$25 million (approximately Tk 194 crore)", "$5 million or the equivalent of Rp 70bn"
    if not re.search(r",\s*(?:or\s+)?$", between) or re.search(r"\d", between):
        return False
    span = ctx.doc.char_span(first + len(earlier.value), second, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX", "CCONJ") and t.lower_ != "or" for t in span):
        return False
    return not _same_preposition_after(ctx, first + len(earlier.value), second + len(later.value))


def _converts_again(ctx: Context, earlier: Figure, restated: Figure | None, later: Figure) -> bool:
    """Say whether an amount is a further restatement of `earlier` inside the bracket that already
    restated it once ("£9 billion (12.7 billion euros, $13.7 billion)", "KSh 10 billion (about $77
    million; €70 million)"); after the bracket closes an amount is a new one."""
    if restated is None:
        return False
    if currency_of(later.value) in (currency_of(earlier.value), currency_of(restated.value)):
        return False
    first = ctx.text.find(earlier.value, earlier.evidence.start)
    middle = ctx.text.find(restated.value, first + len(earlier.value))
    last = ctx.text.find(later.value, middle + len(restated.value))
    if min(first, middle, last) < 0:
        return False
    opened = ctx.text[first + len(earlier.value):middle]
    return ("(" in opened and ")" not in opened
            and _FURTHER_RESTATEMENT.fullmatch(ctx.text[middle + len(restated.value):last]) is not None)


def _same_preposition_after(ctx: Context, one: int, other: int) -> bool:
    """Say whether two amounts, ending at these offsets, are each followed by the same preposition,
    as items of one list are ("¥15 billion to Vietnam, $2 billion to Indonesia", "$5m for roads, €3m
    for ports")."""
    first, second = (next((t for t in ctx.doc if t.idx >= at and not t.is_space), None)
                     for at in (one, other))
    return (first is not None and second is not None and first.pos_ == "ADP"
            and first.lower_ == second.lower_)


def _counts_in_names(sent: Span) -> list[Span]:
    """Return the counts a name's entity took in, as numbers of their own.

    "an order for 9 Embraer Super Tucano aircraft": the tagger may call "9 Embraer Super Tucano" an
    ORG; the 9 counts the aircraft, a noun outside the name.
    """
    out: list[Span] = []
    for ent in ents_in(sent):
        if ent.label_ in _LABELS:
            continue
        k = ent.start
        while k < ent.end and ent.doc[k].like_num and ent.doc[k].dep_ == "nummod":
            k += 1
        counted = ent.doc[ent.start].head
        if ent.start < k < ent.end and not ent.start <= counted.i < ent.end and counted.pos_ == "NOUN":
            out.append(Span(ent.doc, ent.start, k, label="CARDINAL"))
    return out


def _hedged_untagged(ctx: Context, sent: Span) -> list[Span]:
    """Return the numbers with a softened hedge the tagger left out, as counts of their own.

    "India shipped just over 12,000 tonnes of rice", "offered just over 2 trillion won": after "just
    over" the tagger may tag nothing at all. A number after such a hedge with no entity on it (with
    the scale words after it: "2 trillion") is read as a count; the filters of every figure still apply.
    """
    out: list[Span] = []
    doc = sent.doc
    k = sent.start
    while k < sent.end:
        tok = doc[k]
        before = max(sent.start_char, tok.idx - 20)
        if not (tok.like_num and any(c.isdigit() for c in tok.text) and not tok.ent_type_
                and (_SOFTENED_HEDGE.search(ctx.text, before, tok.idx) or (
                    _YEAR_SHAPED.fullmatch(tok.text) and _PLAIN_HEDGE.search(ctx.text, before, tok.idx)))):
            k += 1
            continue
        end = k + 1
        while end < sent.end and doc[end].lower_ in SCALES and not doc[end].ent_type_:
            end += 1  # "2 trillion"
        sign = _PERCENT_SIGN.match(ctx.text, doc[end - 1].idx + len(doc[end - 1].text))
        label = "CARDINAL"
        if sign is not None:  # "some 70 per cent of voters": a share, as the tagger's PERCENT is
            sign_span = ctx.doc.char_span(sign.start(), sign.end(), alignment_mode="expand")
            end, label = (end if sign_span is None else sign_span.end), "PERCENT"
        span = Span(doc, k, end, label=label)
        if label == "PERCENT" or _counts_things(span):
            out.append(span)
        k = end
    return out


# A number shaped as a year ("2024", "1998").
_YEAR_SHAPED = re.compile(r"(?:1[89]|20)\d\d")


# Nouns of what a year names rather than counts ("ahead of 2026 elections", "at 2030 games").
_DATED_NOUNS = _EVENT_NOUNS | words("election poll vote ballot games olympics cup championship budget "
                                    "census accord agreement deal treaty")
# The prepositions that make a year of a number ("in 2000", "since 1990").
_TIME_PREPOSITIONS = words("in since by until till from after before during")


def _counts_a_plural(ent: Span) -> bool:
    """Say whether a number shaped as a year counts the plural after it ("create employment of 1900 youths",
    "give jobs to 1850 dockers"); not after a preposition of time ("in 2000 tonnes of goods crossed")."""
    hedged = len(ent) > 1 and all(t.dep_ in ("advmod", "quantmod") for t in ent[:-1])  # "nearly 2000 farmers"
    if hedged:
        ent = ent[-1:]
    counted = ent.root.head
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (len(ent) == 1 and ent.root.dep_ == "nummod" and counted.i == ent.end and counted.tag_ == "NNS"
            and counted.lemma_.lower() not in figures_scene.TIME_UNITS
            and (before is None or (before.lower_ not in _TIME_PREPOSITIONS
                                    and (before.pos_ != "DET" or before.dep_ == "quantmod")  # "some 1800"
                                    and before.tag_ not in ("PRP$", "POS"))))  # not "the 2024 polls"


def _range_sides_in_dates(sent: Span) -> list[Span]:
    """Return the sides of a range a verb tells that the tagger took into a date, as counts of their own.

    "will grow from 30 in 2024 to 80 in 2026" (the tagger reads "2024 to 80" as one date), "flights will
    go from 14 a week to 21": each side is a number under "from" or "to", with a number under the other;
    not a year, not a day of a month, nor a span of time ("from 10 to 12 years").
    """
    out: list[Span] = []
    doc = sent.doc
    for ent in sent.ents:
        if ent.label_ != "DATE" or any(is_month_name(t.text) for t in ent):
            continue
        for tok in ent:
            prep = tok.head
            if not (tok.like_num and tok.dep_ == "pobj" and prep.lower_ in ("from", "to")
                    and prep.head.pos_ == "VERB" and not _YEAR_SHAPED.fullmatch(tok.text)):
                continue
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if after is not None and (after.lemma_.lower() in figures_scene.TIME_UNITS
                                      or is_month_name(after.text)):
                continue
            other = "to" if prep.lower_ == "from" else "from"
            sides = [p for c in prep.head.children if c.dep_ == "prep" and c.lower_ == other
                     for p in c.children if p.dep_ == "pobj"]
            sides += [n for p in sides for n in p.children if n.dep_ == "nummod"]  # "from 40 scholarships"
            if any(p.like_num and not _YEAR_SHAPED.fullmatch(p.text) for p in sides):
                out.append(Span(doc, tok.i, tok.i + 1, label="CARDINAL"))
    return out


def _ranges_between(sent: Span) -> list[Span]:
    """Return each count a sentence gives as a range "between" two numbers, as one count from "between" to
    its upper end ("between 20 and 30 scholarships", "Between 10 and 15 students will travel"): the
    tagger takes it into a date or splits it, keeping the upper end alone. Not years ("between 2020 and
    2024"), days of a month or spans of time ("between 5 and 7 years"), nor money, shares or measures,
    which their own entities read."""
    out: list[Span] = []
    doc = sent.doc
    for tok in sent:
        low = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if tok.lower_ != "between" or low is None or not low.like_num:
            continue
        high = next((c for c in low.children if c.dep_ == "conj" and c.like_num and c.i <= low.i + 3), None)
        if high is None or doc[low.i + 1].lower_ != "and":
            continue
        sides = doc[tok.i:high.i + 1]
        if any(_YEAR_SHAPED.fullmatch(t.text) for t in (low, high)) or any(
                t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") for t in sides):
            continue
        after = doc[high.i + 1] if high.i + 1 < len(doc) else None
        if after is not None and (after.lemma_.lower() in figures_scene.TIME_UNITS
                                  or is_month_name(after.text) or after.lower_ in CURRENCY_NAMES
                                  or _PERCENT_SIGN.match(doc.text, high.idx + len(high.text))):
            continue  # "between 5 and 10 per cent": a share, its own entity's
        out.append(Span(doc, tok.i, high.i + 1, label="CARDINAL"))
    return out


def _ends_of_a_change(ent: Span) -> list[Span]:
    """Return the two ends of a change the tagger took as one count, each a count of its own ("has risen
    from 10 to 15", "will go up from 40 to 65"): both levels are figures of the relation; nothing for a
    span of years, days or months ("from 10 to 12 years", "from 3 to 5 March") or years themselves."""
    doc = ent.doc
    if ent.label_ not in ("CARDINAL", "DATE") or len(ent) < 3 or ent.start == 0 or (
            doc[ent.start - 1].lower_ != "from") or (ent.label_ == "CARDINAL" and len(ent) > 3):
        return []
    first, to, last = ent[:3]  # a date may go on after the change ("from 20 to 32 last year")
    if not (first.like_num and last.like_num and to.lower_ == "to"):
        return []
    if doc[ent.start - 1].head.lemma_.lower() not in _LEVEL_VERBS | _CLIMB_VERBS:
        return []  # "items from 4 to 9 on the agenda": no level that moved
    if _YEAR_SHAPED.fullmatch(first.text) or _YEAR_SHAPED.fullmatch(last.text):
        return []
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and (after.lemma_.lower() in figures_scene.TIME_UNITS or is_month_name(after.text)):
        return []
    return [Span(doc, side.i, side.i + 1, label="CARDINAL") for side in (first, last)]


def _counts_things(span: Span) -> bool:
    """Say whether an untagged number counts a plural of things or names its currency after it ("12,000
    tonnes of rice", "2 trillion won"); not a span of time ("over 20 years"), nor a bare number."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in CURRENCY_NAMES:
        return True
    counted = _counted(span)
    return (counted.i >= span.end and counted.tag_ == "NNS"
            and counted.lemma_.lower() not in figures_scene.TIME_UNITS)


def _in_heading(ctx: Context, figure: Figure) -> bool:
    """Say whether a figure was read from the page's heading, which the body may restate in full."""
    return figure.evidence.start < ctx.body_start


def _money_spacy_missed(ctx: Context, sent: Span) -> list[tuple[int, Figure]]:
    """Return (offset, figure) for amounts of money no MONEY entity covers ("€2bn")."""
    # An entity covers the amount it opens with; a range's other end ("$2 billion to $3 billion") is its own.
    covered = [(e.start_char, e.start_char + len(_RANGE_END.split(e.text)[0]))
               for e in ents_in(sent) if e.label_ in ("MONEY", "CARDINAL")]
    out: list[tuple[int, Figure]] = []
    matches = [*_MONEY.finditer(ctx.text, sent.start_char, sent.end_char),
               *_CODED_MONEY.finditer(ctx.text, sent.start_char, sent.end_char),
               *_A_SCALE_OF_MONEY.finditer(ctx.text, sent.start_char, sent.end_char)]
    for m in matches:
        if any(s < m.end() and m.start() < e for s, e in covered) or (
                ctx.text[m.start() - 1] == "(" and not _sums_a_bare_noun(ctx, m.start())):
            continue
        number = parse_number(m.group(0))
        span = ctx.doc.char_span(m.start(), m.end(), label="MONEY", alignment_mode="expand")
        if span is not None and figures_scene.unit_price(span):
            continue  # "GH¢450 a bag": a price
        if number is not None:
            out.append((m.start(), _bare_figure(ctx, sent, m.start(), m.end(), number)))  # "over $90M"
    return out


def _money_named_after(sent: Span) -> list[Span]:
    """Return the amounts whose currency is named after them that the tagger did not read as money.

    "85 Billion Kwacha" in a heading's capitals (the tagger reads "85" as a date), "40 million Norwegian
    Kroners" (the tagger counts "40 million" and stops): the number, its scale words, at most one
    capitalised word between, and a currency's name, with a capital in them, as money."""
    out: list[Span] = []
    doc = sent.doc
    k = sent.start
    while k < sent.end:
        tok = doc[k]
        if not (tok.like_num and any(c.isdigit() for c in tok.text)) or tok.ent_type_ == "MONEY":
            k += 1
            continue
        end = k + 1
        while end < sent.end and doc[end].lower_ in SCALES:
            end += 1  # "85 Billion"
        people = end + 1 < sent.end and doc[end].text.istitle() and doc[end].lower_ not in CURRENCY_NAMES
        currency = end + 1 if people else end  # "Norwegian Kroners"
        named = currency < sent.end and doc[currency].lower_ in CURRENCY_NAMES
        capitals = any(t.text[:1].isupper() for t in doc[k + 1:currency + 1])  # "85 Billion Kwacha"
        if named and doc[currency].ent_type_ != "MONEY" and (people or capitals):
            out.append(Span(doc, k, currency + 1, label="MONEY"))
            k = currency + 1
            continue
        k = end
    return out


def _a_count_kept_inside(ctx: Context, sent: Span, named: Span, times: list[tuple[int, int]]) -> bool:
    """Say whether the tagger's count inside an amount named with its currency is a figure already: its
    reading stands (a conversion after it stays a figure of its own)."""
    return any(e.label_ == "CARDINAL" and named.start <= e.start and e.end <= named.end
               and _figure(ctx, sent, e, times) is not None for e in ents_in(sent))


def _bare_figure(ctx: Context, sent: Span, start: int, end: int, number: float) -> Figure:
    """Return the figure text[start:end] states, with a hedge before it ("over $90M", "about 500 MW")
    and no measure of its own."""
    lead = _hedge_before(ctx, sent, start)
    value = ctx.text[start if lead is None else lead.start():end]
    return Figure(value=value, number=number, approx=_approx_of(value), what=None,
                  evidence=ctx.evidence(sent.start_char, sent.end_char))


def _hedge_before(ctx: Context, sent: Span, start: int) -> re.Match[str] | None:
    """Return the hedge written right before an amount at this offset ("just over", "up to"), if any;
    the "up to" of a level that climbed ("exports went up to $11 billion") is the verb's, no hedge."""
    lead = _APPROX_BEFORE.search(ctx.text, max(sent.start_char, start - 20), start)
    if lead is None or not lead.group(0).lower().startswith(("up", "over")):
        return lead
    word = token_at(ctx.doc, lead.start())
    return None if word is not None and (_climbed_up(word) or _handed_over(word)) else lead


def _handed_over(over: Token) -> bool:
    """Say whether an "over" is the particle of the verb before it ("handed over 500 tonnes of rice",
    "turned over 300 laptops"): what was handed, with no hedge. Where the tagger reads it as a preposition
    the recipient tells it ("signed over 12 patrol boats to the navy"; "signed over 12 agreements" is a
    hedge)."""
    if over.lower_ != "over" or over.i == 0:
        return False
    verb = over.doc[over.i - 1]
    if verb.lemma_.lower() not in _HAND_OVER_VERBS:
        return False
    return over.tag_ == "RP" or any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _climbed_up(up: Token) -> bool:
    """Say whether an "up" is the particle of a verb of climbing before it ("has gone up to")."""
    return up.i > 0 and up.lower_ == "up" and up.doc[up.i - 1].lemma_.lower() in _CLIMB_VERBS


def _approx_of(value: str) -> str | None:
    """Return how an amount's written hedge qualifies it ("over", "about", …), else None."""
    return next((label for pattern, label in _APPROX if pattern.match(value)), None)


# Power told in watts ("1,320 MW", "an 8MW plant", "500 megawatts", "2 GW"): a capacity, a figure whole
# with its unit, which the tagger splits, leaves out or reads as a year ("1320 MW").
_POWER = re.compile(r"(?<![\w.,])(?P<number>\d[\d,]*(?:\.\d+)?)\s?"
                    r"(?:[kMG]W[hp]?|(?:kilo|mega|giga)watt(?:-hour)?s?)\b")


def _power_capacities(ctx: Context, sent: Span) -> list[tuple[int, int, Figure]]:
    """Return (start, end, figure) for each amount of power in a sentence."""
    out: list[tuple[int, int, Figure]] = []
    for m in _POWER.finditer(ctx.text, sent.start_char, sent.end_char):
        number = parse_number(m.group("number"))
        span = ctx.doc.char_span(m.start(), m.end(), label="QUANTITY", alignment_mode="expand")
        if number is None or (span is not None and (_national_trade(span) or _all_partners(span))):
            continue  # "Kenya has 3,000 MW of installed capacity": one state's own
        out.append((m.start(), m.end(), _bare_figure(ctx, sent, m.start(), m.end(), number)))  # "over 500 MW"
    return out


# A decimal read out in words with its scale and its currency or share ("five-point-seven billion
# dollars", "one-point-three trillion won", "two-point-five percent"): the tagger reads only its end.
_SPOKEN_AMOUNT = re.compile("(?i)(?:" + SPOKEN_DECIMAL + r"(?:\s+(?:" + "|".join(SCALES) + r")\b)?|"
                            + SPOKEN_HALF + r"\s+(?:" + "|".join(SCALES) + r")\b)"  # "one and a half billion"
                            r"(?:\s+(?:US\s+)?(?:" + "|".join(sorted(CURRENCY_NAMES)) + r")\b"
                            r"|\s?(?:per\s?cent|percent)\b)?")


def _spoken_decimals(ctx: Context, sent: Span) -> list[tuple[int, int, Figure]]:
    """Return (start, end, figure) for each decimal read out in words in a sentence."""
    out: list[tuple[int, int, Figure]] = []
    for m in _SPOKEN_AMOUNT.finditer(ctx.text, sent.start_char, sent.end_char):
        number = parse_number(m.group(0))
        span = ctx.doc.char_span(m.start(), m.end(), label="MONEY", alignment_mode="expand")
        if number is None or (span is not None and (
                _national_trade(span) or _many_states_body_sum(ctx, span))):
            continue
        out.append((m.start(), m.end(), _bare_figure(ctx, sent, m.start(), m.end(), number)))
    return out


def _half_of_a_scale(ent: Span) -> Span:
    """Return a count of half of one of a scale whole, however the tagger cut it: "half" left out ("half a
    million doses") or the count ended at "half" before the scale and the currency it halves ("nearly half
    a billion pounds", where the tagger reads only "nearly half"); else the count as it is."""
    doc, end = ent.doc, ent.end
    if ent[0].lower_ in ("a", "an") and ent.start > 0 and doc[ent.start - 1].lower_ == "half":
        return Span(doc, ent.start - 1, end, label=ent.label_)
    if ent[-1].lower_ != "half" or end + 1 >= len(doc) or doc[end].lower_ not in ("a", "an") or (
            doc[end + 1].lower_ not in _A_SCALE):
        return ent
    end += 2
    money = end < len(doc) and doc[end].lower_ in CURRENCY_NAMES
    return Span(doc, ent.start, end + money, label="MONEY" if money else ent.label_)


def _figure(ctx: Context, sent: Span, ent: Span, times: list[tuple[int, int]]) -> Figure | None:
    """Return the figure an entity states, or None if it is no figure of the relation."""
    if ent.label_ not in _LABELS:
        return None
    if ent.label_ == "CARDINAL" and len(ent) > 1 and _MODEL_NAME.fullmatch(ent[-1].text):
        ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # "180 K2 tanks": the count alone
    if len(ent) > 1 and _handed_over(ent[0]):
        ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)  # "handed over 1,900 tons": no hedge
    if len(ent) > 2 and _climbed_up(ent[0]) and ent[1].lower_ == "to":
        ent = Span(ent.doc, ent.start + 2, ent.end, label=ent.label_)  # "trade shot up to $4 billion"
    while len(ent) > 1 and (ent[-1].dep_ == "cc" or ent[-1].text in (",", ";")):
        ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # "$40 million and $15 million"
    first = _RANGE_END.split(ent.text)[0]
    if first != ent.text:  # "$2 billion to $3 billion": the first amount; the other end is found on its own
        ent = ent.doc.char_span(ent.start_char, ent.start_char + len(first), label=ent.label_,
                                alignment_mode="contract") or ent
    currency = next((t for t in ent if t.lower_ in CURRENCY_NAMES), None)
    if ent.label_ == "MONEY" and currency is not None and currency.i > ent.start:
        count = Span(ent.doc, ent.start, currency.i, label="CARDINAL")
        if _names_a_kind(count, currency):
            ent = count  # "two yen loan projects": a count of projects of a kind, not two yen
    ent = _with_spaced_thousands(ent)  # "1 250 000 doses": the tagger may stop at a group
    if len(ent) == 1 and ent[0].lower_ in _A_SCALE and ent.start > 0 and (
            ent.doc[ent.start - 1].lower_ in ("a", "an")):
        ent = Span(ent.doc, ent.start - 1, ent.end, label=ent.label_)  # "a million doses": "a" left out
    ent = _half_of_a_scale(ent)  # "half a million doses", "nearly half a billion pounds"
    if _count_mislabelled(ctx, ent):
        # "climbed 25.3 per cent": a share the tagger called money is a percentage, not a count
        label = "PERCENT" if _PERCENT_SIGN.search(ent.text) else "CARDINAL"
        ent = Span(ent.doc, ent.start, ent.end, label=label)
    unit = _unit_after_a_year(ent)
    if unit is not None:
        ent = Span(ent.doc, ent.start, unit.i + 1, label="QUANTITY")  # "1998 tonnes of pepper": no year
    ahead = _term_ahead(ent) if ent.label_ == "DATE" else None
    if ahead is not None:
        ent = ahead  # "a plan for Africa over the next five years": how long the deal runs
    text = ent.text.strip()
    if ent.label_ == "DATE" and ahead is None and not (_is_duration(ent, text) or _FREQUENCY.match(text)):
        return None
    if any(s < ent.end_char and ent.start_char < e and not _year_of_a_measure(ent, s, e)
           for s, e in times) and ahead is None and not _term_of_a_deal(ent.root) and not (
            ent.label_ == "CARDINAL" and _counts_a_plural(ent)):
        return None  # a time, not "repaid after 30 years"
    if not _is_figure(ctx, ent, text):
        return None
    sign = _SIGN_BEFORE.search(ctx.text, max(0, ent.start_char - 4), ent.start_char)
    if sign is not None:
        text = ctx.text[sign.start():ent.end_char]  # "US$100m", "S$4.2 billion": the sign and its state
    code = _currency_before(ent)
    start = ent.end_char - len(text)
    scale = _scale_after(ent)
    if scale is not None and scale.lower_ in SCALES:  # "5.6 tln-won", "80-lakh": the scale spaCy left out
        text = ctx.text[ent.end_char - len(text):scale.idx + len(scale.text)]
    number = parse_number(text if code is None else f"{code.text} {text}")  # "KSh 1.17b"
    if number is None or _metres_of_works(ctx, ent, code):
        return None
    spaced = sign is not None and scale is not None and scale.i == ent.end  # "$ 162 m", as Colombo papers do
    if scale is not None and scale.lower_ in MONEY_SUFFIX and (
            _counted(ent).i > scale.i or _glued_to_money(ctx, ent, code) or spaced):
        # "40m foreign visitors", "2m vaccine doses": a scale glued to a count of things; "US$100m"
        text = ctx.text[ent.end_char - len(text):scale.idx + len(scale.text)]
        number *= MONEY_SUFFIX[scale.lower_]
    number *= _letter_scale_inside(ent, text, number)
    end = _currency_name_end(ent, start + len(text))
    if code is not None:
        start = code.idx  # "NOK 150 million": the amount is in the currency its code names
    lead = _hedge_before(ctx, sent, start)  # "up to ¥50 billion"
    governed = ent.root.dep_ == "pobj" and ent.root.head.i == ent.start - 1  # "repayable over 30 years"
    if lead is not None and not (governed and _term_of_a_deal(ent.root)):
        start = lead.start()
    text = ctx.text[start:end].strip()
    what = _what(ent) or _what_the_range_starts_from(ent) or measure(ent, ctx.ref_date) or _handed_as(ent)
    return Figure(value=text, number=number, approx=_approx_of(text), what=what,
                  evidence=ctx.evidence(sent.start_char, sent.end_char))


def _measure_restated(ent: Span) -> bool:
    """Say whether a count in brackets restates the weight or volume just before it in other units
    ("1,000 metric tonnes (100,000 packs) of rice", "2,000 tons of wheat (40,000 sacks)")."""
    doc = ent.doc
    opening = ent.start - 1
    if opening > 0 and doc[opening].lower_ in _RESTATING_HEDGES:
        opening -= 1  # "US$2 million (about 3,000 tonnes of fertiliser)"
    if ent.label_ not in ("CARDINAL", "QUANTITY") or opening < 1 or doc[opening].text != "(":
        return False
    close = next((t for t in doc[ent.end:ent.end + 3] if t.text == ")"), None)
    if close is None or any(t.like_num for t in doc[ent.end:close.i]):
        return False
    unit = doc[opening - 1]
    if _GLUED_WEIGHT.fullmatch(unit.text):
        return True  # "5,000MT (50,000 bags)": the same rice, counted in bags
    weighed = ent.label_ == "QUANTITY" or any(t.lemma_.lower() in _SIZE_UNITS for t in ent)
    if weighed and (unit.ent_type_ == "MONEY" or unit.lower_ in CURRENCY_NAMES):
        return True  # "$5 million (2,000 tonnes of rice)": the same aid, told in goods
    if unit.lemma_.lower() not in _SIZE_UNITS and unit.dep_ == "pobj" and unit.head.lower_ == "of":
        unit = unit.head.head  # "7,000 tonnes of rice (700,000 packs)"
    return unit.lemma_.lower() in _SIZE_UNITS and any(t.like_num for t in doc[max(0, unit.i - 3):unit.i])


# A weight with its unit glued to the number ("5,000MT", "300kg", "20t").
_GLUED_WEIGHT = re.compile(r"(?i)\d[\d,.]*(?:mt|t|kg|tons?|tonnes?)")
# A group of three digits after a space, which parts thousands in some papers ("684 000").
_THOUSANDS_GROUP = re.compile(r"\d{3}")
_GROUP_LEAD = re.compile(r"\d{1,3}")
# The hedges a restatement in brackets may open with ("(about 3,000 tonnes)").
_RESTATING_HEDGES = words("about around approximately roughly some nearly almost or")


def _with_spaced_thousands(ent: Span) -> Span:
    """Return the entity with the groups of three digits a single space glues to its last number ("1 250"
    of "1 250 000 doses"), as papers that part thousands by spaces print them."""
    doc = ent.doc
    end = ent.end
    while (end < len(doc) and _GROUP_LEAD.fullmatch(doc[end - 1].text) and doc[end - 1].whitespace_ == " "
           and _THOUSANDS_GROUP.fullmatch(doc[end].text) and not doc[end].ent_type_):
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _unit_after_a_year(ent: Span) -> Token | None:
    """Return the unit of weight or volume right after a bare number the tagger took for a year ("sold
    1998 tonnes of pepper", "2000 metric tons"), else None."""
    if ent.label_ != "DATE" or len(ent) != 1 or not ent[0].like_num:
        return None
    doc = ent.doc
    unit = next((t for t in doc[ent.end:ent.end + 2] if t.lower_ != "metric"), None)
    return unit if unit is not None and unit.lemma_.lower() in _SIZE_UNITS and (
        unit.i == ent.end or doc[ent.end].lower_ == "metric") else None


def _year_of_a_measure(ent: Span, start: int, end: int) -> bool:
    """Say whether a time read inside a quantity is only its number, which looks like a year ("2000
    metric tonnes of rice", "1900 tons"): the tagger's unit after it makes it a measure, not a date."""
    number = next((t for t in ent if t.idx <= start < t.idx + len(t.text)), None)
    return (ent.label_ == "QUANTITY" and number is not None and number.like_num and number.i < ent.end - 1
            and end <= number.idx + len(number.text))


def _scale_after(ent: Span) -> Token | None:
    """Return the word after an entity, or the scale a hyphen glues to it ("80-lakh pieces" -> lakh)."""
    doc = ent.doc
    if ent.end >= len(doc):
        return None
    after = doc[ent.end]
    glued = after.text == "-" and not doc[ent.end - 1].whitespace_ and not after.whitespace_
    if glued and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in SCALES:
        return doc[ent.end + 1]
    return after


# A count of five digits or more, or with a thousands comma: no year or day ("15750", "12,000").
_BIG_COUNT = re.compile(r"\d{5,}|\d{1,3}(?:,\d{3})+")


def _letter_scale_inside(ent: Span, text: str, number: float) -> float:
    """Return the scale a letter glued to a count inside its entity gives it ("over 2m tonnes of gas"
    -> 1e6), or 1: the tagger took the letter and the unit into one quantity, which reads "2m" as 2."""
    if ent.label_ != "QUANTITY" or currency_of(text):
        return 1.0
    digits = next((t for t in ent[:-1] if t.like_num), None)
    if digits is None or digits.whitespace_ or number != parse_number(digits.text):
        return 1.0
    letter = digits.nbor()
    unit = letter.nbor() if letter.i + 1 < ent.end else None
    if letter.lower_ not in MONEY_SUFFIX or unit is None or _DISTANCE.match(unit.text):
        return 1.0
    return MONEY_SUFFIX[letter.lower_]  # "2m tonnes", "3m barrels"


def _count_mislabelled(ctx: Context, ent: Span) -> bool:
    """Say whether the tagger called a count money, a quantity or a date ("a country of more than 200 million
    people", "a country of more than 30 million", "15750 jobs"): no currency or unit in it, before it or
    just after it, no year in it."""
    if ent.label_ == "QUANTITY" and ent[-1].like_num:
        return True  # "with more than 240 million people": a quantity with no unit is a count
    if ent.label_ == "DATE" and _BIG_COUNT.fullmatch(ent[-1].text) and ent.root.dep_ == "nummod":
        return True  # "over 15750 additional jobs": no year or day has five digits
    if ent.label_ == "DATE" and _counts_a_plural(ent) and ent.root.head.lemma_.lower() not in _DATED_NOUNS:
        return True  # "will recruit 1650 technicians": a year's shape counting a plural with no "the"
    if ent.label_ != "MONEY" or currency_of(ent.text) or _currency_before(ent) is not None:
        return False
    if _SIGN_BEFORE.search(ctx.text, max(0, ent.start_char - 4), ent.start_char):
        return False
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return nxt is None or (nxt.lower_ not in CURRENCY_NAMES and nxt.lower_ not in MONEY_SUFFIX)


def _metres_of_works(ctx: Context, ent: Span, code: Token | None) -> bool:
    """Say whether a number with "m" glued on is the length of one built thing ("a 40m bridge", "a 300m
    pipeline"): no currency before it, one thing after it, and that thing a work that has a length.
    "a 40m grant", "a $40m bridge" and "40m tonnes" are amounts."""
    doc = ent.doc
    letter = doc[ent.end] if ent.end < len(doc) and not doc[ent.end - 1].whitespace_ else ent[-1]
    if letter.lower_ != "m" or doc[letter.i - 1].whitespace_ or not doc[letter.i - 1].like_num:
        return False  # "40 m" apart, or the entity ends on something else
    if code is not None or currency_of(ctx.text[max(0, ent.start_char - 3):ent.end_char]):
        return False  # "a $40m bridge", "US$40m", "KSh 40m": money
    thing = next((t for t in doc[letter.i + 1:letter.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
    while thing is not None and thing.dep_ == "compound" and thing.head.i > thing.i:
        thing = thing.head  # "a 60m patrol vessel", "a 120m steel bridge"
    return thing is not None and thing.tag_ in ("NN", "NNP") and thing.lemma_.lower() in _LENGTH_NOUNS


def _glued_to_money(ctx: Context, ent: Span, code: Token | None) -> bool:
    """Say whether an amount of money has its scale glued on ("US$100m", "£5bn", "NOK 150m")."""
    signed = ctx.text[ent.start_char - 1:ent.start_char] in CURRENCY_SIGNS
    return (ent.label_ == "MONEY" or code is not None or signed) and not ent.doc[ent.end - 1].whitespace_


def _currency_before(ent: Span) -> Token | None:
    """Return the currency code or name written before an amount ("NOK 150 million", "Rs 500 crore")."""
    prev = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    if prev is None or ent.label_ not in ("CARDINAL", "MONEY"):
        return None
    if prev.text == "." and prev.i > ent.sent.start and not prev.doc[prev.i - 1].whitespace_:
        prev = prev.doc[prev.i - 1]  # "Rs. 450 crore", "Rp. 7 billion": the code's abbreviating dot
    if prev.lower_.rstrip(".") not in CURRENCY_WORDS:
        return None
    return prev if prev.text[:1].isupper() else None


def _currency_name_end(ent: Span, end: int) -> int:
    """Return where an amount ends once the currency named after it is taken in ("2 billion yuan")."""
    doc = ent.doc
    nxt = next((t for t in doc[ent.end:ent.end + 3] if t.idx >= end), None)
    joined = nxt is not None and nxt.i + 1 < len(doc) and doc[nxt.i + 1].text in ("-", "–")
    named = nxt is not None and (nxt.lower_ in CURRENCY_NAMES
                                 or (nxt.text.isupper() and len(nxt) == 3 and nxt.lower_ in CURRENCY_CODES))
    if nxt is not None and named and nxt.idx - end <= 1 and not joined and not _names_a_kind(ent, nxt):
        return nxt.idx + len(nxt.text)  # "4.2 trillion IDR"; not "three Yuan-class submarines"
    hyphen = nxt is not None and nxt.text == "-" and nxt.idx == end and not nxt.whitespace_
    if nxt is not None and hyphen and nxt.i + 1 < len(doc):
        glued = doc[nxt.i + 1]
        if glued.lower_ in CURRENCY_NAMES:
            return glued.idx + len(glued.text)  # "a 13.5-billion-baht deal"
    return end


def _names_a_kind(ent: Span, currency: Token) -> bool:
    """Say whether a currency's name after a small bare count names a kind of thing the count counts
    ("two yen loan projects", "three rupee credit lines"), not the amount's currency ("500 yen")."""
    doc = ent.doc
    number = parse_number(ent.text)
    scale = _scale_after(ent)
    if number is None or number >= 100 or any(t.lower_ in SCALES for t in ent) or (
            scale is not None and scale.lower_ in SCALES):
        return False  # "5-crore rupee line": an amount
    nxt = doc[currency.i + 1] if currency.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ == "NOUN" and currency.dep_ in ("compound", "amod", "nmod", "nummod")


def _day_of_a_range(ent: Span) -> bool:
    """Say whether a number is the first day of a range of dates ("from 12 to 14 October", "9 and 10 May")."""
    doc = ent.doc
    if not re.fullmatch(r"\d{1,2}", ent.text) or ent.end + 1 >= len(doc):
        return False
    joint, other = doc[ent.end], doc[ent.end + 1]
    if joint.lower_ not in _RANGE_WORDS or not other.like_num or not 1 <= int(ent.text) <= 31:
        return False
    after = doc[other.i + 1] if other.i + 1 < len(doc) else None
    return after is not None and is_month_name(after.text)


def _is_duration(ent: Span, text: str) -> bool:
    """Say whether a DATE entity is a duration worth a figure ("three-year" roadmap, "90 days").

    Visit lengths, ages and spans of years ("30 years of relations", "for the first time
    in 11 years") are left out: they describe the occasion, not what was agreed.
    """
    if not _DURATION.match(text):
        return False
    if re.search(r"(?i)years?$", text) and "-" not in text and not _term_of_a_deal(ent.root):
        return False
    root = ent.root
    if text[:1].isupper() and any(t.pos_ == "PROPN" and t.is_title for t in (root, root.head)):
        return False  # "the 14th Five-Year Plan": a name
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _TIME_DISTANCE and not _term_of_a_deal(root):
        return False  # "one month after the visit": when, not how long ("repaid in 20 years after …" is)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _STAY_VERBS:
        return False  # "spend one day in Maputo": the length of a stay
    if root.dep_ in ("dobj", "npadvmod") and root.head.lemma_.lower() == "take" and root.head.tag_ == "VBD":
        return False  # "the talks took about 18 months": how long a thing done lasted
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("by", "for") and prep.head.lemma_.lower() in _DELAY_WORDS:
        return False  # "postponed by two weeks": how long a thing waits, not what was agreed
    if prep is not None and prep.lower_ in ("over", "for", "during") and (
            prep.head.lemma_.lower() in _OCCASION_VERBS):
        return False  # "will visit three cities over four days": how long a trip lasts
    if root.head.lemma_.lower() == "period" and any(c.lower_ in _ANY_WORDS for c in root.head.children):
        return False  # "90 days in any 180-day period": the window a limit is reckoned in
    head = root.head if root.head.i >= ent.end else root
    nouns = {t.lower_ for t in ent.doc[ent.end:min(head.i + 1, ent.end + 4)]}
    nouns |= {t.lower_ for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for t in c.children if t.dep_ == "pobj"}  # "11 days of fighting"
    if nouns & _OFFICE_NOUNS and _in_office(head):
        return False  # "a third five-year term", "her six-year tenure": a spell in office
    return not nouns & (_OCCASION_NOUNS | _HISTORY_NOUNS | _DELAY_WORDS | _IMPORT_COVER)


def _term_of_a_deal(years: Token) -> bool:
    """Say whether a span of years is how long a deal runs ("the agreement will remain in force for
    five years", "a loan repayable over 30 years", "extend the accord for another five years", "a
    maturity of 40 years", "a grace period of ten years", "to be repaid after 30 years"), not how long
    ago or how long something took; nor how long a term noun says it is ("Tenor: 20 years", "the
    repayment period will be 25 years")."""
    if years.dep_ == "appos" or (years.dep_ == "compound" and years.head.i > years.i):
        return _names_a_term(years.head)  # "Maturity: 40 years", as loan terms are listed; "10 years grace"
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(_names_a_term(t) or t.lemma_.lower() in _TERM_PERIODS
                                                         for t in c.children) for c in years.children):
        return True  # "including 5 years of grace period", "ten years of grace"
    if years.dep_ == "attr" and years.head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and _names_a_term(c) for c in years.head.children)
    if years.dep_ != "pobj":
        return False
    prep = years.head
    holder = prep.head
    if holder.lemma_ == "be":  # "the loan is repayable in 20 years": the parse hangs "in" on the verb
        holder = next((c for c in holder.children if c.dep_ == "acomp" and c.lemma_.lower() in _REPAY_WORDS),
                      holder)
    if prep.lower_ == "of":
        return _names_a_term(holder)  # "a grace period of ten years"
    if prep.lower_ in ("over", "after", "within", "in") and (holder.lemma_.lower() in _REPAY_WORDS or (
            holder.lemma_.lower() == "pay" and any(c.lower_ == "back" for c in holder.children))):
        # … not "repaid after two years of talks"
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in years.children)
    if prep.lower_ not in ("for", "over"):
        return False
    if holder.lemma_.lower() in _FORCE_NOUNS and holder.dep_ == "pobj" and holder.head.lower_ == "in":
        holder = holder.head.head  # "will be in effect for three years"
    elif holder.pos_ == "NOUN":
        return _a_deal(holder)  # "extend the accord for five years"
    if holder.pos_ == "ADJ" and holder.lemma_.lower() in _IN_FORCE_WORDS:
        holder = holder.head  # "valid for 10 years", "repayable over 30 years"
        if holder.pos_ in ("NOUN", "PROPN"):
            return _a_deal(holder)  # "the agreement, valid for five years, …"
    elif not (holder.lemma_.lower() in _TERM_VERBS or _plain_be(holder) or _be_in_force(holder)):
        return False
    subjects = [holder.head if c.tag_ == "WDT" and holder.dep_ == "relcl" else c  # "the loan, which is"
                for c in holder.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(_a_deal(s) for s in subjects)


def _names_a_term(noun: Token) -> bool:
    """Say whether a noun names how long a financing deal runs ("maturity", "tenor", "a grace period",
    "the repayment period")."""
    lemma = noun.lemma_.lower()
    return lemma in _TERM_NOUNS or (
        lemma == "period" and any(c.lower_ in _TERM_PERIODS for c in noun.children))


def _term_ahead(ent: Span) -> Span | None:
    """Return the span of years or months a deal or plan runs over from now, if a date says one.

    "finalizing a plan for Africa over the next five years", "a deal to import wheat … at competitive
    prices for the next five years", "buy oil at a discount for the next three years under the accord",
    "a deal to supply grain over a period of 12 years": the span ("five years") hangs, through the
    words it is said of, on a deal or a plan. "The economy will grow over the next five years" has none.
    """
    ahead = _AHEAD.fullmatch(ent.text)
    root = ent.root
    if ahead is not None:
        prep = root.head
    elif _YEARS.fullmatch(ent.text) and root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.lemma_.lower() == "period"):
        prep = root.head.head.head  # "over a period of 12 years"
    else:
        return None
    if (ahead is not None and root.dep_ != "pobj") or prep.lower_ not in ("over", "for", "during", "within"):
        return None
    if not any(_names_a_deal(t) for t in _heads_of(prep.head)):
        return None
    if ahead is None:
        return ent
    return ent.doc.char_span(ent.start_char + ahead.start(1), ent.end_char, label="DATE")


# A count of years or months ("12 years"); a span of them reckoned from now ("the next five years").
_SPAN_OF_YEARS = r"(?:\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?:years?|months?)"
_YEARS = re.compile(r"(?i)" + _SPAN_OF_YEARS)
_AHEAD = re.compile(r"(?i)(?:the\s+)?(?:next|coming)\s+(" + _SPAN_OF_YEARS + ")")
# Links that end a clause: a word climbs to the words it is said of until it reaches one of these.
_CLAUSE_BOUNDS = words("ccomp parataxis relcl conj ROOT")


def _heads_of(word: Token, steps: int = 6) -> list[Token]:
    """Return a word and the words it hangs on, up to the head of its clause's sentence."""
    out = [word]
    while steps and word.dep_ not in _CLAUSE_BOUNDS and word.head is not word:
        word = word.head
        out.append(word)
        steps -= 1
    return out


def _names_a_deal(word: Token) -> bool:
    """Say whether a word is a deal or a plan, or does a thing to or under one ("signed a deal",
    "finalizing a plan", "buy oil … under the accord")."""
    if word.pos_ in ("NOUN", "PROPN") and _a_deal(word):
        return True
    held = [c for c in word.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    held += [t for c in word.children if c.dep_ == "prep" and c.lower_ == "under"
             for t in c.children if t.dep_ == "pobj"]
    return any(_a_deal(t) for t in held)


def _plain_be(verb: Token) -> bool:
    """Say whether a verb is a bare "be" whose one complement is the span ("the lease is for 25 years")."""
    return verb.lemma_ == "be" and not any(c.dep_ in ("acomp", "attr") for c in verb.children) and (
        sum(c.dep_ == "prep" for c in verb.children) == 1)


def _be_in_force(verb: Token) -> bool:
    """Say whether a verb is "be" with a word of validity ("shall be valid for 10 years", "will be in
    effect for three years")."""
    if verb.lemma_ != "be":
        return False
    in_force = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                for t in c.children if t.dep_ == "pobj" and t.lemma_.lower() in _FORCE_NOUNS]
    valid = any(c.dep_ == "acomp" and c.lemma_.lower() in _IN_FORCE_WORDS for c in verb.children)
    return valid or bool(in_force)


def _a_deal(noun: Token) -> bool:
    """Say whether a noun is a document or a financing deal ("agreement", "loan", "lease")."""
    lemma = noun.lemma_.lower()
    return noun.lower_ in DOCUMENT_NOUNS or lemma in DOCUMENT_NOUNS | _DEAL_NOUNS | PLAN_NOUNS


def _in_office(noun: Token) -> bool:
    """Say whether a span of years is a spell in office: someone's, or the n-th ("his second term")."""
    if noun.lower_ != "term":
        return noun.lower_ in _OFFICE_NOUNS
    return any(c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ in _OFFICE_MARKS) for c in noun.children)


def _is_figure(ctx: Context, ent: Span, text: str) -> bool:
    """Say whether a numeric entity is a figure (not a year, an age, a distance, the pair)."""
    if ent.label_ == "QUANTITY" and _DISTANCE.search(text):
        return False
    opening = ctx.dateline_bounds
    if opening is not None and opening[0] <= ent.start_char < opening[1]:
        return False  # the dateline's day, however spaCy labels it ("DUSHANBE, 12.11.2026 /Khovar/.")
    after = ctx.text[ent.end_char:ent.end_char + 12]
    if _TEMPERATURE.match(ctx.text, ent.start_char):
        return False
    if _CLOCK_SUFFIX.match(after) or re.search(r"\d" + _CLOCK_SUFFIX.pattern, text, re.IGNORECASE):
        return False  # a clock time, however spaCy labels it
    rated_before = _RATING_BEFORE.search(ctx.text, max(0, ent.start_char - 14), ent.start_char)
    if _RATING_AFTER.match(after) or rated_before or "magnitude" in text.lower():
        return False  # "the 400 kV line", "a magnitude 6.1 earthquake": what a thing is rated, no figure
    if _AGE.match(after) or re.match(r"^-?(?:km|kilomet)|^\s?(?:kph|mph|km/h|knots|degrees?|°|mm\b|cm\b)",
                                      after):
        return False
    if _is_marker(ctx, ent) or _SPEED.search(text) or _counts_casualties(ent) or _all_partners(ent):
        return False
    if _national_trade(ent) or _own_indicator(ent) or _phone_number(ctx, ent) or _rate(ent):
        return False
    if _many_states_body_sum(ctx, ent):
        return False
    if _vague_count(ent, text) or _how_long_an_event(ent, text) or _size_of_each(ctx, ent):
        return False
    if _measure_restated(ent):
        return False  # "500 tonnes (10,000 bags) of rice": the same rice, counted in bags
    if figures_scene.unit_price(ent) or (ent.label_ != "MONEY" and _scene(ctx, ent)):
        return False
    if ent.label_ == "CARDINAL":
        if (_YEAR_SHAPED.fullmatch(text) and not _counts_a_plural(ent)) or not re.search(r"[\dA-Za-z]", text):
            return False
        if _MODEL_NAME.fullmatch(text):
            return False  # a name of letters and digits ("K239", "G20")
        if _day_of_a_range(ent):
            return False  # "from 12 to 14 October": a day, not a count
        if re.search(r"\d:\d", text) or ctx.text[ent.start_char - 1:ent.start_char].isalpha():
            return False  # a clock time, or a number inside a name ("G20")
        before = ctx.text[ent.start_char - 1:ent.start_char]
        if re.match(r"^[-–/+]\d", after) or re.search(r"[-–/+]$", before):
            return False  # a range of years, a model number, a name ("2025-27", "737-8", "the 2+2 dialogue")
        if re.match(r"^\s*(?:Max|MAX)\b", after) or _in_a_name(ent) or _designated(ent):
            return False  # part of a name ("Boeing 737 Max", "Abdullah II"), not "Seven Memoranda"
        if re.search(r"(?i)\bgroup of\s*$", ctx.text[ent.start_char - 12:ent.start_char]):
            return False  # "Group of 20"
        rank = re.search(r"(?i)\btop\s*$", ctx.text[ent.start_char - 5:ent.start_char])
        if re.match(r"[A-Z]", after) or rank:
            return False  # a name ("5G networks") or a rank ("the world's top four")
        if _counts_the_occasion(ent) or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in _SEQUENCE_WORDS):
            return False  # … or a stretch of a sequence ("his first two terms")
        if _describes(ent) or _multiplier(ent):
            return False
        number = parse_number(text)
        if number in (0, 1) or (number == 2 and _counts_the_pair(ent)):  # "zero tariffs": a policy, no count
            return False
        if _counts_named_officials(ent):
            return False
    # "US$1.2 billion (S$1.6 billion)": the conversion restates the figure; "($2 billion in grants)" is a part
    bracketed = ctx.text[ent.start_char - 1:ent.start_char] == "(" and ctx.text[ent.end_char:].startswith(")")
    return not (ent.label_ == "MONEY" and bracketed and not _sums_a_bare_noun(ctx, ent.start_char))


def _multiplier(ent: Span) -> bool:
    """Say whether a number says how many times one level is another ("two times higher than in 2020",
    "three times as large", "trade grew 2.5 times"): a ratio, not what the pair agreed; "met five times"
    counts occasions; "a five-fold increase", "grew 3-fold" are ratios whatever they modify."""
    doc = ent.doc
    if ent.text.lower().endswith("fold"):
        return True
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("times", "fold"):
        return False
    after = doc[ent.end + 1]
    if after.tag_ in ("JJR", "RBR") or after.lower_ in ("as", "that", "those", "over"):
        return True
    verb = doc[ent.end].head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _LEVEL_VERBS


def _sums_a_bare_noun(ctx: Context, start: int) -> bool:
    """Say whether an amount in brackets at this offset is what the noun before the bracket comes to, the
    noun having no amount of its own ("farm products ($5.5 billion) and garments ($3.5 billion)"); after an
    amount ("$1.2 billion (S$1.6 billion)", "a $3 billion package ($2 billion in grants)") it restates it
    or is a part of it."""
    bracket = ctx.doc.char_span(start - 1, start, alignment_mode="expand")
    if bracket is None or bracket.start == 0:
        return False
    noun = ctx.doc[bracket.start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in CURRENCY_WORDS or noun.lower_ in SCALES:
        return False
    return not any(t.like_num or t.ent_type_ == "MONEY" for t in ctx.doc[noun.left_edge.i:noun.i])


def _how_long_an_event(ent: Span, text: str) -> bool:
    """Say whether a number tells how long an event or a pause lasted ("a three-day visit", "after a
    7-year hiatus"), not what the pair agreed; a document's term ("a three-year roadmap") stays a figure."""
    if not _SPAN_OF_TIME.fullmatch(text):
        return _event_lasts(ent)
    described = ent.root.head if ent.root.head.i >= ent.end else None
    return described is not None and described.lemma_.lower() in _LASTING_NOUNS


def _event_lasts(ent: Span) -> bool:
    """Say whether a span of time is how long an event runs ("the talks lasted two days", "the fair,
    which runs for five days", "the forum will be held over three days"); "the agreement will run for
    five years" is the pair's."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "over"):
        verb = root.head.head
    elif root.dep_ in ("npadvmod", "dobj"):
        verb = root.head
    else:
        return False
    if verb.lemma_.lower() not in _LAST_VERBS:
        return False
    subjects = [verb.head if c.tag_ == "WDT" and verb.dep_ == "relcl" else c
                for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in _LASTING_NOUNS or s.lower_ in _LASTING_NOUNS for s in subjects)


def _vague_count(ent: Span, text: str) -> bool:
    """Say whether a number is a vague plural of people or things ("hundreds of trucks", "thousands").

    Vague amounts of money ("billions of dollars") and of documents or deals ("dozens of bilateral
    deals") are kept: they size what the pair agreed.
    """
    first = text.lower().split()[0] if text.split() else ""
    if ent.label_ == "MONEY" or first not in PLURAL_SCALES:
        return False
    kinds = [t for t in ent.doc[ent.end:ent.end + 6] if t.pos_ == "NOUN" or t.lower_ in CURRENCY_NAMES]
    counted = kinds[0] if kinds else None
    return counted is None or not (counted.lemma_.lower() in _VAGUE_KEPT or counted.lower_ in CURRENCY_NAMES)


def _scene(ctx: Context, ent: Span) -> bool:
    """Say whether a count is of one side's people or staff, gifts, votes, places toured or a past gone, or of
    the parts of a state where those a deal reaches are."""
    counted = _counted(ent)
    scene = figures_scene
    return (scene.residents(counted) or scene.workforce(counted) or scene.gift(counted)
            or scene.vote_tally(counted) or scene.capability(counted) or scene.places_toured(counted)
            or scene.long_ago(counted, ent, ctx.event_date) or scene.speakers(counted)
            or scene.facility_parts(counted) or scene.security_detail(counted) or scene.ceremony(counted)
            or scene.areas_reached(counted))


def _in_a_name(ent: Span) -> bool:
    """Say whether a number is part of the name that follows it ("Abdullah II", "Route 66 Highway").

    A count of a common noun whose capitalised modifier is a state's name or demonym
    ("1,500 Sri Lankan civil servants", "30 Belarusian companies") is no name.
    """
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    if not (nxt.is_title and nxt.pos_ == "PROPN" and not nxt.lower_.endswith("s")
            and nxt.lower_ not in DOCUMENT_NOUNS):
        return False
    head = _coordinated_kind(_past_model_name(ent.root.head))
    while head.dep_ == "compound" and head.is_lower and head.head.i > head.i:
        head = head.head  # "1.26 million Pfizer vaccine doses": the parse hangs the count on "vaccine"
    plural = head.tag_ == "NNS" or head.lower_ in _INVARIANT_PLURALS
    if head.i >= ent.end and plural and head.is_lower and head.dep_ != "compound":
        return False  # a count of things of a make or model ("five Boeing aircraft", "48 FA-50 jets")
    if ent.root.dep_ != "nummod" or head.i <= ent.end or head.pos_ != "NOUN" or not head.is_lower:
        return True
    capitalised = doc[ent.end:head.i].text.split(" ")
    capitalised = [w for w in capitalised if w[:1].isupper()]
    return gazetteer().resolve(" ".join(capitalised)) is None


def _coordinated_kind(head: Token) -> Token:
    """Return the plural noun that capitalised words coordinated before it modify ("50 Federal, State,
    and local officials" -> officials: the parse hangs the count on "Federal"), else the head itself
    ("five MoUs and two agreements": each noun its own count)."""
    last = head
    while not last.is_lower:
        last = next((c for c in last.children if c.dep_ == "conj"), last)
        if last.is_lower or not any(c.dep_ == "conj" for c in last.children):
            break
    if any(c.dep_ == "nummod" for c in last.children):
        return head  # "eight MoUs and three agreements": the later noun has a count of its own
    return last if last is not head and last.is_lower and last.tag_ == "NNS" else head


def _past_model_name(head: Token) -> Token:
    """Return the noun a make or model's name modifies ("290 K239 Chunmoo launchers" -> launchers)."""
    while head.dep_ in ("compound", "nmod") and head.head.i > head.i and not head.is_lower:
        head = head.head
    return head


def _designated(ent: Span) -> bool:
    """Say whether a number follows the name it designates ("Type 039", "MTU 396 engines")."""
    if ent.start == ent.sent.start or not re.fullmatch(r"\d+", ent.text) or _currency_before(ent) is not None:
        return False  # … not an amount after its currency's code ("Rs. 450 crore")
    prev = ent.doc[ent.start - 1]
    named = prev.pos_ == "PROPN" or (prev.is_upper and len(prev.text) > 1 and prev.is_alpha)
    return named and prev.lower_ not in CURRENCY_CODES and prev.ent_type_ not in ("GPE", "NORP", "DATE")


def _is_marker(ctx: Context, ent: Span) -> bool:
    """Say whether a bare number numbers a paragraph or part ("12." at a line start, "(2)").

    Official texts number their paragraphs and list items ("12.", "06 A Memorandum …", "3 The
    Agreement …"), reports their sections ("4.2 The Committee …") and headlines their parts; a day
    of the month also stands alone in brackets
    after "today" in some outlets' style ("today (16)").
    """
    line_start = ctx.text.rfind("\n", 0, ent.start_char) + 1
    before, after = ctx.text[line_start:ent.start_char], ctx.text[ent.end_char:ent.end_char + 6]
    if _OUTLINE_NUMBER.fullmatch(ent.text.strip()) and not before.strip():
        return re.match(r"\.?(?:[ \t]*(?:\n|$)|[ \t]+[A-Z\"“(])", after) is not None  # "4.2 The Committee …"
    if _GLUED_ITEM_NUMBER.fullmatch(ent.text.strip()) and not before.strip():
        return True  # "2.The loan package covers …": an item's number with its first word glued on
    if not re.fullmatch(r"\d{1,3}", ent.text.strip()):
        return False
    if not before.strip() and (re.match(r"[.)](?:\s|$)", after + " ") or _LIST_NUMBER.match(ent.text.strip())
                               or _ITEM_OPENING.match(after)):
        return True  # "12. The sides …", "06 A Memorandum …", "3 The Ministry …" open list items
    return before.endswith("(") and after.startswith(")")


def _counted(ent: Span) -> Token:
    """Return the word a number counts ("28 million foreign tourists" -> "tourists")."""
    root = ent.root
    doc = ent.doc
    glued = _scale_after(ent) if not doc[ent.end - 1].whitespace_ else None
    if glued is not None and glued.lower_ in MONEY_SUFFIX.keys() | SCALES.keys():
        # "40m foreign visitors", "2-lakh tonnes": the parse takes the scale for the noun counted
        return next((t for t in doc[glued.i + 1:glued.i + 4] if t.pos_ == "NOUN"), glued)
    if root.dep_ == "det" and root.head.i >= ent.end:
        return root.head  # "Some 300 journalists": the parse may hang the count on its "some"
    return root.head if root.dep_ in ("nummod", "quantmod", "compound") else root


def _trained(counted: Token) -> bool:
    """Say whether a count is of people one side trains ("25 Maldivian crew trained in India", "trained
    40 journalists", "crew members were trained"): those the cooperation reaches, no scene."""
    if counted.dep_ in ("nsubj", "nsubjpass", "dobj") and counted.head.lemma_.lower() in TRAINING_VERBS:
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in TRAINING_VERBS for c in counted.children)


def _describes(ent: Span) -> bool:
    """Say whether a bare count describes the scene, not the relation.

    "in three languages", "two giant pandas", "a two-thirds majority", "the six main areas",
    "a five-nation tour", "more than 1,000 people attended", "120 of the 200 seats",
    "two previous agreements", "Ghana's five biggest banks", "a city of 4 million people".
    """
    joined = _HYPHENED_NOUN.match(doc_text(ent.doc)[ent.end_char:ent.end_char + 20])
    if ent.label_ == "CARDINAL" and joined:
        return joined.group(1).lower().rstrip("s") in _COMPOSITION_NOUNS  # "a 193-member assembly"
    counted = _counted(ent)
    whole = _whole(ent, counted)
    if whole is not None and whole.lemma_.lower() in _DESCRIBED_COUNTS:
        return True  # "120 of the 200 seats"
    if _tally_side(ent):
        return True  # "by 120 votes to 15"
    if counted.lemma_.lower() in _RANK_STEPS and counted.head.lemma_.lower() in _MEASURE_VERBS | {"move"}:
        return True  # "moved up five places", "fell two positions": steps in a ranking
    owner = counted.head.head
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and (
            owner.lemma_.lower() in _DESCRIBED_COUNTS | _ESCORT_NOUNS):
        return True  # "a crew of 38", "a majority of 120", "a motorcade of 40 cars"
    kinds = {counted.lemma_.lower(), counted.lower_}
    # a name's word is no kind ("24 FA-50 Fighting Eagle jets" are no eagles)
    kinds |= {c.lemma_.lower() for c in counted.children if c.dep_ == "compound" and c.pos_ != "PROPN"}
    if counted == ent.root and ent.end < len(ent.doc):
        kinds.add(ent.doc[ent.end].lemma_.lower())  # "left 45 dead"
    if (kinds & _DESCRIBED_COUNTS - _FAMILY_NOUNS and not _trained(counted)) or _crowd(counted, whole):
        return True
    if kinds & _FAMILY_NOUNS and (parse_number(ent.text) or 0) < _FAMILY_SIZE:
        return True  # "his three children"
    if counted.i >= ent.end:
        between = ent.doc[ent.end:counted.i]
        if any(t.lower_ in _EARLIER_WORDS for t in between):
            return True  # a count of what came before
        if any(c.dep_ == "poss" and c.i < ent.start and _is_place(c) for c in counted.children):
            return True  # "Ghana's five biggest banks": a ranking of one side's own
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and any(t.tag_ == "JJS" for t in between):
            return True  # "the two newest vessels": a pick among things, told by the best of them
    return _population(counted) or _membership(counted)


def _size_of_each(ctx: Context, ent: Span) -> bool:
    """Say whether a measure joined to its unit by a hyphen sizes each of a plural ("in 30-kilogram bags",
    "50-kg jute bags", "20-foot containers"), not a total ("a 5,000-tonne shipment")."""
    sized = _SIZED.match(ctx.text, ent.start_char, min(len(ctx.text), ent.end_char + 16))
    if sized is None or sized.group(1).lower() not in _SIZE_UNITS:
        return False
    after = next((t for t in ent.doc[ent.start:ent.end + 5] if t.idx >= sized.end()), None)
    while after is not None and after.dep_ in ("compound", "amod") and after.head.i > after.i:
        after = after.head  # "50-kg jute bags"
    return after is not None and after.tag_ == "NNS"


def _membership(counted: Token) -> bool:
    """Say whether a count is of the members a group is made of ("the bloc comprises 10 countries",
    "the group is made up of 27 member states", "a union consisting of five nations")."""
    if counted.lemma_.lower() not in _MEMBER_NOUNS:
        return False
    verb = counted.head.head if counted.dep_ == "pobj" and counted.head.lower_ == "of" else counted.head
    if verb.dep_ == "prt":
        verb = verb.head  # "made up of"
    made_of = counted.dep_ == "pobj" and verb.lemma_.lower() in ("consist", "make", "compose")
    return made_of or (counted.dep_ == "dobj" and verb.lemma_.lower() == "comprise")


def _tally_side(ent: Span) -> bool:
    """Say whether a number is either side of a tally ("120 votes to 15", "three goals against one",
    "the motion passed 312 to 48"); "from 12 to 20 vessels" and "between 5 and 7" are ranges."""
    doc = ent.doc
    opener = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if opener in ("from", "between"):
        return False
    if len(ent) == 3 and ent[1].lower_ in _TALLY_WORDS and ent[0].pos_ == ent[2].pos_ == "NUM":
        return ent.end == len(doc) or doc[ent.end].pos_ not in ("NOUN", "PROPN", "ADJ")  # "carried 97 to 3"
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in _TALLY_WORDS and _bare_number(doc[ent.end + 1]):
        return _bare_number(ent.root)  # "passed 312 to 48"
    if ent.start < 2 or doc[ent.start - 1].lower_ not in _TALLY_WORDS:
        return False
    before = doc[ent.start - 2]
    if before.ent_type_ == "DATE":
        return False  # "from 12 in 2024 to 50 in 2025": a year ends the first side of a range
    if _bare_number(before) and _bare_number(ent.root):
        return _tally_side(doc[before.i:before.i + 1])  # "… 48": the other side of "312 to 48"
    return before.lemma_.lower() in _DESCRIBED_COUNTS and any(c.like_num for c in before.children)


def _bare_number(tok: Token) -> bool:
    """Say whether a number counts no noun ("passed 312 to 48"), as a tally's sides do."""
    if tok.dep_ == "quantmod" and tok.head.like_num:
        tok = tok.head  # "68 to 30": the parse may hang one side on the other
    return tok.like_num and tok.dep_ not in ("nummod", "compound", "quantmod") and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _whole(ent: Span, counted: Token) -> Token | None:
    """Return what a bare number is a part of ("120 of the 200 seats" -> seats), if it says."""
    if counted != ent.root:
        return None
    return next((t for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"
                 for t in c.children if t.dep_ == "pobj"), None)


def _is_place(tok: Token) -> bool:
    """Say whether a possessor is a state or the world ("Korea's", "the world's"), not a person."""
    if tok.ent_type_ in PLACE_ENTS or tok.lower_ == "world":
        return True
    return gazetteer().resolve(tok.text) is not None


def _crowd(counted: Token, whole: Token | None) -> bool:
    """Say whether a count is of those present at an event.

    "1,000 people attended", "Some 1,200 guests attended the banquet", "a forum attended by
    about 300 executives", "the evening drew 2,000 visitors": who came is the scene.
    """
    subject = counted
    while subject.dep_ == "conj":
        subject = subject.head  # "thousands of spectators and 2,000 fans watched"
    kind = whole if whole is not None else counted
    if kind.lemma_.lower() in _CROWD_NOUNS and subject.dep_ == "nsubj":
        return True
    if kind.lemma_.lower() in _TRADER_NOUNS:
        return False  # "nearly 400 Chilean firms attended the forum": the trade the pair brings together
    verb = subject.head
    if subject.dep_ == "nsubj" and _took_part_in_a_ceremony(verb):
        return True  # "More than 1,000 soldiers took part in the ceremonial event"
    if subject.dep_ == "nsubj":
        turned_out = verb.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                         for c in verb.children)
        return verb.lemma_.lower() in _ATTEND_VERBS or turned_out
    if subject.dep_ == "pobj" and verb.dep_ == "agent":
        return verb.head.lemma_.lower() in _ATTEND_VERBS  # "attended by about 300 executives"
    presence = verb.head
    if subject.dep_ == "pobj" and verb.lower_ == "of" and presence.lemma_.lower() == "presence":
        return presence.dep_ == "pobj" and presence.head.lower_ == "in"  # "in the presence of 300 guests"
    if subject.dep_ == "dobj" and verb.lemma_.lower() in _AUDIENCE_VERBS:
        return True  # "the president addressed 2,000 students"
    if subject.dep_ == "pobj" and _those_met(verb, presence):
        return True  # "paid courtesy calls on three ministers", "received the credentials of four envoys"
    if subject.dep_ == "dobj" and _called_on(verb):
        return True  # "called on five ministers": the parse may take "on" for the verb's particle
    if subject.dep_ == "pobj" and verb.lower_ == "to" and presence.lemma_.lower() in _TALK_TO_VERBS:
        return True  # "he spoke to 40 students at the university"
    if subject.dep_ == "dobj" and verb.lemma_.lower() in _DRAW_VERBS:
        clause = verb.head if verb.dep_ == "conj" else verb  # "the fair featured 200 booths and drew …"
        drawers = [clause.head if c.tag_ == "WDT" and clause.dep_ == "relcl" else c  # "the expo, which drew"
                   for v in {verb, clause} for c in v.children if c.dep_ == "nsubj"]
        # "The trade fair drew …": the tagger may make "trade" the subject and "fair" its modifier
        return any(t.lemma_.lower() in _EVENT_NOUNS for c in drawers
                   for t in (c, *(m for m in c.children if m.dep_ in ("amod", "compound"))))
    return False


def _those_met(prep: Token, head: Token) -> bool:
    """Say whether a preposition's object is those a guest called on or whose credentials were received
    ("courtesy calls on three of the highest authorities", "called on five ministers", "the credentials of
    four new heads of mission"): who was met is the scene, not the relation."""
    lemma = head.lemma_.lower()
    if prep.lower_ == "on":
        return lemma == "call"
    return prep.lower_ == "of" and (lemma in ENVOY_PAPERS or any(
        c.dep_ == "prep" and c.lower_ == "of" and t.lemma_.lower() in ENVOY_PAPERS
        for c in head.children for t in c.children))  # "the letters of credence of four envoys"


def _called_on(verb: Token) -> bool:
    """Say whether a verb is "call on" with "on" parsed as its particle, so that who was called on is
    its object ("called on five ministers"); "called three meetings" is no visit, and calling on people
    to do something is a request ("will call on 40 experts to train its officers")."""
    asked = any(t.dep_ in ("xcomp", "advcl", "acl", "relcl") and t.pos_ == "VERB"
                and any(a.tag_ == "TO" for a in t.children)
                for c in verb.children if c.dep_ == "dobj" for t in (*c.children, *verb.children))
    return verb.lemma_.lower() == "call" and not asked and any(
        c.lower_ == "on" and (c.dep_ == "prt" or c.tag_ == "RP")
        and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _took_part_in_a_ceremony(verb: Token) -> bool:
    """Say whether a verb is taking part in a ceremony or show ("took part in the parade", "participated
    in the welcome ceremony"); taking part in talks or a forum is the relation's."""
    took_part = verb.lemma_.lower() == "participate" or (
        verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))
    events = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
              for t in c.children if t.dep_ == "pobj"]
    return took_part and any(t.lemma_.lower() in _EVENT_NOUNS - MEETING_NOUNS for t in events)


def _population(counted: Token) -> bool:
    """Say whether a count is a place's population ("a nation of 270 million people", "home to 8 million").

    Also "a country with over 100 million people", "the country has 16 million inhabitants", and those a
    state itself strains to feed or serve ("Malawi is struggling to feed 1.9 million people").
    """
    while counted.dep_ == "conj" and counted.head.dep_ in ("dobj", "conj"):
        counted = counted.head  # "has about 100 million people and 54 ethnic groups"
    if _a_states_own_strain(counted):
        return True
    if counted.dep_ == "dobj" and counted.lemma_.lower() in _CROWD_NOUNS and counted.head.lemma_ == "have":
        # "the country has 16 million inhabitants", "Viet Nam has about 100 million people"
        return any(c.dep_ == "nsubj" and (c.lemma_.lower() in _PLACE_NOUNS or _is_place(c))
                   for c in counted.head.children)
    if counted.dep_ != "pobj" or counted.head.lower_ not in ("of", "to", "with"):
        return False
    owner = counted.head.head
    if counted.head.lower_ == "with":
        # "the most populous Arab country with over 100 million people", "Nigeria, with 200 million people"
        place = owner.lemma_.lower() in _PLACE_NOUNS or _is_place(owner)
        return place and counted.lemma_.lower() in _CROWD_NOUNS
    if counted.head.lower_ == "to":
        # "India, home to 1.4 billion people": the people a place houses
        return owner.lower_ == "home" and (counted.lemma_.lower() in _CROWD_NOUNS or counted.pos_ == "NUM")
    return owner.lemma_.lower() in _PLACE_NOUNS or owner.ent_type_ == "GPE"


def _a_states_own_strain(counted: Token) -> bool:
    """Say whether people counted are those a state itself strains or needs to feed, house or serve
    ("Malawi is struggling to feed about 1.9 million people", "Zambia needs to feed 2 million people"):
    the state's own need, no help of the pair; "Japan will help Malawi feed them" stays."""
    verb = counted.head
    if counted.dep_ != "dobj" or counted.lemma_.lower() not in _CROWD_NOUNS or verb.dep_ != "xcomp":
        return False
    strain = verb.head
    return strain.lemma_.lower() in _STRAIN_VERBS and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in _PLACE_NOUNS or _is_place(c)) for c in strain.children)


def _own_indicator(ent: Span) -> bool:
    """Say whether a number measures one state's economy, market, people or polls.

    "the economy grew 4.2%", "inflation of 3 percent", "45% of the vote", "about 2 percent of
    its GDP", "the cedi fell 5% against the dollar", "an economy worth $45 billion", "62
    percent of Kenyans", "the population is expected to reach 40 million"; "bilateral trade
    rose 12%" is the pair's.
    """
    root = ent.root
    measured: list[Token] = [t for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                             for t in c.children if t.dep_ == "pobj"]
    if ent.label_ == "PERCENT" and any(t.ent_type_ == "NORP" or t.lemma_.lower() in _PUBLIC_NOUNS
                                       for t in measured):
        return True  # "62 percent of Kenyans favour …": a share of a people, as a poll counts it
    if any(c.lower_ in _WORLD_WORDS and c.dep_ in ("amod", "compound", "poss")
           for t in measured for c in t.children):
        # "43 percent of global output", "a fifth of the world's rice": one side's standing;
        # "Ghana and Côte d'Ivoire, which together produce 60% of the world's cocoa": the pair's
        return not _held_by_the_pair(root)
    if ent.label_ == "PERCENT" and _share_of_ones_own(root, measured):
        return True  # "60 percent of Ghana's electricity comes from hydropower"
    if ent.label_ == "MONEY" and _held_in_stock(root):
        return True  # "it has only $8bn left in foreign reserves"
    head = root.head
    if head.lower_ == "worth" and head.dep_ == "amod":
        measured.append(head.head)  # "an economy worth $45 billion"
    if head.lower_ == "worth" and head.dep_ == "acomp":
        measured += [c for c in head.head.children if c.dep_ == "nsubj"]  # "its economy is worth $32 billion"
    if root.dep_ == "attr" and head.lemma_ == "be":
        measured += [c for c in head.children if c.dep_ == "nsubj"]  # "its budget is 3.48 trillion baht"
    if root.dep_ == "appos":
        measured.append(head)  # "Egypt's population, currently 104 million, …"
    if root.dep_ == "pobj" and head.lower_ in ("of", "at", "to", "by"):
        if head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
            measured.append(head.head)  # "inflation of 3 percent"
        head = head.head
    if head.pos_ in ("ADP", "ADV", "ADJ") and head.head.pos_ == "VERB":
        head = head.head  # "jumped 5 percent after the news", "closed 3 percent higher"
    if head.pos_ == "VERB" and head.lemma_.lower() in _LEVEL_VERBS:
        if any(c.dep_ == "prep" and c.lower_ == "against" for c in head.children):
            return True  # a currency's rate against another
        clause = head.head if head.dep_ == "xcomp" else head  # "is expected to reach 40 million"
        if head.dep_ == "pcomp" and head.head.head.pos_ == "VERB":
            clause = head.head.head  # "the economy grew 3 percent after contracting 0.4 percent"
        movers = [c for v in {head, clause} for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                  or (c.dep_ == "dobj" and v.lemma_.lower() in _RAISE_VERBS)]
        if any(t.lower_ in CURRENCY_NAMES for t in movers):
            return True  # "the rupee has lost 40 percent of its value": a currency's own move
        if any(t.lemma_.lower() in _MOVING_MEASURES and not _from_partner(t) for t in movers):
            return True
        if any(t.lemma_.lower() in _ARRIVAL_NOUNS and not _of_a_people(t) for t in movers):
            return True  # "tourist arrivals in Ghana reached 1.1 million": one side's total
        measured += movers
        if ent.label_ == "PERCENT" and any(t.ent_type_ == "ORG" or _listed_name(t) for t in measured):
            return True  # "Hanwha Aerospace jumped 8%", "the Kospi rose 1.2%": a share's or an index's move
    return any(((t.lemma_.lower() in _INDICATOR_NOUNS or t.lower_ in _INDICATOR_NOUNS or _domestic_product(t)
                 or _policy_rate(t))
                and not _from_partner(t) and not _of_trade(t))
               or (ent.label_ != "PERCENT" and _is_total(t))  # "its external debt of $37 billion"
               or (t.lemma_.lower() not in _EXCHANGE_NOUNS
                   and any(c.dep_ == "compound" and c.lemma_.lower() in _INDICATOR_NOUNS for c in t.children))
               for t in measured)


def _held_in_stock(root: Token) -> bool:
    """Say whether an amount is told as what lies in a state's store ("holds $9 billion in foreign exchange
    reserves", "has $8bn left in reserves"); "$500 million in grants" is what one gives."""
    holders = [root, *(c for c in root.children if c.dep_ == "acl")]  # "$8bn left in …"
    places = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"]
    return any(t.dep_ == "pobj" and t.lower_ in _STOCK_NOUNS for p in places for t in p.children)


def _held_by_the_pair(root: Token) -> bool:
    """Say whether the clause of a share gives it to the two states together.

    "Ghana and Côte d'Ivoire, which together produce …", "the two countries, which account for
    …", "both nations produce …", "Brazil and Argentina, whose farms grow …".
    """
    verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if any(c.lower_ in _JOINT_WORDS for c in verb.children):
        return True  # "… together hold 45%", "combined, they pump …"
    holders = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(c.tag_ == "WDT" or any(p.lower_ == "whose" for p in c.children)
                                    for c in holders):
        holders = [verb.head]  # "…, which account for …", "…, whose farms grow …"
    return any(_the_pair(t) for t in holders)


def _the_pair(noun: Token) -> bool:
    """Say whether a noun is the two states: "Brazil and Argentina", "the two countries", "both nations"."""
    if noun.lower_ == "both":
        return True
    if noun.lemma_.lower() in _PAIR_NOUNS:
        return any(c.lower_ in ("two", "both") for c in noun.children)
    return noun.ent_type_ in ("GPE", "NORP") and any(
        c.dep_ == "conj" and c.ent_type_ in ("GPE", "NORP") for c in noun.children)


def _policy_rate(noun: Token) -> bool:
    """Say whether a noun is a state's own rate ("the benchmark interest rate", "the policy rate"); the
    interest a loan of the sentence carries is one of its terms ("lend $300 million at an interest rate
    of 1 per cent", "the credit's annual interest rate of 0.5 percent")."""
    marks = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if noun.lemma_.lower() != "rate" or marks.isdisjoint(_POLICY_RATE_WORDS):
        return False
    return "interest" not in marks or not marks.isdisjoint(_POLICY_RATE_WORDS - {"interest", "lending"}) or (
        not any(t.lemma_.lower() in _LOAN_WORDS for t in noun.sent))


def _listed_name(tok: Token) -> bool:
    """Say whether a mover is a proper name that is no state or people (a firm, an index: "the Kospi")."""
    return (tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "NORP", "LOC")
            and gazetteer().resolve(tok.text) is None)


def _domestic_product(noun: Token) -> bool:
    """Say whether a noun is a state's output written out ("gross domestic product")."""
    return noun.lower_ == "product" and any(c.dep_ == "amod" and c.lower_ in ("domestic", "national")
                                            for c in noun.children)


def _of_trade(noun: Token) -> bool:
    """Say whether a measure is of the pair's dealings ("bilateral trade growth", "export growth"), or the
    pair's dealings had it ("trade between them recorded a growth of 18 percent", "the volume of trade
    posted growth of 9%")."""
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _DEALINGS for c in noun.subtree):
        return True
    if _share_of_partners_trade(noun):
        return True
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in _named_back(c)]
    return any(w.lemma_.lower() in _DEALINGS for s in subjects
               for w in (s, *(t for p in s.children if p.lower_ == "of" for t in p.children),
                         *(c for c in s.children if c.dep_ == "compound")))  # "the trade volume"


def _named_back(subject: Token) -> list[Token]:
    """Return a subject, or for "it" opening its clause the subjects of the sentence before ("Trade between
    them reached $8 billion. It achieved a growth of 18 percent": the trade)."""
    if subject.lower_ != "it" or subject.sent.start == 0:
        return [subject]
    before = subject.doc[subject.sent.start - 1].sent
    return [subject, *(c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass"))]


def _share_of_partners_trade(noun: Token) -> bool:
    """Say whether a share is one state's part of the other's trade ("Chile's share of Vietnam's exports",
    "the share of Peru in Korea's imports"); "Kenya's share of world exports" names one state only."""
    if noun.lemma_.lower() != "share":
        return False
    trade = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
             for t in c.children if t.dep_ == "pobj" and t.lemma_.lower() in _DEALINGS]
    if not trade:
        return False
    states = {gazetteer().resolve(t.text) for t in noun.subtree if t.ent_type_ in ("GPE", "NORP")}
    return len(states - {None}) >= 2


def _share_of_ones_own(root: Token, measured: list[Token]) -> bool:
    """Say whether a share is of one state's own thing in a clause that names no other state.

    "60 percent of Ghana's electricity comes from hydropower"; "40 percent of Ghana's cocoa goes
    to Peru" is the pair's.
    """
    owned = [t for t in measured if any(c.dep_ == "poss" and _is_place(c) for c in t.children)]
    if not owned:
        return False
    clause = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), root)
    inside = set().union(*(_owners_words(o) for o in owned))
    return not any(t.ent_type_ in ("GPE", "NORP") and t.i not in inside for t in clause.subtree)


def _owners_words(measured: Token) -> set[int]:
    """Return the words of a measured thing's owner: its whole phrase, or of trade only the possessor (in
    "12% of Chile's exports to China" the partner its trade goes to is another state)."""
    if measured.lemma_.lower() in _DEALINGS:
        return {t.i for c in measured.children if c.dep_ == "poss" for t in c.subtree}
    return {t.i for t in measured.subtree}


def _phone_number(ctx: Context, ent: Span) -> bool:
    """Say whether a number is part of a telephone number ("+233 30 277 6000", "020 7946 0958")."""
    run = next((m for m in _DIGIT_GROUPS.finditer(ctx.text, max(0, ent.start_char - 24), ent.end_char + 24)
                if m.start() <= ent.start_char and ent.end_char <= m.end()), None)
    if run is None:
        return False
    groups = re.findall(r"\d+", run.group(0))
    if len(groups) < 3:
        return False
    return run.group(0).startswith(("+", "(", "0")) or any(len(g) != 3 for g in groups[1:])


def _rate(ent: Span) -> bool:
    """Say whether a number is a price of one currency in another ("145 per dollar", "0.9 to the euro",
    "14,100 IDR / US$")."""
    doc = ent.doc
    nxt = [t.lower_ for t in doc[ent.end:ent.end + 4]]
    first = next((t.i for t in ent if t.like_num), ent.start)  # not the "to" of "up to 41 billion yen"
    inside = [t.lower_ for t in ent.doc[first + 1:ent.end]]  # spaCy may take "per dollar" into the entity
    for words_after in (nxt, inside):
        for i, word in enumerate(words_after[:2]):
            rest = words_after[i + 1:i + 4]
            if rest and rest[0][:1].isdigit():
                break  # "rose 19.8 per cent to 2.1 billion yuan": a new amount, no price
            if word in ("per", "to", "against") and any(w in CURRENCY_NAMES for w in rest):
                return True
            if word in ("per", "/") and any(w in CURRENCY_CODES or w[-1:] in CURRENCY_SIGNS
                                            for w in rest[:2]):
                return True  # "Rp 15,500 per US$", "14,100 IDR / USD"
    return False


def _counts_casualties(ent: Span) -> bool:
    """Say whether a number counts victims or incidents ("killed 1,400 people", "killed in two blasts")."""
    counted = _counted(ent)
    while counted.dep_ == "conj" and counted.head.i < counted.i:
        counted = counted.head  # "destroyed 3,000 homes and 40 schools"
    verb = counted.head if counted.dep_ in ("dobj", "nsubj", "nsubjpass", "oprd") else None
    if counted.pos_ == "VERB":
        verb = counted  # "left 300 people dead and 2,000 homeless": the second count hangs on the verb
    if counted.dep_ == "pobj" and counted.head.head.pos_ == "VERB":
        verb = counted.head.head  # "three people were killed in two separate explosions"
    if verb is not None and verb.lemma_.lower() == "leave":
        return _left_harmed(ent, counted)  # "the storm left 300 people dead and 2,000 homeless"
    return verb is not None and verb.lemma_.lower() in _HARM_VERBS


def _left_harmed(ent: Span, counted: Token) -> bool:
    """Say whether a count left by an event is of those harmed ("left 1,200 families homeless")."""
    doc = ent.doc
    states = [*counted.children, *counted.head.children, *doc[ent.end:ent.end + 2]]
    return any(t.lower_ in _HARMED_STATES for t in states)


def _counts_the_occasion(ent: Span) -> bool:
    """Say whether a count is of places gone to or come from, or of people met ("travelled to 21 countries").

    A count read through a list ("met 50 heads of state, including two kings") is the list's.
    """
    counted = _counted(ent)
    listed = ("conj", "appos")
    while counted.dep_ in listed or (counted.dep_ == "pobj" and counted.head.lower_ == "including"):
        counted = counted.head.head if counted.dep_ == "pobj" else counted.head
    if counted.pos_ == "VERB":
        verb = counted
    elif counted.dep_ == "pobj" and counted.head.lower_ == "across":
        return True  # "in speeches across five continents": how far, not how many
    elif counted.dep_ == "pobj" and counted.head.lower_ == "from" and (
            counted.head.head.pos_ == "NOUN" or counted.lemma_.lower() in _PLACE_NOUNS):
        return not _starts_a_range(counted)  # "visitors from 21 countries": where they came from
    elif counted.dep_ == "pobj" and counted.head.lower_ == "through":
        return counted.lemma_.lower() in _PLACE_NOUNS  # "runs through two regions": where it goes
    elif counted.dep_ == "pobj" and counted.head.lower_ in ("to", "with"):
        verb = counted.head.head
        if counted.like_num and _told_from(verb):
            return False  # "flights will go from 14 a week to 21": the end of a range, no places
    elif counted.dep_ == "dobj":
        verb = counted.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _OCCASION_VERBS


def _starts_a_range(tok: Token) -> bool:
    """Say whether a bare number under "from" is the start of a range a "to" ends with another number
    ("an increase from 40 to 65 in the number of flights"), not a count of places come from."""
    if not tok.like_num:
        return False
    prep = tok.head
    ends = [p for c in [*prep.children, *prep.head.children] if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj"]
    return any(p.like_num or any(n.dep_ == "nummod" and n.like_num for n in p.children) for p in ends)


def _told_from(verb: Token) -> bool:
    """Say whether a verb tells where a number starts from ("go from 14 a week to 21", "go from 300 nurses
    to 450")."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        p.like_num or any(n.dep_ == "nummod" and n.like_num for n in p.children) for p in c.children)
               for c in verb.children)


def _all_partners(ent: Span) -> bool:
    """Say whether a figure is a total over all partners ("28 million foreign tourists").

    A total names no partner: "foreign investment from China" is the pair's. What a counted
    total earns or brings in, in its clause ("… tourists, which earned 1.2 trillion baht", "a
    target of 2.3 trillion baht from 40 million international travellers"), is a total too.
    """
    counted = _counted(ent)
    clause = next((t for t in counted.ancestors if t.pos_ in ("VERB", "AUX")), counted)
    counts = [t for t in (*counted.ancestors, *clause.subtree) if t.pos_ == "NOUN"
              and any(c.dep_ == "nummod" for c in t.children)]
    if any(c.dep_ == "advmod" and c.lower_ in _WORLD_WORDS for c in clause.children):
        return True  # "has drawn $1 trillion in investment worldwide"
    if _arrivals_taken_in(counted):
        return True  # "Sri Lanka received 2.05 million tourist arrivals": from everywhere
    if any(_every_partner(t) for t in clause.subtree):
        return True  # "a 10 percent baseline tariff on all trading partners"
    return any(_is_total(t) for t in (counted, *counts))


def _every_partner(noun: Token) -> bool:
    """Say whether a noun is every partner of a state ("all trading partners", "each partner nation",
    "any country"); "each country" of a pair's text is each of the two ("300 workers from each country")."""
    if noun.lemma_.lower() not in _PARTNER_NOUNS:
        return False
    partner = noun.lemma_.lower() == "partner" or any(c.lemma_.lower() == "partner" for c in noun.children)
    return any(c.lower_ in _ALL_PARTNER_WORDS or (partner and c.lower_ == "each") for c in noun.children)


def _arrivals_taken_in(counted: Token) -> bool:
    """Say whether a count is of those a state took in from everywhere ("received 2 million tourists").

    "received 300 Ghanaian tourists" and "… tourists from Peru" name where they come from.
    """
    kinds = {counted.lemma_.lower(), *(c.lemma_.lower() for c in counted.children if c.dep_ == "compound")}
    verb = counted.head
    if counted.dep_ != "dobj" or not kinds & _ARRIVAL_NOUNS or verb.lemma_.lower() not in _RECEIVE_VERBS:
        return False
    if _of_a_people(counted) or _from_partner(verb):
        return False  # "welcomed 12,000 visitors from Ghana"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_names_a_state(c) or gazetteer().resolve(doc_text(c.doc)[c.left_edge.idx:c.idx + len(c.text)])
               for c in subjects)


def _national_trade(ent: Span) -> bool:
    """Say whether a number is one state's trade with the world or its own holding of things.

    "Korea exported $15.2 billion", "the Chinese navy has more than 370 ships"; "exports … to
    its neighbour" and "Ghana has 200 scholarships for Peruvian students" name the partner, and
    "the US government has US$100 million a year available" may be for the other side.
    """
    counted = _counted(ent)
    verb = next((t for t in counted.ancestors if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if verb.dep_ in ("acl", "relcl") and verb.head.lower_ in _DEAL_PAPERS:
        return False  # "signed a deal to import 700,000 tons of wheat": what the deal says, the pair's
    subjects = _subjects_of(verb)
    if sum(t.ent_type_ in ("GPE", "NORP") and t.dep_ in ("nsubj", "nsubjpass", "conj")
           for c in subjects for t in c.subtree) >= 2:
        return False  # "Ghana and Peru agreed to import …": the pair, not one state
    while counted.dep_ == "conj" and counted.head.i < counted.i:
        counted = counted.head  # "has 46 ships and about 70,000 personnel"
    if _held_by_the_pair(ent.root):
        return False  # "Ghana and Côte d'Ivoire, which together produce 60% of the world's cocoa"
    if lemma in _HOLDING_VERBS:  # of things: money a state "has available" may be for the other
        if (ent.label_ == "MONEY" or counted.dep_ != "dobj" or counted.head != verb
                or not any(_names_a_state(c) for c in subjects)):
            return False
    elif lemma not in _TRADE_VERBS or any(c.lemma_.lower() in ("side", "party") for c in subjects):
        return False  # "the Chinese side will import 300,000 tonnes": one of the pair, from the other
    if any(t.dep_ in ("prep", "dative") and t.lower_ in ("to", "from") for t in verb.children):
        return False  # "exports … to its neighbour"
    subject = {t.i for c in subjects for t in c.subtree}
    return not any(t.ent_type_ in ("GPE", "NORP") and t.i not in subject for t in verb.subtree)


def _many_states_body_sum(ctx: Context, ent: Span) -> bool:
    """Say whether a sum or count is a body of many states' own, no state beside it: the body
    approves or holds it ("the World Bank approved $130 million for four projects", "the IMF's $3
    billion bailout"). "Ghana and the IMF agreed …" names a state, and "a bridge of the pair financed
    with 87 million euros from the African Development Bank" is the pair's project."""
    counted = _counted(ent)
    verb = next((t for t in counted.ancestors if t.pos_ in ("VERB", "AUX")), None)
    at = -1 if verb is None else verb.i
    sides = [t for t in (counted, *counted.ancestors) if t.pos_ in ("NOUN", "PROPN") or t.i == at]
    holders = [c for t in sides for c in t.children
               if c.dep_ == "poss" or (t.i == at and c.dep_ in ("nsubj", "nsubjpass"))]
    if verb is not None and verb.dep_ == "relcl" and verb.head.i < counted.i:
        holders.append(verb.head)  # "the World Bank, which approved $130 million"
    for holder in holders:
        words = holder.doc[holder.left_edge.i:holder.i + 1]  # the name, not a clause after it
        if INTERNATIONAL_BODY.search(span_text(words)) and not any(
                t.pos_ in ("PROPN", "ADJ") and ctx.country_of(t.text) is not None for t in words):
            return True
    return False


def _subjects_of(verb: Token) -> list[Token]:
    """Return who does what a verb says: its subject, or that of the verb it completes ("India is expected
    to produce …", "Korea plans to export …"), or the noun a relative clause hangs on ("the navy, which
    has …")."""
    own = [verb.head if c.tag_ == "WDT" and verb.dep_ == "relcl" else c
           for c in verb.children if c.dep_ == "nsubj"]
    purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if own or not (verb.dep_ == "xcomp" or purpose) or verb.head is verb:
        return own  # (a purpose clause shares its subject: "the two sides signed a deal to import …")
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")] or _subjects_of(verb.head)


def _names_a_state(noun: Token) -> bool:
    """Say whether a noun is a state or one of its bodies ("China", "the Chinese navy", "Korea's army")."""
    return noun.ent_type_ == "GPE" or any(c.dep_ in ("amod", "compound", "poss")
                                          and c.ent_type_ in ("GPE", "NORP") for c in noun.children)


def _from_partner(noun: Token) -> bool:
    """Say whether a measure is of dealings with a state ("revenue from sales to Peru")."""
    return any(t.ent_type_ in ("GPE", "NORP") for c in noun.children
               if c.dep_ == "prep" and c.lower_ in ("from", "to", "with") for t in c.subtree)


def _of_a_people(noun: Token) -> bool:
    """Say whether those who come are marked by their origin ("Chinese tourist arrivals", "from Peru").

    "arrivals to Peru" and "in Ghana" name where they come, which is one side's total.
    """
    marks = [c for c in noun.subtree if c.dep_ in ("amod", "compound") and c.i < noun.i and c.is_title]
    if any(c.ent_type_ == "NORP" or _is_place(c) for c in marks):
        return True
    return any(t.ent_type_ in ("GPE", "NORP") for c in noun.children
               if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree)


def _is_total(noun: Token) -> bool:
    """Say whether a noun counts all partners: "foreign tourists", "travellers from Europe and Africa"."""
    origins = [t for c in noun.children if c.dep_ == "prep" for t in c.subtree]
    if any(t.ent_type_ in ("GPE", "NORP") for t in origins):
        return False  # "foreign investment from China"
    modifiers = [*noun.children, *(m for c in noun.children if c.dep_ == "compound"
                                   and c.lemma_.lower() in _ARRIVAL_NOUNS for m in c.children)]
    if any(c.dep_ == "amod" and c.lower_ in _ALL_PARTNERS for c in modifiers):
        return True  # "foreign tourists", "foreign tourist arrivals"
    if any(t.lower_ in _WORLD_WORDS and t.dep_ == "pobj" for t in origins):
        return True  # "its exports to the world"
    if _states_given_to(noun):
        return False  # "to five countries in Southeast Asia": the states themselves, each a partner
    # regions, not a partner ("travellers from Europe and Africa"); what a sum is for is told by the object of
    # "for" itself, not by a place further down that says where that thing stands ("NZ$4 million for a
    # plant on Kiritimati Island")
    regions = [t for c in noun.children if c.dep_ == "prep" for t in (
        c.subtree if c.lower_ != "for" else
        (w for p in c.children if p.dep_ == "pobj" for w in (p, *p.conjuncts, *p.children)
         if w.dep_ in ("pobj", "conj", "compound")))]
    return any(t.ent_type_ == "LOC" for t in regions)


def _states_given_to(noun: Token) -> bool:
    """Say whether a noun counts states something goes to, placed "in" a region ("lend 2 billion euros
    to three states in the Balkans"), not "the five states of Central Asia" nor "exports to 40 countries"."""
    given = noun.dep_ == "pobj" and noun.head.lower_ in ("to", "for")
    placed = any(c.dep_ == "prep" and c.lower_ == "in" for c in noun.children)
    if noun.lemma_.lower() not in _MEMBER_NOUNS or not given or not placed:
        return False
    return not any(a.lemma_.lower() in _TRADE_VERBS for a in noun.ancestors)


def _counts_the_pair(ent: Span) -> bool:
    """Say whether "two" counts the two parties ("the two countries", "both sides", "the two officers")."""
    head = ent.root.head if ent.root.dep_ in ("nummod", "quantmod") else ent.root
    nxt = _scale_after(ent)
    if nxt is not None and nxt.lower_ in SCALES:
        return False  # "2-lakh tonnes", "two million": a scaled amount
    if nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return True  # "the two discussed …": the pair itself
    words = {head.lower_, head.lemma_.lower(), nxt.lower_}
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and (
            head.lemma_.lower() in ROLE_HEADS or head.lemma_.lower() in _PAIR_BODIES):
        return True  # "the two officers", "the two foreign ministries": each side's own one
    return bool(words & _PAIR_NOUNS)


def _counts_named_officials(ent: Span) -> bool:
    """Say whether a number only counts office holders the text names ("the three ministers agreed",
    "the four leaders will meet"): the article, not the deal, counts them; "sent 300 police officers"
    stays."""
    head = ent.root.head if ent.root.dep_ == "nummod" else None
    definite = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    return definite and head is not None and head.lemma_.lower() in ROLE_HEADS


def _what(ent: Span) -> str | None:
    """Return the words the number counts: its head noun and an "of …" phrase after it."""
    root = ent.root
    head = _coordinated_kind(_past_model_name(root.head)) if root.dep_ in (
        "nummod", "quantmod", "compound", "amod") else root
    if head.lower_ in SCALES and head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "80-lakh pieces of textiles": the scale joined on, then what it counts
    if head.i < ent.end or any(t.like_num for t in ent.doc[ent.end:head.i + 1]):
        return None  # before the number, or past another ("$2 billion to $3 billion")
    if comparison_basis(head):
        return None  # "7% year-on-year": the period of the change, not what it counts
    end = head.i + 1
    doc = ent.doc
    if end < len(doc) and doc[end].lower_ == "of":
        pobj = [c for c in doc[end].children if c.dep_ == "pobj"]
        if pobj:
            end = pobj[0].i + 1
    if end == head.i + 1 and _names_money(head):
        return None  # "5.6 trillion won", "INR 4,000 crore", "$100m": the currency or scale, not a thing
    words = doc[ent.end:end].text.strip(" ,;:")
    glued = re.match(r"-(\w+)\s*", words)
    if glued is not None and (glued.group(1).lower() in CURRENCY_NAMES or glued.group(1).lower() in SCALES):
        words = words[glued.end():]  # "13.5-billion-baht deal", "80-lakh pieces": the unit glued on
    return words or None


def _handed_as(ent: Span) -> str | None:
    """Return what a bare sum a verb of handing money over takes is ("will donate USD 25 million": a
    donation, "lent Chad $40 million": a loan), else None."""
    root = ent.root
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    return FUNDS_BY_VERB.get(verb.lemma_.lower())


def _what_the_range_starts_from(ent: Span) -> str | None:
    """Return what a bare number closing a range counts, told once at its start ("from 14 flights a week to
    21", "from 12 diplomats to 20"): the words the number after "from" counts."""
    doc = ent.doc
    to = ent.root.head
    if len(ent) != 1 or ent.root.dep_ != "pobj" or to.lower_ != "to" or to.i != ent.start - 1:
        return None
    start = next((t for t in reversed(doc[ent.sent.start:to.i]) if t.lower_ == "from"), None)
    if start is None:
        return None
    number = next((t for t in doc[start.i + 1:to.i] if t.like_num and t.dep_ == "nummod"), None)
    if number is None or number.head.i >= to.i:
        return None
    return _what(Span(doc, number.i, number.i + 1, label="CARDINAL"))


def _names_money(tok: Token) -> bool:
    """Say whether a word is a currency or a scale of an amount ("won", "IDR", "crore", "m", "bn")."""
    code = tok.text.isupper() and tok.lower_ in CURRENCY_CODES
    return code or tok.lower_ in CURRENCY_NAMES or tok.lower_ in SCALES or tok.lower_ in MONEY_SUFFIX
