"""Text-layer repair (`clean_text_layer`), file sniffing and char deduplication: pure helpers.

The inputs are text layers as pdfplumber returns them for real council PDFs (Nazareth's
Aspose-made minutes: bullets from a broken ToUnicode map; Mechelen's Symbol-font bullets).
"""

from __future__ import annotations

import pytest

from ingest.pdf_chars import dedupe_chars
from ingest.pdf_checks import describe_non_pdf, sniff_pdf_bytes
from ingest.pdf_tables import is_visible_graphic, is_white
from ingest.pdf_text import clean_text_layer


def test_broken_tounicode_bullet_at_line_start_becomes_a_bullet() -> None:
    # Nazareth 2024-05-27 besluitenlijst: the SymbolMT bullet comes out as U+FFFF
    raw = "15. Varia: Mededelingen van de voorzitter.\n\uffff gezamenlijke gemeenteraadscommissie op 03/06/2024"
    assert clean_text_layer(raw).splitlines()[1] == "• gezamenlijke gemeenteraadscommissie op 03/06/2024"


def test_unmapped_glyph_markers_become_one_replacement_character_without_digits() -> None:
    # `(cid:49)` inside a line would read as the number 49; it must not survive as digits
    cleaned = clean_text_layer("De kostprijs bedraagt (cid:49)(cid:50) euro")
    assert cleaned == "De kostprijs bedraagt \ufffd\ufffd euro"
    assert not any(ch.isdigit() for ch in cleaned)


def test_unmapped_glyph_opening_a_line_is_a_bullet() -> None:
    assert clean_text_layer("(cid:127) Dagelijks permanentie") == "• Dagelijks permanentie"
    assert clean_text_layer("  \ufffd Uitbreiding naar basisonderwijs") == "  • Uitbreiding naar basisonderwijs"


def test_unmapped_glyph_inside_a_word_is_not_a_bullet() -> None:
    assert clean_text_layer("\ufffdaanslagjaar") == "\ufffdaanslagjaar"


def test_symbol_font_private_use_bullets_are_kept_for_the_extractor() -> None:
    # Mechelen items: U+F0B7 opens every bullet; `extract.text.lines` knows it
    assert clean_text_layer("\uf0b7 Op 25 maart 2024 beslist de gemeenteraad") == "\uf0b7 Op 25 maart 2024 beslist de gemeenteraad"


def test_spaces_zero_width_and_control_characters_are_normalised() -> None:
    raw = "22\u00a0938\u202feuro\u200b (incl.\tBTW)\x00  \n"
    assert clean_text_layer(raw) == "22 938 euro (incl. BTW)\n"


def test_soft_hyphen_shows_at_a_line_end_and_vanishes_inside_a_line() -> None:
    assert clean_text_layer("gemeente\u00ad\nraad") == "gemeente-\nraad"
    assert clean_text_layer("ge\u00admeenteraad") == "gemeenteraad"


def test_hyphen_at_a_line_end_is_kept_as_printed() -> None:
    # Nazareth-De Pinte 2025-12-15 #9: the gold joins `2026-` / `2031` to `2026-2031`
    raw = "9 Aanvullende gemeentebelasting op de personenbelasting - aanslagjaren 2026-\n2031 - vaststellen"
    assert clean_text_layer(raw) == raw


def test_combining_accents_are_composed() -> None:
    assert clean_text_layer("Financie\u0308le gevolgen") == "Financiële gevolgen"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"<!DOCTYPE html><html><body>404</body></html>", "HTML"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"Gemeenteraad 14 december 2020\n", "plain text"),
        (b"\x00\x01\x02\xff\xfe", "binary"),
    ],
)
def test_non_pdf_content_is_named(head: bytes, expected: str) -> None:
    assert expected in describe_non_pdf(head)


def test_sniff_accepts_a_complete_pdf_and_names_each_defect() -> None:
    assert sniff_pdf_bytes(b"%PDF-1.7\n...", b"startxref\r\n1357\r\n%%EOF\r\n", 2000) is None
    assert sniff_pdf_bytes(b"", b"", 0) == "empty file (0 bytes)"
    assert "not a PDF" in (sniff_pdf_bytes(b"<html>", b"</html>", 6) or "")
    assert "truncated" in (sniff_pdf_bytes(b"%PDF-1.7\n1 0 obj", b"stream\nx\x9c", 9000) or "")


def _char(text: str, x0: float, top: float = 100.0, size: float = 10.0) -> dict:
    return {"text": text, "x0": x0, "doctop": top, "top": top, "upright": True, "fontname": "ArialMT", "size": size}


def test_dedupe_drops_a_fake_bold_double_print_and_keeps_order() -> None:
    chars = [_char("O", 10.0), _char("O", 10.3), _char("K", 17.0), _char("K", 17.3)]
    assert [(c["text"], c["x0"]) for c in dedupe_chars(chars, 1.0)] == [("O", 10.0), ("K", 17.0)]


def test_dedupe_keeps_repeated_letters_of_tiny_text() -> None:
    # Aspose's invisible 1 pt section label `Algemeen`: the two e's stand 0.56 pt apart
    chars = [_char("e", 45.38, size=1.0), _char("e", 45.94, size=1.0)]
    assert len(dedupe_chars(chars, 1.0)) == 2


@pytest.mark.parametrize(
    ("color", "white"),
    [((1.0,), True), (1, True), ((1.0, 1.0, 1.0), True), ((0, 0, 0, 0), True), ((0.0,), False),
     ((0.85, 0.78, 0.56), False), ((0, 0, 0, 1), False), (None, False), ("P0", False)],
)
def test_white_fill_colours(color: object, white: bool) -> None:
    assert is_white(color) is white


def test_white_text_background_rectangles_make_no_table_edges() -> None:
    # every word of Nazareth's Aspose PDFs sits on such a rectangle
    background = {"object_type": "rect", "stroke": False, "fill": True, "non_stroking_color": (1.0,)}
    ruling = {"object_type": "rect", "stroke": False, "fill": True, "non_stroking_color": (0.0,)}
    border = {"object_type": "rect", "stroke": True, "fill": False, "non_stroking_color": (1.0,)}
    assert not is_visible_graphic(background)
    assert is_visible_graphic(ruling) and is_visible_graphic(border)
    assert is_visible_graphic({"object_type": "char", "text": "a"})
