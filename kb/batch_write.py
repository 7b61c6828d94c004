"""The batch writer: prepared documents (`kb.batch_sql`) stored all-or-nothing per transaction.

Same effect as `kb.store.write_document` (which stays the reference: a test compares the two
databases row for row), minus the work a worker already did. Entities first (ON CONFLICT DO
NOTHING), then the `documents` row (updated in place when the document is known: its facts are
deleted first) and the facts, and the file's failure cleared; all or nothing, so a crash or a
SIGKILL at any moment leaves either the previous version of the document or the new one.

`write_group` stores several documents in one transaction (group commit): every document is
still written whole or not at all, but the per-statement and per-commit costs of DuckDB, which
dominate the writer, are paid once per group instead of once per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from kb.batch_sql import PreparedDocument, Statement
from kb.db import transaction
from kb.store import delete_facts


@dataclass
class WriterState:
    """What the single writer knows of the database, to skip statements that would change nothing.

    Valid while this writer is the only one (DuckDB locks the file for the writing process):
    stored entity keys (an insert whose keys are all stored is skipped), stored document ids (no
    existence query for a document known to be new or known to be stored) and the paths and
    hashes of recorded failures (no delete when the file never failed). About a fifth of the
    writer's time per document; the writer is the one process every document passes through.
    """

    entity_keys: dict[str, set[str]] = field(default_factory=dict)
    documents: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)  # paths and hashes in `failures`
    optimizer_off: bool = False  # the connection runs without optimizer (batch writer settings)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> WriterState:
        keys = {
            "persons": {row[0] for row in con.execute("SELECT key FROM persons").fetchall()},
            "organizations": {row[0] for row in con.execute("SELECT key FROM organizations").fetchall()},
            "meetings": {row[0] for row in con.execute("SELECT id FROM meetings").fetchall()},
        }
        documents = {row[0] for row in con.execute("SELECT id FROM documents").fetchall()}
        failed: set[str] = set()
        for path, sha in con.execute("SELECT path, sha256 FROM failures").fetchall():
            failed.update(value for value in (path, sha) if value)
        return cls(keys, documents, failed)


def _run(con: duckdb.DuckDBPyConnection, statement: Statement) -> None:
    sql, parameters = statement
    if parameters:
        con.execute(sql, parameters)
    else:
        con.execute(sql)


def write_prepared(
    con: duckdb.DuckDBPyConnection, prepared: PreparedDocument, state: WriterState | None = None
) -> bool:
    """Store (or replace) one prepared document in one transaction; True when it replaced one.

    With `state` (the writer's knowledge of the database, kept up to date here) statements that
    would change nothing are skipped; without it every one runs.
    """
    with transaction(con):
        for entities in prepared.entities:
            if state is None or not entities.keys <= state.entity_keys.setdefault(entities.table, set()):
                _run(con, entities.statement)
        if state is None:
            known = con.execute("SELECT count(*) FROM documents WHERE id = ?", [prepared.document_id]).fetchone()
            replaced = bool(known and known[0])
        else:
            replaced = prepared.document_id in state.documents
        if replaced:
            if state is not None and state.optimizer_off:  # deletes need it to use the indexes
                con.execute("PRAGMA enable_optimizer")
            delete_facts(con, prepared.document_id)
            if state is not None and state.optimizer_off:
                con.execute("PRAGMA disable_optimizer")
            _run(con, prepared.update_document)
        else:
            _run(con, prepared.insert_document)
        for statement in prepared.facts:
            _run(con, statement)
        # A file that ingests is no longer a failure, under whatever path it failed before.
        if state is None or prepared.sha256 in state.failed or prepared.path in state.failed:
            con.execute("DELETE FROM failures WHERE sha256 = ? OR path = ?", [prepared.sha256, prepared.path])
    if state is not None:
        for entities in prepared.entities:
            state.entity_keys[entities.table].update(entities.keys)
        state.documents.add(prepared.document_id)
        state.failed.difference_update((prepared.sha256, prepared.path))
    return replaced


_VALUES = " VALUES "


def _merge_inserts(statements: list[Statement]) -> list[Statement]:
    """Literal INSERTs into the same table and columns merged into one statement each.

    A statement with bound parameters (the rare fallback of `kb.batch_sql.insert_statement`) is
    kept as it is. Order of first appearance is kept, so the result runs the same inserts.
    """
    merged: dict[str, list[str]] = {}
    kept: list[Statement] = []
    for sql, parameters in statements:
        cut = sql.find(_VALUES)
        if parameters or cut < 0:
            kept.append((sql, parameters))
            continue
        head = sql[: cut + len(_VALUES)]
        merged.setdefault(head, []).append(sql[len(head) :])
    return [(head + ", ".join(values), []) for head, values in merged.items()] + kept


def write_group(con: duckdb.DuckDBPyConnection, group: list[PreparedDocument], state: WriterState) -> list[bool]:
    """Store (or replace) `group` in ONE transaction; per document, True when it replaced one.

    Same final state as `write_prepared` for each document in turn (the documents of a batch have
    distinct ids). If anything fails the whole group is rolled back and nothing of it is stored:
    the caller then writes its documents one by one to find the culprit.
    """
    replaced = [prepared.document_id in state.documents for prepared in group]
    with transaction(con):
        for prepared in group:
            for entities in prepared.entities:
                if not entities.keys <= state.entity_keys.get(entities.table, set()):
                    _run(con, entities.statement)
        inserts: list[Statement] = []
        for prepared, known in zip(group, replaced, strict=True):
            if known:
                if state.optimizer_off:  # deletes need it to use the indexes
                    con.execute("PRAGMA enable_optimizer")
                delete_facts(con, prepared.document_id)
                if state.optimizer_off:
                    con.execute("PRAGMA disable_optimizer")
                _run(con, prepared.update_document)
            else:
                inserts.append(prepared.insert_document)
            inserts.extend(prepared.facts)
        for statement in _merge_inserts(inserts):
            _run(con, statement)
        for prepared in group:
            if prepared.sha256 in state.failed or prepared.path in state.failed:
                con.execute("DELETE FROM failures WHERE sha256 = ? OR path = ?", [prepared.sha256, prepared.path])
    for prepared in group:
        for entities in prepared.entities:
            state.entity_keys.setdefault(entities.table, set()).update(entities.keys)
        state.documents.add(prepared.document_id)
        state.failed.difference_update((prepared.sha256, prepared.path))
    return replaced
