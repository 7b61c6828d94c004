"""Which PDF pages may hold a ruled table, decided from PDFium's page objects without parsing text.

Only those pages need pdfplumber (pdfminer's layout plus the table finder), the rest are read by
`ingest.pdf_fast`. The test must never miss a table, so it over-counts: it answers "maybe" for
anything it cannot rule out cheaply, and a "maybe" only costs the slower reader.

pdfplumber builds tables from the edges of the graphics a reader can see (`is_visible_graphic`
in `ingest.pdf_tables`: stroked, or filled with a colour that is not white). A table of at least
two cells (`TableSettings.min_cells`) needs at least five such edges, two of them horizontal and
two vertical (two cells side by side: three verticals and two horizontals). So the page's visible
path objects are walked, Form XObjects included, and their segments counted by orientation:

- a straight segment is horizontal when it rises less than `AXIS_TOLERANCE` and vertical
  otherwise (pdfplumber calls every line that is not exactly level "v"); when it is nearly
  level it counts as both;
- a curve segment counts as both, and so does every segment of an object drawn through a
  rotating or skewing matrix (its orientation on the page is not read here).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2.raw as pdfium_c

AXIS_TOLERANCE = 1.0
"""Points: a straight segment that rises less than this may be a horizontal table edge."""

WHITE_LEVEL = 253
"""0-255: a fill at least this light in every channel is white (pdfplumber's 0.99)."""

MIN_EDGES = 5
MIN_EDGES_PER_AXIS = 2


@dataclass
class EdgeCount:
    """Visible edges seen so far, by orientation (an edge may count for both)."""

    horizontal: int = 0
    vertical: int = 0

    def add(self, horizontal: bool, vertical: bool) -> None:
        self.horizontal += horizontal
        self.vertical += vertical

    @property
    def may_form_table(self) -> bool:
        """Enough edges for two cells: five, at least two of each orientation."""
        return (
            self.horizontal >= MIN_EDGES_PER_AXIS
            and self.vertical >= MIN_EDGES_PER_AXIS
            and self.horizontal + self.vertical >= MIN_EDGES
        )


def segment_orientation(x0: float, y0: float, x1: float, y1: float) -> tuple[bool, bool]:
    """(may be horizontal, may be vertical) for a straight segment in page-aligned coordinates."""
    level = abs(y1 - y0) < AXIS_TOLERANCE
    return level, not level or abs(x1 - x0) < AXIS_TOLERANCE


def fill_is_white(red: int, green: int, blue: int) -> bool:
    return min(red, green, blue) >= WHITE_LEVEL


class _Walker:
    """Raw PDFium calls over one page's objects, with reused ctypes buffers."""

    def __init__(self) -> None:
        self.fill_mode, self.stroke = ctypes.c_int(), ctypes.c_int()
        self.rgba = [ctypes.c_uint() for _ in range(4)]
        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        self.matrix = pdfium_c.FS_MATRIX()

    def objects(self, page: Any) -> Iterator[tuple[Any, bool]]:
        """(path object, drawn straight) for every path on the page, Form XObjects included."""
        count = pdfium_c.FPDFPage_CountObjects(page)
        yield from self._walk((pdfium_c.FPDFPage_GetObject(page, i) for i in range(count)), True)

    def _walk(self, objects: Iterator[Any], straight: bool) -> Iterator[tuple[Any, bool]]:
        for obj in objects:
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                yield obj, straight and self.unrotated(obj)
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                count = pdfium_c.FPDFFormObj_CountObjects(obj)
                inner = (pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count))
                yield from self._walk(inner, straight and self.unrotated(obj))

    def unrotated(self, obj: Any) -> bool:
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(self.matrix)):
            return False
        return abs(self.matrix.b) < 1e-6 and abs(self.matrix.c) < 1e-6

    def visible(self, path: Any) -> bool:
        """Stroked, or filled with a colour that is not white (see `is_visible_graphic`)."""
        if not pdfium_c.FPDFPath_GetDrawMode(path, ctypes.byref(self.fill_mode), ctypes.byref(self.stroke)):
            return True
        if self.stroke.value:
            return True
        if self.fill_mode.value == pdfium_c.FPDF_FILLMODE_NONE:
            return False  # neither filled nor stroked: pdfminer makes no object of it
        red, green, blue, alpha = (ctypes.byref(value) for value in self.rgba)
        if not pdfium_c.FPDFPageObj_GetFillColor(path, red, green, blue, alpha):
            return True  # a pattern or shading: assume visible
        return not fill_is_white(*(value.value for value in self.rgba[:3]))

    def count_edges(self, path: Any, straight: bool, edges: EdgeCount) -> None:
        """Add the segments of one path: each straight one by orientation, curves as both."""
        start = previous = None
        for index in range(pdfium_c.FPDFPath_CountSegments(path)):
            segment = pdfium_c.FPDFPath_GetPathSegment(path, index)
            pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(self.x), ctypes.byref(self.y))
            point = (self.x.value, self.y.value)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO or previous is None:
                start = point
            elif kind == pdfium_c.FPDF_SEGMENT_LINETO and straight:
                edges.add(*segment_orientation(*previous, *point))
            else:
                edges.add(True, True)
            if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and start != point:
                edges.add(*(segment_orientation(*point, *start) if straight else (True, True)))
            previous = point


def page_may_hold_table(page: Any) -> bool:
    """Whether a pypdfium2 page draws enough visible edges for a ruled table of two cells."""
    walker = _Walker()
    edges = EdgeCount()
    for path, straight in walker.objects(page.raw):
        if walker.visible(path):
            walker.count_edges(path, straight, edges)
            if edges.may_form_table:
                return True
    return False
