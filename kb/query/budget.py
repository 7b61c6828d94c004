"""`budget CODE`: every decision and amount on a meerjarenplan line, action or budget key.

CODE is an MJP line (`MJP007706`), an action (`AC000109`) or a budget key or its start
(`2021/6490120`); case and spaces are ignored. Each decision is listed once (lines of its primary
copy; other copies in `also_in`), with totals per year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import duckdb

from kb.db import fetch_rows
from kb.derived import refresh_derived
from kb.query.common import copies, flat, jsonable, totals_per_year
from kb.rows import Row
from schema.export import money_str

_LINES = """
SELECT * FROM v_budget_lines
WHERE mjp = $code OR action = $code OR budget_key = $code OR starts_with(budget_key, $code || '/')
ORDER BY meeting_date NULLS LAST, decision_id, position
"""


@dataclass
class BudgetEntry:
    decision_id: str
    meeting_date: dt.date | None
    municipality: str | None
    meeting_body: str | None
    agenda_item: int | None
    title: str
    year: int | None
    action: str | None
    mjp: str | None
    budget_key: str | None
    amount: str | None
    available: str | None
    description: str | None
    source: str
    page: int
    also_in: list[str] = field(default_factory=list)


@dataclass
class BudgetResult:
    code: str
    lines: list[BudgetEntry]
    per_year: dict[int, str]

    def to_json(self) -> dict[str, Any]:
        return jsonable(self)

    def to_rows(self) -> list[dict[str, str]]:
        return [{k: flat(v) for k, v in jsonable(line).items()} for line in self.lines]


def normalise_code(code: str) -> str:
    return "".join(code.split()).upper()


def budget(con: duckdb.DuckDBPyConnection, code: str) -> BudgetResult:
    refresh_derived(con)
    needle = normalise_code(code)
    rows = fetch_rows(con, _LINES, {"code": needle}) if needle else []
    by_group: dict[str, list[Row]] = {}
    for row in rows:
        by_group.setdefault(row["group_id"], []).append(row)
    groups = copies(con, list(by_group))
    entries: list[BudgetEntry] = []
    for group_id, group_rows in by_group.items():
        primary = [r for r in group_rows if r["is_primary"]]
        shown = primary or [r for r in group_rows if r["decision_id"] == group_rows[0]["decision_id"]]
        others = [c["source"] for c in groups.get(group_id, []) if c["decision_id"] != shown[0]["decision_id"]]
        entries += [_entry(r, others) for r in shown]
    entries.sort(key=lambda e: (e.meeting_date or dt.date.min, e.decision_id, e.year or 0))
    return BudgetResult(needle, entries, totals_per_year((e.year, e.amount) for e in entries))


def _entry(row: Row, also_in: list[str]) -> BudgetEntry:
    return BudgetEntry(
        decision_id=row["decision_id"], meeting_date=row["meeting_date"], municipality=row["municipality"],
        meeting_body=row["meeting_body"], agenda_item=row["agenda_item"], title=row["title"], year=row["year"],
        action=row["action"], mjp=row["mjp"], budget_key=row["budget_key"], amount=money_str(row["amount"]),
        available=money_str(row["available"]), description=row["description"], source=row["source"], page=row["page"],
        also_in=also_in,
    )  # fmt: skip
