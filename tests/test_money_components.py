"""The money components end to end: seed texts through the pipeline, real gold where present."""

import json
from pathlib import Path

import pytest

from conftest import GOLD_SEEDS_PDF, GOLD_SEEDS_TXT, SEEDS_PDF, SEEDS_TXT
from extract.money.analysis import analyse
from extract.pipeline import extract_document
from ingest.reader import read_source
from schema.export import record_to_contract

MONEY = ("amounts", "budget_lines", "payments")


def _money(decision: dict) -> dict:
    def amount(a: dict) -> tuple:
        return (f"{float(a['value']):.2f}", a["kind"])

    def line(x: dict) -> tuple:
        return (x["year"], x["action"], x["mjp"], x["budget_key"], None if x["amount"] is None else f"{float(x['amount']):.2f}")

    def pay(x: dict) -> tuple:
        return (x["due"], f"{float(x['amount']):.2f}", x["start"], x["end"])

    return {
        "amounts": sorted(map(amount, decision.get("amounts", []))),
        "budget_lines": sorted(map(line, decision.get("budget_lines", [])), key=str),
        "payments": sorted(map(pay, decision.get("payments", []))),
    }


@pytest.mark.parametrize("kind", ["txt", "pdf"])
@pytest.mark.parametrize("seed", ["000", "001", "003"])
def test_seed_money_equals_gold(seed: str, kind: str) -> None:
    folder, gold_folder = (SEEDS_TXT, GOLD_SEEDS_TXT) if kind == "txt" else (SEEDS_PDF, GOLD_SEEDS_PDF)
    paths = list(folder.glob(f"{seed}_*.{kind}"))
    if not paths:
        pytest.skip(f"no {kind} seed {seed}")
    path = paths[0]
    gold = json.loads((gold_folder / f"{path.name}.json").read_text(encoding="utf-8"))
    record = record_to_contract(extract_document(read_source(path)).record)
    if not record["decisions"]:
        pytest.skip("the segmenter found no decision")
    assert _money(record["decisions"][0]) == _money(gold["decisions"][0])


def test_pdf_budget_table_rows_come_from_the_table_cells() -> None:
    paths = list(SEEDS_PDF.glob("000_*.pdf"))
    if not paths:
        pytest.skip("no PDF seed 000")
    source = read_source(paths[0])
    assert source.tables
    result = analyse(source.text, source, 0, len(source.text), None)
    assert [(r.year, r.action, r.mjp) for r in result.table_rows] == [
        (2021, "AC000109", "MJP007706"), (2022, "AC000109", "MJP007706"),
    ]
    # provenance: the row's span in the page text starts at its year cell
    assert [source.text[r.start : r.start + 4] for r in result.table_rows] == ["2021", "2022"]


def test_whole_document_analysis_without_blocks() -> None:
    source = read_source(next(SEEDS_TXT.glob("003_*.txt")))
    result = analyse(source.text, source, 0, len(source.text), None)
    assert len(result.schedule) == 3
    assert [(r.year, r.action, r.mjp) for r, _ in result.prose_lines] == [(2020, "AC000131", "MJP006171")]


def test_financial_section_none_cites_no_budget() -> None:
    text = "Financiële gevolgen: Geen\nBesluit\nArtikel 1 MJP004210 en AC000131.\n"
    source = read_source_text(text)
    result = analyse(text, source, 0, len(text), None)
    assert result.prose_lines == [] and result.table_rows == []


def read_source_text(text: str):
    from schema.source import SourceDocument, join_pages

    full, pages = join_pages([text])
    return SourceDocument(name="x.txt", path="x.txt", sha256="0" * 64, kind="txt", text=full, pages=pages)


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("mechelen", "gemeenteraad-20250127-48.txt"),
        ("mechelen", "gemeenteraad-20250127-51.txt"),
        ("aalst", "aalst-13-2023_GR_00629.txt"),
        ("destelbergen", "destelbergen-09.txt"),
    ],
)
def test_real_budget_codes_equal_gold(shared_dir: Path, folder: str, name: str) -> None:
    source = read_source(shared_dir / "corpus-real" / folder / name)
    gold = json.loads((shared_dir / "spec" / "gold" / "real" / folder / f"{name}.json").read_text(encoding="utf-8"))
    result = analyse(source.text, source, 0, len(source.text), None)
    found = {(r.mjp, r.action, r.budget_key) for r in result.table_rows} | {
        (p.mjp, p.action, p.budget_key) for p, _ in result.prose_lines
    }
    expected = {(x["mjp"], x["action"], x["budget_key"]) for d in gold["decisions"] for x in d["budget_lines"]}
    assert found == expected
    values = {m.value for m, _ in result.amounts}
    assert {float(a["value"]) for d in gold["decisions"] for a in d["amounts"]} == {float(v) for v in values}
