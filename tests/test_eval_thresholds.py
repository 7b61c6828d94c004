"""The foundation issue's acceptance figures on the bundled seeds, text and PDF.

`besluitenbank eval` on the seed gold must give micro-F1 ≥ 0.95 for the text documents and for
their PDFs, and every scored field ≥ 0.85. This runs the real pipeline (ingest → extract → export
shape → scorer) on `corpus/`, so any extractor regression on the seeds fails here by field name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import GOLD_SEEDS_PDF, GOLD_SEEDS_TXT, SEEDS_PDF, SEEDS_TXT
from extract.evaluation import measure_folder

MICRO_FLOOR = 0.95
FIELD_FLOOR = 0.85


@pytest.mark.parametrize(("corpus", "gold"), [(SEEDS_TXT, GOLD_SEEDS_TXT), (SEEDS_PDF, GOLD_SEEDS_PDF)], ids=["txt", "pdf"])
def test_seed_eval_meets_the_floors(corpus: Path, gold: Path) -> None:
    result = measure_folder(corpus, gold)
    assert not result.failures, result.failures
    board = result.full
    assert len(result.documents) == 5
    micro = board.micro()
    assert micro.f1 >= MICRO_FLOOR, f"micro-F1 {micro.f1:.3f} < {MICRO_FLOOR}"
    weak = {name: round(t.f1, 3) for name, t in board.fields.items() if t.tp + t.fp + t.fn and t.f1 < FIELD_FLOOR}
    assert not weak, f"fields under {FIELD_FLOOR}: {weak}"
