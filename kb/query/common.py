"""What every query shares: JSON/CSV shaping, the stored copies of decisions, totals per year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, is_dataclass
from decimal import Decimal
from typing import Any

import duckdb

from kb.db import fetch_rows
from kb.rows import Row


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
    rows = fetch_rows(
        con,
        "SELECT group_id, decision_id, source, source_kind, is_primary FROM v_decisions "
        "WHERE group_id IN (SELECT unnest(?)) ORDER BY group_id, is_primary DESC, decision_id",
        [group_ids],
    )
    found: dict[str, list[Row]] = {}
    for row in rows:
        found.setdefault(row["group_id"], []).append(row)
    return found


def totals_per_year(lines: Iterable[tuple[int | None, Decimal | str | None]]) -> dict[int, str]:
    """(year, amount) pairs summed per year, oldest first; pairs without a year or amount are left out."""
    totals: dict[int, Decimal] = {}
    for year, amount in lines:
        if year is not None and amount is not None:
            totals[year] = totals.get(year, Decimal(0)) + Decimal(amount)
    return {year: f"{value:.2f}" for year, value in sorted(totals.items())}
