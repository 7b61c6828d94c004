"""`besluitenbank partner`: every agreement, amount and period with one organisation."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kb.query import partner
from kb.query.partner import Agreement, PartnerResult
from render.cli.main import app
from render.cli.options import DEFAULT_DB, CsvFlag, DbOption, JsonFlag
from render.cli.query_output import meeting_cell, run_query, source_cell


def _period(agreement: Agreement) -> str:
    if agreement.period_start is None and agreement.period_end is None:
        return ""
    return f"{agreement.period_start or '?'} – {agreement.period_end or '?'}"


def _what(agreement: Agreement) -> str:
    if agreement.origin == "decision":
        return agreement.title
    text = f"{agreement.kind}" + (f" “{agreement.project}”" if agreement.project else "")
    decided = " ".join(str(p) for p in (agreement.decided_by, agreement.decided_on) if p)
    if agreement.decided_agenda_item is not None:
        decided += f" agendapunt {agreement.decided_agenda_item}"
    return f"{text}\n(referenced; approved: {decided or '?'})\nin: {agreement.title}"


def partner_table(result: PartnerResult) -> Table:
    names = ", ".join(c.name for c in result.clusters)
    table = Table(title=f"{len(result.agreements)} agreements with {names or result.query!r}", show_lines=True)
    for column in ("decision", "meeting", "agreement", "parties", "period", "amounts", "per year", "budget lines", "source"):
        table.add_column(column, overflow="fold")
    for a in result.agreements:
        meeting = meeting_cell(a.municipality, a.meeting_body, a.meeting_date)
        if a.agenda_item is not None:
            meeting += f" #{a.agenda_item}"
        lines = "\n".join(
            " ".join(str(v) for v in (line["year"], line["action"], line["mjp"], line["budget_key"], line["amount"]) if v)
            for line in a.budget_lines
        )
        cells = [
            a.decision_id, meeting, _what(a), "\n".join(a.parties), _period(a),
            "\n".join(f"{m['value']} {m['kind']}" for m in a.amounts),
            "\n".join(f"{year}: {value}" for year, value in a.amounts_per_year.items()), lines,
            source_cell(f"{a.source} p.{a.page}", a.also_in),
        ]  # fmt: skip
        table.add_row(*(Text(cell) for cell in cells))  # plain text: titles may hold [brackets]
    return table


def print_partner(result: PartnerResult, console: Console) -> None:
    if not result.clusters:
        console.print(f"no organisation matches {result.query!r}")
        return
    if any(c.match == "fuzzy" for c in result.clusters):
        console.print(Text("no exact match; closest: " + ", ".join(f"{c.name} ({c.score:.0f})" for c in result.clusters),
                           style="yellow"))  # fmt: skip
    console.print(partner_table(result))


@app.command("partner")
def partner_command(
    name: Annotated[str, typer.Argument(help="Organisation name or part of it; aliases and spelling variants match.")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """Agreements with the organisation NAME: period, amounts, budget lines, source.

    Lists the decisions the organisation is party to and the earlier agreements decisions describe
    with it (referenced), each with its period, amounts (per year), budget lines, meeting and
    source. Aliases and resolved names match; the closest names (fuzzy) when nothing matches exactly.

    Example: besluitenbank partner "Arktos" --db besluitenbank.duckdb --csv > arktos.csv
    """
    run_query(db, as_json, as_csv, lambda con: partner(con, name), print_partner)
