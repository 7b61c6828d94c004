"""A document's rows as ready-to-run INSERT statements, built where the document was extracted.

Binding parameters is the slow part of a DuckDB insert from Python (each value is inspected
and converted on its own: about 15 µs a value, 40 ms for a typical 250-row document), and the
writer is the one process every document passes through. So a worker renders the rows of its
document as SQL literals (`sql_literal`, pure and unit-tested) and the writer only executes them:
one statement per table, about 1 ms each.

Only the value types `kb.rows.record_to_rows` produces are rendered; a string DuckDB cannot hold
as a literal (a NUL character) makes its table's statement fall back to bound parameters.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kb.rows import ENTITY_KEYS, FACT_TABLES, DocumentRows, Row, unique_entities

Statement = tuple[str, list[Any]]
"""SQL text and its parameters (empty when the values are literals)."""


class NotLiteral(ValueError):
    """A value that is not rendered as a SQL literal (its statement binds parameters instead)."""


def sql_literal(value: Any) -> str:
    """The DuckDB literal of one column value of `record_to_rows`."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        if "\x00" in value:
            raise NotLiteral("NUL character in a string")
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise NotLiteral(f"non-finite decimal {value}")
        return format(value, "f")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NotLiteral(f"non-finite float {value}")
        return repr(value)
    if isinstance(value, dt.datetime):
        return f"TIMESTAMP '{value.isoformat(sep=' ')}'"
    if isinstance(value, dt.date):
        return f"DATE '{value.isoformat()}'"
    if isinstance(value, (list, tuple)):
        if not all(isinstance(item, str) for item in value):
            raise NotLiteral("list of non-strings")
        return "[" + ", ".join(sql_literal(item) for item in value) + "]::VARCHAR[]"
    raise NotLiteral(f"unsupported type {type(value).__name__}")


def insert_statement(table: str, rows: list[Row], suffix: str = "") -> Statement:
    """One INSERT of all `rows` (same columns): literal VALUES, or bound parameters as a fallback."""
    columns = list(rows[0])
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    try:
        values = ", ".join("(" + ", ".join(sql_literal(row[c]) for c in columns) + ")" for row in rows)
        return head + values + suffix, []
    except NotLiteral:
        marks = "(" + ", ".join("?" for _ in columns) + ")"
        return head + ", ".join(marks for _ in rows) + suffix, [row[c] for row in rows for c in columns]


@dataclass(frozen=True)
class EntityInsert:
    """Shared entities (`persons`, `organizations`, `meetings`) of a document and their insert."""

    table: str
    keys: frozenset[str]
    statement: Statement


@dataclass(frozen=True)
class PreparedDocument:
    """Everything the writer needs to store one document, and nothing it must compute."""

    document_id: str
    sha256: str
    path: str
    source: str
    page_count: int
    partial: bool  # an extract component failed (status 'partial')
    entities: list[EntityInsert] = field(default_factory=list)
    insert_document: Statement = ("", [])
    update_document: Statement = ("", [])
    facts: list[Statement] = field(default_factory=list)


def rows_to_prepared(rows: DocumentRows) -> PreparedDocument:
    """Render a document's rows (`kb.rows.record_to_rows`) as the writer's statements."""
    doc = rows.document
    entities = []
    for table, key in ENTITY_KEYS.items():
        unique = unique_entities(table, rows.entities[table])
        if unique:
            statement = insert_statement(table, unique, " ON CONFLICT DO NOTHING")
            entities.append(EntityInsert(table, frozenset(str(row[key]) for row in unique), statement))
    # Key columns stay as they are on an update (see kb.store.write_document).
    columns = [column for column in doc if column not in ("id", "sha256")]
    try:
        assignments = ", ".join(f"{column} = {sql_literal(doc[column])}" for column in columns)
        update: Statement = (f"UPDATE documents SET {assignments} WHERE id = {sql_literal(doc['id'])}", [])
    except NotLiteral:
        marks = ", ".join(f"{column} = ?" for column in columns)
        update = (f"UPDATE documents SET {marks} WHERE id = ?", [*(doc[c] for c in columns), doc["id"]])
    return PreparedDocument(
        document_id=str(doc["id"]),
        sha256=str(doc["sha256"]),
        path=str(doc["path"]),
        source=str(doc["source"]),
        page_count=int(doc["page_count"]),
        partial=doc["status"] == "partial",
        entities=entities,
        insert_document=insert_statement("documents", [doc]),
        update_document=update,
        facts=[insert_statement(table, rows.facts[table]) for table in FACT_TABLES if rows.facts[table]],
    )
