"""A generated document as an A4 PDF, laid out like Flemish council minutes.

Fonts, styles, ruled tables and the page template are those of the seed PDFs (`render.typeset`).
The page total is known only at the end, so the canvas keeps each page and stamps the header and
`pagina N van M` footer on save (one layout pass instead of the seed PDFs' two).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from render.synth.model import Block, Minutes, TableSpec
from render.typeset import TextStyles, document_template, page_marks, register_fonts, ruled_table

GLYPHS = ("•", "-", "o")


@dataclass(frozen=True)
class Styles:
    text: TextStyles
    indented: ParagraphStyle
    agenda: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    bullets: tuple[ParagraphStyle, ...]

    @classmethod
    def make(cls, size: float = 10) -> Styles:
        text = TextStyles.make(size, space_after=0.45)
        agenda = text.agenda(spaceBefore=size * 1.4)
        title = ParagraphStyle("title", parent=text.bold, fontSize=size * 1.5, leading=size * 1.9, spaceAfter=size)
        subtitle = ParagraphStyle("subtitle", parent=text.bold, fontSize=size * 1.1, leading=size * 1.45)
        bullets = tuple(text.bullet(level) for level in range(len(GLYPHS)))
        indented = ParagraphStyle("indented", parent=text.body, leftIndent=18 * mm, spaceAfter=size * 0.2)
        return cls(text, indented, agenda, title, subtitle, bullets)


def table_to_flowable(spec: TableSpec, styles: Styles) -> Table:
    return ruled_table(spec.rows, spec.widths_mm, styles.text, spec.code_columns, spec.ruled)


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
        return [Paragraph(text, styles.indented if block.level else styles.text.body)]
    style = {"title": styles.title, "subtitle": styles.subtitle, "agenda": styles.agenda,
             "heading": styles.text.bold}[block.kind]  # fmt: skip
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
                page_marks(self, self._pagesize, header, 22, f"pagina {self._pageNumber} van {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def minutes_to_pdf(minutes: Minutes) -> tuple[bytes, int]:
    """(PDF bytes, page count) of one generated document."""
    register_fonts()
    styles = Styles.make()
    flowables = [flowable for block in minutes_to_blocks(minutes) for flowable in block_to_flowables(block, styles)]
    buffer = io.BytesIO()
    doc = document_template(
        buffer, A4, title=f"Notulen gemeenteraad {minutes.municipality}", author=minutes.city.name,
        subject="besluitenbank synthetic corpus", creator="besluitenbank synth",
    )  # fmt: skip
    doc.build(flowables, canvasmaker=_canvas_class(minutes.running_header))
    return buffer.getvalue(), doc.page
