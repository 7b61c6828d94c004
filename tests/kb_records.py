"""Full `DocumentRecord`s for knowledge-base tests, built through the schema models.

The extractors are still being written, so the pipeline's records are sparse. To exercise every
table, `record_from_gold` turns a seed's gold annotation (the contract JSON) into a record with
real spans into the seed text (each fact points at where its text occurs, or at its decision),
and `enrich` adds what the contract leaves out (an amendment vote with named voters, absent and
excused members, organisation mentions, budget-line details, extraction issues).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from conftest import GOLD_SEEDS_TXT
from ingest import read_source
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
from schema.source import SourceDocument


class Locator:
    """Spans of passages in one source text: where a needle occurs, else a fallback span."""

    def __init__(self, source: SourceDocument) -> None:
        self.source = source

    def span(self, start: int, end: int) -> Span:
        return Span(page=self.source.page_at(start), start=start, end=end)

    def find(self, needle: str | None, fallback: Span | None = None) -> Span:
        text = self.source.text
        probe = " ".join((needle or "").split())[:40]
        at = text.find(probe) if probe else -1
        if at >= 0:
            return self.span(at, at + len(probe))
        return fallback or self.span(0, min(len(text), 200))


def decision_from_gold(gold: dict[str, Any], loc: Locator) -> Decision:
    title_span = loc.find(gold["title"])
    whole = loc.span(max(title_span.start - 20, 0), len(loc.source.text))
    vote = gold.get("vote")
    votes = [] if vote is None else [Vote(span=loc.find("stemmen", whole), **vote)]
    period = gold.get("period")
    return Decision(
        agenda_item=gold.get("agenda_item"),
        domain=gold.get("domain"),
        title=gold["title"],
        decision_type=gold.get("decision_type"),
        span=whole,
        title_span=title_span,
        votes=votes,
        main_vote=0 if votes else None,
        parties=[PartyRef(name=p["name"], span=loc.find(p["name"], whole)) for p in gold.get("parties", [])],
        period=None if not period else Period(span=loc.find("periode", whole), **period),
        amounts=[
            Amount(value=Decimal(a["value"]), kind=a["kind"], text=a["value"], span=whole)
            for a in gold.get("amounts", [])
        ],
        budget_lines=[
            BudgetLine(span=loc.find(b.get("mjp") or b.get("action"), whole), **b) for b in gold.get("budget_lines", [])
        ],
        payments=[Payment(span=whole, **p) for p in gold.get("payments", [])],
        goals=[Goal(span=loc.find(g["text"], whole), **g) for g in gold.get("goals", [])],
        history=[HistoryEvent(span=whole, text="", **h) for h in gold.get("history", [])],
        articles=[Article(span=loc.find(a["text"], whole), **a) for a in gold.get("articles", [])],
    )


def record_from_gold(source: SourceDocument, gold: dict[str, Any]) -> DocumentRecord:
    loc = Locator(source)
    meeting = gold.get("meeting")
    signed = gold.get("signed")
    return DocumentRecord(
        source=source.name,
        sha256=source.sha256,
        page_count=len(source.pages),
        document_type=gold["document_type"],
        municipality=gold.get("municipality"),
        municipality_span=loc.find(gold.get("municipality")) if gold.get("municipality") else None,
        meeting=None if meeting is None else Meeting(span=loc.find("zitting"), **meeting),
        signed=None if signed is None else Signed(span=loc.find(signed.get("place")), **signed),
        attendees=[Attendee(span=loc.find(a["name"]), **a) for a in gold.get("attendees", [])],
        organizations=[
            Organization(name=o["name"], aliases=o.get("aliases", []), mentions=[loc.find(o["name"])])
            for o in gold.get("organizations", [])
        ],
        decisions=[decision_from_gold(d, loc) for d in gold.get("decisions", [])],
        goals=[Goal(span=loc.find(g["text"]), **g) for g in gold.get("goals", [])],
        questions=[Question(span=loc.find(q["text"]), **q) for q in gold.get("questions", [])],
    )


def enrich(record: DocumentRecord, source: SourceDocument) -> DocumentRecord:
    """Add the fields the contract does not carry, so the round trip covers every column."""
    loc = Locator(source)
    data = record.model_copy(deep=True)
    data.attendees.append(
        Attendee(name="Jan Janssens", role="gemeenteraadslid", status="excused", span=loc.span(0, 10))
    )
    data.attendees.append(Attendee(name="Piet Peeters", role=None, status="absent", span=loc.span(10, 20)))
    data.organizations.append(
        Organization(name="Voorbeeld vzw", aliases=["Voorbeeld", "VB vzw"], mentions=[loc.span(5, 9), loc.span(30, 40)])
    )
    data.issues.append(ExtractionIssue(stage="amounts", message="cannot parse '€ 1.2.3'", span=loc.span(3, 8)))
    data.issues.append(ExtractionIssue(stage="segment", message="component failed", severity="error"))
    if data.decisions:
        decision = data.decisions[0]
        amendment = Vote(
            unanimous=False, for_count=2, against=1, abstentions=0, subject="amendement",
            voters=[Voter(name="Jan Janssens", side="for"), Voter(name="Piet Peeters", side="against")],
            span=loc.span(40, 80),
        )  # fmt: skip
        decision.votes.insert(0, amendment)
        decision.main_vote = 1 if len(decision.votes) > 1 else 0
        decision.item_label = "42"
        decision.plan_version = "2020-2025/4"
        decision.parties.append(PartyRef(name="Voorbeeld", span=loc.span(5, 9)))
        decision.budget_lines.append(
            BudgetLine(year=2022, budget_key="2022/6490120/60/0550/01", amount=Decimal("1234.50"),
                       available=Decimal("99999.99"), description="werkingstoelage", uncertain_pieces=["MJP00?706"],
                       span=loc.span(100, 140))  # fmt: skip
        )
        decision.payments.append(
            Payment(due="2022-03-01", amount=Decimal("500.00"), start="2022-01-01", end="2022-12-31", label="P1",
                    span=loc.span(100, 140))  # fmt: skip
        )
        decision.goals.append(Goal(number="2.1", text="Een actie", level="actie", parent="2", span=loc.span(0, 5)))
        decision.history.append(HistoryEvent(date="2020-01-02", body=None, text="Overleg", span=loc.span(0, 5)))
        decision.referenced_agreements.append(
            ReferencedAgreement(kind="samenwerkingsovereenkomst", parties=["Voorbeeld vzw", "Andere Partner vzw"],
                                start="2020-09-01", end="2022-08-31", project="Voorbeeldproject",
                                decided_by="gemeenteraad", decided_on="2021-04-26", agenda_item=7,
                                span=loc.span(50, 90))  # fmt: skip
        )
    return DocumentRecord.model_validate(data.model_dump(by_alias=True))


def gold_of(path: Path) -> dict[str, Any]:
    return json.loads((GOLD_SEEDS_TXT / f"{path.name}.json").read_text(encoding="utf-8"))


def seed_record(path: Path, rich: bool = True) -> tuple[SourceDocument, DocumentRecord]:
    """The source of a seed file and a record built from its gold (enriched unless `rich=False`)."""
    source = read_source(path)
    record = record_from_gold(source, gold_of(path))
    return source, enrich(record, source) if rich else record
