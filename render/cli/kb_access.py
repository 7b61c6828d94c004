"""Opening the knowledge base from a command: create it for writing, refuse a missing one for reading."""

from __future__ import annotations

from pathlib import Path

import duckdb
import typer

from kb import connect


def open_for_reading(db: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection, or exit 2 with a hint when there is no knowledge base at `db`.

    Read commands must not silently create an empty database (a typo in `--db` would then
    report "no decisions" instead of the real problem).
    """
    if not db.is_file():
        typer.echo(f"error: no knowledge base at {db}: run `besluitenbank ingest PATH --db {db}` first", err=True)
        raise typer.Exit(2)
    try:
        return connect(db, read_only=True)
    except (RuntimeError, duckdb.Error) as error:
        typer.echo(f"error: cannot open {db}: {error}", err=True)
        raise typer.Exit(2) from None
