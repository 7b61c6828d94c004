"""The site of the bundled corpus: every link resolves, every page is valid, the facts read right.

Built once (`site_helpers.seed_site`) from `corpus/` ingested into a temporary DuckDB file: five
Mechelen seeds, each as text and as PDF, so the same decision is stored twice.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest

from render.site.checks import check_html, check_links
from site_helpers import BuiltSite, seed_site


@pytest.fixture(scope="module")
def site() -> BuiltSite:
    return seed_site()


def page(site: BuiltSite, path: str) -> str:
    return (site.out / path).read_text(encoding="utf-8")


def decision_id(site: BuiltSite, title_part: str, kind: str = "txt") -> str:
    con = duckdb.connect(str(site.db), read_only=True)
    try:
        row = con.execute(
            "SELECT d.id FROM decisions d JOIN documents doc ON doc.id = d.document_id "
            "WHERE contains(d.title, ?) AND doc.kind = ? ORDER BY d.id LIMIT 1",
            [title_part, kind],
        ).fetchone()
    finally:
        con.close()
    assert row is not None, title_part
    return str(row[0])


def test_every_internal_link_and_anchor_resolves(site: BuiltSite) -> None:
    problems = check_links(site.out)
    assert problems == [], problems[:10]


def test_every_page_is_balanced_html_in_dutch(site: BuiltSite) -> None:
    pages = list(site.out.rglob("*.html"))
    assert len(pages) >= 30
    assert check_html(site.out) == []
    for path in pages:
        head = path.read_text(encoding="utf-8")[:200]
        assert head.lower().startswith("<!doctype html>") and '<html lang="nl">' in head, path


def test_one_page_per_decision_document_meeting_and_a_summary_each(site: BuiltSite) -> None:
    con = duckdb.connect(str(site.db), read_only=True)
    try:
        decisions = [r[0] for r in con.execute("SELECT id FROM decisions").fetchall()]
        documents = [r[0] for r in con.execute("SELECT id FROM documents").fetchall()]
        meetings = [r[0] for r in con.execute("SELECT id FROM meetings").fetchall()]
    finally:
        con.close()
    assert len(decisions) == 6 and len(documents) == 10 and meetings
    for d in decisions:
        assert (site.out / "decisions" / f"{d}.html").is_file() and (site.out / "summaries" / f"{d}.md").is_file()
    assert all((site.out / "documents" / f"{d}.html").is_file() for d in documents)
    assert all((site.out / "meetings" / f"{m}.html").is_file() for m in meetings)
    assert site.report.pages["decision"] == 6 and site.report.pages["document"] == 10


def test_arktos_decision_page_is_a_dutch_agreement_summary_with_sources(site: BuiltSite) -> None:
    arktos = decision_id(site, "Arktos")
    html = page(site, f"decisions/{arktos}.html")
    for heading in ("Overeenkomst", "Periode", "Bedragen per jaar", "Begrotingslijnen", "Doelstellingen",
                    "Voorgeschiedenis", "Stemming", "Besluit"):  # fmt: skip
        assert f">{heading}<" in html, heading
    assert "Niet vermeld in dit besluit: Betalingsschema." in html  # empty sections are named, not drawn
    assert "1 september 2021 – 31 augustus 2023" in html
    assert "€ 30.000,00" in html and "per jaar" in html
    assert '<a href="../budget/MJP007706.html">MJP007706</a>' in html
    assert "26 april 2021" in html and "agendapunt 7" in html
    # each fact links to its anchored passage and quotes it, with its page number
    doc = arktos.rsplit("-", 1)[0]
    assert f'href="../documents/{doc}.html#f-d1-period-1"' in html and "<q>1-09-2021 tot 31-08-2023</q>" in html
    assert re.search(r">p\. 1</a><q>", html)
    # the same decision read from the PDF is named and linked
    pdf_copy = decision_id(site, "Arktos", "pdf")
    assert f'href="../decisions/{pdf_copy}.html"' in html and "Ook in" in html


def test_document_page_marks_each_fact_passage_under_its_anchor(site: BuiltSite) -> None:
    arktos = decision_id(site, "Arktos")
    html = page(site, f"documents/{arktos.rsplit('-', 1)[0]}.html")
    assert '<section class="page" id="p-1">' in html
    assert re.search(r'<span class="anchor" id="f-d1-period-1"></span><mark title="[^"]*Periode[^"]*">1-09-2021', html)
    assert '<span class="anchor" id="d-1"></span>' in html


def test_organisation_page_counts_each_decision_once(site: BuiltSite) -> None:
    orgs = {path.stem: path.read_text(encoding="utf-8") for path in (site.out / "organisations").glob("*.html")}
    arktos = next(html for slug, html in orgs.items() if slug.startswith("arktos"))
    decided = arktos.split('id="overeenkomsten"')[1].split("</section>")[0]
    assert decided.count("<tr>") == 2  # header + one decision, though stored from the text and the PDF
    assert "1 september 2021 – 31 augustus 2023" in arktos and "<svg" in arktos
    # text and PDF copy are one decision: 30.000 per budget year, not 60.000
    years = re.findall(r"<td>(20\d\d)</td>\s*<td class=\"num\">([^<]+)</td>", arktos)
    assert years == [("2021", "€ 30.000,00"), ("2022", "€ 30.000,00")]
    # earlier agreements described in the Voorgeschiedenis appear under the partner, on the timeline too
    referenced = arktos.split('id="eerdere-overeenkomsten"')[1].split("</section>")[0]
    assert referenced.count("<tr>") == 3 and ": Krachtige Scholen</td>" in referenced
    assert "1 september 2020 – 31 augustus 2022" in referenced
    assert 'class="bar referenced"' in arktos
    kompas = next(html for slug, html in orgs.items() if "kompas" in slug)
    assert "Regionaal Centraal Meldpunt" in kompas and "1 januari 2020 – 31 december 2025" in kompas


def test_budget_page_lists_both_years_of_the_line(site: BuiltSite) -> None:
    html = page(site, "budget/MJP007706.html")
    assert re.findall(r"<td>(20\d\d)</td>\s*<td class=\"num\">", html) == ["2021", "2022"]
    assert "AC000109" in html and "../decisions/" in html


def test_meeting_page_lists_attendance_and_the_vote(site: BuiltSite) -> None:
    meeting = next((site.out / "meetings").glob("*.html")).read_text(encoding="utf-8")
    assert "14 december 2020" in meeting and ">Aanwezigheden<" in meeting
    assert meeting.count("<tr><td>") >= 10 and "eenparig" in meeting
    assert "Igemo" in meeting


def test_index_counts_and_lists(site: BuiltSite) -> None:
    html = page(site, "index.html")
    counts = dict((label, int(n)) for n, label in re.findall(r'<span class="number">(\d+)</span> (\w+)', html))
    assert counts["Documenten"] == 10 and counts["Besluiten"] == 3 and counts["Vergaderingen"] == 1
    assert counts["Organisaties"] >= 20 and counts["Bedragen"] >= 5
    assert 'id="zoekterm"' in html and '<script src="static/search.js"></script>' in html


def test_markdown_summary_quotes_its_sources_and_escapes_markup(site: BuiltSite) -> None:
    arktos = decision_id(site, "Arktos")
    text = page(site, f"summaries/{arktos}.md")
    assert text.startswith("# Goedkeuring samenwerkingsovereenkomst")
    assert "- Periode: 1 september 2021 – 31 augustus 2023 — bron p. 1: “1-09-2021 tot 31-08-2023”" in text
    assert "| 2021 | € 30.000,00 |" in text and "&amp;" not in text and "<" not in text.replace("\\<", "")


def test_search_index_has_every_decision_and_schooluitval(site: BuiltSite) -> None:
    entries = json.loads(page(site, "search-index.json"))
    script = page(site, "search-index.js")
    assert script.startswith("window.BESLUITENBANK_SEARCH = [")
    kinds = {entry["k"] for entry in entries}
    assert {"besluit", "document", "organisatie", "begrotingslijn", "vergadering"} <= kinds
    assert sum(entry["k"] == "besluit" for entry in entries) == 3
    assert sum(entry["k"] == "document" for entry in entries) == 5  # text and PDF of a seed: one entry
    hits = [entry["t"] for entry in entries if "schooluitval" in entry["x"]]
    assert any("Arktos" in title for title in hits)
    for entry in entries:
        assert (site.out / Path(entry["u"])).is_file(), entry["u"]
