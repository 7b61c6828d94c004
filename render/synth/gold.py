"""A generated document's facts as gold in the export format `besluitenbank/1`.

Conventions as in the real gold (shared/spec/gold/real/mechelen/NOTES.md): roles singular and
lowercased, the city as `Stad X`, every amount as a two-decimal string with its kind, budget
lines with the requested credit, history events with their deciding body and agendapunt.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from render.synth.model import AgendaItem, Minutes, Organization
from schema.export import FORMAT, money_str


def org_to_gold(org: Organization) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": org.name}
    if org.aliases:
        entry["aliases"] = [alias for alias in org.aliases if alias != org.name]
    return entry


def _money(value: Decimal | None) -> str | None:
    return money_str(value)


def item_to_gold(item: AgendaItem) -> dict[str, Any]:
    vote = item.vote
    return {
        "agenda_item": item.number,
        "domain": item.domain,
        "title": item.title,
        "decision_type": item.decision_type,
        "vote": None if vote is None else {
            "unanimous": vote.unanimous, "for": vote.for_count, "against": vote.against, "abstentions": vote.abstentions,
        },  # fmt: skip
        "parties": [org_to_gold(org) for org in item.parties],
        "period": None if item.period is None else {"start": item.period[0].isoformat(), "end": item.period[1].isoformat()},
        "amounts": [{"value": _money(amount.value), "kind": amount.kind} for amount in item.amounts],
        "budget_lines": [
            {"year": line.year, "action": line.action, "mjp": line.mjp, "budget_key": line.budget_key, "amount": _money(line.amount)}
            for line in item.budget_lines
        ],
        "payments": [
            {"due": p.due.isoformat() if p.due else None, "amount": _money(p.amount),
             "start": p.start.isoformat() if p.start else None, "end": p.end.isoformat() if p.end else None}
            for p in item.payments
        ],  # fmt: skip
        "goals": [{"number": g.number, "text": g.text, "level": g.level, "parent": g.parent} for g in item.goals],
        "history": [
            {"date": event.date.isoformat(), "body": event.body, "agenda_item": event.agenda_item} for event in item.history
        ],
        "articles": [{"number": article.number, "text": article.text} for article in item.articles],
    }


def minutes_to_gold(minutes: Minutes) -> dict[str, Any]:
    """The gold JSON object of one generated document."""
    return {
        "format": FORMAT,
        "source": minutes.source,
        "document_type": "notulen",
        "municipality": minutes.municipality,
        "meeting": {"body": "gemeenteraad", "date": minutes.meeting_date.isoformat(), "session": "openbaar"},
        "signed": None if minutes.signed is None else {"date": minutes.signed[0].isoformat(), "place": minutes.signed[1]},
        "attendees": [{"name": person.name, "role": person.role} for person in minutes.attendees],
        "organizations": [org_to_gold(org) for org in minutes.organizations],
        "decisions": [item_to_gold(item) for item in minutes.items],
        "goals": [],
        "questions": [],
    }
