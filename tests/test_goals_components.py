"""The goals and questions components in the pipeline: seeds against their gold, real corpus too.

Goals are scored by the contract's own scorer, so a goal counts as found exactly when the
evaluator would count it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import GOLD_SEEDS_TXT, SEEDS_TXT
from extract.context import DecisionBlock, Section, SectionName
from extract.goals.components import goal_ranges
from extract.goals.vocab import GoalsVocab, load_vocab
from extract.pipeline import extract_document
from ingest import read_source
from schema.export import record_to_contract
from schema.provenance import Span
from schema.records import Decision
from schema.scoring.score import score_pair

GOAL_FIELDS = ("goals", "goals.number", "goals.level", "decision.goals", "decision.goals.number", "decision.goals.level", "questions")


def _tallies(gold_path: Path, source: Path) -> dict[str, tuple[int, int, int]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    pred = record_to_contract(extract_document(read_source(source)).record)
    board = score_pair(gold, pred)
    found = {}
    for name in GOAL_FIELDS:
        tally = board.tally(name)
        if tally is not None:
            found[name] = (tally.tp, tally.fp, tally.fn)
    return found


@pytest.mark.parametrize("source", sorted(SEEDS_TXT.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_goals_and_questions_match_the_gold(source: Path) -> None:
    for name, (tp, fp, fn) in _tallies(GOLD_SEEDS_TXT / f"{source.name}.json", source).items():
        assert (fp, fn) == (0, 0), f"{name}: tp={tp} fp={fp} fn={fn}"


REAL_WITH_GOALS = [
    "aalst/aalst-13-2023_GR_00629.txt",  # grant purpose + commitments
    "aalst/aalst-14-2023_GR_00577.txt",  # six strategic goals, one per line
    "mechelen/gemeenteraad-20250127-44.txt",  # the tasks of an assignment
    "mechelen/gemeenteraad-20250127-49.txt",  # the works each party carries out
]
REAL_WITHOUT_GOALS = [
    "aalst/aalst-12-2023_GR_00604.txt",  # parties with amounts: no goals
    "mechelen/gemeenteraad-20250127-8.txt",  # organisations' stated purposes
    "mechelen/gemeenteraad-20250127-33.txt",  # statutory aims
    "mechelen/gemeenteraad-20250127-TP03.txt",  # a proposal's articles
    "antwerpen/2016_DCBZL_00292_lokaal_veiligheidsoverleg.txt",
]


@pytest.mark.real
@pytest.mark.parametrize("name", REAL_WITH_GOALS + REAL_WITHOUT_GOALS)
def test_real_decision_goals_match_the_gold(shared_dir: Path, name: str) -> None:
    source = shared_dir / "corpus-real" / name
    tallies = _tallies(shared_dir / "spec" / "gold" / "real" / f"{name}.json", source)
    tp, fp, fn = tallies["decision.goals"]
    assert (fp, fn) == (0, 0), f"tp={tp} fp={fp} fn={fn}"
    assert tallies.get("decision.goals.level", (0, 0, 0))[1:] == (0, 0)
    assert (tp > 0) == (name in REAL_WITH_GOALS)


def test_goal_ranges_leave_out_sections_without_goals() -> None:
    block = DecisionBlock(start=0, end=100, heading_start=0, heading_end=10, decision=Decision(title="x", span=Span(page=1, start=0, end=100)))
    block.sections = [
        Section(SectionName.FEITEN, 10, 20, 40),
        Section(SectionName.JURIDISCHE_GROND, 40, 50, 60),
        Section(SectionName.FINANCIELE_GEVOLGEN, 60, 70, 80),
        Section(SectionName.BESLUIT, 80, 85, 100),
    ]
    assert goal_ranges(block) == [(0, 40), (80, 100)]


def test_vocabulary_is_validated() -> None:
    vocab = load_vocab()
    assert any(label.number_prefix == "SD" for label in vocab.labels)
    data = vocab.model_dump()
    data["unknown"] = []
    with pytest.raises(ValueError):
        GoalsVocab.model_validate(data)
