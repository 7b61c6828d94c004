"""Write a synthetic corpus: `OUT/pdf/<name>.pdf` and `OUT/gold/<name>.pdf.json` per document.

Each document has its own random source seeded with `"<seed>:<index>"` (string seeds are hashed
deterministically by `random.Random`), so a document does not depend on how many were generated
before it and `--docs 10` is a prefix of `--docs 100` for the same seed.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from render.synth.document import make_minutes
from render.synth.gold import minutes_to_gold
from render.synth.typeset import minutes_to_pdf


ITEMS = (5, 25)
"""Agenda items per document: with their sections and annexes, documents of about 4-25 pages."""


@dataclass(frozen=True)
class CorpusSummary:
    documents: int
    pages: int
    decisions: int
    seconds: float

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def document_name(seed: int, index: int) -> str:
    return f"synth-{seed}-{index:04d}.pdf"


def generate_document(seed: int, index: int, items: tuple[int, int] = ITEMS) -> tuple[str, bytes, dict, int]:
    """(file name, PDF bytes, gold, pages) of document `index` of the corpus of `seed`."""
    name = document_name(seed, index)
    minutes = make_minutes(random.Random(f"{seed}:{index}"), name, *items)
    pdf, pages = minutes_to_pdf(minutes)
    return name, pdf, minutes_to_gold(minutes), pages


def write_corpus(
    out_dir: Path, docs: int, seed: int, progress: Callable[[int, int], None] | None = None,
    items: tuple[int, int] = ITEMS,
) -> CorpusSummary:
    """Generate `docs` documents into `out_dir/pdf` and `out_dir/gold`; `progress(done, pages)`.
    `items`: the least and most agenda items per document (small documents keep tests fast)."""
    pdf_dir, gold_dir = out_dir / "pdf", out_dir / "gold"
    pdf_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    pages = decisions = 0
    for index in range(docs):
        name, pdf, gold, count = generate_document(seed, index, items)
        (pdf_dir / name).write_bytes(pdf)
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pages += count
        decisions += len(gold["decisions"])
        if progress:
            progress(index + 1, pages)
    return CorpusSummary(docs, pages, decisions, time.perf_counter() - started)
