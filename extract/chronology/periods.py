"""The period a decision covers, read from one passage: `text_to_periods(text, start, end)`.

Forms, strongest first (`PeriodCandidate.kind`):
- `range`: two dates joined by a range connector (`van 1-09-2021 tot 31-08-2023`, `01-01-2020 tot
  en met 31-12-2025`, `1/1/2024 t.e.m. 30/6/2026`, `loopt van 1 februari 2020 tot en met 30
  september 2022`, `met ingang van 1 januari 2025 en voor een termijn eindigend op 31 december
  2025`, `start op 1 januari 2024 en eindigt op 31 december 2028`);
- `duration`: a start date and a term (`met ingang van 1 september 2024 voor een termijn van 1
  jaar` → 2024-09-01..2025-08-31);
- `years`: a school year (`schooljaar 2019-2020` → 1 September..31 August), a year range with a
  qualifier (`beleidsperiode 2024-2028`, in a title also bare: `(2024-2025)`, `Hoofdlijnenakkoord
  stadsbestuur 2024-2030`, but not the name of a `meerjarenplan 2020-2025`); in a title only, a
  single year with a qualifier (`dienstjaar 2025`, `boekjaar 2023`, `begrotingsjaar 2024`,
  `jaarrekeningen 2023`, `dotatie 2024`, `toelagen voor 2025`, `voor 2025`). Elsewhere such a year
  names what is acted on, not the decision's term (`na te gaan of de jaarrekening 2023 ... moet
  voorgelegd worden`, an agenda `Verslag ... over het boekjaar 2023` approved by the Besluit).
A term without a start date (`voor een duur van 12 maanden`) gives nothing: no dates, no period.

`lead` tells whether the words before a range say it is a term (`periode`, `looptijd`, `van`...):
outside the title and the Besluit only such ranges count, so that rows of a payment schedule
(`P1: 1 februari 2020 – 31 december 2020`) are not taken for the agreement's period.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from extract.chronology.datefind import dates_in
from extract.chronology.vocab import words_pattern, vocab
from extract.text.dates import MONTHS, DateMatch

Kind = Literal["range", "duration", "years"]
KIND_RANK: dict[str, int] = {"range": 0, "duration": 1, "years": 2}

RANGE_CONNECTOR = re.compile(
    r"\s*(?:tot\s+en\s+met|t\.\s?e\.\s?m\.?|tem|t/m|tot|-|–|—|"
    r",?\s*(?:en\s+)?(?:voor\s+een\s+(?:termijn|periode)\s+)?eindig(?:t|end|ende)\s+op|en\s+loopt\s+tot)\s*",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "een": 1, "één": 1, "1": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "achttien": 18, "vierentwintig": 24,
}  # fmt: skip
_DURATION = re.compile(
    r",?\s*(?:en\s+)?(?:voor\s+)?(?:een\s+)?(?:termijn|periode|duur|looptijd)\s+van\s+(?P<n>\d{1,2}|[a-zé]+)\s+"
    r"(?P<unit>jaar|jaren|maanden|maand)\b",
    re.IGNORECASE,
)
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_START_LEAD = re.compile(
    r"(?:met\s+ingang\s+(?:van|vanaf|op)|vanaf|ingaand\s+op|start(?:end)?\s+op|te\s+beginnen\s+op"
    r"|te\s+rekenen\s+vanaf)\s*$",
    re.IGNORECASE,
)
_DURATION_BEFORE = re.compile(
    r"(?:termijn|periode|duur|looptijd)\s+van\s+(?P<n>\d{1,2}|[a-zé]+)\s+(?P<unit>jaar|jaren|maanden|maand)\b[\s,]*"
    r"(?:met\s+ingang|vanaf|ingaand|start|te\s+beginnen|te\s+rekenen)[^\d]{0,20}$",
    re.IGNORECASE,
)
_YEARLESS_START = re.compile(
    rf"(?<![\d/.-])(?:(?P<wd>\d{{1,2}})\s+(?P<wm>{_MONTH_ALT})|(?P<nd>\d{{1,2}})[/.-](?P<nm>\d{{1,2}}))"
    r"(?:\s*(?:tot\s+en\s+met|t\.\s?e\.\s?m\.?|tem|t/m|tot)\s*|\s*[-–]\s*)$",
    re.IGNORECASE,
)
_YEAR = r"((?:19|20)\d\d)"
_RANGE_SEP = r"\s*[-–/]\s*"
_SCHOOL_YEAR = re.compile(rf"\bschooljaar\s+{_YEAR}{_RANGE_SEP}((?:19|20)?\d\d)\b", re.IGNORECASE)
_BARE_RANGE = re.compile(rf"(?<![\d/.-]){_YEAR}{_RANGE_SEP}{_YEAR}(?![\d/.-])")
_VOOR_YEAR = re.compile(
    rf"\bvoor\s+(?:het\s+(?:jaar|werkjaar|werkingsjaar|kalenderjaar)\s+)?{_YEAR}(?!\s*[-–/]\s*\d|\d)", re.IGNORECASE
)


@dataclass(frozen=True)
class PeriodCandidate:
    start: dt.date
    end: dt.date
    span_start: int
    span_end: int
    kind: Kind
    lead: bool = False

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _add_months(date: dt.date, months: int) -> dt.date:
    month_index = date.month - 1 + months
    year, month = date.year + month_index // 12, month_index % 12 + 1
    day = date.day
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1


def _has_lead(text: str, position: int) -> bool:
    """Term words just before the range, in a sentence not told in the past tense."""
    before = text[max(0, position - 60) : position].lower()
    words = re.findall(r"[a-zà-ÿ]+", before)[-6:]
    return any(word in vocab().period_leads for word in words) and not _told_in_past(text, position)


def _told_in_past(text: str, position: int) -> bool:
    sentence_from = max(text.rfind(". ", 0, position), text.rfind("\n\n", 0, position), position - 300, 0)
    sentence_to = text.find(". ", position)
    sentence = text[sentence_from : sentence_to if sentence_to != -1 else len(text)]
    return bool(vocab().past_pattern.search(sentence))


def _term_count(term: re.Match[str]) -> int | None:
    raw = term.group("n").lower()
    count = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
    if not count:
        return None
    return count * 12 if term.group("unit").lower().startswith("ja") else count


def _pair_ranges(text: str, dates: list[DateMatch]) -> list[PeriodCandidate]:
    """`van X tot (en met) Y`: two dates joined by a range connector."""
    found = []
    for first, second in zip(dates, dates[1:]):
        if RANGE_CONNECTOR.fullmatch(text[first.end : second.start]) and second.date > first.date:
            lead = _has_lead(text, first.start)
            found.append(PeriodCandidate(first.date, second.date, first.start, second.end, "range", lead))
    return found


def _yearless_ranges(text: str, dates: list[DateMatch], start: int) -> list[PeriodCandidate]:
    """`van 1 januari tot 31 december 2025`, `01/01-31/12/2023`: the start takes the end's year."""
    found = []
    for date in dates:
        window = text[max(start, date.start - 40) : date.start]
        match = _YEARLESS_START.search(window)
        if match is None:
            continue
        month = MONTHS.get(match.group("wm").lower()) if match.group("wm") else int(match.group("nm"))
        day = int(match.group("wd") or match.group("nd"))
        year = date.date.year - (1 if month and (month, day) > (date.date.month, date.date.day) else 0)
        first = _safe_date(year, month or 0, day)
        if first is not None and first < date.date:
            at = date.start - len(window) + match.start()
            found.append(PeriodCandidate(first, date.date, at, date.end, "range", _has_lead(text, at)))
    return found


def _durations(text: str, dates: list[DateMatch], start: int, end: int) -> list[PeriodCandidate]:
    """A start date and a term, in either order: `met ingang van 1 september 2024 voor een termijn
    van 1 jaar`, `voor een periode van drie jaar met ingang van 1 januari 2024`."""
    found = []
    for date in dates:
        before = text[max(start, date.start - 80) : date.start]
        if not _START_LEAD.search(before):
            continue
        term = _DURATION.match(text, date.end, end)
        span_start = date.start
        if term is None:
            term = _DURATION_BEFORE.search(before)
            span_start = date.start - len(before) + term.start() if term else date.start
        months = _term_count(term) if term else None
        if months is None or term is None:
            continue
        stop = _add_months(date.date, months) - dt.timedelta(days=1)
        span_end = max(date.end, term.end() if term.re is _DURATION else date.end)
        lead = not _told_in_past(text, date.start)
        found.append(PeriodCandidate(date.date, stop, span_start, span_end, "duration", lead))
    return found


def range_periods(text: str, start: int, end: int) -> list[PeriodCandidate]:
    """`range` and `duration` candidates of `text[start:end]`."""
    dates = dates_in(text, start, end)
    ranges = _pair_ranges(text, dates)
    in_range = {c.span_start for c in ranges} | {c.span_end for c in ranges}
    loose = [d for d in dates if d.start not in in_range and d.end not in in_range]
    return ranges + _yearless_ranges(text, loose, start) + _durations(text, loose, start, end)


def _calendar(first: int, last: int, span_start: int, span_end: int, lead: bool = True) -> PeriodCandidate:
    return PeriodCandidate(dt.date(first, 1, 1), dt.date(last, 12, 31), span_start, span_end, "years", lead)


@lru_cache(maxsize=1)
def _year_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`year_periods`' vocabulary patterns (built once): a qualified year range (`beleidsperiode
    2024-2028`), the words that make a bare range a plan's name, a qualified single year."""
    v = vocab()
    qualified = re.compile(
        words_pattern(v.year_range_qualifiers) + r"[^\n\d]{0,40}?" + _YEAR + _RANGE_SEP + _YEAR, re.IGNORECASE
    )
    blocked = re.compile(words_pattern(v.not_period_before_year_range) + r"[^\n]{0,20}$", re.IGNORECASE)
    single = re.compile(
        words_pattern(v.year_qualifiers)
        + r"\s+(?:over\s+het\s+)?(?:(?:financiële\s+)?boekjaar\s+)?"
        + _YEAR
        + r"(?!\s*[-–/]\s*\d|\d)",
        re.IGNORECASE,
    )
    return qualified, blocked, single


def year_periods(text: str, start: int, end: int, *, title: bool = False) -> list[PeriodCandidate]:
    """`years` candidates of `text[start:end]`; `title` also admits bare ranges and `voor 2025`."""
    found: list[PeriodCandidate] = []
    taken: set[int] = set()  # where a year range was already read, so the bare form skips it
    for match in _SCHOOL_YEAR.finditer(text, start, end):
        first, last = int(match.group(1)), match.group(2)
        second = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if second == first + 1:
            school_start, school_end = dt.date(first, 9, 1), dt.date(second, 8, 31)
            found.append(PeriodCandidate(school_start, school_end, match.start(), match.end(), "years", True))
        taken.add(match.start(1))
    qualified, blocked, single = _year_patterns()
    for match in qualified.finditer(text, start, end):
        first, last = int(match.group(1)), int(match.group(2))
        if first < last <= first + 10:
            found.append(_calendar(first, last, match.start(), match.end()))
            taken.add(match.start(1))
    if title:
        for match in _BARE_RANGE.finditer(text, start, end):
            first, last = int(match.group(1)), int(match.group(2))
            if match.start() in taken or not first < last <= first + 10:
                continue
            if blocked.search(text[max(start, match.start() - 30) : match.start()]):
                continue
            found.append(_calendar(first, last, match.start(), match.end()))
    if not title:
        return found
    for match in single.finditer(text, start, end):
        year = int(match.group(1))
        found.append(_calendar(year, year, match.start(), match.end()))
    for match in _VOOR_YEAR.finditer(text, start, end):
        year = int(match.group(1))
        found.append(_calendar(year, year, match.start(), match.end()))
    return found


def text_to_periods(text: str, start: int, end: int, *, title: bool = False) -> list[PeriodCandidate]:
    """Every period candidate of `text[start:end]`, strongest kind first, then in text order."""
    found = range_periods(text, start, end) + year_periods(text, start, end, title=title)
    return sorted(found, key=lambda c: (KIND_RANK[c.kind], c.span_start))


def choose_period(candidates: list[PeriodCandidate], *, own: bool) -> PeriodCandidate | None:
    """The decision's period among one zone's candidates.

    In the decision's own words (`own`: title, Besluit) the first candidate of the strongest
    kind wins. Elsewhere only candidates with a term lead count, and the longest one wins: an
    agreement's term spans the payment periods and phases described beside it.
    """
    if not candidates:
        return None
    if own:
        return candidates[0]
    led = [c for c in candidates if c.lead]
    if not led:
        return None
    best_rank = min(KIND_RANK[c.kind] for c in led)
    return max((c for c in led if KIND_RANK[c.kind] == best_rank), key=lambda c: (c.days, -c.span_start))
