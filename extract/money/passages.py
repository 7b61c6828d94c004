"""Passages the money rules read: sentences (or bullet items) and the Financiële gevolgen.

Kinds and budget lines are decided within one sentence, and a bullet item of a list is a
sentence of its own even without a full stop (`- Aandeel Pidpa: 735.216,95 euro`). When the
section reader found no sections for a block, `find_fg_ranges` locates the Financiële gevolgen
heading itself so the money rules keep working.
"""

from __future__ import annotations

import re

from extract.money.vocab import load_vocab
from extract.text.lines import BULLET_CHARS, iter_lines

# A sentence ends at `.`, `!` or `?` followed by a capital, a bullet or a digit; `excl. btw`,
# `nr. 4` and `o.a. de` do not end one.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00c0-\u00dd•\uf0b7\-–(])")
_BULLET_LINE = re.compile(rf"^\s*(?:[{re.escape(BULLET_CHARS)}](?=\s)|[•\uf0b7\uf0a7▪]|\d+[.)]\s)")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence and bullet-item ranges of `text[start:end]`, in order."""
    bounds: set[int] = {start}
    for line in iter_lines(text, start, end):
        if _BULLET_LINE.match(line.text) or "\f" in text[max(line.start - 1, 0) : line.start]:
            bounds.add(line.start)
        if line.text.rstrip().endswith(":") and line.end < end:
            bounds.add(line.end + 1)  # a label line (`Raming ten laste van Pidpa:`) ends a passage
    for match in _SENTENCE_END.finditer(text, start, end):
        bounds.add(match.end())
    ordered = sorted(bounds) + [end]
    return [(a, b) for a, b in zip(ordered, ordered[1:]) if text[a:b].strip()]


def sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return None


def find_fg_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Financiële gevolgen ranges in `text[start:end]` found from their heading line.

    The body runs from after the heading (or after its colon, `Financiële gevolgen: Geen`) to
    the next closing heading (`Besluit`, `Artikel 1`) or the end.
    """
    budget = load_vocab().budget
    heading = re.compile(rf"^\s*(?:{'|'.join(re.escape(w) for w in budget.section_heading)})\s*:?", re.IGNORECASE)
    closing = re.compile(rf"^\s*(?:{'|'.join(re.escape(w) for w in budget.section_end)})\b", re.IGNORECASE)
    ranges: list[tuple[int, int]] = []
    body_start: int | None = None
    for line in iter_lines(text, start, end):
        match = heading.match(line.text)
        if match and len(line.text.strip()) < 120:
            if body_start is not None:
                ranges.append((body_start, line.start))
            body_start = line.start + match.end()
            continue
        if body_start is not None and closing.match(line.text):
            ranges.append((body_start, line.start))
            body_start = None
    if body_start is not None:
        ranges.append((body_start, end))
    return ranges


def says_none(text: str, start: int, end: int) -> bool:
    """`Financiële gevolgen: Geen` / `Nee` / `Niet van toepassing`: no budget is cited."""
    words = load_vocab().budget.none_words
    body = re.sub(r"[\s.:;]+", " ", text[start:end]).strip().lower()
    return body in words
