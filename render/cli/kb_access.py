"""Opening an existing knowledge base from a command, with the same errors everywhere."""

from __future__ import annotations

from pathlib import Path

import duckdb
import typer

from kb import connect


def open_kb(db: Path, *, read_only: bool = False, read_only_when_locked: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the knowledge base at `db`, or exit 2 with a hint when there is none.

    Commands that read must not silently create an empty database (a typo in `--db` would then
    report "no decisions" instead of the real problem). Writable by default, so an older database
    is migrated and stale derived data rebuilt; `read_only_when_locked` falls back to a read-only
    connection when another process holds the file (a query then reads what is stored).
    """
    if not db.is_file():
        typer.echo(f"error: no knowledge base at {db}: run `besluitenbank ingest PATH --db {db}` first", err=True)
        raise typer.Exit(2)
    try:
        try:
            return connect(db, read_only=read_only)
        except duckdb.IOException:
            if read_only or not read_only_when_locked:
                raise
            return connect(db, read_only=True)
    except (RuntimeError, duckdb.Error) as error:
        typer.echo(f"error: cannot open {db}: {error}", err=True)
        raise typer.Exit(2) from None
