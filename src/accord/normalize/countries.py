"""A gazetteer of states: names, alternative spellings, demonyms, ISO codes and capitals.

Built once per process from the `countryinfo` package's data, plus the handful of forms
news writing uses that the data lacks ("Belarus'", "U.S.", "Türkiye", "Beijing" for China
is *not* added: a capital names a place, not a party).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import countryinfo

# Forms that press text uses and the data does not carry, keyed by ISO alpha-2.
_EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "U.S.A.", "America", "the United States", "Washington"),
    "GB": ("Britain", "U.K."),
    "KR": ("Korea", "ROK", "S. Korea"),
    "KP": ("DPRK",),
    "CN": ("PRC",),
    "TR": ("Türkiye",),
    "CZ": ("Czechia",),
    "VN": ("Viet Nam",),
    "LK": ("Ceylon",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "RU": ("Russian Federation",),
    "BY": ("Belorussia",),
    "CD": ("DRC",),
    "VA": ("Vatican",),
    "FM": ("Micronesia",),
    "LA": ("Lao PDR",),
    "SA": ("KSA",),
    # short names of the saints' states that Caribbean writing uses alone ("St Kitts", "Saint Vincent")
    "KN": ("Saint Kitts",),
    "VC": ("Saint Vincent",),
    # the Caribbean press's short forms ("T&T will give …", "the T&T Government")
    "TT": ("T&T", "Trinidad & Tobago"),
}
_EXTRA_DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("U.S.",),
    "GB": ("UK",),
    "KR": ("Korean", "South Korean"),
    "AE": ("Emirati",),
    "BY": ("Belarussian", "Belorussian"),
    "PK": ("Pakistani",),
    "CN": ("Chinese",),
    "VN": ("Vietnamese",),
    "PH": ("Filipino", "Philippine"),
    "NL": ("Dutch",),
    "SA": ("Saudi",),
    # adjectives the data leaves out (it keeps one demonym a state, often the person noun)
    "AR": ("Argentine", "Argentinian"),
    "UZ": ("Uzbek",),
    "KZ": ("Kazakh",),
    "KG": ("Kyrgyz", "Kyrgyzstani"),
    "TJ": ("Tajik", "Tajikistani"),
    "LA": ("Lao",),
    "IS": ("Icelandic",),
    "NP": ("Nepali",),
    "MV": ("Maldivian",),
    "TL": ("Timorese",),
    "DJ": ("Djiboutian",),
    "BW": ("Botswanan", "Motswana"),
    "LS": ("Basotho",),
    "EC": ("Ecuadorian",),
    "SR": ("Surinamese",),
    "LU": ("Luxembourgish",),
    "SI": ("Slovenian",),
    "BA": ("Bosnian",),
    "SK": ("Slovakian",),
    "AZ": ("Azeri",),
    "KM": ("Comorian",),
    "CV": ("Cabo Verdean", "Cape Verdean"),
    "ST": ("Santomean",),
    "KN": ("Kittitian",),
}
# capitals used metonymically are too ambiguous to list; only the US one above is kept.

# press forms that more often name something else: a capital, a continent, an airline, a tea
_NOT_WHOLE_NAMES = frozenset({"Washington", "America", "Emirates", "Ceylon"})


@lru_cache(maxsize=1)
def press_names() -> frozenset[str]:
    """Return the names other than a state's canonical one that name it as a whole in press text: the
    forms news writing adds ("Korea", "Viet Nam", "Czechia") and a name hyphened whole ("Timor-Leste",
    "Bosnia-Herzegovina"); not a code ("ROK"), a capital ("Washington") or a phrase with "the"."""
    hyphened = {a for c in gazetteer().countries for a in c.aliases
                if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", a)}
    added = {a for names in _EXTRA_NAMES.values() for a in names
             if a[:1].isupper() and not a.isupper() and "." not in a}
    return frozenset(hyphened | added) - _NOT_WHOLE_NAMES


@dataclass(frozen=True, slots=True)
class Country:
    """One state as the gazetteer knows it."""

    name: str
    iso2: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    capital: str | None
    population: int = 0


def fold(text: str) -> str:
    """Return text lower-cased, accents removed, curly apostrophes straightened."""
    text = text.replace("\u2019", "'")
    if text.isascii():  # nothing to decompose: most text, and the cost of a stored fact's terms
        return text.lower().strip()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def _unspaced(text: str) -> str:
    return "".join(fold(text).split())


class Gazetteer:
    """Look up states by name, alias, ISO code or demonym."""

    def __init__(self, countries: list[Country]) -> None:
        self.countries = countries
        self._by_key: dict[str, Country] = {}
        self._demonym: dict[str, Country] = {}
        self._capital: dict[str, Country] | None = None  # built on first use
        # on a shared demonym or alias ("American", "French") the most populous state wins
        for c in sorted(countries, key=lambda c: -c.population):
            for alias in (c.name, *c.aliases):
                self._by_key.setdefault(fold(alias), c)
            for d in c.demonyms:
                self._demonym.setdefault(fold(d), c)
        for c in countries:  # canonical names win over another state's alias
            self._by_key[fold(c.name)] = c

    def country(self, text: str) -> Country | None:
        """Return the state a name, alias or ISO code denotes ("Belarus'" counts)."""
        key = fold(text)
        key = re.sub(r"^the\s+", "", key)
        key = re.sub(r"'s?$", "", key)
        return self._by_key.get(key) or self._by_key.get("the " + key)

    def by_demonym(self, text: str) -> Country | None:
        """Return the state a demonym ("Belarusian", "Pakistani") belongs to."""
        return self._demonym.get(fold(text))

    def resolve(self, text: str) -> Country | None:
        """Return the state named by `text` as a name, alias, code or demonym."""
        return self.country(text) or self.by_demonym(text)

    def by_capital(self, text: str) -> Country | None:
        """Return the state whose capital `text` names ("BUENOS AIRES" -> Argentina).

        A capital written in its own language's syllables names it too: "Hà Nội" and "Ha Noi"
        are Hanoi (the words are compared without the spaces between them).
        """
        if self._capital is None:
            self._capital = {_unspaced(c.capital): c for c in self.countries if c.capital}
        return self._capital.get(_unspaced(text))

    def by_iso2(self, code: str) -> Country | None:
        """Return the state with ISO 3166 alpha-2 `code`."""
        code = code.upper()
        return next((c for c in self.countries if c.iso2 == code), None)

    def forms(self, country: Country) -> set[str]:
        """Return the folded names, aliases and demonyms text may call a state by."""
        return {fold(x) for x in (country.name, *country.aliases, *country.demonyms) if x.strip()}

    def named_in(self, text: str) -> set[Country]:
        """Return every state whose name, alias or demonym occurs in `text` as whole words.

        Where two forms overlap, the longer one is read ("Republic of Korea" names KR only,
        even though "Korea" is inside it).
        """
        pattern, owners = self._finder
        return {c for m in pattern.finditer(fold(text)) for c in owners[m.group()]}

    @cached_property
    def _finder(self) -> tuple[re.Pattern[str], dict[str, list[Country]]]:
        owners: dict[str, list[Country]] = {}
        for c in self.countries:
            for form in self.forms(c):
                owners.setdefault(form, []).append(c)
        alternatives = "|".join(re.escape(f) for f in sorted(owners, key=len, reverse=True))
        # lookarounds, not \b: forms such as "U.S." end in punctuation
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), owners


def _with_saint_short(forms: list[str]) -> tuple[str, ...]:
    """Return forms plus each "Saint …" written "St. …" and "St …" ("St. Lucia", "St Kitts and Nevis")."""
    out = list(forms)
    for form in forms:
        if form.startswith("Saint "):
            out += [f"St. {form[6:]}", f"St {form[6:]}"]
    return tuple(dict.fromkeys(out))


def _aliases(info: Mapping[str, Any], iso2: str) -> tuple[str, ...]:
    raw = info.get("altSpellings") or []
    out: list[str] = []
    for alias in raw if isinstance(raw, list) else []:
        text = str(alias)
        # two- and three-letter codes are too ambiguous in running text ("IN", "US", "TO")
        if len(text) <= 3 or not all(ord(ch) < 0x250 for ch in text):
            continue
        out.append(text)
    out.extend(_EXTRA_NAMES.get(iso2, ()))
    return _with_saint_short([str(info.get("name") or ""), *out])[1:]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Return the process-wide gazetteer (built on first use, ~0.1 s)."""
    countries: list[Country] = []
    for entry in countryinfo.all_countries():
        info = entry.info()
        iso = info.get("ISO") or {}
        iso2 = str(iso.get("alpha2") or "") if isinstance(iso, dict) else ""
        name = str(info.get("name") or "")
        if not iso2 or not name:
            continue
        demonym = str(info.get("demonym") or "")
        demonyms = _with_saint_short([d for d in (demonym,) if d] + list(_EXTRA_DEMONYMS.get(iso2, ())))
        capital = info.get("capital")
        population = info.get("population")
        countries.append(Country(
            name, iso2, demonyms, _aliases(info, iso2), str(capital) if capital else None,
            int(population) if isinstance(population, (int, float)) else 0,
        ))
    countries.sort(key=lambda c: c.iso2)
    return Gazetteer(countries)


def state_named(text: str) -> Country | None:
    """Return the state a person names on the command line or in a query: an ISO alpha-2 code
    (any case), or a name, alias or demonym; None when it is none of them."""
    text = text.strip()
    if not text:
        return None
    return gazetteer().by_iso2(text) if len(text) == 2 else gazetteer().resolve(text)
