"""The query commands on the session knowledge base: tables, --json and --csv, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from query_kb import built_kb
from render.cli.main import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db() -> Path:
    return built_kb()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    return result.output


def test_partner_json_and_csv(db: Path) -> None:
    data = json.loads(run("partner", "Arktos", "--db", str(db), "--json"))
    assert data["clusters"][0]["name"] == "Arktos vzw"
    assert {a["origin"] for a in data["agreements"]} == {"decision", "referenced"}
    rows = list(csv.DictReader(io.StringIO(run("partner", "Arktos", "--db", str(db), "--csv"))))
    own = next(r for r in rows if r["origin"] == "decision")
    assert own["period_start"] == "2021-09-01" and "MJP007706" in own["budget_lines"]


def test_partner_table_shows_referenced_agreements(db: Path) -> None:
    out = run("partner", "Arktos", "--db", str(db))
    assert "Krachtige" in out and "referenced" in out and "2021-09-01" in out


def test_budget_search_decision_tables(db: Path) -> None:
    assert "MJP007706" in run("budget", "MJP007706", "--db", str(db))
    hits = json.loads(run("search", "schooluitval", "--db", str(db), "--json", "-n", "3"))["hits"]
    assert len(hits) == 3 and "«" in hits[0]["snippet_marked"]
    assert "also in" in run("decision", "1cec98b08bde-1", "--db", str(db))
    rows = list(csv.DictReader(io.StringIO(run("decision", "1cec98b08bde-1", "--db", str(db), "--csv"))))
    assert {"title", "referenced_agreement"} <= {r["kind"] for r in rows}


def test_sql_orgs_persons(db: Path) -> None:
    rows = json.loads(run("sql", "SELECT name FROM v_org_clusters WHERE cluster_id = 'arktos-vzw'", "--db", str(db), "--json"))
    assert rows == [{"name": "Arktos vzw"}]
    orgs = json.loads(run("orgs", "Kompas", "--db", str(db), "--json"))
    assert [o["name"] for o in orgs] == ["CLB Het Kompas vzw"]
    assert "member_names" in run("orgs", "--merged", "--db", str(db), "--csv").splitlines()[0]
    persons = json.loads(run("persons", "--db", str(db), "--json"))
    assert persons and all(p["member_names"] for p in persons)


def test_errors_exit_non_zero(db: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["decision", "nope-1", "--db", str(db)]).exit_code == 1
    assert runner.invoke(app, ["sql", "SELECT * FROM nothing_here", "--db", str(db)]).exit_code == 1
    assert runner.invoke(app, ["partner", "x", "--db", str(tmp_path / "missing.duckdb")]).exit_code == 2
    assert runner.invoke(app, ["partner", "x", "--db", str(db), "--json", "--csv"]).exit_code == 2
