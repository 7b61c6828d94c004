"""A PDF page's text layer as plain lines, made faithful for extraction.

pdfplumber reads the characters in reading order (lines clustered top to bottom, characters left
to right within a line) and expands ligatures (`ﬁ` → `fi`). What it hands back still carries the
quirks of real council PDFs, which `clean_text_layer` repairs without touching the words:

- glyphs without a Unicode mapping come out as `(cid:NN)`: digits inside that marker would read
  as numbers (amounts, article numbers), so each becomes one U+FFFD REPLACEMENT CHARACTER;
- broken ToUnicode maps give Unicode non-characters (U+FFFF, U+FFFE: the Symbol-font bullet of
  Aspose-made minutes maps glyph 0 to U+FFFF); they become U+FFFD too;
- an undecodable glyph that opens a line and is followed by a space is a list bullet (in the
  Nazareth minutes all 121 of them are), so it becomes `•`, the bullet later rules know;
- no-break and other typographic spaces become plain spaces, zero-width characters and control
  characters are dropped, a soft hyphen at a line end becomes the `-` the reader sees (elsewhere
  it is invisible and dropped);
- Unicode NFC: a base letter followed by a combining accent becomes the precomposed letter.

Hyphens at line ends are kept as printed (`2026-` / `2031`): `extract.text.lines.join_wrapped`
joins them the way the gold does. Running headers and footers are kept too; the extractor's
cleaning step recognises and blanks them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

REPLACEMENT = "\ufffd"
BULLET = "•"

_CID = re.compile(r"\(cid:\d+\)")
_NONCHARACTERS = re.compile("[\ufffe\uffff\U0001fffe\U0001ffff]")
_LINE_START_UNDECODABLE = re.compile(r"(?m)^( *)\ufffd(?= )")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SOFT_HYPHEN_AT_END = re.compile(r"\u00ad[ \t]*$", re.MULTILINE)
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TRAILING_SPACE = re.compile(r"[ ]+$", re.MULTILINE)


class TextSettings(BaseModel):
    """How characters are grouped into words and lines (pdfplumber's `extract_text` settings)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    x_tolerance: float = Field(3.0, gt=0, description="max gap (pt) between letters of one word")
    y_tolerance: float = Field(3.0, gt=0, description="max baseline difference (pt) within a line")
    dedupe_tolerance: float = Field(
        1.0, ge=0, description="chars of the same text and font this close (pt) are one char printed twice"
    )


def clean_text_layer(text: str) -> str:
    """Repair a text layer as described in the module docstring; one line in, one line out."""
    text = text.replace("\r", "")
    text = _SPACES.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _SOFT_HYPHEN_AT_END.sub("-", text).replace("\u00ad", "")
    text = _CID.sub(REPLACEMENT, text)
    text = _NONCHARACTERS.sub(REPLACEMENT, text)
    text = _LINE_START_UNDECODABLE.sub(lambda match: match.group(1) + BULLET, text)
    text = unicodedata.normalize("NFC", text)
    return _TRAILING_SPACE.sub("", text)


def undecodable_count(text: str) -> int:
    """Glyphs the text layer could not map to Unicode (after `clean_text_layer`)."""
    return text.count(REPLACEMENT)


def page_to_text(page: Any, settings: TextSettings) -> str:
    """The cleaned text of one pdfplumber page (already deduplicated), one line per text line."""
    raw = page.extract_text(x_tolerance=settings.x_tolerance, y_tolerance=settings.y_tolerance) or ""
    return clean_text_layer(raw)
