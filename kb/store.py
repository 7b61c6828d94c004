"""Writing a document's record to the knowledge base and reading it back.

`write_document` stores one document in ONE transaction: its `documents` row is inserted or
updated in place (same SHA-256 = same document), every fact row it had is deleted and the new
ones inserted. Re-ingesting after an extractor change therefore replaces the facts and never
duplicates them, and a crash half-way leaves the previous version intact.

`read_document` rebuilds the `DocumentRecord` from the tables (see `kb/rebuild.py`), so
everything downstream (export, show, partner) works from what is stored, not from a re-extraction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import duckdb

from kb.keys import DOCUMENT_ID_DIGITS
from kb.rebuild import DocumentTables, tables_to_record
from kb.rows import ENTITY_TABLES, FACT_TABLES, Row, record_to_rows
from schema.records import DocumentRecord
from schema.source import PAGE_BREAK, SourceDocument


class DocumentNotFound(LookupError):
    """No stored document has that id or SHA-256 (prefix)."""


INSERT_CHUNK = 300
"""Rows per INSERT statement: one multi-row VALUES is far faster in DuckDB than `executemany`."""


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[Row], on_conflict: str = "") -> None:
    if not rows:
        return
    columns = list(rows[0])
    row_marks = "(" + ", ".join("?" for _ in columns) + ")"
    for at in range(0, len(rows), INSERT_CHUNK):
        chunk = rows[at : at + INSERT_CHUNK]
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join(row_marks for _ in chunk)} {on_conflict}"
        con.execute(sql, [row[column] for row in chunk for column in columns])


def _unique(rows: Iterable[Row], key: str) -> list[Row]:
    """First row per key: an entity named twice in a document is stored as first written."""
    seen: dict[object, Row] = {}
    for row in rows:
        seen.setdefault(row[key], row)
    return list(seen.values())


def delete_facts(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    """Delete every fact row of a document (not its `documents` row, not shared entities)."""
    for table in reversed(FACT_TABLES):
        con.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc_id])


def write_document(
    con: duckdb.DuckDBPyConnection,
    source: SourceDocument,
    record: DocumentRecord,
    ingested_at: dt.datetime | None = None,
) -> str:
    """Store (or replace) one document and all its facts in one transaction; return its id."""
    rows = record_to_rows(source, record, ingested_at or dt.datetime.now())
    doc = rows.document
    con.begin()
    try:
        for table in ENTITY_TABLES:
            _insert(con, table, _unique(rows.entities[table], "id" if table == "meetings" else "key"),
                    "ON CONFLICT DO NOTHING")  # fmt: skip
        exists = con.execute("SELECT count(*) FROM documents WHERE id = ?", [doc["id"]]).fetchone()
        if exists and exists[0]:
            delete_facts(con, doc["id"])
            # Key columns stay as they are: DuckDB updates an indexed column as delete + insert,
            # which a referenced row cannot survive. They are equal anyway (same content).
            columns = [column for column in doc if column not in ("id", "sha256")]
            assignments = ", ".join(f"{column} = ?" for column in columns)
            con.execute(
                f"UPDATE documents SET {assignments} WHERE id = ?", [*(doc[c] for c in columns), doc["id"]]
            )
        else:
            _insert(con, "documents", [doc])
        for table in FACT_TABLES:
            _insert(con, table, rows.facts[table])
        # A file that ingests is no longer a failure, under whatever path it failed before.
        con.execute("DELETE FROM failures WHERE sha256 = ? OR path = ?", [record.sha256, source.path])
        con.commit()
    except Exception:
        con.rollback()
        raise
    return str(doc["id"])


def resolve_document_id(con: duckdb.DuckDBPyConnection, sha256_or_id: str) -> str:
    """The document id for a full SHA-256, a document id, or an unambiguous prefix of either."""
    needle = sha256_or_id.strip().lower()
    if len(needle) > DOCUMENT_ID_DIGITS:
        found = con.execute("SELECT id FROM documents WHERE starts_with(sha256, ?)", [needle]).fetchall()
    else:
        found = con.execute("SELECT id FROM documents WHERE starts_with(id, ?)", [needle]).fetchall()
    if len(found) != 1:
        reason = "no document" if not found else f"{len(found)} documents"
        raise DocumentNotFound(f"{reason} with id or sha256 {sha256_or_id!r}")
    return str(found[0][0])


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> list[Row]:
    cursor = con.execute(sql, params)
    columns = [description[0] for description in cursor.description]
    return [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]


def fetch_tables(con: duckdb.DuckDBPyConnection, doc_id: str) -> DocumentTables:
    """All rows of one document, each table in its stored order."""
    documents = _fetch(con, "SELECT * FROM documents WHERE id = ?", [doc_id])
    if not documents:
        raise DocumentNotFound(f"no document with id {doc_id!r}")
    facts: dict[str, list[Row]] = {}
    for table in FACT_TABLES:
        order = {
            "pages": "number",
            "decisions": "position",
            "votes": "decision_id, position",
            "voters": "vote_id, position",
            "organization_mentions": "org_position, position",
            "organization_aliases": "org_position, position",
            "goals": "decision_id NULLS FIRST, position",
            "periods": "decision_id",
            "referenced_agreement_parties": "decision_id, agreement_position, position",
        }.get(table, "decision_id, position" if table in _DECISION_TABLES else "position")
        facts[table] = _fetch(con, f"SELECT * FROM {table} WHERE document_id = ? ORDER BY {order}", [doc_id])
    return DocumentTables(document=documents[0], facts=facts)


_DECISION_TABLES = frozenset(
    {"periods", "parties", "amounts", "budget_lines", "payments", "history", "articles", "referenced_agreements"}
)


def read_document(con: duckdb.DuckDBPyConnection, sha256_or_id: str) -> DocumentRecord:
    """Rebuild the stored `DocumentRecord` of a document (by id, SHA-256 or a unique prefix)."""
    return tables_to_record(fetch_tables(con, resolve_document_id(con, sha256_or_id)))


def document_text(con: duckdb.DuckDBPyConnection, doc_id: str) -> str:
    """The document's full text (pages joined by form feeds): what provenance offsets point into."""
    rows = con.execute("SELECT text FROM pages WHERE document_id = ? ORDER BY number", [doc_id]).fetchall()
    return PAGE_BREAK.join(row[0] for row in rows)


def document_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [row[0] for row in con.execute("SELECT id FROM documents ORDER BY source, id").fetchall()]
