"""Lines with their offsets, and joining wrapped lines the way the gold does.

Extractors read the cleaned document text line by line but must report character offsets into
the full text; `Line` keeps both. `join_wrapped` turns a passage wrapped over several lines into
one value: lines joined by single spaces, except after a hyphen glued to a word (`kandidaat-` +
`bestuurder` → `kandidaat-bestuurder`, `31-12-` + `2025` → `31-12-2025`), where the hyphen stays
and no space is added.
"""

from __future__ import annotations

import re
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


def iter_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of `text[start:end]` with absolute offsets (newline and form feed excluded)."""
    end = len(text) if end is None else end
    lines: list[Line] = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        lines.append(Line(position, stop, text[position:stop]))
        position = stop + 1
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
