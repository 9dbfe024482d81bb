"""Text rules of the gold-set scorer: sentences, evidence location, words, names, numbers.

These restate the matching rules documented in `../shared/tools/score.py` so that
`accord eval` counts exactly what that scorer counts (a test runs both and compares).
Nothing here knows about facts; `evaluate_match` builds on these pieces.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeGuard

from accord.lexicon import DOCUMENT_NOUNS, GENERAL_DOCUMENT_NOUNS, words


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range of an article."""

    start: int
    end: int

    def shared(self, other: Span) -> int:
        """Return how many characters the two spans have in common."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def iou(self, other: Span) -> float:
        """Return shared characters over the extent the two spans cover together."""
        extent = max(self.end, other.end) - min(self.start, other.start)
        return self.shared(other) / extent if extent > 0 else 0.0


def is_plain_int(value: Any) -> TypeGuard[int]:
    """Return True for an int that is not a bool (JSON true is not an offset)."""
    return isinstance(value, int) and not isinstance(value, bool)


# --------------------------------------------------------------------------- sentences

# A '.' right after one of these (or after a lone capital initial) does not end a sentence.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "capt", "maj",
    "sgt", "adm", "rev", "hon", "gov", "sen", "rep", "messrs", "vs", "etc", "inc", "ltd",
    "co", "corp", "dept", "approx", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "h.e", "e.g", "i.e", "a.m", "p.m",
})
_TERMINATOR = re.compile(r"[.!?]+[\"'\u2019\u201d\u00bb)\]]*\s+")
_SENTENCE_OPENERS = frozenset("\"'\u201c\u2018\u00ab([")
_ABBREV_WINDOW = 12
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def sentence_starts(text: str) -> list[int]:
    """Return the sorted offsets where the scorer's sentences begin (0 first)."""
    starts = {0}
    for m in _TERMINATOR.finditer(text):
        after = m.end()
        if after >= len(text):
            continue
        if not (text[after].isupper() or text[after] in _SENTENCE_OPENERS):
            continue
        if text[m.start()] == "." and _closes_abbreviation(text, m.start()):
            continue
        starts.add(after)
    starts.update(i + 1 for i, ch in enumerate(text) if ch == "\n" and i + 1 < len(text))
    return sorted(starts)


def _closes_abbreviation(text: str, dot: int) -> bool:
    """Return True when the word just before text[dot] is an abbreviation or an initial."""
    window = text[max(0, dot - _ABBREV_WINDOW):dot]
    # a single trailing newline is looked through, as `$` in a regular expression does
    if window.endswith("\n"):
        window = window[:-1]
    begin = len(window)
    while begin > 0 and window[begin - 1] in _WORD_CHARS:
        begin -= 1
    word = window[begin:].strip(".")
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in ABBREVIATIONS


# --------------------------------------------------------------------------- evidence

_PUNCT_FOLD = str.maketrans(
    {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032"}
    | {c: '"' for c in "\u201c\u201d\u201e\u201f\u2033"}
    | {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}
    | {"\u00a0": " "}
)


def squash(text: str) -> tuple[str, list[int]]:
    """Return text with typographic quotes/dashes made plain and white-space runs
    made one space, plus the original offset of every kept character."""
    out: list[str] = []
    where: list[int] = []
    previous_space = False
    for i, ch in enumerate(text.translate(_PUNCT_FOLD)):
        space = ch.isspace()
        if space and previous_space:
            continue
        previous_space = space
        out.append(" " if space else ch)
        where.append(i)
    return "".join(out), where


def nearest_occurrence(haystack: str, needle: str, near: int | None) -> int | None:
    """Return where needle occurs closest to `near` (ties: earlier), or its first place."""
    first = haystack.find(needle)
    if first < 0 or near is None:
        return None if first < 0 else first
    best = first
    pos = haystack.find(needle, first + 1)
    while pos >= 0:
        if abs(pos - near) < abs(best - near):
            best = pos
        pos = haystack.find(needle, pos + 1)
    return best


class ScoredText:
    """One article's text with the sentence index that matching consults."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = sentence_starts(text)
        self._squashed: tuple[str, list[int]] | None = None

    def sentences(self, span: Span) -> frozenset[int]:
        """Return the numbers of the sentences a span touches, its edge spaces ignored."""
        lo, hi = span.start, span.end
        while lo < hi and self.text[lo].isspace():
            lo += 1
        while hi > lo and self.text[hi - 1].isspace():
            hi -= 1
        first = bisect.bisect_right(self.starts, lo) - 1
        last = bisect.bisect_right(self.starts, max(lo, hi - 1)) - 1
        return frozenset(range(first, last + 1))

    def locate(self, evidence: Any) -> Span | None:
        """Return the span evidence (a quote or a {start, end, text} object) points at."""
        near: int | None = None
        quote: Any = evidence
        if isinstance(evidence, dict):
            quote = evidence.get("text")
            start, end = evidence.get("start"), evidence.get("end")
            if (is_plain_int(start) and is_plain_int(end) and 0 <= start < end <= len(self.text)
                    and (quote is None or self.text[start:end] == quote)):
                return Span(start, end)
            if is_plain_int(start):
                near = start
        if not isinstance(quote, str) or not quote.strip():
            return None
        pos = nearest_occurrence(self.text, quote, near)
        if pos is not None:
            return Span(pos, pos + len(quote))
        return self._locate_loosely(quote.strip(), near)

    def _locate_loosely(self, quote: str, near: int | None) -> Span | None:
        # `near` is an offset of the raw text yet compared with squashed offsets: that is
        # how the reference scorer behaves, and ties must break the same way
        if self._squashed is None:
            self._squashed = squash(self.text)
        squashed, where = self._squashed
        needle = squash(quote)[0]
        pos = nearest_occurrence(squashed, needle, near)
        if pos is None:
            return None
        return Span(where[pos], where[pos + len(needle) - 1] + 1)


# --------------------------------------------------------------------------- words


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS = _word_set("""
a an the and or nor of on in for to with by at from as into onto under over upon about within
without between among amongst across through during via per than its it their his her this
that these those which who whom whose is are was were be been being has have had will would
shall should can could may might also other both each all any such including include includes
included plus well not no
""")

# Words that say "an agreement between two states" without saying what about. The
# reference scorer's list names no pact, protocol or convention: kept so, scores must agree.
_REFERENCE_LEAVES_OUT = words("pact pacts protocol protocols convention conventions")
GENERIC_SUBJECT_WORDS = _word_set("""
cooperation cooperate cooperative co operation collaboration collaborate collaborative
understanding field fields area areas
sector sectors sphere spheres domain domains between two countries country sides side parties
party bilateral signed sign signing inked exchanged concluded reached various several
pakistan pakistani belarus belarusian
""") | GENERAL_DOCUMENT_NOUNS | (DOCUMENT_NOUNS - _REFERENCE_LEAVES_OUT)

GENERIC_ROLE_WORDS = frozenset({"minister", "ministers", "deputy", "vice", "acting", "first"})

_SPELT_OUT = (
    (re.compile(r"\bICT\b"), "information communication technology"),
    (re.compile(r"\bIT\b"), "information technology"),
    (re.compile(r"\bS&T\b"), "science technology"),
    (re.compile(r"\bPM\b"), "prime minister"),
    (re.compile(r"\bFM\b"), "foreign minister"),
)

# Other names a party goes by; only one-word names are used to drop words.
PARTY_ALIASES: dict[str, tuple[str, ...]] = {
    "china": ("chinese", "prc"),
    "turkey": ("turkish", "turkiye"),
    "turkiye": ("turkish", "turkey"),
    "united states": ("us", "usa", "american", "america"),
    "united kingdom": ("uk", "british", "britain"),
    "united arab emirates": ("uae", "emirati", "emirates"),
    "uae": ("emirati", "emirates"),
    "south africa": ("african",),
    "netherlands": ("dutch",),
}

_TOKEN = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Return text without accents, lower-cased."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def words_of(text: str) -> list[str]:
    """Return the runs of ASCII letters and digits in folded text."""
    return _TOKEN.findall(fold(text))


def light_stem(word: str) -> str:
    """Return word with one plural and one derivational ending and a final y/e removed."""
    if len(word) <= 3 or word.isdigit():
        return word
    word = _strip_plural(word)
    word = _strip_suffix(word)
    return word[:-1] if word[-1] in "ye" and len(word) > 4 else word


def _strip_plural(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and word[-2:] not in ("ss", "us", "is"):
        return word[:-1]
    return word


def _strip_suffix(word: str) -> str:
    if word.endswith("ing") and len(word) > 5:
        return word[:-3]
    if word.endswith("ical") and len(word) > 6:
        return word[:-4] + "y"
    if word.endswith("ial") and len(word) > 6:
        return word[:-3]
    if word.endswith("al") and len(word) > 6:
        return word[:-2]
    return word


_GENERIC_SUBJECT_STEMS = frozenset(map(light_stem, GENERIC_SUBJECT_WORDS))
_FUNCTION_STEMS = frozenset(map(light_stem, FUNCTION_WORDS))


def spell_out(text: str) -> str:
    """Return text with the acronyms IT, ICT, S&T, PM and FM written in full."""
    for pattern, full in _SPELT_OUT:
        text = pattern.sub(full, text)
    return text


@dataclass(frozen=True, slots=True)
class Parties:
    """The parties of an article's gold instruments: words that say nothing of a subject."""

    multiword: tuple[str, ...] = ()
    oneword: tuple[str, ...] = ()

    @classmethod
    def named(cls, names: Iterable[str]) -> Parties:
        """Return the filter for these party names and their known aliases."""
        multi: set[str] = set()
        single: set[str] = set()
        for name in names:
            toks = [w for w in words_of(name) if w not in FUNCTION_WORDS]
            if not toks:
                continue
            key = " ".join(toks)
            (multi if len(toks) > 1 else single).add(key)
            single.update(a for a in PARTY_ALIASES.get(key, ()) if " " not in a)
        return cls(tuple(sorted(multi, key=lambda p: (-len(p), p))), tuple(sorted(single)))

    def remove_from(self, toks: list[str]) -> list[str]:
        """Return toks without the party names (multi-word ones first) and their aliases."""
        padded = f" {' '.join(toks)} "
        for phrase in self.multiword:
            padded = padded.replace(f" {phrase} ", " ")
        return [w for w in padded.split() if not self._names_party(w)]

    def _names_party(self, word: str) -> bool:
        # a five-letter prefix catches "pakistani" for "pakistan", "belarusian" for "belarus"
        return any(word == n or (len(n) >= 5 and word.startswith(n[:5])) for n in self.oneword)


WordSets = tuple[frozenset[str], frozenset[str]]


def subject_words(texts: Iterable[str], parties: Parties) -> WordSets:
    """Return (content stems, stems of all but function words) of subject-like text."""
    toks = [w for w in words_of(spell_out(" ; ".join(texts))) if len(w) > 1 and w not in FUNCTION_WORDS]
    loose = frozenset(s for s in map(light_stem, toks) if s not in _FUNCTION_STEMS)
    content = frozenset(
        light_stem(w) for w in parties.remove_from(toks)
        if w not in GENERIC_SUBJECT_WORDS and light_stem(w) not in _GENERIC_SUBJECT_STEMS
    )
    return content, loose


def role_words(role: str) -> WordSets:
    """Return (distinctive stems, all stems but function words) of a role title."""
    role = re.sub(r"\bpremier\b", "prime minister", spell_out(role), flags=re.IGNORECASE)
    toks = [w for w in words_of(role) if len(w) > 1 and w not in FUNCTION_WORDS]
    return (frozenset(light_stem(w) for w in toks if w not in GENERIC_ROLE_WORDS),
            frozenset(map(light_stem, toks)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Return |a & b| / |a | b| (0.0 for two empty sets)."""
    return len(a & b) / len(a | b) if a or b else 0.0


# --------------------------------------------------------------------------- names

HONORIFICS = _word_set("""
mr mrs ms miss dr prof professor sir he excellency his her president prime minister senator
sheikh shaikh muhammad mohammad mohammed muhammed mohamed madam mister pm fm
""")
_HIS_EXCELLENCY = re.compile(r"\bh\s*\.\s*e\s*\.")


def name_key(name: str) -> tuple[str, ...]:
    """Return a person's name as folded words without titles (all words if only titles)."""
    toks = words_of(_HIS_EXCELLENCY.sub(" ", fold(name)))
    return tuple(w for w in toks if w not in HONORIFICS) or tuple(toks)


def same_person(pred: tuple[str, ...], gold: tuple[str, ...]) -> float | None:
    """Return the string similarity of two name keys when they may name one person."""
    if not pred or not gold:
        return None
    joined_p, joined_g = " ".join(pred), " ".join(gold)
    ratio = difflib.SequenceMatcher(None, joined_p, joined_g).ratio()
    if joined_p == joined_g or ratio >= 0.85:
        return ratio
    if pred[-1] == gold[-1] and pred[0][0] == gold[0][0]:
        return ratio
    shorter, longer = sorted((pred, gold), key=len)
    if len(shorter) >= 2 and set(shorter) <= set(longer):
        return ratio
    return None


# --------------------------------------------------------------------------- numbers

SMALL_NUMBERS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "single": 1, "couple": 2,
    "half": 0.5,
}
MULTIPLIERS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "mln": 1e6, "mn": 1e6,
    "crore": 1e7, "billion": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
    "trn": 1e12,
}
# "mn", "bn" and "tn" only count after a digit: alone they are too often something else
_BARE_MULTIPLIERS = frozenset(MULTIPLIERS) - {"mn", "bn", "tn"}
# "$5m", "$2b": one-letter scales only where the value is money
CURRENCY_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9}
VAGUE_QUANTITIES: dict[str, float] = {
    "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    "dozens": 12,
}
_MONEY = re.compile(r"[$\u20ac\u00a3\u00a5\u20b9]|\b(usd|eur|gbp|dollars?|euros?|rs|pkr)\b")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_NUMBER_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+")


def number_in(value: Any) -> float | None:
    """Return the quantity a figure's value states ('$100 bn' is 1e11, 'three-year' is 3)."""
    if is_plain_int(value) or isinstance(value, float):
        return float(value)
    if not isinstance(value, str):
        return None
    text = _THOUSANDS_COMMA.sub("", fold(value))
    toks = _NUMBER_TOKEN.findall(text)
    for i, tok in enumerate(toks):
        if tok[0].isdigit():
            return _times_scale(float(tok), toks[i + 1:i + 2], bool(_MONEY.search(text)))
        if tok in SMALL_NUMBERS or tok in _BARE_MULTIPLIERS:
            return _spelt_number(toks[i:])
    return next((VAGUE_QUANTITIES[t] for t in toks if t in VAGUE_QUANTITIES), None)


def _times_scale(number: float, following: list[str], money: bool) -> float:
    word = following[0] if following else ""
    if word in MULTIPLIERS:
        return number * MULTIPLIERS[word]
    if money and word in CURRENCY_SCALES:
        return number * CURRENCY_SCALES[word]
    return number


def _spelt_number(toks: list[str]) -> float:
    """Return the value of number words at the head of toks ('twenty five thousand')."""
    done = pending = 0.0
    for tok in toks:
        if tok in SMALL_NUMBERS:
            pending += SMALL_NUMBERS[tok]
        elif tok == "hundred":
            pending = (pending or 1) * 100
        elif tok in MULTIPLIERS:
            done += (pending or 1) * MULTIPLIERS[tok]
            pending = 0.0
        elif tok != "and":
            break
    return done + pending
