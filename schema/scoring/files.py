"""Reading gold and prediction folders for the evaluator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Json = dict[str, Any]


class ScoringInputError(ValueError):
    """A gold or prediction file that cannot be read; the message names the file."""


def _read(path: Path) -> Json:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ScoringInputError(f"{path}: cannot read JSON ({error})") from None
    if not isinstance(data, dict) or "source" not in data:
        raise ScoringInputError(f"{path}: not a besluitenbank/1 document (no 'source' key)")
    return data


def load_folder(folder: Path) -> dict[str, Json]:
    """Every export/gold JSON under `folder` (recursive), keyed by its `source`."""
    if not folder.is_dir():
        raise ScoringInputError(f"{folder}: not a folder")
    documents: dict[str, Json] = {}
    for path in sorted(folder.rglob("*.json")):
        data = _read(path)
        source = str(data["source"])
        if source in documents:
            raise ScoringInputError(f"{path}: a second file for source {source!r}")
        documents[source] = data
    return documents


def load_pairs(gold_dir: Path, pred_dir: Path) -> list[tuple[Json, Json | None]]:
    """(gold, prediction or None) for every gold document; predictions without gold are ignored."""
    gold = load_folder(gold_dir)
    if not gold:
        raise ScoringInputError(f"{gold_dir}: no gold JSON files found")
    predictions = load_folder(pred_dir)
    return [(gold[source], predictions.get(source)) for source in sorted(gold)]
