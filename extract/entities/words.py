"""The document as a list of words with offsets, tokenised once by a blank Dutch spaCy pipeline.

No pretrained model exists here, so organisation names are found by rules over tokens: the
`nl` tokenizer (built once per process, lazily) splits the text; `Word` keeps each token's
character range in the document, so every mention found over words has exact provenance. Two
token shapes are glued back because names use them: `GO` + `!` (`GO! Scholengroep 5`) and a
quote + `t` (`‘t Arsenaal`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END = frozenset({".", "!", "?", "•", "\uf0b7", "\uf0a7", "▪", "●", "■", "►", "➢", ";"})
"""Tokens after which a capitalised word may be capitalised only because a sentence starts."""

_GLUE_AFTER = frozenset({"!"})
_QUOTES_BEFORE_T = frozenset({"‘", "'", "’"})


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    index: int
    newlines_before: int  # line breaks between the previous word and this one
    column_end: int = 0  # where the word ends on its line (long lines are wrapped prose)

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalised(self) -> bool:
        """Starts with a capital (`Arktos`, `IGEMO`, `’t` excluded) or is an `@`-name (`@Topo`)."""
        first = self.text.lstrip("@’'‘")[:1]
        return bool(first) and first.isupper()

    @property
    def is_acronym(self) -> bool:
        """Two or more capitals and no lowercase run of three (`VDAB`, `CD&V`, `J@M`, `PrOS`)."""
        letters = [c for c in self.text if c.isalpha()]
        capitals = sum(c.isupper() for c in letters)
        return capitals >= 2 and capitals * 2 >= len(letters)


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The blank Dutch pipeline: tokenizer only (built once, on first use)."""
    return spacy.blank("nl")


def doc_of(text: str) -> Doc:
    return nlp().make_doc(text)


def words_of(doc: Doc) -> tuple[list[Word], dict[int, int]]:
    """The non-space tokens of `doc` as `Word`s, and a map spaCy token index → word index."""
    words: list[Word] = []
    index_of: dict[int, int] = {}
    text = doc.text
    previous_end = 0
    for token in doc:
        if token.is_space:
            continue
        start, end = token.idx, token.idx + len(token.text)
        glue = words and words[-1].end == start and (
            token.text in _GLUE_AFTER
            or (token.text == "t" and words[-1].text in _QUOTES_BEFORE_T)
        )
        # a word hyphenated over a line break (`Opvoedings-` / `winkel`) is one word
        wrapped = (
            words and len(words[-1].text) > 2 and words[-1].text.endswith("-")
            and "\n" in text[previous_end:start] and not text[previous_end:start].strip() and token.text[:1].islower()
        )
        if glue or wrapped:
            last = words[-1]
            words[-1] = Word(last.text + token.text, last.start, end, last.index, last.newlines_before, last.column_end)
        else:
            gap = text[previous_end:start]
            line_start = max(text.rfind("\n", 0, start), text.rfind("\f", 0, start)) + 1
            words.append(Word(token.text, start, end, len(words), gap.count("\n") + gap.count("\f"), end - line_start))
        index_of[token.i] = len(words) - 1
        previous_end = end
    return words, index_of


def starts_sentence(words: list[Word], i: int) -> bool:
    """Whether word `i` opens a sentence, a bullet item or the text (its capital says nothing)."""
    if i == 0:
        return True
    previous = words[i - 1]
    if previous.text in SENTENCE_END or previous.text.endswith(":"):
        return True
    if previous.text in {"-", "–", "o", "*"} and words[i].newlines_before == 0 and previous.newlines_before > 0:
        return True
    return words[i].newlines_before >= 3
