"""The PDF path end to end on the typeset seed corpus (`corpus/seeds/pdf`, made by make_pdfs.py)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from conftest import SEEDS_PDF, SEEDS_TXT
from ingest import read_source
from schema.source import SourceDocument

PAGE_COUNTS = {"000": 4, "001": 3, "002": 21, "003": 4, "004": 3}


@cache
def seed_pdf(prefix: str) -> SourceDocument:
    return read_source(next(SEEDS_PDF.glob(f"{prefix}_*.pdf")))


def test_every_seed_text_has_its_pdf() -> None:
    assert sorted(p.stem for p in SEEDS_PDF.glob("*.pdf")) == sorted(p.stem for p in SEEDS_TXT.glob("*.txt"))


@pytest.mark.parametrize("prefix", sorted(PAGE_COUNTS))
def test_seed_pdf_pages_cover_the_text(prefix: str) -> None:
    document = seed_pdf(prefix)
    assert document.kind == "pdf" and len(document.pages) == PAGE_COUNTS[prefix]
    assert document.pages[0].start == 0 and document.pages[-1].end == len(document.text)
    for before, after in zip(document.pages, document.pages[1:]):
        assert after.start == before.end + 1 and document.text[before.end] == "\f"


@pytest.mark.parametrize("prefix", sorted(PAGE_COUNTS))
def test_running_header_and_numbered_footer_on_every_page(prefix: str) -> None:
    document = seed_pdf(prefix)
    headers = {document.page_text(page.number).splitlines()[0] for page in document.pages}
    assert len(headers) == 1  # one line repeated on every page: what a general footer rule catches
    for page in document.pages:
        footer = document.page_text(page.number).splitlines()[-1]
        assert footer == f"pagina {page.number} van {len(document.pages)}"


@pytest.mark.parametrize(
    ("prefix", "phrase", "page"),
    [
        ("003", "25. SOCIALE ECONOMIE. Goedkeuring samenwerkingsovereenkomst", 1),
        ("003", "Jan Bal, adjunct-algemeendirecteur", 1),
        ("003", "ARTIKEL 5: FACTURATIE EN WIJZE VAN BETALING", 4),
        ("000", "42. SOCIAAL BELEID. Goedkeuring", 1),
        ("000", "Financiële gevolgen", 2),
        ("001", "Bij verordening: Mechelen, 25 november 2020", 2),
        ("002", "2.2. Overlegplatform Leerrecht", 17),
    ],
)
def test_offsets_of_a_phrase_map_to_its_page(prefix: str, phrase: str, page: int) -> None:
    document = seed_pdf(prefix)
    start = document.text.index(phrase)
    assert document.page_at(start) == page
    assert phrase in document.page_text(page)


def test_budget_table_comes_out_with_wrapped_code_cells() -> None:
    [table] = seed_pdf("000").tables
    assert table.page == 2 and table.index == 0 and len(table.rows) == 3
    header, *lines = table.rows
    assert header[:3] == ["Jaar", "ARK", "MJP"] and header[-1] == "Aangevraagd\nkrediet"
    for year, row in zip(("2021", "2022"), lines):
        assert row[0] == year
        assert "\n" in row[1] and row[1].replace("\n", "") == "AC000109"
        assert "\n" in row[2] and row[2].replace("\n", "") == "MJP007706"
        assert row[4:] == ["30.000,00"] * 3
    assert "AC00" in seed_pdf("000").page_text(2)  # cell text is also in the page text


def test_invoicing_table_wraps_its_period_cells_by_words() -> None:
    [table] = seed_pdf("003").tables
    assert table.page == 4 and [row[0] for row in table.rows] == ["Facturatie", "01/12/2020", "01/02/2021", "01/02/2022"]
    assert table.rows[1][1] == "€ 11.470,-"
    assert " ".join(table.rows[1][2].split("\n")) == "P1: 1 februari 2020 – 31 december 2020"


def test_bullets_come_out_as_bullet_characters() -> None:
    lines = seed_pdf("004").text.splitlines()
    assert "• Dagelijks permanentie" in lines
    assert not any("(cid:" in line or "\ufffd" in line for line in lines)


def test_seed_pdf_title_wraps_to_the_gold_title() -> None:
    from extract.text.lines import join_wrapped

    text = seed_pdf("001").page_text(1)
    heading = text[text.index("18. ONDERWIJS.") : text.index("De beslissing wordt genomen")]
    assert join_wrapped(heading).endswith(
        "Risicojongeren regio Mechelen’ voor de periode 01-01-2020 tot en met 31-12-2025."
    )


def test_seed_pdfs_are_small() -> None:
    assert all(path.stat().st_size < 100_000 for path in SEEDS_PDF.glob("*.pdf"))


def test_seed_pdf_names_match_gold_sources() -> None:
    gold = Path(SEEDS_PDF).parent.parent / "gold" / "seeds" / "pdf"
    assert sorted(p.name for p in gold.glob("*.json")) == sorted(f"{p.name}.json" for p in SEEDS_PDF.glob("*.pdf"))
    assert all(re.fullmatch(r"\d{3}_[0-9a-f]{16}\.pdf", p.name) for p in SEEDS_PDF.glob("*.pdf"))


def load_make_pdfs():
    """`corpus/make_pdfs.py` as a module (it is a script, not part of the package)."""
    import importlib.util
    import sys

    if "make_pdfs" not in sys.modules:
        spec = importlib.util.spec_from_file_location("make_pdfs", SEEDS_PDF.parent.parent / "make_pdfs.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["make_pdfs"] = module  # dataclasses look their module up while being built
        spec.loader.exec_module(module)
    return sys.modules["make_pdfs"]


def text_outside_tables(document: SourceDocument) -> str:
    """Every non-space character of the pages without header and footer, tables cropped out."""
    import pdfplumber

    from ingest.pdf_text import clean_text_layer

    out = []
    with pdfplumber.open(document.path) as pdf:
        for page in document.pages:
            boxes = [table.bbox for table in document.tables if table.page == page.number]
            text = document.page_text(page.number)
            if boxes:
                cropped = pdf.pages[page.number - 1]
                for box in boxes:
                    cropped = cropped.outside_bbox(box)
                text = clean_text_layer(cropped.extract_text())
            out.append("".join("".join(text.splitlines()[1:-1]).split()))
    return "".join(out)


@pytest.mark.parametrize("prefix", sorted(PAGE_COUNTS))
def test_pdf_keeps_every_character_of_the_seed(prefix: str) -> None:
    """Same characters in the same order as the seed text (line breaks and spaces aside); the
    tables hold exactly the cells of their hint (spaces aside: codes wrap inside a cell), which
    make_pdfs checked against the seed."""
    make_pdfs = load_make_pdfs()
    seed = next(SEEDS_TXT.glob(f"{prefix}_*.txt"))
    layout = make_pdfs.LAYOUTS[prefix]
    in_tables = {number for hint in layout.tables for number in range(hint.first, hint.last + 1)}
    lines = seed.read_text(encoding="utf-8").split("\n")
    expected = "".join("".join(line.split()) for number, line in enumerate(lines, 1) if number not in in_tables)
    document = seed_pdf(prefix)
    assert text_outside_tables(document) == expected
    assert len(document.tables) == len(layout.tables)
    for table, hint in zip(document.tables, layout.tables):
        assert [["".join(cell.split()) for cell in row] for row in table.rows] == [
            ["".join(cell.split()) for cell in row] for row in hint.rows
        ]
