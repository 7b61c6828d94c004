"""One knowledge base for the query, xref and reference tests, built once per test session.

The seeds (text and PDF: each decision stored twice, as in `corpus/`) plus, when `../shared` is
present, three real documents whose Voorgeschiedenis or legal grounds describe earlier agreements
(Mechelen, Aalst). Ingested through the real pipeline into a temporary DuckDB file.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from conftest import CORPUS, SHARED

REAL_FILES = (
    "mechelen/gemeenteraad-20250127-46.txt",
    "aalst/aalst-21-2023_GR_00617.txt",
    "aalst/aalst-53-2023_GR_00611.txt",
)


def real_paths() -> list[Path]:
    paths = [SHARED / "corpus-real" / name for name in REAL_FILES]
    return [p for p in paths if p.is_file()]


@lru_cache(maxsize=1)
def built_kb() -> Path:
    """Path of the session's knowledge base (seeds + the real documents available)."""
    from kb import connect, ingest_into

    folder = Path(tempfile.mkdtemp(prefix="query-kb-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = folder / "kb.duckdb"
    con = connect(db)
    try:
        summary = ingest_into(con, [CORPUS / "seeds", *real_paths()])
        assert summary.ok, summary.failed
    finally:
        con.close()
    return db


def fresh_copy(tmp: Path) -> Path:
    """A private copy of the session knowledge base, for tests that write to it."""
    target = tmp / "kb.duckdb"
    shutil.copy(built_kb(), target)
    return target
