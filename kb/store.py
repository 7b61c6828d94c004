"""Writing a document's record to the knowledge base and reading it back.

`write_document` stores one document in ONE transaction: its `documents` row is inserted or
updated in place (same SHA-256 = same document), every fact row it had is deleted and the new
ones inserted. Re-ingesting after an extractor change therefore replaces the facts and never
duplicates them, and a crash half-way leaves the previous version intact.

`read_document` rebuilds the `DocumentRecord` from the tables (see `kb/rebuild.py`), so
everything downstream (export, decision view, audit, site) works from what is stored, not from a
re-extraction. `read_all_documents` rebuilds every document with one query per table instead of
one per table and document (DuckDB answers each query in a few milliseconds, which made reading
the 188 documents of the development corpus one by one take seconds); both order each table's
rows by `table_order`, which is all `tables_to_record` relies on.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import duckdb

from kb.db import fetch_rows, insert_rows, transaction
from kb.keys import DOCUMENT_ID_DIGITS
from kb.rebuild import DocumentTables, tables_to_record
from kb.rows import ENTITY_TABLES, FACT_TABLES, Row, record_to_rows, unique_entities
from schema.records import DocumentRecord
from schema.source import PAGE_BREAK, SourceDocument


class DocumentNotFound(LookupError):
    """No stored document has that id or SHA-256 (prefix)."""


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
    with transaction(con):
        for table in ENTITY_TABLES:
            insert_rows(con, table, unique_entities(table, rows.entities[table]), "ON CONFLICT DO NOTHING")
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
            insert_rows(con, "documents", [doc])
        for table in FACT_TABLES:
            insert_rows(con, table, rows.facts[table])
        # A file that ingests is no longer a failure, under whatever path it failed before.
        con.execute("DELETE FROM failures WHERE sha256 = ? OR path = ?", [record.sha256, source.path])
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


PARENT_COLUMNS = ("decision_id", "vote_id", "org_position", "agreement_position")
ORDER_COLUMNS = ("position", "number")


def table_order(columns: list[str]) -> str:
    """`ORDER BY` of a fact table: document, then its parent columns, then its position."""
    order = ["document_id"]
    order += [f"{c} NULLS FIRST" if c == "decision_id" else c for c in PARENT_COLUMNS if c in columns]
    order += [c for c in ORDER_COLUMNS if c in columns][:1]
    return ", ".join(order)


_FACT_ORDERS: dict[str, str] = {}


def fact_orders(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """`table_order` of every fact table, read from the schema once per process (`connect` gives
    every database the same schema: it migrates it, or refuses a read-only one that needs it)."""
    if not _FACT_ORDERS:
        rows = con.execute(
            "SELECT table_name, list(column_name ORDER BY ordinal_position) FROM information_schema.columns "
            "WHERE table_name IN (SELECT unnest(?)) GROUP BY 1",
            [list(FACT_TABLES)],
        ).fetchall()
        _FACT_ORDERS.update({table: table_order(columns) for table, columns in rows})
    return _FACT_ORDERS


def fetch_tables(con: duckdb.DuckDBPyConnection, doc_id: str) -> DocumentTables:
    """All rows of one document, each table in its stored order."""
    documents = fetch_rows(con, "SELECT * FROM documents WHERE id = ?", [doc_id])
    if not documents:
        raise DocumentNotFound(f"no document with id {doc_id!r}")
    orders = fact_orders(con)
    facts = {
        table: fetch_rows(con, f"SELECT * FROM {table} WHERE document_id = ? ORDER BY {orders[table]}", [doc_id])
        for table in FACT_TABLES
    }
    return DocumentTables(document=documents[0], facts=facts)


def read_document(con: duckdb.DuckDBPyConnection, sha256_or_id: str) -> DocumentRecord:
    """Rebuild the stored `DocumentRecord` of a document (by id, SHA-256 or a unique prefix)."""
    return tables_to_record(fetch_tables(con, resolve_document_id(con, sha256_or_id)))


def document_text(con: duckdb.DuckDBPyConnection, doc_id: str) -> str:
    """The document's full text (pages joined by form feeds): what provenance offsets point into."""
    rows = con.execute("SELECT text FROM pages WHERE document_id = ? ORDER BY number", [doc_id]).fetchall()
    return PAGE_BREAK.join(row[0] for row in rows)


def read_all_documents(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[DocumentRecord, str]]:
    """document id → (rebuilt record, full text), for every stored document (see the module docstring)."""
    orders = fact_orders(con)
    tables: dict[str, dict[str, list[Row]]] = {}
    for table in FACT_TABLES:
        grouped: dict[str, list[Row]] = defaultdict(list)
        for row in fetch_rows(con, f"SELECT * FROM {table} ORDER BY {orders[table]}"):
            grouped[row["document_id"]].append(row)
        tables[table] = grouped
    result: dict[str, tuple[DocumentRecord, str]] = {}
    for document in fetch_rows(con, "SELECT * FROM documents ORDER BY id"):
        facts = {table: tables[table].get(document["id"], []) for table in FACT_TABLES}
        record = tables_to_record(DocumentTables(document=document, facts=facts))
        result[document["id"]] = (record, PAGE_BREAK.join(page["text"] for page in facts["pages"]))
    return result


def document_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [row[0] for row in con.execute("SELECT id FROM documents ORDER BY source, id").fetchall()]
