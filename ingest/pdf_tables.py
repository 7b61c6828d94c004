"""Ruled tables on a PDF page, found from the lines that are actually drawn.

pdfplumber's table finder builds cells from the page's ruling lines and rectangle edges. Word
processors that export to PDF (Aspose.Words, Word itself) paint a white background rectangle
behind every word or text run; those rectangles are invisible on paper, but their edges tile
each text line into one-word "cells" and the finder reports dozens of phantom tables (every
Nazareth file had some: `['gemeente', 'Nazareth']`, `['12', 'augustus', '2025']`). So only
graphics a reader can see make edges: stroked paths, and filled shapes whose fill is not white.

A region bounded by edges that holds a single cell is a framed paragraph or a text box, not a
table, and is left out. Cell text keeps its line breaks (`AC0001` / `09` in a narrow code
column stays `"AC0001\\n09"`): whether a wrapped cell joins with a space (words) or without (codes)
is the extractor's call, and the `\\n` is what tells it the cell was wrapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ingest.pdf_text import clean_text_layer
from schema.source import SourceTable

_GRAPHIC_TYPES = ("rect", "line", "curve")
_WHITE_LEVEL = 0.99


class TableSettings(BaseModel):
    """pdfplumber table-finder settings: tables come from drawn lines only ("lines" strategy)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    snap_tolerance: float = Field(3.0, ge=0, description="edges this close (pt) are aligned")
    join_tolerance: float = Field(3.0, ge=0, description="collinear edges this close (pt) are joined")
    intersection_tolerance: float = Field(3.0, ge=0, description="how close edges must come to cross")
    text_x_tolerance: float = Field(3.0, gt=0, description="letter gap within a word in a cell")
    text_y_tolerance: float = Field(3.0, gt=0, description="baseline difference within a cell line")
    min_cells: int = Field(2, ge=1, description="regions with fewer cells are frames, not tables")

    def to_pdfplumber(self) -> dict[str, Any]:
        return {
            "vertical_strategy": "lines",
            "horizontal_strategy": "lines",
            "snap_tolerance": self.snap_tolerance,
            "join_tolerance": self.join_tolerance,
            "intersection_tolerance": self.intersection_tolerance,
            "text_x_tolerance": self.text_x_tolerance,
            "text_y_tolerance": self.text_y_tolerance,
        }


def is_white(color: Any) -> bool:
    """A PDF fill colour that is white: gray 1, RGB (1, 1, 1) or CMYK (0, 0, 0, 0)."""
    if color is None:
        return False
    if isinstance(color, (int, float)):
        return color >= _WHITE_LEVEL
    values = tuple(color)
    if not values or not all(isinstance(value, (int, float)) for value in values):
        return False  # pattern or named colour: assume visible
    if len(values) in (1, 3):
        return all(value >= _WHITE_LEVEL for value in values)
    if len(values) == 4:
        return all(value <= 1 - _WHITE_LEVEL for value in values)
    return False


def is_visible_graphic(obj: dict[str, Any]) -> bool:
    """False for a filled, unstroked shape painted white (a text-run background); True otherwise.

    Used as a pdfplumber `page.filter` predicate, so characters and images pass unchanged.
    """
    if obj.get("object_type") not in _GRAPHIC_TYPES:
        return True
    if obj.get("stroke"):
        return True
    if obj.get("fill"):
        return not is_white(obj.get("non_stroking_color"))
    return obj.get("object_type") == "line"


def has_rulings(page: Any) -> bool:
    """Whether the page draws any visible line or shape: without one there is no ruled table.

    A cheap test on the already parsed objects that spares the table finder on text-only pages.
    """
    return any(is_visible_graphic(obj) for kind in _GRAPHIC_TYPES for obj in page.objects.get(kind, ()))


def rows_to_cells(rows: Sequence[Sequence[str | None]]) -> list[list[str | None]]:
    """Table rows with each cell's text cleaned like page text (`None` stays: a merged cell)."""
    return [[None if cell is None else clean_text_layer(cell) for cell in row] for row in rows]


def cell_count(rows: Sequence[Sequence[str | None]]) -> int:
    """Cells that exist in a table (merged-cell placeholders `None` not counted)."""
    return sum(1 for row in rows for cell in row if cell is not None)


def page_to_tables(page: Any, number: int, settings: TableSettings) -> list[SourceTable]:
    """The ruled tables of one pdfplumber page (already deduplicated), top to bottom."""
    if not has_rulings(page):
        return []
    visible = page.filter(is_visible_graphic)
    return found_to_tables(visible.find_tables(settings.to_pdfplumber()), number, settings)


def found_to_tables(found_tables: Sequence[Any], number: int, settings: TableSettings) -> list[SourceTable]:
    """pdfplumber `Table`s as `SourceTable`s: cells read and cleaned, single-cell frames left out."""
    tables: list[SourceTable] = []
    for found in found_tables:
        rows = rows_to_cells(
            found.extract(x_tolerance=settings.text_x_tolerance, y_tolerance=settings.text_y_tolerance)
        )
        if cell_count(rows) < settings.min_cells:
            continue
        x0, top, x1, bottom = (round(value, 2) for value in found.bbox)
        tables.append(SourceTable(page=number, index=len(tables), rows=rows, bbox=(x0, top, x1, bottom)))
    return tables
