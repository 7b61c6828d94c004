"""Export from the knowledge base equals what extraction produced, and what the gold says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEEDS_TXT
from extract.pipeline import extract_document
from ingest import read_source
from kb import connect, export_json, ingest_into, write_document
from kb_records import gold_of, seed_record
from schema.export import record_to_contract

SEEDS = sorted(SEEDS_TXT.glob("*.txt"))


def _exported(out: Path) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))}


def test_export_equals_the_pipelines_own_json(tmp_path: Path) -> None:
    with connect(":memory:") as con:
        assert ingest_into(con, [SEEDS_TXT]).ok
        summary = export_json(con, tmp_path / "out")
    assert len(summary.written) == len(SEEDS)
    exported = _exported(tmp_path / "out")
    for path in SEEDS:
        expected = record_to_contract(extract_document(read_source(path)).record)
        assert exported[f"{path.name}.json"] == json.loads(json.dumps(expected, ensure_ascii=False))


def test_export_of_full_records_gives_back_the_gold(tmp_path: Path) -> None:
    # Records built from the gold and stored: every key the gold has comes back unchanged.
    with connect(":memory:") as con:
        for path in SEEDS:
            write_document(con, *seed_record(path, rich=False))
        export_json(con, tmp_path / "out")
    exported = _exported(tmp_path / "out")
    for path in SEEDS:
        gold = gold_of(path)
        got = exported[f"{path.name}.json"]
        for key in ("document_type", "municipality", "meeting", "signed", "attendees", "questions"):
            assert got[key] == gold[key], key
        assert [o["name"] for o in got["organizations"]] == [o["name"] for o in gold["organizations"]]
        for mine, theirs in zip(got["decisions"], gold["decisions"], strict=True):
            for key, value in theirs.items():
                if key == "parties":
                    value = [{"name": p["name"]} for p in value]
                    mine[key] = [{"name": p["name"]} for p in mine[key]]
                elif key in ("amounts", "budget_lines", "payments", "goals", "history", "articles"):
                    mine[key] = [{k: v for k, v in item.items() if not k.startswith("_")} for item in mine[key]]
                assert mine[key] == value, (path.name, key)


def test_export_reports_two_documents_with_one_name(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "notulen.txt").write_text("Gemeenteraad\nZitting van 1 februari 2021\n", encoding="utf-8")
    (tmp_path / "b" / "notulen.txt").write_text("Gemeenteraad\nZitting van 8 maart 2021\n", encoding="utf-8")
    with connect(":memory:") as con:
        ingest_into(con, [tmp_path / "a", tmp_path / "b"])
        summary = export_json(con, tmp_path / "out")
    assert [p.name for p in summary.written] == ["notulen.txt.json"]
    assert summary.duplicates == ["notulen.txt"]


@pytest.mark.real
def test_export_round_trip_on_real_documents(shared_dir: Path, tmp_path: Path) -> None:
    # A text item (LBLOD) and a real PDF, from two municipalities.
    paths = [
        sorted((shared_dir / "corpus-real" / "aalst").glob("*.txt"))[0],
        sorted((shared_dir / "corpus-real" / "nazareth").glob("*besluitenlijst.pdf"))[0],
    ]
    with connect(":memory:") as con:
        summary = ingest_into(con, paths)
        assert summary.ok, summary.failed
        export_json(con, tmp_path / "out")
    exported = _exported(tmp_path / "out")
    for path in paths:
        expected = record_to_contract(extract_document(read_source(path)).record)
        assert exported[f"{path.name}.json"] == json.loads(json.dumps(expected, ensure_ascii=False))
