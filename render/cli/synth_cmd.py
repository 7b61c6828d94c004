"""`besluitenbank synth`: a synthetic corpus of council minutes (PDF) with its gold, for benchmarks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from render.cli.main import app
from render.synth.corpus import write_corpus


@app.command("synth")
def synth_command(
    out_dir: Annotated[Path, typer.Argument(help="Folder for `pdf/` (the documents) and `gold/` (one JSON per PDF).")],
    docs: Annotated[int, typer.Option("--docs", "-n", min=1, help="Number of documents (each 5-25 agenda items).")] = 10,
    seed: Annotated[int, typer.Option("--seed", "-s", help="Random seed: the same seed gives byte-identical files.")] = 0,
) -> None:
    """Generate N gemeenteraad minutes as PDFs, with gold in the export format.

    Each has 5-25 agenda items. Fictitious municipalities, persons and organisations; attendance lists, agenda items with
    Voorgeschiedenis, amounts, ruled budget tables with wrapping codes, payment schedules, votes
    and articles. The gold is written from the same data the PDFs are typeset from.

    Example: besluitenbank synth out/synth --docs 20 --seed 1

    Then: besluitenbank extract out/synth/pdf -q --out out/synth-pred && besluitenbank eval out/synth/gold out/synth-pred
    """
    console = Console(stderr=True)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=console, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("generating", total=docs)

        def progress(done: int, pages: int) -> None:
            bar.update(task, completed=done, description=f"generating ({pages} pages)")

        summary = write_corpus(out_dir, docs, seed, progress=progress)
    typer.echo(
        f"{summary.documents} documents, {summary.pages} pages, {summary.decisions} decisions written to {out_dir} "
        f"in {summary.seconds:.1f} s ({summary.pages_per_second:.0f} pages/s)"
    )
