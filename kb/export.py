"""Export the knowledge base in the JSON contract format `besluitenbank/1`.

One `<source>.json` per stored document, built from the stored record (`read_all_documents`) by the
same `record_to_contract` the extract command uses, so an export equals what extraction produced
and the evaluator can score the knowledge base itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from kb.store import document_ids, read_all_documents
from schema.export import record_to_contract


@dataclass
class ExportSummary:
    written: list[Path] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    """Source names held by more than one stored document: only the first (by id) was written."""


def export_json(con: duckdb.DuckDBPyConnection, out_dir: Path | str) -> ExportSummary:
    """Write `out_dir/<source>.json` for every stored document; return what was written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary()
    names: set[str] = set()
    stored = read_all_documents(con)
    for doc_id in document_ids(con):
        record, _ = stored[doc_id]
        if record.source in names:
            # Two different files with one name (from two folders): the contract keys files by
            # name, so the second cannot be exported beside the first; report it instead.
            summary.duplicates.append(record.source)
            continue
        names.add(record.source)
        target = out / f"{record.source}.json"
        payload = json.dumps(record_to_contract(record), ensure_ascii=False, indent=1)
        target.write_text(payload, encoding="utf-8")
        summary.written.append(target)
    return summary
