"""The audit report as HTML pages: `audit/index.html` and one `audit/lines/<MJP>.html` per line.

`render_audit_site(con, out_dir)` runs the audit (or takes a report already run) and writes the
pages under `out_dir/audit/`; the site build (`besluitenbank render`) calls it so the report is
part of the site, and `besluitenbank audit --format html --out DIR` writes it on its own.
Templates are Jinja2 with autoescape on and StrictUndefined: council text is never markup, and
a missing field fails the render instead of printing an empty cell.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from kb.audit import AuditReport, run_audit
from kb.plan import load_lines
from render.audit.pages import index_page, line_page, page_codes

TEMPLATES = Path(__file__).parent / "templates"


def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )  # fmt: skip


def render_audit_site(
    con: duckdb.DuckDBPyConnection, out_dir: Path | str, report: AuditReport | None = None
) -> list[Path]:
    """Write the audit pages under `out_dir/audit/`; return the files written."""
    report = report or run_audit(con)
    lines = load_lines(con)
    codes = page_codes(report, lines)
    env = environment()
    base = Path(out_dir) / "audit"
    (base / "lines").mkdir(parents=True, exist_ok=True)
    written = [base / "index.html"]
    written[0].write_text(env.get_template("audit_index.html.j2").render(page=index_page(report, codes)), encoding="utf-8")
    template = env.get_template("audit_line.html.j2")
    for code in sorted(codes):
        target = base / "lines" / f"{code}.html"
        target.write_text(template.render(page=line_page(code, report, lines, codes)), encoding="utf-8")
        written.append(target)
    return written


__all__ = ["render_audit_site"]
