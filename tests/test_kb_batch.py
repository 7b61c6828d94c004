"""Batch ingest through the real pipeline: idempotence, replacement, failures that don't stop the batch."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import SEEDS_TXT, seed_path
from kb import Status, connect, ingest_into, ingest_paths, process_path
from kb.batch import Extracted
from kb.failures import Failure, list_failures
from kb.rows import ENTITY_TABLES, FACT_TABLES

ALL_TABLES = ("documents", *ENTITY_TABLES, *FACT_TABLES)
VOLATILE = {"ingested_at", "path"}  # when and from where, not what was read


def fingerprint(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int]]:
    """Per table: row count and a hash of its sorted rows (timestamps left out)."""
    result = {}
    for table in ALL_TABLES:
        cursor = con.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        rows = sorted(
            repr(tuple(v for n, v in zip(names, row, strict=True) if n not in VOLATILE)) for row in cursor.fetchall()
        )
        result[table] = (len(rows), hash(tuple(rows)))
    return result


_EXTRACTED: dict[bytes, Extracted] = {}


def process(path: Path) -> Extracted | Failure:
    """`process_path` (the real pipeline), computed once per file content for this module's tests.

    The tests here are about what the batch does with results, and re-extracting the same seed
    in every test would make them slow; the result is re-pointed at the path asked for.
    """
    data = path.read_bytes() if path.is_file() else b""
    if data not in _EXTRACTED:
        result = process_path(path)
        if not isinstance(result, Extracted):
            return result
        _EXTRACTED[data] = result
    cached = _EXTRACTED[data]
    source = cached.source.model_copy(update={"path": str(path)})
    return Extracted(str(path), source, cached.record, cached.seconds)


def ingest(db: Path, paths: list[Path], reprocess: bool = False, **kwargs):
    return ingest_paths(db, paths, reprocess=reprocess, process=process, **kwargs)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with three seed texts (a copy, so tests can add broken files beside them)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for prefix in ("000", "003", "004"):
        shutil.copy(seed_path(prefix), folder)
    return folder


def corrupt_pdf(folder: Path) -> Path:
    path = folder / "kapot.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a pdf body\n%%EOF")
    return path


def test_batch_second_ingest_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    first = ingest(db, [corpus])
    assert first.counts() == {"ingested": 3, "replaced": 0, "unchanged": 0, "failed": 0}
    with duckdb.connect(str(db), read_only=True) as con:
        before = fingerprint(con)
    second = ingest(db, [corpus])
    assert second.counts() == {"ingested": 0, "replaced": 0, "unchanged": 3, "failed": 0}
    with duckdb.connect(str(db), read_only=True) as con:
        assert fingerprint(con) == before


def test_batch_unchanged_files_are_not_parsed(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    ingest(db, [corpus])

    def must_not_parse(path):
        raise AssertionError(f"{path} was parsed although stored with this extractor version")

    assert ingest_paths(db, [corpus], process=must_not_parse).count(Status.UNCHANGED) == 3


def test_batch_new_extractor_version_replaces_facts(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    ingest(db, [corpus])
    with connect(db) as con:
        before = fingerprint(con)
        # As if the stored facts came from an older extractor.
        con.execute("UPDATE documents SET extractor_version = '0.0.1'")
    summary = ingest(db, [corpus])
    assert summary.counts() == {"ingested": 0, "replaced": 3, "unchanged": 0, "failed": 0}
    with connect(db) as con:
        assert fingerprint(con) == before  # same facts, same ids, nothing duplicated


def test_batch_reprocess_replaces_without_duplicates(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    ingest(db, [corpus])
    with connect(db) as con:
        before = fingerprint(con)
    assert ingest(db, [corpus], reprocess=True).count(Status.REPLACED) == 3
    with connect(db) as con:
        assert fingerprint(con) == before


def test_batch_corrupt_pdf_is_recorded_and_the_rest_ingested(corpus: Path, tmp_path: Path) -> None:
    bad = corrupt_pdf(corpus)
    db = tmp_path / "kb.duckdb"
    summary = ingest(db, [corpus])
    assert summary.counts() == {"ingested": 3, "replaced": 0, "unchanged": 0, "failed": 1}
    assert not summary.ok
    [failed] = summary.failed
    assert failed.path == str(bad) and "PDF" in (failed.reason or "")
    with connect(db) as con:
        [stored] = list_failures(con)
        assert stored.path == str(bad) and stored.sha256 is not None and stored.traceback
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_batch_failure_is_replaced_then_cleared(corpus: Path, tmp_path: Path) -> None:
    bad = corpus / "kapot.txt"
    bad.write_bytes(b"Gemeenteraad \xff\xfe niet in UTF-8")
    db = tmp_path / "kb.duckdb"
    ingest(db, [corpus])
    ingest(db, [corpus])  # fails again: still one row for the path
    with connect(db) as con:
        [failure] = list_failures(con)
        assert "UTF-8" in failure.reason
    bad.write_bytes(seed_path("001").read_bytes())  # the file is fixed
    assert ingest(db, [corpus]).count(Status.INGESTED) == 1
    with connect(db) as con:
        assert list_failures(con) == []


def test_batch_any_exception_is_a_failure_not_a_crash(corpus: Path, tmp_path: Path) -> None:
    def exploding(path: Path):
        if path.name.startswith("003"):
            return Failure(str(path), None, "ZeroDivisionError: boom", "Traceback ...")
        return process(path)

    with connect(tmp_path / "kb.duckdb") as con:
        summary = ingest_into(con, [corpus], process=exploding)
        assert summary.counts()["failed"] == 1 and summary.counts()["ingested"] == 2
        assert list_failures(con)[0].reason == "ZeroDivisionError: boom"


def test_batch_process_path_never_raises(tmp_path: Path) -> None:
    missing = process_path(tmp_path / "weg.txt")
    assert isinstance(missing, Failure) and "no such file" in missing.reason
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    assert "empty" in process_path(empty).reason  # type: ignore[union-attr]


def test_batch_process_path_result_can_cross_processes() -> None:
    # Worker processes will send results to a single writer: they must pickle.
    result = process_path(seed_path("000"))
    assert isinstance(result, Extracted)
    assert pickle.loads(pickle.dumps(result)).record == result.record


def test_batch_duplicate_content_is_stored_once(corpus: Path, tmp_path: Path) -> None:
    shutil.copy(seed_path("000"), corpus / "kopie.txt")
    summary = ingest(tmp_path / "kb.duckdb", [corpus])
    assert summary.counts() == {"ingested": 3, "replaced": 0, "unchanged": 1, "failed": 0}
    [duplicate] = [o for o in summary.outcomes if o.status is Status.UNCHANGED]
    assert "same content as" in (duplicate.reason or "")


def test_batch_progress_reports_every_file(corpus: Path, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    ingest(
        tmp_path / "kb.duckdb", [corpus], progress=lambda o, done, total: seen.append((o.status.value, done, total))
    )
    assert seen == [("ingested", 1, 3), ("ingested", 2, 3), ("ingested", 3, 3)]


def test_batch_seeds_all_ingest(tmp_path: Path) -> None:
    summary = ingest_paths(tmp_path / "kb.duckdb", [SEEDS_TXT])  # the real per-file work, uncached
    assert summary.counts()["ingested"] == 5 and summary.ok
