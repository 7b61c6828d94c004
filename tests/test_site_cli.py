"""`besluitenbank render`: writes the site, reports it, checks it, and never clobbers a foreign folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from render.cli.main import app
from site_helpers import seed_site

runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200", "NO_COLOR": "1"})


def test_render_writes_reports_and_checks_the_site(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    shutil.copy(seed_site().db, db)
    result = run("render", tmp_path / "site", "--db", db)
    assert result.exit_code == 0, result.output
    assert "wrote " in result.output and "6 decision" in result.output and "10 document" in result.output
    assert "checked: every internal link resolves" in result.output
    assert (tmp_path / "site" / "index.html").is_file()


def test_render_again_replaces_the_earlier_site(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    shutil.copy(seed_site().db, db)
    out = tmp_path / "site"
    assert run("render", out, "--db", db).exit_code == 0
    stale = out / "decisions" / "weg-1.html"
    stale.write_text("oud")
    assert run("render", out, "--db", db, "--no-check").exit_code == 0
    assert not stale.exists() and (out / "index.html").is_file()


def test_render_refuses_a_foreign_non_empty_folder_and_a_missing_db(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    shutil.copy(seed_site().db, db)
    foreign = tmp_path / "mijn-map"
    foreign.mkdir()
    (foreign / "notities.txt").write_text("niet overschrijven")
    refused = run("render", foreign, "--db", db)
    assert refused.exit_code == 2 and "not empty" in refused.output
    assert (foreign / "notities.txt").read_text() == "niet overschrijven"
    missing = run("render", tmp_path / "site", "--db", tmp_path / "geen.duckdb")
    assert missing.exit_code == 2 and "no knowledge base" in missing.output
