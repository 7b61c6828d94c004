"""A `DocumentRecord` (with its `SourceDocument`) as rows of the knowledge-base tables.

Pure functions, no database: `record_to_rows` flattens the record into one dict per row, keyed
by column name, so the store can insert them with generated statements and a test can look at
them without DuckDB. The inverse is `kb/rebuild.py`.

Positions are 1-based (`position` columns); a vote's `is_main` encodes `Decision.main_vote`.
Voters and organisation aliases have no span of their own in the record: they carry the span of
their vote and of their organisation's first mention, so every fact row has provenance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from kb.keys import decision_id, document_id, meeting_id, name_key, vote_id
from schema.provenance import Span
from schema.records import Decision, DocumentRecord, Goal, Organization
from schema.source import SourceDocument
from schema.vocab import IssueSeverity

Row = dict[str, Any]

ENTITY_KEYS = {"meetings": "id", "persons": "key", "organizations": "key"}
"""Tables shared by documents, with their key column; inserted with `ON CONFLICT DO NOTHING`, never deleted."""
ENTITY_TABLES = tuple(ENTITY_KEYS)

FACT_TABLES = (
    "pages",
    "decisions",
    "periods",
    "votes",
    "voters",
    "attendances",
    "organization_mentions",
    "organization_aliases",
    "parties",
    "amounts",
    "budget_lines",
    "payments",
    "goals",
    "history",
    "articles",
    "referenced_agreements",
    "referenced_agreement_parties",
    "questions",
    "extraction_issues",
)
"""Tables whose rows belong to one document (`document_id`), replaced with it; in insert order."""


@dataclass
class DocumentRows:
    document: Row
    entities: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in ENTITY_TABLES})
    facts: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in FACT_TABLES})


def unique_entities(table: str, rows: Iterable[Row]) -> list[Row]:
    """The first row per key of an entity table: an entity named twice in a document is stored as first written."""
    key = ENTITY_KEYS[table]
    seen: dict[object, Row] = {}
    for row in rows:
        seen.setdefault(row[key], row)
    return list(seen.values())


def _value(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def prov(span: Span) -> Row:
    """The provenance columns of a fact."""
    return {"page": span.page, "char_start": span.start, "char_end": span.end}


def optional_prov(span: Span | None, prefix: str) -> Row:
    """Nullable provenance columns named `<prefix>_page/_start/_end` (document-level facts)."""
    return {
        f"{prefix}_page": None if span is None else span.page,
        f"{prefix}_start": None if span is None else span.start,
        f"{prefix}_end": None if span is None else span.end,
    }


def issue_prov(span: Span | None) -> Row:
    return {"page": None, "char_start": None, "char_end": None} if span is None else prov(span)


def document_row(source: SourceDocument, record: DocumentRecord, ingested_at: dt.datetime) -> Row:
    meeting, signed = record.meeting, record.signed
    failed = any(issue.severity is IssueSeverity.ERROR for issue in record.issues)
    meeting_key = None
    if meeting is not None and meeting.date is not None:
        meeting_key = meeting_id(record.municipality, _value(meeting.body), meeting.date, _value(meeting.session))
    return {
        "id": document_id(record.sha256),
        "source": record.source,
        "path": source.path,
        "sha256": record.sha256,
        "kind": source.kind,
        "page_count": record.page_count,
        "document_type": _value(record.document_type),
        "municipality": record.municipality,
        **optional_prov(record.municipality_span, "municipality"),
        "has_meeting": meeting is not None,
        "meeting_id": meeting_key,
        "meeting_body": None if meeting is None else _value(meeting.body),
        "meeting_date": None if meeting is None else meeting.date,
        "meeting_session": None if meeting is None else _value(meeting.session),
        **optional_prov(None if meeting is None else meeting.span, "meeting"),
        "signed_date": None if signed is None else signed.date,
        "signed_place": None if signed is None else signed.place,
        **optional_prov(None if signed is None else signed.span, "signed"),
        "extractor_version": record.extractor_version,
        "ingested_at": ingested_at,
        "status": "partial" if failed else "ok",
    }


def record_to_rows(source: SourceDocument, record: DocumentRecord, ingested_at: dt.datetime) -> DocumentRows:
    """All rows of one document; `source` gives the path, kind and page texts."""
    if source.sha256 != record.sha256:
        raise ValueError(
            f"{record.source}: record sha256 {record.sha256[:12]} is not the source's {source.sha256[:12]}"
        )
    doc = document_row(source, record, ingested_at)
    rows = DocumentRows(document=doc)
    doc_id = doc["id"]
    if doc["meeting_id"] is not None:
        rows.entities["meetings"].append(
            {
                "id": doc["meeting_id"],
                "municipality": record.municipality,
                "body": doc["meeting_body"],
                "date": doc["meeting_date"],
                "session": doc["meeting_session"],
            }
        )
    rows.facts["pages"] = [
        {"document_id": doc_id, "number": p.number, "char_start": p.start, "char_end": p.end,
         "text": source.page_text(p.number)}
        for p in source.pages
    ]
    _add_people(rows, record, doc_id)
    _add_organizations(rows, record.organizations, doc_id)
    for position, decision in enumerate(record.decisions, start=1):
        _add_decision(rows, decision, doc_id, decision_id(doc_id, position), position, record)
    rows.facts["goals"].extend(_goal_rows(record.goals, doc_id, None))
    rows.facts["questions"] = [
        {"document_id": doc_id, "position": n, "text": q.text, **prov(q.span)}
        for n, q in enumerate(record.questions, 1)
    ]
    rows.facts["extraction_issues"] = [
        {
            "document_id": doc_id,
            "position": n,
            "stage": issue.stage,
            "message": issue.message,
            "severity": _value(issue.severity),
            **issue_prov(issue.span),
        }
        for n, issue in enumerate(record.issues, 1)
    ]
    return rows


def _person(rows: DocumentRows, name: str) -> str:
    key = name_key(name)
    rows.entities["persons"].append({"key": key, "name": name})
    return key


def _organization(rows: DocumentRows, name: str) -> str:
    key = name_key(name)
    rows.entities["organizations"].append({"key": key, "name": name})
    return key


def _add_people(rows: DocumentRows, record: DocumentRecord, doc_id: str) -> None:
    for n, person in enumerate(record.attendees, 1):
        rows.facts["attendances"].append(
            {
                "document_id": doc_id,
                "position": n,
                "person_key": _person(rows, person.name),
                "name": person.name,
                "role": person.role,
                "status": _value(person.status),
                **prov(person.span),
            }
        )


def _add_organizations(rows: DocumentRows, organizations: list[Organization], doc_id: str) -> None:
    for org_position, org in enumerate(organizations, 1):
        key = _organization(rows, org.name)
        for n, mention in enumerate(org.mentions, 1):
            rows.facts["organization_mentions"].append(
                {"document_id": doc_id, "org_position": org_position, "position": n,
                 "organization_key": key, "name": org.name, **prov(mention)}
            )  # fmt: skip
        for n, alias in enumerate(org.aliases, 1):
            rows.facts["organization_aliases"].append(
                {"document_id": doc_id, "org_position": org_position, "position": n, "organization_key": key,
                 "alias": alias, "alias_key": name_key(alias), **prov(org.mentions[0])}
            )  # fmt: skip


def party_organization_key(name: str, organizations: list[Organization]) -> str:
    """The organisation a party names: the document's organisation with that name or alias, else its own name.

    Parties carry the canonical name, but an extractor may write a party with an alias; linking
    through the document's own alias list keeps `partner` search finding it under either name.
    """
    key = name_key(name)
    for org in organizations:
        if key == name_key(org.name) or key in {name_key(alias) for alias in org.aliases}:
            return name_key(org.name)
    return key


def _add_decision(
    rows: DocumentRows, decision: Decision, doc_id: str, dec_id: str, position: int, record: DocumentRecord
) -> None:
    facts = rows.facts
    base = {"decision_id": dec_id, "document_id": doc_id}
    facts["decisions"].append(
        {
            "id": dec_id,
            "document_id": doc_id,
            "position": position,
            "agenda_item": decision.agenda_item,
            "item_label": decision.item_label,
            "domain": decision.domain,
            "title": decision.title,
            "decision_type": decision.decision_type,
            "plan_version": decision.plan_version,
            **optional_prov(decision.title_span, "title"),
            **prov(decision.span),
        }
    )
    if decision.period is not None:
        period = decision.period
        facts["periods"].append({**base, "start_date": period.start, "end_date": period.end, **prov(period.span)})
    for n, vote in enumerate(decision.votes, 1):
        vid = vote_id(dec_id, n)
        facts["votes"].append(
            {"id": vid, **base, "position": n, "is_main": decision.main_vote == n - 1, "unanimous": vote.unanimous,
             "for_count": vote.for_count, "against": vote.against, "abstentions": vote.abstentions,
             "subject": vote.subject, **prov(vote.span)}
        )  # fmt: skip
        for m, voter in enumerate(vote.voters, 1):
            facts["voters"].append(
                {"vote_id": vid, **base, "position": m, "person_key": _person(rows, voter.name),
                 "name": voter.name, "side": _value(voter.side), **prov(vote.span)}
            )  # fmt: skip
    for n, party in enumerate(decision.parties, 1):
        key = party_organization_key(party.name, record.organizations)
        if key == name_key(party.name):
            _organization(rows, party.name)
        facts["parties"].append(
            {**base, "position": n, "name": party.name, "organization_key": key, **prov(party.span)}
        )
    for n, amount in enumerate(decision.amounts, 1):
        facts["amounts"].append(
            {**base, "position": n, "value": amount.value, "kind": _value(amount.kind), "text": amount.text,
             **prov(amount.span)}
        )  # fmt: skip
    for n, line in enumerate(decision.budget_lines, 1):
        facts["budget_lines"].append(
            {**base, "position": n, "year": line.year, "action": line.action, "mjp": line.mjp,
             "budget_key": line.budget_key, "amount": line.amount, "available": line.available,
             "description": line.description, "uncertain_pieces": list(line.uncertain_pieces), **prov(line.span)}
        )  # fmt: skip
    for n, payment in enumerate(decision.payments, 1):
        facts["payments"].append(
            {**base, "position": n, "due": payment.due, "amount": payment.amount, "start_date": payment.start,
             "end_date": payment.end, "label": payment.label, **prov(payment.span)}
        )  # fmt: skip
    facts["goals"].extend(_goal_rows(decision.goals, doc_id, dec_id))
    for n, event in enumerate(decision.history, 1):
        facts["history"].append(
            {**base, "position": n, "event_date": event.date, "body": _value(event.body),
             "agenda_item": event.agenda_item, "text": event.text, **prov(event.span)}
        )  # fmt: skip
    for n, article in enumerate(decision.articles, 1):
        facts["articles"].append(
            {**base, "position": n, "number": article.number, "text": article.text, **prov(article.span)}
        )
    _add_referenced_agreements(rows, decision, base, record)


def _add_referenced_agreements(rows: DocumentRows, decision: Decision, base: Row, record: DocumentRecord) -> None:
    """Earlier agreements the decision describes; their parties link to organisations like parties do."""
    for n, agreement in enumerate(decision.referenced_agreements, 1):
        rows.facts["referenced_agreements"].append(
            {**base, "position": n, "kind": agreement.kind, "start_date": agreement.start,
             "end_date": agreement.end, "project": agreement.project, "decided_by": _value(agreement.decided_by),
             "decided_on": agreement.decided_on, "agenda_item": agreement.agenda_item, **prov(agreement.span)}
        )  # fmt: skip
        for m, name in enumerate(agreement.parties, 1):
            key = party_organization_key(name, record.organizations)
            if key == name_key(name):
                _organization(rows, name)
            rows.facts["referenced_agreement_parties"].append(
                {**base, "agreement_position": n, "position": m, "name": name, "organization_key": key,
                 **prov(agreement.span)}
            )  # fmt: skip


def _goal_rows(goals: list[Goal], doc_id: str, dec_id: str | None) -> list[Row]:
    return [
        {"document_id": doc_id, "decision_id": dec_id, "position": n, "number": goal.number, "text": goal.text,
         "level": _value(goal.level), "parent": goal.parent, **prov(goal.span)}
        for n, goal in enumerate(goals, 1)
    ]  # fmt: skip
