"""The session a document records, the municipality it names, and its signing line.

Meeting (`record.meeting`), following the gold conventions (unknown is null, never guessed):
- body: a body named in the document header (`Gemeenteraad – Uittreksel uit de notulen`,
  `Besluitenlijst van OCMW raad`, `districtscollege ...`); otherwise `gemeenteraad` when the word
  itself appears in the text (`De gemeenteraad beslist:`; `gemeenteraadslid` does not count).
- date: the date of a `Vergadering van` / `Zitting van` line of the header or a lone `Zitting van
  22 04 2024` line; else the running page footer date `clean` found (Mechelen prints the session
  date as the footer); else the first date of a besluitenlijst header (`ma 13/05/2024 - 20:00`).
- session: `openbaar` / `besloten` from `Openbare zitting`, `OPENBAAR`, `BESLOTEN ZITTING` lines;
  null when the document has both parts or neither.

Municipality: a name the text gives the city itself: `Stad X`, `gemeente X`, `Lokaal bestuur X`,
`te X`, a postcode `2800 X`, `burgemeester van X`, or the place of the signing line; the name
found most often wins. A name that is part of another name (`Voor Mechelen`, `Mechelen Feest
vzw`) is not one of these forms and so never counts.

Signed: the last closing line `Mechelen, 23 februari 2021` (also after `Bij verordening:`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from extract.structure.vocabulary import vocabulary
from extract.text.dates import find_dates, parse_date
from extract.text.lines import iter_lines
from schema.vocab import Body, Session

HEADER_LINES = 12
NAME = r"[A-Z][a-zà-ÿ]+(?:[- ](?:[A-Z][a-zà-ÿ]+|de|De))*(?:-[A-Z][a-zà-ÿ]+)*"
BODY_WORDS: list[tuple[re.Pattern[str], Body]] = [
    (re.compile(r"\bdistrictscollege\b", re.IGNORECASE), Body.DISTRICTSCOLLEGE),
    (re.compile(r"\bdistrictsraad\b", re.IGNORECASE), Body.DISTRICTSRAAD),
    (re.compile(r"\b(?:ocmw[- ]raad|raad voor maatschappelijk welzijn)\b", re.IGNORECASE), Body.OCMW_RAAD),
    (re.compile(r"\bpolitieraad\b", re.IGNORECASE), Body.POLITIERAAD),
    (re.compile(r"\bvast bureau\b", re.IGNORECASE), Body.VAST_BUREAU),
    (re.compile(r"\bgemeenteraad(?:szitting)?\b", re.IGNORECASE), Body.GEMEENTERAAD),
    (re.compile(r"\bcollege van burgemeester en schepenen\b", re.IGNORECASE), Body.COLLEGE),
]
GEMEENTERAAD_WORD = re.compile(r"\bgemeenteraad\b", re.IGNORECASE)
SESSION_LINE = re.compile(r"(?:zitting|vergadering)\s+(?:van\s+)?(?:de\s+\w+\s+van\s+)?", re.IGNORECASE)
LONE_SESSION_LINE = re.compile(r"^\s*zitting van\s+(?P<date>.+?)\s*$", re.IGNORECASE)
# part headings are capitalised (`OPENBAAR`, `Openbare zitting`); a lower-case `openbaar` alone on
# a line is a wrapped word of running text
OPENBAAR_LINE = re.compile(r"^\W*(?:OPENBARE ZITTING|OPENBAAR|Openbare zitting|Openbaar)\W*$")
BESLOTEN_LINE = re.compile(r"^\W*(?:BESLOTEN ZITTING|BESLOTEN|GEHEIME ZITTING|Besloten zitting|Besloten)\W*$")
OPENBAAR = re.compile(r"\bopenbare zitting\b", re.IGNORECASE)
BESLOTEN = re.compile(r"\bbesloten zitting\b", re.IGNORECASE)
MUNICIPALITY_FORMS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(rf"\b(?:[Ss]tad|[Ll]okaal [Bb]estuur|[Gg]emeentebestuur|[Bb]urgemeester van)[ ]+(?P<name>{NAME})"), 3),
    (re.compile(rf"\b[Gg]emeente[ ]+(?P<name>{NAME})"), 2),
    (re.compile(rf"\b(?:te|in)[ ]+(?P<name>{NAME})"), 1),
    (re.compile(rf"(?<!\d )(?<![\d/.\-])\b[1-9]\d{{3}}[ ]+(?P<name>{NAME})"), 1),  # not a date's year
]
"""Forms in which a text names a city itself, with the weight of the evidence."""
SIGNED_LINE = re.compile(rf"^\W*(?:bij verordening:\s*)?(?P<place>{NAME}),\s+(?P<date>.+?)\s*$", re.IGNORECASE)
STOP_NAMES = {"bijlage", "artikel", "zitting", "periode", "visum", "aanwezig", "verontschuldigd", "afwezig"}
NOT_PLACES = {"De", "Het", "Een", "Op", "In", "Van", "Voor", "Bij", "Met", "Dit", "Deze"}


@dataclass
class Found:
    value: object
    start: int
    end: int


def body_of(text: str, header_end: int) -> Found | None:
    """The body named in the header, else `gemeenteraad` when the word occurs anywhere."""
    header = text[:header_end]
    for pattern, body in BODY_WORDS:
        match = pattern.search(header)
        if match:
            return Found(body, match.start(), match.end())
    match = GEMEENTERAAD_WORD.search(text)
    if match:
        return Found(Body.GEMEENTERAAD, match.start(), match.end())
    return None


def header_end_of(text: str, limit: int) -> int:
    """End offset of the first `HEADER_LINES` non-blank lines, but not past `limit`."""
    lines = [line for line in iter_lines(text, 0, limit) if not line.is_blank][:HEADER_LINES]
    return lines[-1].end if lines else 0


def session_date(text: str, header_end: int) -> Found | None:
    """`Vergadering van 14 december 2020` in the header, or a lone `Zitting van 22 04 2024` line."""
    for line in iter_lines(text, 0, header_end):
        match = SESSION_LINE.search(line.text)
        if match and "algemene vergadering" not in line.text.lower():
            dates = find_dates(text, line.start + match.end(), line.end)
            if dates:
                return Found(dates[0].date, dates[0].start, dates[0].end)
    for line in iter_lines(text):
        match = LONE_SESSION_LINE.match(line.text)
        if match:
            date = parse_date(match.group("date"))
            if date:
                return Found(date, line.start, line.end)
    return None


def header_date(text: str, header_end: int) -> Found | None:
    """The first date in the header (a besluitenlijst's `ma 13/05/2024 - 20:00`)."""
    dates = find_dates(text, 0, header_end)
    return Found(dates[0].date, dates[0].start, dates[0].end) if dates else None


def session_kind(text: str, header_end: int) -> Session | None:
    """`openbaar` or `besloten` when the document has only that kind of part.

    Read from part headings standing on their own line (`OPENBAAR`, `Openbare zitting`) and from
    the header (`Vergadering van 14 december 2020 - Openbare zitting`), not from running text
    (`de in openbare zitting behandelde punten`).
    """
    lines = iter_lines(text)
    public = any(OPENBAAR_LINE.match(line.text) or (line.end <= header_end and OPENBAAR.search(line.text))
                 for line in lines)
    closed = any(BESLOTEN_LINE.match(line.text) or (line.end <= header_end and BESLOTEN.search(line.text))
                 for line in lines)
    if public and not closed:
        return Session.OPENBAAR
    if closed and not public:
        return Session.BESLOTEN
    return None


def municipality_of(text: str) -> Found | None:
    """The city the text names itself (see module docstring), with the span of its first mention."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for pattern, weight in MUNICIPALITY_FORMS:
        for match in pattern.finditer(text):
            name = match.group("name").strip()
            if name in NOT_PLACES or is_vocabulary_word(name):
                continue
            after = text[match.end("name") : match.end("name") + 1]
            if after == "-" or (after.isalpha()):
                continue
            counts[name] += weight
            first.setdefault(name, (match.start("name"), match.end("name")))
    signed = signed_line(text)
    if signed is not None:
        place, _ = signed.value  # type: ignore[misc]
        counts[place] += 3
        first.setdefault(place, (signed.start, signed.end))
    if not counts:
        return None
    name, _ = max(counts.items(), key=lambda item: (item[1], -first[item[0]][0]))
    start, end = first[name]
    return Found(name, start, end)


def is_vocabulary_word(name: str) -> bool:
    """A heading or operative word (`Besluit`, `Aanwezig`, `Goedkeuring`) is never a place name."""
    vocab = vocabulary()
    first = name.split()[0].lower()
    return vocab.section_of(name) is not None or first in vocab.operative_words or first in STOP_NAMES


def signed_line(text: str) -> Found | None:
    """The last `Place, <date>` line: (place, date)."""
    found: Found | None = None
    for line in iter_lines(text):
        match = SIGNED_LINE.match(line.text)
        if not match or match.group("place") in NOT_PLACES:
            continue
        date = parse_date(match.group("date"))
        if date is None:
            continue
        found = Found((match.group("place"), date), line.start, line.end)
    return found


def as_date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None

