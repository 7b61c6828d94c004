"""The JSON export format `besluitenbank/1`: the contract every evaluation measures against.

`record_to_contract` maps a `DocumentRecord` to the shape of `../shared/spec/export-format.md`.
Keys the contract does not know (`provenance`, voters, issues) are allowed as extras and are
added under `_`-prefixed keys so that the evaluator ignores them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from schema.provenance import Span
from schema.records import Decision, DocumentRecord, Goal, Vote
from schema.vocab import AttendanceStatus

FORMAT = "besluitenbank/1"


def money_str(value: Decimal | None) -> str | None:
    """A decimal string with two decimals (`22938.00`), as the contract writes money."""
    return None if value is None else f"{value:.2f}"


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _enum(value: Any) -> Any:
    return getattr(value, "value", value)


def _prov(span: Span | None) -> dict[str, int] | None:
    return None if span is None else {"page": span.page, "start": span.start, "end": span.end}


def vote_to_contract(vote: Vote | None) -> dict[str, Any] | None:
    if vote is None:
        return None
    return {
        "unanimous": vote.unanimous,
        "for": vote.for_count,
        "against": vote.against,
        "abstentions": vote.abstentions,
    }


def goal_to_contract(goal: Goal) -> dict[str, Any]:
    return {
        "number": goal.number,
        "text": goal.text,
        "level": _enum(goal.level),
        "parent": goal.parent,
        "_provenance": _prov(goal.span),
    }


def decision_to_contract(decision: Decision) -> dict[str, Any]:
    return {
        "agenda_item": decision.agenda_item,
        "domain": decision.domain,
        "title": decision.title,
        "decision_type": decision.decision_type,
        "vote": vote_to_contract(decision.vote),
        "parties": [{"name": party.name, "_provenance": _prov(party.span)} for party in decision.parties],
        "period": None
        if decision.period is None
        else {"start": _iso(decision.period.start), "end": _iso(decision.period.end)},
        "amounts": [
            {"value": money_str(amount.value), "kind": _enum(amount.kind), "_provenance": _prov(amount.span)}
            for amount in decision.amounts
        ],
        "budget_lines": [
            {
                "year": line.year,
                "action": line.action,
                "mjp": line.mjp,
                "budget_key": line.budget_key,
                "amount": money_str(line.amount),
                "_provenance": _prov(line.span),
            }
            for line in decision.budget_lines
        ],
        "payments": [
            {
                "due": _iso(payment.due),
                "amount": money_str(payment.amount),
                "start": _iso(payment.start),
                "end": _iso(payment.end),
                "_provenance": _prov(payment.span),
            }
            for payment in decision.payments
        ],
        "goals": [goal_to_contract(goal) for goal in decision.goals],
        "history": [
            {
                "date": _iso(event.date),
                "body": _enum(event.body),
                "agenda_item": event.agenda_item,
                "_provenance": _prov(event.span),
            }
            for event in decision.history
        ],
        "articles": [
            {"number": article.number, "text": article.text, "_provenance": _prov(article.span)}
            for article in decision.articles
        ],
        "_provenance": _prov(decision.span),
        "_all_votes": [vote_to_contract(vote) for vote in decision.votes],
        "_referenced_agreements": [
            {
                "kind": ref.kind,
                "parties": list(ref.parties),
                "start": _iso(ref.start),
                "end": _iso(ref.end),
                "project": ref.project,
                "_provenance": _prov(ref.span),
            }
            for ref in decision.referenced_agreements
        ],
    }


def record_to_contract(record: DocumentRecord) -> dict[str, Any]:
    """The export JSON of one document."""
    meeting = record.meeting
    return {
        "format": FORMAT,
        "source": record.source,
        "document_type": _enum(record.document_type),
        "municipality": record.municipality,
        "meeting": None
        if meeting is None
        else {"body": _enum(meeting.body), "date": _iso(meeting.date), "session": _enum(meeting.session)},
        "signed": None
        if record.signed is None
        else {"date": _iso(record.signed.date), "place": record.signed.place},
        "attendees": [
            {"name": person.name, "role": person.role}
            for person in record.attendees
            if person.status is AttendanceStatus.PRESENT
        ],
        "organizations": [{"name": org.name, "aliases": list(org.aliases)} for org in record.organizations],
        "decisions": [decision_to_contract(decision) for decision in record.decisions],
        "goals": [goal_to_contract(goal) for goal in record.goals],
        "questions": [{"text": question.text} for question in record.questions],
        "_sha256": record.sha256,
        "_extractor_version": record.extractor_version,
    }
