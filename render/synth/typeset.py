"""A generated document as an A4 PDF, laid out like Flemish council minutes.

Same approach as `corpus/make_pdfs.py` (the seed PDFs): Bitstream Vera (shipped inside
reportlab) embedded with a ToUnicode map, because the standard Helvetica makes reportlab write
`•` as code 127, which pdfminer reads as `(cid:127)`; ruled `Table`s whose narrow code columns
use `wordWrap='CJK'` so `AC000109` wraps inside its cell (`AC0` / `0010` / `9`) as in real
budget tables; a running header line that is the same on every page and a `pagina N van M`
footer. The page total is known only at the end, so the canvas keeps each page and stamps the
header/footer on save (one layout pass instead of two). `invariant=1` fixes the creation date
and document id: the same document gives the same bytes.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from render.synth.model import Block, Minutes, TableSpec

FONT, BOLD = "Vera", "Vera-Bold"
GLYPHS = ("•", "-", "o")


def register_fonts() -> None:
    """Embed Bitstream Vera (regular and bold) from reportlab's own font folder."""
    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for name, file in ((FONT, "Vera.ttf"), (BOLD, "VeraBd.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, os.path.join(folder, file)))


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    indented: ParagraphStyle
    heading: ParagraphStyle
    agenda: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    bullets: tuple[ParagraphStyle, ...]
    cell: ParagraphStyle
    cell_code: ParagraphStyle
    cell_head: ParagraphStyle

    @classmethod
    def make(cls, size: float = 10) -> Styles:
        body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.45,
                              alignment=TA_LEFT, bulletFontName=FONT, bulletFontSize=size)  # fmt: skip
        heading = ParagraphStyle("heading", parent=body, fontName=BOLD, spaceBefore=size * 0.4)
        agenda = ParagraphStyle("agenda", parent=heading, fontSize=size * 1.1, leading=size * 1.45,
                                spaceBefore=size * 1.4, spaceAfter=size)  # fmt: skip
        title = ParagraphStyle("title", parent=heading, fontSize=size * 1.5, leading=size * 1.9, spaceAfter=size)
        subtitle = ParagraphStyle("subtitle", parent=heading, fontSize=size * 1.1, leading=size * 1.45)
        bullets = tuple(
            ParagraphStyle(f"bullet{level}", parent=body, leftIndent=(6 + 6 * level) * mm,
                           bulletIndent=(1 + 6 * level) * mm, spaceAfter=size * 0.2)  # fmt: skip
            for level in range(len(GLYPHS))
        )
        indented = ParagraphStyle("indented", parent=body, leftIndent=18 * mm, spaceAfter=size * 0.2)
        cell = ParagraphStyle("cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
        cell_code = ParagraphStyle("cell_code", parent=cell, wordWrap="CJK")
        cell_head = ParagraphStyle("cell_head", parent=cell, fontName=BOLD)
        return cls(body, indented, heading, agenda, title, subtitle, bullets, cell, cell_code, cell_head)


def table_to_flowable(spec: TableSpec, styles: Styles) -> Table:
    """A ruled table; code columns wrap inside the cell at character level."""
    data = [
        [Paragraph(escape(cell), styles.cell_head if row_number == 0 and spec.ruled else
                   styles.cell_code if column in spec.code_columns else styles.cell)
         for column, cell in enumerate(row)]
        for row_number, row in enumerate(spec.rows)
    ]  # fmt: skip
    table = Table(data, colWidths=[width * mm for width in spec.widths_mm], hAlign="LEFT", repeatRows=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if spec.ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def block_to_flowables(block: Block, styles: Styles) -> list[Flowable]:
    text = escape(block.text)
    if block.kind == "table":
        assert block.table is not None
        return [Spacer(1, 1.5 * mm), table_to_flowable(block.table, styles), Spacer(1, 3 * mm)]
    if block.kind == "spacer":
        return [Spacer(1, 4 * mm)]
    if block.kind == "bullet":
        return [Paragraph(text, styles.bullets[block.level], bulletText=GLYPHS[block.level])]
    if block.kind == "para":
        return [Paragraph(text, styles.indented if block.level else styles.body)]
    style = {"title": styles.title, "subtitle": styles.subtitle, "agenda": styles.agenda, "heading": styles.heading}[block.kind]
    return [Paragraph(text, style)]


def minutes_to_blocks(minutes: Minutes) -> Iterable[Block]:
    yield from minutes.front
    for item in minutes.items:
        yield from item.blocks
    yield from minutes.closing


def _canvas_class(header: str) -> type[Canvas]:
    """A canvas that keeps its pages and stamps header and `pagina N van M` when saved."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, height = self._pagesize
                self.setFont(FONT, 8)
                self.drawString(22 * mm, height - 12 * mm, header)
                self.drawCentredString(width / 2, 10 * mm, f"pagina {self._pageNumber} van {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def minutes_to_pdf(minutes: Minutes) -> tuple[bytes, int]:
    """(PDF bytes, page count) of one generated document."""
    register_fonts()
    styles = Styles.make()
    flowables = [flowable for block in minutes_to_blocks(minutes) for flowable in block_to_flowables(block, styles)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
        title=f"Notulen gemeenteraad {minutes.municipality}", author=minutes.city.name,
        subject="besluitenbank synthetic corpus", creator="besluitenbank synth", producer="ReportLab",
        invariant=1, pageCompression=1,
    )  # fmt: skip
    doc.build(flowables, canvasmaker=_canvas_class(minutes.running_header))
    return buffer.getvalue(), doc.page
