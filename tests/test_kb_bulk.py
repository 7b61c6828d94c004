"""Reading all documents in bulk (`kb.store.read_all_documents`) rebuilds exactly what `kb.read_document` rebuilds one by one."""

from __future__ import annotations

from kb import connect, read_document
from kb.store import document_ids, document_text, read_all_documents, table_order
from site_helpers import seed_site


def test_bulk_read_equals_read_document_for_every_seed() -> None:
    con = connect(seed_site().db, read_only=True)
    try:
        bulk = read_all_documents(con)
        ids = document_ids(con)
        assert sorted(bulk) == sorted(ids) and len(ids) == 10
        for doc_id in ids:
            record, text = bulk[doc_id]
            assert record == read_document(con, doc_id)
            assert text == document_text(con, doc_id)
    finally:
        con.close()


def test_table_order_follows_parents_then_position() -> None:
    assert table_order(["document_id", "number", "text"]) == "document_id, number"
    assert table_order(["vote_id", "decision_id", "document_id", "position"]) == (
        "document_id, decision_id NULLS FIRST, vote_id, position"
    )
    assert table_order(["decision_id", "document_id", "agreement_position", "position"]) == (
        "document_id, decision_id NULLS FIRST, agreement_position, position"
    )
