"""Query commands: `decision` (alias `show`), `budget`, `search`, `sql`, `orgs`, `persons`.

`partner` is in `partner_cmd.py`. Each refreshes the derived data when stale and prints a rich
table, or `--json` / `--csv` (`query_output.run_query`); the logic lives in `kb.query`.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kb.query import DecisionNotFound, budget, decision, org_clusters, person_clusters, run_sql, search
from kb.query.budget import BudgetResult
from kb.query.clusters import ClusterList
from kb.query.common import flat
from kb.query.decision import DecisionResult
from kb.query.search import SearchResult
from kb.query.sql import SqlResult
from render.cli.main import app
from render.cli.options import DEFAULT_DB, CsvFlag, DbOption, JsonFlag, LimitOption
from render.cli.query_output import meeting_cell, run_query, source_cell

MergedFlag = Annotated[bool, typer.Option("--merged", help="Only clusters that joined several names.")]


def decision_table(result: DecisionResult, console: Console) -> None:
    view = result.view
    # Text, not markup: council texts contain brackets (`[doelstelling]`) rich would eat.
    console.print(Text(view.title, style="bold"))
    item = f"agendapunt {view.agenda_item}" if view.agenda_item is not None else "agendapunt ?"
    console.print(Text(f"{view.decision_id} · {view.source} · {view.meeting or 'meeting unknown'} · {item}"
                       f" · {view.decision_type or 'type unknown'}"))  # fmt: skip
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


@app.command("show")
@app.command("decision")
def decision_command(
    decision_id: Annotated[str, typer.Argument(help="Decision id `<document id>-<n>` (from partner, budget, search).")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """Everything about one decision, each fact with its page and quoted source passage.

    Also lists its other stored copies, the earlier agreements it describes, where its history
    events point and the decisions citing it. `show` is another name for `decision`.

    Example: besluitenbank decision 1cec98b08bde-1 --db besluitenbank.duckdb

    Example: besluitenbank show 1cec98b08bde-1 --json
    """
    run_query(db, as_json, as_csv, lambda con: decision(con, decision_id), decision_table, refused=(DecisionNotFound,))


def budget_table(result: BudgetResult, console: Console) -> None:
    out = Table(title=f"{len(result.lines)} budget lines on {result.code}", show_lines=True)
    for column in ("year", "amount", "available", "action", "mjp", "decision", "meeting", "title", "source"):
        out.add_column(column, overflow="fold", justify="right" if column in ("amount", "available") else "left")
    for line in result.lines:
        meeting = meeting_cell(line.municipality, line.meeting_body, line.meeting_date) + f" #{line.agenda_item or '?'}"
        out.add_row(str(line.year or ""), line.amount or "", line.available or "", line.action or "", line.mjp or "",
                    line.decision_id, meeting, Text(line.title),
                    Text(source_cell(f"{line.source} p.{line.page}", line.also_in)))  # fmt: skip
    console.print(out)
    if result.per_year:
        console.print("per year: " + ", ".join(f"{year}: {value}" for year, value in result.per_year.items()))


@app.command("budget")
def budget_command(
    code: Annotated[str, typer.Argument(help="MJP line (MJP007706), action (AC000109) or budget key (prefix).")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonFlag = False,
    as_csv: CsvFlag = False,
) -> None:
    """Decisions and amounts on a budget line, action or budget key; totals per year.

    Example: besluitenbank budget MJP007706 --db besluitenbank.duckdb
    """
    run_query(db, as_json, as_csv, lambda con: budget(con, code), budget_table)


def search_table(result: SearchResult, console: Console) -> None:
    out = Table(title=f"{len(result.hits)} decisions matching {result.query!r}", show_lines=True)
    for column in ("#", "score", "decision", "title", "snippet", "source"):
        out.add_column(column, overflow="fold")
    for hit in result.hits:
        passage = Text(hit.snippet)
        for start, end in hit.highlights:
            passage.stylize("bold yellow", start, end)
        out.add_row(str(hit.rank), f"{hit.score:.2f}", hit.decision_id or hit.document_id, Text(hit.title),
                    passage, Text(source_cell(hit.source, hit.also_in)))  # fmt: skip
    console.print(out)


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
    run_query(db, as_json, as_csv, lambda con: search(con, text, limit), search_table)


def sql_table(result: SqlResult, console: Console) -> None:
    out = Table(title=f"{len(result.rows)} rows")
    for column in result.columns:
        out.add_column(column, overflow="fold")
    for row in result.rows:
        out.add_row(*(Text(flat(value)) for value in row))
    console.print(out)


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
    # a user's SQL error is reported (exit 1), not a crash
    run_query(db, as_json, as_csv, lambda con: run_sql(con, query, limit), sql_table, refused=(Exception,))


def clusters_table(result: ClusterList, console: Console) -> None:
    rows = result.clusters
    out = Table(title=f"{len(rows)} {result.kind}", show_lines=True)
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
    """List the organisation clusters (names, why they joined, counts) for review.

    Correct a wrong merge or split in corpus/aliases.toml.

    Example: besluitenbank orgs --merged --db besluitenbank.duckdb
    """
    run_query(db, as_json, as_csv, lambda con: org_clusters(con, name, merged), clusters_table)


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
    run_query(db, as_json, as_csv, lambda con: person_clusters(con, name, merged), clusters_table)
