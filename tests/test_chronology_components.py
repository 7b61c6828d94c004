"""The `period` and `history` components on a hand-built context; the vocabulary file's checks."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from extract.chronology.components import history, period
from extract.chronology.vocab import VOCAB_PATH, ChronologyVocab
from extract.context import DecisionBlock, ExtractionContext, Section, SectionName
from schema.provenance import Span
from schema.records import Decision, Meeting
from schema.source import PageInfo, SourceDocument
from schema.vocab import Body

# Mechelen 2025, item 42 shape: a title with a period, a Voorgeschiedenis with an undated entry
TEXT = (
    "42. MOBILITEIT. Goedkeuring samenwerkingsovereenkomst voor de periode van 1 januari 2025 t.e.m. 31 december 2025.\n"
    "Voorgeschiedenis\n"
    " December 2024: vraag vanuit Vlaanderen tot het opnieuw samenstellen van de\n"
    "Vervoerregioraden voor de legislatuur 2025-2030.\n"
    " De collegebeslissing van 7 januari 2025 – punt 19: verwijzing naar de gemeenteraad.\n"
    " 3 februari 2025: infomoment voor de bewoners.\n"
    "Besluit\n"
    "Artikel 1\n"
)


def _context(meeting_date: dt.date | None) -> ExtractionContext:
    source = SourceDocument(
        name="item.txt", path="item.txt", sha256="0" * 64, kind="txt", text=TEXT, pages=[PageInfo(number=1, start=0, end=len(TEXT))]
    )
    ctx = ExtractionContext(source)
    title_end = TEXT.index("\n")
    history_start = TEXT.index("Voorgeschiedenis")
    besluit_start = TEXT.index("Besluit")
    block = DecisionBlock(
        start=0,
        end=len(TEXT),
        heading_start=0,
        heading_end=title_end,
        decision=Decision(agenda_item=42, span=Span(page=1, start=0, end=len(TEXT))),
        sections=[
            Section(SectionName.VOORGESCHIEDENIS, history_start, history_start + len("Voorgeschiedenis\n"), besluit_start, "Voorgeschiedenis"),
            Section(SectionName.BESLUIT, besluit_start, besluit_start + len("Besluit\n"), len(TEXT), "Besluit"),
        ],
    )
    ctx.blocks.append(block)
    if meeting_date is not None:
        ctx.record.meeting = Meeting(body=Body.GEMEENTERAAD, date=meeting_date)
    return ctx


def test_components_fill_the_decision_with_provenance_and_report_undated_entries() -> None:
    ctx = _context(dt.date(2025, 1, 27))
    period(ctx)
    history(ctx)
    decision = ctx.blocks[0].decision
    assert decision.period is not None
    assert (decision.period.start, decision.period.end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert TEXT[decision.period.span.start : decision.period.span.end] == "1 januari 2025 t.e.m. 31 december 2025"
    # the infomoment after the meeting date is not history; the undated entry is reported
    assert [(e.date, e.body, e.agenda_item) for e in decision.history] == [(dt.date(2025, 1, 7), Body.COLLEGE, 19)]
    assert TEXT[decision.history[0].span.start :].startswith(" De collegebeslissing van 7 januari 2025")
    assert [issue.stage for issue in ctx.record.issues] == ["history"]
    assert "December 2024" in ctx.record.issues[0].message


def test_without_a_meeting_date_every_dated_entry_is_kept() -> None:
    ctx = _context(None)
    history(ctx)
    assert [e.date for e in ctx.blocks[0].decision.history] == [dt.date(2025, 1, 7), dt.date(2025, 2, 3)]


def test_the_vocabulary_file_is_checked() -> None:
    data = json.loads(VOCAB_PATH.read_text(encoding="utf-8"))
    ChronologyVocab.model_validate(data)
    with pytest.raises(ValidationError):
        ChronologyVocab.model_validate({**data, "history_heading": ["historiek"]})  # a typo in a key
    with pytest.raises(ValidationError):
        ChronologyVocab.model_validate({**data, "bodies": {**data["bodies"], "gemeenteraad": ["Gemeenteraad"]}})
    with pytest.raises(ValidationError):
        ChronologyVocab.model_validate({**data, "bodies": {**data["bodies"], "provincieraad": ["provincieraad"]}})
