"""Where in a decision block the chronology rules read: `block_zones(text, block)`.

The segmenter's sections give the Voorgeschiedenis, Feiten, Juridische grond and Besluit. The
chronology needs finer cuts than a general sectioning does: `Voortraject` is a sub-heading inside
Aalst's `Feiten en context`, a `Juridische grondslag` cites earlier decisions where a `Juridische
grond` cites only laws, and a history section ends at a bare sub-heading (`Subsidieovereenkomst`).
So the block's lines are also scanned for the exact headings of `vocab.json`, each zone running to
the next heading; the segmenter's sections fill in a kind of zone the scan did not find (a heading
spelled in a way this vocabulary does not know).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.chronology.vocab import vocab
from extract.context import DecisionBlock, Section, SectionName
from extract.text.lines import iter_lines, strip_bullet

Range = tuple[int, int]
_HEADING_CLEAN = re.compile(r"[\s:]+$")


@dataclass
class Zones:
    title: list[Range] = field(default_factory=list)
    history: list[Range] = field(default_factory=list)
    legal: list[Range] = field(default_factory=list)
    context: list[Range] = field(default_factory=list)
    besluit: list[Range] = field(default_factory=list)
    excluded: list[Range] = field(default_factory=list)  # legal bases etc.: no period, no history

    def covers(self, ranges: list[Range], start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in ranges)


@lru_cache(maxsize=16384)  # pure; `period` and `history` scan the same lines of every block
def heading_key(line: str) -> str:
    """A line as a heading key: bullet and trailing colon removed, whitespace collapsed, lowercase."""
    rest, _ = strip_bullet(line.strip())
    return " ".join(_HEADING_CLEAN.sub("", rest).split()).lower()


@lru_cache(maxsize=1)
def _heading_kinds() -> tuple[tuple[str, frozenset[str]], ...]:
    """The vocabulary's heading lists by zone kind, in the order `scan_headings` tries them."""
    v = vocab()
    return (
        ("history", frozenset(v.history_headings)),
        ("legal", frozenset(v.legal_history_headings)),
        ("context", frozenset(v.context_headings)),
        ("other", frozenset(v.other_headings)),
    )


def scan_headings(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """`(kind, heading_start, body_start)` for each vocabulary heading line in `text[start:end]`."""
    kinds = _heading_kinds()
    found: list[tuple[str, int, int]] = []
    for line in iter_lines(text, start, end):
        key = heading_key(line.text)
        if not key:
            continue
        for kind, headings in kinds:
            if key in headings:
                kind = "besluit" if key in ("besluit", "beslissing") else kind
                found.append((kind, line.start, min(line.end + 1, end)))
                break
    return found


def _is_subheading(line_text: str, previous: str) -> bool:
    """A bare sub-heading inside a section: a few capitalised words, no digits, no punctuation."""
    rest, bullet = strip_bullet(line_text.strip())
    if bullet or not rest or not rest[0].isupper() or any(ch.isdigit() for ch in rest):
        return False
    if rest.endswith((".", ":", ";", ",", ")")) or len(rest.split()) > 5:
        return False
    return previous.strip().endswith((".", ":", ";", "!", "?"))


def cut_at_subheading(text: str, start: int, end: int) -> int:
    """The end of a history zone: its first bare sub-heading (`Subsidieovereenkomst`), or `end`."""
    previous = ""
    for line in iter_lines(text, start, end):
        if not line.stripped:
            continue
        if previous and _is_subheading(line.text, previous):
            return line.start
        previous = line.text
    return end


def _section_kind(section: Section) -> str | None:
    """The zone a segmenter section feeds, by its canonical name and, for legal bases, its heading."""
    v = vocab()
    heading = heading_key(section.heading)
    if section.name is SectionName.VOORGESCHIEDENIS or heading in v.history_headings:
        return "history"
    if section.name is SectionName.FEITEN:
        return "context"
    if section.name is SectionName.BESLUIT:
        return "besluit"
    if section.name is SectionName.JURIDISCHE_GROND:
        return "legal" if heading in v.legal_history_headings else "excluded"
    return None


def block_zones(text: str, block: DecisionBlock) -> Zones:
    """The zones of one block: its title, then the scanned headings, then the segmenter's sections."""
    zones = Zones()
    title = block.decision.title_span
    zones.title.append((title.start, title.end) if title is not None else (block.heading_start, block.heading_end))
    scanned = [
        h for h in scan_headings(text, block.start, block.end) if not block.heading_start <= h[1] < block.heading_end
    ]
    for index, (kind, _heading, body_start) in enumerate(scanned):
        stop = scanned[index + 1][1] if index + 1 < len(scanned) else block.end
        if kind == "history":
            zones.history.append((body_start, cut_at_subheading(text, body_start, stop)))
        elif kind in ("legal", "context", "besluit"):
            getattr(zones, kind).append((body_start, stop))
    scanned_kinds = {kind for kind, _h, _b in scanned}
    for section in block.sections:
        kind = _section_kind(section)
        if kind is None or kind in scanned_kinds:
            continue  # the exact heading scan outranks a section (a wrapped `besluit.` read as a heading)
        end = cut_at_subheading(text, section.start, section.end) if kind == "history" else section.end
        target: list[Range] = getattr(zones, kind)
        if not any(a < end and section.start < b for a, b in target):
            target.append((section.start, end))
    return zones
