"""Stable anchor ids for every fact passage of a document, shared by the decision and document pages.

A decision page links each fact to `documents/<id>.html#<anchor>`; the document page puts that
anchor where the passage starts. Both sides enumerate facts with the functions below, so a link
and its target cannot drift apart. Anchors are `f-<scope>-<kind>-<n>`: scope `d3` for the third
decision of the document, `doc` for document-level facts; n counts facts of that kind from 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from schema.provenance import Span
from schema.records import Decision, DocumentRecord


@dataclass(frozen=True)
class AnchoredFact:
    anchor: str
    kind: str
    """a key of `labels.toml [fact_kind]`"""
    span: Span


def fact_anchor(scope: str, kind: str, index: int) -> str:
    """`f-d1-budget-line-2`: ids use hyphens only, so they read well in a URL."""
    return f"f-{scope}-{kind.replace('_', '-')}-{index}"


def decision_scope(position: int) -> str:
    return f"d{position}"


def decision_anchor(position: int) -> str:
    """The anchor where the decision's own passage (its agenda item) starts."""
    return f"d-{position}"


def page_anchor(number: int) -> str:
    return f"p-{number}"


def decision_facts(position: int, decision: Decision) -> list[AnchoredFact]:
    """Every fact of a decision with its anchor, in the order of `kb.query.decision.decision_facts`."""
    scope = decision_scope(position)
    spans: list[tuple[str, list[Span]]] = [
        ("title", [decision.title_span or decision.span]),
        ("vote", [vote.span for vote in decision.votes]),
        ("party", [party.span for party in decision.parties]),
        ("period", [decision.period.span] if decision.period else []),
        ("amount", [amount.span for amount in decision.amounts]),
        ("budget_line", [line.span for line in decision.budget_lines]),
        ("payment", [payment.span for payment in decision.payments]),
        ("goal", [goal.span for goal in decision.goals]),
        ("history", [event.span for event in decision.history]),
        ("article", [article.span for article in decision.articles]),
        ("referenced_agreement", [agreement.span for agreement in decision.referenced_agreements]),
    ]
    return [
        AnchoredFact(fact_anchor(scope, kind, index), kind, span)
        for kind, kind_spans in spans
        for index, span in enumerate(kind_spans, start=1)
    ]


def document_facts(record: DocumentRecord) -> list[AnchoredFact]:
    """Document-level facts (municipality, meeting, signature, attendees, questions, loose goals)
    followed by every decision's facts."""
    facts: list[AnchoredFact] = []
    single = [("municipality", record.municipality_span), ("meeting", record.meeting.span if record.meeting else None),
              ("signed", record.signed.span if record.signed else None)]  # fmt: skip
    facts += [AnchoredFact(fact_anchor("doc", kind, 1), kind, span) for kind, span in single if span is not None]
    for kind, items in (("attendee", record.attendees), ("question", record.questions), ("goal", record.goals)):
        facts += [AnchoredFact(fact_anchor("doc", kind, n), kind, item.span) for n, item in enumerate(items, 1)]
    for position, decision in enumerate(record.decisions, start=1):
        facts += decision_facts(position, decision)
    return facts
