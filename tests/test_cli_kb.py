"""The knowledge-base commands through typer's CliRunner, and the rule that every command is documented."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from conftest import SEEDS_TXT, seed_path
from kb import connect, write_document
from kb_records import seed_record
from render.cli.main import app

WIDE = {"COLUMNS": "250", "NO_COLOR": "1"}
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args], env=WIDE)


def _commands() -> dict:
    """The app's commands as click-style objects (typer vendors its own click, so no isinstance)."""
    return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(_commands()))
def test_cli_every_command_has_help_and_an_example(name: str) -> None:
    command = _commands()[name]
    assert command.help and len(command.help.split()) >= 5, f"`{name}` has no help text"
    assert f"besluitenbank {name}" in command.help, f"`{name}` help shows no example call"
    for param in command.params:
        if param.name != "help":
            assert getattr(param, "help", None), f"`{name}` {param.param_type_name} {param.name} has no help"


def _all_commands() -> dict:
    """Every command, those of groups (`plan import`) included, by their full name."""
    found = {}
    for name, command in _commands().items():
        found[name] = command
        for sub, subcommand in getattr(command, "commands", {}).items():
            found[f"{name} {sub}"] = subcommand
    return found


@pytest.mark.parametrize("name", sorted(_all_commands()))
def test_cli_help_is_a_one_line_summary_then_paragraphs(name: str) -> None:
    # typer's rich mode prints line breaks inside a paragraph as they stand: `--help` and the
    # command list would break mid-sentence (`decisions it is party to and` / `earlier ...`)
    paragraphs = _all_commands()[name].help.split("\n\n")
    assert all("\n" not in paragraph for paragraph in paragraphs), f"`{name}` help has a line break inside a paragraph"
    assert len(paragraphs[0]) <= 90, f"`{name}` summary does not fit the command list: {paragraphs[0]!r}"


def test_cli_show_is_the_decision_command() -> None:
    commands = _commands()
    assert commands["show"].callback.__wrapped__ is commands["decision"].callback.__wrapped__  # one implementation
    assert [p.name for p in commands["show"].params] == [p.name for p in commands["decision"].params]


def test_cli_kb_commands_are_registered() -> None:
    assert {"ingest", "export", "show", "partner", "failures"} <= set(_commands())


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for prefix in ("000", "004"):
        shutil.copy(seed_path(prefix), folder)
    return folder


def test_cli_ingest_reports_a_summary_and_exits_zero(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    result = run("ingest", corpus, "--db", db)
    assert result.exit_code == 0, result.output
    assert "ingest summary" in result.output and "ingested" in result.output
    again = run("ingest", corpus, "--db", db)
    assert again.exit_code == 0 and "unchanged" in again.output


def test_cli_ingest_lists_failures_and_exits_non_zero(corpus: Path, tmp_path: Path) -> None:
    (corpus / "kapot.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    db = tmp_path / "kb.duckdb"
    result = run("ingest", corpus, "--db", db)
    assert result.exit_code == 1
    assert "failed files" in result.output and "kapot.pdf" in result.output and "PDF" in result.output
    listed = run("failures", "--db", db)
    assert listed.exit_code == 0 and "kapot.pdf" in listed.output
    with_trace = run("failures", "--db", db, "--traceback")
    assert "Traceback" in with_trace.output


def test_cli_ingest_uses_the_default_db_in_the_working_directory(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BESLUITENBANK_DB", raising=False)
    assert run("ingest", corpus).exit_code == 0
    assert (tmp_path / "besluitenbank.duckdb").is_file()


def test_cli_export_writes_contract_json(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    run("ingest", corpus, "--db", db)
    result = run("export", "--format", "json", tmp_path / "out", "--db", db)
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (tmp_path / "out").glob("*.json"))
    assert files == sorted(f"{p.name}.json" for p in corpus.iterdir())
    payload = json.loads((tmp_path / "out" / files[0]).read_text(encoding="utf-8"))
    assert payload["format"] == "besluitenbank/1"


@pytest.fixture(scope="module")
def rich_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base holding the seeds' gold as full records (parties, amounts, spans...)."""
    db = tmp_path_factory.mktemp("rich") / "rich.duckdb"
    with connect(db) as con:
        for path in sorted(SEEDS_TXT.glob("*.txt")):
            write_document(con, *seed_record(path))
    return db


def test_cli_show_prints_facts_with_their_passages(rich_db: Path) -> None:
    result = run("show", "1cec98b08bde-1", "--db", rich_db)
    assert result.exit_code == 0, result.output
    assert "Goedkeuring samenwerkingsovereenkomst" in result.output
    assert "30000.00 (annual)" in result.output
    assert "De gemeenteraad keurt de samenwerking" in result.output  # article with its quoted passage
    assert "[doelstelling] Ontwikkelen van de bijzondere leerplek" in result.output  # brackets are not markup
    as_json = json.loads(run("show", "1cec98b08bde-1", "--db", rich_db, "--json").output)
    assert {fact["kind"] for fact in as_json["facts"]} >= {"title", "amount", "article"}


def test_cli_show_unknown_decision_fails(rich_db: Path) -> None:
    result = run("show", "nope-1", "--db", rich_db)
    assert result.exit_code == 1 and "no decision" in result.output


def test_cli_partner_table_json_and_csv(rich_db: Path) -> None:
    table = run("partner", "arktos", "--db", rich_db)
    assert table.exit_code == 0 and "1cec98b08bde-1" in table.output and "MJP007706" in table.output
    data = json.loads(run("partner", "ARKTOS", "--db", rich_db, "--json").output)
    [row] = [a for a in data["agreements"] if a["origin"] == "decision"]  # query shape: kb/query/partner.py
    assert row["period_start"] == "2021-09-01" and row["meeting_body"] == "gemeenteraad"
    rows = list(csv.DictReader(io.StringIO(run("partner", "Arktos Antwerpen", "--db", rich_db, "--csv").output)))
    assert [r["decision_id"] for r in rows] == ["1cec98b08bde-1"]
    assert "value=30000.00 kind=annual" in rows[0]["amounts"]
    assert run("partner", "x", "--db", rich_db, "--json", "--csv").exit_code == 2


def test_cli_read_commands_refuse_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.duckdb"
    for args in (("failures",), ("show", "x-1"), ("partner", "x"), ("export", tmp_path / "out")):
        result = run(*args, "--db", missing)
        assert result.exit_code == 2 and "no knowledge base" in result.output
    assert not missing.exists()


def test_cli_ingest_into_something_that_is_not_a_database(corpus: Path, tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.duckdb"
    not_a_db.write_text("just some notes, not a DuckDB file\n" * 100)
    result = run("ingest", corpus, "--db", not_a_db)
    assert result.exit_code == 2 and "cannot use the knowledge base" in result.output
