"""The `period` and `history` components: thin wrappers applying `blocks.py` to each decision block.

Without blocks (no segmenter output) there is no decision to fill, so both do nothing. Events
dated after the meeting (when the meeting date is known) are not history: they are the terms and
plans a narrative section also dates.
"""

from __future__ import annotations

from extract.chronology.blocks import block_history, block_period
from extract.chronology.zones import block_zones
from extract.context import ExtractionContext
from extract.registry import component
from schema.records import HistoryEvent, Period


@component("period", requires=["sections"], assigns=["period"])
def period(ctx: ExtractionContext) -> None:
    for block in ctx.blocks:
        chosen = block_period(ctx.text, block.start, block.end, block_zones(ctx.text, block))
        if chosen is None:
            continue
        block.decision.period = ctx.make(
            "period", Period, start=chosen.start, end=chosen.end, span=ctx.span(chosen.span_start, chosen.span_end)
        )


@component("history", requires=["sections", "meeting"], assigns=["history"])
def history(ctx: ExtractionContext) -> None:
    meeting = ctx.record.meeting
    last = meeting.date if meeting is not None else None
    for block in ctx.blocks:
        events, undated = block_history(ctx.text, block_zones(ctx.text, block))
        for entry in undated:
            message = f"history entry without a day left out: {entry.text[:80]!r}"
            ctx.issue("history", message, span=ctx.span(entry.start, entry.end))
        for event in events:
            if last is not None and event.date > last:
                continue
            made = ctx.make(
                "history",
                HistoryEvent,
                date=event.date,
                body=event.body,
                agenda_item=event.agenda_item,
                text=event.text,
                span=ctx.span(event.start, event.end),
            )
            if made is not None:
                block.decision.history.append(made)
