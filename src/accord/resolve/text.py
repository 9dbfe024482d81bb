"""Word, name, date and number helpers shared by the consolidation rules.

Everything here is a pure function of its arguments (most are cached), so the rules that
use them give the same answer whatever order articles arrive in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Protocol

from accord.errors import ConfigError
from accord.lexicon import (
    ACT_CLASSES,
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    GENERAL_DOCUMENT_NOUNS,
    INVESTOR_NOUNS,
    MUHAMMAD_SPELLINGS,
    TITLE_WORDS,
)
from accord.normalize.countries import gazetteer
from accord.normalize.sectors import labels, sectors_for


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


Similarity = Callable[[str, str], float]
"""A text similarity in [0, 1]; the default counts shared words."""


class Semantic(Protocol):
    """How alike two texts are in meaning, in [0, 1]: what the rules ask when words leave a pair open.

    `name` identifies it in a saved register state (edges scored with one cannot be reused
    with another); `prepare(texts)` encodes texts ahead of the pairs that will ask for them.
    """

    @property
    def name(self) -> str: ...

    def __call__(self, a: str, b: str) -> float: ...

    def prepare(self, texts: Iterable[str]) -> None: ...

_STOPWORDS = _words(
    "a an the and or nor of on in for to with by at from as into onto under over upon about "
    "within without between among across through during via per than its it their his her this "
    "that these those which who whom whose is are was were be been being has have had will would "
    "shall should can could may might also other both each all any such including include well "
    "not no further more most new next another same own them they he she we our us very two sides "
    "side both countries country leaders leader"
)
# Words that say what kind of document or activity it is, not what it is about.
_GENERIC = _words(
    "cooperation cooperate co-operation collaboration collaborate understanding "
    "field fields area areas sector sectors bilateral signed sign signing "
    "programme program plan roadmap declaration various "
    "several relations ties partnership"
) | DOCUMENT_NOUNS | GENERAL_DOCUMENT_NOUNS
_ACT_OF = {w: cls for cls, words in ACT_CLASSES.items() for w in words}
# Light verbs whose object carries the act ("hold a meeting", "pay a visit").
_LIGHT = _words("hold make have take pay conduct give do undertake carry organise organize arrange stage")
# Particles of a light verb, read with it ("carry out a forum"): no act of their own.
_PARTICLES = _words("out up")
_MODALS = _words("will would shall should to can could may might must also jointly further")


def fold(text: str) -> str:
    """Return text lower-cased, accents removed, curly quotes and dashes straightened."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def stem(word: str) -> str:
    """Return a light stem: enough to fold plurals and -al/-ing/-ation endings together."""
    if word.endswith("eed") and len(word) > 5:
        return word[:-1]  # "agreed" -> "agree", not "agre"
    for suffix in ("ational", "ation", "ments", "ment", "ings", "ing", "ally", "al", "ies", "es", "s", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Return the folded word tokens of `text` (digits kept, hyphenated parts split)."""
    return tuple(re.findall(r"[a-z]+|\d+", fold(text).replace("&", " and ")))


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Return the stems of the words of `text` that say what it is about."""
    out: set[str] = set()
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if tok.isdigit():
            year = _year(tok, toks[i - 1] if i else "")
            if year:
                out.add(year)
            continue
        if tok in _STOPWORDS or tok in _GENERIC or len(tok) < 3 or _is_country_word(tok):
            continue
        stemmed = stem(tok)
        out.add(_ACT_OF.get(tok) or _ACT_OF.get(stemmed) or stemmed)
    return frozenset(out)


def _year(tok: str, before: str) -> str | None:
    """Return a year a number names ("2025", or "2027" for the "27" of "2025-27"), else None."""
    if len(tok) == 4 and 1900 <= int(tok) <= 2100:
        return tok
    if len(tok) == 2 and len(before) == 4 and before.isdigit():
        return before[:2] + tok
    return None  # other numbers are quantities, which say little about what a text is about


@lru_cache(maxsize=4096)
def _is_country_word(tok: str) -> bool:
    return gazetteer().resolve(tok) is not None and len(tok) > 3


def word_similarity(a: str, b: str) -> float:
    """Return the Dice coefficient of the content words of two texts (0 when either has none)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Return |a ∩ b| / min(|a|, |b|) (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@lru_cache(maxsize=16384)
def head_act(action: str) -> str | None:
    """Return the act an action starts with: its class ("@meet") or its first content stem."""
    toks = [t for t in tokens(action) if t not in _MODALS]
    for i, tok in enumerate(toks):
        if tok in _STOPWORDS or (tok in _PARTICLES and i and toks[i - 1] in _LIGHT):
            continue
        if i and country_code(tok):
            continue  # "hold a Chile–Indonesia business forum": the states say whose, not what
        if tok in _LIGHT and i + 1 < len(toks):
            rest = [t for t in toks[i + 1 :] if t not in _STOPWORDS and t not in _GENERIC][:4]
            act = next((a for a in (_act_of(t) for t in rest) if a), None)
            if act:
                return act
            continue
        return _act_of(tok) or stem(tok)
    return None


def _act_of(word: str) -> str | None:
    """Return the act class a word or its stem names ("consultations" is a meeting), else None."""
    return _ACT_OF.get(word) or _ACT_OF.get(stem(word))


def is_act_class(act: str | None) -> bool:
    """Say whether a head act is one of the known classes rather than a bare stem."""
    return act is not None and act.startswith("@")


# --------------------------------------------------------------------------- names

_PHONETIC = str.maketrans({"b": "p", "c": "k", "g": "k", "q": "k", "d": "t", "z": "s", "v": "f", "w": "f"})
_GLIDE_J = re.compile(r"(?<=[aeiou])j(?=[aeiou])")


@lru_cache(maxsize=16384)
def name_tokens(name: str) -> tuple[str, ...]:
    """Return a person's name as folded tokens without titles, honorifics or suffixes."""
    toks = re.findall(r"[a-z]+", fold(name).replace(".", " "))
    kept = [t for t in toks if t not in TITLE_WORDS]
    return tuple(kept)


@lru_cache(maxsize=16384)
def full_name_tokens(name: str) -> tuple[str, ...]:
    """Return `name_tokens` with a "Muhammad" in one spelling, kept when a short name needs it.

    "Mohammed Muizzu" and "Mohamed Muizzu" are both ("muhammad", "muizzu"): the title list drops
    one spelling and not the other, which left one report's name a lone surname. A name of two
    words besides ("Mohamed bin Zayed", "Muhammad Shehbaz Sharif") is those words.
    """
    toks = re.findall(r"[a-z]+", fold(name).replace(".", " "))
    kept = ["muhammad" if t in MUHAMMAD_SPELLINGS else t for t in toks
            if t not in TITLE_WORDS or t in MUHAMMAD_SPELLINGS]
    rest = tuple(t for t in kept if t != "muhammad")
    return tuple(kept) if len(rest) < 2 else rest


@lru_cache(maxsize=16384)
def phonetic(token: str) -> str:
    """Return a consonant skeleton that spelling variants share ("shehbaz" and "shahbaz": "shps")."""
    # a "j" between vowels is the glide English spells "y" ("Tokajew", "Tokayev"), which the skeleton drops
    skeleton = _GLIDE_J.sub("y", token).replace("x", "ks").translate(_PHONETIC)
    skeleton = re.sub(r"[aeiouy]", "", skeleton) or token[:1]
    return re.sub(r"(.)\1+", r"\1", skeleton)


def same_token(a: str, b: str) -> bool:
    """Say whether two name tokens are one name spelt alike or as a variant (or an initial)."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if phonetic(a) == phonetic(b):
        return True
    return len(a) > 3 and len(b) > 3 and _ratio(a, b) >= 0.8


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


_ROLE_GENERIC = frozenset(
    tokens("minister deputy vice the of and for state federal chief head senior acting")
)
_ROLE_SYNONYMS = {"premier": "prime", "pm": "prime", "fm": "foreign", "defense": "defence"}


def role_words(role: str | None) -> frozenset[str]:
    """Return the words that tell one office from another ("Minister of Foreign Affairs": foreign)."""
    return frozenset(_ROLE_SYNONYMS.get(t, t) for t in tokens(role or "") if t not in _ROLE_GENERIC)


def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Say whether two title-free names can denote one person (a name split apart as well:
    "Badr Abdel Aty" is "Badr Abdelatty")."""
    if not a or not b:
        return False
    return _names_match(a, b) or any(_names_match(a, j) for j in _joined(b)) or any(
        _names_match(j, b) for j in _joined(a))


def _joined(name: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Yield the name with two neighbouring tokens written as one ("abdel aty" -> "abdelaty")."""
    for i in range(1, len(name) - 1):
        if len(name[i]) > 1 and len(name[i + 1]) > 1:
            yield (*name[:i], name[i] + name[i + 1], *name[i + 2:])


def _names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) >= 2 and len(b) >= 2 and same_token(a[-1], b[-1]) and a[0][0] == b[0][0]:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if all(len(t) == 1 for t in short):
        return False
    pos = 0
    for tok in short:
        found = next((k for k in range(pos, len(long)) if same_token(tok, long[k])), None)
        if found is None:
            return False
        pos = found + 1
    return True


def name_keys(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return where a name is filed and where to look for names that may denote the same person.

    `names_match` pairs names that agree on a later token and an earlier one, in order, so
    the keys pair the skeleton of one token with the first letter of the other: "Shehbaz
    Sharif" is filed under the surname's skeleton with the initial "s" and under "shehbaz"
    with the surname's initial, and meets "Shahbaz Sharif", "S. Sharif" and "Muhammad
    Shehbaz Sharif" there, while the blocks stay as small as one surname with one initial
    (a skeleton alone, shared by every "Tapa" and "Tipo", grows with the corpus). Initials
    and lone names ("Sharif") are matched more loosely, so they look in wider blocks that
    full names only file themselves in: the cost of their vagueness falls on them alone.
    """
    toks = name_tokens(name)
    full = [t for t in toks if len(t) > 1]
    if not full:
        return frozenset(), frozenset()
    if len(toks) < 2 or len(toks[-1]) == 1:
        loose = {f"S|{phonetic(t)}" for t in full}
        return frozenset(loose), frozenset(loose | {f"W|{phonetic(t)}" for t in full})
    last = f"L|{phonetic(toks[-1])}|{_initial(toks[0])}"
    insert = {last} | {f"W|{phonetic(t)}" for t in full}
    probe = {last} | {f"S|{phonetic(t)}" for t in full}
    for i, earlier in enumerate(toks):
        for later in toks[i + 1 :]:
            if len(later) == 1:
                continue
            sound = phonetic(later)
            if len(earlier) > 1:
                insert.add(f"F|{phonetic(earlier)}|{_initial(later)}")
                probe.add(f"F|{phonetic(earlier)}|{_initial(later)}")
            else:  # an initial: compared with every name holding a token of that letter
                insert.add(f"J|{earlier}|{sound}")
                probe.add(f"I|{earlier}|{sound}")
            insert.add(f"I|{earlier[0]}|{sound}")
            probe.add(f"J|{earlier[0]}|{sound}")
    return frozenset(insert), frozenset(probe)


def _initial(token: str) -> str:
    """Return a token's first letter as its skeleton spells it ("b" and "p" are one sound)."""
    return token[0].translate(_PHONETIC)


# --------------------------------------------------------------------------- countries


@lru_cache(maxsize=16384)
def country_code(text: str | None) -> str | None:
    """Return the ISO code of the state `text` names (or names in brackets), else None."""
    if not text:
        return None
    g = gazetteer()
    for candidate in (text, *re.findall(r"\(([^)]*)\)", text)):
        found = g.resolve(candidate.strip())
        if found is not None:
            return found.iso2
    return None


@lru_cache(maxsize=16384)
def place_country(place: str | None) -> str | None:
    """Return the ISO code of a place: a state, or a capital, or a state named in it."""
    if not place:
        return None
    direct = country_code(place)
    if direct:
        return direct
    for part in re.split(r"[,;/]", place):
        capital = gazetteer().by_capital(part)
        if capital is not None:
            return capital.iso2
        code = country_code(part.strip())
        if code:
            return code
    return None


@lru_cache(maxsize=16384)
def countries_in(text: str) -> frozenset[str]:
    """Return the ISO codes of the states and capitals named word by word in `text`.

    A hyphenated name is a place as a whole ("Guinea-Bissau"), else its capitalised parts
    are ("the Chile-Oman agreement", "India-Pakistan talks"); "Bosnia-bound" is one word.
    """
    toks: list[str] = []
    for tok in re.findall(r"[A-Za-z\u00c0-\u024f'.-]+", text):
        if tok.endswith(".") and "." not in tok[:-1]:
            tok = tok[:-1]  # a sentence's full stop ("ties with China."), not an abbreviation's ("U.S.")
        parts = tok.split("-")
        whole = place_country(tok) if tok[:1].isupper() else None
        toks += parts if len(parts) > 1 and not whole and all(p[:1].isupper() for p in parts) else [tok]
    out: set[str] = set()
    for i, tok in enumerate(toks):
        for span in (" ".join(toks[i : i + 3]), " ".join(toks[i : i + 2]), tok):
            code = place_country(span) if span[:1].isupper() else None
            if code:
                out.add(code)
                break
    return frozenset(out)


_MONTHS = _words("january february march april may june july august september october november december")
_DESTINATION = re.compile(r"\b(?:to|in|at|into)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


# where a trip goes: the place right after a verb or noun of travel ("visit Seoul", "a mission to
# Seoul", "travel to Lima", "an official visit to Panama"), not any state an action names ("respond to
# North Korea's tests")
_TRIP_TO = re.compile(r"\b(?:visit(?:s|ed|ing)?(?:\s+to)?|(?:travel\w*|trip|missions?|delegations?|tour\w*)"
                      r"\s+to|arriv\w*\s+in)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def trip_destinations(action: str) -> frozenset[str]:
    """Return the states a trip in an action goes to (ISO codes; a capital counts as its state)."""
    return frozenset(code for m in _TRIP_TO.finditer(_untimed(action)) if (code := place_country(m.group(1))))


# what an action is timed by is not where it goes: "travel to Israel after Netanyahu's visit to Turkey"
_TIMED_BY = re.compile(r"(?i)[,;]?\s+\b(?:after|before|following|once|until|when|ahead\s+of)\b")


def _untimed(action: str) -> str:
    """Return an action without the event it is timed by."""
    return _TIMED_BY.split(action, maxsplit=1)[0]


@lru_cache(maxsize=16384)
def action_targets(action: str) -> frozenset[str]:
    """Return where an action goes: ISO codes of states (a capital counts as its state) or place names."""
    action = _untimed(action)
    out = set(countries_in(action))
    for match in _DESTINATION.finditer(action):
        place = match.group(1)
        if fold(place.split()[0]) in _MONTHS:
            continue
        code = place_country(place)
        out.add(code if code else fold(place))
    return frozenset(out)


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True, order=True)
class DateRange:
    """The days a partial ISO date may denote ("2025-02" is all of February)."""

    lo: date
    hi: date

    def gap(self, other: DateRange) -> int:
        """Return the days between two ranges (0 when they overlap)."""
        if self.hi < other.lo:
            return (other.lo - self.hi).days
        if other.hi < self.lo:
            return (self.lo - other.hi).days
        return 0

    @classmethod
    def day(cls, d: date) -> DateRange:
        return cls(d, d)


@lru_cache(maxsize=16384)
def parse_range(text: str | None) -> DateRange | None:
    """Return the range of an ISO date, year-month or year at the start of `text`, else None."""
    if not text:
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)", text)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            d = date(year, int(month or 1), int(day))
            return DateRange(d, d)
        if month:
            lo = date(year, int(month), 1)
            nxt = date(year + (lo.month == 12), lo.month % 12 + 1, 1)
            return DateRange(lo, nxt - timedelta(days=1))
        return DateRange(date(year, 1, 1), date(year, 12, 31))
    except ValueError:
        return None


def precision(text: str | None) -> int:
    """Return how precise an ISO date string is: 3 day, 2 month, 1 year, 0 none."""
    r = parse_range(text)
    if r is None or text is None:
        return 0
    return 3 if r.lo == r.hi else 2 if (r.hi - r.lo).days < 31 else 1


@lru_cache(maxsize=16384)
def months_between(lo: date, hi: date) -> frozenset[str]:
    """Return the YYYY-MM buckets from `lo` to `hi` (for blocking by time)."""
    out: set[str] = set()
    year, month = lo.year, lo.month
    while (year, month) <= (hi.year, hi.month):
        out.add(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return frozenset(out)


# --------------------------------------------------------------------------- sectors


@lru_cache(maxsize=16384)
def sector_labels(text: str) -> frozenset[str]:
    """Return the project's sector labels named in `text` (none when the taxonomy is absent)."""
    try:
        return frozenset(sectors_for(text))
    except ConfigError:
        return frozenset()


@lru_cache(maxsize=1)
def _broader_labels() -> dict[str, str]:
    """Map each narrower sector label to the broader one its words contain ("trade development": "trade")."""
    try:
        every = labels()
    except ConfigError:
        return {}
    return {a: b for a in every for b in every if set(b.split()) < set(a.split())}


def broad_label(label: str) -> str:
    """Return the broader label a sector label narrows ("halal trade": "trade"), else the label itself."""
    return _broader_labels().get(label, label)


# A document's name ends in one of these nouns; "deal", "pact" and "accord" are agreements
# for its initials ("free trade deal" is an FTA).
_NAME_NOUNS = {"agreement": "a", "agreements": "a", "deal": "a", "deals": "a", "pact": "a", "accord": "a",
               "treaty": "t", "convention": "c", "protocol": "p", "memorandum": "m", "declaration": "d"}
# Acronyms of a kind of document, not of one document: two MoUs of a pair are not one.
_KIND_ACRONYMS = frozenset({"MOU", "MOUS", "MOC", "MOA", "LOI"})
# A pair's economic partnership agreement is its free trade agreement, by whichever name.
_TRADE_DEALS = frozenset({"EPA", "CEPA", "CECA", "TEPA", "SEPA"})
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)|\b([A-Z]{3,8})s?\b")
_ALIAS = re.compile(r"^\W{0,3}(?:(?:henceforth|hereinafter|hereafter|also|commonly|now|often)\s+)?"
                    r"(?:referred\s+to|known|called|abbreviated)\s+as\s+(?:the\s+)?([^,;.()]{1,60})")


@lru_cache(maxsize=16384)
def short_names(subject: str, after: str = "") -> frozenset[str]:
    """Return the acronyms a document goes by: stated ("(CEPA)"), its name's initials, an alias after it.

    "Comprehensive Economic Partnership Agreement" is CEPA and "free trade deal" an FTA;
    `after` is the text that follows the subject ("henceforth referred to as the UK-Japan FTA").
    """
    out = {m.group(1) or m.group(2) for m in _ACRONYM.finditer(subject)}
    words = _NAME_WORD.findall(subject.split("(")[0])
    for i, word in enumerate(words):
        letter = _NAME_NOUNS.get(word.lower())
        if letter is None:
            continue
        run: list[str] = []
        for prior in reversed(words[max(0, i - 4):i]):
            low = prior.lower()
            if low in _STOPWORDS or any(gazetteer().resolve(part) for part in prior.split("-")):
                break  # "UK-Japan Comprehensive …": the parties are not in the initials
            run.insert(0, low[0])
        if len(run) >= 2:
            out.add("".join(run).upper() + letter.upper())
    alias = _ALIAS.match(after)
    if alias:
        out |= {m.group(1) or m.group(2) for m in _ACRONYM.finditer(alias.group(1))}
    names = frozenset(n.upper() for n in out if len(n) >= 3) - _KIND_ACRONYMS
    return names | {"FTA"} if names & _TRADE_DEALS else names


_PERSON_LIKE = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*")


def may_be_same_actor(a: str | None, b: str | None) -> bool:
    """Say whether two actors can be one: unless both are people's names, and different people.

    A state ("Turkey") may act through any of its people, so it is never told apart.
    """
    ta, tb = (name_tokens(x) if x and _PERSON_LIKE.fullmatch(x.strip()) and not countries_in(x)
              and not country_code(x) else () for x in (a, b))
    return not ta or not tb or names_match(ta, tb)


def _plural(noun: str) -> str:
    if noun.endswith("y"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch")) else "s")


# "Czech companies", "Emirati investors", "local businesses": firms or traders, never a state or its bank
_FIRMS = frozenset(_plural(n) for n in COMPANY_NOUNS | INVESTOR_NOUNS)


def firms_actor(actor: str | None) -> bool:
    """Say whether an actor is firms or traders in plural ("Czech companies", "Turkish investors"): a promise
    of theirs is not their state's, nor its export bank's ("the Czech Export Bank would provide …")."""
    words = tokens(actor or "")
    return bool(words) and words[-1] in _FIRMS
