"""Failures never stop a batch: unreadable files, crashed and hung workers are recorded, the rest stored.

These run the real worker processes (spawned), so what is shown is what `ingest --jobs N` does.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEEDS_PDF, seed_path
from kb import Status, connect, ingest_into
from kb.failures import list_failures
from kb.workers import WorkerLost, WorkerPool, exit_reason
from render.cli.main import app


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Two seed texts, a seed PDF, and broken PDFs: corrupt, empty, truncated."""
    folder = tmp_path / "in"
    folder.mkdir()
    for source in (seed_path("000"), seed_path("004"), next(SEEDS_PDF.glob("001_*.pdf"))):
        shutil.copy(source, folder)
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    (folder / "leeg.pdf").write_bytes(b"")
    whole = next(SEEDS_PDF.glob("004_*.pdf")).read_bytes()
    (folder / "afgebroken.pdf").write_bytes(whole[: len(whole) // 2])
    return folder


def test_corrupt_and_empty_pdfs_are_recorded_and_the_rest_ingested(mixed: Path, tmp_path: Path) -> None:
    with connect(tmp_path / "kb.duckdb") as con:
        summary = ingest_into(con, [mixed], jobs=2)
        assert summary.counts() == {"ingested": 3, "replaced": 0, "unchanged": 0, "failed": 3}
        reasons = {Path(o.path).name: o.reason for o in summary.failed}
        assert reasons["leeg.pdf"] == "empty file (0 bytes)"
        assert reasons["corrupt.pdf"].startswith("corrupt PDF")
        assert reasons["afgebroken.pdf"].startswith("truncated PDF")
        stored = {Path(f.path).name: f for f in list_failures(con)}
        assert set(stored) == set(reasons) and all(f.traceback for f in stored.values())
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    listed = CliRunner().invoke(app, ["failures", "--db", str(tmp_path / "kb.duckdb")])
    assert listed.exit_code == 0 and "leeg.pdf" in listed.output and "truncated PDF" in listed.output


def test_a_crashing_worker_costs_only_its_file(tmp_path: Path) -> None:
    names = ["a.txt", "kapot.pdf", "b.txt", "c.txt", "d.txt"]
    with WorkerPool(2, "batch_helpers:crash_on_kapot") as pool:
        results = dict(pool.map_unordered(names))
    assert results.pop("kapot.pdf") == WorkerLost("worker process crashed (SIGSEGV)")
    assert results == {"a.txt": "A.TXT", "b.txt": "B.TXT", "c.txt": "C.TXT", "d.txt": "D.TXT"}


def test_a_hung_worker_is_stopped_after_the_timeout(tmp_path: Path) -> None:
    with WorkerPool(1, "batch_helpers:crash_on_kapot", timeout=1.5) as pool:
        results = dict(pool.map_unordered(["traag.pdf", "e.txt"]))
    assert results == {"traag.pdf": WorkerLost("timed out after 2 s (worker stopped)"), "e.txt": "E.TXT"}


def test_exit_reasons_name_the_signal() -> None:
    assert exit_reason(-9) == "worker process crashed (SIGKILL)"
    assert exit_reason(3) == "worker process exited with code 3"


def test_a_worker_crash_in_a_batch_is_a_recorded_failure(mixed: Path, tmp_path: Path, monkeypatch) -> None:
    from kb import batch

    lost = {"path": None}

    class OneCrash(WorkerPool):
        def map_unordered(self, items):
            for item, result in super().map_unordered(items):
                if Path(item).name == "leeg.pdf":
                    lost["path"] = item
                    result = WorkerLost("worker process crashed (SIGSEGV)")
                yield item, result

    monkeypatch.setattr(batch, "WorkerPool", OneCrash)
    with connect(tmp_path / "kb.duckdb") as con:
        summary = ingest_into(con, [mixed], jobs=1)
        [crash] = [o for o in summary.failed if o.reason == "worker process crashed (SIGSEGV)"]
        assert Path(crash.path).name == "leeg.pdf" and summary.count(Status.INGESTED) == 3
        assert any(f.reason == "worker process crashed (SIGSEGV)" for f in list_failures(con))
