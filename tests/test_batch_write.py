"""The batch writer stores exactly what `kb.store.write_document` stores, from SQL rendered in a worker."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from conftest import SEEDS_TXT
from kb import connect, write_document
from kb.batch import Extracted, extracted_to_prepared, process_path
from kb.batch_sql import NotLiteral, insert_statement, sql_literal
from kb.batch_write import WriterState, write_group, write_prepared
from test_batch_resume import fingerprint


def test_literals_of_every_row_value_type() -> None:
    assert sql_literal(None) == "NULL" and sql_literal(True) == "TRUE" and sql_literal(12) == "12"
    assert sql_literal("L'Escaut — Zoë") == "'L''Escaut — Zoë'"
    assert sql_literal(Decimal("1E+3")) == "1000" and sql_literal(Decimal("22938.50")) == "22938.50"
    assert sql_literal(dt.date(2020, 12, 14)) == "DATE '2020-12-14'"
    assert sql_literal(dt.datetime(2020, 12, 14, 20, 5)) == "TIMESTAMP '2020-12-14 20:05:00'"
    assert sql_literal(["AC0001", "09"]) == "['AC0001', '09']::VARCHAR[]" and sql_literal([]) == "[]::VARCHAR[]"
    with pytest.raises(NotLiteral):
        sql_literal("a\x00b")


def test_literals_read_back_as_the_values() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (s VARCHAR, d DECIMAL(15, 2), day DATE, l VARCHAR[], b BOOLEAN, n INTEGER)")
    row = {"s": "a 'quoted' \\ line\nnext", "d": Decimal("651900.00"), "day": dt.date(2026, 1, 2),
           "l": ["x'y"], "b": False, "n": None}  # fmt: skip
    con.execute(*insert_statement("t", [row]))
    assert con.execute("SELECT * FROM t").fetchone() == tuple(row.values())


def test_a_string_with_nul_falls_back_to_parameters() -> None:
    sql, parameters = insert_statement("t", [{"s": "a\x00b"}])
    assert "?" in sql and parameters == ["a\x00b"]


def test_batch_writer_stores_what_write_document_stores(tmp_path: Path) -> None:
    at = dt.datetime(2026, 1, 1, 12, 0)
    results = [process_path(path) for path in sorted(SEEDS_TXT.glob("*.txt"))]
    assert all(isinstance(result, Extracted) for result in results)
    reference, batch = tmp_path / "reference.duckdb", tmp_path / "batch.duckdb"
    with connect(reference) as con:
        for result in results:
            write_document(con, result.source, result.record, at)
    with connect(batch) as con:
        for result in results:
            assert write_prepared(con, extracted_to_prepared(result, at).document) is False
        for result in results:  # a second write replaces: same content, nothing duplicated
            assert write_prepared(con, extracted_to_prepared(result, at).document) is True
        orphans = con.execute(
            "SELECT count(*) FROM pages WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        missing_people = con.execute(
            "SELECT count(*) FROM voters WHERE person_key NOT IN (SELECT key FROM persons)"
        ).fetchone()[0]
        assert orphans == 0 and missing_people == 0
    assert fingerprint(batch) == fingerprint(reference)


def test_reprocess_with_workers_replaces_every_document_without_duplicates(tmp_path: Path) -> None:
    from kb import Status, ingest_paths

    db = tmp_path / "kb.duckdb"
    assert ingest_paths(db, [SEEDS_TXT], jobs=1).count(Status.INGESTED) == 5
    before = fingerprint(db)
    again = ingest_paths(db, [SEEDS_TXT], reprocess=True, jobs=2)
    assert again.count(Status.REPLACED) == 5 and again.ok
    assert fingerprint(db) == before
    assert ingest_paths(db, [SEEDS_TXT], jobs=2).count(Status.UNCHANGED) == 5


def test_group_commit_stores_what_one_by_one_stores(tmp_path: Path) -> None:
    """`write_group` (several documents, one transaction) ends in the same database, new or replaced."""
    at = dt.datetime(2026, 1, 1, 12, 0)
    results = [process_path(path) for path in sorted(SEEDS_TXT.glob("*.txt"))]
    documents = [extracted_to_prepared(result, at).document for result in results]
    one_by_one, grouped = tmp_path / "one.duckdb", tmp_path / "group.duckdb"
    with connect(one_by_one) as con:
        for document in documents:
            write_prepared(con, document)
    with connect(grouped) as con:
        state = WriterState.load(con)
        assert write_group(con, documents[:2], state) == [False, False]
        assert write_group(con, documents, state) == [True, True, False, False, False]
    assert fingerprint(grouped) == fingerprint(one_by_one)


def test_a_refused_group_is_stored_document_by_document(tmp_path: Path) -> None:
    """One document the database refuses rolls its group back; the batch then stores the others alone."""
    import dataclasses

    from kb.batch import Prepared, _Group

    at = dt.datetime(2026, 1, 1, 12, 0)
    prepared = [extracted_to_prepared(process_path(path), at) for path in sorted(SEEDS_TXT.glob("*.txt"))]
    broken = dataclasses.replace(prepared[1].document, facts=[("INSERT INTO no_such_table VALUES (1)", [])])
    prepared[1] = Prepared(prepared[1].path, broken, prepared[1].seconds)
    outcomes = []
    with connect(tmp_path / "kb.duckdb") as con:
        group = _Group(con, WriterState.load(con), outcomes.append, {})
        for item in prepared:
            group.add(Path(item.path), item)
        group.flush()
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        failed = con.execute("SELECT count(*) FROM failures").fetchone()[0]
    assert [outcome.status.value for outcome in outcomes].count("failed") == 1
    assert stored == 4 and failed == 1
