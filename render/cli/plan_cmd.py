"""`besluitenbank plan import` and `besluitenbank plan list`: the meerjarenplan in the knowledge base."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.table import Table

from kb import connect
from kb.plan import PlanFileError, import_plan, read_plan_csv, stored_versions
from render.cli.kb_access import open_kb
from render.cli.main import app
from render.cli.options import DEFAULT_DB, DbOption

plan_app = typer.Typer(
    help="The meerjarenplan (multi-year plan) the audit checks decisions against.\n\n"
    "Example: besluitenbank plan import corpus/plan/sample-plan.csv --municipality Mechelen",
    no_args_is_help=True,
)
app.add_typer(plan_app, name="plan")


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date YYYY-MM-DD", param_hint="--valid-from") from None


@plan_app.command("import")
def plan_import_command(
    file: Annotated[Path, typer.Argument(help="Plan export as CSV (layout: corpus/plan/README.md).", exists=True, dir_okay=False)],
    version: Annotated[str | None, typer.Option("--version", help="Import only this version (e.g. 2020-2025/10), "
                                                "or label every row with it when the file has no plan column.")] = None,
    valid_from: Annotated[str | None, typer.Option("--valid-from", help="Date (YYYY-MM-DD) the version is in force "
                                                   "from; default 1 January of the plan period's first year.")] = None,
    municipality: Annotated[str | None, typer.Option("--municipality", help="Whose plan this is; decisions of other "
                                                     "municipalities are not checked against it.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Import the plan versions in FILE; a version imported again replaces that version only.

    A malformed file is refused whole, naming the row and column (exit 1).

    Example: besluitenbank plan import corpus/plan/sample-plan.csv --municipality Mechelen
    """
    start = _date(valid_from)
    try:
        plan = read_plan_csv(file, version)
    except PlanFileError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    try:
        con = connect(db)
    except duckdb.Error as error:
        typer.echo(f"error: cannot use the knowledge base {db}: {error}", err=True)
        raise typer.Exit(2) from None
    try:
        results = import_plan(con, plan, start, municipality)
    finally:
        con.close()
    table = Table(title=f"plan import {file.name}")
    for column in ("version", "action", "lines", "figures", "in force from"):
        table.add_column(column)
    for result in results:
        since = f"{result.valid_from} ({'--valid-from' if result.valid_from_rule == 'option' else 'from label'})"
        table.add_row(result.version, "replaced" if result.replaced else "added", str(result.lines),
                      str(result.figures), since)  # fmt: skip
    Console().print(table)


@plan_app.command("list")
def plan_list_command(db: DbOption = DEFAULT_DB) -> None:
    """List the imported plan versions with the date each is in force from.

    Example: besluitenbank plan list --db besluitenbank.duckdb
    """
    con = open_kb(db, read_only=True)
    try:
        versions = stored_versions(con)
    finally:
        con.close()
    table = Table(title=f"{len(versions)} plan versions")
    for column in ("version", "municipality", "in force from", "lines", "figures", "source"):
        table.add_column(column)
    for v in versions:
        table.add_row(v.version, v.municipality or "(any)", f"{v.valid_from} ({v.valid_from_rule})", str(v.line_count),
                      str(v.figure_count), v.source_file)  # fmt: skip
    Console().print(table)
