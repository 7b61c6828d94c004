"""The seed site, built once per test run and shared by the `test_site_*` modules.

Ingesting `corpus/` (text and PDF of each seed) takes seconds, so it happens once: `seed_site()`
is cached at module level (a session fixture imported into several modules would run once per
module). `chromium_dom` drives a real headless Chromium, for the tests that must see what a
browser makes of a page; it skips with the reason when Chromium is not installed.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import CORPUS
from kb import connect, ingest_into
from render.site import SiteReport, render_site

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-extensions", "--disable-dev-shm-usage",
)  # fmt: skip
CHROMIUM_MISSING = "chromium is not installed (CI: apt-get install -y chromium)"


@dataclass(frozen=True)
class BuiltSite:
    db: Path
    out: Path
    report: SiteReport


def build_site(paths: list[Path], folder: Path) -> BuiltSite:
    """Ingest `paths` into a new knowledge base in `folder` and render its site to `folder/site`."""
    db = folder / "kb.duckdb"
    con = connect(db)
    try:
        summary = ingest_into(con, paths)
        assert summary.ok, [outcome.reason for outcome in summary.failed]
        report = render_site(con, folder / "site")
    finally:
        con.close()
    return BuiltSite(db, folder / "site", report)


@functools.cache
def seed_site() -> BuiltSite:
    """The site of the whole bundled corpus (5 seeds, each as text and as PDF)."""
    folder = Path(tempfile.mkdtemp(prefix="besluitenbank-site-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return build_site([CORPUS], folder)


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip(CHROMIUM_MISSING)
    return found


def chromium_dom(url: str, profile: Path, timeout: float = 90) -> str:
    """The DOM of `url` after Chromium loaded it and ran its scripts (`--dump-dom`)."""
    result = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url],
        capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout
