"""Measure extraction against a gold folder in one call: read, extract, score.

Used by `besluitenbank measure` (the re-runnable benchmark of extraction quality on the real
development corpus) and by the threshold tests. Documents are paired with their gold by file name,
so a corpus folder and its gold folder can sit anywhere. Gold files that carry a `scope` are
partial gold; the others are full gold; the two are reported separately because the targets differ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extract.pipeline import extract_document
from ingest import UnreadableSource, iter_sources, read_source
from schema.errors import RecordRejected
from schema.export import record_to_contract
from schema.scoring import Scoreboard, score_pair
from schema.scoring.files import load_folder


@dataclass
class Measurement:
    """Scores of one corpus against its gold: totals for full and partial gold, per document."""

    full: Scoreboard = field(default_factory=Scoreboard)
    partial: Scoreboard = field(default_factory=Scoreboard)
    documents: dict[str, Scoreboard] = field(default_factory=dict)
    partial_sources: set[str] = field(default_factory=set)
    failures: dict[str, str] = field(default_factory=dict)

    def merge(self, other: "Measurement") -> None:
        self.full.merge(other.full)
        self.partial.merge(other.partial)
        self.documents.update(other.documents)
        self.partial_sources |= other.partial_sources
        self.failures.update(other.failures)


def measure_folder(corpus_dir: Path, gold_dir: Path) -> Measurement:
    """Extract every document of `corpus_dir` that has gold in `gold_dir` and score it."""
    gold = load_folder(gold_dir)
    paths = {path.name: path for path in iter_sources([corpus_dir])}
    result = Measurement()
    for source, gold_doc in sorted(gold.items()):
        prediction = None
        path = paths.get(source)
        if path is None:
            result.failures[source] = "no such file in the corpus folder"
        else:
            try:
                prediction = record_to_contract(extract_document(read_source(path)).record)
            except (UnreadableSource, RecordRejected) as error:
                result.failures[source] = str(error)
        board = score_pair(gold_doc, prediction)
        result.documents[source] = board
        if gold_doc.get("scope"):
            result.partial_sources.add(source)
            result.partial.merge(board)
        else:
            result.full.merge(board)
    return result


def measure_tree(corpus_root: Path, gold_root: Path) -> dict[str, Measurement]:
    """`measure_folder` for every sub-folder of `gold_root` that has a twin under `corpus_root`."""
    results: dict[str, Measurement] = {}
    for gold_dir in sorted(p for p in gold_root.iterdir() if p.is_dir()):
        corpus_dir = corpus_root / gold_dir.name
        if corpus_dir.is_dir():
            results[gold_dir.name] = measure_folder(corpus_dir, gold_dir)
    return results
