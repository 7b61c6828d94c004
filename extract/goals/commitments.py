"""Goals stated as single sentences of a grant or subsidy agreement.

- The purpose of a grant (`De steun van het Fonds ... zal specifiek gebruikt worden voor de
  restauratie ...`) → `doelstelling`.
- Each commitment of a party (`De begunstigde verbindt zich ertoe ...`, `... heeft de stad zich
  geëngageerd tot het organiseren van ...`, `De begunstigde zal ... bezorgen`) → one `actie`.

Not goals: a sentence that ends in a colon (it announces a list, read by `announced`), one with
a euro amount (a promise to pay is an amount), a promise to comply with rules or with the
agreement itself (`engageert zich om te voldoen aan de principes van goed bestuur`), an article
of the decision, and anything in an organisation's purpose block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.goals.draft import GoalDraft
from extract.goals.items import content_start, line_mark
from extract.goals.sentences import is_abbreviation
from extract.goals.vocab import vocab
from extract.text.lines import Line, join_wrapped
from schema.vocab import GoalLevel

_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:euro|eur)\b|€\s*\d|\d\s*€", re.IGNORECASE)
_ARTICLE = re.compile(r"^art(?:ikel|\.)\s*\d", re.IGNORECASE)
_IN_LINE_END = re.compile(r"[.!?][\"'’”)]*(?=\s+[A-ZÀ-Ý0-9\"'‘“(])")
_LINE_END = re.compile(r"(?:[.!?][\"'’”)]*|[:;])$")
_HEADING_WIDTH = 60


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    line: int  # index of the line it starts on
    text: str


def passage_sentences(text: str, lines: Sequence[Line]) -> list[Sentence]:
    """The sentences of the passage covered by `lines`, wrapped lines joined.

    Blank lines do not end a sentence (PDF text puts them inside sentences); a closing mark, a
    line that opens with a glyph or number, and a heading do. A heading is a short line without
    punctuation that opens a sentence and is followed by a capitalised line (`Verslag en
    communicatie`).
    """
    sentences: list[Sentence] = []
    pieces: list[tuple[int, int]] = []  # (start, end) of the open sentence's parts
    first_line = 0

    def close() -> None:
        if pieces:
            start, end = pieces[0][0], pieces[-1][1]
            sentences.append(Sentence(start, end, first_line, join_wrapped(text[start:end])))
            pieces.clear()

    for index, line in enumerate(lines):
        stripped = line.stripped
        if not stripped:
            continue
        mark = line_mark(stripped)
        position = content_start(line)
        if mark.kind != "none":
            close()
            position += mark.content
        line_end = line.start + len(line.text.rstrip())
        for match in _IN_LINE_END.finditer(text, position, line_end):
            if is_abbreviation(text, match.start()):
                continue
            if not pieces:
                first_line = index
            pieces.append((position, match.end()))
            close()
            position = match.end() + len(text[match.end() : line_end]) - len(text[match.end() : line_end].lstrip())
        if position >= line_end:
            continue
        if not pieces:
            first_line = index
        pieces.append((position, line_end))
        rest = text[position:line_end]
        if _LINE_END.search(rest) or (len(pieces) == 1 and _is_heading(rest, lines, index)):
            close()
    close()
    return sentences


def _is_heading(rest: str, lines: Sequence[Line], index: int) -> bool:
    if len(rest) >= _HEADING_WIDTH:
        return False
    following = next((line.stripped for line in lines[index + 1 :] if line.stripped), "")
    return following[:1].isupper()


def commitment_goals(text: str, lines: Sequence[Line], excluded: set[int]) -> list[GoalDraft]:
    """Grant purposes and commitment sentences of the passage covered by `lines`."""
    rules = vocab()
    drafts: list[GoalDraft] = []
    for sentence in passage_sentences(text, lines):
        if sentence.line in excluded or not _may_be_goal(sentence.text):
            continue
        if rules.any_grant_purpose.search(sentence.text):
            level = GoalLevel.DOELSTELLING
        elif rules.any_commitment.search(sentence.text):
            if rules.any_payment_promise.search(sentence.text):
                continue
            level = GoalLevel.ACTIE
        else:
            continue
        drafts.append(GoalDraft(None, sentence.text, level, None, sentence.start, sentence.end))
    return drafts


def _may_be_goal(sentence: str) -> bool:
    if not sentence or sentence.endswith(":") or _ARTICLE.match(sentence) or _AMOUNT.search(sentence):
        return False
    return not vocab().any_compliance.search(sentence)
