"""Everything the money rules read in one decision, computed once and shared by the components.

`analyse` runs the pure readers over a decision's range of the text (tables from the text, tables
from the PDF, schedules, prose codes) and classifies every amount. The three components
(`amounts`, `budget_lines`, `payments`) only copy its results into the record, so the order they
run in does not change what they find (the amount kinds need the schedule, which `payments`
exports last).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from extract.money.kinds import KindContext, classify
from extract.money.mentions import MoneyMention, find_money
from extract.money.passages import find_fg_ranges, says_none, sentence_of, sentences
from extract.money.pdf_tables import is_budget_table, locate, table_to_rows
from extract.money.prose_lines import ProseLine, codes_in, lines_in_sentence, plan_version
from extract.money.schedules import (
    ScheduleRow,
    find_prose_schedules,
    find_schedule_tables,
    prose_rows_outside_tables,
    table_schedule_rows,
)
from extract.money.text_tables import TextRow, find_text_tables
from schema.source import PageInfo, SourceDocument
from schema.vocab import AmountKind


@dataclass
class Finding:
    """An issue to record: message and the passage it is about."""

    stage: str
    message: str
    start: int
    end: int


@dataclass
class MoneyAnalysis:
    amounts: list[tuple[MoneyMention, AmountKind]] = field(default_factory=list)
    table_rows: list[TextRow] = field(default_factory=list)
    prose_lines: list[tuple[ProseLine, tuple[int, int]]] = field(default_factory=list)
    schedule: list[ScheduleRow] = field(default_factory=list)
    plan_version: str | None = None
    findings: list[Finding] = field(default_factory=list)


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in ranges)


def _pdf_rows(source: SourceDocument, text: str, start: int, end: int) -> tuple[list[TextRow], list[ScheduleRow]]:
    """Budget rows and schedule rows of the PDF tables that lie in `text[start:end]`."""
    budget_rows: list[TextRow] = []
    schedule_rows: list[ScheduleRow] = []
    for table in source.tables:
        page = source.pages[table.page - 1]
        if page.end <= start or page.start >= end:
            continue

        def span(cells: list[str], page: PageInfo = page) -> tuple[int, int]:
            where = locate(text, page.start, page.end, cells)
            return (where.start, where.end) if where else (page.start, page.start)

        if is_budget_table(table):
            rows = table_to_rows(table, text, page.start, page.end)
            budget_rows.extend(row for row in rows if start <= row.start < end)
        schedule_rows.extend(r for r in table_schedule_rows(table.rows, span) if start <= r.span_start < end)
    return budget_rows, schedule_rows


def analyse(text: str, source: SourceDocument, start: int, end: int, fg: list[tuple[int, int]] | None) -> MoneyAnalysis:
    """Read the money facts of the decision `text[start:end]`; `fg` are its Financiële gevolgen
    ranges (None: unknown, found here from their heading)."""
    result = MoneyAnalysis()
    fg_ranges = fg if fg else find_fg_ranges(text, start, end)
    no_budget = bool(fg_ranges) and all(says_none(text, a, b) for a, b in fg_ranges)
    spans = sentences(text, start, end)

    # budget tables: from the PDF structure when there is one, else from the text
    table_ranges = fg_ranges or [(start, end)]
    text_tables = [t for a, b in table_ranges for t in find_text_tables(text, a, b)]
    pdf_budget, pdf_schedule = _pdf_rows(source, text, start, end) if source.tables else ([], [])
    text_rows = [row for table in text_tables for row in table.rows]
    result.table_rows = [] if no_budget else (pdf_budget or text_rows)
    truncated = {m.start for table in text_tables for m in table.truncated}
    for table in text_tables:
        for cut in table.truncated:
            result.findings.append(Finding("amounts", f"budget table cell {cut.text!r} is cut off; not read as an amount", cut.start, cut.end))
    for row in result.table_rows:
        for problem in row.problems:
            result.findings.append(Finding("budget_lines", problem, row.start, row.end))
    row_ranges = [(row.start, row.end) for row in text_rows + pdf_budget]
    region_ranges = [(t.start, t.end) for t in text_tables] + row_ranges

    # payment schedules: a PDF table's rows when there is one (its cells keep wrapped periods);
    # prose rows only where no table row was read (a table has no full stops: the next sentence
    # swallows its rows)
    table_schedule = pdf_schedule or find_schedule_tables(text, start, end)
    result.schedule = table_schedule + prose_rows_outside_tables(find_prose_schedules(text, spans), table_schedule)

    # amounts: marked amounts of the text, money cells of the tables
    # inside a budget table only the table reader says what is money (`Hidrogem voor €` / `202 …`)
    table_regions = [(t.start, t.end) for t in text_tables]
    mentions = {m.start: m for m in find_money(text, start, end) if not _inside(m.start, table_regions)}
    for row in text_rows:
        for cell in row.amounts:
            if cell.start not in mentions or cell.end - cell.start != mentions[cell.start].end - mentions[cell.start].start:
                mentions[cell.start] = cell
    for offset in truncated:
        mentions.pop(offset, None)
    installments = frozenset(r.amount.value for r in result.schedule)
    total = sum((r.amount.value for r in result.schedule), Decimal(0)) if len(result.schedule) > 1 else None
    previous: MoneyMention | None = None
    previous_kind: AmountKind | None = None
    previous_sentence: tuple[int, int] | None = None
    pdf_cells = [cell for row in pdf_budget for cell in row.amounts]
    for mention in sorted([*mentions.values(), *pdf_cells], key=lambda m: m.start):
        sentence = sentence_of(spans, mention.start) or (mention.start, mention.end)
        if sentence != previous_sentence:
            previous, previous_kind = None, None
        context = KindContext(
            in_budget_table=_inside(mention.start, row_ranges),
            in_fg=_inside(mention.start, fg_ranges),
            installments=installments,
            schedule_total=total,
        )
        kind = classify(text, mention, sentence, previous, previous_kind, context)
        result.amounts.append((mention, kind))
        previous, previous_kind, previous_sentence = mention, kind, sentence

    # budget lines cited in prose, outside the tables
    if not no_budget:
        seen = {(r.mjp, r.action, r.budget_key) for r in result.table_rows}
        for sentence in spans:
            codes, pieces = codes_in(text, sentence[0], sentence[1], _inside(sentence[0], fg_ranges))
            codes = [c for c in codes if not _inside(c.start, region_ranges)]
            for piece in pieces:
                if not _inside(piece.start, region_ranges):
                    result.findings.append(Finding("budget_lines", f"code {piece.code!r} has not six digits; not read as a budget line", piece.start, piece.end))
            sentence_money = [m for m, _ in result.amounts if sentence[0] <= m.start < sentence[1]]
            for line in lines_in_sentence(text, sentence, codes, sentence_money):
                if (line.mjp, line.action, line.budget_key) not in seen:
                    result.prose_lines.append((line, sentence))
        for a, b in fg_ranges:
            result.plan_version = result.plan_version or plan_version(text, a, b)
    return result
