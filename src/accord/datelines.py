"""The dateline that opens a news story: "ISLAMABAD:", "BERLIN, May 4 (Reuters) -", "Hanoi (VNA) —".

Ingest reads the place and the agency from it (`accord.ingest.metadata`); the parse starts the
story's first sentence after it (`accord.nlp`), so its place and day are never read as part of
what the sentence reports. A transcript's line labels (time stamps, speakers) are read here too.
"""

from __future__ import annotations

import re

from accord.normalize.countries import gazetteer

DATELINE_LINES = 8  # a dateline opens one of the first lines of a story
# accord's own date stamp opening a saved text (" date 2025-04-11 "); the story starts after it
STAMP = re.compile(r"\A\ufeff?[ \t]*(date[ \t]+(\d{4}-\d{2}-\d{2}))(?=\s|\Z)[ \t]*")

_UPPER = "A-ZÀ-ÖØ-Þ"  # capitals, Latin-1's too ("STØRE", "ASUNCIÓN")
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}.'’-]*[{_UPPER}.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}"
_PLACE = rf"{_CAPS_PLACE}(?:\s*/\s*{_CAPS_PLACE})*"
_TITLE_PLACE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_TITLE_PLACES = rf"{_TITLE_PLACE}(?:\s*/\s*{_TITLE_PLACE})*"  # filed from two: "Port Louis/New Delhi, …"
_MONTH = r"[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?"  # "March", "Jan.", "MARCH"
_DATE_DAY = r"\d{1,2}(?:st|nd|rd|th)?"       # "3", "3rd"
# a date in figures, as Central Asian agencies write it: "DUSHANBE, 12.11.2026 /Khovar/."
_NUMERIC_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{4}"
_DAY = (rf"(?:(?:,|\s+[-–—])?\s*(?P<day>(?:{_MONTH}\s+{_DATE_DAY}|{_DATE_DAY}\s+{_MONTH})(?:,?\s*\d{{4}})?"
        rf"|{_NUMERIC_DATE}))")
# a weekday for the date, as state agencies write it: "NAIROBI, Friday -", "ABUJA, Wednesday (NAN) -"
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAY = rf"(?:,\s*(?P<weekday>{_WEEKDAY_NAME})\b)"
# the state or region after the place, when an agency follows: "NAIROBI, Kenya, March 3 (Xinhua) --", or in
# square brackets, as ANI writes it: "New Delhi [India], Mar 9 (ANI): …"
_REGION_NAME = r"[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,2}"
_REGION = rf"(?:,\s*{_REGION_NAME}|\s*\[{_REGION_NAME}\])"
# in brackets, or in slashes ("Ulaanbaatar /MONTSAME/ —")
_AGENCY = r"(?:\((?P<agency>[A-Z][A-Za-z.&' -]{1,30})\)|/(?P<slashed>[A-Z][A-Za-z.&' -]{1,30})/)"
_SEP = r"(?::|[-–—]{1,3}|\|)\s+(?=\S)"  # "Muscat, 29 March 2026 (ONA) --- …"
# an agency's name in capitals after a full stop, as Central Asian agencies write it:
# "NUR-SULTAN. KAZINFORM – …", "TASHKENT. KAZINFORM On the margins …"
_BARE_PLACE = rf"[{_UPPER}][{_UPPER}'’-]*[{_UPPER}](?: [{_UPPER}][{_UPPER}'’-]*[{_UPPER}]){{0,3}}"
_DOTTED = rf"\.\s+(?P<dotted>[{_UPPER}]{{3,}}(?:[ -][{_UPPER}]{{2,}})?)\s*(?:{_SEP}|(?=[A-Z][a-z]))"
_DATELINES = (
    re.compile(rf"(?P<place>{_BARE_PLACE}){_DAY}?{_DOTTED}"),
    re.compile(rf"(?P<place>{_PLACE})(?:{_WEEKDAY}|(?P<region>{_REGION}))?{_DAY}?\s*(?:{_AGENCY})?\s*{_SEP}"),
    # AP's place and state with no agency: "Nairobi, Kenya — …"
    re.compile(rf"(?P<place>{_TITLE_PLACE})(?P<region>{_REGION})\s*[-–—]{{1,3}}\s+(?=\S)"),
    # a capital alone before a dash: "Abuja — …"
    re.compile(rf"(?P<place>{_TITLE_PLACE})(?P<capital>)\s*[-–—]{{1,3}}\s+(?=[A-Z])"),
    # after an agency a full stop may end it too: "ULAANBAATAR, March 3 (MONTSAME). …", or nothing at
    # all: "New Delhi, Nov 12 (IANS) Prime Minister …"
    re.compile(rf"(?P<place>{_PLACE}|{_TITLE_PLACES})(?:{_WEEKDAY}|{_REGION})?{_DAY}?\s*{_AGENCY}"
               r"\s*(?:" + _SEP + r"|\.\s+(?=[A-Z])|(?<=[)/])\s+(?=[A-Z]))"),
    # a capital and its day run into the first sentence, no agency: "Seoul, Oct 5 US President …"
    # (the month first, as wires write it: "Lima, 20 January. The …" is a sentence)
    re.compile(rf"(?P<place>{_TITLE_PLACE}|{_PLACE}),\s*(?P<day>{_MONTH}\s+{_DATE_DAY})"
               r"(?:,?\s*\d{4})?(?P<capital>)\s+(?=[A-Z])"),
    # a release's place and full date run into its first sentence: "Mexico City, 20 January 2027. The …"
    re.compile(rf"(?P<place>{_TITLE_PLACE})(?:,|\s+[-–—])\s*(?P<day>(?:{_DATE_DAY}\s+{_MONTH}|{_MONTH}\s+{_DATE_DAY}),?\s*\d{{4}})"
               r"\s*(?:\.|:|[-–—]{1,3})\s+(?=[A-Z])"),
    # a place and its day, no agency, then a colon or a dash: "Kathmandu, 13 June : …", "Accra, May 3 – …",
    # the state between them too: "Apia, Samoa, 3 May 2026 - …"
    re.compile(rf"(?!{_WEEKDAY_NAME}\b)(?P<place>{_TITLE_PLACE})(?P<region>{_REGION})?,\s*(?P<day>(?:{_DATE_DAY}\s+{_MONTH}|"
               rf"{_MONTH}\s+{_DATE_DAY})(?:,?\s*\d{{4}})?)\s*{_SEP}"),
    # the agency before the place: "(ANTARA) - Jakarta, …"
    re.compile(rf"{_AGENCY}\s*[-–—]{{1,3}}\s*(?P<place>{_PLACE}|{_TITLE_PLACE}){_DAY}?\s*(?:,|{_SEP})\s*(?=\S)"),
    # a byline, a bar, the place: "By Staff Reporter | ACCRA", "By Ama Owusu | ACCRA — …"
    re.compile(rf"By\s[^|\n]{{2,60}}\|\s*(?P<place>{_PLACE}|{_TITLE_PLACE}){_DAY}?\s*(?:{_SEP}|$)"),
)
# News agencies, which may credit a story with no place ("IRNA – Iran and Azerbaijan signed …"), and the
# state each is the national agency of (an international wire, or a name two states' agencies share, has
# none): a national agency tells the story from its own state's side, wherever it is filed from.
_AGENCY_STATES: dict[str, str | None] = {
    "IRNA": "Iran", "ISNA": "Iran", "TASS": "Russia", "RIA": "Russia", "XINHUA": "China", "AFP": None,
    "AP": None, "REUTERS": None, "PTI": "India", "IANS": "India", "ANI": "India", "APP": "Pakistan",
    "UNB": "Bangladesh", "BSS": "Bangladesh", "WAM": "United Arab Emirates", "SPA": "Saudi Arabia",
    "KUNA": "Kuwait", "QNA": "Qatar", "ONA": "Oman", "BNA": "Bahrain", "MENA": "Egypt", "SANA": "Syria",
    "NAN": "Nigeria", "GNA": "Ghana", "KNA": "Kenya", "ENA": "Ethiopia", "SUNA": "Sudan", "APS": None,
    "TAP": "Tunisia", "BERNAMA": "Malaysia", "ANTARA": "Indonesia", "YONHAP": "South Korea",
    "KYODO": "Japan", "VNA": "Vietnam", "PNA": "Philippines", "EFE": None, "DPA": None, "ANSA": None,
    "BELTA": "Belarus", "KAZINFORM": "Kazakhstan", "AZERTAC": "Azerbaijan",
}
_AGENCIES = frozenset(_AGENCY_STATES)
# An outlet's name before a dash opening the story, with no place: "Islam Times - British Foreign …",
# "IRNA – Iran and …"
_OUTLET_CREDIT = re.compile(r"(?P<outlet>(?:[A-Z][\w'’&.]*[ \t]+){0,3}(?P<last>[A-Z][\w'’&.]*))"
                            r"[ \t]+[-–—|]{1,3}[ \t]+(?=[A-Z])")
# An agency's or office's initials, a dash and the day, with no place: "GIS – 20 November 2026: …" (a
# government information service crediting its release); initials no gazetteer knows as a place.
_DATED_CREDIT = re.compile(rf"(?P<outlet>(?P<last>[{_UPPER}]{{2,4}}))[ \t]+[-–—]{{1,3}}[ \t]*"
                           rf"(?P<day>(?:{_MONTH}\s+{_DATE_DAY}|{_DATE_DAY}\s+{_MONTH})(?:,?\s*\d{{4}})?"
                           rf"|{_NUMERIC_DATE})\s*{_SEP}")
_OUTLET_WORDS = frozenset((
    "times", "news", "post", "tribune", "daily", "herald", "express", "online", "today", "press", "agency",
    "journal", "gazette", "observer", "monitor", "chronicle", "telegraph", "mail", "star", "network", "tv",
    "radio", "media", "standard", "guardian", "weekly", "insider", "dispatch",
))
# A wire dateline run into a slug or byline: "... By Kim Eun-jung SEOUL, Jan. 4 (Yonhap) -- ..."
_RUN_IN_DATELINE = re.compile(rf"(?<![\w.'’-])(?P<place>{_PLACE}){_DAY}\s*{_AGENCY}\s*[-–—]{{1,2}}\s")
_NOT_PLACES = frozenset({
    "UPDATE", "UPDATED", "LEAD", "BREAKING", "EXCLUSIVE", "PUBLISHED", "WRITER", "ATTN", "NOTE",
    "EDITOR'S NOTE", "WATCH", "VIDEO", "PHOTO", "PHOTOS", "ANALYSIS", "OPINION", "COMMENT", "EDITORIAL",
    "FILE", "LIVE", "FACTBOX", "EXPLAINER", "INTERVIEW", "FEATURE", "REPORT", "SOURCE", "SOURCES",
    "READ", "ALSO READ", "RELATED", "TAGS", "BY", "Q", "A", "US", "UK", "UN", "EU", "PM",
    # what an official page calls itself ("FACT SHEET: …", "Press Release, 22 April 2026")
    "FACT SHEET", "JOINT FACT SHEET", "PRESS RELEASE", "NEWS RELEASE", "MEDIA RELEASE", "STATEMENT",
    "JOINT STATEMENT", "READOUT", "COMMUNIQUE", "JOINT COMMUNIQUE",
}) | _AGENCIES
# First words of a transcript's speaker label, never of a place ("PRESIDENT BORIC:", "QUESTION (NRK):")
_SPEAKER_ROLES = frozenset({
    "PRESIDENT", "PRIME", "MINISTER", "SECRETARY", "AMBASSADOR", "CHANCELLOR", "PREMIER", "SENATOR",
    "CHAIRMAN", "CHAIRWOMAN", "CHAIRPERSON", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "SPEAKER",
    "QUESTION", "ANSWER", "MODERATOR", "HOST", "ANCHOR", "REPORTER", "JOURNALIST", "INTERVIEWER",
})


# A bulleted, numbered, lettered or roman-numbered line's mark ("- ", "• ", "3. ", "(b) ", "c. ",
# "iii. ", "(IV) "): the line is a sentence of its own even without a full stop above it, and a
# part of the body. A capital roman numeral has two letters at least: "V. K. Singh" opens no list.
LIST_MARK = re.compile(r"(?:[-•*–—▪]|\(?\d{1,2}[.)]|\(?(?:[a-z]|[ivx]{2,5}|[IVX]{2,5})[.)])\s")
# A leading line at least this long that reads as prose starts the body.
HEADLINE_LINE = 100
# accord's own date stamp where it opens a line or a span (" date 2025-04-11 ").
DATE_STAMP = re.compile(r"\s*date \d{4}-\d{2}-\d{2}\s+")


def headline_span(text: str) -> tuple[int, int]:
    """Return where the headline starts and ends: the first line with words, past a date stamp, when
    more text follows and it does not end as a sentence does; else an empty span."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = DATE_STAMP.sub("", raw, count=1).strip()
        if line:
            if line[-1] in ".!?\"”’" or not text[pos + len(raw):].strip():
                return 0, 0
            return pos, pos + len(raw)
        pos += len(raw)
    return 0, 0


def body_start(text: str) -> int:
    """Return the offset where a story's body starts: headline, standfirst and byline lines end.

    Leading lines that are short or set in Title Case, and lines above a dateline, are page
    furniture.
    """
    # a dateline opens the story: what stands above it is page furniture
    opening = dateline_span(text[:2000])
    pos = 0
    lead_in: int | None = None  # where a line ending in a colon starts ("The following were signed:")
    for line in text.splitlines(keepends=True):
        body = DATE_STAMP.sub("", line, count=1).strip()
        if body and LIST_MARK.match(body) and lead_in is not None:
            pos = lead_in  # a list's lead-in line is the body's, with its items
        if body and ((len(body) >= HEADLINE_LINE and (body[-1] in ".!?)\"”’" or not _title_case(body)))
                     or LIST_MARK.match(body)):  # a digest's "- Kenya, Peru: MoU … signed" is no headline
            if opening and pos <= opening[0] < pos + len(line):
                return opening[0]  # "(LEAD) headline again(ATTN: …) SEOUL, Dec. 30 (Yonhap) -- …"
            return min(pos, opening[0]) if opening else pos
        if body:
            lead_in = pos if body.endswith(":") else None
        pos += len(line)
        if pos > 2000:
            break
    return opening[0] if opening else 0


def _title_case(line: str) -> bool:
    """Say whether most longer words of a line are capitalised (a headline)."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def match_dateline(line: str) -> re.Match[str] | None:
    """Return the dateline opening `line` (or run into its first words), if there is one.

    Groups: `place`, and `day` and `agency` when the dateline gives them; the match ends where
    the story's own words begin.
    """
    if _dated_credit(line):
        return None  # "GIS – 20 November 2026:": a credit, no place
    for pattern in _DATELINES:
        if (m := pattern.match(line)) and is_place(m.group("place")) and not _section_title(line, m) \
                and _in_its_state(m):
            return m
    return next((m for m in _RUN_IN_DATELINE.finditer(line[:600]) if is_place(m.group("place"))), None)


def _in_its_state(m: re.Match[str]) -> bool:
    """Say whether a dateline's region is a state the place is not ("Nairobi, Kenya"), and whether
    a place alone before a dash is a state's capital ("Abuja —", not "Update —").

    "Kenya, Peru – MoU signed" pairs two states; it is no place told from.
    """
    found = m.groupdict()
    alone = "capital" in m.re.groupindex  # the pattern of a place alone before a dash
    if not (found.get("region") or alone):
        return True
    gaz = gazetteer()
    if alone:
        return gaz.by_capital(m.group("place")) is not None
    return gaz.resolve(found["region"].strip(", []")) is not None and gaz.resolve(m.group("place")) is None


def _section_title(line: str, m: re.Match[str]) -> bool:
    """Say whether a caps "PLACE - rest" line is a page's title ("EVENING NEWS - TRANSCRIPT").

    With no day and no agency, a line whose words after the dash are all capitalised or
    numbers and that ends without a full stop names a section, not a story's place.
    """
    if m.groupdict().get("day") or m.groupdict().get("weekday") or dateline_agency(m):
        return False
    rest = line[m.end():].strip()
    words = re.findall(r"[^\W_][\w'’.-]*", rest)
    return bool(words) and rest[-1] not in ".!?\"”’" and all(w[0].isupper() or w[0].isdigit() for w in words)


def dateline_agency(m: re.Match[str]) -> str | None:
    """Return the agency a dateline names, in brackets, in slashes or after a full stop ("(Reuters)",
    "/MONTSAME/", "ASTANA. KAZINFORM –")."""
    found = m.groupdict()
    return found.get("agency") or found.get("slashed") or found.get("dotted")


def dateline_span(text: str) -> tuple[int, int] | None:
    """Return where the dateline opening `text` starts and where the words after it begin."""
    stamp = STAMP.match(text)
    pos, seen = (stamp.end(), 0) if stamp else (0, 0)
    for raw in text[pos:].splitlines(keepends=True):
        line = raw.strip()
        if line:
            if (m := match_dateline(line)) or (m := _outlet_credit(line)):
                start = pos + len(raw) - len(raw.lstrip())
                return start + m.start(), start + m.end()
            seen += 1
            if seen == DATELINE_LINES:
                break
        pos += len(raw)
    return None


def dateline_credit(line: str) -> str | None:
    """Return the agency or outlet a dateline's line names ("(Prensa Latina)", "IRNA –"), if any."""
    m = match_dateline(line) or _outlet_credit(line)
    if m is None:
        return None
    return dateline_agency(m) or m.groupdict().get("outlet")


def agency_state(credit: str) -> str | None:
    """Return the state whose national news agency a credit names ("BSS": Bangladesh), or None."""
    return _AGENCY_STATES.get(credit.upper())


def _outlet_credit(line: str) -> re.Match[str] | None:
    """Return an outlet's name and dash opening a story's first line ("Islam Times - …", "IRNA – …"), if
    there is one."""
    if dated := _dated_credit(line):
        return dated
    m = _OUTLET_CREDIT.match(line)
    return m if m and (m.group("last").lower() in _OUTLET_WORDS or m.group("outlet").upper() in _AGENCIES) \
        else None


def _dated_credit(line: str) -> re.Match[str] | None:
    """Return an agency's initials, a dash and a day opening a line ("GIS – 20 November 2026: …"), when
    the initials name no place the gazetteer knows ("LIMA – 3 May 2026:" is a place)."""
    m = _DATED_CREDIT.match(line)
    if m is None:
        return None
    gaz = gazetteer()
    return None if gaz.by_capital(m.group("outlet")) or gaz.resolve(m.group("outlet")) else m


def is_place(place: str) -> bool:
    """Say whether a dateline's capitalised words may name a place (not "UPDATE", "FACT SHEET", "By X")."""
    name = " ".join(place.split())
    first = name.split()[0].upper()
    if first in ("BY", "FROM", "IN", "ON", "AT") or first in _SPEAKER_ROLES:
        return False
    letters = sum(c.isalpha() for c in name)
    return letters >= 3 and name.upper() not in _NOT_PLACES and name.rstrip(".") not in _NOT_PLACES


# A transcript's line opens with a time stamp ("[00:01:05]", "(14:22)") and/or who speaks
# ("Mr WALSH (Brisbane North) (14:22):", "ANCHOR (SARAH KING):", "RAJ MEHTA:"); the words after
# it are what was said. The label is furniture: no person, place, date or figure of the story.
_CLOCK = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
_COURTESY = r"(?:(?:Mr|Ms|Mrs|Dr|Hon|Sen|Rep)\.?[ \t]+|The[ \t]+)"
_SPEAKER = rf"{_COURTESY}?[{_UPPER}][{_UPPER}'’.-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’.-]+){{0,3}}"
_ASIDE = r"[ \t]*\([^()\n]{1,60}\)"
_LABEL = re.compile(
    rf"^[ \t]*+(?P<label>(?P<clock>{_CLOCK}[ \t]*)?"
    rf"(?:(?P<speaker>{_SPEAKER})(?P<aside>(?:{_ASIDE}){{0,2}})[ \t]*:)?)[ \t]+(?=\S)", re.MULTILINE)
BARE_LABELS = 3  # bare "NAME:" lines that make a text a transcript ("ISLAMABAD:" alone is a dateline)


def speaker_labels(text: str) -> list[tuple[int, int]]:
    """Return the spans of a transcript's line labels (time stamps, "SPEAKER (role):")."""
    found: list[tuple[re.Match[str], bool]] = []
    for m in _LABEL.finditer(text):
        if not (m.group("clock") or m.group("speaker")):
            continue
        if m.group("speaker") and " ".join(m.group("speaker").split()).upper() in _NOT_PLACES:
            continue  # "PUBLISHED :", "WRITER:": a page's own labels
        line_end = text.find("\n", m.start())
        dated = match_dateline(text[m.start("label"):line_end if line_end >= 0 else len(text)]) is not None
        # "BEIJING (Xinhua): …", "ISLAMABAD: …" are datelines unless the text is a transcript
        marked = bool(m.group("clock")) or (bool(m.group("aside")) and not dated) or (
            re.match(_COURTESY, m.group("speaker")) is not None)
        found.append((m, marked))
    bare = sum(not marked for _, marked in found)
    return [(m.start("label"), m.end("label")) for m, marked in found if marked or bare >= BARE_LABELS]


def label_speaker(label: str) -> str | None:
    """Return who a transcript's label names ("Ms PRICE (14:23):" → "Price"), or None.

    A single bare word is a role ("ANCHOR:", "HOST:"), not a name.
    """
    m = _LABEL.match(label + " .")  # a label matches only before the words it opens
    speaker = m.group("speaker") if m else None
    if not speaker:
        return None
    courtesy = re.match(_COURTESY, speaker)
    words = speaker[courtesy.end():].split() if courtesy else speaker.split()
    if (courtesy is None and len(words) < 2) or (courtesy is not None and courtesy.group().strip() == "The"):
        return None
    return " ".join(w.capitalize() for w in words)
