"""Payment schedules: a schedule table (Mechelen) and a prose schedule (Aalst)."""

import datetime as dt
from decimal import Decimal

from conftest import seed_path
from extract.money.schedules import find_prose_schedules, find_schedule_tables, table_schedule_rows


def test_schedule_table_of_seed_003() -> None:
    text = seed_path("003").read_text(encoding="utf-8")
    rows = find_schedule_tables(text, 0, len(text))
    assert [(r.due, r.amount.value, r.start, r.end, r.label) for r in rows] == [
        (dt.date(2020, 12, 1), Decimal("11470.00"), dt.date(2020, 2, 1), dt.date(2020, 12, 31), "P1"),
        (dt.date(2021, 2, 1), Decimal("5734.00"), dt.date(2021, 1, 1), dt.date(2021, 12, 31), "P2"),
        (dt.date(2022, 2, 1), Decimal("5734.00"), dt.date(2022, 1, 1), dt.date(2022, 12, 31), "P3"),
    ]


def test_prose_schedule_with_month_end_and_open_due_date() -> None:
    # aalst-13: the second payment has no date ("gepland einde 2025" names no day)
    text = (
        "Het bedrag wordt op de rekening overgemaakt op volgende data: 9.385 € eind januari 2024 na "
        "ondertekening van deze overeenkomst en 9.384 € op het einde van de werkzaamheden (gepland einde "
        "2025) na ontvangst door het Fonds van het behandelingsverslag."
    )
    rows = find_prose_schedules(text, [(0, len(text))])
    assert [(r.amount.value, r.due) for r in rows] == [
        (Decimal("9385.00"), dt.date(2024, 1, 31)),
        (Decimal("9384.00"), None),
    ]


def test_payments_without_amounts_give_no_rows() -> None:
    # aalst-14: advances written as percentages only
    text = "De subsidie wordt uitbetaald in twee voorschotten van 45 % en een saldo van 10 % op 1 juli 2024."
    assert find_prose_schedules(text, [(0, len(text))]) == []


def test_pdf_schedule_table_rows() -> None:
    rows = [
        ["Facturatie", "Bedrag (incl. BTW)", "Periode"],
        ["01/02/2021", "€ 5.734,-", "P2: 1 januari 2021 –\n31 december 2021"],
    ]
    (row,) = table_schedule_rows(rows, lambda cells: (7, 9))
    assert (row.due, row.amount.value, row.start, row.end, row.span_start) == (
        dt.date(2021, 2, 1), Decimal("5734.00"), dt.date(2021, 1, 1), dt.date(2021, 12, 31), 7,
    )


def test_schedule_table_followed_by_payment_sentence_is_read_once() -> None:
    # A table has no full stops: the sentence reader merges its rows into the next sentence
    # (`De betaling gebeurt ...`, cue `betaling`); without the overlap rule each row came out a
    # second time with the period start as due date (2025-01-01).
    from extract.money.analysis import analyse
    from schema.source import SourceDocument, join_pages

    text = (
        "De toelage wordt als volgt uitbetaald:\n"
        "Facturatie Bedrag (incl. BTW) Periode\n"
        "01/12/2025 € 19.600,- P1: 1 januari 2025 – 31 december 2025\n"
        "01/02/2026 € 12.400,00 P2: 1 januari 2026 – 31 december 2026\n"
        "De betaling gebeurt na ontvangst van een schuldvordering.\n"
    )
    full, pages = join_pages([text])
    source = SourceDocument(name="x.txt", path="x.txt", sha256="0" * 64, kind="txt", text=full, pages=pages)
    result = analyse(full, source, 0, len(full), None)
    assert [(r.due, r.amount.value, r.start) for r in result.schedule] == [
        (dt.date(2025, 12, 1), Decimal("19600.00"), dt.date(2025, 1, 1)),
        (dt.date(2026, 2, 1), Decimal("12400.00"), dt.date(2026, 1, 1)),
    ]


def test_prose_rows_outside_tables_drops_only_overlapping_rows() -> None:
    from extract.money.schedules import prose_rows_outside_tables

    text = (
        "Facturatie Bedrag Periode\n01/12/2020 € 11.470,- P1: 1 februari 2020 – 31 december 2020\n"
        "Zie hoger.\nDe betaling van het saldo gebeurt in één schijf: 2.000 € op 1 maart 2021.\n"
    )
    table = find_schedule_tables(text, 0, len(text))
    merged = find_prose_schedules(text, [(0, text.index("Zie")), (text.index("De betaling"), len(text))])
    assert [r.amount.value for r in merged] == [Decimal("2000.00")]
    wrapped = find_prose_schedules(text, [(0, len(text))])  # one sentence over table and prose
    assert len(wrapped) == 2
    (kept,) = prose_rows_outside_tables(wrapped, table)
    assert (kept.amount.value, kept.due) == (Decimal("2000.00"), dt.date(2021, 3, 1))
