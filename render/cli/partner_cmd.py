"""`besluitenbank partner`: the decisions an organisation is party to."""

from __future__ import annotations

import csv
import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kb.partner import PartnerDecision, budget_line_text, partner_decisions
from render.cli.kb_access import open_for_reading
from render.cli.main import app
from render.cli.options import DEFAULT_DB, CsvFlag, DbOption, JsonFlag


def partner_table(name: str, rows: list[PartnerDecision]) -> Table:
    table = Table(title=f"{len(rows)} decisions with a party matching {name!r}", show_lines=True)
    for column in ("decision", "meeting", "title", "parties", "period", "amounts", "budget lines", "source"):
        table.add_column(column, overflow="fold")
    for row in rows:
        meeting = " ".join(str(p) for p in (row.municipality, row.meeting_body, row.meeting_date) if p) or "?"
        period = f"{row.period_start or '?'} – {row.period_end or '?'}" if row.period_start or row.period_end else ""
        cells = [
            row.decision_id, meeting, row.title, "\n".join(row.parties), period,
            "\n".join(f"{a['value']} {a['kind']}" for a in row.amounts),
            "\n".join(budget_line_text(line) for line in row.budget_lines), f"{row.source} p.{row.page}",
        ]  # fmt: skip
        table.add_row(*(Text(cell) for cell in cells))  # plain text: titles may hold [brackets]
    return table


@app.command("partner")
def partner_command(
    name: Annotated[str, typer.Argument(help="Organisation name or part of it; aliases match too.")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """Decisions whose parties match NAME (case-insensitive, also via aliases), with their facts.

    Each decision is listed with its period, amounts, budget lines, meeting and source.

    Example: besluitenbank partner "Arktos" --db besluitenbank.duckdb --csv > arktos.csv
    """
    if as_json and as_csv:
        typer.echo("error: choose one of --json and --csv", err=True)
        raise typer.Exit(2)
    con = open_for_reading(db)
    try:
        rows = partner_decisions(con, name)
    finally:
        con.close()
    if as_json:
        typer.echo(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=1))
    elif as_csv:
        flat = [row.to_flat() for row in rows]
        fields = list(flat[0]) if flat else list(PartnerDecision.__dataclass_fields__)
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
    else:
        Console().print(partner_table(name, rows))
