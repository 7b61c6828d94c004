"""Issue 4 "Done when", on the seeds (text + PDF) plus real documents: partner, budget, search.

The knowledge base is built once per session through the real pipeline (`tests/query_kb.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import duckdb
import pytest

from kb import connect
from kb.query import budget, decision, partner, search
from query_kb import built_kb

ARKTOS_TXT = "1cec98b08bde-1"  # seed 000 (text): the bijzondere-leerplek agreement


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect(built_kb())
    yield connection
    connection.close()


def test_partner_arktos_lists_the_bijzondere_leerplek_agreement(con: duckdb.DuckDBPyConnection) -> None:
    result = partner(con, "Arktos")
    own = [a for a in result.agreements if a.origin == "decision"]
    assert [a.decision_id for a in own] == [ARKTOS_TXT]  # the PDF copy is not a second agreement...
    [agreement] = own
    assert agreement.also_in == ["000_5a4144fb20beea46.pdf"]  # ...it is listed as another source
    assert (agreement.period_start, agreement.period_end) == (dt.date(2021, 9, 1), dt.date(2023, 8, 31))
    assert {"value": "30000.00", "kind": "annual", "text": "30.000 euro"} in agreement.amounts
    assert agreement.amounts_per_year == {2021: "30000.00", 2022: "30000.00"}
    assert {line["mjp"] for line in agreement.budget_lines} == {"MJP007706"}
    assert agreement.meeting_body == "gemeenteraad" and agreement.agenda_item == 42
    assert agreement.source == "000_5a4144fb20beea46.txt" and agreement.page == 1
    assert "Arktos vzw" in agreement.parties


def test_partner_arktos_lists_the_referenced_krachtige_scholen_agreements(con: duckdb.DuckDBPyConnection) -> None:
    referenced = [a for a in partner(con, "arktos vzw").agreements if a.origin == "referenced"]
    assert len(referenced) == 2  # with GO! Scholengroep 5 and with APB Provinciaal Onderwijs Antwerpen, once each
    for agreement in referenced:
        assert agreement.kind == "samenwerkingsovereenkomst" and agreement.project == "Krachtige Scholen"
        assert (agreement.period_start, agreement.period_end) == (dt.date(2020, 9, 1), dt.date(2022, 8, 31))
        assert (agreement.decided_by, agreement.decided_on, agreement.decided_agenda_item) == (
            "gemeenteraad", dt.date(2021, 4, 26), 7)
        assert agreement.amounts == [] and agreement.budget_lines == []  # the citing decision's money is not theirs
    partners = {name for a in referenced for name in a.parties}
    assert {"Arktos vzw", "GO! Scholengroep 5", "APB Provinciaal Onderwijs Antwerpen"} <= partners


@pytest.mark.parametrize("name", ["Arktos Antwerpen", "ARKTOS", "Arktos Antwerpen vzw"])
def test_partner_matches_other_written_forms(con: duckdb.DuckDBPyConnection, name: str) -> None:
    result = partner(con, name)
    assert [c.name for c in result.clusters] == ["Arktos vzw"] and result.clusters[0].match == "exact"


def test_partner_the_referenced_partner_finds_the_agreement_too(con: duckdb.DuckDBPyConnection) -> None:
    result = partner(con, "GO! Scholengroep 5")
    assert [(a.origin, a.project) for a in result.agreements] == [("referenced", "Krachtige Scholen")]


def test_partner_fuzzy_when_nothing_matches_exactly(con: duckdb.DuckDBPyConnection) -> None:
    result = partner(con, "Arktso")
    assert result.clusters and result.clusters[0].match == "fuzzy" and result.clusters[0].name == "Arktos vzw"
    assert partner(con, "Bestaat Helemaal Niet nv").agreements == []


def test_partner_het_kompas_finds_the_clb_agreement(con: duckdb.DuckDBPyConnection) -> None:
    result = partner(con, "Het Kompas")
    assert [c.name for c in result.clusters] == ["CLB Het Kompas vzw"]
    [agreement] = [a for a in result.agreements if a.origin == "decision"]
    assert agreement.source.startswith("001_") and "Kompas" in agreement.title
    assert len(agreement.also_in) == 1


def test_budget_mjp007706_lists_the_2021_and_2022_lines(con: duckdb.DuckDBPyConnection) -> None:
    result = budget(con, "mjp 007706")
    assert [(line.year, line.amount) for line in result.lines] == [(2021, "30000.00"), (2022, "30000.00")]
    assert {line.decision_id for line in result.lines} == {ARKTOS_TXT}
    assert result.lines[0].also_in == ["000_5a4144fb20beea46.pdf"]
    assert result.per_year == {2021: "30000.00", 2022: "30000.00"}
    assert budget(con, "AC000109").lines and budget(con, "MJP999999").lines == []


def test_search_schooluitval_ranks_the_relevant_documents_first(con: duckdb.DuckDBPyConnection) -> None:
    result = search(con, "schooluitval")
    sources = [hit.source[:3] for hit in result.hits]
    # the Centraal Meldpunt / school-dropout documents of the seeds, each once (text copy, PDF as also_in)
    assert set(sources[:4]) == {"000", "001", "002", "004"}
    assert all(hit.also_in and hit.also_in[0].endswith(".pdf") for hit in result.hits[:4])
    assert len(set(sources)) == len(sources)
    top = result.hits[0]
    assert top.highlights and "schooluitval" in top.snippet[slice(*top.highlights[0])].lower()
    assert "«schooluitval»" in top.marked().lower()


def test_search_stems_dutch_plurals_and_compounds(con: duckdb.DuckDBPyConnection) -> None:
    plural = {hit.decision_id for hit in search(con, "overeenkomsten", limit=50).hits}
    singular = {hit.decision_id for hit in search(con, "overeenkomst", limit=50).hits}
    assert ARKTOS_TXT in plural and ARKTOS_TXT in singular
    assert plural == singular  # one stem
    hit = next(h for h in search(con, "overeenkomst").hits if h.decision_id == ARKTOS_TXT)
    assert any("overeenkomst" in hit.snippet[s:e].lower() for s, e in hit.highlights)


def test_decision_shows_copies_referenced_agreements_and_history(con: duckdb.DuckDBPyConnection) -> None:
    result = decision(con, ARKTOS_TXT)
    assert [c["source"] for c in result.copies] == ["000_5a4144fb20beea46.txt", "000_5a4144fb20beea46.pdf"]
    assert len(result.referenced_agreements) == 2
    assert all("Krachtige Scholen" in a["quote"] for a in result.referenced_agreements)
    refs = {(h["status"], h["ref_key"]) for h in result.history}
    assert ("unresolved", "mechelen|gemeenteraad|2021-04-26|7") in refs
    facts = {f.kind for f in result.view.facts}
    assert {"title", "party", "period", "amount", "budget_line"} <= facts
    assert result.to_rows() and result.to_json()["group_id"] == ARKTOS_TXT
