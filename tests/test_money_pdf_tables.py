"""Budget tables from a PDF's ruled tables: wrapped cells glued back by the table structure."""

from decimal import Decimal

from extract.money.pdf_tables import glue, is_budget_table, table_to_rows
from schema.source import SourceTable

# the seed 000 budget table as pdfplumber returns it when the narrow code columns wrap
HEADER = ["Jaar", "ARK", "MJP", "Toelichting opgave", "Huidig\nTransactiekrediet",
          "Huidig beschikbaar\nkrediet vóór deze\nopdracht", "Aangevraagd\nkrediet"]
ROW = ["2021", "AC0\n0010\n9", "MJP0077\n06", "Toelage aan Arktos\nAntwerpen", "30.000,00", "30.000,00", "30.000,00"]
PAGE = "Jaar ARK MJP Toelichting opgave\n2021 AC0 MJP0077 Toelage aan Arktos 30.000,00 30.000,00 30.000,00\n0010 06 Antwerpen\n9\n"


def test_glue() -> None:
    assert glue("AC0\n0010\n9") == "AC000109"


def test_table_rows_with_codes_repaired_by_the_cells() -> None:
    table = SourceTable(page=1, index=0, rows=[HEADER, ROW])
    assert is_budget_table(table)
    (row,) = table_to_rows(table, PAGE, 0, len(PAGE))
    assert (row.year, row.action, row.mjp, row.amount, row.available) == (
        2021, "AC000109", "MJP007706", Decimal("30000.00"), Decimal("30000.00"),
    )
    assert row.description == "Toelage aan Arktos Antwerpen"
    assert PAGE[row.start : row.end].startswith("2021 AC0")


def test_malformed_code_cell_is_uncertain() -> None:
    table = SourceTable(page=1, index=0, rows=[HEADER, ["2021", "AC0\n001", "MJP0077\n06", "x", "1,00", "1,00", "1,00"]])
    (row,) = table_to_rows(table, PAGE, 0, len(PAGE))
    assert row.action is None and row.uncertain_pieces == ["AC0", "001"] and row.problems


def test_a_table_without_codes_or_budget_header_is_not_a_budget_table() -> None:
    assert not is_budget_table(SourceTable(page=1, index=0, rows=[["Naam", "Functie"], ["Jan", "schepen"]]))
