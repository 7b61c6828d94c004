"""`besluitenbank audit`: decisions checked against themselves and the meerjarenplan."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kb.audit import AuditReport, Finding, run_audit
from kb.audit.words import euro
from render.cli.kb_access import open_kb
from render.cli.main import app
from render.cli.options import DEFAULT_DB, DbOption

FLAT_FIELDS = ["rule", "severity", "decision_id", "sources", "title", "date", "subject", "message", "numbers",
               "quotes", "plan_row", "plan_choice"]  # fmt: skip


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    html = "html"


def findings_table(findings: list[Finding]) -> Table:
    table = Table(title=f"{len(findings)} findings", show_lines=True)
    for column in ("severity", "rule", "decision / source", "finding", "source passages", "plan row"):
        table.add_column(column, overflow="fold")
    for finding in findings:
        sources = "\n".join(f"{s.decision_id} {s.source}" for s in finding.sources)
        quotes = "\n".join(f"p.{q.page} [{q.label}] {q.passage}" for q in finding.quotes)
        plan = f"{finding.plan.text()}\n({finding.plan.choice})" if finding.plan else ""
        numbers = "; ".join(f"{k} = {euro(v) if k != 'maanden' else v}" for k, v in finding.numbers.items())
        cells = [finding.severity, finding.rule, sources, f"{finding.message}\n{numbers}".strip(), quotes, plan]
        table.add_row(*(Text(cell) for cell in cells))  # plain text: council texts hold [brackets]
    return table


def reconciliation_table(report: AuditReport) -> Table:
    summary = report.summary
    table = Table(title=(f"reconciliation: {summary.matched} lines matched, {summary.absent} absent, "
                         f"{summary.no_version} without plan version, {summary.malformed} malformed codes, "
                         f"{summary.over_committed} over-committed"))  # fmt: skip
    for column in ("version", "MJP", "year", "status", "plan figure", "committed", "remaining", "decisions"):
        table.add_column(column, justify="right" if column in ("plan figure", "committed", "remaining") else "left")
    for row in report.reconciliation:
        figure = f"{row.kind} {euro(row.figure)}" if row.figure is not None else "—"
        status = row.status + (" OVER" if row.over_committed else "")
        decisions = ", ".join(c.decision_id + (f" (= {c.repeat_of})" if c.repeat_of else "") for c in row.commitments)
        table.add_row(row.version or "—", row.mjp, str(row.year or "—"), status, figure, euro(row.committed),
                      euro(row.remaining) if row.remaining is not None else "—", Text(decisions))  # fmt: skip
    return table


def versions_line(report: AuditReport) -> str:
    if not report.versions:
        return "no plan imported (besluitenbank plan import FILE): only the decisions' internal checks ran"
    return "plan versions: " + ", ".join(f"{v.version} (from {v.valid_from})" for v in report.versions)


@app.command("audit")
def audit_command(
    year: Annotated[int | None, typer.Option("--year", help="Only decisions of, or budget lines for, this year.")] = None,
    line: Annotated[list[str] | None, typer.Option("--line", help="Only this MJP line (repeatable).")] = None,
    output: Annotated[Format, typer.Option("--format", help="table, json, csv (findings) or html (pages).")] = Format.table,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for --format html (writes OUT/audit/...).")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Check decisions' amounts against each other and the imported meerjarenplan.

    Findings name the rule, severity, decision and source, the numbers, the quoted passages and
    the plan row (version, code, year, figure). Findings are listed with exit code 0; the exit
    code is non-zero only when the audit cannot run.

    Example: besluitenbank audit --line MJP007706 --format json
    """
    if output is Format.html and out is None:
        typer.echo("error: --format html needs --out DIR", err=True)
        raise typer.Exit(2)
    con = open_kb(db)  # opened for writing so an older database gets the plan tables
    try:
        report = run_audit(con, year=year, lines=line or [])
        if output is Format.html:
            from render.audit import render_audit_site

            written = render_audit_site(con, out, report)  # type: ignore[arg-type]
            typer.echo(f"wrote {len(written)} pages to {Path(out) / 'audit'}")  # type: ignore[arg-type]
            return
    finally:
        con.close()
    if output is Format.json:
        typer.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    elif output is Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=FLAT_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(finding.to_flat() for finding in report.findings)
    else:
        console = Console()
        console.print(Text(versions_line(report)))
        console.print(findings_table(report.findings))
        console.print(reconciliation_table(report))
