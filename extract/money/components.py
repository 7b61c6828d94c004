"""The money components: thin wrappers that copy `analysis.analyse` results into the record.

`amounts` analyses every decision block (or, before the segmenter has found blocks, the whole
document, kept in `ctx.notes["money"]` only since there is no decision to fill) and stores the
analysis in `ctx.notes["money"]` (a list aligned with `ctx.blocks`); `budget_lines` and
`payments` read it from there.
"""

from __future__ import annotations

import re

from extract.context import DecisionBlock, ExtractionContext, SectionName
from extract.money.analysis import MoneyAnalysis, analyse
from extract.money.text_tables import GLYPHS
from extract.registry import component
from schema.records import Amount, BudgetLine, Payment

NOTES_KEY = "money"


def money_text(ctx: ExtractionContext) -> str:
    """The cleaned text with the source's cell glyphs put back (same length, same offsets):
    the glyphs cleaning blanks out are cell boundaries in a flattened budget table."""
    if ctx.text == ctx.source.text:
        return ctx.text
    # character by character: the source's glyph where it has one, else the cleaned character
    # (only the glyphs' positions are visited: the rest is copied in slices)
    text, source = ctx.text, ctx.source.text
    length = min(len(text), len(source))
    pieces: list[str] = []
    copied = 0
    for glyph in _GLYPH.finditer(source, 0, length):
        pieces += [text[copied : glyph.start()], glyph.group()]
        copied = glyph.end()
    pieces.append(text[copied:length])
    return "".join(pieces)


_GLYPH = re.compile(f"[{re.escape(GLYPHS)}]+")


def _fg_ranges(ctx: ExtractionContext, block: DecisionBlock) -> list[tuple[int, int]] | None:
    """The block's Financiële gevolgen, each running on to the Besluit (or the block end).

    Budget-table header cells (`Toelichting`, `Omschrijving`) can look like section headings;
    nothing but the Besluit or an annex follows the Financiële gevolgen, so the section is
    read up to there whatever the section reader split off.
    """
    if not block.sections:
        return None
    closing = (SectionName.BESLUIT, SectionName.BIJLAGE, SectionName.STEMMING)
    ranges = []
    for section in block.all_sections(SectionName.FINANCIELE_GEVOLGEN):
        ends = [s.heading_start for s in block.sections if s.name in closing and s.heading_start >= section.end]
        ranges.append((section.start, min(ends, default=block.end)))
    return ranges or None


def analyses(ctx: ExtractionContext) -> list[tuple[DecisionBlock | None, MoneyAnalysis]]:
    """The analysis of every block (computed by `amounts`, reused by the others)."""
    if NOTES_KEY not in ctx.notes:
        text = money_text(ctx)
        if ctx.blocks:
            ctx.notes[NOTES_KEY] = [
                (block, analyse(text, ctx.source, block.start, block.end, _fg_ranges(ctx, block))) for block in ctx.blocks
            ]
        else:
            ctx.notes[NOTES_KEY] = [(None, analyse(text, ctx.source, 0, len(text), None))]
    return ctx.notes[NOTES_KEY]


@component("amounts", requires=["sections"], assigns=["amounts"])
def amounts(ctx: ExtractionContext) -> None:
    for block, result in analyses(ctx):
        for finding in result.findings:
            if finding.stage == "amounts":
                ctx.issue("amounts", finding.message, ctx.span(finding.start, finding.end))
        if block is None:
            continue
        seen: set[tuple[object, object]] = set()
        for mention, kind in result.amounts:
            if (mention.value, kind) in seen:
                continue
            seen.add((mention.value, kind))
            fact = ctx.make(
                "amounts", Amount, value=mention.value, kind=kind, text=mention.text, span=ctx.span(mention.start, mention.end)
            )
            if fact is not None:
                block.decision.amounts.append(fact)


@component("budget_lines", requires=["sections"], assigns=["budget_lines"])
def budget_lines(ctx: ExtractionContext) -> None:
    for block, result in analyses(ctx):
        for finding in result.findings:
            if finding.stage == "budget_lines":
                ctx.issue("budget_lines", finding.message, ctx.span(finding.start, finding.end))
        if block is None:
            continue
        for row in result.table_rows:
            line = ctx.make(
                "budget_lines", BudgetLine, year=row.year, action=row.action, mjp=row.mjp, budget_key=row.budget_key,
                amount=row.amount, available=row.available, description=row.description,
                uncertain_pieces=row.uncertain_pieces, span=ctx.span(row.start, row.end),
            )
            if line is not None:
                block.decision.budget_lines.append(line)
        for prose, (start, end) in result.prose_lines:
            line = ctx.make(
                "budget_lines", BudgetLine, year=prose.year, action=prose.action, mjp=prose.mjp,
                budget_key=prose.budget_key, amount=prose.amount, span=ctx.span(start, end),
            )
            if line is not None:
                block.decision.budget_lines.append(line)
        if result.plan_version and block.decision.plan_version is None:
            block.decision.plan_version = result.plan_version


@component("payments", requires=["sections"], assigns=["payments"])
def payments(ctx: ExtractionContext) -> None:
    for block, result in analyses(ctx):
        if block is None:
            continue
        for row in result.schedule:
            payment = ctx.make(
                "payments", Payment, due=row.due, amount=row.amount.value, start=row.start, end=row.end,
                label=row.label, span=ctx.span(row.span_start, row.span_end),
            )
            if payment is not None:
                block.decision.payments.append(payment)
