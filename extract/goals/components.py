"""The `goals` and `questions` components: thin wrappers that place what the rules find.

- Goals inside a decision block go to that decision (`decision.goals`): the objectives, tasks
  or commitments the decision or its agreement sets out. Sections that never state goals
  (attendance, vote, legal grounds, financial consequences) are left out.
- A presentation or action plan, or any document without decision blocks, states its goals
  outside any decision: they go to `record.goals`.
- An answer document (`antwoord`) holds council questions, not goals: `record.questions`.
"""

from __future__ import annotations

from collections.abc import Iterable

from extract.context import DecisionBlock, ExtractionContext, SectionName
from extract.goals.draft import GoalDraft, Problem
from extract.goals.layout import running_headers
from extract.goals.passage import passage_to_goals
from extract.goals.questions import text_to_questions
from extract.registry import component
from schema.records import Goal, Question
from schema.vocab import DocumentType

STAGE_GOALS = "goals"
STAGE_QUESTIONS = "questions"

NO_GOAL_SECTIONS = (
    SectionName.SAMENSTELLING,
    SectionName.STEMMING,
    SectionName.JURIDISCHE_GROND,
    SectionName.FINANCIELE_GEVOLGEN,
)
"""Sections whose lists are names, legal grounds or budget lines, never goals. The history section
stays in: a heading such as `Voortraject` may open a history that runs on into the facts."""

RECORD_GOAL_TYPES = (DocumentType.PRESENTATIE, DocumentType.OVERIG)


def goal_ranges(block: DecisionBlock) -> list[tuple[int, int]]:
    """The block's text minus its `NO_GOAL_SECTIONS` (heading to end of each)."""
    cuts = sorted((s.heading_start, s.end) for s in block.sections if s.name in NO_GOAL_SECTIONS)
    ranges: list[tuple[int, int]] = []
    position = block.start
    for cut_start, cut_end in cuts:
        if cut_start > position:
            ranges.append((position, cut_start))
        position = max(position, cut_end)
    if position < block.end:
        ranges.append((position, block.end))
    return ranges


def _goals(ctx: ExtractionContext, drafts: Iterable[GoalDraft]) -> list[Goal]:
    built = (
        ctx.make(
            STAGE_GOALS,
            Goal,
            number=draft.number,
            text=draft.text,
            level=draft.level,
            parent=draft.parent,
            span=ctx.span(draft.start, draft.end),
        )
        for draft in drafts
    )
    return [goal for goal in built if goal is not None]


@component("goals", requires=["sections", "document_type"], assigns=["goals"])
def goals(ctx: ExtractionContext) -> None:
    document_type = ctx.record.document_type
    if document_type is DocumentType.ANTWOORD:
        return
    headers = running_headers(ctx.text)
    problems: list[Problem] = []
    if document_type is DocumentType.PRESENTATIE or not ctx.blocks:
        if document_type in RECORD_GOAL_TYPES:
            ctx.record.goals = _goals(ctx, passage_to_goals(ctx.text, 0, len(ctx.text), headers, problems))
    else:
        for block in ctx.blocks:
            drafts = [
                draft
                for start, end in goal_ranges(block)
                for draft in passage_to_goals(ctx.text, start, end, headers, problems)
            ]
            block.decision.goals = _goals(ctx, drafts)
    for problem in problems:
        ctx.issue(STAGE_GOALS, problem.message, span=ctx.span(problem.start, problem.end))


@component("questions", requires=["document_type"], assigns=["questions"])
def questions(ctx: ExtractionContext) -> None:
    if ctx.record.document_type is not DocumentType.ANTWOORD:
        return
    found = text_to_questions(ctx.text)
    if not found:
        ctx.issue(STAGE_QUESTIONS, "answer document without a recognisable council question")
    built = (ctx.make(STAGE_QUESTIONS, Question, text=q.text, span=ctx.span(q.start, q.end)) for q in found)
    ctx.record.questions = [question for question in built if question is not None]
