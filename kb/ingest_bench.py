"""The ingestion benchmark: pipeline speed against bare pdfplumber on the same corpus, in one run.

Not a test (it takes minutes): `besluitenbank bench` runs it and prints one table. Everything is
measured in the same process run on the same files, so the ratios hold whatever the machine:

- baseline: pages/s of bare pdfplumber `extract_text` over every page (one process);
- the full pipeline (read, extract, validate, write to a fresh knowledge base) with 1 worker and
  with N workers, pages/s and the ratio to the baseline and to 1 worker. The workers' fork server
  (which imports spaCy and the extractors once) is started before both runs and its start-up
  reported apart, so both runs are measured the same way;
- an unchanged re-run of the same batch (everything skipped unparsed), its time and its share of
  the first run;
- peak resident memory of the writer process and of the largest worker;
- CPU milliseconds per page of the workers and of the writer (N-worker run): unlike pages/s,
  these do not depend on what else the machine runs;
- the micro-F1 of the knowledge base (exported to the contract JSON) against the corpus gold.

The corpus is a folder with `pdf/` and `gold/` as `besluitenbank synth` writes it.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import pdfplumber

from kb.batch import IngestSummary, ingest_paths
from kb.export import export_json
from kb.migrations import connect
from kb.workers import WorkerPool
from schema.scoring import score_documents
from schema.scoring.files import load_pairs

Log = Callable[[str], None]


@dataclass(frozen=True)
class BenchResult:
    documents: int
    pages: int
    jobs: int
    worker_start_seconds: float
    baseline_seconds: float
    one_worker_seconds: float
    n_workers_seconds: float
    rerun_seconds: float
    baseline_cpu_ms_per_page: float  # load-independent: CPU of bare pdfplumber per page
    worker_cpu_ms_per_page: float  # load-independent: CPU the workers spent per page (N-worker run)
    writer_cpu_ms_per_page: float  # load-independent: CPU this process (the writer) spent per page
    peak_rss_writer_mib: float
    peak_rss_worker_mib: float
    f1: float
    failed: int

    @property
    def baseline_pages_per_second(self) -> float:
        return self.pages / self.baseline_seconds

    @property
    def one_worker_pages_per_second(self) -> float:
        return self.pages / self.one_worker_seconds

    @property
    def n_workers_pages_per_second(self) -> float:
        return self.pages / self.n_workers_seconds

    @property
    def one_worker_vs_baseline(self) -> float:
        return self.one_worker_pages_per_second / self.baseline_pages_per_second

    @property
    def n_workers_vs_baseline(self) -> float:
        return self.n_workers_pages_per_second / self.baseline_pages_per_second

    @property
    def n_workers_vs_one(self) -> float:
        return self.n_workers_pages_per_second / self.one_worker_pages_per_second

    @property
    def rerun_share(self) -> float:
        return self.rerun_seconds / self.n_workers_seconds

    def to_json(self) -> dict[str, float | int]:
        derived = ("baseline_pages_per_second", "one_worker_pages_per_second", "n_workers_pages_per_second",
                   "one_worker_vs_baseline", "n_workers_vs_baseline", "n_workers_vs_one", "rerun_share")  # fmt: skip
        return {**asdict(self), **{name: round(getattr(self, name), 4) for name in derived}}


def bare_pdfplumber_seconds(pdfs: list[Path]) -> tuple[float, float, int]:
    """Wall and CPU time of pdfplumber's `extract_text` on every page (the baseline), and the pages."""
    started, cpu, pages = time.perf_counter(), time.process_time(), 0
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    return time.perf_counter() - started, time.process_time() - cpu, pages


def _peak_rss_mib(who: int) -> float:
    """Peak resident set size (ru_maxrss is in KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _ingest(db: Path, pdf_dir: Path, jobs: int, log: Log, label: str) -> tuple[IngestSummary, float]:
    """One timed ingest, and the CPU seconds this (writer) process spent on it."""
    cpu = time.process_time()
    summary = ingest_paths(db, [pdf_dir], jobs=jobs)
    writer_cpu = time.process_time() - cpu
    log(f"{label}: {summary.pages} pages in {summary.seconds:.1f} s, {len(summary.failed)} failed; CPU: workers "
        f"{summary.worker_cpu_seconds:.1f} s, writer {writer_cpu:.1f} s")
    return summary, writer_cpu


def knowledge_base_f1(db: Path, gold_dir: Path, out_dir: Path) -> float:
    """Micro-F1 of the stored records (exported as contract JSON) against the gold."""
    with connect(db, read_only=True) as con:
        export_json(con, out_dir)
    total, _ = score_documents(load_pairs(gold_dir, out_dir))
    return total.micro().f1


def run_bench(corpus: Path, jobs: int, work_dir: Path | None = None, log: Log = lambda _: None) -> BenchResult:
    """Run every measurement on `corpus` (`pdf/` + `gold/`) with 1 and `jobs` workers."""
    pdf_dir, gold_dir = corpus / "pdf", corpus / "gold"
    pdfs = sorted(pdf_dir.glob("*.pdf"))
    with tempfile.TemporaryDirectory(prefix="besluitenbank-bench-", dir=work_dir) as scratch:
        root = Path(scratch)
        started = time.perf_counter()
        with WorkerPool(1, "kb.batch:prepare_path", "kb.batch:warm_up"):
            pass  # the fork server imports the extractors once, before either timed run
        worker_start = time.perf_counter() - started
        log(f"worker start-up (fork server importing the extractors): {worker_start:.1f} s")
        one, _ = _ingest(root / "one.duckdb", pdf_dir, 1, log, "pipeline, 1 worker")
        many, writer_cpu = _ingest(root / "many.duckdb", pdf_dir, jobs, log, f"pipeline, {jobs} workers")
        rerun, _ = _ingest(root / "many.duckdb", pdf_dir, jobs, log, "unchanged re-run")
        peak_writer = _peak_rss_mib(resource.RUSAGE_SELF)
        peak_worker = max(one.peak_worker_rss_kib, many.peak_worker_rss_kib) / 1024
        f1 = knowledge_base_f1(root / "many.duckdb", gold_dir, root / "export")
        log(f"eval micro-F1 against {gold_dir}: {f1:.4f}")
    baseline, baseline_cpu, pages = bare_pdfplumber_seconds(pdfs)
    log(f"baseline: bare pdfplumber extract_text, {pages} pages in {baseline:.1f} s")
    return BenchResult(
        documents=len(pdfs), pages=pages, jobs=jobs, worker_start_seconds=worker_start, baseline_seconds=baseline,
        one_worker_seconds=one.seconds, n_workers_seconds=many.seconds, rerun_seconds=rerun.seconds,
        baseline_cpu_ms_per_page=baseline_cpu / max(pages, 1) * 1000,
        worker_cpu_ms_per_page=many.worker_cpu_seconds / max(pages, 1) * 1000,
        writer_cpu_ms_per_page=writer_cpu / max(pages, 1) * 1000,
        peak_rss_writer_mib=peak_writer, peak_rss_worker_mib=peak_worker, f1=f1,
        failed=len(one.failed) + len(many.failed),
    )  # fmt: skip
