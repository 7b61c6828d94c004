"""Cross-links between decisions: a resolved Voorgeschiedenis reference links both ways, and an
earlier agreement links to the decision that approved it.

The seeds cite decisions that are not in the corpus, so these tests take the seed knowledge and
resolve one reference by hand (as `kb.xref` does when the cited decision is stored).
"""

from __future__ import annotations

import dataclasses

import pytest

from kb import connect
from render.site.decision_pages import approving_decision, cited_by, decision_page, referenced_rows
from render.site.knowledge import HistoryLink, Knowledge, StoredDecision, load_knowledge
from site_helpers import seed_site


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    con = connect(seed_site().db)
    try:
        return load_knowledge(con)
    finally:
        con.close()


def primary(knowledge: Knowledge, title_part: str) -> StoredDecision:
    return next(d for d in knowledge.primary_decisions() if title_part in d.decision.title)


def resolved(knowledge: Knowledge, citing: StoredDecision, position: int, target: StoredDecision) -> Knowledge:
    links = dict(knowledge.history_links)
    links[(citing.id, position)] = HistoryLink("resolved", target.id)
    return dataclasses.replace(knowledge, history_links=links)


def test_a_resolved_reference_links_the_citing_and_the_cited_decision(knowledge: Knowledge) -> None:
    arktos, kompas = primary(knowledge, "Arktos"), primary(knowledge, "Het Kompas")
    linked = resolved(knowledge, arktos, 1, kompas)
    citing = cited_by(linked)
    assert citing == {kompas.id: [arktos.id]}
    page = decision_page(linked, arktos, citing, audit=False)
    assert page.summary.history[0].target is not None
    assert page.summary.history[0].target.href == f"../decisions/{kompas.id}.html"
    cited = decision_page(linked, kompas, citing, audit=False)
    assert [link.href for link in cited.cited_by] == [f"../decisions/{arktos.id}.html"]


def test_an_earlier_agreement_links_to_the_decision_that_approved_it(knowledge: Knowledge) -> None:
    arktos, kompas = primary(knowledge, "Arktos"), primary(knowledge, "Het Kompas")
    assert arktos.decision.referenced_agreements, "the Arktos seed describes the Krachtige Scholen agreements"
    agreement = arktos.decision.referenced_agreements[0]
    assert approving_decision(knowledge, arktos, agreement) is None  # 26 april 2021 is not in the corpus
    # history event 1 (`Gemeenteraad 26 april 2021 - agendapunt 7`) is the meeting that approved it
    linked = resolved(knowledge, arktos, 1, kompas)
    assert approving_decision(linked, arktos, agreement) == kompas.id
    row = referenced_rows(linked, arktos, "../")[0]
    assert row.approved_by is not None and row.approved_by.href == f"../decisions/{kompas.id}.html"
    # an event of another meeting does not approve it
    other = resolved(knowledge, arktos, 2, kompas)
    assert approving_decision(other, arktos, agreement) is None
