"""What every query shares: bringing derived data up to date, rows as dicts, JSON/CSV shaping."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, is_dataclass
from decimal import Decimal
from typing import Any

import duckdb

from kb.derived import refresh_derived

Row = dict[str, Any]


def prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Refresh the derived tables when stale (a no-op on an up-to-date or read-only database)."""
    refresh_derived(con)


def fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | dict[str, object] | None = None) -> list[Row]:
    cursor = con.execute(sql, params or [])
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]


def jsonable(value: Any) -> Any:
    """Dates as ISO strings, money as two-decimal strings, dataclasses and containers recursively."""
    if is_dataclass(value) and not isinstance(value, type):
        return jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return value


def flat(value: Any) -> str:
    """One CSV cell: lists joined with `; `, dicts as `k=v`, None empty."""
    value = jsonable(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(flat(v) for v in value)
    if isinstance(value, dict):
        return " ".join(f"{k}={flat(v)}" for k, v in value.items() if v not in (None, "", []))
    return str(value)


def copies(con: duckdb.DuckDBPyConnection, group_ids: list[str]) -> dict[str, list[Row]]:
    """Every stored copy of each decision group (decision id, source, kind), primary first."""
    if not group_ids:
        return {}
    rows = fetch(
        con,
        "SELECT group_id, decision_id, source, source_kind, is_primary FROM v_decisions "
        "WHERE group_id IN (SELECT unnest(?)) ORDER BY group_id, is_primary DESC, decision_id",
        [group_ids],
    )
    found: dict[str, list[Row]] = {}
    for row in rows:
        found.setdefault(row["group_id"], []).append(row)
    return found


def money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"
