"""The audit on the bundled corpus (seed texts + seed PDFs) with the sample plan: exactly the
findings a careful auditor reports, reconciliation to the cent, the CLI and the HTML report."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, SEEDS_PDF, SEEDS_TXT
from kb import connect, ingest_into
from kb.audit import AuditReport, run_audit
from kb.plan import import_plan, read_plan_csv
from render.cli.main import app

SAMPLE = CORPUS / "plan" / "sample-plan.csv"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audit") / "kb.duckdb"
    con = connect(path)
    ingest_into(con, [SEEDS_TXT, SEEDS_PDF])
    import_plan(con, read_plan_csv(SAMPLE), municipality="Mechelen")
    con.close()
    return path


@pytest.fixture(scope="module")
def report(seed_db: Path) -> AuditReport:
    con = connect(seed_db)
    try:
        return run_audit(con)
    finally:
        con.close()


def stems(finding) -> set[str]:  # noqa: ANN001
    return {source.source for source in finding.sources}


def test_exactly_the_expected_findings(report: AuditReport) -> None:
    got = {(f.rule, f.subject, f.sources[0].source[:3]) for f in report.findings}
    assert got == {
        ("payment-outside-period", "P3", "003"),  # P3 billed to 31-12-2022, agreement ends 30-09-2022
        ("period-year-without-budget-line", "2023", "000"),  # Arktos runs to 31-08-2023, lines for 2021-2022
        ("period-year-without-budget-line", "2021,2022", "003"),  # only 2020 budgeted, P2/P3 due 2021/2022
    }


def test_each_finding_holds_for_both_copies_and_quotes_its_facts(report: AuditReport) -> None:
    for finding in report.findings:
        assert {Path(s).suffix for s in stems(finding)} == {".txt", ".pdf"}, finding.rule
        for source in finding.sources:
            assert source.quotes and all(q.passage and q.page >= 1 for q in source.quotes)
    p3 = next(f for f in report.findings if f.rule == "payment-outside-period")
    assert p3.severity == "error" and p3.numbers == {"bedrag": Decimal("5734.00")}
    txt = next(s for s in p3.sources if s.source.endswith(".txt"))
    assert txt.quotes[0].passage.startswith("01/02/2022 € 5.734,- P3: 1 januari 2022")
    assert txt.quotes[1].passage == "01-02-2020 tot en met 30-09-2022"


def test_arktos_finding_names_the_plan_row_checked(report: AuditReport) -> None:
    arktos = next(f for f in report.findings if f.subject == "2023")
    assert arktos.plan is not None
    assert (arktos.plan.version, arktos.plan.mjp, arktos.plan.year, arktos.plan.figure) == ("2020-2025/4", "MJP007706", 2023, None)
    assert "aanpassing meerjarenplan 2020-2025/4" in arktos.plan.choice


def test_version_choice_per_decision(report: AuditReport) -> None:
    choices = {d.facts.source[:3]: (d.plan.choice.version, d.plan.choice.reason) for d in report.dossiers if d.cites()}
    assert choices == {"000": ("2020-2025/4", "named"), "001": ("2020-2025/4", "named-period"), "003": ("2020-2025/4", "date")}


def test_reconciliation_to_the_cent(report: AuditReport) -> None:
    rows = {(r.mjp, r.year): r for r in report.reconciliation}
    assert set(rows) == {("MJP007706", 2021), ("MJP007706", 2022), ("MJP006171", 2020), ("MJP004210", None)}
    ensure = rows[("MJP006171", 2020)]
    assert (ensure.figure, ensure.committed, ensure.remaining) == (Decimal("11470.00"), Decimal("11470.00"), Decimal("0.00"))
    assert len(ensure.commitments) == 1  # the text and the PDF are one decision: counted once
    assert rows[("MJP004210", None)].remaining is None  # a recurrent line without year is not placed on a year
    summary = report.summary
    assert (summary.matched, summary.absent, summary.malformed, summary.over_committed) == (3, 0, 0, 0)


def test_cli_audit_formats_and_exit_codes(seed_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["audit", "--db", str(seed_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["counts"] == {"error": 1, "warning": 2, "info": 0}
    assert data["findings"][0]["numbers"] == {"bedrag": "5734.00"}
    assert data["reconciliation_summary"]["matched"] == 3
    only = json.loads(runner.invoke(app, ["audit", "--db", str(seed_db), "--format", "json", "--line", "MJP007706"]).output)
    assert [f["subject"] for f in only["findings"]] == ["2023"] and {r["mjp"] for r in only["reconciliation"]} == {"MJP007706"}
    year = json.loads(runner.invoke(app, ["audit", "--db", str(seed_db), "--format", "json", "--year", "2023"]).output)
    assert year["findings"] == [] and year["reconciliation"] == []
    csv_out = runner.invoke(app, ["audit", "--db", str(seed_db), "--format", "csv"])
    assert csv_out.exit_code == 0 and csv_out.output.count("\n") == 4
    table = runner.invoke(app, ["audit", "--db", str(seed_db)])
    assert table.exit_code == 0 and "3 findings" in table.output and "plan versions: 2020-2025/4" in table.output
    missing = runner.invoke(app, ["audit", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2


def test_cli_plan_import_refuses_a_malformed_file_naming_row_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "plan.csv"
    bad.write_text("plan,mjp,year,kind,amount\n2020-2025/4,MJP007706,2021,krediet,30000\n2020-2025/4,MJP0026,2022,krediet,1\n")
    result = CliRunner().invoke(app, ["plan", "import", str(bad), "--db", str(tmp_path / "kb.duckdb")])
    assert result.exit_code == 1
    assert "row 3, column 'mjp'" in result.output and "MJP0026" in result.output
    good = CliRunner().invoke(app, ["plan", "import", str(SAMPLE), "--db", str(tmp_path / "kb.duckdb"), "--valid-from", "2021-06-28"])
    assert good.exit_code == 0 and "2021-06-28" in good.output


def test_html_report_pages_and_links(seed_db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["audit", "--db", str(seed_db), "--format", "html", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    index = (tmp_path / "audit" / "index.html").read_text(encoding="utf-8")
    assert 'href="../decisions/868c1682850c-1.html"' in index  # the text copy of seed 003
    assert 'href="lines/MJP007706.html"' in index and "Betaling buiten de looptijd" in index
    line = (tmp_path / "audit" / "lines" / "MJP007706.html").read_text(encoding="utf-8")
    assert 'href="../../decisions/1cec98b08bde-1.html"' in line
    assert "AC000109" in line and "€ 30.000,00" in line and "Meerjarenplan 2020-2025/4" in line
    assert "&lt;" not in line or "<script" not in line  # autoescaped text, no raw markup
    assert sorted(p.name for p in (tmp_path / "audit" / "lines").iterdir()) == ["MJP004210.html", "MJP006171.html", "MJP007706.html"]
