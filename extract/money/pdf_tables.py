"""Budget tables read from a PDF's ruled tables (`SourceDocument.tables`).

pdfplumber gives each cell's text with its wrapped lines joined by `\\n`, so a code cut by a
narrow column comes back whole once the lines of its cell are glued (`AC0\\n0010\\n9` →
`AC000109`): the table structure says the pieces belong together, which the flattened text does
not. Columns are recognised from the header row (money columns) and from the cell contents
(years, plan codes, budget keys). A row's provenance is the span of its cells' text in the page
text, found by searching the cells' first lines in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extract.money.codes import BUDGET_KEY_CANDIDATE, PLAN_PIECE, find_budget_keys
from extract.money.mentions import MoneyMention, number_to_decimal
from extract.money.text_tables import TextRow
from extract.money.vocab import count_words, has_word, load_vocab
from extract.text.lines import join_wrapped
from schema.codes import CODE_DIGITS
from schema.source import SourceTable

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONEY_CELL = re.compile(r"^[€\s]*-?\s*\d[\d.\s]*(?:,\s?\d{0,2}|,-)?\s*(?:€|euro|EUR)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Located:
    start: int
    end: int


def glue(cell: str | None) -> str:
    """A cell's wrapped lines joined without a separator (codes and numbers)."""
    return re.sub(r"\s*\n\s*", "", cell or "").strip()


def header_index(rows: list[list[str | None]]) -> int | None:
    """The row naming the columns: at least two budget-table header words."""
    words = load_vocab().budget.table_header
    for index, row in enumerate(rows[:3]):
        text = " ".join(join_wrapped(cell or "") for cell in row)
        if count_words(text, words) >= 2:
            return index
    return None


def money_columns(header: list[str | None]) -> dict[int, str]:
    """Column index → `current`, `available` or `requested`, from the header cells."""
    budget = load_vocab().budget
    found: dict[int, str] = {}
    for index, cell in enumerate(header):
        text = join_wrapped(cell or "")
        for name, words in (("requested", budget.requested_header), ("available", budget.available_header), ("current", budget.current_header)):
            if has_word(text, words):
                found[index] = name
                break
    return found


def locate(text: str, start: int, end: int, cells: list[str]) -> Located | None:
    """Span of the cells' text in `text[start:end]`: the first lines of the cells found in
    order, from the occurrence of the first one that gives the tightest span (a year such as
    `2021` also occurs in the prose above the table)."""
    lines = [next((part.strip() for part in cell.splitlines() if part.strip()), "") for cell in cells]
    lines = [line for line in lines if line]
    if not lines:
        return None
    best: Located | None = None
    anchor = text.find(lines[0], start, end)
    tries = 0
    while anchor != -1 and tries < 50:
        tries += 1
        cursor, last, found_all = anchor + len(lines[0]), anchor + len(lines[0]), True
        for line in lines[1:]:
            found = text.find(line, cursor, end)
            if found == -1:
                found_all = False
                continue
            last = max(last, found + len(line))
            cursor = found + len(line)
        candidate = Located(anchor, last)
        if found_all and (best is None or candidate.end - candidate.start < best.end - best.start):
            best = candidate
        anchor = text.find(lines[0], anchor + 1, end)
    if best is None:
        first = text.find(lines[0], start, end)
        return Located(first, first + len(lines[0])) if first != -1 else None
    return best


def is_budget_table(table: SourceTable) -> bool:
    """A table with a budget header row, or with a plan code in one of its cells."""
    if header_index(table.rows) is not None and money_columns(table.rows[header_index(table.rows) or 0]):
        return True
    return any(PLAN_PIECE.fullmatch(glue(cell)) for row in table.rows for cell in row if cell)


def table_to_rows(table: SourceTable, text: str, page_start: int, page_end: int) -> list[TextRow]:
    """The budget lines of one PDF table, with spans in the page text."""
    head = header_index(table.rows)
    columns = money_columns(table.rows[head]) if head is not None else {}
    rows: list[TextRow] = []
    for cells in table.rows[(head + 1) if head is not None else 0 :]:
        row = _cells_to_row(cells, columns)
        if row is None:
            continue
        where = locate(text, page_start, page_end, [cell or "" for cell in cells])
        if where is not None:
            row.start, row.end = where.start, where.end
            row.amounts = [MoneyMention(m.value, where.start, where.end, m.text, m.number) for m in row.amounts]
        else:
            row.start, row.end = page_start, page_start
            row.problems.append("budget table row not found in the page text; provenance is the page start")
        rows.append(row)
    return rows


def _cells_to_row(cells: list[str | None], columns: dict[int, str]) -> TextRow | None:
    row = TextRow(start=0, end=0)
    money: list[tuple[str, Decimal, str]] = []
    words: list[str] = []
    for index, cell in enumerate(cells):
        glued = glue(cell)
        if not glued:
            continue
        piece = PLAN_PIECE.fullmatch(glued)
        if piece:
            kind = "mjp" if piece.group("prefix") == "MJP" else "action"
            if len(piece.group("digits")) == CODE_DIGITS:
                setattr(row, kind, glued)
            else:
                row.uncertain_pieces.extend((cell or "").split())
                row.problems.append(f"budget table: malformed {piece.group('prefix')} code {glued!r} in a cell")
            continue
        if _YEAR.match(glued) and row.year is None and index not in columns:
            row.year = int(glued)
            continue
        if BUDGET_KEY_CANDIDATE.fullmatch(glued) and find_budget_keys(glued):
            row.budget_key = glued
            continue
        if (index in columns or not columns) and _MONEY_CELL.match(glued):
            value = number_to_decimal(re.sub(r"[€\s]|euro|EUR", "", glued, flags=re.IGNORECASE).lstrip("-"))
            if value is not None:
                money.append((columns.get(index, "amount"), value, glued))
                continue
        words.append(join_wrapped(cell or ""))
    if not (row.mjp or row.action or row.budget_key or row.uncertain_pieces):
        return None
    row.description = " ".join(words) or None
    nonzero = [(name, value) for name, value, _ in money if value != 0]
    row.amounts = [MoneyMention(value, 0, 0, raw, raw) for _, value, raw in money if value != 0]
    requested = [value for name, value in nonzero if name == "requested"]
    available = [value for name, value in nonzero if name == "available"]
    row.amount = requested[-1] if requested else (nonzero[-1][1] if nonzero else None)
    row.available = available[-1] if available else None
    return row
