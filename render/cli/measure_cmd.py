"""`besluitenbank measure`: extraction quality on a real corpus, re-runnable (not a test)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from extract.evaluation import Measurement, measure_tree
from render.cli.eval_cmd import scoreboard_json, scoreboard_table
from render.cli.main import app
from schema.scoring import Scoreboard


def _folder_table(results: dict[str, Measurement]) -> Table:
    table = Table(title="per folder (micro-F1)")
    for column in ("folder", "docs", "full F1", "partial F1", "TP", "FP", "FN"):
        table.add_column(column, justify="left" if column == "folder" else "right")
    for name, result in results.items():
        both = Scoreboard()
        both.merge(result.full)
        both.merge(result.partial)
        micro = both.micro()
        full = f"{result.full.micro().f1:.3f}" if result.full.fields else "-"
        partial = f"{result.partial.micro().f1:.3f}" if result.partial.fields else "-"
        table.add_row(name, str(len(result.documents)), full, partial, str(micro.tp), str(micro.fp), str(micro.fn))
    return table


@app.command("measure")
def measure_command(
    shared: Annotated[
        Path, typer.Argument(help="Folder holding `corpus-real/` and `spec/gold/real/` (the shared material).")
    ] = Path("../shared"),
    per_document: Annotated[bool, typer.Option("--per-document", help="Also list every document's micro-F1.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Extract the real development corpus and score it against its gold.

    Prints the per-field table for full-gold and for partial-gold documents apart, and a
    per-folder summary.

    Example: besluitenbank measure ../shared --per-document
    """
    corpus_root, gold_root = shared / "corpus-real", shared / "spec" / "gold" / "real"
    if not corpus_root.is_dir() or not gold_root.is_dir():
        typer.echo(f"error: {shared} has no corpus-real/ and spec/gold/real/ folders", err=True)
        raise typer.Exit(2)
    results = measure_tree(corpus_root, gold_root)
    total = Measurement()
    for result in results.values():
        total.merge(result)
    if as_json:
        payload = {
            "full": scoreboard_json(total.full),
            "partial": scoreboard_json(total.partial),
            "folders": {name: {"full": scoreboard_json(r.full)["micro"], "partial": scoreboard_json(r.partial)["micro"]} for name, r in results.items()},
            "documents": {source: scoreboard_json(board)["micro"] for source, board in sorted(total.documents.items())},
            "failures": total.failures,
        }
        typer.echo(json.dumps(payload, indent=1))
        return
    console = Console()
    console.print(scoreboard_table(total.full, "full-gold documents"))
    console.print(scoreboard_table(total.partial, "partial-gold documents"))
    console.print(_folder_table(results))
    if per_document:
        table = Table(title="per document")
        for column in ("source", "gold", "F1", "TP", "FP", "FN"):
            table.add_column(column, justify="left" if column == "source" else "right")
        for source, board in sorted(total.documents.items()):
            micro = board.micro()
            kind = "partial" if source in total.partial_sources else "full"
            table.add_row(source, kind, f"{micro.f1:.3f}", str(micro.tp), str(micro.fp), str(micro.fn))
        console.print(table)
    for source, reason in sorted(total.failures.items()):
        console.print(f"[red]failed[/red] {source}: {reason}")
