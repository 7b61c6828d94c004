"""`besluitenbank export`: the knowledge base as contract JSON files."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kb import export_json
from render.cli.kb_access import open_kb
from render.cli.main import app
from render.cli.options import DEFAULT_DB, DbOption


class ExportFormat(str, Enum):
    JSON = "json"


@app.command("export")
def export_command(
    out_dir: Annotated[Path, typer.Argument(help="Folder for one `<source>.json` per stored document.")],
    export_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format (the JSON contract `besluitenbank/1`).")
    ] = ExportFormat.JSON,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write every stored document to OUT_DIR as contract JSON, ready for eval.

    One `<source>.json` per document in the export format, as `besluitenbank eval` reads it.

    Example: besluitenbank export --format json out/export --db besluitenbank.duckdb
    """
    con = open_kb(db, read_only=True)
    try:
        summary = export_json(con, out_dir)
    finally:
        con.close()
    typer.echo(f"{len(summary.written)} documents written to {out_dir} ({export_format.value})")
    for name in summary.duplicates:
        typer.echo(f"warning: another stored document is also called {name}; only one was exported", err=True)
