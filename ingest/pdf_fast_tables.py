"""Ruled tables of a PDF page from PDFium's drawn paths and characters, through pdfplumber's own finder.

pdfplumber finds tables from edges and reads their cells from characters; parsing the page with
pdfminer to get those is the slow part (about 40 ms a page). PDFium gives both in C: the paths
of the page (points, matrices, how they are painted) and every character's box. This module
rebuilds from them the objects pdfminer would have made and hands them to pdfplumber's unchanged
`TableFinder` and `Table.extract`, so the table logic (snapping, joining, intersections, cells,
cell text) is pdfplumber's own:

- a visible path (`ingest.pdf_rulings`: stroked, or filled with a colour that is not white) is
  cut into subpaths at each move, and each is classified as pdfminer's `paint_path` does: one
  segment is a line; four segments closing on a square are a rectangle; anything else is a
  curve through its points (a Bézier contributes its end point only). A redundant last segment
  back to the start of a closed subpath is dropped first, as pdfminer does;
- those objects become pdfplumber's edges (`rect_to_edges`, `line_to_edge`, `curve_to_edges`);
- characters are given pdfminer's box: left at the origin, right at the advance, `bottom` at
  baseline + descent, `top` one font size above.

Coordinates are pdfplumber's (origin at the top left of the MediaBox); a page whose MediaBox does
not start at (0, 0) is left to pdfplumber (`None`).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder, TableSettings as PlumberTableSettings
from pdfplumber.utils.geometry import curve_to_edges, line_to_edge, rect_to_edges

from ingest.pdf_fast import HYPHEN_MARKS, Word
from ingest.pdf_rulings import _Walker
from ingest.pdf_tables import TableSettings, found_to_tables
from schema.source import SourceTable

WORD_MARGIN = 30.0
"""Points above and below the tables within which words' characters are measured (a word's top
is more than a line above the middle of its characters only for fonts over 30 pt)."""

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def multiply(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner` first, then `outer` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def apply(matrix: Matrix, point: Point) -> Point:
    a, b, c, d, e, f = matrix
    x, y = point
    return a * x + c * y + e, b * x + d * y + f


def subpath_to_object(ops: Sequence[tuple[str, Point]]) -> tuple[str, list[Point]] | None:
    """pdfminer's classification of one subpath (ops `m`, `l`, `c`, `h` with their end points).

    Returns ("line" | "rect" | "curve", points in PDF space) like `PDFLayoutAnalyzer.paint_path`.
    """
    if not ops or ops[0][0] != "m":
        return None
    shape = "".join(op for op, _ in ops)
    points = [point if op != "h" else ops[0][1] for op, point in ops]
    if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
        shape = shape[:-2] + "h"
        points.pop()
    if shape in ("ml", "mlh"):
        return "line", points[:2]
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        closed = points[0] == points[4]
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if closed and square:
            return "rect", [points[0], points[2]]
    return "curve", points


def object_to_edges(kind: str, points: list[Point], height: float) -> list[dict[str, Any]]:
    """pdfplumber's edges of one pdfminer object, in pdfplumber coordinates (top downwards)."""
    if kind == "rect":
        (x0, y0), (x1, y1) = points  # pdfminer keeps the corners as drawn (no min/max)
        top, bottom = height - y1, height - y0
        rect = {"object_type": "rect", "x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": top, "bottom": bottom,
                "doctop": top, "width": x1 - x0, "height": y1 - y0}  # fmt: skip
        return rect_to_edges(rect)
    xs, ys = [x for x, _ in points], [y for _, y in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    box = {"x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": height - y1, "bottom": height - y0,
           "doctop": height - y1, "width": x1 - x0, "height": y1 - y0}  # fmt: skip
    if kind == "line":
        return [line_to_edge({"object_type": "line", **box})]
    return curve_to_edges({"object_type": "curve", **box, "pts": [(x, height - y) for x, y in points]})


class _Paths(_Walker):
    """The page's visible paths as pdfminer subpaths in page space."""

    def __init__(self) -> None:
        super().__init__()
        self.fs_matrix = pdfium_c.FS_MATRIX()

    def matrix_of(self, obj: Any) -> Matrix:
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(self.fs_matrix)):
            return IDENTITY
        m = self.fs_matrix
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def visible_paths(self, objects: Iterator[Any], outer: Matrix) -> Iterator[tuple[Any, Matrix]]:
        for obj in objects:
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                if self.visible(obj):
                    yield obj, multiply(self.matrix_of(obj), outer)
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                count = pdfium_c.FPDFFormObj_CountObjects(obj)
                inner = (pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count))
                yield from self.visible_paths(inner, multiply(self.matrix_of(obj), outer))

    def subpaths(self, path: Any, matrix: Matrix) -> Iterator[list[tuple[str, Point]]]:
        ops: list[tuple[str, Point]] = []
        bezier = 0
        for index in range(pdfium_c.FPDFPath_CountSegments(path)):
            segment = pdfium_c.FPDFPath_GetPathSegment(path, index)
            pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(self.x), ctypes.byref(self.y))
            point = apply(matrix, (self.x.value, self.y.value))
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                if ops:
                    yield ops
                ops, bezier = [("m", point)], 0
            elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
                ops.append(("l", point))
            else:  # a cubic Bézier comes as three segments: two control points, then the end point
                bezier += 1
                if bezier % 3 == 0:
                    ops.append(("c", point))
            if pdfium_c.FPDFPathSegment_GetClose(segment):
                ops.append(("h", point))
        if ops:
            yield ops


def page_edges(page: Any, height: float) -> list[dict[str, Any]]:
    """pdfplumber's `page.edges` of the visible graphics: lines, then rectangles, then curves."""
    walker = _Paths()
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    top_level = (pdfium_c.FPDFPage_GetObject(page.raw, i) for i in range(count))
    by_kind: dict[str, list[dict[str, Any]]] = {"line": [], "rect": [], "curve": []}
    for path, matrix in walker.visible_paths(top_level, IDENTITY):
        for ops in walker.subpaths(path, matrix):
            found = subpath_to_object(ops)
            if found is not None:
                by_kind[found[0]].extend(object_to_edges(found[0], found[1], height))
    return by_kind["line"] + by_kind["rect"] + by_kind["curve"]


def textpage_chars(textpage: Any, text: str, indices: Iterable[int], height: float) -> list[dict[str, Any]]:
    """pdfplumber-like character dicts (pdfminer boxes) for the given character indices."""
    box = pdfium_c.FS_RECTF()
    box_ref = ctypes.byref(box)
    x, y = ctypes.c_double(), ctypes.c_double()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    raw = textpage.raw
    # bound once: this loop makes four PDFium calls per character
    is_generated, loose_box = pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_GetLooseCharBox
    origin, font_size = pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetFontSize
    chars = []
    for index in indices:
        if is_generated(raw, index):
            continue
        loose_box(raw, index, box_ref)
        origin(raw, index, x_ref, y_ref)
        size = font_size(raw, index)
        bottom = height - box.bottom
        chars.append({"text": "-" if text[index] in HYPHEN_MARKS else text[index], "x0": x.value, "x1": box.right, "top": bottom - size,
                      "bottom": bottom, "doctop": bottom - size, "upright": True, "size": size})  # fmt: skip
    return chars


class _TablePage:
    """What pdfplumber's `TableFinder` and `Table.extract` read of a page: edges, chars, bbox."""

    def __init__(self, edges: list[dict[str, Any]], chars: list[dict[str, Any]], bbox: tuple[float, ...]) -> None:
        self.edges, self.chars, self.bbox = edges, chars, bbox


def pdfium_page_tables(
    page: Any, textpage: Any, text: str, words: list[Word], number: int, settings: TableSettings
) -> list[SourceTable] | None:
    """The ruled tables of a PDFium page as pdfplumber finds them, or None (pdfplumber's turn).

    `text` and `words` are `ingest.pdf_fast.textpage_to_words` of the page: only the characters
    of words near a table (and the spaces around them) are measured one by one.
    """
    left, bottom, right, top = page.get_mediabox()
    if abs(left) > 1e-6 or abs(bottom) > 1e-6:
        return None
    height = top - bottom
    edges = page_edges(page, height)
    plumber_settings = PlumberTableSettings.resolve(settings.to_pdfplumber())
    bbox = (0.0, 0.0, right, height)
    finder = TableFinder(_TablePage(edges, [], bbox), plumber_settings)  # type: ignore[arg-type]
    if not finder.tables:
        return []
    margin = WORD_MARGIN
    y_low = min(table.bbox[1] for table in finder.tables) - margin
    y_high = max(table.bbox[3] for table in finder.tables) + margin
    indices: set[int] = set()
    for word in words:
        if y_low <= height + word.top <= y_high:  # `word.top` is pdfminer's top minus the page height
            indices.update(range(max(word.start - 1, 0), min(word.end + 1, len(text))))
    chars = textpage_chars(textpage, text, sorted(indices), height)
    for table in finder.tables:
        # `Table.extract` tests every character against every row: hand it only the characters
        # whose middle lies in the table (no other can be in one of its cells)
        x0, top, x1, bottom = table.bbox
        inside = [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom]
        table.page = _TablePage(edges, inside, bbox)
    return found_to_tables(finder.tables, number, settings)
