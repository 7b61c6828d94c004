"""Batch ingest: files → `SourceDocument` → `DocumentRecord` → knowledge base, unattended and resumable.

The per-file work (`prepare_path`: read, extract, validate, render the rows as SQL) is a pure
function of the path that returns a picklable result and touches no database; it runs in worker
processes (`kb.workers`, `jobs` of them) or, with `jobs=0`, in this process. This module is the
single writer: each result is stored in one transaction of its own (`kb.batch_write`), as soon
as it arrives, so a batch killed at any moment (even SIGKILL) leaves only whole documents, and
running it again picks up where it stopped.

Incremental: a file whose SHA-256 is already stored with the current `EXTRACTOR_VERSION` is
skipped without being parsed (unless `reprocess`); a file whose facts came from another version
is re-extracted and its facts replaced. A file that fails for any reason (unreadable, an
exception anywhere, a crashed or hung worker, a row the database refuses) is recorded in
`failures` with reason and traceback, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import duckdb

from ingest import UnreadableSource, iter_sources, read_source
from ingest.hashing import sha256_of
from kb.batch_sql import PreparedDocument, rows_to_prepared
from kb.batch_write import WriterState, write_group, write_prepared
from kb.failures import Failure, record_failure
from kb.keys import document_id
from kb.migrations import connect
from kb.rows import record_to_rows
from kb.workers import WorkerLost, WorkerPool
from schema.errors import RecordRejected
from schema.records import EXTRACTOR_VERSION, DocumentRecord
from schema.source import SourceDocument


class Status(str, Enum):
    INGESTED = "ingested"  # new document
    REPLACED = "replaced"  # known document, facts replaced (new extractor version or --reprocess)
    UNCHANGED = "unchanged"  # known with this extractor version (or a duplicate in this batch): not parsed
    FAILED = "failed"


@dataclass(frozen=True)
class Extracted:
    """A file read and extracted, ready to be written (the in-process result of `process_path`)."""

    path: str
    source: SourceDocument
    record: DocumentRecord
    seconds: float


@dataclass(frozen=True)
class Prepared:
    """A file read, extracted and rendered as the writer's statements (the result of `prepare_path`)."""

    path: str
    document: PreparedDocument
    seconds: float


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: Status
    document_id: str | None = None
    reason: str | None = None
    partial: bool = False  # stored, but an extract component failed (see extraction_issues)
    pages: int = 0  # pages read (0 when the file was not parsed)


@dataclass
class IngestSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    seconds: float = 0.0
    peak_worker_rss_kib: int = 0  # largest worker's peak resident memory (0: no worker processes)
    worker_cpu_seconds: float = 0.0  # CPU time the workers spent (0: no worker processes)

    def count(self, status: Status) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status is status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status is Status.FAILED]

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def pages(self) -> int:
        return sum(outcome.pages for outcome in self.outcomes)

    def counts(self) -> dict[str, int]:
        return {status.value: self.count(status) for status in Status}


Progress = Callable[[FileOutcome, int, int], None]
"""Called after each file with its outcome, the number of files done and the total."""

Process = Callable[[Path], "Extracted | Prepared | Failure"]


def _failure_reason(error: BaseException) -> str:
    if isinstance(error, UnreadableSource):
        return error.reason
    if isinstance(error, RecordRejected):
        return f"record rejected: {error.field}: {error.message}"
    return f"{type(error).__name__}: {error}"


def process_path(path: Path | str) -> Extracted | Failure:
    """Read, extract and validate one file; never raises (but on KeyboardInterrupt)."""
    # Imported here, not at module level: only the per-file work needs the whole extraction
    # pipeline (every component and vocabulary); reading the knowledge base does not load it.
    from extract.pipeline import extract_document

    started = time.perf_counter()
    sha: str | None = None
    try:
        source = read_source(path)
        sha = source.sha256
        record = extract_document(source).record  # validated by the pipeline's last step
    except Exception as error:  # any failure of one file is recorded, the batch goes on
        return Failure(str(path), sha or _hash(Path(path)), _failure_reason(error), traceback.format_exc())
    return Extracted(str(path), source, record, time.perf_counter() - started)


def extracted_to_prepared(extracted: Extracted, ingested_at: dt.datetime | None = None) -> Prepared:
    rows = record_to_rows(extracted.source, extracted.record, ingested_at or dt.datetime.now())
    return Prepared(extracted.path, rows_to_prepared(rows), extracted.seconds)


def prepare_path(path: Path | str) -> Prepared | Failure:
    """`process_path` plus the rendering of the rows: the whole per-file work of a worker."""
    result = process_path(path)
    if isinstance(result, Failure):
        return result
    try:
        return extracted_to_prepared(result)
    except Exception as error:  # a record the rows cannot hold is a failure of this file only
        return Failure(str(path), result.source.sha256, f"cannot store: {_failure_reason(error)}",
                       traceback.format_exc())  # fmt: skip


def warm_up() -> None:
    """Load the extract components once per worker (spaCy, vocabularies), before the first file."""
    import extract.pipeline  # noqa: F401


def _stored_versions(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("SELECT sha256, extractor_version FROM documents").fetchall())


def _hash(path: Path) -> str | None:
    try:
        return sha256_of(path) if path.is_file() else None
    except OSError:
        return None  # the reader reports why


@dataclass
class _Plan:
    """What a batch has to do: files to parse, and outcomes already known without parsing."""

    to_parse: list[Path] = field(default_factory=list)
    known: list[FileOutcome] = field(default_factory=list)
    hashes: dict[str, str | None] = field(default_factory=dict)


def plan_batch(files: list[Path], stored: dict[str, str], reprocess: bool) -> _Plan:
    """Hash every file; skip those stored with this extractor version and repeated contents."""
    plan = _Plan()
    first_path: dict[str, str] = {}
    for path in files:
        sha = plan.hashes[str(path)] = _hash(path)
        if sha is not None and sha in first_path:
            plan.known.append(FileOutcome(str(path), Status.UNCHANGED, document_id(sha),
                                          f"same content as {first_path[sha]}"))  # fmt: skip
            continue
        if sha is not None:
            first_path[sha] = str(path)
        if sha is not None and not reprocess and stored.get(sha) == EXTRACTOR_VERSION:
            plan.known.append(FileOutcome(str(path), Status.UNCHANGED, document_id(sha)))
        else:
            plan.to_parse.append(path)
    return plan


def _write(
    con: duckdb.DuckDBPyConnection, path: Path, result: object, sha: str | None, state: WriterState
) -> FileOutcome:
    """Store one file's result (or record its failure) and say what happened."""
    if isinstance(result, WorkerLost):
        result = Failure(str(path), sha, result.reason, None)
    if isinstance(result, Extracted):
        result = extracted_to_prepared(result)
    if isinstance(result, Prepared):
        prepared = result.document
        try:
            replaced = write_prepared(con, prepared, state)
        except Exception as error:  # a record the database refuses is a failure of this file only
            result = Failure(str(path), prepared.sha256, f"cannot store: {_failure_reason(error)}",
                             traceback.format_exc())  # fmt: skip
        else:
            status = Status.REPLACED if replaced else Status.INGESTED
            return FileOutcome(str(path), status, prepared.document_id, partial=prepared.partial,
                               pages=prepared.page_count)  # fmt: skip
    if not isinstance(result, Failure):
        result = Failure(str(path), sha, f"unexpected result {type(result).__name__}", None)
    record_failure(con, result)
    state.failed.update(value for value in (result.path, result.sha256) if value)
    return FileOutcome(str(path), Status.FAILED, None if result.sha256 is None else document_id(result.sha256),
                       result.reason)  # fmt: skip


GROUP_DOCUMENTS = 8
"""Documents stored per transaction by the parallel writer (group commit, see `kb.batch_write`)."""
GROUP_SECONDS = 2.0
"""A group is stored at the latest this long after its first document arrived (progress stays live)."""


class _Group:
    """Prepared documents waiting to be stored together, written all-or-nothing as one group.

    A group that the database refuses is rolled back whole and its documents are written one by
    one (`_write`), so one bad document still fails alone and the others are stored.
    """

    def __init__(
        self, con: duckdb.DuckDBPyConnection, state: WriterState, report: Callable[[FileOutcome], None],
        hashes: dict[str, str | None],
    ) -> None:  # fmt: skip
        self.con, self.state, self.report, self.hashes = con, state, report, hashes
        self.pending: list[tuple[Path, Prepared]] = []
        self.opened = 0.0

    def add(self, path: Path, prepared: Prepared) -> None:
        if not self.pending:
            self.opened = time.perf_counter()
        self.pending.append((path, prepared))
        if len(self.pending) >= GROUP_DOCUMENTS or time.perf_counter() - self.opened >= GROUP_SECONDS:
            self.flush()

    def flush(self) -> None:
        pending, self.pending = self.pending, []
        if not pending:
            return
        try:
            replaced = write_group(self.con, [prepared.document for _, prepared in pending], self.state)
        except Exception:  # find the culprit: each document on its own
            for path, prepared in pending:
                self.report(_write(self.con, path, prepared, self.hashes.get(str(path)), self.state))
            return
        for (path, prepared), was_stored in zip(pending, replaced, strict=True):
            document = prepared.document
            status = Status.REPLACED if was_stored else Status.INGESTED
            self.report(FileOutcome(str(path), status, document.document_id, partial=document.partial,
                                    pages=document.page_count))  # fmt: skip


@contextmanager
def _writer_settings(con: duckdb.DuckDBPyConnection, state: WriterState) -> Iterator[None]:
    """DuckDB tuned for the writer while workers run, restored afterwards.

    One thread: small inserts gain nothing from a second one, which would only take CPU from the
    workers (22 instead of 29 ms of CPU a document). No optimizer: a literal INSERT has nothing
    to optimise and its passes cost a fifth of the writer's time (18 instead of 23 ms); it is
    switched back on around the deletes of a replaced document (`kb.batch_write`).
    """
    threads = con.execute("SELECT current_setting('threads')").fetchone()
    con.execute("SET threads TO 1")
    con.execute("PRAGMA disable_optimizer")
    state.optimizer_off = True
    try:
        yield
    finally:
        state.optimizer_off = False
        con.execute("PRAGMA enable_optimizer")
        if threads:
            con.execute(f"SET threads TO {int(threads[0])}")


def ingest_into(
    con: duckdb.DuckDBPyConnection,
    paths: Iterable[Path | str],
    reprocess: bool = False,
    progress: Progress | None = None,
    process: Process | None = None,
    jobs: int = 0,
    timeout: float | None = None,
) -> IngestSummary:
    """Ingest every supported file under `paths` into an open knowledge base.

    `jobs` worker processes do the per-file work (0: this process does, one file at a time);
    `process` replaces the per-file work (it then runs in this process); `timeout` (seconds)
    stops a worker stuck on one file and records that file as failed.
    """
    started = time.perf_counter()
    files = list(iter_sources(paths))
    plan = plan_batch(files, _stored_versions(con), reprocess)
    summary = IngestSummary()

    def report(outcome: FileOutcome) -> None:
        summary.outcomes.append(outcome)
        if progress is not None:
            progress(outcome, len(summary.outcomes), len(files))

    for outcome in plan.known:
        report(outcome)
    state = WriterState.load(con) if plan.to_parse else WriterState()
    if jobs > 0 and process is None and plan.to_parse:
        with WorkerPool(jobs, "kb.batch:prepare_path", "kb.batch:warm_up", timeout=timeout) as pool, \
                _writer_settings(con, state):  # fmt: skip
            group = _Group(con, state, report, plan.hashes)
            for path, result in pool.map_unordered(plan.to_parse):
                if isinstance(result, Prepared):
                    group.add(Path(path), result)
                else:
                    report(_write(con, path, result, plan.hashes.get(str(path)), state))
            group.flush()
            pool.close()
            summary.peak_worker_rss_kib, summary.worker_cpu_seconds = pool.peak_rss_kib, pool.cpu_seconds
    else:
        work = process or prepare_path
        for path in plan.to_parse:
            report(_write(con, path, work(path), plan.hashes.get(str(path)), state))
    summary.seconds = time.perf_counter() - started
    return summary


def ingest_paths(
    db_path: Path | str,
    paths: Iterable[Path | str],
    reprocess: bool = False,
    progress: Progress | None = None,
    process: Process | None = None,
    jobs: int = 0,
    timeout: float | None = None,
) -> IngestSummary:
    """Open (or create) the knowledge base at `db_path` and ingest every file under `paths`.

    See `ingest_into` for `jobs`, `process` and `timeout`; the writing always stays here.
    """
    con = connect(db_path)
    try:
        return ingest_into(con, paths, reprocess=reprocess, progress=progress, process=process, jobs=jobs,
                           timeout=timeout)  # fmt: skip
    finally:
        con.close()
