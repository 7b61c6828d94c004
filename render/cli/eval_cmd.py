"""`besluitenbank eval`: score exported predictions against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from render.cli.main import app
from schema.scoring import Scoreboard, score_documents
from schema.scoring.files import ScoringInputError, load_pairs


def scoreboard_table(board: Scoreboard, title: str) -> Table:
    table = Table(title=title, show_lines=False)
    for column in ("field", "P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name in sorted(board.fields):
        t = board.fields[name]
        table.add_row(name, f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}", str(t.tp), str(t.fp), str(t.fn))
    micro = board.micro()
    table.add_section()
    table.add_row(
        "[bold]micro average[/bold]", f"{micro.precision:.3f}", f"{micro.recall:.3f}", f"[bold]{micro.f1:.3f}[/bold]",
        str(micro.tp), str(micro.fp), str(micro.fn),
    )  # fmt: skip
    return table


def scoreboard_json(board: Scoreboard) -> dict[str, object]:
    def row(t: object) -> dict[str, object]:
        return {k: getattr(t, k) for k in ("precision", "recall", "f1", "tp", "fp", "fn")}

    return {"fields": {name: row(t) for name, t in sorted(board.fields.items())}, "micro": row(board.micro())}


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files (searched recursively).")],
    pred_dir: Annotated[Path, typer.Argument(help="Folder of exported predictions (`besluitenbank export`).")],
    per_document: Annotated[bool, typer.Option("--per-document", help="Also print each document's micro-F1.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    fail_under: Annotated[
        float | None, typer.Option("--fail-under", help="Exit 1 when the micro-F1 is below this value.")
    ] = None,
) -> None:
    """Score PRED_DIR against GOLD_DIR: precision, recall and F1 per field and overall.

    Prints each field's scores and their micro average.

    Example: besluitenbank eval corpus/gold/seeds/txt out/export
    """
    try:
        pairs = load_pairs(gold_dir, pred_dir)
    except ScoringInputError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    total, per_doc = score_documents(pairs)
    missing = [gold["source"] for gold, pred in pairs if pred is None]
    if as_json:
        payload = scoreboard_json(total)
        payload["documents"] = {source: scoreboard_json(board)["micro"] for source, board in per_doc.items()}
        payload["missing_predictions"] = missing
        typer.echo(json.dumps(payload, indent=1))
    else:
        console = Console()
        console.print(scoreboard_table(total, f"{len(pairs)} documents: {gold_dir} vs {pred_dir}"))
        if per_document:
            table = Table(title="per document")
            for column in ("source", "F1", "TP", "FP", "FN"):
                table.add_column(column, justify="left" if column == "source" else "right")
            for source, board in sorted(per_doc.items()):
                m = board.micro()
                table.add_row(source, f"{m.f1:.3f}", str(m.tp), str(m.fp), str(m.fn))
            console.print(table)
        if missing:
            console.print(f"[yellow]{len(missing)} gold documents have no prediction:[/yellow] {', '.join(missing[:10])}")
    if fail_under is not None and total.micro().f1 < fail_under:
        raise typer.Exit(1)
