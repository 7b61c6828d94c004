"""Dutch dates to ISO dates.

Forms met in minutes: `1 februari 2020`, `1 feb. 2020`, `24 sep 2024`, `1-09-2021`, `01/09/2021`,
`1/9/2021`, `1.09.2021`, `22 04 2024`, ISO `2024-04-04`, and the short `31/8/2023`. Day-month-year
always. Candidates are found with one regular expression; numeric forms are read from its
groups, written-out months are parsed by dateparser (Dutch, DMY, strict), with `MONTHS` as the
fallback for abbreviations dateparser does not know (`febr.`). dateparser costs about 1 ms a call,
so its result is cached per normalised (day, month word, year): a corpus repeats its dates, and
`tests/test_text_fast_paths.py` checks that table and dateparser never disagree.
`find_dates` returns every date with its offsets.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_WORDS = rf"(?P<wd>\d{{1,2}})(?:e|ste|de)?\s+(?P<wm>{_MONTH_ALT})\.?\s+(?P<wy>(?:19|20)\d\d)"
DATE_NUMERIC = r"(?P<nd>\d{1,2})(?P<sep>[-/.])(?P<nm>\d{1,2})(?P=sep)(?P<ny>(?:19|20)\d\d|\d\d)(?!\d)"
DATE_SPACED = r"(?P<sd>\d{2}) (?P<sm>\d{2}) (?P<sy>(?:19|20)\d\d)(?!\d)"
DATE_ISO = r"(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?!\d)"
DATE_PATTERN = re.compile(
    rf"(?<![\d/.-])(?:{DATE_ISO}|{DATE_WORDS}|{DATE_NUMERIC}|{DATE_SPACED})", re.IGNORECASE
)


@dataclass(frozen=True)
class DateMatch:
    date: dt.date
    start: int
    end: int
    text: str


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=8192)
def _parse_words(day: int, month_word: str, year: int) -> dt.date | None:
    """A written-out date through dateparser; `MONTHS` where dateparser does not know the word."""
    import dateparser  # slow import, only when a written-out date is met

    parsed = dateparser.parse(
        f"{day} {month_word} {year}",
        languages=["nl"],
        settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is not None:
        return parsed.date()
    return _safe_date(year, MONTHS[month_word], day)


def _from_match(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    if groups["iy"]:
        return _safe_date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
    if groups["wd"]:
        return _parse_words(int(groups["wd"]), groups["wm"].lower(), int(groups["wy"]))
    if groups["nd"]:
        year = int(groups["ny"])
        year += 2000 if year < 100 else 0
        return _safe_date(year, int(groups["nm"]), int(groups["nd"]))
    return _safe_date(int(groups["sy"]), int(groups["sm"]), int(groups["sd"]))


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Every Dutch date in `text[start:end]`, with absolute offsets."""
    end = len(text) if end is None else end
    found: list[DateMatch] = []
    for match in DATE_PATTERN.finditer(text, start, end):
        date = _from_match(match)
        if date is not None:
            found.append(DateMatch(date, match.start(), match.end(), match.group(0)))
    return found


def parse_date(text: str) -> dt.date | None:
    """The single date written in `text` (surrounding whitespace allowed), or None."""
    stripped = text.strip()
    match = DATE_PATTERN.fullmatch(stripped)
    return _from_match(match) if match else None
