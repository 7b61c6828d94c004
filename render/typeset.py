"""Council documents typeset with reportlab, laid out like Flemish minutes: the shared pieces.

Used by the seed PDFs (`corpus/make_pdfs.py`) and the synthetic corpus (`render.synth.typeset`):

- Bitstream Vera (shipped inside reportlab), embedded with a ToUnicode map. The standard
  Helvetica would need no embedding, but reportlab writes its bullet as code 127, which
  WinAnsiEncoding leaves undefined: pdfminer reads `(cid:127)` where the page shows `•`.
- Ruled tables whose narrow code columns use `wordWrap='CJK'`, so `AC000109` wraps inside its
  cell (`AC0` / `0010` / `9`) as in real budget tables.
- A4 with the same margins, a running header line that is the same on every page and a
  `pagina N van M` footer.
- Invariant mode: the creation date and document id are fixed, so the same input gives the same
  bytes (with the same reportlab version).
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from xml.sax.saxutils import escape

FONT, BOLD = "Vera", "Vera-Bold"


def register_fonts() -> None:
    """Embed Bitstream Vera (regular and bold) from reportlab's own font folder (see the module docstring)."""
    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for name, file in ((FONT, "Vera.ttf"), (BOLD, "VeraBd.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, os.path.join(folder, file)))


@dataclass(frozen=True)
class TextStyles:
    """Body text, its bold heading variant and the three kinds of table cell, at one type size."""

    body: ParagraphStyle
    bold: ParagraphStyle
    cell: ParagraphStyle
    cell_code: ParagraphStyle  # wraps at character level
    cell_head: ParagraphStyle

    @classmethod
    def make(cls, size: float, space_after: float) -> TextStyles:
        """Styles at `size` points; `space_after` (a share of the size) separates paragraphs."""
        body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.3, spaceAfter=size * space_after,
                              alignment=TA_LEFT, bulletFontName=FONT, bulletFontSize=size)  # fmt: skip
        bold = ParagraphStyle("bold", parent=body, fontName=BOLD, spaceBefore=size * 0.4)
        cell = ParagraphStyle("cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
        cell_code = ParagraphStyle("cell_code", parent=cell, wordWrap="CJK")
        cell_head = ParagraphStyle("cell_head", parent=cell, fontName=BOLD)
        return cls(body, bold, cell, cell_code, cell_head)

    def agenda(self, **extra: float) -> ParagraphStyle:
        """An agenda-item heading: bold, a tenth larger, a line of space after it."""
        size = self.body.fontSize
        return ParagraphStyle("agenda", parent=self.bold, fontSize=size * 1.1, leading=size * 1.45, spaceAfter=size,
                              **extra)  # fmt: skip

    def bullet(self, level: int) -> ParagraphStyle:
        """A list item of depth `level` (0 `•`, 1 `-`, 2 `o`), indented 6 mm a level."""
        return ParagraphStyle(f"bullet{level}", parent=self.body, leftIndent=(6 + 6 * level) * mm,
                              bulletIndent=(1 + 6 * level) * mm, spaceAfter=self.body.fontSize * 0.2)  # fmt: skip


def ruled_table(
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float],
    styles: TextStyles,
    code_columns: frozenset[int] = frozenset(),
    ruled: bool = True,
) -> Table:
    """A table with a header row, ruled by a grid; `ruled=False` gives neither (a signature block).

    The header repeats on every page the table runs over; `code_columns` wrap at character level.
    """
    data = [
        [Paragraph(escape(cell), styles.cell_head if row_number == 0 and ruled else
                   styles.cell_code if column in code_columns else styles.cell)
         for column, cell in enumerate(row)]
        for row_number, row in enumerate(rows)
    ]  # fmt: skip
    table = Table(data, colWidths=[width * mm for width in widths_mm], hAlign="LEFT", repeatRows=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def document_template(
    buffer: io.BytesIO, pagesize: tuple[float, float], *, title: str, author: str, subject: str, creator: str
) -> SimpleDocTemplate:
    """The page template of every document: the margins of the council PDFs, invariant output."""
    return SimpleDocTemplate(
        buffer, pagesize=pagesize, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
        title=title, author=author, subject=subject, creator=creator, producer="ReportLab", invariant=1,
        pageCompression=1,
    )  # fmt: skip


def page_marks(canvas: Canvas, pagesize: tuple[float, float], header: str, header_x_mm: float, footer: str) -> None:
    """The running header line (from `header_x_mm` on the left) and the centred footer, in 8 points."""
    width, height = pagesize
    canvas.setFont(FONT, 8)
    canvas.drawString(header_x_mm * mm, height - 12 * mm, header)
    canvas.drawCentredString(width / 2, 10 * mm, footer)
