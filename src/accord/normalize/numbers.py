"""Numbers as news writes them: digits with scales ("$1.45 billion", "US$500mil", "Rs 5,000 crore"),
number words ("twenty five thousand", "one billion"), vague plurals ("hundreds of millions").

One reading for the figures an article states and for the amounts consolidation compares.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from accord.lexicon import CURRENCY_WORDS

# number words and their values
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}
# the words that scale a number after it
SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
          "bln": 1e9, "trillion": 1e12, "tn": 1e12, "tln": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7,
          "mil": 1e6, "bil": 1e9, "tril": 1e12}  # "US$500mil (RM2.1bil)", as Malaysian papers write them
# letters that scale an amount of money only ("$40m", "€3bn"; "40m" alone may be metres)
MONEY_SUFFIX = {"k": 1e3, "m": 1e6, "b": 1e9}
# vague plurals, read as their scale ("hundreds of millions" is 1e8)
PLURAL_SCALES = {"tens": 10, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
                 "trillions": 1e12, "dozens": 12}

# fractions written out, by their denominators ("a third", "two-thirds", "one-tenth")
_FRACTIONS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_FRACTION = re.compile(r"\b(a|an|one|two|three|four|nine)[\s-]+(" + "|".join(_FRACTIONS) + r")s?\b")
# Half of one of a scale, in words ("half a billion pounds", "half a million doses", "half a dozen ships").
_HALF_A = re.compile(r"\bhalf[\s-]+(?=an?[\s-]+(?:" + "|".join(SCALES) + r"|hundred|dozen)\b)")


# A decimal read out in words, as broadcasters' scripts write it ("five-point-seven billion dollars",
# "14-point-eight billion"): the whole part, then one digit or more after the point.
_DIGIT_NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
SPOKEN_DECIMAL = (r"\b(?P<whole>\d+|" + "|".join(NUMBER_WORDS) + r")-point-(?P<part>\d+|"
                  + "|".join(_DIGIT_NAMES) + r")\b")
# A whole number and a half or a quarter, in words ("one and a half billion dollars", "two-and-a-half
# million tonnes", "3 and a quarter"); not the end of a longer number ("twenty-five and a half").
_PARTS = {"half": "5", "quarter": "25"}
_WHOLES = "|".join(w for w in NUMBER_WORDS if w not in ("hundred", "dozen"))
SPOKEN_HALF = (r"(?<!ty )(?<!ty-)\b(?P<hwhole>\d+|" + _WHOLES + r")[\s-]+and[\s-]+an?[\s-]+(?P<hpart>"
               + "|".join(_PARTS) + r")\b")
# Thousands parted by spaces, as southern African and French-writing papers print them ("684 000").
# A small number in Roman letters ("VI", "XVI", "Charles III", "the VIII Summit"): a reign's or a
# gathering's number, not a body's letters ("MDC", "CDM").
ROMAN_NUMERAL = re.compile(r"X{0,2}(?:IX|IV|VI{0,3}|I{1,3})|X{1,2}")
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+\b(?![.,]\d)")
_SPOKEN = re.compile("(?i)" + SPOKEN_DECIMAL + "|" + SPOKEN_HALF)


def _in_digits(spoken: re.Match[str]) -> str:
    """Return a decimal read out in words in digits ("five-point-seven" -> "5.7", "one and a half" ->
    "1.5")."""
    half = spoken.group("hwhole") is not None
    whole, part = (spoken.group(("h" if half else "") + name).lower() for name in ("whole", "part"))
    whole = whole if whole.isdigit() else str(NUMBER_WORDS[whole])
    part = _PARTS[part] if half else part if part.isdigit() else str(_DIGIT_NAMES.index(part))
    return f"{whole}.{part}"


@lru_cache(maxsize=16384)
def parse_number(value: str) -> float | None:
    """Return the number a figure's text states ('$1.45 billion' -> 1.45e9, 'three-year' -> 3)."""
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", _SPOKEN.sub(_in_digits, value.lower()))
    text = _SPACED_THOUSANDS.sub(lambda m: re.sub(r"\s", "", m.group(0)), text)  # "13 500 tonnes"
    half = _HALF_A.search(text)
    if half is not None and not re.search(r"\d", text[:half.start()]):
        whole = parse_number(text[half.end():])  # "nearly half a billion pounds": half of "a billion pounds"
        return None if whole is None else whole / 2
    fraction = _FRACTION.search(text)
    if fraction is not None and not re.search(r"\d", text[:fraction.start()]):
        # "a third of global palm oil", "about two-thirds of the loan"
        return NUMBER_WORDS.get(fraction.group(1), 1) / _FRACTIONS[fraction.group(2)]
    toks = re.findall(r"\d+(?:\.\d+)?|[a-z]+", text)
    for i, tok in enumerate(toks):
        if tok[0].isdigit():
            number = float(tok)
            rest = toks[i + 1] if i + 1 < len(toks) else ""
            # "$40m", "KSh 1.17b", "Rs 5b": a letter scales an amount written with its currency
            if rest in MONEY_SUFFIX and (re.search(SIGN_CLASS, text) or not CURRENCY_WORDS.isdisjoint(toks)
                                         or text.endswith(SHILLING_MARK)):
                return number * MONEY_SUFFIX[rest]
            return number * SCALES.get(rest, 1.0) + _smaller_part(toks[i + 2:], SCALES.get(rest, 1.0))
        if tok in NUMBER_WORDS:
            return words_value(toks[i:])
        if tok in SCALES and len(tok) > 4 and i > 0 and toks[i - 1] in ("a", "an"):
            return words_value(toks[i:])  # "a billion dollars", "a million doses"
    if toks[:2] == ["half", "of"] or toks == ["half"]:
        return 0.5  # "half of its exports"
    plural = [PLURAL_SCALES[t] for t in toks if t in PLURAL_SCALES]
    return float(math.prod(plural)) if plural else None  # "hundreds of millions" is 1e8


def _smaller_part(toks: list[str], scale: float) -> float:
    """Return the smaller part an amount adds after its scale ("Rs. 3 billion 6 million" adds 6 million to
    3 billion; "and" may join them), or 0."""
    if toks[:1] == ["and"]:
        toks = toks[1:]
    if len(toks) < 2 or not toks[0][0].isdigit() or SCALES.get(toks[1], scale) >= scale:
        return 0.0
    return float(toks[0]) * SCALES[toks[1]]


def words_value(toks: list[str]) -> float:
    """Return the value of a run of number words ("twenty five thousand")."""
    total = current = 0.0
    for tok in toks:
        if tok == "hundred":
            current = (current or 1) * 100
        elif tok in NUMBER_WORDS:
            current += NUMBER_WORDS[tok]
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0.0
        elif tok != "and":
            break
    return total + current


# The signs a currency is written with: also the cedi ("GH¢", "GH₵"), naira, peso, won, dong, lira, rouble.
CURRENCY_SIGNS = frozenset("$€£¥₹¢₵₦₱₩₫₺₽")
# The signs as a character class for patterns ("[$€£…]").
SIGN_CLASS = "[" + re.escape("".join(sorted(CURRENCY_SIGNS))) + "]"
# An amount with a currency's one capital letter glued to it and its scale after, as papers write the
# naira, rand, pula and kwacha ("N250 billion", "R1.5bn", "K50m").
LETTER_MONEY = r"\b(?P<letter>[RPNK])\d[\d,]*(?:\.\d+)?\s?(?:million|billion|trillion|bn|mn|tn|m|b)\b"
# The mark East African papers write shillings with, after the amount ("1.1tril/-", "885bn/-", "500,000/-").
SHILLING_MARK = "/-"
MARKED_SHILLINGS = (r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?:tril|trn|tn|bn|bil|mn|mil|[mbk])?"
                    + re.escape(SHILLING_MARK))
# Currencies written as words or codes that a sign also writes ("2 billion dollars" is "$2 billion").
_SIGN_OF = {"dollar": "$", "dollars": "$", "usd": "$", "euro": "€", "euros": "€", "eur": "€",
            "pound": "£", "pounds": "£", "gbp": "£", "yen": "¥", "jpy": "¥"}


_LETTER_MONEY = re.compile(LETTER_MONEY)


def currency_of(value: str) -> str:
    """Return the currency an amount is written in ("US$5m" -> "$", "30 billion baht" -> "baht"), or ""."""
    marks = [w for w in re.findall(r"[A-Za-z]*" + SIGN_CLASS + r"|[A-Za-z]+", value)
             if w.lower() in CURRENCY_WORDS or w[-1] in CURRENCY_SIGNS]
    if not marks and value.rstrip().endswith(SHILLING_MARK):
        return "sh"  # "885bn/-": the shilling's mark after the amount
    if not marks and (letter := _LETTER_MONEY.search(value)) is not None:
        marks = [letter.group("letter")]  # "N3.1 trillion": the naira's letter glued to the amount
    return re.sub(r"^US(?=\$)", "", marks[0]).lower() if marks else ""


def currency_sign(value: str) -> str:
    """Return an amount's currency, a sign where one writes it ("8.79 billion dollars" -> "$"), or ""."""
    currency = currency_of(value)
    return _SIGN_OF.get(currency, currency)
