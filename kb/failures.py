"""The `failures` table: files an ingest could not read, extract, validate or store.

One row per path, holding the latest failure: a file that keeps failing does not pile up rows,
and a file that ingests again clears its row (`kb.store.write_document`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from kb.db import transaction
from schema.records import EXTRACTOR_VERSION


@dataclass(frozen=True)
class Failure:
    path: str
    sha256: str | None
    reason: str
    traceback: str | None = None
    extractor_version: str = EXTRACTOR_VERSION
    failed_at: dt.datetime | None = None


def record_failure(con: duckdb.DuckDBPyConnection, failure: Failure) -> None:
    """Store a failure, replacing an earlier one of the same path, in one transaction."""
    with transaction(con):
        con.execute("DELETE FROM failures WHERE path = ?", [failure.path])
        con.execute(
            "INSERT INTO failures (path, sha256, reason, traceback, extractor_version, failed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [failure.path, failure.sha256, failure.reason, failure.traceback, failure.extractor_version,
             failure.failed_at or dt.datetime.now()],
        )  # fmt: skip


def list_failures(con: duckdb.DuckDBPyConnection) -> list[Failure]:
    """Recorded failures, most recent first."""
    rows = con.execute(
        "SELECT path, sha256, reason, traceback, extractor_version, failed_at FROM failures"
        " ORDER BY failed_at DESC, path"
    ).fetchall()
    return [Failure(*row) for row in rows]
