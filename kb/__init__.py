"""Stage 4: the DuckDB knowledge base.

`connect` opens (and migrates) a database; `write_document`/`read_document` store and rebuild one
document's record; `ingest_paths` runs a batch (read → extract → validate → write, failures
recorded); `export_json` writes the contract JSON. The schema is documented in `kb/SCHEMA.md`
and in the comments of `kb/sql/`.
"""

from kb.batch import IngestSummary, Status, ingest_paths, ingest_into, process_path
from kb.export import export_json
from kb.migrations import connect
from kb.store import DocumentNotFound, read_document, write_document

__all__ = [
    "DocumentNotFound",
    "IngestSummary",
    "Status",
    "connect",
    "export_json",
    "ingest_into",
    "ingest_paths",
    "process_path",
    "read_document",
    "write_document",
]
