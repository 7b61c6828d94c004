"""The PDF reader on small PDFs made here: refusals with their reason, text repair, tables.

Each defective file is built in `tmp_path` (reportlab for real PDFs, a hand-written PDF for a
font without Unicode mapping), so every refusal reason is shown on a file that has exactly that
defect.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import reportlab
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ingest import UnreadableSource, read_source

LINES = ["Gemeenteraad 14 december 2020", "De beslissing wordt genomen met eenparigheid van stemmen."]


def write_pdf(path: Path, pages: list[list[str]], encrypt: object = None, draw=None) -> Path:
    """A PDF with one text line per entry, drawn top down (`draw(canvas, page)` adds graphics)."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    for number, lines in enumerate(pages):
        pdf.setFont("Helvetica", 11)
        for index, line in enumerate(lines):
            pdf.drawString(72, 770 - 16 * index, line)
        if draw:
            draw(pdf, number)
        pdf.showPage()
    pdf.save()
    return path


def raw_pdf(content: bytes, *fonts: bytes) -> bytes:
    """A one-page PDF written by hand: `content` is the page stream, fonts are objects 5, 6..."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *fonts,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def reason(path: Path) -> str:
    with pytest.raises(UnreadableSource) as caught:
        read_source(path)
    assert caught.value.path == str(path)
    return caught.value.reason


def test_a_two_page_pdf_reads_with_page_ranges(tmp_path: Path) -> None:
    document = read_source(write_pdf(tmp_path / "ok.pdf", [LINES, ["Artikel 1", "pagina 2 van 2"]]))
    assert document.kind == "pdf" and document.name == "ok.pdf" and len(document.pages) == 2
    assert document.page_text(1) == "\n".join(LINES)
    assert document.text.split("\f")[1] == "Artikel 1\npagina 2 van 2"
    assert document.page_at(document.text.index("Artikel 1")) == 2


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    locked = pdfencrypt.StandardEncryption("geheim", ownerPassword="eigenaar")
    assert reason(write_pdf(tmp_path / "slot.pdf", [LINES], encrypt=locked)) == "encrypted PDF (password required)"


def test_pdf_with_only_an_owner_password_opens(tmp_path: Path) -> None:
    # printing/copying restrictions only: the user password is empty, the text is readable
    restricted = pdfencrypt.StandardEncryption("", ownerPassword="eigenaar", canCopy=0)
    assert read_source(write_pdf(tmp_path / "beperkt.pdf", [LINES], encrypt=restricted)).text.startswith(LINES[0])


def test_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    assert reason(empty) == "empty file (0 bytes)"


def test_pdf_without_pages_is_refused(tmp_path: Path) -> None:
    assert reason(write_pdf(tmp_path / "nul.pdf", [])) == "PDF has no pages"


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    whole = write_pdf(tmp_path / "heel.pdf", [LINES, LINES]).read_bytes()
    cut = tmp_path / "afgebroken.pdf"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    assert reason(cut).startswith("truncated PDF")


def test_corrupt_pdf_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    assert reason(broken).startswith("corrupt PDF")


def test_web_page_saved_as_pdf_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "notulen.pdf"
    page.write_text("<!DOCTYPE html><html><body>Pagina niet gevonden</body></html>", encoding="utf-8")
    assert reason(page).startswith("not a PDF despite the .pdf suffix: the file is an HTML")


def test_scanned_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    def scan(pdf: canvas.Canvas, _page: int) -> None:
        pdf.rect(72, 300, 450, 450, fill=1)  # stands in for the page image

    assert reason(write_pdf(tmp_path / "scan.pdf", [[]], draw=scan)).startswith("no text layer")


def test_pdf_whose_font_has_no_unicode_mapping_is_refused(tmp_path: Path) -> None:
    font = b"<< /Type /Font /Subtype /Type0 /BaseFont /Foo /Encoding /Identity-H /DescendantFonts [6 0 R] >>"
    cid_font = (
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Foo"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>"
    )
    path = tmp_path / "glyphs.pdf"
    path.write_bytes(raw_pdf(b"BT /F1 12 Tf 72 720 Td <004100420043004400030041> Tj ET", font, cid_font))
    assert reason(path).startswith("text layer cannot be decoded: 6 of 6 glyphs")


def test_fake_bold_double_print_reads_once(tmp_path: Path) -> None:
    def overprint(pdf: canvas.Canvas, _page: int) -> None:
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(72, 600, "Besluit")
        pdf.drawString(72.3, 600, "Besluit")

    document = read_source(write_pdf(tmp_path / "vet.pdf", [LINES], draw=overprint))
    assert document.text.splitlines()[-1] == "Besluit"


def test_ligatures_and_a_broken_line_end_hyphen(tmp_path: Path) -> None:
    def ligature(pdf: canvas.Canvas, _page: int) -> None:
        # Bitstream Vera (shipped with reportlab) has the `ﬁ` ligature glyph
        pdfmetrics.registerFont(TTFont("Vera", str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")))
        pdf.setFont("Vera", 11)
        pdf.drawString(72, 600, "De \ufb01nanciële middelen voor 2026-")
        pdf.drawString(72, 586, "2031")

    text = read_source(write_pdf(tmp_path / "lig.pdf", [[]], draw=ligature)).text
    assert text == "De financiële middelen voor 2026-\n2031"


def ruled_table(pdf: canvas.Canvas, _page: int) -> None:
    """A 2 x 3 grid with a code wrapped over two lines in its middle cell."""
    for x in (72, 150, 200, 320):
        pdf.line(x, 500, x, 560)
    for y in (500, 530, 560):
        pdf.line(72, y, 320, y)
    pdf.setFont("Helvetica", 9)
    for x, y, text in ((75, 545, "Jaar"), (153, 545, "ARK"), (203, 545, "Bedrag"), (75, 515, "2021"),
                       (153, 518, "AC000"), (153, 506, "109"), (203, 515, "30.000,00")):
        pdf.drawString(x, y, text)


def test_ruled_table_keeps_wrapped_cell_lines(tmp_path: Path) -> None:
    document = read_source(write_pdf(tmp_path / "tabel.pdf", [LINES], draw=ruled_table))
    [table] = document.tables
    assert table.page == 1 and table.index == 0
    assert table.rows == [["Jaar", "ARK", "Bedrag"], ["2021", "AC000\n109", "30.000,00"]]
    assert table.bbox is not None and table.bbox[0] == pytest.approx(72, abs=1)


def test_white_word_backgrounds_make_no_phantom_table(tmp_path: Path) -> None:
    def backgrounds(pdf: canvas.Canvas, _page: int) -> None:
        # Aspose.Words paints a white rectangle behind every word, edge to edge
        pdf.setFillColorRGB(1, 1, 1)
        for x0, x1 in ((72, 150), (150, 154), (154, 230), (230, 234), (234, 300)):
            pdf.rect(x0, 766, x1 - x0, 14, stroke=0, fill=1)
        for x0, x1 in ((72, 120), (120, 124), (124, 200)):
            pdf.rect(x0, 752, x1 - x0, 14, stroke=0, fill=1)

    assert read_source(write_pdf(tmp_path / "aspose.pdf", [LINES], draw=backgrounds)).tables == []


def test_framed_paragraph_is_not_a_table(tmp_path: Path) -> None:
    def frame(pdf: canvas.Canvas, _page: int) -> None:
        pdf.rect(60, 740, 400, 50, stroke=1, fill=0)

    assert read_source(write_pdf(tmp_path / "kader.pdf", [LINES], draw=frame)).tables == []
