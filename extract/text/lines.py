"""Lines with their offsets, and joining wrapped lines the way the gold does.

Extractors read the cleaned document text line by line but must report character offsets into
the full text; `Line` keeps both. `join_wrapped` turns a passage wrapped over several lines into
one value: lines joined by single spaces, except after a hyphen glued to a word (`kandidaat-` +
`bestuurder` → `kandidaat-bestuurder`, `31-12-` + `2025` → `31-12-2025`), where the hyphen stays
and no space is added.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

BULLET_CHARS = "•\uf0b7\uf0a7\uf076\uf0d8\uf0fc▪◦●○■□►➢✓–-o*"
"""Characters that open a bullet item in minutes (Symbol-font glyphs included)."""

_BULLET_PREFIX = re.compile(r"^\s*(?:[•\uf0b7\uf0a7\uf076\uf0d8\uf0fc▪◦●○■□►➢✓*]|[-–](?=\s)|o(?=\s))\s*")
_GLUED_HYPHEN = re.compile(r"\w-$")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


def _scan_lines(text: str, start: int, end: int) -> list[Line]:
    """`iter_lines` without the index (a range past the end of the text: its last line ends at `end`)."""
    lines: list[Line] = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        lines.append(Line(position, stop, text[position:stop]))
        position = stop + 1
    return lines


class _LineIndex:
    """Every line of one text, built once: components read the same document line by line many
    times (whole text and section ranges), so the `Line`s are shared instead of rebuilt."""

    __slots__ = ("starts", "ends", "lines")

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []  # offset of the line's newline (or of the end of the text)
        self.lines: list[Line] = []
        position = 0
        for part in text.split("\n"):
            stop = position + len(part)
            self.starts.append(position)
            self.ends.append(stop)
            self.lines.append(Line(position, stop, part))
            position = stop + 1


_INDEX_SLOTS = 8
_indexes: dict[str, _LineIndex] = {}


def _line_index(text: str) -> _LineIndex:
    index = _indexes.get(text)
    if index is None:
        if len(_indexes) >= _INDEX_SLOTS:
            del _indexes[next(iter(_indexes))]  # the oldest text
        index = _indexes[text] = _LineIndex(text)
    return index


def iter_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of `text[start:end]` with absolute offsets (newline and form feed excluded).

    A line cut by `start` or `end` is cut there too (what a scan from `start` to `end` gives);
    whole lines come from the text's line index, built on the first call for that text."""
    end = len(text) if end is None else end
    if start >= end:
        return []
    if end > len(text):
        return _scan_lines(text, start, end)
    index = _line_index(text)
    starts, ends, cached = index.starts, index.ends, index.lines
    k = bisect_right(starts, start) - 1
    lines: list[Line] = []
    count = len(starts)
    while k < count and starts[k] < end:
        line_start, line_end = starts[k], ends[k]
        if line_start >= start and line_end <= end:
            lines.append(cached[k])
        else:
            first, last = max(start, line_start), min(end, line_end)
            lines.append(Line(first, last, text[first:last]))
        k += 1
    return lines


def collapse(value: str) -> str:
    """Whitespace collapsed to single spaces, stripped."""
    return " ".join(value.split())


def join_wrapped(value: str) -> str:
    """Join a wrapped passage into one line (see module docstring)."""
    out = ""
    glue_next = False
    for raw in value.splitlines():
        line = collapse(raw)
        if not line:
            continue
        if not out:
            out = line
        elif glue_next:
            out += line
        else:
            out += " " + line
        # `leer- ` + `en` keeps its space (the hyphen was followed by one in the source);
        # `wijk-` + `werkers` is a word wrapped at its hyphen.
        glue_next = bool(_GLUED_HYPHEN.search(raw))
    return out


def strip_bullet(value: str) -> tuple[str, bool]:
    """Remove a leading bullet glyph; return the rest and whether there was one."""
    match = _BULLET_PREFIX.match(value)
    if not match:
        return value, False
    return value[match.end() :], True
