"""Plan import: the CSV layout, errors naming row and column, re-import replacing a version only."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from conftest import CORPUS
from kb import connect
from kb.plan import PlanFileError, amount_to_decimal, import_plan, read_plan_csv, stored_versions

SAMPLE = CORPUS / "plan" / "sample-plan.csv"
HEADER = "plan,entity,bd,bd_title,ap,ap_title,ac,ac_title,mjp,service,description,year,kind,amount\n"
# Two rows in the real export's layout (Mechelen, aanpassing 2020-2025 nr. 10).
REAL_ROWS = (
    "2020-2025/10,Stad,BD000005,Mechelen maakt gelukkig,AP000022,Personeelskost 'Mechelen maakt gelukkig',"
    "AC000106,Personeelskost 'Mechelen maakt gelukkig'.,MJP001170,(105010_) Personeel (PERS): lonen,"
    "Personeelskosten: Bruto bezoldiging - contractuelen,2020,rekening,563650\n"
    "2020-2025/10,Stad,BD000005,Mechelen maakt gelukkig,AP000022,Personeelskost 'Mechelen maakt gelukkig',"
    "AC000106,Personeelskost 'Mechelen maakt gelukkig'.,MJP001170,(105010_) Personeel (PERS): lonen,"
    "Personeelskosten: Bruto bezoldiging - contractuelen,2024,raming,760421\n"
)


def write(tmp_path: Path, text: str, name: str = "plan.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [("563650", "563650.00"), ("-1250.5", "-1250.50"), ("563.650,25", "563650.25"), ("11470,00", "11470.00"),
     ("€ 30.000", "30000.00"), ("12,345", None), ("1.5.3", None), ("abc", None), ("0.001", None)],
)  # fmt: skip
def test_amount_to_decimal(text: str, expected: str | None) -> None:
    assert amount_to_decimal(text) == (Decimal(expected) if expected else None)


def test_real_layout_rows_parse_with_hierarchy_and_kinds(tmp_path: Path) -> None:
    plan = read_plan_csv(write(tmp_path, HEADER + REAL_ROWS))
    data = plan.versions["2020-2025/10"]
    line = data.lines["MJP001170"]
    assert line.hierarchy["bd"] == "BD000005" and line.hierarchy["ac"] == "AC000106"
    assert [(f.year, f.kind, f.amount) for f in data.figures] == [
        (2020, "rekening", Decimal("563650.00")), (2024, "raming", Decimal("760421.00"))]  # fmt: skip


def test_semicolon_file_with_dutch_amounts_and_version_option(tmp_path: Path) -> None:
    text = "mjp;year;kind;amount\nMJP007706;2021;krediet;30.000,00\nMJP007706;2022;krediet;29.999,99\n"
    plan = read_plan_csv(write(tmp_path, text), version="2020-2025/4")
    assert [f.amount for f in plan.versions["2020-2025/4"].figures] == [Decimal("30000.00"), Decimal("29999.99")]


@pytest.mark.parametrize(
    ("rows", "row", "column", "words"),
    [
        ("2020-2025/4,MJP07706,2021,krediet,30000\n", 2, "mjp", "malformed code 'MJP07706'"),
        ("2020-2025/4,MJP007706,21,krediet,30000\n", 2, "year", "not a year"),
        ("2020-2025/4,MJP007706,2021,begroting,30000\n", 2, "kind", "not one of"),
        ("2020-2025/4,MJP007706,2021,krediet,30.000.0\n", 2, "amount", "not a euro amount"),
        ("2020-2025,4,MJP007706,2021,krediet,30000\n", 2, None, "more cells"),
        ("2020-2025/4,MJP007706,2021,krediet,1\n2020-2025/4,MJP007706,2021,raming,2\n", 3, "year", "first on row 2"),
        ("20-25/4,MJP007706,2021,krediet,1\n", 2, "plan", "not of the form"),
    ],
)  # fmt: skip
def test_malformed_rows_name_row_and_column(tmp_path: Path, rows: str, row: int, column: str | None, words: str) -> None:
    path = write(tmp_path, "plan,mjp,year,kind,amount\n" + rows)
    with pytest.raises(PlanFileError) as caught:
        read_plan_csv(path)
    assert caught.value.row == row and caught.value.column == column
    assert words in str(caught.value) and f"row {row}" in str(caught.value)


def test_unknown_column_and_conflicting_hierarchy_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="unknown column"):
        read_plan_csv(write(tmp_path, "plan,mjp,year,kind,amount,bedrag\n"))
    rows = HEADER + REAL_ROWS.splitlines()[0] + "\n" + REAL_ROWS.splitlines()[1].replace("AC000106", "AC000107") + "\n"
    with pytest.raises(PlanFileError) as caught:
        read_plan_csv(write(tmp_path, rows))
    assert (caught.value.row, caught.value.column) == (3, "ac")


def test_sample_plan_imports_and_reimport_replaces_only_that_version(tmp_path: Path) -> None:
    con = connect(":memory:")
    first = import_plan(con, read_plan_csv(SAMPLE), municipality="Mechelen")
    assert [(r.version, r.lines, r.figures, r.replaced) for r in first] == [("2020-2025/4", 3, 9, False)]
    other = write(tmp_path, HEADER + REAL_ROWS)
    import_plan(con, read_plan_csv(other))
    before = con.execute("SELECT * FROM plan_figures ORDER BY ALL").fetchall()
    again = import_plan(con, read_plan_csv(SAMPLE), municipality="Mechelen")
    assert again[0].replaced
    assert con.execute("SELECT * FROM plan_figures ORDER BY ALL").fetchall() == before
    assert [v.version for v in stored_versions(con)] == ["2020-2025/4", "2020-2025/10"]
    total = con.execute("SELECT sum(amount) FROM plan_figures WHERE version = '2020-2025/4'").fetchone()[0]
    assert total == Decimal("251470.00")  # 2 × 30.000 + 11.470 + 6 × 30.000


def test_valid_from_option_is_stored(tmp_path: Path) -> None:
    import datetime as dt

    con = connect(":memory:")
    import_plan(con, read_plan_csv(SAMPLE), valid_from=dt.date(2021, 6, 28))
    (version,) = stored_versions(con)
    assert (version.valid_from, version.valid_from_rule) == (dt.date(2021, 6, 28), "option")


def test_real_plan_imports_twice_with_the_same_figures(shared_dir: Path) -> None:
    path = shared_dir / "plan-real" / "mechelen" / "mjp-lines.csv"
    if not path.is_file():
        pytest.skip("real plan extract absent")
    con = connect(":memory:")
    results = import_plan(con, read_plan_csv(path), municipality="Mechelen")
    assert {(r.version, r.lines, r.figures) for r in results} == {("2020-2025/10", 77, 462), ("2026-2031/1", 191, 1146)}
    sql = "SELECT version, mjp, year, kind, amount FROM plan_figures ORDER BY ALL"
    first = con.execute(sql).fetchall()
    import_plan(con, read_plan_csv(path), municipality="Mechelen")
    assert con.execute(sql).fetchall() == first
    raming = con.execute(
        "SELECT kind, amount FROM plan_figures WHERE version = '2020-2025/10' AND mjp = 'MJP006143' AND year = 2025"
    ).fetchone()
    assert raming == ("raming", Decimal("5410.00"))
