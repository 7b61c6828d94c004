"""Running a query command: open the knowledge base, ask `kb.query`, print a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

import duckdb
import typer
from rich.console import Console

from render.cli.kb_access import open_kb


class Result(Protocol):
    def to_json(self) -> Any: ...

    def to_rows(self) -> list[dict[str, str]]: ...


R = TypeVar("R", bound=Result)


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


def run_query(
    db: Path,
    as_json: bool,
    as_csv: bool,
    query: Callable[[duckdb.DuckDBPyConnection], R],
    table: Callable[[R, Console], None],
    refused: tuple[type[Exception], ...] = (),
) -> None:
    """The body of every query command: `query` on the knowledge base at `db`, printed in the chosen
    format (`table` draws the rich table). An error of a `refused` type (an unknown decision id, the
    user's own SQL) is printed and exits 1; a missing or unreadable database exits 2."""
    check_format(as_json, as_csv)
    con = open_kb(db, read_only_when_locked=True)
    try:
        result = query(con)
    except refused as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    finally:
        con.close()
    emit(result, as_json, as_csv, lambda console: table(result, console))


def meeting_cell(municipality: object, body: object, date: object) -> str:
    """`Mechelen gemeenteraad 2021-06-28`, or `?` when nothing is known of the meeting."""
    return " ".join(str(part) for part in (municipality, body, date) if part) or "?"


def source_cell(source: str, also_in: list[str]) -> str:
    """The source a row was read from, and the other stored copies of the same decision."""
    return source + (f"\n(also in {', '.join(also_in)})" if also_in else "")
