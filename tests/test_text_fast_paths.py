"""The shared text helpers' fast paths give what the plain scans gave (seed texts, edge cases)."""

from __future__ import annotations

import datetime as dt
import re

from extract.goals.sentences import _word_before, is_abbreviation
from extract.text.dates import MONTHS, find_dates
from extract.text.lines import Line, iter_lines
from ingest.reader import read_source
from conftest import seed_path


def _scanned_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """`iter_lines` as a plain scan from `start` to `end`, newline by newline."""
    end = len(text) if end is None else end
    lines, position = [], start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        lines.append(Line(position, stop, text[position:stop]))
        position = stop + 1
    return lines


def test_indexed_lines_are_the_scanned_lines() -> None:
    text = read_source(seed_path("003")).text
    for start, end in [(0, None), (0, len(text)), (17, 4000), (500, 501), (len(text) - 3, None), (40, 40), (9, 3)]:
        assert iter_lines(text, start, end) == _scanned_lines(text, start, end)
    for small in ["", "\n", "a\n", "\na", "a\n\nb\f c\n"]:
        for start in range(len(small) + 2):
            for end in [*range(len(small) + 3), None]:
                assert iter_lines(small, start, end) == _scanned_lines(small, start, end), (small, start, end)


def test_word_before_is_the_last_run_of_the_prefix() -> None:
    text = "o.a. de stad\nnr.\n 5 (bv. Arktos).\n"
    for end in range(len(text) + 1):
        found = re.search(r"(\S+)$", text[:end])
        assert _word_before(text, end) == (found.group(1) if found else "")
    assert is_abbreviation("zie art. 5", 7) and not is_abbreviation("De stad. Arktos", 7)


def test_month_names_give_what_dateparser_gives() -> None:
    import dateparser

    # every spelling the pattern admits, a few days each: dateparser (nl, DMY, strict) gives the
    # table's date or nothing (`febr.`, `31 april`), never another date
    for month, number in MONTHS.items():
        for day in (1, 29, 31):
            for written in (f"{day} {month} 2024", f"{day}e {month.capitalize()}. 2024"):
                expected = dateparser.parse(
                    re.sub(r"(\d)(?:e|ste|de)\b", r"\1", written), languages=["nl"],
                    settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"},
                )  # fmt: skip
                found = find_dates(written)
                try:
                    table = dt.date(2024, number, day)
                except ValueError:
                    table = None
                assert [m.date for m in found] == ([table] if table else [])
                assert expected is None or expected.date() == table, written
