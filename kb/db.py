"""The few DuckDB idioms every kb module uses: a transaction, rows as dicts, multi-row inserts.

Written once so that each writer (store, derived tables, plan import, failures, migrations) is
all-or-nothing the same way and inserts the same fast way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb

from kb.rows import Row

INSERT_CHUNK = 300
"""Rows per INSERT statement: one multi-row VALUES is far faster in DuckDB than `executemany`."""


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block in one transaction: committed when it ends, rolled back when anything escapes it."""
    con.begin()
    try:
        yield
        con.commit()
    except BaseException:
        con.rollback()
        raise


def fetch_rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | dict[str, Any] | None = None) -> list[Row]:
    """The result of `sql` as one dict per row, keyed by column name."""
    cursor = con.execute(sql, params or [])
    columns = [description[0] for description in cursor.description]
    return [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[Row], on_conflict: str = "") -> None:
    """Insert `rows` (dicts with the same keys: the column names) in chunks of `INSERT_CHUNK`."""
    if not rows:
        return
    columns = list(rows[0])
    row_marks = "(" + ", ".join("?" for _ in columns) + ")"
    for at in range(0, len(rows), INSERT_CHUNK):
        chunk = rows[at : at + INSERT_CHUNK]
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join(row_marks for _ in chunk)} {on_conflict}"
        con.execute(sql, [row[column] for row in chunk for column in columns])


def table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
    return bool(found and found[0])
