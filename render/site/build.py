"""`render_site`: the whole static site from a knowledge base, written to a folder.

Order: load the knowledge once, let the audit report write its pages (`render.audit`) so the
budget pages know which audit pages to link, build every page context, render and write. The
folder is marked as a besluitenbank site; a re-render replaces the pages it wrote
before (a decision deleted from the knowledge base leaves no stale page) and refuses to write into
a non-empty folder that is not such a site, so a typo cannot clobber someone's files.
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import duckdb

from render.audit import render_audit_site
from render.site import urls
from render.site.budget_pages import budget_page, lines_by_code
from render.site.decision_pages import cited_by, decision_page
from render.site.document_pages import document_page
from render.site.environment import Renderer
from render.site.index_page import index_page
from render.site.knowledge import Knowledge, load_knowledge
from render.site.meeting_pages import documents_by_meeting, meeting_page
from render.site.organisation_pages import organisation_page, partner_decisions, referenced_by_partner
from render.site.search_index import build_entries, entries_to_json, json_to_script

MARKER = ".besluitenbank-site"
MANAGED = ("index.html", urls.SEARCH_INDEX_JSON, urls.SEARCH_INDEX_JS, "decisions", "documents", "organisations",
           "budget", "meetings", "summaries", "static", "audit")  # fmt: skip
STATIC_FILES = ("site.css", "search.js")


class SiteFolderError(RuntimeError):
    """The output folder holds files that are not a besluitenbank site."""


@dataclass
class SiteReport:
    out_dir: Path
    pages: Counter[str] = field(default_factory=Counter)
    """files written per kind (`decision`, `document`, `summary`, ...)"""
    seconds: float = 0.0
    audit: bool = False

    @property
    def total(self) -> int:
        return sum(self.pages.values())


def prepare_folder(out_dir: Path) -> None:
    """Create `out_dir`, or clear what an earlier render wrote there (see module docstring)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise SiteFolderError(f"{out_dir} is a file, not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise SiteFolderError(f"{out_dir} is not empty and holds no besluitenbank site: choose a new or empty folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in MANAGED:
        target = out_dir / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    (out_dir / MARKER).write_text("Written by `besluitenbank render`; re-rendering replaces this folder's pages.\n")


def _audit_codes(out_dir: Path) -> set[str]:
    return {path.stem for path in (out_dir / "audit" / "lines").glob("*.html")}


class _Writer:
    def __init__(self, out_dir: Path, report: SiteReport) -> None:
        self.out_dir, self.report, self.renderer = out_dir, report, Renderer()

    def page(self, kind: str, path: str, template: str, model: object) -> None:
        self.text(kind, path, self.renderer.render(template, model))

    def text(self, kind: str, path: str, content: str) -> None:
        target = self.out_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        self.report.pages[kind] += 1


def _write_pages(knowledge: Knowledge, writer: _Writer, audit: bool, audit_codes: set[str]) -> None:
    citing = cited_by(knowledge)
    for stored in knowledge.decisions.values():
        context = decision_page(knowledge, stored, citing, audit)
        writer.page("decision", urls.decision(stored.id), "decision.html.j2", context)
        writer.page("summary", urls.summary(stored.id), "summary.md.j2", context)
    for document in knowledge.documents.values():
        writer.page("document", urls.document(document.id), "document.html.j2", document_page(knowledge, document))
    partners = partner_decisions(knowledge)
    referenced = referenced_by_partner(knowledge)
    for cluster_id, cluster in knowledge.clusters.items():
        decided, described = partners.get(cluster_id, []), referenced.get(cluster_id, [])
        organisation = organisation_page(knowledge, cluster, decided, described)
        writer.page("organisation", urls.organisation(cluster_id), "organisation.html.j2", organisation)
    codes = lines_by_code(knowledge)
    for code, cited in codes.items():
        writer.page("budget", urls.budget(code), "budget.html.j2", budget_page(code, cited, audit_codes))
    by_meeting = documents_by_meeting(knowledge)
    for meeting_id, meeting in knowledge.meetings.items():
        session = meeting_page(knowledge, meeting, by_meeting.get(meeting_id, []))
        writer.page("meeting", urls.meeting(meeting_id), "meeting.html.j2", session)
    counts = {cluster_id: len(partners.get(cluster_id, [])) for cluster_id in knowledge.clusters}
    writer.page("index", urls.INDEX, "index.html.j2", index_page(knowledge, counts, list(codes), audit))
    data = entries_to_json(build_entries(knowledge, list(knowledge.clusters), list(codes)))
    writer.text("search", urls.SEARCH_INDEX_JSON, data)
    writer.text("search", urls.SEARCH_INDEX_JS, json_to_script(data))
    for name in STATIC_FILES:
        writer.text("static", urls.static(name), resources.files("render.static").joinpath(name).read_text("utf-8"))


def render_site(con: duckdb.DuckDBPyConnection, out_dir: Path | str) -> SiteReport:
    """Render the site of the knowledge base `con` into `out_dir`; returns what was written.

    `con` should be writable when the kb derives cross-document knowledge lazily (the derived
    tables are refreshed first); a read-only connection works on an up-to-date database.
    """
    started = time.perf_counter()
    out = Path(out_dir)
    prepare_folder(out)
    report = SiteReport(out_dir=out)
    knowledge = load_knowledge(con)
    render_audit_site(con, out)
    report.audit = True
    _write_pages(knowledge, _Writer(out, report), report.audit, _audit_codes(out))
    report.seconds = time.perf_counter() - started
    return report
