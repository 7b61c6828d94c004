"""Clean the document text in place: same length, noise overwritten.

Every offset a later component reports must point into the source text, so cleaning never
inserts or deletes a character; it overwrites:

- Symbol-font bullets: pdfplumber turns the Symbol-font bullet into a private-use code point
  (U+F0B7, U+F0A7, ...); some templates' bullet comes out as U+FFFD or U+FFFF at the start of a
  line. All become `•`, the one bullet later rules know.
- Form feeds (page breaks) become newlines, so a page break ends a line like any other.
- Running page footers and headers are blanked with spaces:
  * a line that recurs at a page boundary (among the first or last two lines of a page) on at
    least two pages and on half of them, compared with digits masked (`Notulen gemeenteraad 3 /
    51`, `p. 1/2`, `2/15`);
  * a line that is only a page number (`1/2`, `p. 1/2`, `Pagina 3 van 12`);
  * a line that is nothing but a written-out date (`27 januari 2025`): pdfplumber leaves the
    page footer of flattened minutes inside titles and articles, and running text never puts a
    bare date on a line of its own.

`ctx.notes` keys written here:
- `"footer_lines"`: list of `(start, end, text)` of every blanked footer/header line.
- `"footer_date"`: the `datetime.date` of the bare-date footer when one was found (the Mechelen
  gold reads the session date from it), with `"footer_date_span"` `(start, end)` of its first
  occurrence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.text.dates import parse_date
from extract.text.lines import Line, iter_lines

_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_LINE_START_REPLACEMENT = re.compile(r"(?m)^([ \t]*)[\ufffd\uffff]")
_WRITTEN_MONTH = re.compile(r"[a-z]{3,}", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
PAGE_NUMBER_LINE = re.compile(r"^\s*(?:p\.|pagina|blz\.)?\s*\d{1,3}\s*(?:/|van)\s*\d{1,3}\s*$", re.IGNORECASE)
"""A line that is only a page number (`1/2`, `p. 1/2`, `Pagina 3 van 12`): a footer wherever it stands."""
BOUNDARY_LINES = 2  # lines at the top and bottom of a page where running headers/footers stand
MAX_FOOTER_LENGTH = 90
MIN_GLUED_LETTERS = 6


@dataclass
class CleanResult:
    text: str
    footers: list[tuple[int, int, str]] = field(default_factory=list)
    footer_date: tuple[int, int, str] | None = None


def replace_glyphs(text: str) -> str:
    """Symbol-font bullets to `•` and form feeds to newlines, one character for one."""
    text = _PRIVATE_USE.sub("•", text).replace("\f", "\n")
    return _LINE_START_REPLACEMENT.sub(lambda m: m.group(1) + "•", text)


def footer_key(line: str) -> str:
    """A line compared across pages: whitespace collapsed, digit runs masked."""
    return _DIGITS.sub("#", " ".join(line.split())).lower()


def is_bare_written_date(line: str) -> bool:
    """True for a line that is only a date with its month in words (`27 januari 2025`)."""
    value = line.strip().strip("•").strip()
    return bool(value) and _WRITTEN_MONTH.search(value) is not None and parse_date(value) is not None


def boundary_lines(text: str, page_ranges: Sequence[tuple[int, int]]) -> list[list[Line]]:
    """Per page, its first and last `BOUNDARY_LINES` non-blank lines."""
    result: list[list[Line]] = []
    for start, end in page_ranges:
        lines = [line for line in iter_lines(text, start, end) if not line.is_blank]
        picked = lines[:BOUNDARY_LINES] + lines[-BOUNDARY_LINES:]
        unique = {line.start: line for line in picked}
        result.append(list(unique.values()))
    return result


def running_keys(text: str, page_ranges: Sequence[tuple[int, int]]) -> set[str]:
    """Keys (`footer_key`) of the lines recurring at page boundaries on >= 2 pages and >= half of them."""
    if len(page_ranges) < 2:
        return set()
    pages_with: dict[str, set[int]] = defaultdict(set)
    for number, lines in enumerate(boundary_lines(text, page_ranges)):
        for line in lines:
            if len(line.stripped) <= MAX_FOOTER_LENGTH:
                pages_with[footer_key(line.text)].add(number)
    threshold = max(2, len(page_ranges) / 2)
    return {key for key, pages in pages_with.items() if len(pages) >= threshold and key.strip()}


def running_lines(text: str, page_ranges: Sequence[tuple[int, int]], keys: set[str] | None = None) -> list[Line]:
    """Header/footer lines: the boundary lines whose key recurs (`running_keys`)."""
    keys = running_keys(text, page_ranges) if keys is None else keys
    return [line for lines in boundary_lines(text, page_ranges) for line in lines if footer_key(line.text) in keys]


def key_pattern(key: str) -> re.Pattern[str] | None:
    """The running line `key` as a pattern found glued to other text at a line's start or end
    (`Notulen gemeenteraad 12 / 51Vandenbussche Ann`), or None for a key with too few letters to
    be told from running text (`# / #`)."""
    if sum(ch.isalpha() for ch in key) < MIN_GLUED_LETTERS:
        return None
    words = [r"\d+".join(re.escape(part) for part in word.split("#")) for word in key.split()]
    body = r"\s*".join(words)
    return re.compile(rf"^\s*{body}(?=\S)|(?<=\S){body}\s*$", re.IGNORECASE)


def glued_running_text(text: str, keys: set[str]) -> list[tuple[int, int]]:
    """Ranges of running headers/footers glued to a line's other text (a page break lost)."""
    patterns = [pattern for pattern in map(key_pattern, sorted(keys)) if pattern is not None]
    found: list[tuple[int, int]] = []
    for line in iter_lines(text):
        if not patterns or footer_key(line.text) in keys:
            continue
        for pattern in patterns:
            match = pattern.search(line.text)
            if match:
                found.append((line.start + match.start(), line.start + match.end()))
                break
    return found


def clean_text(text: str, page_ranges: Sequence[tuple[int, int]] = ()) -> CleanResult:
    """The cleaned text (same length as `text`) and what was blanked (see module docstring)."""
    cleaned = replace_glyphs(text)
    assert len(cleaned) == len(text)
    pages = page_ranges or [(0, len(cleaned))]
    keys = running_keys(cleaned, pages)
    blank: list[Line] = running_lines(cleaned, pages, keys)
    blank += [Line(start, end, cleaned[start:end]) for start, end in glued_running_text(cleaned, keys)]
    footer_date: tuple[int, int, str] | None = None
    for line in iter_lines(cleaned):
        if PAGE_NUMBER_LINE.match(line.text):
            blank.append(line)
        elif is_bare_written_date(line.text):
            blank.append(line)
            if footer_date is None:
                footer_date = (line.start, line.end, line.stripped.strip("•").strip())
    chars = list(cleaned)
    footers: list[tuple[int, int, str]] = []
    for line in sorted({line.start: line for line in blank}.values(), key=lambda item: item.start):
        footers.append((line.start, line.end, line.stripped))
        chars[line.start : line.end] = " " * (line.end - line.start)
    return CleanResult("".join(chars), footers, footer_date)
