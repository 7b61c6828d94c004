"""All votes of a passage in order, what each was held on, and which one is the vote on the item.

An item may hold several votes: an amendment first (rejected or accepted), then the proposal
(Nazareth `Amendement … waarmee met 21 stemmen tegen … niet akkoord wordt gegaan` then `Stemming
over het agendapunt`); a vote per separate sub-decision (Mechelen `1) Samenstelling …` / `2)
Goedkeuring …`, each with its own sentence); or only a vote per article (Aalst `Stemming op het
artikel`). `main_vote_index` picks the vote on the proposal itself: the one under an explicit
`Stemming op/over het agendapunt`; else the first that is not on an amendment or an article (for
sub-decisions: the first); none when every vote is on an amendment or an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.people.vocab import load_vocab
from extract.people.vote_patterns import (
    VoteFinding,
    chunk_pattern,
    is_strong_chunk,
    find_counted,
    find_tables,
    find_unanimous,
)
from extract.text.lines import collapse, iter_lines

AMENDMENT = "amendement"
ARTICLE = "artikel"
ITEM = "agendapunt"
CONTEXT_CHARS = 400
"""How far back the sentence of a vote is searched for what it is about."""

_SENTENCE_END = re.compile(r"[.!?:;](?=\s)")
_SUB_DECISION = re.compile(r"^\s*(?:\d{1,2}|[a-z])\)\s+\S")


@dataclass(frozen=True)
class SubjectedVote:
    vote: VoteFinding
    subject: str | None  # AMENDMENT / ARTICLE / ITEM, a sub-decision line as written, or None


@lru_cache(maxsize=1)
def _subject_res() -> dict[str, re.Pattern[str]]:
    return {
        subject: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)
        for subject, words in load_vocab().votes.subjects.items()
    }


def classify_subject(value: str) -> str | None:
    """`Stemming op het artikel` → `artikel`, `… amendement …` → `amendement`; None when unsaid."""
    for subject in (AMENDMENT, ARTICLE, ITEM):
        pattern = _subject_res().get(subject)
        if pattern is not None and pattern.search(value):
            return subject
    return None


def _drop_overlaps(votes: list[VoteFinding]) -> list[VoteFinding]:
    kept: list[VoteFinding] = []
    for vote in sorted(votes, key=lambda v: (v.start, -(v.end - v.start))):
        if kept and vote.start < kept[-1].end:
            continue
        kept.append(vote)
    return kept


def _heading_before(text: str, low: int, start: int) -> str | None:
    """The last `Stemming …` heading line between `low` and the vote."""
    heading_re = re.compile(load_vocab().votes.heading, re.IGNORECASE)
    heading = None
    for line in iter_lines(text, low, start):
        if heading_re.match(line.stripped):
            heading = line.stripped
    return heading


def _sentence_before(text: str, low: int, start: int) -> str:
    window_start = max(low, start - CONTEXT_CHARS)
    ends = list(_SENTENCE_END.finditer(text, window_start, start))
    return text[ends[-1].end() if ends else window_start : start]


def _previous_line(text: str, low: int, start: int) -> str | None:
    """The last non-blank line before the line the vote starts on."""
    line_start = text.rfind("\n", low, start) + 1
    lines = [line for line in iter_lines(text, low, max(low, line_start - 1)) if not line.is_blank]
    return lines[-1].stripped if lines else None


def find_votes(text: str, start: int, end: int) -> list[SubjectedVote]:
    """Every vote in `text[start:end]` in text order, with its subject."""
    tables = find_tables(text, start, end)
    # A table's `36` + next line `Stemmen tegen` reads like a counted sentence: the table wins.
    counted = [c for c in find_counted(text, start, end) if not any(t.start <= c.start < t.end or c.start <= t.start < c.end for t in tables)]
    taken = counted + tables
    unanimous = [v for v in find_unanimous(text, start, end) if not any(t.start <= v.start < t.end for t in taken)]
    votes = _drop_overlaps(taken + unanimous)
    result: list[SubjectedVote] = []
    low = start
    for vote in votes:
        heading = vote.heading or _heading_before(text, low, vote.start)
        subject = classify_subject(heading) if heading else None
        if heading is None:
            sentence = _sentence_before(text, low, vote.start) + text[vote.start : vote.end]
            subject = AMENDMENT if classify_subject(sentence) == AMENDMENT else None
            if subject is None:
                line = _previous_line(text, low, vote.start)
                if line and _SUB_DECISION.match(line):
                    subject = collapse(line)
        result.append(SubjectedVote(replace(vote, heading=heading), subject))
        low = vote.end
    return result


def main_vote_index(votes: list[SubjectedVote]) -> int | None:
    """Index of the vote on the proposal itself (see module docstring), or None."""
    for index, vote in enumerate(votes):
        if vote.subject == ITEM:
            return index
    for index, vote in enumerate(votes):
        if vote.subject not in (AMENDMENT, ARTICLE):
            return index
    return None


def stray_vote_wording(text: str, start: int, end: int, votes: list[SubjectedVote]) -> list[tuple[int, int]]:
    """Counted vote wording (`12 onthoudingen`) outside every vote read: something left unparsed."""
    covered = [(v.vote.start, v.vote.end) for v in votes]
    return [
        (m.start(), m.end())
        for m in chunk_pattern().finditer(text, start, end)
        if is_strong_chunk(m) and not any(s <= m.start() < e for s, e in covered)
    ]
