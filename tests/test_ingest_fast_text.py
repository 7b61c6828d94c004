"""The PDFium text path gives pdfplumber's text, character for character, and leaves tables to pdfplumber."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from conftest import SEEDS_PDF
from ingest.pdf_chars import page_without_duplicate_chars
from ingest.pdf_fast import Word, line_to_text, pdfium_page_text, words_to_text
from ingest.pdf_reader import DEFAULT_SETTINGS, PdfSettings, read_pdf
from ingest.pdf_fast_tables import object_to_edges, subpath_to_object
from ingest.pdf_rulings import EdgeCount, page_may_hold_table, segment_orientation
from ingest.pdf_tables import page_to_tables
from ingest.pdf_text import clean_text_layer, page_to_text

PLUMBER_ONLY = PdfSettings(fast_text=False)


def same_reading(path: Path) -> None:
    """The fast path's document equals pdfplumber's; a table's bbox may differ by 0.01 pt (PDFium
    computes coordinates in 32-bit floats: 380.57499 rounds down where pdfminer's 380.575 rounds up)."""
    fast, slow = read_pdf(path), read_pdf(path, PLUMBER_ONLY)
    assert fast.text == slow.text and fast.pages == slow.pages, path.name
    assert [(t.page, t.index, t.rows) for t in fast.tables] == [(t.page, t.index, t.rows) for t in slow.tables]
    for quick, reference in zip(fast.tables, slow.tables, strict=True):
        assert quick.bbox == pytest.approx(reference.bbox, abs=0.011), path.name


def test_words_cluster_into_lines_by_top_and_sort_by_x() -> None:
    # a footer drawn first in the content stream still comes out last
    words = [Word("pagina", 800.0, 72.0), Word("1", 800.4, 110.0), Word("Besluit", 100.0, 72.0),
             Word("Artikel", 114.0, 90.0), Word("1.", 114.2, 130.0)]  # fmt: skip
    assert words_to_text(words, 3.0, 3.0) == "Besluit\nArtikel 1.\npagina 1"


def test_words_closer_than_the_tolerance_join_unless_a_space_is_printed() -> None:
    leader = [Word("financiering", 0, 72.0, x1=130.0), Word(".....7", 0, 131.0, spaced=False)]
    assert line_to_text(leader, 3.0) == "financiering.....7"
    printed = [Word("3e", 0, 72.0, x1=80.0), Word("afdeling", 0, 82.0, spaced=True)]
    assert line_to_text(printed, 3.0) == "3e afdeling"
    far = [Word("Jaar", 0, 72.0, x1=90.0), Word("2021", 0, 150.0, spaced=False)]
    assert line_to_text(far, 3.0) == "Jaar 2021"


def test_segment_orientation_over_counts_rather_than_misses() -> None:
    assert segment_orientation(0, 0, 100, 0) == (True, False)
    assert segment_orientation(0, 0, 0, 100) == (False, True)
    assert segment_orientation(0, 0, 100, 50) == (False, True)  # pdfplumber: not level means "v"
    assert segment_orientation(0, 0, 0.5, 0.5) == (True, True)
    two_cells = EdgeCount(horizontal=2, vertical=3)
    assert two_cells.may_form_table and not EdgeCount(horizontal=2, vertical=2).may_form_table


def plumber_pages(path: Path, first: int = 0, last: int | None = None) -> list[tuple[str, bool]]:
    """Per page (0-based `first` to `last`): pdfplumber's cleaned text and whether it finds a table there."""
    pages = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages[first:last], start=first + 1):
            deduped = page_without_duplicate_chars(page, DEFAULT_SETTINGS.text.dedupe_tolerance)
            tables = page_to_tables(deduped, number, DEFAULT_SETTINGS.tables)
            pages.append((page_to_text(deduped, DEFAULT_SETTINGS.text), bool(tables)))
    return pages


def assert_fast_path_faithful(path: Path, first: int = 0, last: int | None = None) -> None:
    document = pdfium.PdfDocument(str(path))
    try:
        for index, (expected, has_table) in enumerate(plumber_pages(path, first, last), start=first):
            page = document[index]
            assert clean_text_layer(pdfium_page_text(page, 3.0, 3.0)) == expected, f"{path.name} p{index + 1}"
            if has_table:
                assert page_may_hold_table(page), f"{path.name} p{index + 1}: a table page must go to pdfplumber"
    finally:
        document.close()


@pytest.mark.parametrize("path", sorted(SEEDS_PDF.glob("*.pdf")), ids=lambda p: p.name[:3])
def test_seed_pdf_pages_read_the_same_through_pdfium(path: Path) -> None:
    assert_fast_path_faithful(path)
    same_reading(path)


def test_seed_text_pages_skip_pdfplumber() -> None:
    document = pdfium.PdfDocument(str(next(SEEDS_PDF.glob("002_*.pdf"))))
    assert not any(page_may_hold_table(document[i]) for i in range(len(document)))


@pytest.mark.real
def test_nazareth_pdfs_read_the_same_through_pdfium(shared_dir: Path) -> None:
    # Aspose-made minutes: white word backgrounds, Symbol bullets without Unicode, fake bold,
    # tiny invisible labels, dot leaders (verslag p1), hyphens joined across table cells
    # (notulen p5), a superscript `3e` before a line break (notulen p36)
    folder = shared_dir / "corpus-real" / "nazareth"
    for path in sorted(folder.glob("nazareth-*.pdf")):
        same_reading(path)
    notulen = folder / "nazareth-depinte-gr-2025-12-15-notulen.pdf"
    assert_fast_path_faithful(notulen, 0, 6)
    assert_fast_path_faithful(notulen, 35, 36)


def test_table_edges_follow_pdfminer_path_classification() -> None:
    square = [("m", (0.0, 0.0)), ("l", (10.0, 0.0)), ("l", (10.0, 5.0)), ("l", (0.0, 5.0)), ("h", (0.0, 5.0))]
    assert subpath_to_object(square) == ("rect", [(0.0, 0.0), (10.0, 5.0)])
    closed_again = [*square[:4], ("l", (0.0, 0.0)), ("h", (0.0, 0.0))]  # redundant last segment dropped
    assert subpath_to_object(closed_again) == ("rect", [(0.0, 0.0), (10.0, 5.0)])
    assert subpath_to_object([("m", (0.0, 0.0)), ("l", (10.0, 0.0))]) == ("line", [(0.0, 0.0), (10.0, 0.0)])
    kind, _ = subpath_to_object([("m", (0.0, 0.0)), ("l", (10.0, 0.0)), ("c", (12.0, 3.0))])
    assert kind == "curve"
    [edge] = object_to_edges("line", [(0.0, 700.0), (100.0, 700.0)], 842.0)
    assert edge["orientation"] == "h" and edge["top"] == pytest.approx(142.0) and edge["width"] == 100.0


def test_synthetic_minutes_tables_read_the_same_through_pdfium(tmp_path: Path) -> None:
    from render.synth.corpus import write_corpus

    write_corpus(tmp_path, 2, seed=3, items=(3, 4))
    for path in sorted((tmp_path / "pdf").glob("*.pdf")):
        document = read_pdf(path)
        assert document.tables, "the generated minutes carry ruled budget tables"
        same_reading(path)
