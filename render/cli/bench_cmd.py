"""`besluitenbank bench`: ingestion speed, memory and accuracy on a generated corpus (not a test)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kb.ingest_bench import BenchResult, run_bench
from kb.workers import cpu_count
from render.cli.main import app


def bench_table(result: BenchResult) -> Table:
    table = Table(title=f"ingest benchmark: {result.documents} PDFs, {result.pages} pages, same run")
    for column in ("measure", "value", "ratio"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    table.add_row("baseline: bare pdfplumber extract_text", f"{result.baseline_pages_per_second:.1f} pages/s", "1.00x")
    table.add_row("pipeline, 1 worker", f"{result.one_worker_pages_per_second:.1f} pages/s",
                  f"{result.one_worker_vs_baseline:.2f}x baseline")  # fmt: skip
    table.add_row(f"pipeline, {result.jobs} workers", f"{result.n_workers_pages_per_second:.1f} pages/s",
                  f"{result.n_workers_vs_baseline:.2f}x baseline, {result.n_workers_vs_one:.2f}x 1 worker")  # fmt: skip
    table.add_row("worker start-up (once, not in the runs)", f"{result.worker_start_seconds:.1f} s", "")
    table.add_row("unchanged re-run", f"{result.rerun_seconds:.2f} s",
                  f"{result.rerun_share:.1%} of the first run")  # fmt: skip
    table.add_row("CPU per page: baseline / workers / writer",
                  f"{result.baseline_cpu_ms_per_page:.1f} / {result.worker_cpu_ms_per_page:.1f} / "
                  f"{result.writer_cpu_ms_per_page:.1f} ms",
                  f"baseline / workers: {result.baseline_cpu_ms_per_page / max(result.worker_cpu_ms_per_page, 1e-9):.2f}x")  # fmt: skip
    table.add_row("peak RSS: writer / largest worker",
                  f"{result.peak_rss_writer_mib:.0f} / {result.peak_rss_worker_mib:.0f} MiB", "")  # fmt: skip
    table.add_row("eval micro-F1 against the gold", f"{result.f1:.4f}", "")
    table.add_row("failed files", str(result.failed), "")
    return table


@app.command("bench")
def bench_command(
    corpus: Annotated[
        Path | None,
        typer.Argument(help="Corpus folder with `pdf/` and `gold/` (as `besluitenbank synth` writes); "
                       "generated into --work when left out."),
    ] = None,
    docs: Annotated[int, typer.Option("--docs", "-n", min=1, help="Documents to generate when no CORPUS is given.")] = 180,
    seed: Annotated[int, typer.Option("--seed", "-s", help="Seed of the generated corpus.")] = 1,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Workers of the parallel run (default: cores).")] = 0,
    work: Annotated[Path, typer.Option("--work", help="Folder for the generated corpus and scratch databases.")] = Path(
        "bench-work"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON instead of a table.")] = False,
) -> None:
    """Measure ingestion speed, memory and accuracy on a synthetic corpus.

    Pages/s of bare pdfplumber (the baseline), of the full pipeline with 1 and with N workers and
    of an unchanged re-run, peak memory and the eval F1: all from one run on the same files.

    Example (about 2,000 pages, a few minutes): besluitenbank bench --docs 180 --seed 1 --jobs 2

    Example on an existing corpus: besluitenbank synth out/synth --docs 180 && besluitenbank bench out/synth --json
    """
    console = Console(stderr=True)
    if corpus is None:
        from render.synth.corpus import write_corpus

        corpus = work / f"synth-{docs}-{seed}"
        if not (corpus / "pdf").is_dir() or len(list((corpus / "pdf").glob("*.pdf"))) != docs:
            console.print(f"generating {docs} documents into {corpus} ...")
            summary = write_corpus(corpus, docs, seed)
            console.print(f"{summary.documents} documents, {summary.pages} pages")
    if not (corpus / "pdf").is_dir() or not (corpus / "gold").is_dir():
        typer.echo(f"error: {corpus} has no pdf/ and gold/ folders (see besluitenbank synth)", err=True)
        raise typer.Exit(2)
    work.mkdir(parents=True, exist_ok=True)
    result = run_bench(corpus, jobs or cpu_count(), work, log=lambda line: console.print(line, markup=False))
    if as_json:
        typer.echo(json.dumps(result.to_json(), indent=1))
    else:
        Console().print(bench_table(result))
