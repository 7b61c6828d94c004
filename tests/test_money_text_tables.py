"""Budget tables read back from garbled extracted text (two layouts)."""

from decimal import Decimal

from conftest import seed_path
from extract.money.text_tables import find_text_tables

# Mechelen 2025, item 48: cells come out line by line across the row; the available credit of
# the first row is cut off in the source (`€ 178.269,2`), the last row wraps `1.500.000,0` + `0`.
ITEM_48 = """Budgetopgave:
\uf0b7 Toelichting opgave
\uf0b7 AR
K
\uf0b7 1ste
2 \uf0b7 Beschikbaa
cijfe \uf0b7 Omschrijving r krediet na \uf0b7 Aangevraag
\uf0b7 Jaar rs \uf0b7 MJP MJP vastlegging d krediet
\uf0b7 Heraanleg
openbaar
domein:
\uf0b7 202 \uf0b7 MJP01196 heraanleg
5 \uf0b7 22 2 Dahliastraat \uf0b7 € 178.269,2 \uf0b7 € 178.269,15
\uf0b7 Toelage aan
Hidrogem voor \uf0b7 €
\uf0b7 202 \uf0b7 MJP00981 rioleringsproje 1.500.000,0
5 \uf0b7 66 8 cten 0 \uf0b7 € 660.892,00
"""

# item 51: glyph-separated cells, bare integers in the money columns, a page footer inside a
# row and a cell wrapped over two lines (`106.161,1` + `8`).
ITEM_51 = """Budgetopgave:
\uf0b7 \uf0b7 JA \uf0b7 AR \uf0b7 MJP \uf0b7 Omschrijvi \uf0b7 Beschikb \uf0b7 Aangevra
\uf0b7 Predikheren \uf0b7 20 \uf0b7 61 \uf0b7 MJP000 \uf0b7 PH \uf0b7 106.161,1 \uf0b7 10.616
27 januari 2025
25 161 onderhouds 8
-contracten
\uf0b7 STAD \uf0b7 20 \uf0b7 61 \uf0b7 MJP005 \uf0b7 Onderhoud \uf0b7 6.559 \uf0b7 656
Mechelen 25 408 gebouwen
"""


def _rows(text: str):
    tables = find_text_tables(text, 0, len(text))
    return tables, [row for table in tables for row in table.rows]


def test_line_by_line_layout_repairs_years_and_codes() -> None:
    tables, rows = _rows(ITEM_48)
    assert [(r.year, r.mjp, r.amount, r.available) for r in rows] == [
        (2025, "MJP011962", Decimal("178269.15"), None),
        (2025, "MJP009818", Decimal("660892.00"), Decimal("1500000.00")),
    ]
    assert [m.text for m in tables[0].truncated] == ["€ 178.269,2"]


def test_glyph_cells_bare_integers_and_wrapped_cell() -> None:
    _, rows = _rows(ITEM_51)
    assert [(r.year, r.mjp, [str(m.value) for m in r.amounts]) for r in rows] == [
        (2025, "MJP000161", ["106161.18", "10616.00"]),
        (2025, "MJP005408", ["6559.00", "656.00"]),
    ]


def test_cell_by_cell_layout_of_seed_000() -> None:
    text = seed_path("000").read_text(encoding="utf-8")
    tables, rows = _rows(text)
    assert tables[0].money_columns == ["current", "available", "requested"]
    assert [(r.year, r.action, r.mjp, r.amount) for r in rows] == [
        (2021, "AC000109", "MJP007706", Decimal("30000.00")),
        (2022, "AC000109", "MJP007706", Decimal("30000.00")),
    ]
    # provenance: the row's text holds its pieces
    assert "AC0" in text[rows[0].start : rows[0].end] and "MJP0077" in text[rows[0].start : rows[0].end]


def test_unrepairable_code_keeps_its_pieces() -> None:
    text = "Budgetopgave:\nJaar MJP Omschrijving Aangevraagd krediet\n2025 MJP01196 heraanleg € 1.000,00\n5 2 straat\n"
    (row,) = _rows(text)[1]
    assert row.mjp is None
    assert row.uncertain_pieces == ["MJP01196"]
    assert row.problems


def test_a_sentence_is_no_table_header() -> None:
    text = "Het aangevraagd krediet is het geraamde bedrag voor de werken. De werken zijn gepland.\n"
    assert find_text_tables(text, 0, len(text)) == []
