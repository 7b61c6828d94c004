"""Document text is text: a `<script>` in a council document never becomes markup on the site.

Checked twice: in the HTML source (escaped) and in a real browser (headless Chromium), whose DOM
must hold the text and no script element made from it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from site_helpers import BuiltSite, build_site, chromium, chromium_dom

PAYLOAD = "<script>alert(1)</script>"
HOSTILE = f"""42. SOCIAAL BELEID. Goedkeuring samenwerkingsovereenkomst tussen stad Mechelen en Evil <b>vzw</b>
{PAYLOAD}
voor de periode van 1-09-2021 tot 31-08-2023.

De beslissing wordt genomen met eenparigheid van stemmen.

Motivering

Feiten en argumentatie

• Stad Mechelen werkt samen met Evil vzw. {PAYLOAD} "quotes" & ampersands <img src=x onerror=alert(2)>

Besluit

Artikel 1
De gemeenteraad keurt de samenwerkingsovereenkomst goed tussen de stad Mechelen en Evil vzw {PAYLOAD}.
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "in" / "hostile.txt"
    source.parent.mkdir()
    source.write_text(HOSTILE, encoding="utf-8")
    return build_site([source.parent], folder)


def all_pages(site: BuiltSite) -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8") for path in site.out.rglob("*") if path.suffix in (".html", ".md")}


def test_payload_is_escaped_in_every_page_source(hostile_site: BuiltSite) -> None:
    pages = all_pages(hostile_site)
    document = next(text for path, text in pages.items() if path.parent.name == "documents")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    assert "&lt;img src=x onerror=alert(2)&gt;" in document
    for path, text in pages.items():
        assert PAYLOAD not in text, path
        assert "<img" not in text and "onerror=alert" not in text.replace("onerror=alert(2)&gt;", ""), path
        if path.suffix == ".html":
            assert text.count("<script") == text.count('<script src="'), path  # only the site's own scripts


def test_payload_is_escaped_in_the_search_index(hostile_site: BuiltSite) -> None:
    script = (hostile_site.out / "search-index.js").read_text(encoding="utf-8")
    assert "</script" not in script.lower()


def test_markdown_summary_escapes_the_payload(hostile_site: BuiltSite) -> None:
    summary = next((hostile_site.out / "summaries").glob("*.md")).read_text(encoding="utf-8")
    assert PAYLOAD not in summary


@pytest.mark.parametrize("folder", ["documents", "decisions"])
def test_browser_shows_payload_as_text_and_runs_no_script_from_it(
    hostile_site: BuiltSite, folder: str, tmp_path: Path
) -> None:
    chromium()
    page = next((hostile_site.out / folder).glob("*.html"))
    original = page.read_text(encoding="utf-8")
    if folder == "decisions":
        assert "alert(1)" in original, "the decision page should quote the passage with the payload"
    dom = chromium_dom(page.resolve().as_uri(), tmp_path / "profile")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom  # the browser holds it as text
    assert dom.count("<script") == original.count("<script")  # no script element was created from the text
    assert "<img" not in dom
