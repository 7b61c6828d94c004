"""Opening the knowledge base for a query and printing a query result as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import duckdb
import typer
from rich.console import Console

from kb import connect


class Result(Protocol):
    def to_json(self) -> Any: ...

    def to_rows(self) -> list[dict[str, str]]: ...


def open_for_query(db: Path) -> duckdb.DuckDBPyConnection:
    """A writable connection (so stale derived data can be rebuilt), read-only when another process
    holds the file; exit 2 with a hint when there is no knowledge base at `db`."""
    if not db.is_file():
        typer.echo(f"error: no knowledge base at {db}: run `besluitenbank ingest PATH --db {db}` first", err=True)
        raise typer.Exit(2)
    try:
        return connect(db)
    except duckdb.IOException:
        try:
            return connect(db, read_only=True)
        except (RuntimeError, duckdb.Error) as error:
            typer.echo(f"error: cannot open {db}: {error}", err=True)
            raise typer.Exit(2) from None
    except (RuntimeError, duckdb.Error) as error:
        typer.echo(f"error: cannot open {db}: {error}", err=True)
        raise typer.Exit(2) from None


def check_format(as_json: bool, as_csv: bool) -> None:
    if as_json and as_csv:
        typer.echo("error: choose one of --json and --csv", err=True)
        raise typer.Exit(2)


def emit(result: Result, as_json: bool, as_csv: bool, table: Callable[[Console], None]) -> None:
    """Print `result` as JSON, as CSV (its flat rows), or through `table` (rich)."""
    if as_json:
        typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    elif as_csv:
        rows = result.to_rows()
        fields = list(dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table(Console())
