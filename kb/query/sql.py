"""`sql QUERY`: any SQL over the knowledge base (tables and `v_*` views, see kb/SCHEMA.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from kb import fts
from kb.derived import refresh_derived
from kb.query.common import flat, jsonable


@dataclass
class SqlResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def to_json(self) -> list[dict[str, Any]]:
        return [jsonable(dict(zip(self.columns, row, strict=True))) for row in self.rows]

    def to_rows(self) -> list[dict[str, str]]:
        return [{c: flat(v) for c, v in zip(self.columns, row, strict=True)} for row in self.rows]


def run_sql(con: duckdb.DuckDBPyConnection, query: str, limit: int | None = None) -> SqlResult:
    """Run QUERY after refreshing the derived tables; the FTS extension is loaded for `match_bm25`."""
    refresh_derived(con)
    fts.load_fts(con)
    cursor = con.execute(query)
    if cursor.description is None:
        return SqlResult([], [])
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchmany(limit) if limit else cursor.fetchall()
    return SqlResult(columns, [tuple(r) for r in rows])
