"""Partner search: the decisions an organisation is party to, with what they commit.

First version: a decision matches when one of its parties' names, its organisation's canonical
name, or any alias any document gives that organisation contains NAME (compared as normalised
names: case-insensitive, whitespace collapsed). So `arktos` finds decisions with `Arktos vzw`,
and a search for an alias finds the decisions that name the organisation canonically.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

import duckdb

from kb.keys import name_key
from schema.export import money_str

MATCH_SQL = """
SELECT DISTINCT p.decision_id, p.name
FROM parties p
JOIN organizations o ON o.key = p.organization_key
WHERE contains(lower(p.name), $needle)
   OR contains(o.key, $needle)
   OR EXISTS (SELECT 1 FROM organization_aliases a
              WHERE a.organization_key = p.organization_key AND contains(a.alias_key, $needle))
"""

DECISION_SQL = """
SELECT d.id, d.agenda_item, d.title, d.decision_type, d.page,
       doc.id AS document_id, doc.source, doc.municipality,
       doc.meeting_body, doc.meeting_date, doc.meeting_session,
       per.start_date, per.end_date
FROM decisions d
JOIN documents doc ON doc.id = d.document_id
LEFT JOIN periods per ON per.decision_id = d.id
WHERE d.id = ?
"""


@dataclass
class PartnerDecision:
    decision_id: str
    parties: list[str]
    title: str
    decision_type: str | None
    agenda_item: int | None
    municipality: str | None
    meeting_body: str | None
    meeting_date: dt.date | None
    period_start: dt.date | None
    period_end: dt.date | None
    amounts: list[dict[str, Any]] = field(default_factory=list)
    budget_lines: list[dict[str, Any]] = field(default_factory=list)
    source: str = ""
    document_id: str = ""
    page: int = 1

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict: dates as ISO strings, money as two-decimal strings."""
        data = asdict(self)
        for key in ("meeting_date", "period_start", "period_end"):
            data[key] = None if data[key] is None else data[key].isoformat()
        return data

    def to_flat(self) -> dict[str, str]:
        """One CSV row: lists joined with `; `."""
        data = self.to_json()
        data["parties"] = "; ".join(self.parties)
        data["amounts"] = "; ".join(f"{a['value']} {a['kind']}" for a in self.amounts)
        data["budget_lines"] = "; ".join(budget_line_text(line) for line in self.budget_lines)
        return {key: "" if value is None else str(value) for key, value in data.items()}


def budget_line_text(line: dict[str, Any]) -> str:
    parts = [line.get("year"), line.get("action"), line.get("mjp"), line.get("budget_key"), line.get("amount")]
    return " ".join(str(part) for part in parts if part is not None)


def partner_decisions(con: duckdb.DuckDBPyConnection, name: str) -> list[PartnerDecision]:
    """Decisions with a party matching `name`, ordered by meeting date then decision id."""
    needle = name_key(name)
    if not needle:
        return []
    matched: dict[str, list[str]] = {}
    for decision_id, party in con.execute(MATCH_SQL, {"needle": needle}).fetchall():
        matched.setdefault(decision_id, []).append(party)
    results = [_decision(con, decision_id, sorted(parties)) for decision_id, parties in matched.items()]
    return sorted(results, key=lambda r: (r.meeting_date or dt.date.min, r.source, r.decision_id))


def _decision(con: duckdb.DuckDBPyConnection, decision_id: str, parties: list[str]) -> PartnerDecision:
    row = con.execute(DECISION_SQL, [decision_id]).fetchone()
    assert row is not None, decision_id  # matched through parties, which always name a stored decision
    (dec_id, agenda_item, title, decision_type, page, document_id, source, municipality,
     body, date, _session, period_start, period_end) = row  # fmt: skip
    amounts = [
        {"value": money_str(value), "kind": kind}
        for value, kind in con.execute(
            "SELECT value, kind FROM amounts WHERE decision_id = ? ORDER BY position", [dec_id]
        ).fetchall()
    ]
    budget_lines = [
        {"year": year, "action": action, "mjp": mjp, "budget_key": key, "amount": money_str(amount)}
        for year, action, mjp, key, amount in con.execute(
            "SELECT year, action, mjp, budget_key, amount FROM budget_lines WHERE decision_id = ? ORDER BY position",
            [dec_id],
        ).fetchall()
    ]
    return PartnerDecision(
        decision_id=dec_id, parties=parties, title=title, decision_type=decision_type, agenda_item=agenda_item,
        municipality=municipality, meeting_body=body, meeting_date=date, period_start=period_start,
        period_end=period_end, amounts=amounts, budget_lines=budget_lines, source=source,
        document_id=document_id, page=page,
    )  # fmt: skip
