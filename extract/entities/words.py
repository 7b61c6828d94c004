"""The document as a list of words with offsets, tokenised once as a blank Dutch spaCy pipeline does.

No pretrained model exists here, so organisation names are found by rules over tokens: the
`nl` tokenizer (built once per process, lazily) splits the text, run by run (`tokens.py`:
`text_words` gives the tokens of `doc_of(text)` without building the `Doc`); `Word` keeps each
token's character range in the document, so every mention found over words has exact provenance.
Two token shapes are glued back because names use them: `GO` + `!` (`GO! Scholengroep 5`) and a
quote + `t` (`‘t Arsenaal`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract.entities.tokens import Tokens, run_tokenizer

SENTENCE_END = frozenset({".", "!", "?", "•", "\uf0b7", "\uf0a7", "▪", "●", "■", "►", "➢", ";"})
"""Tokens after which a capitalised word may be capitalised only because a sentence starts."""

_GLUE_AFTER = frozenset({"!"})
_QUOTES_BEFORE_T = frozenset({"‘", "'", "’"})


class Word(NamedTuple):
    """A token of the document (a glued or hyphen-wrapped pair is one word), with its offsets.

    A named tuple rather than a frozen dataclass: a document has thousands of words and a tuple is
    built several times faster; equality and hashing are still by value."""

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
    kept = [token for token in doc if not token.is_space]
    after_space = []
    previous = -1
    for token in kept:
        after_space.append(token.i > previous + 1)
        previous = token.i
    tokens = Tokens(
        [token.idx for token in kept], [token.idx + len(token.text) for token in kept],
        [token.text for token in kept], after_space,
    )  # fmt: skip
    words, word_of_token = words_from_tokens(doc.text, tokens)
    return words, {token.i: word_of_token[k] for k, token in enumerate(kept)}


def text_words(text: str) -> tuple[list[Word], Tokens, list[int]]:
    """The words of `text` (tokenized as `doc_of` would, see `tokens.py`), its tokens, and the word
    index of each token."""
    tokens = run_tokenizer().tokens(text)
    words, word_of_token = words_from_tokens(text, tokens)
    return words, tokens, word_of_token


def words_from_tokens(text: str, tokens: Tokens) -> tuple[list[Word], list[int]]:
    """Non-space tokens → `Word`s (glued shapes and hyphen-wrapped words joined), and the word
    index of each token.

    Two token shapes are glued to the word before them when nothing separates them: `GO` + `!`
    and a quote + `t`. A word hyphenated over a line break (`Opvoedings-` / `winkel`) is one word.
    """
    words: list[Word] = []
    word_of_token: list[int] = []
    new_word = tuple.__new__  # `Word(...)` without its Python-level constructor (a hot loop)
    previous_end = 0
    line_start = 0  # just after the last line or page break before the current token
    for start, end, token_text in zip(tokens.starts, tokens.ends, tokens.texts):
        if start == previous_end:  # no gap: the previous token, if any, ends right here
            if words and (
                token_text in _GLUE_AFTER or (token_text == "t" and words[-1].text in _QUOTES_BEFORE_T)
            ):
                last = words[-1]
                words[-1] = new_word(Word, (last.text + token_text, last.start, end, last.index, last.newlines_before,
                                            last.column_end))  # fmt: skip
                word_of_token.append(len(words) - 1)
                previous_end = end
                continue
            newlines = 0
        elif start == previous_end + 1 and text[previous_end] == " ":
            newlines = 0
        else:
            gap = text[previous_end:start]
            last_break = max(gap.rfind("\n"), gap.rfind("\f"))
            if last_break >= 0:
                line_start = previous_end + last_break + 1
            if (
                words and "\n" in gap and len(words[-1].text) > 2 and words[-1].text.endswith("-")
                and not gap.strip() and token_text[:1].islower()
            ):  # fmt: skip
                last = words[-1]
                words[-1] = new_word(Word, (last.text + token_text, last.start, end, last.index, last.newlines_before,
                                            last.column_end))  # fmt: skip
                word_of_token.append(len(words) - 1)
                previous_end = end
                continue
            newlines = gap.count("\n") + gap.count("\f")
        word_of_token.append(len(words))
        words.append(new_word(Word, (token_text, start, end, len(words), newlines, end - line_start)))
        previous_end = end
    return words, word_of_token


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
