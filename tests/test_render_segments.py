"""Document text cut into runs: overlapping facts, page breaks, anchors shared with the decision page."""

from __future__ import annotations

from kb import connect, read_document
from kb.store import document_ids
from render.site.anchors import AnchoredFact, decision_facts, document_facts, fact_anchor
from render.site.segments import Marker, page_ranges, text_to_pages
from schema.provenance import Span
from site_helpers import seed_site

LABELS = {"budget_line": "Begrotingslijn", "amount": "Bedrag", "title": "Titel"}


def fact(anchor: str, kind: str, start: int, end: int) -> AnchoredFact:
    return AnchoredFact(anchor, kind, Span(page=1, start=start, end=end))


def test_page_ranges_split_on_form_feeds() -> None:
    assert page_ranges("abc\fde\f") == [(0, 3), (4, 6), (7, 7)]


def test_overlapping_facts_become_flat_runs_with_all_anchors() -> None:
    text = "Jaar 2021 MJP007706 30.000,00 rest"
    line = fact("f-d1-budget-line-1", "budget_line", 5, 29)
    amount = fact("f-d1-amount-1", "amount", 20, 29)
    [page] = text_to_pages(text, [line, amount], LABELS)
    assert "".join(segment.text for segment in page.segments) == text
    runs = [(s.text, s.marked, s.anchors, s.tip) for s in page.segments]
    assert runs == [
        ("Jaar ", False, [], ""),
        ("2021 MJP007706 ", True, ["f-d1-budget-line-1"], "Begrotingslijn"),
        ("30.000,00", True, ["f-d1-amount-1"], "Begrotingslijn, Bedrag"),
        (" rest", False, [], ""),
    ]


def test_a_fact_across_a_page_break_is_marked_on_both_pages_anchored_once() -> None:
    text = "eerste pagina\ftweede pagina"
    spanning = fact("f-d1-title-1", "title", 7, 20)
    first, second = text_to_pages(text, [spanning], LABELS, [Marker("d-1", 0)])
    assert first.anchor == "p-1" and second.anchor == "p-2"
    assert first.segments[0].anchors == ["d-1"] and not first.segments[0].marked
    assert [(s.text, s.marked) for s in first.segments] == [("eerste ", False), ("pagina", True)]
    assert [(s.text, s.marked) for s in second.segments] == [("tweede", True), (" pagina", False)]
    anchors = [a for page in (first, second) for s in page.segments for a in s.anchors]
    assert anchors == ["d-1", "f-d1-title-1"]


def test_a_span_outside_the_text_is_clamped_not_lost() -> None:
    [page] = text_to_pages("kort", [fact("f-doc-signed-1", "signed", 2, 99)], LABELS)
    assert page.segments[-1].anchors == ["f-doc-signed-1"] and page.segments[-1].text == "rt"


def test_anchors_are_unique_per_document_and_cover_every_decision_fact() -> None:
    con = connect(seed_site().db, read_only=True)
    try:
        for doc_id in document_ids(con):
            record = read_document(con, doc_id)
            anchors = [f.anchor for f in document_facts(record)]
            assert len(anchors) == len(set(anchors)), doc_id
            for position, decision in enumerate(record.decisions, start=1):
                mine = {f.anchor for f in decision_facts(position, decision)}
                assert mine <= set(anchors)
                assert fact_anchor(f"d{position}", "title", 1) in mine
    finally:
        con.close()
