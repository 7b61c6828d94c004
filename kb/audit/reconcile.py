"""Reconciliation: per plan line and year, the plan figure against what decisions commit on it.

Every budget line a decision cites is placed on (version, MJP code, year) of the version chosen
for that decision: `matched` when the version holds the line, `absent` when it does not, and
`no-version` when no plan version applies. Committed = the sum of the budget-line amounts of the
decisions (one copy per decision: the same minutes ingested as text and PDF count once);
remaining = plan figure − committed; a row is over-committed when committed exceeds a figure.
Two decisions citing the same line and year with the same amount *and the same available credit*
(the procurement and the cooperation agreement of one project, both showing the project's
Budgetopgave) present one commitment twice: had the second been a new commitment, the available
credit it shows would have dropped by the first. It is listed with `repeat_of` and counted once.
A line cited without a year is kept on its own row (year empty): its amount cannot be placed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kb.audit.facts import DecisionFacts, Quote
from kb.audit.plancheck import PlanContext
from schema.export import money_str


@dataclass(frozen=True)
class Commitment:
    decision_id: str
    source: str
    title: str
    amount: Decimal | None
    quote: Quote
    available: Decimal | None = None
    repeat_of: str | None = None  # decision id of an earlier citation of the same commitment

    def to_json(self) -> dict[str, Any]:
        return {"decision_id": self.decision_id, "source": self.source, "title": self.title,
                "amount": money_str(self.amount), "available": money_str(self.available),
                "repeat_of": self.repeat_of, "quote": self.quote.to_json()}  # fmt: skip


@dataclass
class ReconRow:
    version: str | None
    mjp: str
    year: int | None
    status: str  # matched | absent | no-version
    kind: str | None = None
    figure: Decimal | None = None
    commitments: list[Commitment] = field(default_factory=list)

    @property
    def committed(self) -> Decimal:
        return sum((c.amount for c in self.commitments if c.amount is not None and c.repeat_of is None), Decimal(0))

    @property
    def remaining(self) -> Decimal | None:
        return None if self.figure is None else self.figure - self.committed

    @property
    def over_committed(self) -> bool:
        return self.figure is not None and self.committed > self.figure

    def sort_key(self) -> tuple[str, str, int]:
        return (self.mjp, self.version or "", self.year if self.year is not None else -1)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version, "mjp": self.mjp, "year": self.year, "status": self.status, "kind": self.kind,
            "figure": money_str(self.figure), "committed": money_str(self.committed),
            "remaining": money_str(self.remaining), "over_committed": self.over_committed,
            "decisions": [c.to_json() for c in self.commitments],
        }  # fmt: skip


def reconcile(decisions: list[tuple[DecisionFacts, PlanContext]]) -> list[ReconRow]:
    """Rows for every (version, code, year) cited by `decisions` (one copy per decision)."""
    rows: dict[tuple[str | None, str, int | None], ReconRow] = {}
    for facts, plan in decisions:
        for line in facts.decision.budget_lines:
            if not line.mjp:
                continue
            version = plan.choice.version
            key = (version, line.mjp, line.year)
            row = rows.get(key)
            if row is None:
                plan_line = plan.line(line.mjp)
                status = "no-version" if version is None else ("matched" if plan_line else "absent")
                kind, figure = (None, None)
                if plan_line is not None and line.year is not None:
                    kind, figure = plan_line.figures.get(line.year, (None, None))
                row = rows[key] = ReconRow(version, line.mjp, line.year, status, kind, figure)
            label = f"begrotingslijn {line.year or ''} {line.mjp}".replace("  ", " ")
            repeat = next((c.decision_id for c in row.commitments if line.amount is not None and line.available
                           is not None and (c.amount, c.available) == (line.amount, line.available)), None)
            row.commitments.append(Commitment(facts.decision_id, facts.source, facts.title, line.amount,
                                              facts.quote(label, line.span), line.available, repeat))  # fmt: skip
    return sorted(rows.values(), key=ReconRow.sort_key)


@dataclass(frozen=True)
class ReconSummary:
    citations: int  # (decision, code) pairs cited
    matched: int  # distinct (version, code) found in the plan
    absent: int  # distinct (version, code) not in the chosen version
    no_version: int  # distinct codes of decisions no version applies to
    malformed: int  # distinct (decision, token) malformed or truncated codes
    over_committed: int  # (version, code, year) rows committed beyond the figure

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


def summarise(rows: list[ReconRow], malformed: int) -> ReconSummary:
    citations = {(c.decision_id, row.mjp) for row in rows for c in row.commitments}
    matched = {(row.version, row.mjp) for row in rows if row.status == "matched"}
    absent = {(row.version, row.mjp) for row in rows if row.status == "absent"}
    no_version = {row.mjp for row in rows if row.status == "no-version"}
    over = sum(1 for row in rows if row.over_committed)
    return ReconSummary(len(citations), len(matched), len(absent), len(no_version), malformed, over)
