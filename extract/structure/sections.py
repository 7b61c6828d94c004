"""Split a decision block into its canonical sections.

A section opens at a heading line from the vocabulary (`Feiten en argumentatie`, `Context /
feiten / argumenten`, `Besluit`, `De gemeenteraad beslist:` ...) and runs to the next one. Three
extra rules:

- a heading that continues on its line (`Besluit: Met 19 stemmen voor ...`, `Aanwezig: Gert ...`)
  opens its section with the body starting after the colon;
- a sub-heading does not open a section inside its parent (`Aanwezig` inside `Samenstelling` or
  inside the vote block `Stemming`), and two headings of the same section in a row (`Besluit` /
  `De gemeenteraad beslist:`) are one section;
- after the Besluit, an attached agreement opens a `bijlage` section: a `(bijlage)` line or a line
  written in capitals (`SAMENWERKINGSOVEREENKOMST ENSURE`, `BIJLAGE BIJ ...`). Its own `Artikel N`
  are then not read as the decision's articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.context import Section, SectionName
from extract.structure.headings import content
from extract.structure.vocabulary import StructureVocabulary, normalise_heading, vocabulary
from extract.text.lines import iter_lines

MAX_HEADING_LENGTH = 60
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
    for line in iter_lines(text, start, end):
        body, offset = content(line)
        hit = heading_on_line(body, offset, vocab)
        if hit is None and seen_besluit and is_attachment_start(body):
            if not sections or sections[-1].name is not SectionName.BIJLAGE:
                hit = HeadingHit(SectionName.BIJLAGE, offset, offset, "")
        if hit is None:
            continue
        current = sections[-1] if sections else None
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
