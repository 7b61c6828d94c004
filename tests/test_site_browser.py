"""The site as a person uses it, in a real browser (headless Chromium): search, and opening from disk."""

from __future__ import annotations

import re
from pathlib import Path

from site_helpers import chromium, chromium_dom, seed_site


def results(dom: str) -> list[tuple[str, str, str]]:
    """(kind, href, title) of each search result the script put in the page."""
    return re.findall(r'<li class="result"><span class="kind">([^<]+)</span><a href="([^"]+)">([^<]+)</a>', dom)


def test_search_schooluitval_finds_the_arktos_decision_first(tmp_path: Path) -> None:
    chromium()
    index = (seed_site().out / "index.html").resolve().as_uri()
    dom = chromium_dom(index + "?q=schooluitval", tmp_path / "profile")
    found = results(dom)
    assert found, dom[-3000:]
    kind, href, title = found[0]
    assert kind == "besluit" and "Arktos" in title and href.startswith("decisions/")
    assert (seed_site().out / href).is_file()
    assert re.search(r'id="search-status"[^>]*>\d+ resultaten voor “schooluitval”', dom)


def test_search_matches_folded_partial_words_and_codes(tmp_path: Path) -> None:
    chromium()
    index = (seed_site().out / "index.html").resolve().as_uri()
    dom = chromium_dom(index + "?q=MJP007706", tmp_path / "profile")
    kinds = [kind for kind, _, _ in results(dom)]
    assert "begrotingslijn" in kinds and "besluit" in kinds
    none = chromium_dom(index + "?q=xyzzyniets", tmp_path / "profile")
    assert results(none) == [] and "Geen resultaten" in none


def test_a_page_without_query_shows_no_results(tmp_path: Path) -> None:
    chromium()
    dom = chromium_dom((seed_site().out / "index.html").resolve().as_uri(), tmp_path / "profile")
    assert results(dom) == [] and "Zoeken werkt in de browser" in dom
