"""Payment and invoice schedules: one row per instalment with its amount and dates.

Two forms are read:

- a schedule table (`Facturatie Bedrag (incl. BTW) Periode` / `01/12/2020 € 11.470,- P1: 1
  februari 2020 – 31 december 2020`): a header naming a schedule, then lines holding a date and
  an amount. Two dates joined by a range separator are the period the row covers; the date left
  over is the due (invoice) date. The order of the columns does not matter.
- a prose schedule (`Het bedrag wordt ... overgemaakt op volgende data: 9.385 € eind januari 2024
  ... en 9.384 € op het einde van de werkzaamheden`): a sentence with a payment word in which at
  least one amount is followed by an explicit due date. Each amount is a row; its due date is the
  date written after it (`eind januari 2024` is the last day of January), or null. A payment
  written without an amount (`twee voorschotten van 45 %`) gives no row.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from extract.money.mentions import MoneyMention, find_money
from extract.money.vocab import has_word, load_vocab
from extract.text.dates import MONTHS, DateMatch, find_dates
from extract.text.lines import iter_lines, join_wrapped

_RANGE_SEPARATOR = re.compile(r"^\s*(?:[-–—]|tot en met|tot|t\.e\.m\.|t/m|until)\s*$", re.IGNORECASE)
_LABEL = re.compile(r"(?<![\w])([A-Z]{1,3}\s?\d{1,2})\s*:")
_MONTH_YEAR = re.compile(
    rf"\b(?P<edge>eind|einde|begin|start)\s+(?:van\s+)?(?P<month>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ScheduleRow:
    amount: MoneyMention
    due: dt.date | None
    start: dt.date | None
    end: dt.date | None
    label: str | None
    span_start: int
    span_end: int


def _period(dates: list[DateMatch], text: str) -> tuple[DateMatch, DateMatch] | None:
    """Two dates joined by `–`, `tot`, `t.e.m.`: a period."""
    for first, second in zip(dates, dates[1:]):
        if _RANGE_SEPARATOR.match(text[first.end : second.start]):
            return first, second
    return None


def row_from_line(text: str, start: int, end: int) -> ScheduleRow | None:
    """A schedule line with exactly one amount and at least one date, or None."""
    money = find_money(text, start, end)
    dates = find_dates(text, start, end)
    if len(money) != 1 or not dates:
        return None
    period = _period(dates, text)
    rest = [d for d in dates if period is None or d not in period]
    due = rest[0].date if rest else None
    label = _LABEL.search(text, start, end)
    return ScheduleRow(
        amount=money[0],
        due=due,
        start=period[0].date if period else None,
        end=period[1].date if period else None,
        label=label.group(1) if label else None,
        span_start=start,
        span_end=end,
    )


def find_schedule_tables(text: str, start: int, end: int) -> list[ScheduleRow]:
    """Rows of schedule tables in `text[start:end]`: lines after a schedule header line."""
    words = load_vocab().payments.schedule_header
    rows: list[ScheduleRow] = []
    lines = [line for line in iter_lines(text, start, end) if not line.is_blank]
    index = 0
    while index < len(lines):
        line = lines[index]
        header = has_word(line.text, words) and re.search(r"bedrag", line.text, re.IGNORECASE)
        if not header or find_money(line.text):
            index += 1
            continue
        index += 1
        while index < len(lines):
            row = row_from_line(text, lines[index].start, lines[index].end)
            if row is None:
                break
            rows.append(row)
            index += 1
    return rows


def _due_after(text: str, start: int, end: int) -> dt.date | None:
    """The first explicit due date in `text[start:end]`: a full date or `eind januari 2024`."""
    candidates: list[tuple[int, dt.date]] = [(d.start, d.date) for d in find_dates(text, start, end)]
    for match in _MONTH_YEAR.finditer(text, start, end):
        year, month = int(match.group("year")), MONTHS[match.group("month").lower()]
        day = 1 if match.group("edge").lower() in ("begin", "start") else calendar.monthrange(year, month)[1]
        candidates.append((match.start(), dt.date(year, month, day)))
    return min(candidates)[1] if candidates else None


def find_prose_schedules(text: str, sentences: list[tuple[int, int]]) -> list[ScheduleRow]:
    """Rows of prose schedules among `sentences` (see module docstring)."""
    cues = load_vocab().payments.prose_cues
    rows: list[ScheduleRow] = []
    for start, end in sentences:
        if not has_word(text[start:end], cues):
            continue
        money = find_money(text, start, end)
        if not money:
            continue
        found = []
        for index, mention in enumerate(money):
            stop = money[index + 1].start if index + 1 < len(money) else end
            found.append(ScheduleRow(mention, _due_after(text, mention.end, stop), None, None, None, mention.start, stop))
        if any(row.due is not None for row in found):
            rows.extend(found)
    return rows


def prose_rows_outside_tables(prose: list[ScheduleRow], table: list[ScheduleRow]) -> list[ScheduleRow]:
    """The prose rows that do not overlap a schedule-table row.

    A sentence reader sees no line breaks: a schedule table without full stops is merged into the
    sentence that follows it (`... P2: 1 januari 2026 – 31 december 2026` + `De betaling gebeurt na
    ontvangst van een schuldvordering.`), and its rows would be read a second time as prose, the
    period start taken for a due date. The table reading keeps its columns, so it wins.
    """
    spans = [(row.span_start, row.span_end) for row in table]
    amounts = [(row.amount.start, row.amount.end) for row in table]

    def overlaps(row: ScheduleRow) -> bool:
        return any(row.span_start < end and start < row.span_end for start, end in spans) or any(
            row.amount.start < end and start < row.amount.end for start, end in amounts
        )

    return [row for row in prose if not overlaps(row)]


def table_schedule_rows(
    rows: list[list[str | None]], locate_span: Callable[[list[str]], tuple[int, int]]
) -> list[ScheduleRow]:
    """Rows of a PDF schedule table: a header with a schedule word and `bedrag`, then rows
    read as one line each (cells joined by spaces); `locate_span(cells)` gives their span."""
    words = load_vocab().payments.schedule_header
    found: list[ScheduleRow] = []
    for index, cells in enumerate(rows):
        line = " ".join(join_wrapped(cell or "") for cell in cells)
        if has_word(line, words) and re.search(r"bedrag", line, re.IGNORECASE) and not find_money(line):
            for data in rows[index + 1 :]:
                joined = " ".join(join_wrapped(cell or "") for cell in data)
                row = row_from_line(joined, 0, len(joined))
                if row is None:
                    continue
                start, end = locate_span([cell or "" for cell in data])
                mention = MoneyMention(row.amount.value, start, end, row.amount.text, row.amount.number)
                found.append(ScheduleRow(mention, row.due, row.start, row.end, row.label, start, end))
            break
    return found
