"""`besluitenbank bench-queries`: latency of partner, budget and search on a synthetic knowledge base."""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kb import connect
from kb.query_bench import bench_queries, build_synthetic_kb
from render.cli.main import app
from render.cli.options import JsonFlag

TARGET_MS = 50.0


@app.command("bench-queries")
def bench_queries_command(
    decisions: Annotated[int, typer.Option("--decisions", help="Decisions in the synthetic knowledge base.", min=10)] = 10_000,
    runs: Annotated[int, typer.Option("--runs", help="Queries timed per kind.", min=3)] = 30,
    keep: Annotated[Path | None, typer.Option("--keep", help="Write the synthetic knowledge base here (kept).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Latency of `partner`, `budget` and `search` on a synthetic knowledge base.

    Builds a knowledge base of DECISIONS decisions through the real store and reports the median
    and p95 latency of each query (target < 50 ms each).

    Example: besluitenbank bench-queries --decisions 10000
    """
    with tempfile.TemporaryDirectory(prefix="bench-queries-") as tmp:
        db = keep or Path(tmp) / "bench.duckdb"
        if db.exists():
            db.unlink()
        con = connect(db)
        started = time.perf_counter()
        with Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=Console(stderr=True), transient=True) as bar:  # fmt: skip
            task = bar.add_task("documents", total=None)
            written = build_synthetic_kb(con, decisions, progress=lambda done, total: bar.update(task, completed=done, total=total))
        build_seconds = time.perf_counter() - started
        refresh_seconds, timings = bench_queries(con, runs)
        con.close()
    if as_json:
        payload = {"decisions": written, "build_seconds": round(build_seconds, 1),
                   "refresh_seconds": round(refresh_seconds, 2), "target_ms": TARGET_MS,
                   "queries": [asdict(t) for t in timings]}  # fmt: skip
        typer.echo(json.dumps(payload, indent=1))
        return
    console = Console()
    console.print(f"{written} decisions written in {build_seconds:.1f} s; derived data refreshed in {refresh_seconds:.2f} s")
    table = Table(title=f"query latency ({runs} runs each, target < {TARGET_MS:.0f} ms)")
    for column in ("query", "median ms", "p95 ms", "max ms", ""):
        table.add_column(column, justify="left" if column == "query" else "right")
    for t in timings:
        verdict = "[green]ok[/green]" if t.median_ms < TARGET_MS else "[red]slow[/red]"
        table.add_row(t.query, f"{t.median_ms:.1f}", f"{t.p95_ms:.1f}", f"{t.max_ms:.1f}", verdict)
    console.print(table)
