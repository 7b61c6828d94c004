"""Partner search and the decision view (`kb.query`), on records built from the seeds' gold (aliases, named parties)."""

from __future__ import annotations

import duckdb
import pytest

from conftest import SEEDS_TXT, seed_path
from kb import connect, write_document
from kb.query import partner
from kb.query.decision import DecisionNotFound, decision_view
from kb.query.partner import Agreement
from kb.store import document_text
from kb_records import seed_record

ARKTOS_DECISION = "1cec98b08bde-1"  # seed 000: agreement between Stad Mechelen and Arktos vzw


def own_agreements(con: duckdb.DuckDBPyConnection, name: str) -> list[Agreement]:
    """The decisions `partner` finds the organisation party to (not the agreements they describe)."""
    return [a for a in partner(con, name).agreements if a.origin == "decision"]


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    connection = connect(":memory:")
    for path in sorted(SEEDS_TXT.glob("*.txt")):
        write_document(connection, *seed_record(path))
    yield connection
    connection.close()


@pytest.mark.parametrize("name", ["Arktos vzw", "arktos", "ARKTOS ", "Arktos Antwerpen"])
def test_partner_matches_case_insensitively_and_via_aliases(con: duckdb.DuckDBPyConnection, name: str) -> None:
    [match] = own_agreements(con, name)
    assert match.decision_id == ARKTOS_DECISION
    assert "Arktos vzw" in match.parties


def test_partner_matches_an_alias_the_party_is_not_named_by(con: duckdb.DuckDBPyConnection) -> None:
    # `VB vzw` is only an alias of the organisation `Voorbeeld vzw`; the party is written `Voorbeeld`.
    matches = own_agreements(con, "VB vzw")
    assert ARKTOS_DECISION in [m.decision_id for m in matches]


def test_partner_lists_period_amounts_budget_lines_meeting_and_source(con: duckdb.DuckDBPyConnection) -> None:
    result = partner(con, "arktos")
    [match] = [a for a in result.agreements if a.origin == "decision"]
    assert (match.period_start.isoformat(), match.period_end.isoformat()) == ("2021-09-01", "2023-08-31")
    assert {"value": "30000.00", "kind": "annual"}.items() <= next(a for a in match.amounts if a["kind"] == "annual").items()
    assert {"year": 2021, "action": "AC000109", "mjp": "MJP007706", "budget_key": None, "amount": "30000.00"} in (
        match.budget_lines
    )
    assert match.meeting_body == "gemeenteraad" and match.municipality == "Mechelen"
    assert match.source == seed_path("000").name and match.page >= 1
    [own] = [a for a in result.to_json()["agreements"] if a["origin"] == "decision"]
    assert own["period_start"] == "2021-09-01"
    [row] = [r for r in result.to_rows() if r["origin"] == "decision"]
    assert "value=30000.00 kind=annual" in row["amounts"]


def test_partner_without_match_is_empty(con: duckdb.DuckDBPyConnection) -> None:
    assert partner(con, "Bestaat Niet nv").agreements == []
    assert partner(con, "   ").agreements == []


def test_show_pairs_every_fact_with_its_passage(con: duckdb.DuckDBPyConnection) -> None:
    view = decision_view(con, ARKTOS_DECISION)
    assert view.source == seed_path("000").name and view.agenda_item == 42
    kinds = {fact.kind for fact in view.facts}
    assert {"title", "vote", "vote (other)", "party", "period", "amount", "budget_line", "payment", "goal",
            "history", "article"} <= kinds  # fmt: skip
    text = document_text(con, view.document_id)
    for fact in view.facts:
        assert fact.page >= 1
        assert fact.quote == " ".join(text[fact.start : fact.end].split())[:300] or fact.quote.endswith("…")
    [article] = [f for f in view.facts if f.kind == "article"]
    assert article.quote.startswith("De gemeenteraad keurt de samenwerking")


def test_show_unknown_decision(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(DecisionNotFound):
        decision_view(con, "000000000000-9")
