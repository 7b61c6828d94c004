"""A PDF page's text through pypdfium2, arranged into lines the way pdfplumber arranges them.

pdfplumber (pdfminer) parses every page in pure Python: 30-120 ms a page of council minutes,
which made reading the PDF the bulk of an ingest. PDFium does the same parsing in C in about a
millisecond. Its own text output is not the pdfplumber text the extractors were written against,
though: it follows the content stream (a footer drawn first comes out first), it joins a line
that ends in a hyphen to the next one (marking the hyphen U+0002 or U+FFFE), it invents spaces
from its own gap threshold, and it drops glyphs without a Unicode value (the Symbol-font bullet
of Aspose-made minutes) that pdfminer reports as U+FFFF.

So only PDFium's *characters* are used here, and the layout is pdfplumber's, word by word:

- a word is a run of non-space characters of PDFium's text (a line-end hyphen mark ends a word
  and becomes the `-` that is printed);
- its `top` is pdfminer's: the character's baseline box bottom plus the font size (that is what
  pdfplumber clusters lines by), its `x0` the character origin;
- words are clustered into lines by `top` with pdfplumber's chained tolerance (`cluster_list`),
  sorted left to right within a line and joined by one space;
- a space PDFium generated (none in the file) separates two words only when pdfplumber would
  too: when the gap between them is wider than `x_tolerance`;
- a glyph PDFium leaves out of its text because it has no Unicode value becomes U+FFFD, which
  `clean_text_layer` then treats exactly as pdfplumber's U+FFFF (a bullet at a line start).

The result goes through the same `clean_text_layer` as the pdfplumber path. `page_needs_layout`
(see `ingest.pdf_rulings`) decides which pages are read here; pages that may hold a ruled table
or carry rotated text stay with pdfplumber.
"""

from __future__ import annotations

import ctypes
import math
import re
from typing import Any, NamedTuple

import pypdfium2.raw as pdfium_c
from pdfplumber.utils.clustering import cluster_list
from pdfplumber.utils.text import LIGATURES

from ingest.pdf_text import REPLACEMENT

ANGLE_TOLERANCE = 1e-3
"""Radians: a character turned by less than this is upright."""

HYPHEN_MARKS = "\u0002\ufffe"
"""How PDFium marks a hyphen at a line end that it joined to the next line."""

_WORD = re.compile(r"[^\s\u0002\ufffe]*[\u0002\ufffe]|[^\s\u0002\ufffe]+")
_LIGATURES = str.maketrans(LIGATURES)


class Word(NamedTuple):
    """A word as pdfplumber sees it: its text, pdfminer `top` and left edge.

    `x1`, the right edge, is only known (and only needed) when no space character follows the
    word in the file: then pdfplumber joins it to a word that starts within `x_tolerance` of it,
    unless a space character precedes that word (`spaced`). A named tuple: a page has hundreds of
    words and a tuple is built several times faster than a frozen dataclass.
    """

    text: str
    top: float
    x0: float
    x1: float | None = None
    spaced: bool = True
    start: int = 0  # character indices of the word on its PDFium text page: start, end (exclusive)
    end: int = 0


def line_to_text(words: list[Word], x_tolerance: float) -> str:
    """One line: words left to right, joined by a space unless pdfplumber sees no break there.

    pdfplumber breaks a word at a space character or where the next character starts more than
    `x_tolerance` after the previous one ends (or before it starts).
    """
    pieces: list[str] = []
    previous: Word | None = None
    for word in sorted(words, key=lambda w: w.x0):
        joined = (
            previous is not None
            and previous.x1 is not None
            and not word.spaced
            and previous.x0 <= word.x0 <= previous.x1 + x_tolerance
        )
        if pieces and not joined:
            pieces.append(" ")
        pieces.append(word.text)
        previous = word
    return "".join(pieces)


def words_to_text(words: list[Word], x_tolerance: float, y_tolerance: float) -> str:
    """pdfplumber's non-layout `extract_text` on words: lines by chained `top`, words by `x0`.

    Pure (no PDFium): the part of the layout that is easiest to get subtly wrong, unit-tested.
    """
    if not words:
        return ""
    clusters = cluster_list(list({word.top for word in words}), y_tolerance)
    line_of = {top: number for number, cluster in enumerate(clusters) for top in cluster}
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(line_of[word.top], []).append(word)
    return "\n".join(line_to_text(lines[number], x_tolerance) for number in sorted(lines))


class _Chars:
    """Per-character look-ups on a PDFium text page (raw ctypes calls, reused buffers)."""

    def __init__(self, textpage: Any) -> None:
        self.raw = textpage.raw
        self._box = pdfium_c.FS_RECTF()
        self._box_ref = ctypes.byref(self._box)

    def top_x0(self, index: int) -> tuple[float, float]:
        """pdfminer's `top` (downwards, up to a page constant) and the left edge of a character.

        pdfminer's box runs from baseline + descent to that plus the font size; PDFium's loose box
        has the same bottom, so `top` is minus (box bottom + font size).
        """
        pdfium_c.FPDFText_GetLooseCharBox(self.raw, index, self._box_ref)
        box = self._box
        return -(box.bottom + pdfium_c.FPDFText_GetFontSize(self.raw, index)), box.left

    def x1(self, index: int) -> float:
        pdfium_c.FPDFText_GetLooseCharBox(self.raw, index, self._box_ref)
        return self._box.right

    def generated(self, index: int) -> bool:
        return bool(pdfium_c.FPDFText_IsGenerated(self.raw, index))

    def plain(self, index: int) -> bool:
        """Upright and decoded: neither rotated nor a glyph whose Unicode value PDFium guessed."""
        if pdfium_c.FPDFText_HasUnicodeMapError(self.raw, index):
            return False
        angle = pdfium_c.FPDFText_GetCharAngle(self.raw, index)
        return angle < ANGLE_TOLERANCE or angle > 2 * math.pi - ANGLE_TOLERANCE


class NeedsPdfplumber(Exception):
    """The page has text this module does not lay out like pdfplumber: read it with pdfplumber.

    Rotated text (pdfplumber groups it apart, by `upright`) and glyphs without a Unicode mapping
    (pdfminer reports `(cid:N)`, PDFium guesses a character from the code) are such text.
    """


def excluded_char_indices(raw: Any, count: int, missing: int) -> list[int]:
    """Indices of the `missing` characters that PDFium leaves out of its text (no Unicode value).

    A text index lags its character index by the number of characters left out before it, so
    each left-out character is found by bisection: a few dozen calls instead of one per character.
    """
    index_of = pdfium_c.FPDFText_GetTextIndexFromCharIndex
    found: list[int] = []
    low = 0
    while len(found) < missing:

        def after_next(char_index: int) -> bool:
            text_index = index_of(raw, char_index)
            return text_index < 0 or char_index - text_index > len(found)

        high = count - 1
        if not after_next(high):
            break
        while low < high:
            middle = (low + high) // 2
            if after_next(middle):
                high = middle
            else:
                low = middle + 1
        found.append(low)
        low += 1
    return found


def textpage_to_string(textpage: Any, count: int) -> str:
    """PDFium's text with exactly one character per character index.

    `get_text_range` leaves out glyphs without a Unicode value; each becomes U+FFFD at its place,
    as pdfminer's `(cid:N)` or U+FFFF would.
    """
    text = textpage.get_text_range() if count > 0 else ""
    if len(text) == count:
        return text
    raw = textpage.raw
    left_out = excluded_char_indices(raw, count, count - len(text)) if len(text) < count else []
    if len(text) + len(left_out) == count:
        pieces = []
        at = 0
        for shift, char_index in enumerate(left_out):
            text_index = char_index - shift
            pieces += [text[at:text_index], REPLACEMENT]
            at = text_index
        pieces.append(text[at:])
        return "".join(pieces)
    unicode_of = pdfium_c.FPDFText_GetUnicode  # characters added as well as left out: one by one
    return "".join(chr(code) if code else REPLACEMENT for code in (unicode_of(raw, i) for i in range(count)))


def textpage_to_words(textpage: Any) -> tuple[str, list[Word]]:
    """The text (one character per index) and words of a PDFium text page, with pdfminer geometry.

    Tops are measured downwards, up to the page height. Raises `NeedsPdfplumber` when a word
    starts with a rotated or unmapped character.
    """
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    text = textpage_to_string(textpage, count)
    chars = _Chars(textpage)

    def real_space(index: int) -> bool:
        return 0 <= index < count and text[index].isspace() and not chars.generated(index)

    words: list[Word] = []
    space_after, previous_end = False, -2
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if word[-1] in HYPHEN_MARKS:
            word = word[:-1] + "-"
        if not chars.plain(start):
            raise NeedsPdfplumber(f"character {start} is rotated or has no Unicode mapping")
        top, x0 = chars.top_x0(start)
        # the space before this word is usually the one after the previous word: asked once
        space_before = space_after if words and start == previous_end + 1 else real_space(start - 1)
        space_after = real_space(end)
        previous_end = end
        x1 = None if space_after else chars.x1(end - 1)
        words.append(Word(word.translate(_LIGATURES), top, x0, x1, space_before, start, end))
    return text, words


def pdfium_page_text(page: Any, x_tolerance: float, y_tolerance: float) -> str:
    """The text of one pypdfium2 page, one line per text line, before `clean_text_layer`.

    Raises `NeedsPdfplumber` for a page whose text this module cannot lay out faithfully.
    """
    textpage = page.get_textpage()
    try:
        return words_to_text(textpage_to_words(textpage)[1], x_tolerance, y_tolerance)
    finally:
        textpage.close()
