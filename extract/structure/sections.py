"""Split a decision block into its canonical sections.

A section opens at a heading line from the vocabulary (`Feiten en argumentatie`, `Context /
feiten / argumenten`, `Besluit`, `De gemeenteraad beslist:` ...) and runs to the next one. Three
extra rules:

- a heading that continues on its line (`Besluit: Met 19 stemmen voor ...`, `Aanwezig: Gert ...`)
  opens its section with the body starting after the colon;
- a sub-heading does not open a section inside its parent (`Aanwezig` inside `Samenstelling` or
  inside the vote block `Stemming`), and two headings of the same section in a row (`Besluit` /
  `De gemeenteraad beslist:`) are one section;
- a heading word inside a table (the lines on both sides are table rows, amounts or codes) is a
  header cell, not a heading; and a heading line holds only the heading (`vocabulary.normalise_heading`);
- a heading right under the heading of a content section (`Feiten en context` / `Voortraject`) is
  the author's sub-heading inside it: its section runs to the author's next sub-heading (a short
  capitalised line without closing punctuation, `Subsidieovereenkomst`), where the enclosing
  section resumes; container headings (`Motivering`, which holds Voorgeschiedenis, Feiten ...)
  are not content sections;
- after the Besluit, an attached agreement opens a `bijlage` section: a `(bijlage)` line or a line
  written in capitals (`SAMENWERKINGSOVEREENKOMST ENSURE`, `BIJLAGE BIJ ...`). Its own `Artikel N`
  are then not read as the decision's articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.context import Section, SectionName
from extract.structure.headings import content
from extract.structure.vocabulary import StructureVocabulary, vocabulary
from extract.text.lines import Line, iter_lines

MAX_HEADING_LENGTH = 60
CELL_GAP = re.compile(r"\S(?:\s*•\s*|\s{2,})(?=\S)")
"""A cell boundary inside a flattened table row: a cell glyph or a run of spaces between cells."""
MAX_SUBHEADING_WORDS = 6
MAX_SUBHEADING_LENGTH = 50
NUMERIC_CELL = re.compile(r"^[\W\d]*\d[\W\d]*$|^[A-Z]{2,4}\d{3,}\S*$")
"""A cell that is a number, an amount or a code (`52.690,68`, `2025`, `MJP000131`)."""
CAPITALS_LINE = re.compile(r"^[A-ZÀ-ÖØ-Þ0-9 &'’\-–:,.()/]+$")
ARTICLE_LINE = re.compile(r"^(?:artikel|art\.)\s*\d", re.IGNORECASE)


@dataclass
class HeadingHit:
    name: SectionName
    heading_start: int
    body_start: int
    heading: str


def heading_on_line(text: str, offset: int, vocab: StructureVocabulary) -> HeadingHit | None:
    """The section heading the line `text` (at `offset`) is, if any."""
    if not text or len(text) > MAX_HEADING_LENGTH + 40 or not (text[0].isupper() or text[0] == "("):
        return None  # headings are capitalised; `besluit.` ending a wrapped sentence is not one
    if len(text) <= MAX_HEADING_LENGTH:
        name = vocab.section_of(text)
        if name is not None:
            return HeadingHit(name, offset, offset + len(text), text)
    lowered = text.lower()
    for name, prefixes in vocab.section_prefixes.items():
        for prefix in prefixes:
            if lowered.startswith(prefix) and len(text) > len(prefix):
                return HeadingHit(name, offset, offset + len(prefix), text[: len(prefix)])
    return None


def is_table_line(text: str) -> bool:
    """A line of table layout: a row of several cells, or a lone number, amount or code cell."""
    value = text.strip().strip("•").strip()
    if not value:
        return False
    return len(CELL_GAP.findall(value)) >= 2 or all(NUMERIC_CELL.match(word) for word in value.split())


def in_table(lines: list[Line], index: int) -> bool:
    """True when the non-blank lines on both sides of line `index` are table layout: a heading word
    there is a header cell (`Toelichting` above a budget table's columns), not a section heading."""
    before = next((lines[i] for i in range(index - 1, -1, -1) if not lines[i].is_blank), None)
    after = next((lines[i] for i in range(index + 1, len(lines)) if not lines[i].is_blank), None)
    return before is not None and after is not None and is_table_line(before.text) and is_table_line(after.text)


def _opens_inside(text: str, current: Section, hit: HeadingHit, vocab: StructureVocabulary) -> bool:
    """True when `hit` stands right under the heading of a content section (`Feiten en context` /
    `Voortraject`): the author's own sub-heading inside it, not a section of the template."""
    return (
        hit.name is not current.name
        and current.name not in vocab.container_sections
        and hit.name is not SectionName.BESLUIT
        and not text[current.start : hit.heading_start].strip()
    )


def is_subheading(lines: list[Line], index: int) -> bool:
    """A short title line of the author's own (`Subsidieovereenkomst`, `Verdere context`): a few
    capitalised words without closing punctuation, no bullet, after a finished sentence."""
    value = lines[index].text.strip()
    words = value.split()
    if not 1 <= len(words) <= MAX_SUBHEADING_WORDS or len(value) > MAX_SUBHEADING_LENGTH:
        return False
    if not value[:1].isupper() or value[-1] in ".,;:!?" or any(ch.isdigit() for ch in value):
        return False
    previous = next((lines[i].text.strip() for i in range(index - 1, -1, -1) if not lines[i].is_blank), "")
    return previous.rstrip("\"'”’)»")[-1:] in (".", ":", ";", "!", "?")


def is_attachment_start(text: str) -> bool:
    """A capitals line that opens an attached agreement or annex (`SAMENWERKINGSOVEREENKOMST ...`)."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 12 or not CAPITALS_LINE.match(text) or ARTICLE_LINE.match(text):
        return False
    return True


def find_sections(text: str, start: int, end: int, vocab: StructureVocabulary | None = None) -> list[Section]:
    """The sections of the block body `text[start:end]`, in order."""
    vocab = vocab or vocabulary()
    sections: list[Section] = []
    seen_besluit = False
    lines = iter_lines(text, start, end)
    parent: SectionName | None = None  # the section the open one is a sub-heading of
    for index, line in enumerate(lines):
        body, offset = content(line)
        hit = heading_on_line(body, offset, vocab)
        if hit is not None and in_table(lines, index):
            hit = None
        if hit is None and seen_besluit and is_attachment_start(body):
            if not sections or sections[-1].name is not SectionName.BIJLAGE:
                hit = HeadingHit(SectionName.BIJLAGE, offset, offset, "")
        if hit is None and parent is not None and is_subheading(lines, index):
            sections[-1].end = offset  # the author's next sub-heading: back to the parent section
            sections.append(Section(parent, offset, offset + len(body), end, body))
            parent = None
            continue
        if hit is None:
            continue
        current = sections[-1] if sections else None
        parent = None
        if current is not None and _opens_inside(text, current, hit, vocab):
            parent = current.name
        if current is not None:
            if current.name in vocab.nested.get(hit.name, []) and hit.name is not current.name:
                continue
            if current.name is hit.name and not text[current.start : hit.heading_start].strip():
                current.start = hit.body_start  # `Besluit` / `De gemeenteraad beslist:`: one section
                current.heading += " / " + hit.heading
                continue
            if current.name is hit.name and hit.name in vocab.nested.get(hit.name, []):
                continue
            if current.name is SectionName.BIJLAGE and seen_besluit and hit.name is not SectionName.BIJLAGE:
                continue  # headings inside an attached agreement belong to it
            current.end = hit.heading_start
        sections.append(Section(hit.name, hit.heading_start, hit.body_start, end, hit.heading))
        if hit.name is SectionName.BESLUIT:
            seen_besluit = True
    return sections
