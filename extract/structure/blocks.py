"""Where each agenda item's block starts: at its heading, or earlier where its material starts.

Most templates open an item with its heading. Two print part of the item before it:

- LBLOD item pages (Boortmeerbeek) print the attendance (a bare column of names), the title and
  the vote, and only then the breadcrumb `Zitting van <date>` with the title repeated, where the
  heading is found. When the heading's title already stands as a line of its own between the
  previous item's heading and this one, the item starts there, and a column of bare names right
  before that line (the attendance) belongs to it too. Not when other items' titles follow that
  line: then it is the agenda printed at the top of the document (Erpe-Mere's besluitenlijst).
- The first item of a template that prints its parts before the title (Antwerp: `Samenstelling`,
  `Motivering` ..., the title inside the `Besluit`): when decision sections stand before the
  first heading, the item starts at the top of the text.

A block never starts before the previous heading's title ends.
"""

from __future__ import annotations

import re
import unicodedata

from extract.context import SectionName
from extract.structure.headings import Candidate
from extract.structure.sections import find_sections
from extract.structure.vocabulary import StructureVocabulary, vocabulary
from extract.text.lines import Line, collapse, iter_lines

DECISION_PARTS = {SectionName.MOTIVERING, SectionName.FEITEN, SectionName.JURIDISCHE_GROND, SectionName.BESLUIT}
NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*|van|de|der|den|ten|ter|le|la|du|d['’]\w+)$")
MAX_NAME_WORDS = 5


def comparable(value: str) -> str:
    """A line compared with a title: NFC, whitespace collapsed, lowercased."""
    return collapse(unicodedata.normalize("NFC", value)).lower()


def is_bare_name(line: str) -> bool:
    """A line that is only a person's name (`Sigrid Van Obbergen`): 2-5 capitalised words or
    particles, no digits or punctuation."""
    words = line.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and words[0][:1].isupper() and all(NAME_WORD.match(w) for w in words)


def earlier_title_line(lines: list[Line], title: str, others: set[str], lower: int, heading_start: int) -> int | None:
    """The first line in `[lower, heading_start)` that is the heading's title itself, unless
    another item's title follows it there (then it is a line of the agenda printed at the top)."""
    wanted = comparable(title)
    window = [line for line in lines if lower <= line.start < heading_start and not line.is_blank]
    for position, line in enumerate(window):
        if comparable(line.text) == wanted:
            if any(comparable(later.text) in others for later in window[position + 1 :]):
                return None
            return line.start
    return None


def attendance_column_start(lines: list[Line], start: int, lower: int) -> int:
    """Where a column of bare names directly before offset `start` begins (or `start`)."""
    index = next((i for i, line in enumerate(lines) if line.start == start), None)
    if index is None:
        return start
    found = start
    for line in reversed(lines[:index]):
        if line.start < lower or not is_bare_name(line.stripped):
            break
        found = line.start
    return found


def block_starts(text: str, headings: list[Candidate], titles: list[str],
                 vocab: StructureVocabulary | None = None) -> list[int]:
    """The start offset of each heading's block (see module docstring)."""
    vocab = vocab or vocabulary()
    lines = iter_lines(text)
    starts: list[int] = []
    for index, heading in enumerate(headings):
        lower = headings[index - 1].title_end if index else 0
        start = heading.start
        others = {comparable(title) for number, title in enumerate(titles) if number != index}
        repeated = earlier_title_line(lines, titles[index], others, lower, heading.start)
        if repeated is not None:
            start = attendance_column_start(lines, repeated, lower)
        if index == 0 and any(s.name in DECISION_PARTS for s in find_sections(text, 0, start, vocab)):
            start = 0
        starts.append(start)
    return starts
