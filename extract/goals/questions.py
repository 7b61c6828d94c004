"""Council questions in a college answer (`antwoord`): each question as written.

An answer document quotes each question as a bullet or numbered item (`- Hoe verloopt dit
project? Zien we een meerwaarde ...`), after a `Vraag 2:` label, or as a paragraph of its own,
and answers it below. A question may hold several sentences and wrap over lines with blank lines
in between; it ends with the first line that ends in a question mark. An item whose text closes
a sentence with anything else first (`- Een mogelijkheid om expertisetafels te organiseren.`) is
no question; a plain paragraph only is one when its first sentence already asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.goals.items import content_start, line_mark
from extract.goals.sentences import split_sentences
from extract.text.lines import Line, iter_lines, join_wrapped

_LABEL = re.compile(r"^vraag(?:\s*\d{1,2})?\s*[:.)]\s*", re.IGNORECASE)
_QUESTION_END = re.compile(r"\?[\"'’”)]*$")
_OTHER_END = re.compile(r"[.!:;][\"'’”)]*$")
_MAX_LINES = 12


@dataclass(frozen=True)
class QuestionDraft:
    text: str
    start: int
    end: int


def text_to_questions(text: str, start: int = 0, end: int | None = None) -> list[QuestionDraft]:
    """The council questions quoted in `text[start:end]` (see the module docstring)."""
    lines = iter_lines(text, start, end)
    questions: list[QuestionDraft] = []
    index = 0
    while index < len(lines):
        found = _question_at(lines, index)
        if found is None:
            index += 1
            continue
        question, last = found
        questions.append(question)
        index = last + 1
    return questions


def _opening(stripped: str) -> int | None:
    """Where the question text starts when `stripped` opens an item or a `Vraag` label."""
    mark = line_mark(stripped)
    offset = mark.content if mark.kind in ("main", "enum") else 0
    label = _LABEL.match(stripped[offset:])
    if label:
        return offset + label.end()
    return offset if mark.kind in ("main", "enum") else None


def _question_at(lines: Sequence[Line], index: int) -> tuple[QuestionDraft, int] | None:
    """The question opening at `lines[index]` and the index of its last line, or None."""
    line = lines[index]
    stripped = line.stripped
    offset = _opening(stripped) if stripped else None
    plain = offset is None and _opens_paragraph(lines, index)
    if plain:
        offset = 0
    if offset is None:
        return None
    parts = [stripped[offset:]]
    last = index
    while True:
        current = parts[-1].rstrip()
        if _QUESTION_END.search(current):
            break
        if _OTHER_END.search(current):
            return None
        following = _next_line(lines, last)
        if following is None or following - index > _MAX_LINES or _opening(lines[following].stripped) is not None:
            return None
        if plain and following > last + 1 and lines[following].stripped[:1].isupper():
            return None  # a heading (`Antwoord college`) above a new paragraph
        last = following
        parts.append(lines[last].stripped)
    text = join_wrapped("\n".join(parts))
    if plain and not split_sentences(text)[0].endswith("?"):
        return None
    start = content_start(line) + offset
    end = lines[last].start + len(lines[last].text.rstrip())
    return QuestionDraft(text, start, end), last


def _opens_paragraph(lines: Sequence[Line], index: int) -> bool:
    """Whether `lines[index]` starts a paragraph: capitalised, after a blank line or a closed one."""
    stripped = lines[index].stripped
    if not stripped[:1].isupper():
        return False
    previous = lines[index - 1].stripped if index else ""
    return not previous or previous.endswith((".", "?", "!", ":"))


def _next_line(lines: Sequence[Line], index: int) -> int | None:
    for following in range(index + 1, len(lines)):
        if lines[following].stripped:
            return following
    return None
