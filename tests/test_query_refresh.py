"""Derived data is rebuilt lazily: a query after a change sees it, an unchanged KB is not rebuilt."""

from __future__ import annotations

from pathlib import Path

import duckdb

from conftest import seed_path
from ingest import read_source
from kb import connect, refresh_derived, write_document
from kb.derived import is_stale
from kb.query import org_clusters, partner, search
from kb_records import seed_record
from query_kb import fresh_copy


def test_refresh_runs_once_then_only_when_documents_change(tmp_path: Path) -> None:
    con = connect(":memory:")
    source, record = seed_record(seed_path("000"), rich=False)
    write_document(con, source, record)
    assert refresh_derived(con) is True and refresh_derived(con) is False
    assert [a.decision_id for a in partner(con, "Arktos").agreements] == ["1cec98b08bde-1"]
    source3, record3 = seed_record(seed_path("003"), rich=False)
    write_document(con, source3, record3)  # no refresh call: the next query notices
    assert is_stale(con)
    assert partner(con, "Igemo").agreements and not is_stale(con)
    con.close()


def test_alias_file_change_is_picked_up(tmp_path: Path, monkeypatch) -> None:
    db = fresh_copy(tmp_path)
    con = connect(db)
    assert [c["name"] for c in org_clusters(con, "Kompas").clusters] == ["CLB Het Kompas vzw"]
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[[organizations.merge]]\nnames = ["CLB Het Kompas"]\ncanonical = "Het Kompas (CLB)"\n', encoding="utf-8")
    monkeypatch.setenv("BESLUITENBANK_ALIASES", str(aliases))
    assert is_stale(con)
    assert [c["name"] for c in org_clusters(con, "Kompas").clusters] == ["Het Kompas (CLB)"]
    con.close()


def test_read_only_connection_reads_without_rebuilding(tmp_path: Path) -> None:
    db = fresh_copy(tmp_path)
    with connect(db) as con:
        refresh_derived(con)
    ro = connect(db, read_only=True)
    assert refresh_derived(ro, force=True) is False  # cannot write, does not fail
    assert search(ro, "schooluitval").hits
    ro.close()


def test_a_new_document_is_searchable_at_the_next_query(tmp_path: Path) -> None:
    db = fresh_copy(tmp_path)
    con = connect(db)
    assert search(con, "zeepbellenfestival").hits == []
    text = tmp_path / "extra.txt"
    text.write_text("1. CULTUUR. Goedkeuring zeepbellenfestival op de Grote Markt.\n\nBesluit\n\nArtikel 1\nHet "
                    "zeepbellenfestival wordt goedgekeurd.\n", encoding="utf-8")
    from kb import ingest_into

    ingest_into(con, [text])
    hits = search(con, "zeepbellenfestival").hits
    assert hits and hits[0].source == "extra.txt"
    con.close()
