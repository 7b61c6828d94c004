"""Query commands: `decision`, `budget`, `search`, `sql`, `orgs`, `persons` (`partner` is in
`partner_cmd.py`). Each refreshes the derived data when stale, prints a rich table, or `--json`
/ `--csv`; the logic lives in `kb.query`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kb.query import DecisionNotFound, budget, decision, org_clusters, person_clusters, run_sql, search
from kb.query.common import flat
from render.cli.main import app
from render.cli.options import DEFAULT_DB, CsvFlag, DbOption, JsonFlag, LimitOption
from render.cli.query_output import check_format, emit, open_for_query

MergedFlag = Annotated[bool, typer.Option("--merged", help="Only clusters that joined several names.")]


def _meeting(municipality: object, body: object, date: object) -> str:
    return " ".join(str(p) for p in (municipality, body, date) if p) or "?"


@app.command("decision")
def decision_command(
    decision_id: Annotated[str, typer.Argument(help="Decision id `<document id>-<n>` (from partner, budget, search).")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """Everything about one decision: each fact with its page and source quote, its other copies,
    the earlier agreements it describes, its history links and the decisions citing it.

    Example: besluitenbank decision 1cec98b08bde-1 --db besluitenbank.duckdb
    """
    check_format(as_json, as_csv)
    con = open_for_query(db)
    try:
        result = decision(con, decision_id)
    except DecisionNotFound as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    finally:
        con.close()

    def table(console: Console) -> None:
        view = result.view
        console.print(Text(view.title, style="bold"))
        item = f"agendapunt {view.agenda_item}" if view.agenda_item is not None else "agendapunt ?"
        console.print(Text(f"{view.decision_id} · {view.source} · {view.meeting or 'meeting unknown'} · {item}"))
        others = [c["source"] for c in result.copies if c["decision_id"] != view.decision_id]
        if others:
            console.print(Text("also in: " + ", ".join(others), style="dim"))
        facts = Table(show_lines=True)
        for column in ("fact", "value", "page", "source passage"):
            facts.add_column(column, overflow="fold")
        for fact in view.facts:
            facts.add_row(fact.kind, Text(fact.value), str(fact.page), Text(fact.quote))
        for agreement in result.referenced_agreements:
            facts.add_row("referenced agreement", Text(flat({k: agreement[k] for k in (
                "kind", "project", "period_start", "period_end", "parties", "decided_by", "decided_on")})),
                str(agreement["page"]), Text(agreement["quote"] or ""))  # fmt: skip
        for link in result.history:
            target = link["target_decision_id"] or "-"
            facts.add_row(f"history link ({link['status']})", Text(f"{link['ref_key']} → {target}"),
                          str(link["page"]), Text(link["target_title"] or ""))  # fmt: skip
        for cite in result.cited_by:
            facts.add_row("cited by", Text(f"{cite['decision_id']} {cite['title']}"), "", Text(cite["source"]))
        for cite in result.shared_citations:
            facts.add_row("cites the same as", Text(f"{cite['decision_id']} {cite['title']}"), "", Text(cite["ref_key"]))
        console.print(facts)

    emit(result, as_json, as_csv, table)


@app.command("budget")
def budget_command(
    code: Annotated[str, typer.Argument(help="MJP line (MJP007706), action (AC000109) or budget key (prefix).")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """All decisions and amounts on a budget line, action code or budget key, with totals per year.

    Example: besluitenbank budget MJP007706 --db besluitenbank.duckdb
    """
    check_format(as_json, as_csv)
    con = open_for_query(db)
    try:
        result = budget(con, code)
    finally:
        con.close()

    def table(console: Console) -> None:
        out = Table(title=f"{len(result.lines)} budget lines on {result.code}", show_lines=True)
        for column in ("year", "amount", "available", "action", "mjp", "decision", "meeting", "title", "source"):
            out.add_column(column, overflow="fold", justify="right" if column in ("amount", "available") else "left")
        for line in result.lines:
            source = f"{line.source} p.{line.page}" + (f"\n(also in {', '.join(line.also_in)})" if line.also_in else "")
            out.add_row(str(line.year or ""), line.amount or "", line.available or "", line.action or "",
                        line.mjp or "", line.decision_id,
                        _meeting(line.municipality, line.meeting_body, line.meeting_date) + f" #{line.agenda_item or '?'}",
                        Text(line.title), Text(source))  # fmt: skip
        console.print(out)
        if result.per_year:
            console.print("per year: " + ", ".join(f"{year}: {value}" for year, value in result.per_year.items()))

    emit(result, as_json, as_csv, table)


@app.command("search")
def search_command(
    text: Annotated[str, typer.Argument(help="Words to find (Dutch; stemmed: `overeenkomsten` finds `overeenkomst`).")],
    db: DbOption = DEFAULT_DB,
    limit: LimitOption = 20,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """Full-text search over decision texts, best first, with highlighted snippets.

    Example: besluitenbank search schooluitval --db besluitenbank.duckdb
    """
    check_format(as_json, as_csv)
    con = open_for_query(db)
    try:
        result = search(con, text, limit)
    finally:
        con.close()

    def table(console: Console) -> None:
        out = Table(title=f"{len(result.hits)} decisions matching {text!r}", show_lines=True)
        for column in ("#", "score", "decision", "title", "snippet", "source"):
            out.add_column(column, overflow="fold")
        for hit in result.hits:
            passage = Text(hit.snippet)
            for start, end in hit.highlights:
                passage.stylize("bold yellow", start, end)
            source = hit.source + (f"\n(also in {', '.join(hit.also_in)})" if hit.also_in else "")
            out.add_row(str(hit.rank), f"{hit.score:.2f}", hit.decision_id or hit.document_id, Text(hit.title),
                        passage, Text(source))  # fmt: skip
        console.print(out)

    emit(result, as_json, as_csv, table)


@app.command("sql")
def sql_command(
    query: Annotated[str, typer.Argument(help="SQL over the tables and v_* views (kb/SCHEMA.md).")],
    db: DbOption = DEFAULT_DB,
    limit: LimitOption = 1000,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """Run any SQL on the knowledge base (derived tables refreshed first; FTS loaded).

    Example: besluitenbank sql "SELECT name, member_names FROM v_org_clusters WHERE member_count > 1"
    """
    check_format(as_json, as_csv)
    con = open_for_query(db)
    try:
        result = run_sql(con, query, limit)
    except Exception as error:  # noqa: BLE001 - a user's SQL error is reported, not a crash
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    finally:
        con.close()

    def table(console: Console) -> None:
        out = Table(title=f"{len(result.rows)} rows")
        for column in result.columns:
            out.add_column(column, overflow="fold")
        for row in result.rows:
            out.add_row(*(Text(flat(value)) for value in row))
        console.print(out)

    emit(result, as_json, as_csv, table)


def _clusters_table(title: str, rows: list[dict[str, object]], console: Console) -> None:
    out = Table(title=title, show_lines=True)
    columns = [c for c in ("cluster_id", "name", "member_names", "reasons", "document_count", "decision_count")
               if not rows or c in rows[0]]  # fmt: skip
    for column in columns:
        out.add_column(column, overflow="fold")
    for row in rows:
        out.add_row(*(Text("\n".join(map(str, row[c])) if isinstance(row[c], list) else str(row[c])) for c in columns))
    console.print(out)


@app.command("orgs")
def orgs_command(
    name: Annotated[str, typer.Argument(help="Only clusters with a member name containing this.")] = "",
    merged: MergedFlag = False,
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """List the organisation clusters (member names, why they joined, document counts) for review;
    correct a wrong merge or split in corpus/aliases.toml.

    Example: besluitenbank orgs --merged --db besluitenbank.duckdb
    """
    check_format(as_json, as_csv)
    con = open_for_query(db)
    try:
        result = org_clusters(con, name, merged)
    finally:
        con.close()
    emit(result, as_json, as_csv, lambda c: _clusters_table(f"{len(result.clusters)} organisations", result.clusters, c))


@app.command("persons")
def persons_command(
    name: Annotated[str, typer.Argument(help="Only clusters with a member name containing this.")] = "",
    merged: MergedFlag = False,
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """List the person clusters (attendees and voters across documents) for review.

    Example: besluitenbank persons Calvo --db besluitenbank.duckdb
    """
    check_format(as_json, as_csv)
    con = open_for_query(db)
    try:
        result = person_clusters(con, name, merged)
    finally:
        con.close()
    emit(result, as_json, as_csv, lambda c: _clusters_table(f"{len(result.clusters)} persons", result.clusters, c))
