"""`besluitenbank bench` end to end on a two-PDF corpus: every figure is there, in the table and as JSON.

The real benchmark (2,000 pages, minutes) is not a test; this only keeps the command working.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from conftest import GOLD_SEEDS_PDF, SEEDS_PDF
from render.cli.main import app


def test_bench_reports_every_figure_as_json(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "pdf").mkdir(parents=True)
    (corpus / "gold").mkdir()
    for prefix in ("001", "004"):
        pdf = next(SEEDS_PDF.glob(f"{prefix}_*.pdf"))
        shutil.copy(pdf, corpus / "pdf")
        shutil.copy(GOLD_SEEDS_PDF / f"{pdf.name}.json", corpus / "gold")
    result = CliRunner().invoke(app, ["bench", str(corpus), "--jobs", "1", "--work", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout[result.stdout.index("{"):])
    assert figures["documents"] == 2 and figures["pages"] == 6 and figures["failed"] == 0
    assert figures["baseline_pages_per_second"] > 0 and figures["one_worker_pages_per_second"] > 0
    assert 0 < figures["rerun_share"] < 1 and figures["peak_rss_writer_mib"] > 0
    assert figures["f1"] > 0.9  # the seed PDFs' gold, scored on what the knowledge base holds
