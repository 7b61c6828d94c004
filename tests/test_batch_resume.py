"""A batch killed with SIGKILL in the middle resumes to exactly the database of an uninterrupted run.

The real command runs as a subprocess with one worker; it is killed once it has reported some
documents stored (one stderr line per stored file, written after the commit), run again, and
its database compared with one built in a single uninterrupted run: row counts per table and a
hash of every table's rows (ingest time and path left out).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from conftest import SEEDS_PDF, SEEDS_TXT
from kb import ingest_paths
from kb.migrations import connect

BIN = Path(sys.executable).with_name("besluitenbank")
VOLATILE = {"ingested_at", "path", "failed_at", "applied_at"}


def fingerprint(db: Path) -> dict[str, tuple[int, int]]:
    """Per table: row count and a hash of its sorted rows (timestamps and paths left out)."""
    result = {}
    with duckdb.connect(str(db), read_only=True) as con:
        tables = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        for table in tables:
            cursor = con.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            rows = sorted(repr(tuple(v for n, v in zip(names, row, strict=True) if n not in VOLATILE))
                          for row in cursor.fetchall())  # fmt: skip
            result[table] = (len(rows), hash(tuple(rows)))
    return result


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """Ten documents: the five seed texts and the five seed PDFs."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for source in (*sorted(SEEDS_TXT.glob("*.txt")), *sorted(SEEDS_PDF.glob("*.pdf"))):
        shutil.copy(source, folder)
    return folder


def run_until_stored(folder: Path, db: Path, stored: int) -> int:
    """Run `ingest` and SIGKILL it once `stored` documents are reported stored; the count seen."""
    command = [str(BIN), "ingest", str(folder), "--db", str(db), "--jobs", "1"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    seen = 0
    assert process.stderr is not None
    for line in process.stderr:
        if " ingested " in line:
            seen += 1
            if seen >= stored:
                os.kill(process.pid, signal.SIGKILL)
                break
    process.wait(timeout=60)
    return seen


def test_batch_killed_mid_run_resumes_to_the_same_database(batch: Path, tmp_path: Path) -> None:
    reference = tmp_path / "reference.duckdb"
    assert ingest_paths(reference, [batch]).ok
    db = tmp_path / "killed.duckdb"
    assert run_until_stored(batch, db, stored=3) == 3
    with connect(db) as con:  # consistent after the kill: whole documents only
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        pages = con.execute("SELECT count(DISTINCT document_id) FROM pages").fetchone()[0]
        assert 3 <= stored < 10 and pages == stored
    rerun = subprocess.run([str(BIN), "ingest", str(batch), "--db", str(db), "--jobs", "1"],
                           capture_output=True, text=True, timeout=120)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.count(" unchanged ") == stored and rerun.stderr.count(" ingested ") == 10 - stored
    assert fingerprint(db) == fingerprint(reference)
