"""`decision ID`: one decision with everything known about it, each fact with its source quote.

The facts and their quoted passages come from `kb.show.decision_view`; added here is what only the
whole knowledge base knows: the other stored copies of the decision, the earlier agreements it
describes, where its Voorgeschiedenis events point (resolved or not), which stored decisions cite
it, and which decisions cite the same earlier decisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb

from kb.query.common import Row, fetch, flat, jsonable, prepare
from kb.show import DecisionNotFound, DecisionView, decision_view

__all__ = ["DecisionNotFound", "DecisionResult", "decision"]


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
        return jsonable(self)

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
    prepare(con)
    view = decision_view(con, decision_id)
    dec = view.decision_id
    group = con.execute("SELECT group_id FROM decision_groups WHERE decision_id = ?", [dec]).fetchone()
    group_id = group[0] if group else dec
    result = DecisionResult(view=view, group_id=group_id)
    result.copies = fetch(
        con, "SELECT decision_id, source, source_kind, is_primary FROM v_decisions WHERE group_id = ? "
             "ORDER BY is_primary DESC, decision_id", [group_id])  # fmt: skip
    result.referenced_agreements = fetch(
        con,
        """SELECT agreement_id, kind, project, period_start, period_end, decided_by, decided_on, decided_agenda_item,
                  (SELECT list(p.cluster_name ORDER BY p.position) FROM v_agreement_parties p
                   WHERE p.agreement_id = a.agreement_id) AS parties,
                  page, substr(t.text, a.char_start + 1, a.char_end - a.char_start) AS quote
           FROM v_agreements a JOIN document_texts t USING (document_id)
           WHERE a.decision_id = ? AND a.origin = 'referenced' ORDER BY agreement_id""",
        [dec],
    )
    result.history = fetch(
        con, "SELECT position, event_date, body, agenda_item, status, target_decision_id, target_title, ref_key, page "
             "FROM v_history_links WHERE decision_id = ? ORDER BY position", [dec])  # fmt: skip
    result.cited_by = fetch(
        con, "SELECT DISTINCT d.decision_id, d.title, d.source, d.meeting_date FROM history_links l "
             "JOIN v_decisions d ON d.decision_id = l.decision_id "
             "WHERE l.target_decision_id = ? AND d.is_primary ORDER BY d.meeting_date, d.decision_id", [group_id])  # fmt: skip
    result.shared_citations = fetch(
        con, "SELECT s.other_decision_id AS decision_id, d.title, s.ref_key FROM v_shared_citations s "
             "JOIN v_decisions d ON d.decision_id = s.other_decision_id WHERE s.decision_id = ? "
             "ORDER BY s.ref_key, s.other_decision_id", [group_id])  # fmt: skip
    return result
