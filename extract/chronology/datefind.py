"""Dates as the chronology rules need them: `find_dates` plus two forms it cannot see.

`extract/text/dates.py` finds every ordinary Dutch date. Two forms met in minutes slip past it:
- a date glued to an abbreviation point, `d.d.24/10/2022` (its look-behind refuses a `.` before
  the day, rightly for `1.2.3.2024`-like noise, wrongly after a letter);
- a numeric date wrapped after its month, `31-12-` / `2025` (PDF line breaks inside a title).
Both are found here and merged with the ordinary matches, offsets into the original text.
"""

from __future__ import annotations

import datetime as dt
import re

from extract.text.dates import DateMatch, find_dates

_GLUED_POINT = re.compile(r"(?<=[A-Za-z])\.(?=\d)")
_WRAPPED = re.compile(r"(?<![\d/.-])(\d{1,2})-(\d{1,2})-[ \t]*\n\s*((?:19|20)\d\d)(?!\d)")


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dates_in(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Every date in `text[start:end]` (see module docstring), sorted, without overlaps."""
    end = len(text) if end is None else end
    # same-length view: `d.d.24/10` → `d.d 24/10`, so offsets stay valid
    view = _GLUED_POINT.sub(" ", text[start:end])
    found = []
    for match in find_dates(view):
        a, b = match.start + start, match.end + start
        found.append(DateMatch(match.date, a, b, text[a:b]))
    for wrapped in _WRAPPED.finditer(text, start, end):
        date = _safe(int(wrapped.group(3)), int(wrapped.group(2)), int(wrapped.group(1)))
        if date is not None:
            found.append(DateMatch(date, wrapped.start(), wrapped.end(), wrapped.group(0)))
    found.sort(key=lambda m: (m.start, -m.end))
    merged: list[DateMatch] = []
    for match in found:
        if merged and match.start < merged[-1].end:
            continue
        merged.append(match)
    return merged
