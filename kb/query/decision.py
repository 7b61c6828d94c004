"""`decision ID` (alias `show ID`): one decision with everything known about it, each fact with its source quote.

`decision_view` reads the decision back from the knowledge base and pairs each fact with its
provenance: the page and the quoted passage of the document text (`Span.quote`), so an auditor
can check a number against the sentence it came from without opening the PDF. `decision` adds
what only the whole knowledge base knows: the other stored copies of the decision, the earlier
agreements it describes, where its Voorgeschiedenis events point (resolved or not), which stored
decisions cite it, and which decisions cite the same earlier decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb

from kb.db import fetch_rows
from kb.derived import refresh_derived
from kb.query.common import flat, jsonable
from kb.rows import Row
from kb.store import document_text, read_document
from schema.export import money_str
from schema.provenance import Span
from schema.records import Decision, Vote


class DecisionNotFound(LookupError):
    """No stored decision has that id."""


@dataclass(frozen=True)
class FactLine:
    kind: str  # title, vote, party, period, amount, budget_line, payment, goal, history, article
    value: str
    page: int
    start: int
    end: int
    quote: str


@dataclass
class DecisionView:
    decision_id: str
    document_id: str
    source: str
    meeting: str | None
    agenda_item: int | None
    title: str
    decision_type: str | None
    facts: list[FactLine] = field(default_factory=list)


def vote_text(vote: Vote) -> str:
    if vote.unanimous:
        text = "unanimous"
    else:
        counts = {"for": vote.for_count, "against": vote.against, "abstentions": vote.abstentions}
        text = ", ".join(f"{value} {name}" for name, value in counts.items() if value is not None) or "counts unknown"
    if vote.voters:
        text += f" ({len(vote.voters)} named voters)"
    return f"{vote.subject}: {text}" if vote.subject else text


def decision_facts(decision: Decision) -> list[tuple[str, str, Span]]:
    """(kind, value, span) of every fact of a decision, in reading order of the record."""
    facts: list[tuple[str, str, Span]] = [("title", decision.title, decision.title_span or decision.span)]
    for index, vote in enumerate(decision.votes):
        kind = "vote" if index == decision.main_vote else "vote (other)"
        facts.append((kind, vote_text(vote), vote.span))
    facts += [("party", party.name, party.span) for party in decision.parties]
    if decision.period is not None:
        period = decision.period
        facts.append(("period", f"{period.start or '?'} – {period.end or '?'}", period.span))
    facts += [("amount", f"{money_str(a.value)} ({a.kind.value})", a.span) for a in decision.amounts]
    for line in decision.budget_lines:
        parts = [str(line.year) if line.year else None, line.action, line.mjp, line.budget_key, money_str(line.amount)]
        facts.append(("budget_line", " ".join(p for p in parts if p) or "(no codes)", line.span))
    for payment in decision.payments:
        when = payment.due or (f"{payment.start} – {payment.end}" if payment.start or payment.end else "?")
        facts.append(("payment", f"{money_str(payment.amount)} due {when}", payment.span))
    for goal in decision.goals:
        label = f"{goal.level.value} {goal.number}" if goal.number else goal.level.value
        facts.append(("goal", f"[{label}] {goal.text}", goal.span))
    for event in decision.history:
        body = event.body.value if event.body else "meeting"
        item = f" item {event.agenda_item}" if event.agenda_item is not None else ""
        facts.append(("history", f"{event.date} {body}{item}", event.span))
    facts += [("article", f"Artikel {a.number}: {a.text}", a.span) for a in decision.articles]
    return facts


def decision_view(con: duckdb.DuckDBPyConnection, decision_id: str, quote_limit: int = 300) -> DecisionView:
    """The decision `decision_id` (`<document id>-<n>`) with all its facts and their source passages."""
    found = con.execute("SELECT document_id, position FROM decisions WHERE id = ?", [decision_id.strip()]).fetchone()
    if found is None:
        raise DecisionNotFound(f"no decision with id {decision_id!r} (ids look like 1cec98b08bde-1)")
    doc_id, position = found
    record = read_document(con, doc_id)
    text = document_text(con, doc_id)
    decision = record.decisions[position - 1]
    meeting = record.meeting
    meeting_text = None
    if meeting is not None:
        parts = [meeting.body.value if meeting.body else None, meeting.date.isoformat() if meeting.date else None,
                 meeting.session.value if meeting.session else None]  # fmt: skip
        meeting_text = " ".join(p for p in parts if p) or None
    view = DecisionView(
        decision_id=decision_id.strip(),
        document_id=doc_id,
        source=record.source,
        meeting=meeting_text,
        agenda_item=decision.agenda_item,
        title=decision.title,
        decision_type=decision.decision_type,
    )
    for kind, value, span in decision_facts(decision):
        view.facts.append(FactLine(kind, value, span.page, span.start, span.end, span.quote(text, quote_limit)))
    return view


@dataclass
class DecisionResult:
    view: DecisionView
    group_id: str
    copies: list[Row] = field(default_factory=list)
    referenced_agreements: list[Row] = field(default_factory=list)
    history: list[Row] = field(default_factory=list)
    cited_by: list[Row] = field(default_factory=list)
    shared_citations: list[Row] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The view's fields (decision, its facts) and the knowledge-base links, in one flat object."""
        data = jsonable(self)
        return {**data.pop("view"), **data}

    def to_rows(self) -> list[dict[str, str]]:
        """One CSV row per fact (kind, value, page, quote), the knowledge-base links after them."""
        rows = [{"kind": f.kind, "value": f.value, "page": str(f.page), "quote": f.quote} for f in self.view.facts]
        for agreement in self.referenced_agreements:
            rows.append({"kind": "referenced_agreement", "value": flat(agreement), "page": str(agreement["page"]),
                         "quote": agreement["quote"]})  # fmt: skip
        for link in self.history:
            rows.append({"kind": f"history_link ({link['status']})", "value": flat(link), "page": str(link["page"]),
                         "quote": ""})  # fmt: skip
        rows += [{"kind": "cited_by", "value": flat(c), "page": "", "quote": ""} for c in self.cited_by]
        rows += [{"kind": "shares_citation_with", "value": flat(c), "page": "", "quote": ""} for c in self.shared_citations]
        return rows


def decision(con: duckdb.DuckDBPyConnection, decision_id: str) -> DecisionResult:
    """The decision `decision_id` with its facts (`decision_view`) and its links across the knowledge base."""
    refresh_derived(con)
    view = decision_view(con, decision_id)
    dec = view.decision_id
    group = con.execute("SELECT group_id FROM decision_groups WHERE decision_id = ?", [dec]).fetchone()
    group_id = group[0] if group else dec
    result = DecisionResult(view=view, group_id=group_id)
    result.copies = fetch_rows(
        con, "SELECT decision_id, source, source_kind, is_primary FROM v_decisions WHERE group_id = ? "
             "ORDER BY is_primary DESC, decision_id", [group_id])  # fmt: skip
    result.referenced_agreements = fetch_rows(
        con,
        """SELECT agreement_id, kind, project, period_start, period_end, decided_by, decided_on, decided_agenda_item,
                  (SELECT list(p.cluster_name ORDER BY p.position) FROM v_agreement_parties p
                   WHERE p.agreement_id = a.agreement_id) AS parties,
                  page, substr(t.text, a.char_start + 1, a.char_end - a.char_start) AS quote
           FROM v_agreements a JOIN document_texts t USING (document_id)
           WHERE a.decision_id = ? AND a.origin = 'referenced' ORDER BY agreement_id""",
        [dec],
    )
    result.history = fetch_rows(
        con, "SELECT position, event_date, body, agenda_item, status, target_decision_id, target_title, ref_key, page "
             "FROM v_history_links WHERE decision_id = ? ORDER BY position", [dec])  # fmt: skip
    result.cited_by = fetch_rows(
        con, "SELECT DISTINCT d.decision_id, d.title, d.source, d.meeting_date FROM history_links l "
             "JOIN v_decisions d ON d.decision_id = l.decision_id "
             "WHERE l.target_decision_id = ? AND d.is_primary ORDER BY d.meeting_date, d.decision_id", [group_id])  # fmt: skip
    result.shared_citations = fetch_rows(
        con, "SELECT s.other_decision_id AS decision_id, d.title, s.ref_key FROM v_shared_citations s "
             "JOIN v_decisions d ON d.decision_id = s.other_decision_id WHERE s.decision_id = ? "
             "ORDER BY s.ref_key, s.other_decision_id", [group_id])  # fmt: skip
    return result
