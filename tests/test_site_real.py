"""The site of real documents from two municipalities (Mechelen 2025 items, an Aalst LBLOD item).

Skipped when ../shared is absent. A few files only, so the test stays fast: a Mechelen item whose
second decision cites the first in its Voorgeschiedenis, one with a roll-call vote, and an Aalst
subsidy decision with a party and a budget line.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest

from render.site.checks import check_html, check_links
from site_helpers import BuiltSite, build_site

FILES = (
    "mechelen/gemeenteraad-20250127-43.txt",
    "mechelen/gemeenteraad-20250127-36.txt",
    "aalst/aalst-08-2023_GR_00592.txt",
)

pytestmark = pytest.mark.real


@pytest.fixture(scope="module")
def real_site(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    folder = tmp_path_factory.mktemp("real-site")
    inputs = folder / "in"
    inputs.mkdir()
    for name in FILES:
        shutil.copy(shared_dir / "corpus-real" / name, inputs / Path(name).name)
    return build_site([inputs], folder)


def ids(site: BuiltSite, sql: str, *params: object) -> list[str]:
    con = duckdb.connect(str(site.db), read_only=True)
    try:
        return [str(row[0]) for row in con.execute(sql, list(params)).fetchall()]
    finally:
        con.close()


def test_real_site_links_resolve_and_pages_are_valid(real_site: BuiltSite) -> None:
    assert check_links(real_site.out) == []
    assert check_html(real_site.out) == []
    assert real_site.report.pages["document"] == len(FILES)


def test_history_event_links_to_the_decision_it_names(real_site: BuiltSite) -> None:
    citing = ids(real_site, "SELECT decision_id FROM history_links WHERE status = 'resolved' ORDER BY 1")
    assert citing, "the cited decision of the same item should resolve"
    target = ids(real_site, "SELECT target_decision_id FROM history_links WHERE decision_id = ? AND status = 'resolved'",
                 citing[0])[0]  # fmt: skip
    html = (real_site.out / "decisions" / f"{citing[0]}.html").read_text(encoding="utf-8")
    history = html.split('id="voorgeschiedenis"')[1].split("</section>")[0]
    assert f'href="../decisions/{target}.html"' in history
    cited = (real_site.out / "decisions" / f"{target}.html").read_text(encoding="utf-8")
    assert ">Verwezen door<" in cited and f'href="../decisions/{citing[0]}.html"' in cited


def test_meeting_page_shows_how_each_member_voted(real_site: BuiltSite) -> None:
    meetings = ids(real_site, "SELECT meeting_id FROM documents WHERE source LIKE 'gemeenteraad-20250127-36%'")
    html = (real_site.out / "meetings" / f"{meetings[0]}.html").read_text(encoding="utf-8")
    assert "27 januari 2025" in html
    voters = re.findall(r'<li class="side-(voor|tegen|onthouding)">([^<:]+): \1</li>', html)
    assert len(voters) >= 20 and {side for side, _ in voters} >= {"voor"}


def test_aalst_party_has_an_organisation_page_with_the_decision(real_site: BuiltSite) -> None:
    decision = ids(real_site, "SELECT p.decision_id FROM parties p JOIN documents d ON d.id = p.document_id "
                              "WHERE d.source LIKE 'aalst%' LIMIT 1")[0]  # fmt: skip
    html = (real_site.out / "decisions" / f"{decision}.html").read_text(encoding="utf-8")
    org = re.search(r'href="\.\./(organisations/[^"]+\.html)"', html)
    assert org, "the party links to its organisation"
    page = (real_site.out / org.group(1)).read_text(encoding="utf-8")
    assert f'href="../decisions/{decision}.html"' in page
