"""Rows of the knowledge-base tables back into a `DocumentRecord` (the inverse of `kb/rows.py`).

Pure: takes the rows `kb.store` read (of one document, or of all at once), returns a validated
record. Keeping the inverse next to nothing but the models makes the round trip (record → rows →
record) testable and keeps every reader of the knowledge base working from the same record shape.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kb.rows import Row
from schema.provenance import Span
from schema.records import (
    Amount,
    Article,
    Attendee,
    BudgetLine,
    Decision,
    DocumentRecord,
    ExtractionIssue,
    Goal,
    HistoryEvent,
    Meeting,
    Organization,
    PartyRef,
    Payment,
    Period,
    Question,
    ReferencedAgreement,
    Signed,
    Vote,
    Voter,
)


@dataclass
class DocumentTables:
    document: Row
    facts: dict[str, list[Row]]


def span_of(row: Row, prefix: str = "") -> Span | None:
    """The span in a row's provenance columns (`page/char_start/char_end` or `<prefix>_page/...`)."""
    names = (f"{prefix}_page", f"{prefix}_start", f"{prefix}_end") if prefix else ("page", "char_start", "char_end")
    page, start, end = (row[name] for name in names)
    if page is None:
        return None
    return Span(page=page, start=start, end=end)


def _span(row: Row) -> Span:
    span = span_of(row)
    if span is None:
        raise ValueError(f"fact row without provenance: {row}")
    return span


def _by(rows: list[Row], key: str) -> dict[Any, list[Row]]:
    grouped: dict[Any, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


def _goal(row: Row) -> Goal:
    return Goal(number=row["number"], text=row["text"], level=row["level"], parent=row["parent"], span=_span(row))


def _votes(rows: list[Row], voters: dict[Any, list[Row]]) -> tuple[list[Vote], int | None]:
    votes: list[Vote] = []
    main: int | None = None
    for index, row in enumerate(rows):
        if row["is_main"]:
            main = index
        votes.append(
            Vote(
                unanimous=row["unanimous"],
                for_count=row["for_count"],
                against=row["against"],
                abstentions=row["abstentions"],
                subject=row["subject"],
                voters=[Voter(name=v["name"], side=v["side"]) for v in voters.get(row["id"], [])],
                span=_span(row),
            )
        )
    return votes, main


def _decision(row: Row, facts: dict[str, dict[Any, list[Row]]], voters: dict[Any, list[Row]]) -> Decision:
    dec_id = row["id"]

    def rows(table: str) -> list[Row]:
        return facts[table].get(dec_id, [])

    votes, main = _votes(rows("votes"), voters)
    periods = rows("periods")
    return Decision(
        agenda_item=row["agenda_item"],
        item_label=row["item_label"],
        domain=row["domain"],
        title=row["title"],
        decision_type=row["decision_type"],
        plan_version=row["plan_version"],
        span=_span(row),
        title_span=span_of(row, "title"),
        votes=votes,
        main_vote=main,
        parties=[PartyRef(name=p["name"], span=_span(p)) for p in rows("parties")],
        period=None
        if not periods
        else Period(start=periods[0]["start_date"], end=periods[0]["end_date"], span=_span(periods[0])),
        amounts=[Amount(value=a["value"], kind=a["kind"], text=a["text"], span=_span(a)) for a in rows("amounts")],
        budget_lines=[
            BudgetLine(
                year=b["year"], action=b["action"], mjp=b["mjp"], budget_key=b["budget_key"], amount=b["amount"],
                available=b["available"], description=b["description"],
                uncertain_pieces=list(b["uncertain_pieces"] or []), span=_span(b),
            )  # fmt: skip
            for b in rows("budget_lines")
        ],
        payments=[
            Payment(due=p["due"], amount=p["amount"], start=p["start_date"], end=p["end_date"], label=p["label"],
                    span=_span(p))  # fmt: skip
            for p in rows("payments")
        ],
        goals=[_goal(g) for g in rows("goals")],
        history=[
            HistoryEvent(date=h["event_date"], body=h["body"], agenda_item=h["agenda_item"], text=h["text"],
                         span=_span(h))  # fmt: skip
            for h in rows("history")
        ],
        articles=[Article(number=a["number"], text=a["text"], span=_span(a)) for a in rows("articles")],
        referenced_agreements=[_referenced(r, facts["referenced_agreement_parties"]) for r in rows("referenced_agreements")],
    )


def _referenced(row: Row, parties: dict[Any, list[Row]]) -> ReferencedAgreement:
    names = [p["name"] for p in parties.get(row["decision_id"], []) if p["agreement_position"] == row["position"]]
    return ReferencedAgreement(
        kind=row["kind"], parties=names, start=row["start_date"], end=row["end_date"], project=row["project"],
        decided_by=row["decided_by"], decided_on=row["decided_on"], agenda_item=row["agenda_item"], span=_span(row),
    )  # fmt: skip


def _organizations(mentions: list[Row], aliases: list[Row]) -> list[Organization]:
    alias_rows = _by(aliases, "org_position")
    organizations: list[Organization] = []
    for org_position, rows in sorted(_by(mentions, "org_position").items()):
        organizations.append(
            Organization(
                name=rows[0]["name"],
                aliases=[a["alias"] for a in alias_rows.get(org_position, [])],
                mentions=[_span(row) for row in rows],
            )
        )
    return organizations


def tables_to_record(tables: DocumentTables) -> DocumentRecord:
    doc, facts = tables.document, tables.facts
    per_decision = {
        table: _by(facts[table], "decision_id")
        for table in ("votes", "periods", "parties", "amounts", "budget_lines", "payments", "history", "articles",
                      "referenced_agreements", "referenced_agreement_parties")
    }
    goals = _by(facts["goals"], "decision_id")
    per_decision["goals"] = goals
    voters = _by(facts["voters"], "vote_id")
    meeting = None
    if doc["has_meeting"]:
        meeting = Meeting(
            body=doc["meeting_body"], date=doc["meeting_date"], session=doc["meeting_session"],
            span=span_of(doc, "meeting"),
        )  # fmt: skip
    signed_span = span_of(doc, "signed")
    signed = None
    if doc["signed_date"] is not None and signed_span is not None:
        signed = Signed(date=doc["signed_date"], place=doc["signed_place"], span=signed_span)
    return DocumentRecord(
        source=doc["source"],
        sha256=doc["sha256"],
        extractor_version=doc["extractor_version"],
        page_count=doc["page_count"],
        document_type=doc["document_type"],
        municipality=doc["municipality"],
        municipality_span=span_of(doc, "municipality"),
        meeting=meeting,
        signed=signed,
        attendees=[
            Attendee(name=a["name"], role=a["role"], status=a["status"], span=_span(a)) for a in facts["attendances"]
        ],
        organizations=_organizations(facts["organization_mentions"], facts["organization_aliases"]),
        decisions=[_decision(row, per_decision, voters) for row in facts["decisions"]],
        goals=[_goal(g) for g in goals.get(None, [])],
        questions=[Question(text=q["text"], span=_span(q)) for q in facts["questions"]],
        issues=[
            ExtractionIssue(stage=i["stage"], message=i["message"], severity=i["severity"], span=span_of(i))
            for i in facts["extraction_issues"]
        ],
    )
