"""A goal as the rules find it, before it becomes a validated `schema.records.Goal`.

Drafts are plain values with character offsets, so the rules stay pure functions of the text and
the component alone builds records (with their provenance span) through `ctx.make`.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.goals.sentences import split_sentences
from extract.goals.vocab import vocab
from schema.vocab import GoalLevel


@dataclass(frozen=True)
class GoalDraft:
    number: str | None
    text: str
    level: GoalLevel
    parent: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Problem:
    """A passage a rule recognised but could not read (it becomes an extraction issue)."""

    message: str
    start: int
    end: int


def own_sentences(text: str) -> str:
    """The goal's own sentences of a prose goal (`Traject 2: In een tweede traject ...`).

    A traject or task paragraph states the task in its first sentence, often completed by a
    second (`Hiervoor worden ... bevraagd`); what follows elaborates (preferences, outcomes,
    means). So the first sentence is kept, and the second unless it states the aim behind the
    task (first person or an aim verb: `Hiermee trachten we ...`).
    """
    sentences = split_sentences(text)
    if not sentences:
        return text
    kept = sentences[:1]
    if len(sentences) > 1 and not any(rule.search(sentences[1]) for rule in vocab().elaboration):
        kept.append(sentences[1])
    return " ".join(kept)


def drop_overlaps(drafts: list[GoalDraft]) -> list[GoalDraft]:
    """Keep the first draft of each passage (drafts come in rule priority), ordered by position."""
    kept: list[GoalDraft] = []
    for draft in drafts:
        if any(draft.start < other.end and other.start < draft.end for other in kept):
            continue
        kept.append(draft)
    return sorted(kept, key=lambda draft: draft.start)
