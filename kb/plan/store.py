"""Storing plan versions in the knowledge base and reading them back.

`import_plan` writes every version of a parsed plan file, each in the same transaction: a
version already stored is deleted first (lines, figures and its `plan_versions` row), so
re-importing a version replaces that version only and importing the same file twice leaves the
same figures. Other versions stay as they are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb

from kb.db import insert_rows, transaction
from kb.plan.csvfile import PlanFile, PlanVersionData
from kb.plan.labels import VersionLabel, parse_label

PLAN_TABLES = ("plan_figures", "plan_lines", "plan_versions")


@dataclass(frozen=True)
class StoredVersion:
    version: str
    label: VersionLabel
    valid_from: dt.date
    valid_from_rule: str
    source_file: str
    line_count: int
    figure_count: int
    municipality: str | None = None

    def applies_to(self, municipality: str | None) -> bool:
        """A plan without municipality applies to all; otherwise names must match (case-insensitive)."""
        if self.municipality is None or municipality is None:
            return True
        return self.municipality.casefold() == municipality.casefold()


@dataclass(frozen=True)
class ImportResult:
    version: str
    replaced: bool
    lines: int
    figures: int
    valid_from: dt.date
    valid_from_rule: str


def _write_version(
    con: duckdb.DuckDBPyConnection, data: PlanVersionData, plan: PlanFile, valid_from: dt.date | None,
    municipality: str | None, now: dt.datetime,
) -> ImportResult:
    version = data.label.text
    replaced = bool(con.execute("SELECT count(*) FROM plan_versions WHERE version = ?", [version]).fetchone()[0])  # type: ignore[index]
    for table in PLAN_TABLES:
        con.execute(f"DELETE FROM {table} WHERE version = ?", [version])
    start, rule = (valid_from, "option") if valid_from else (data.label.default_valid_from(), "label")
    con.execute(
        "INSERT INTO plan_versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [version, data.label.first_year, data.label.last_year, data.label.number, municipality, start, rule,
         Path(plan.path).name, plan.sha256, now, len(data.lines), len(data.figures)],
    )  # fmt: skip
    hierarchy = ("entity", "bd", "bd_title", "ap", "ap_title", "ac", "ac_title", "service", "description")
    insert_rows(con, "plan_lines", [
        {"version": version, "mjp": line.mjp, **{c: line.hierarchy[c] for c in hierarchy}, "source_row": line.source_row}
        for line in data.lines.values()
    ])  # fmt: skip
    insert_rows(con, "plan_figures", [
        {"version": version, "mjp": f.mjp, "year": f.year, "kind": f.kind, "amount": f.amount, "source_row": f.source_row}
        for f in data.figures
    ])  # fmt: skip
    return ImportResult(version, replaced, len(data.lines), len(data.figures), start, rule)


def import_plan(
    con: duckdb.DuckDBPyConnection,
    plan: PlanFile,
    valid_from: dt.date | None = None,
    municipality: str | None = None,
    now: dt.datetime | None = None,
) -> list[ImportResult]:
    """Store every version of `plan` (replacing each one already stored) in one transaction.

    `municipality` says whose plan it is: decisions of another municipality are not checked
    against it (the same MJP code means something else in every municipality).
    """
    stamp = now or dt.datetime.now()
    with transaction(con):
        return [_write_version(con, data, plan, valid_from, municipality, stamp) for _, data in sorted(plan.versions.items())]


def stored_versions(con: duckdb.DuckDBPyConnection) -> list[StoredVersion]:
    """Every stored version, in plan order (period, then revision number)."""
    rows = con.execute(
        "SELECT version, valid_from, valid_from_rule, source_file, line_count, figure_count, municipality"
        " FROM plan_versions"
    ).fetchall()
    versions = [StoredVersion(row[0], parse_label(row[0]), *row[1:]) for row in rows]
    return sorted(versions, key=lambda s: s.label.sort_key())


@dataclass(frozen=True)
class PlanLineRow:
    version: str
    mjp: str
    entity: str | None
    bd: str | None
    bd_title: str | None
    ap: str | None
    ap_title: str | None
    ac: str | None
    ac_title: str | None
    service: str | None
    description: str | None
    figures: dict[int, tuple[str, Decimal]]  # year -> (kind, amount)


def load_lines(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], PlanLineRow]:
    """All plan lines of all versions with their yearly figures, keyed on (version, mjp)."""
    figures: dict[tuple[str, str], dict[int, tuple[str, Decimal]]] = {}
    for version, mjp, year, kind, amount in con.execute(
        "SELECT version, mjp, year, kind, amount FROM plan_figures ORDER BY version, mjp, year"
    ).fetchall():
        figures.setdefault((version, mjp), {})[year] = (kind, amount)
    lines: dict[tuple[str, str], PlanLineRow] = {}
    for row in con.execute(
        "SELECT version, mjp, entity, bd, bd_title, ap, ap_title, ac, ac_title, service, description FROM plan_lines"
    ).fetchall():
        lines[(row[0], row[1])] = PlanLineRow(*row, figures=figures.get((row[0], row[1]), {}))
    return lines
