"""`besluitenbank ingest` and `besluitenbank failures`: fill the knowledge base, list what failed."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from kb import IngestSummary, Status, ingest_paths
from kb.batch import FileOutcome
from kb.failures import list_failures
from kb.workers import cpu_count
from render.cli.kb_access import open_kb
from render.cli.main import app
from render.cli.options import DEFAULT_DB, DbOption


OUTCOME_LABELS = {
    Status.INGESTED: "ingested (new)",
    Status.REPLACED: "ingested (facts replaced)",
    Status.UNCHANGED: "unchanged, skipped unparsed",
    Status.FAILED: "failed",
}


def summary_table(summary: IngestSummary) -> Table:
    """Files per outcome; the title gives the parsing rate (pages parsed / wall time of the batch)."""
    seconds = max(summary.seconds, 1e-9)
    table = Table(title=f"ingest summary ({summary.pages / seconds:.1f} pages/s)")
    table.add_column("outcome")
    table.add_column("files", justify="right")
    for status in Status:
        table.add_row(OUTCOME_LABELS[status], str(summary.count(status)))
    partial = sum(1 for outcome in summary.outcomes if outcome.partial)
    if partial:
        table.add_row("(stored with extractor errors)", str(partial))
    return table


class RateColumn(ProgressColumn):
    """Documents and pages per second since the start (pages are counted in the task's fields)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if elapsed <= 0:
            return Text("-- docs/s -- pages/s", style="progress.data.speed")
        docs, pages = task.completed / elapsed, task.fields.get("pages", 0) / elapsed
        return Text(f"{docs:.1f} docs/s {pages:.0f} pages/s", style="progress.data.speed")


def outcome_line(outcome: FileOutcome, done: int, total: int) -> str:
    """One plain line per file, for logs (stderr is not a terminal): written after the file is stored."""
    detail = f" ({outcome.pages} pages)" if outcome.pages else ""
    reason = f": {outcome.reason}" if outcome.reason else ""
    return f"[{done}/{total}] {outcome.status.value} {outcome.path}{detail}{reason}"


def failures_table(outcomes: list[FileOutcome]) -> Table:
    table = Table(title="failed files")
    table.add_column("file", overflow="fold")
    table.add_column("reason", overflow="fold")
    for outcome in outcomes:
        table.add_row(Text(outcome.path), Text(outcome.reason or ""))
    return table


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="PDF or text files, or folders (walked recursively).")],
    db: DbOption = DEFAULT_DB,
    reprocess: Annotated[
        bool, typer.Option("--reprocess", help="Re-extract files already stored with the current extractor version.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=0, help="Worker processes for the extraction (default: the number of "
                     "cores; 0: extract in this process)."),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Seconds one file may take before its worker is stopped (0: no limit).")
    ] = 600.0,
) -> None:
    """Read, extract and store PATHS; re-ingesting a file replaces its facts.

    Extraction runs in worker processes, this process alone writes; each document is stored in
    its own transaction, so an interrupted batch (even killed) is completed by running the same
    command again. Files already stored with the current extractor version are skipped without
    parsing (`--reprocess` re-extracts them). A file that fails is listed with its reason (also
    kept in the `failures` table, see `besluitenbank failures`) and the batch goes on; the exit
    code is 1 when any file failed. On a terminal a progress bar shows documents and pages per
    second and the time left; otherwise one line per file is written to stderr.

    Example: besluitenbank ingest corpus/seeds --db besluitenbank.duckdb --jobs 2
    """
    console = Console(stderr=True)
    workers = cpu_count() if jobs is None else jobs
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
        TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(), console=console, transient=True,
        disable=not console.is_terminal,
    ) as bar:  # fmt: skip
        task = bar.add_task("ingesting", total=None, pages=0)

        def progress(outcome: FileOutcome, done: int, total: int) -> None:
            pages = bar.tasks[0].fields.get("pages", 0) + outcome.pages
            bar.update(task, completed=done, total=total, description=Path(outcome.path).name[:24], pages=pages)
            if not console.is_terminal:
                console.print(outcome_line(outcome, done, total), markup=False, highlight=False, soft_wrap=True)

        try:
            summary = ingest_paths(db, paths, reprocess=reprocess, progress=progress, jobs=workers,
                                   timeout=timeout or None)  # fmt: skip
        except duckdb.Error as error:  # the file itself: locked by another process, not a database...
            typer.echo(f"error: cannot use the knowledge base {db}: {error}", err=True)
            raise typer.Exit(2) from None
    out = Console()
    out.print(summary_table(summary))
    out.print(f"{len(summary.outcomes)} files, {summary.pages} pages parsed in {summary.seconds:.1f} s")
    if summary.failed:
        out.print(failures_table(summary.failed))
        raise typer.Exit(1)


@app.command("failures")
def failures_command(
    db: DbOption = DEFAULT_DB,
    show_traceback: Annotated[bool, typer.Option("--traceback", help="Also print each failure's traceback.")] = False,
) -> None:
    """List the files whose last ingest failed and why (optionally with the traceback).

    Example: besluitenbank failures --db besluitenbank.duckdb
    """
    con = open_kb(db, read_only=True)
    try:
        failures = list_failures(con)
    finally:
        con.close()
    console = Console()
    if not failures:
        console.print("no recorded failures")
        return
    table = Table(title=f"{len(failures)} failed files")
    for column in ("file", "reason", "when"):
        table.add_column(column, overflow="fold")
    for failure in failures:
        when = failure.failed_at.isoformat(timespec="seconds") if failure.failed_at else ""
        table.add_row(Text(failure.path), Text(failure.reason), when)
    console.print(table)
    if show_traceback:
        for failure in failures:
            console.rule(Text(failure.path))
            console.print(failure.traceback or "(no traceback)", markup=False, highlight=False)
