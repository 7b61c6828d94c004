"""The site checks catch what they exist for: broken links and anchors, unbalanced HTML."""

from __future__ import annotations

from pathlib import Path

from render.site.checks import check_html, check_links, html_problems, is_internal

GOOD = '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>t</title></head><body>{}</body></html>'


def test_a_well_formed_page_has_no_problems() -> None:
    assert html_problems(GOOD.format('<p>tekst<br><img src="x.png" alt=""></p><svg><rect x="1"/></svg>')) == []


def test_unbalanced_tags_duplicate_ids_and_missing_doctype_are_reported() -> None:
    assert any("does not close" in p for p in html_problems(GOOD.format("<p><b>tekst</p></b>")))
    assert any("never closed" in p for p in html_problems(GOOD.format("<div><p>tekst</p>")))
    assert any("duplicate id" in p for p in html_problems(GOOD.format('<p id="a"></p><p id="a"></p>')))
    assert html_problems('<html lang="nl"><body></body></html>') == ["no <!doctype html>"]
    assert any('lang="nl"' in p for p in html_problems("<!doctype html><html><body></body></html>"))


def test_is_internal() -> None:
    assert is_internal("../decisions/a-1.html#f-d1-title-1") and is_internal("#p-1")
    assert not is_internal("https://example.org/") and not is_internal("mailto:x@y") and not is_internal("//cdn/x.js")


def test_check_links_reports_missing_files_and_anchors(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "index.html").write_text(GOOD.format(
        '<a href="sub/a.html#er">ok</a><a href="sub/a.html#weg">anker</a><a href="sub/b.html">bestand</a>'
        '<a href="#top">zelf</a><a href="../buiten.html">buiten</a><a href="https://example.org">extern</a>'
    ))  # fmt: skip
    (tmp_path / "sub" / "a.html").write_text(GOOD.format('<span id="er"></span><a href="../index.html">terug</a>'))
    problems = sorted(p.message for p in check_links(tmp_path))
    assert problems == [
        "#top: no anchor #top",
        "../buiten.html leaves the site",
        "sub/a.html#weg: no anchor #weg",
        "sub/b.html: no file sub/b.html",
    ]
    assert check_html(tmp_path) == []
