"""Checks of a rendered site: every internal link resolves, every page is balanced HTML.

`check_links` reads every HTML file's `href`/`src` (relative ones: the site must work from disk,
so it has no absolute internal links), resolves each against the file, and reports the target
file or `#anchor` that does not exist. `check_html` reports what a browser would silently repair:
an end tag that closes nothing, elements left open, a duplicate id, a missing `<!doctype html>` or
`lang="nl"`. Both use only `html.parser`, so the render command can run them on every render.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


@dataclass(frozen=True)
class Problem:
    page: str
    """path of the HTML file, relative to the site root"""
    message: str


@dataclass
class PageScan:
    """What one HTML file contains that the checks need."""

    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    doctype: bool = False
    lang: str | None = None


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()
        self.stack: list[tuple[str, int]] = []

    def handle_decl(self, decl: str) -> None:
        if decl.strip().lower() == "doctype html":
            self.scan.doctype = True

    def _attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value is not None:
                if value in self.scan.ids:
                    self.scan.problems.append(f"duplicate id {value!r}")
                self.scan.ids.add(value)
            elif name in ("href", "src") and value is not None:
                self.scan.links.append(value)
            elif name == "lang" and tag == "html":
                self.scan.lang = value

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attributes(tag, attrs)
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attributes(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.scan.problems.append(f"line {self.getpos()[0]}: end tag </{tag}> of a void element")
        elif not self.stack or self.stack[-1][0] != tag:
            open_tag = self.stack[-1] if self.stack else None
            detail = f"<{open_tag[0]}> opened on line {open_tag[1]}" if open_tag else "no open element"
            self.scan.problems.append(f"line {self.getpos()[0]}: </{tag}> does not close the open element ({detail})")
        else:
            self.stack.pop()

    def close(self) -> None:
        super().close()
        for tag, line in self.stack:
            self.scan.problems.append(f"<{tag}> opened on line {line} is never closed")


def scan_html(text: str) -> PageScan:
    scanner = _Scanner()
    scanner.feed(text)
    scanner.close()
    return scanner.scan


def html_problems(text: str) -> list[str]:
    """Structure problems of one page (balanced tags, unique ids, doctype, `lang="nl"`)."""
    return scan_problems(scan_html(text))


def scan_problems(scan: PageScan) -> list[str]:
    problems = list(scan.problems)
    if not scan.doctype:
        problems.append("no <!doctype html>")
    if scan.lang != "nl":
        problems.append(f'<html lang="nl"> expected, found lang={scan.lang!r}')
    return problems


def is_internal(href: str) -> bool:
    """A link into the site: no scheme (`https:`, `mailto:`), not protocol-relative (`//host`)."""
    parts = urlsplit(href)
    return not parts.scheme and not parts.netloc


def _pages(site: Path) -> dict[Path, PageScan]:
    return {path: scan_html(path.read_text(encoding="utf-8")) for path in sorted(site.rglob("*.html"))}


def check_links(site: Path, scans: dict[Path, PageScan] | None = None) -> list[Problem]:
    """Every relative `href`/`src` of every page that points at a missing file or anchor."""
    site = site.resolve()
    scans = scans if scans is not None else _pages(site)
    problems: list[Problem] = []
    for page, scan in scans.items():
        name = page.relative_to(site).as_posix()
        for href in scan.links:
            if not href:
                problems.append(Problem(name, "empty link"))
                continue
            if not is_internal(href):
                continue
            parts = urlsplit(href)
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_relative_to(site):
                problems.append(Problem(name, f"{href} leaves the site"))
            elif not target.is_file():
                problems.append(Problem(name, f"{href}: no file {target.relative_to(site).as_posix()}"))
            elif parts.fragment and target.suffix == ".html":
                ids = scans[target].ids if target in scans else scan_html(target.read_text(encoding="utf-8")).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(Problem(name, f"{href}: no anchor #{parts.fragment}"))
    return problems


def check_html(site: Path, scans: dict[Path, PageScan] | None = None) -> list[Problem]:
    """Structure problems of every page of the site (see `html_problems`)."""
    site = site.resolve()
    scans = scans if scans is not None else _pages(site)
    return [
        Problem(page.relative_to(site).as_posix(), message)
        for page, scan in scans.items()
        for message in scan_problems(scan)
    ]


def check_site(site: Path) -> list[Problem]:
    """Links and structure of a whole rendered site (what `besluitenbank render` reports)."""
    site = site.resolve()
    scans = _pages(site)
    return check_links(site, scans) + check_html(site, scans)
