"""Options shared by several commands, defined once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DEFAULT_DB = Path("besluitenbank.duckdb")

DbOption = Annotated[
    Path,
    typer.Option("--db", help="DuckDB knowledge-base file (ingest and plan import create it).", envvar="BESLUITENBANK_DB"),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
CsvFlag = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", help="At most this many results.", min=1)]
