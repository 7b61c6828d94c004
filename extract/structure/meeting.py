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

Municipality: see `municipality.py` (the Flemish municipalities the text names itself by; a name
outside the list only when the document names itself by it as a body at least twice).

Signed: the last closing line `Mechelen, 23 februari 2021` (also after `Bij verordening:`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extract.structure.municipality import Mention, best_municipality, is_municipality, mentions, unlisted_municipality
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
SIGNED_LINE = re.compile(rf"^\W*(?:bij verordening:\s*)?(?P<place>{NAME}),\s+(?P<date>.+?)\s*$", re.IGNORECASE)
NOT_PLACES = {"De", "Het", "Een", "Op", "In", "Van", "Voor", "Bij", "Met", "Dit", "Deze"}


@dataclass
class Found:
    value: object
    start: int
    end: int


def body_of(text: str, header_end: int) -> Found | None:
    """The body the header names first (`Notulen van de gemeenteraad en de raad voor
    maatschappelijk welzijn` records a gemeenteraad), else `gemeenteraad` when the word occurs
    anywhere."""
    header = text[:header_end]
    found = [(match.start(), match.end(), body) for pattern, body in BODY_WORDS if (match := pattern.search(header))]
    if found:
        start, end, body = min(found, key=lambda item: item[0])
        return Found(body, start, end)
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


def municipality_of(text: str, raw: str | None = None) -> Found | None:
    """The municipality the document is from (see `municipality.py`), with its first mention;
    the place of the signing line counts as the strongest evidence. A name outside the list is
    read from `raw` (the text before running headers were blanked: `Gemeente X – Gemeenteraad
    22 januari 2024` over every page is the publisher naming itself) when it is given."""
    return municipality_with_signing(text, signed_line(text), raw)


def municipality_with_signing(text: str, signed: Found | None, raw: str | None = None) -> Found | None:
    """`municipality_of` for a caller that has already read the signing line (`signed_line(text)`)."""
    found = mentions(text)
    place: str | None = None
    if signed is not None:
        place, _ = signed.value  # type: ignore[misc]
        if is_municipality(place):
            found.append(Mention(place, "signed", signed.start, signed.start + len(place)))
    best = best_municipality(found) or unlisted_municipality(raw if raw is not None else text, place)
    return Found(best.name, best.start, best.end) if best is not None else None


def signed_line(text: str) -> Found | None:
    """The last `Place, <date>` line: (place, date)."""
    found: Found | None = None
    for line in iter_lines(text):
        if "," not in line.text:  # the pattern needs the comma after the place
            continue
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

