"""`besluitenbank extract`: run ingest + extract and write contract JSON, without a knowledge base."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from extract.pipeline import extract_document
from ingest import UnreadableSource, iter_sources, read_source
from render.cli.main import app
from schema.errors import RecordRejected
from schema.export import record_to_contract


@app.command("extract")
def extract_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for one `<source>.json` per document.")],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only report failures.")] = False,
) -> None:
    """Extract PATHS straight to export-format JSON files, without a knowledge base.

    Handy to debug extraction rules: extract, then score against the gold with `besluitenbank eval`.

    Example: besluitenbank extract corpus/seeds --out /tmp/pred && besluitenbank eval corpus/gold/seeds /tmp/pred
    """
    out.mkdir(parents=True, exist_ok=True)
    failures = 0
    for path in iter_sources(paths):
        try:
            result = extract_document(read_source(path))
        except (UnreadableSource, RecordRejected) as error:
            failures += 1
            typer.echo(f"failed: {error}", err=True)
            continue
        target = out / f"{result.record.source}.json"
        target.write_text(json.dumps(record_to_contract(result.record), ensure_ascii=False, indent=1), encoding="utf-8")
        if not quiet:
            typer.echo(f"{path} -> {target}")
    if failures:
        raise typer.Exit(1)
