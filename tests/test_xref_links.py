"""History events linked to the decision they name; duplicate decisions grouped; shared citations."""

from __future__ import annotations

import datetime as dt

from kb import connect, refresh_derived, write_document
from kb.query import decision
from kb.groups import DecisionRow, group_decisions
from kb.xref import HistoryRow, link_history, ref_key
from schema.provenance import Span
from schema.records import Decision, DocumentRecord, HistoryEvent, Meeting
from schema.source import SourceDocument, join_pages
from query_kb import built_kb

COUNCIL = dt.date(2021, 4, 26)


def row(decision_id: str, document_id: str, item: int | None, title: str = "Goedkeuring overeenkomst", kind: str = "txt",
        date: dt.date = COUNCIL, body: str = "gemeenteraad", municipality: str = "Mechelen") -> DecisionRow:  # fmt: skip
    return DecisionRow(decision_id, document_id, municipality, date, body, item, title, kind, 1)


def event(decision_id: str, item: int | None, body: str | None = "gemeenteraad", municipality: str | None = "Mechelen",
          date: dt.date = COUNCIL) -> HistoryRow:  # fmt: skip
    return HistoryRow(decision_id, decision_id.split("-")[0], 1, date, body, item, municipality, decision_id)


def test_body_date_and_agenda_item_resolve_one_decision() -> None:
    decisions = [row("a-1", "a", 6), row("a-2", "a", 7), row("b-1", "b", 7, municipality="Aalst")]
    [link] = link_history([event("z-1", 7)], decisions)
    assert (link.status, link.target_decision_id, link.candidates) == ("resolved", "a-2", 1)
    assert link.ref_key == "mechelen|gemeenteraad|2021-04-26|7"


def test_without_agenda_item_one_decision_resolves_several_are_ambiguous() -> None:
    assert link_history([event("z-1", None)], [row("a-1", "a", 6)])[0].status == "resolved"
    [link] = link_history([event("z-1", None)], [row("a-1", "a", 6), row("a-2", "a", 7)])
    assert (link.status, link.target_decision_id, link.candidates) == ("ambiguous", None, 2)


def test_unstored_meetings_and_bodiless_events_stay_unresolved_with_their_reference() -> None:
    [college, meeting] = link_history([event("z-1", 42, body="college"), event("z-2", None, body=None)], [row("a-1", "a", 42)])
    assert college.status == meeting.status == "unresolved"
    assert college.ref_key == "mechelen|college|2021-04-26|42"


def test_a_decision_never_links_to_its_own_group() -> None:
    assert link_history([event("a-1", 7)], [row("a-1", "a", 7)])[0].status == "unresolved"


def test_text_and_pdf_copies_are_one_group_with_the_text_primary() -> None:
    groups = group_decisions([row("p-1", "p", 42, kind="pdf"), row("t-1", "t", 42), row("t-2", "t", 43, title="Iets anders")])
    by_id = {g.decision_id: g for g in groups}
    assert by_id["p-1"].group_id == by_id["t-1"].group_id == "t-1" and by_id["t-1"].is_primary
    assert by_id["t-2"].copies == 1


def test_same_agenda_number_with_another_subject_is_not_a_copy() -> None:
    groups = group_decisions([row("a-1", "a", 5, "Aankoop brandweerwagen"), row("b-1", "b", 5, "Subsidie jeugdhuis De Loods")])
    assert {g.group_id for g in groups} == {"a-1", "b-1"}


def _document(name: str, meeting: dt.date, history: list[tuple[dt.date, int]]) -> tuple[SourceDocument, DocumentRecord]:
    text, pages = join_pages([f"1. Goedkeuring dossier {name}.\n\nVoorgeschiedenis\n\nGemeenteraad.\n"])
    sha = __import__("hashlib").sha256(name.encode()).hexdigest()
    span = Span(page=1, start=0, end=len(text))
    source = SourceDocument(name=name, path=name, sha256=sha, kind="txt", text=text, pages=pages)
    decision = Decision(agenda_item=1, title=f"Goedkeuring dossier {name}", span=span,
                        history=[HistoryEvent(date=d, body="gemeenteraad", agenda_item=i, text="Gemeenteraad", span=span)
                                 for d, i in history])  # fmt: skip
    record = DocumentRecord(source=name, sha256=sha, page_count=1, municipality="Mechelen",
                            meeting=Meeting(body="gemeenteraad", date=meeting), decisions=[decision])  # fmt: skip
    return source, record


def test_knowledge_base_links_history_and_decisions_citing_the_same_decision() -> None:
    con = connect(":memory:")
    write_document(con, *_document("earlier.txt", COUNCIL, []))
    write_document(con, *_document("later-a.txt", dt.date(2022, 1, 10), [(COUNCIL, 1)]))
    write_document(con, *_document("later-b.txt", dt.date(2022, 3, 7), [(COUNCIL, 1), (dt.date(2019, 1, 1), 3)]))
    refresh_derived(con)  # the views read derived tables; queries refresh them themselves
    links = con.execute("SELECT decision_id, status, target_title FROM v_history_links ORDER BY decision_id, position").fetchall()
    assert [(status, title) for _, status, title in links] == [
        ("resolved", "Goedkeuring dossier earlier.txt"), ("resolved", "Goedkeuring dossier earlier.txt"), ("unresolved", None)]
    shared = con.execute("SELECT decision_id, other_decision_id FROM v_shared_citations").fetchall()
    assert len(shared) == 2  # later-a ~ later-b, both ways
    earlier = con.execute("SELECT decision_id FROM v_decisions WHERE source = 'earlier.txt'").fetchone()[0]
    later = con.execute("SELECT decision_id FROM v_decisions WHERE source = 'later-a.txt'").fetchone()[0]
    result = decision(con, earlier)
    assert len(result.cited_by) == 2
    assert [c["ref_key"] for c in decision(con, later).shared_citations] == ["mechelen|gemeenteraad|2021-04-26|1"]
    con.close()


def test_seed_history_on_the_session_kb_is_kept_as_unresolved_references() -> None:
    con = connect(built_kb())
    refresh_derived(con)
    statuses = dict(con.execute("SELECT status, count(*) FROM history_links GROUP BY 1").fetchall())
    assert statuses.get("unresolved", 0) > 0
    total = con.execute("SELECT count(*) FROM history").fetchone()[0]
    assert sum(statuses.values()) == total  # every event has a link row
    con.close()
