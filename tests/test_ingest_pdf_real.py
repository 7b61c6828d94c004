"""The PDF reader on the real Nazareth / Nazareth-De Pinte PDFs in ../shared (skipped when absent).

Aspose.Words PDFs of two templates (2023-2024 and 2025): a Symbol-font bullet whose ToUnicode
entry is broken (U+FFFF), white rectangles behind every word (phantom tables), invisible 1 pt
section labels, running footers, hyphens at line ends, tables shown as images.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from ingest import read_source
from schema.source import SourceDocument

pytestmark = pytest.mark.real

PAGES = {
    "nazareth-gr-2023-03-27-agenda.pdf": 1,
    "nazareth-gr-2023-03-27-besluitenlijst.pdf": 2,
    "nazareth-gr-2024-05-13-aanvullende-agenda.pdf": 1,
    "nazareth-gr-2024-05-27-verslag.pdf": 15,
    "nazareth-gr-2024-05-27-besluitenlijst.pdf": 2,
    "nazareth-depinte-gr-2025-01-02-besluitenlijst.pdf": 2,
    "nazareth-depinte-gr-2025-12-15-notulen.pdf": 51,
}


@cache
def _read(path: str) -> SourceDocument:
    return read_source(path)


@pytest.fixture
def nazareth(shared_dir: Path):
    return lambda name: _read(str(shared_dir / "corpus-real" / "nazareth" / name))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_real_pdf_reads_with_a_clean_text_layer(nazareth, name: str) -> None:
    document = nazareth(name)
    assert document.kind == "pdf" and len(document.pages) == PAGES[name]
    assert document.pages[-1].end == len(document.text)
    assert "(cid:" not in document.text and "\uffff" not in document.text and "\ufffd" not in document.text


def test_broken_tounicode_bullets_read_as_bullets(nazareth) -> None:
    lines = nazareth("nazareth-gr-2024-05-27-besluitenlijst.pdf").text.splitlines()
    assert "• gezamenlijke gemeenteraadscommissie op 03/06/2024 om 20.15 uur in De Pinte." in lines
    notulen = nazareth("nazareth-depinte-gr-2025-12-15-notulen.pdf").text.splitlines()
    assert sum(line.startswith("• ") for line in notulen) >= 120


def test_no_phantom_tables_from_word_backgrounds(nazareth) -> None:
    # before the visible-edges rule pdfplumber found `['gemeente', 'Nazareth']`-like tables here
    for name in ("nazareth-gr-2024-05-27-verslag.pdf", "nazareth-gr-2023-03-27-besluitenlijst.pdf"):
        assert nazareth(name).tables == []


def test_real_budget_table_keeps_wrapped_budget_keys(nazareth) -> None:
    document = nazareth("nazareth-depinte-gr-2025-12-15-notulen.pdf")
    assert [table.page for table in document.tables] == [5, 8, 9, 11, 21, 23, 48]
    budget = document.tables[0]
    assert budget.rows[0] == ["Budgetartikel", "Omschrijving\nbudgetboekjaar", "Bedrag 2026"]
    assert budget.rows[1][0] == "2026/GS2-01-05/0739-\n02/649501/GEMEENTE/FIN-\nFIN/IP-PRYSSUB/U/430"
    assert budget.rows[1][2] == "11.721,29" and budget.rows[-1][-1] == "651.900,00"


def test_hyphens_at_line_ends_are_kept(nazareth) -> None:
    notulen = nazareth("nazareth-depinte-gr-2025-12-15-notulen.pdf")
    assert notulen.page_at(notulen.text.index("aanslagjaren 2026-\n2031 - vaststellen")) == 8
    verslag = nazareth("nazareth-gr-2024-05-27-verslag.pdf")
    start = verslag.text.index("2024-2025-2026/GB1-03-\n02/0119/04/615009/GEMEENTE/FAC/IP-GEEN")
    assert verslag.page_at(start) == 13


def test_tiny_invisible_labels_keep_their_double_letters(nazareth) -> None:
    # the 1 pt white section label `Algemeen bestuur`: dedupe must not merge its two e's
    assert "Algemeen bestuur" in nazareth("nazareth-gr-2024-05-27-besluitenlijst.pdf").text.splitlines()


def test_running_footers_stay_in_the_text_for_the_extractor(nazareth) -> None:
    besluitenlijst = nazareth("nazareth-gr-2023-03-27-besluitenlijst.pdf")
    assert [besluitenlijst.page_text(n).splitlines()[-1] for n in (1, 2)] == ["p. 1/2", "p. 2/2"]
    verslag = nazareth("nazareth-gr-2024-05-27-verslag.pdf")
    assert all(verslag.page_text(p.number).splitlines()[-1] == f"{p.number}/15" for p in verslag.pages)
