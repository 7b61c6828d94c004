"""Batch ingest: files → `SourceDocument` → `DocumentRecord` → knowledge base, one file at a time.

The per-file work (`process_path`: read, extract, validate) is a pure function of the path that
returns a picklable result and touches no database, so it can move to worker processes later
while this module stays the single writer. A file whose SHA-256 is already stored with the current
`EXTRACTOR_VERSION` is skipped without being parsed (unless `reprocess`). A file that fails for
any reason is recorded in `failures` (reason + traceback) and the batch goes on: one bad PDF
never costs the other 177 documents.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import duckdb

from ingest import UnreadableSource, iter_sources, read_source
from ingest.hashing import sha256_of
from kb.failures import Failure, record_failure
from kb.keys import document_id
from kb.migrations import connect
from kb.store import write_document
from schema.errors import RecordRejected
from schema.records import EXTRACTOR_VERSION, DocumentRecord, validate_record
from schema.source import SourceDocument
from schema.vocab import IssueSeverity


class Status(str, Enum):
    INGESTED = "ingested"  # new document
    REPLACED = "replaced"  # known document, facts replaced (new extractor version or --reprocess)
    UNCHANGED = "unchanged"  # known with this extractor version (or a duplicate in this batch): not parsed
    FAILED = "failed"


@dataclass(frozen=True)
class Extracted:
    """A file read and extracted, ready to be written."""

    path: str
    source: SourceDocument
    record: DocumentRecord
    seconds: float


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: Status
    document_id: str | None = None
    reason: str | None = None
    partial: bool = False  # stored, but an extract component failed (see extraction_issues)


@dataclass
class IngestSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status is status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status is Status.FAILED]

    @property
    def ok(self) -> bool:
        return not self.failed

    def counts(self) -> dict[str, int]:
        return {status.value: self.count(status) for status in Status}


Progress = Callable[[FileOutcome, int, int], None]
"""Called after each file with its outcome, the number of files done and the total."""


def _failure_reason(error: BaseException) -> str:
    if isinstance(error, UnreadableSource):
        return error.reason
    if isinstance(error, RecordRejected):
        return f"record rejected: {error.field}: {error.message}"
    return f"{type(error).__name__}: {error}"


def process_path(path: Path | str) -> Extracted | Failure:
    """Read, extract and validate one file; never raises (but on KeyboardInterrupt)."""
    # Imported here, not at module level: reading the knowledge base (show, partner, export)
    # must not load the extract components (spaCy, vocabularies) nor break while one is mid-edit.
    from extract.pipeline import extract_document

    started = time.perf_counter()
    sha: str | None = None
    try:
        source = read_source(path)
        sha = source.sha256
        record = validate_record(extract_document(source).record, source.name)
    except Exception as error:  # any failure of one file is recorded, the batch goes on
        return Failure(str(path), sha or _hash(Path(path)), _failure_reason(error), traceback.format_exc())
    return Extracted(str(path), source, record, time.perf_counter() - started)


def _stored_versions(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT sha256, extractor_version FROM documents").fetchall())


def _hash(path: Path) -> str | None:
    try:
        return sha256_of(path) if path.is_file() else None
    except OSError:
        return None  # the reader reports why


def ingest_into(
    con: duckdb.DuckDBPyConnection,
    paths: Iterable[Path | str],
    reprocess: bool = False,
    progress: Progress | None = None,
    process: Callable[[Path], Extracted | Failure] = process_path,
) -> IngestSummary:
    """Ingest every supported file under `paths` into an open knowledge base."""
    files = list(iter_sources(paths))
    stored = _stored_versions(con)
    seen_in_batch: dict[str, str] = {}
    summary = IngestSummary()
    for done, path in enumerate(files, start=1):
        outcome = _ingest_one(con, path, stored, seen_in_batch, reprocess, process)
        summary.outcomes.append(outcome)
        if progress is not None:
            progress(outcome, done, len(files))
    return summary


def _ingest_one(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    stored: dict[str, str],
    seen_in_batch: dict[str, str],
    reprocess: bool,
    process: Callable[[Path], Extracted | Failure],
) -> FileOutcome:
    sha = _hash(path)
    if sha is not None and sha in seen_in_batch:
        return FileOutcome(str(path), Status.UNCHANGED, document_id(sha), f"same content as {seen_in_batch[sha]}")
    if sha is not None and not reprocess and stored.get(sha) == EXTRACTOR_VERSION:
        seen_in_batch[sha] = str(path)
        return FileOutcome(str(path), Status.UNCHANGED, document_id(sha))
    result = process(path)
    if isinstance(result, Extracted):
        try:
            doc_id = write_document(con, result.source, result.record)
        except Exception as error:  # a record the database refuses is a failure of this file only
            result = Failure(str(path), result.source.sha256, f"cannot store: {_failure_reason(error)}",
                            traceback.format_exc())  # fmt: skip
        else:
            known = result.record.sha256 in stored
            stored[result.record.sha256] = result.record.extractor_version
            seen_in_batch[result.record.sha256] = str(path)
            partial = any(issue.severity is IssueSeverity.ERROR for issue in result.record.issues)
            return FileOutcome(str(path), Status.REPLACED if known else Status.INGESTED, doc_id, partial=partial)
    record_failure(con, result)
    return FileOutcome(str(path), Status.FAILED, None if result.sha256 is None else document_id(result.sha256),
                       result.reason)  # fmt: skip


def ingest_paths(
    db_path: Path | str,
    paths: Iterable[Path | str],
    reprocess: bool = False,
    progress: Progress | None = None,
    process: Callable[[Path], Extracted | Failure] = process_path,
) -> IngestSummary:
    """Open (or create) the knowledge base at `db_path` and ingest every file under `paths`.

    `process` is the per-file work (default `process_path`); a caller may swap in a parallel or
    cached version of it, the writing stays here.
    """
    con = connect(db_path)
    try:
        return ingest_into(con, paths, reprocess=reprocess, progress=progress, process=process)
    finally:
        con.close()
