"""`besluitenbank render`: the static Dutch site of the knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from render.cli.kb_access import open_kb
from render.cli.main import app
from render.cli.options import DEFAULT_DB, DbOption
from render.site import SiteFolderError, render_site
from render.site.checks import check_site

SHOWN_PROBLEMS = 20


@app.command("render")
def render_command(
    out_dir: Annotated[
        Path, typer.Argument(help="Folder to write the site to (created; an earlier site there is replaced).")
    ],
    db: DbOption = DEFAULT_DB,
    check: Annotated[
        bool,
        typer.Option("--check/--no-check", help="Verify every internal link and the HTML structure after writing."),
    ] = True,
) -> None:
    """Render the knowledge base as a static Dutch site (no server needed).

    Open OUT_DIR/index.html in a browser. Writes an index with counts and search, one page per decision (agreement summary, every fact
    with its source quote), document (text with the passages marked), organisation, budget line
    and meeting, and a Markdown summary per decision in OUT_DIR/summaries/. Exit code 1 when the
    check finds a broken link or malformed page.

    Example: besluitenbank render site --db besluitenbank.duckdb
    """
    con = open_kb(db)  # writable: the kb refreshes its derived cross-document tables before the site reads them
    try:
        report = render_site(con, out_dir)
    except SiteFolderError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    finally:
        con.close()
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(report.pages.items()))
    typer.echo(f"wrote {report.total} files to {out_dir} in {report.seconds:.1f} s ({kinds})")
    if report.audit:
        typer.echo(f"audit report: {out_dir / 'audit' / 'index.html'}")
    typer.echo(f"open {(out_dir / 'index.html').resolve()}")
    if check:
        problems = check_site(out_dir)
        for problem in problems[:SHOWN_PROBLEMS]:
            typer.echo(f"problem: {problem.page}: {problem.message}", err=True)
        if problems:
            typer.echo(f"{len(problems)} problems in the rendered site", err=True)
            raise typer.Exit(1)
        typer.echo("checked: every internal link resolves, every page is balanced HTML")
