"""`besluitenbank partner`: every agreement, amount and period with one organisation."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kb.query import partner
from kb.query.partner import Agreement
from render.cli.main import app
from render.cli.options import DEFAULT_DB, CsvFlag, DbOption, JsonFlag
from render.cli.query_output import check_format, emit, open_for_query


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


def partner_table(result_name: str, agreements: list[Agreement], clusters: str) -> Table:
    table = Table(title=f"{len(agreements)} agreements with {clusters or result_name!r}", show_lines=True)
    for column in ("decision", "meeting", "agreement", "parties", "period", "amounts", "per year", "budget lines", "source"):
        table.add_column(column, overflow="fold")
    for a in agreements:
        meeting = " ".join(str(p) for p in (a.municipality, a.meeting_body, a.meeting_date) if p) or "?"
        if a.agenda_item is not None:
            meeting += f" #{a.agenda_item}"
        lines = "\n".join(
            " ".join(str(v) for v in (line["year"], line["action"], line["mjp"], line["budget_key"], line["amount"]) if v)
            for line in a.budget_lines
        )
        source = f"{a.source} p.{a.page}" + (f"\n(also in {', '.join(a.also_in)})" if a.also_in else "")
        cells = [
            a.decision_id, meeting, _what(a), "\n".join(a.parties), _period(a),
            "\n".join(f"{m['value']} {m['kind']}" for m in a.amounts),
            "\n".join(f"{year}: {value}" for year, value in a.amounts_per_year.items()), lines, source,
        ]  # fmt: skip
        table.add_row(*(Text(cell) for cell in cells))  # plain text: titles may hold [brackets]
    return table


@app.command("partner")
def partner_command(
    name: Annotated[str, typer.Argument(help="Organisation name or part of it; aliases and spelling variants match.")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """Every agreement with the organisation NAME across documents: decisions it is party to and
    earlier agreements decisions describe (referenced), with period, amounts (per year), budget
    lines, meeting and source. Matches aliases and resolved names; fuzzy when nothing matches exactly.

    Example: besluitenbank partner "Arktos" --db besluitenbank.duckdb --csv > arktos.csv
    """
    check_format(as_json, as_csv)
    con = open_for_query(db)
    try:
        result = partner(con, name)
    finally:
        con.close()

    def table(console: Console) -> None:
        if not result.clusters:
            console.print(f"no organisation matches {name!r}")
            return
        if any(c.match == "fuzzy" for c in result.clusters):
            console.print(Text("no exact match; closest: " + ", ".join(f"{c.name} ({c.score:.0f})" for c in result.clusters),
                               style="yellow"))  # fmt: skip
        console.print(partner_table(name, result.agreements, ", ".join(c.name for c in result.clusters)))

    emit(result, as_json, as_csv, table)
