"""Bullet lists and paragraphs of minutes and slides, read line by line.

PDF text wraps one item over several lines, often with blank lines in between, so neither a
newline nor a blank line ends an item. What does: the next line with the item's own glyph (a new
item), a line with another top-level glyph (the enclosing list goes on), or a plain line after the
item already closed its sentence. Sub-bullets (`o`, `▪`, `*` ...) belong to the item above them.
A list without glyphs (LBLOD text: one item per line) is read line by line instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from extract.text.lines import BULLET_CHARS, Line, join_wrapped

SUB_GLYPHS = "o◦○▪□*\uf0a7"
"""Glyphs of second-level bullets (Word's `o`, small squares); the other bullet glyphs open items."""

_GLYPH = re.compile(rf"^(?P<glyph>[{re.escape(BULLET_CHARS)}])(?P<gap>\s*)(?=\S)")
_MULTI = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)")
_ENUM = re.compile(r"^(?P<number>\d{1,2}|[a-z])(?P<sep>[.)°])\s+(?=\S)")

TERMINAL = re.compile(r"[.!?][\"'’”)]*$")
"""A passage whose text matches this has closed its sentence."""

_ITEM_END = re.compile(r"[.!?;,][\"'’”)]*$")


@dataclass(frozen=True)
class Mark:
    """The glyph or number that opens a line: `kind` main/sub/enum/none; `family` groups glyphs
    that open sibling items (`-` and `–`; `1.`; multi-level numbers of any depth)."""

    kind: str
    family: str
    number: str | None
    depth: int
    content: int  # where the content starts in the stripped line


NO_MARK = Mark("none", "", None, 0, 0)


def line_mark(stripped: str) -> Mark:
    """The opening glyph or number of a stripped line (`NO_MARK` for a plain line)."""
    glyph = _GLYPH.match(stripped)
    # a dash or `o` opens an item only before a space (`-jongeren`, `onderwijs` are words)
    if glyph and (glyph.group("gap") or glyph.group("glyph") not in "-–o"):
        char = glyph.group("glyph")
        kind = "sub" if char in SUB_GLYPHS else "main"
        return Mark(kind, "-" if char in "-–" else char, None, 1, glyph.end())
    multi = _MULTI.match(stripped)
    if multi:
        number = multi.group("number")
        return Mark("enum", "multi", number, number.count(".") + 1, multi.end())
    enum = _ENUM.match(stripped)
    if enum:
        number, separator = enum.group("number"), enum.group("sep")
        if number.isalpha() and separator != ")":
            return NO_MARK  # `a.` is too often a word or an initial
        return Mark("enum", ("a" if number.isalpha() else "1") + separator, number, 1, enum.end())
    return NO_MARK


def content_start(line: Line) -> int:
    """Absolute offset of the first non-blank character of `line`."""
    return line.start + len(line.text) - len(line.text.lstrip())


@dataclass
class Item:
    """One list item or goal body: its extent and its text pieces (one per line)."""

    mark: Mark
    start: int
    end: int
    parts: list[str] = field(default_factory=list)

    def add(self, line: Line, piece: str) -> None:
        self.parts.append(piece)
        self.end = line.start + len(line.text.rstrip())

    @property
    def text(self) -> str:
        return join_wrapped("\n".join(self.parts))


Skip = Callable[[str], bool]


def read_list(lines: Sequence[Line], first: int, skip: Skip, limit: int = 30) -> list[Item]:
    """The items of the list that starts at `lines[first]` (see the module docstring)."""
    items: list[Item] = []
    glyphless = False
    blank = False
    for line in lines[first:]:
        stripped = line.stripped
        if not stripped:
            blank = True
            continue
        if skip(stripped):
            continue
        mark = line_mark(stripped)
        piece = stripped[mark.content :]
        if not items:
            glyphless = mark.kind == "none"
            items.append(_new_item(line, mark, piece))
            blank = False
            continue
        current = items[-1]
        if glyphless:
            if mark.kind != "none":
                break
            if _ITEM_END.search(current.text):
                if blank:
                    break
                items.append(_new_item(line, mark, piece))
            elif piece[:1].islower():
                current.add(line, piece)
            else:  # the item never closed and a new sentence starts: it was a heading
                items.pop()
                break
        elif mark.kind in ("main", "enum"):
            if mark.family == items[0].mark.family:
                items.append(_new_item(line, mark, piece))
            elif current.text.endswith(":"):
                current.add(line, piece)
            else:
                break
        elif mark.kind == "sub":
            if mark.family == items[0].mark.family:
                items.append(_new_item(line, mark, piece))
            else:
                current.add(line, piece)
        elif TERMINAL.search(current.text) and not piece[:1].islower():
            break
        else:
            current.add(line, piece)
        blank = False
        if len(items) > limit:
            break
    if glyphless and items and not _ITEM_END.search(items[-1].text):
        items.pop()  # a trailing heading (`Motivering`)
    return items


def _new_item(line: Line, mark: Mark, piece: str) -> Item:
    item = Item(mark, content_start(line), line.end)
    item.add(line, piece)
    return item


def read_body(
    lines: Sequence[Line], first: int, item: Item, skip: Skip, stop: Skip, prose: bool = False
) -> Item:
    """Extend `item` (a labelled goal) with the lines from `lines[first]` that belong to it.

    It stops at a top-level glyph or number, at a line `stop` accepts (the next label), and at a
    plain line once the text closed its sentence: immediately for an item, after a blank line
    for `prose` (a paragraph wraps over lines that each end a sentence).
    """
    blank = False
    for line in lines[first:]:
        stripped = line.stripped
        if not stripped:
            blank = True
            continue
        if skip(stripped):
            continue
        if stop(stripped):
            break
        mark = line_mark(stripped)
        if mark.kind in ("main", "enum"):
            break
        if mark.kind == "sub":
            item.add(line, stripped[mark.content :])
            blank = False
            continue
        if item.parts and TERMINAL.search(item.text) and not stripped[:1].islower():
            if not prose or blank:
                break
        item.add(line, stripped)
        blank = False
    return item
