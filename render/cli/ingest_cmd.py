"""`besluitenbank ingest` and `besluitenbank failures`: fill the knowledge base, list what failed."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from kb import IngestSummary, Status, ingest_paths
from kb.batch import FileOutcome
from kb.failures import list_failures
from render.cli.kb_access import open_for_reading
from render.cli.main import app
from render.cli.options import DEFAULT_DB, DbOption


def summary_table(summary: IngestSummary) -> Table:
    table = Table(title="ingest summary")
    table.add_column("outcome")
    table.add_column("files", justify="right")
    for status in Status:
        table.add_row(status.value, str(summary.count(status)))
    partial = sum(1 for outcome in summary.outcomes if outcome.partial)
    if partial:
        table.add_row("(stored with extractor errors)", str(partial))
    return table


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
) -> None:
    """Read, extract and store PATHS in the knowledge base; re-ingesting a file replaces its facts.

    Files already stored with the current extractor version are skipped without parsing. A file
    that fails is listed with its reason (also kept in the `failures` table) and the batch goes on;
    the exit code is 1 when any file failed.

    Example: besluitenbank ingest corpus/seeds/txt --db besluitenbank.duckdb
    """
    console = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=console, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("ingesting", total=None)

        def progress(outcome: FileOutcome, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=Path(outcome.path).name[:40])

        try:
            summary = ingest_paths(db, paths, reprocess=reprocess, progress=progress)
        except duckdb.Error as error:  # the file itself: locked by another process, not a database...
            typer.echo(f"error: cannot use the knowledge base {db}: {error}", err=True)
            raise typer.Exit(2) from None
    out = Console()
    out.print(summary_table(summary))
    if summary.failed:
        out.print(failures_table(summary.failed))
        raise typer.Exit(1)


@app.command("failures")
def failures_command(
    db: DbOption = DEFAULT_DB,
    show_traceback: Annotated[bool, typer.Option("--traceback", help="Also print each failure's traceback.")] = False,
) -> None:
    """List the files whose last ingest failed, with the reason (and optionally the traceback).

    Example: besluitenbank failures --db besluitenbank.duckdb
    """
    con = open_for_reading(db)
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
