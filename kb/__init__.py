"""Stage 4: the DuckDB knowledge base.

`connect` opens (and migrates) a database; `write_document`/`read_document` store and rebuild one
document's record (`read_all_documents`: every record at once); `ingest_paths` runs a batch (read
→ extract → validate → write, failures recorded); `export_json` writes the contract JSON.
`refresh_derived` brings the derived knowledge (clusters, links, search index) up to date; the
query functions in `kb.query` call it first. The schema is documented in `kb/SCHEMA.md` and in the
comments of `kb/sql/`.
"""

from kb.derived import refresh_derived
from kb.batch import IngestSummary, Status, ingest_paths, ingest_into, process_path
from kb.export import export_json
from kb.migrations import connect
from kb.store import DocumentNotFound, read_all_documents, read_document, write_document

__all__ = [
    "DocumentNotFound",
    "IngestSummary",
    "Status",
    "connect",
    "export_json",
    "ingest_into",
    "ingest_paths",
    "process_path",
    "read_all_documents",
    "read_document",
    "refresh_derived",
    "write_document",
]
