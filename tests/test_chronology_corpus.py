"""Period and history end to end, scored by the contract's own scorer: seeds and real full gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import GOLD_SEEDS_TXT, SEEDS_TXT
from extract.pipeline import extract_document
from ingest import read_source
from schema.export import record_to_contract
from schema.scoring.score import score_pair

FIELDS = ("decision.period.start", "decision.period.end", "decision.history")


def _tallies(gold_path: Path, source: Path) -> dict[str, tuple[int, int, int]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    board = score_pair(gold, record_to_contract(extract_document(read_source(source)).record))
    return {name: (t.tp, t.fp, t.fn) for name in FIELDS if (t := board.tally(name)) is not None}


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_seed_period_and_history_match_the_gold(prefix: str) -> None:
    source = next(SEEDS_TXT.glob(f"{prefix}_*.txt"))
    for name, (tp, fp, fn) in _tallies(GOLD_SEEDS_TXT / f"{source.name}.json", source).items():
        assert fp == fn == 0 and tp > 0, name


REAL_FULL_GOLD = [
    "mechelen/gemeenteraad-20250127-8.txt",  # toezegging after the Besluit, nested 2016 date, footer
    "mechelen/gemeenteraad-20250127-12.txt",
    "mechelen/gemeenteraad-20250127-37.txt",
    "mechelen/gemeenteraad-20250127-43.txt",
    "mechelen/gemeenteraad-20250127-46.txt",
    "mechelen/gemeenteraad-20250127-TP05.txt",
    "aalst/aalst-12-2023_GR_00604.txt",
    "aalst/aalst-14-2023_GR_00577.txt",
    "aalst/aalst-25-2018_GR_00054.txt",
    "destelbergen/destelbergen-09.txt",
    "antwerpen/2016_DCBZL_00292_lokaal_veiligheidsoverleg.txt",
]


@pytest.mark.parametrize("name", REAL_FULL_GOLD)
def test_real_period_and_history_match_the_full_gold(shared_dir: Path, name: str) -> None:
    source = shared_dir / "corpus-real" / name
    gold = shared_dir / "spec" / "gold" / "real" / f"{name}.json"
    for field, (_tp, fp, fn) in _tallies(gold, source).items():
        assert fp == fn == 0, field
