"""Sentence boundaries in Dutch administrative prose, abbreviations (`i.s.m.`, `nr.`) kept whole.

Goals are sentences: a commitment is one sentence of a paragraph, a prose goal keeps its own
first sentences. Minutes are full of dotted abbreviations, so a period only ends a sentence when
the word before it is not one.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"[.!?][\"'’”)]*(?=\s+[A-Z\"'‘“(À-Ý0-9])")
_ABBREVIATIONS = frozenset({"bv", "vb", "nl", "ca", "resp", "art", "nr", "dhr", "mevr", "mr", "dr", "st", "blz", "p", "zgn"})


def _word_before(text: str, end: int) -> str:
    """The whitespace-free run that ends at `end` (or just before a newline there), read
    backwards: what a search for the last non-space run of `text[:end]` finds, without scanning
    the whole prefix (that search made sentence splitting quadratic in the document length)."""
    if end > 0 and text[end - 1] == "\n":
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def is_abbreviation(text: str, period: int) -> bool:
    """Whether the period at `text[period]` closes an abbreviation rather than a sentence."""
    if text[period] != ".":
        return False
    word = _word_before(text, period)
    if not word:
        return False
    token = word.lstrip("(\"'‘“")
    return "." in token or token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def sentence_ends(text: str) -> list[int]:
    """Offsets in `text` just after each sentence-closing punctuation mark followed by a new sentence."""
    ends: list[int] = []
    for match in _BOUNDARY.finditer(text):
        if not is_abbreviation(text, match.start()):
            ends.append(match.end())
    return ends


def split_sentences(text: str) -> list[str]:
    """The sentences of a one-line passage."""
    sentences: list[str] = []
    previous = 0
    for end in sentence_ends(text):
        sentences.append(text[previous:end].strip())
        previous = end
    tail = text[previous:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]
