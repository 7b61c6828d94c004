"""`besluitenbank show`: one decision with every fact and the passage it was read from."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kb.show import DecisionNotFound, DecisionView, decision_view
from render.cli.kb_access import open_for_reading
from render.cli.main import app
from render.cli.options import DEFAULT_DB, DbOption, JsonFlag


def view_table(view: DecisionView) -> Table:
    table = Table(show_lines=True)
    table.add_column("fact")
    table.add_column("value", overflow="fold")
    table.add_column("page", justify="right")
    table.add_column("source passage", overflow="fold")
    for fact in view.facts:
        # Text, not markup: council texts contain brackets (`[doelstelling]`) rich would eat.
        table.add_row(fact.kind, Text(fact.value), str(fact.page), Text(fact.quote))
    return table


@app.command("show")
def show_command(
    decision: Annotated[str, typer.Argument(help="Decision id `<document id>-<n>`, as listed by `partner`.")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
) -> None:
    """Show all facts of DECISION, each with its page and the quoted source passage.

    Example: besluitenbank show 1cec98b08bde-1 --db besluitenbank.duckdb
    """
    con = open_for_reading(db)
    try:
        view = decision_view(con, decision)
    except DecisionNotFound as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    finally:
        con.close()
    if as_json:
        typer.echo(json.dumps(asdict(view), ensure_ascii=False, indent=1))
        return
    console = Console()
    console.print(Text(view.title, style="bold"))
    item = f"agendapunt {view.agenda_item}" if view.agenda_item is not None else "agendapunt ?"
    console.print(
        Text(f"{view.decision_id} · {view.source} · {view.meeting or 'meeting unknown'} · {item}"
             f" · {view.decision_type or 'type unknown'}")
    )  # fmt: skip
    console.print(view_table(view))
