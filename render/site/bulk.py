"""Every stored document rebuilt in one pass: one query per table instead of one per table and document.

`kb.read_document` reads one document with a query per fact table; DuckDB answers each in a few
milliseconds, which made loading the 188 documents of the development corpus take ten seconds.
The site needs all of them, so this reads each table once, splits the rows by document and hands
each document's rows to the kb's own `tables_to_record` (the inverse of how the store wrote them).

Rows are ordered the way `kb.store.fetch_tables` orders them: by the parent columns a table has
(`decision_id`, `vote_id`, `org_position`, `agreement_position`), then by `position` (or `number`
for pages), which is all `tables_to_record` relies on. `test_site_bulk` checks that both readers
rebuild the same records.
"""

from __future__ import annotations

from collections import defaultdict

import duckdb

from kb.rebuild import DocumentTables, tables_to_record
from kb.rows import FACT_TABLES, Row
from schema.records import DocumentRecord
from schema.source import PAGE_BREAK

PARENT_COLUMNS = ("decision_id", "vote_id", "org_position", "agreement_position")
ORDER_COLUMNS = ("position", "number")


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", [table]
    ).fetchall()
    return [row[0] for row in rows]


def table_order(columns: list[str]) -> str:
    """`ORDER BY` of a fact table: document, then its parent columns, then its position."""
    order = ["document_id"]
    order += [f"{c} NULLS FIRST" if c == "decision_id" else c for c in PARENT_COLUMNS if c in columns]
    order += [c for c in ORDER_COLUMNS if c in columns][:1]
    return ", ".join(order)


def _rows_by_document(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, list[Row]]:
    columns = _columns(con, table)
    cursor = con.execute(f"SELECT * FROM {table} ORDER BY {table_order(columns)}")
    names = [description[0] for description in cursor.description]
    grouped: dict[str, list[Row]] = defaultdict(list)
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        grouped[row["document_id"]].append(row)
    return grouped


def read_all_documents(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[DocumentRecord, str]]:
    """document id → (rebuilt record, full text), for every stored document."""
    cursor = con.execute("SELECT * FROM documents ORDER BY id")
    names = [description[0] for description in cursor.description]
    documents = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    tables = {table: _rows_by_document(con, table) for table in FACT_TABLES}
    result: dict[str, tuple[DocumentRecord, str]] = {}
    for document in documents:
        doc_id = document["id"]
        facts = {table: tables[table].get(doc_id, []) for table in FACT_TABLES}
        record = tables_to_record(DocumentTables(document=document, facts=facts))
        text = PAGE_BREAK.join(page["text"] for page in facts["pages"])
        result[doc_id] = (record, text)
    return result
