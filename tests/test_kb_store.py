"""Storing records in DuckDB and reading them back: round trip, provenance, replacement, entities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import duckdb
import pytest

from conftest import SEEDS_TXT, seed_path
from kb import connect, read_document, write_document
from kb.rows import FACT_TABLES
from kb.store import DocumentNotFound, document_text
from kb_records import seed_record
from schema.export import record_to_contract

SEEDS = sorted(SEEDS_TXT.glob("*.txt"))
# Tables whose rows are facts read from a passage (extraction_issues are notes, pages are text).
PROVENANCE_TABLES = [t for t in FACT_TABLES if t not in ("pages", "extraction_issues")]


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    connection = connect(":memory:")
    yield connection
    connection.close()


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_store_round_trip_restores_the_whole_record(con: duckdb.DuckDBPyConnection, path) -> None:
    source, record = seed_record(path)
    doc_id = write_document(con, source, record)
    back = read_document(con, doc_id)
    assert back == record  # every field, voters, absent members, issues and spans included
    assert record_to_contract(back) == record_to_contract(record)
    assert read_document(con, record.sha256) == record  # by full hash too


def test_store_keeps_the_document_text_for_quotes(con: duckdb.DuckDBPyConnection) -> None:
    source, record = seed_record(seed_path("003"))
    doc_id = write_document(con, source, record)
    assert document_text(con, doc_id) == source.text
    title_span = record.decisions[0].title_span
    assert title_span is not None and title_span.quote(document_text(con, doc_id)).startswith(
        " ".join(record.decisions[0].title.split())[:30]
    )


def test_store_ids_are_derived_from_content(con: duckdb.DuckDBPyConnection) -> None:
    source, record = seed_record(seed_path("000"))
    doc_id = write_document(con, source, record)
    assert doc_id == record.sha256[:12] == "1cec98b08bde"
    ids = [row[0] for row in con.execute("SELECT id FROM decisions ORDER BY position").fetchall()]
    assert ids == ["1cec98b08bde-1"]
    votes = [row[0] for row in con.execute("SELECT id FROM votes ORDER BY position").fetchall()]
    assert votes == ["1cec98b08bde-1-v1", "1cec98b08bde-1-v2"]


@pytest.fixture(scope="module")
def seeded() -> duckdb.DuckDBPyConnection:
    """All five enriched seed records, written once for the read-only tests of this module."""
    connection = connect(":memory:")
    for path in SEEDS:
        write_document(connection, *seed_record(path))
    yield connection
    connection.close()


@pytest.mark.parametrize("table", PROVENANCE_TABLES)
def test_store_every_fact_row_has_provenance(seeded: duckdb.DuckDBPyConnection, table: str) -> None:
    con = seeded
    columns = {row[0]: row[1] for row in con.execute(
        "SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = ?", [table]
    ).fetchall()}  # fmt: skip
    for column in ("document_id", "page", "char_start", "char_end"):
        assert columns.get(column) == "NO", f"{table}.{column} must exist and be NOT NULL"
    total, bad = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE char_end < char_start OR page < 1) FROM {table}"
    ).fetchone()
    assert bad == 0
    assert total > 0, f"the enriched seed records put no row in {table}: the test would prove nothing"


def test_store_money_is_decimal_to_the_cent(con: duckdb.DuckDBPyConnection) -> None:
    write_document(con, *seed_record(seed_path("000")))
    types = dict(con.execute(
        "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
        " WHERE column_name IN ('value', 'amount', 'available')"
    ).fetchall())  # fmt: skip
    assert set(types.values()) == {"DECIMAL(15,2)"}
    assert con.execute("SELECT value FROM amounts ORDER BY position LIMIT 1").fetchone()[0] == Decimal("30000.00")


def test_store_rewrite_replaces_facts_instead_of_duplicating(con: duckdb.DuckDBPyConnection) -> None:
    source, record = seed_record(seed_path("000"))
    write_document(con, source, record)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in FACT_TABLES}
    changed = record.model_copy(deep=True)
    changed.decisions[0].amounts = changed.decisions[0].amounts[:1]
    changed.decisions[0].title = "Goedkeuring (nieuwe extractor)"
    write_document(con, source, changed, ingested_at=dt.datetime(2030, 1, 1))
    assert read_document(con, record.sha256) == changed
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM amounts").fetchone()[0] == counts["amounts"] - 1
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == counts["articles"]


def test_store_failed_write_leaves_previous_version(con: duckdb.DuckDBPyConnection, monkeypatch) -> None:
    source, record = seed_record(seed_path("000"))
    write_document(con, source, record)
    changed = record.model_copy(deep=True)
    changed.decisions[0].title = "half written"
    import kb.store as store

    real_insert = store.insert_rows

    def failing_insert(connection, table, rows, on_conflict=""):
        if table == "articles":
            raise RuntimeError("disk full")
        real_insert(connection, table, rows, on_conflict)

    monkeypatch.setattr(store, "insert_rows", failing_insert)
    with pytest.raises(RuntimeError):
        write_document(con, source, changed)
    assert read_document(con, record.sha256) == record


def test_store_persons_and_organizations_are_stored_once(seeded: duckdb.DuckDBPyConnection) -> None:
    # The enrichment adds the same two members (as attendees and as voters) to every seed record.
    con = seeded
    assert con.execute("SELECT count(*) FROM persons WHERE key = 'jan janssens'").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM attendances WHERE person_key = 'jan janssens'").fetchone()[0] == 5
    # `Stad Mechelen` is named in several seeds: one organisation, mentioned by each document.
    assert con.execute("SELECT count(*) FROM organizations WHERE key = 'stad mechelen'").fetchone()[0] == 1
    assert con.execute(
        "SELECT count(DISTINCT document_id) FROM organization_mentions WHERE organization_key = 'stad mechelen'"
    ).fetchone()[0] > 1


def test_store_party_named_by_alias_links_to_its_organization(con: duckdb.DuckDBPyConnection) -> None:
    write_document(con, *seed_record(seed_path("000")))
    # enrich() adds a party `Voorbeeld`, an alias of the organisation `Voorbeeld vzw`.
    key = con.execute("SELECT organization_key FROM parties WHERE name = 'Voorbeeld'").fetchone()[0]
    assert key == "voorbeeld vzw"


def test_store_meeting_is_shared_by_documents_of_one_session(con: duckdb.DuckDBPyConnection) -> None:
    source, record = seed_record(seed_path("003"))
    write_document(con, source, record)
    meeting_id = con.execute("SELECT meeting_id FROM documents").fetchone()[0]
    assert con.execute("SELECT body, date, session FROM meetings WHERE id = ?", [meeting_id]).fetchone() == (
        "gemeenteraad", dt.date(2020, 12, 14), "openbaar"
    )


def test_store_unknown_document_is_reported(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(DocumentNotFound):
        read_document(con, "0" * 64)


def test_store_refuses_a_record_of_another_source(con: duckdb.DuckDBPyConnection) -> None:
    source, _ = seed_record(seed_path("000"))
    _, other = seed_record(seed_path("001"))
    with pytest.raises(ValueError, match="sha256"):
        write_document(con, source, other)
