"""Findings: what a rule reports about one decision, with the numbers, quotes and plan row involved.

A rule returns `Hit`s (what it saw); the runner turns each into a `Finding` carrying the rule's
id and severity and the decision. The same decision stored twice (minutes as text and as PDF) is
audited per copy; copies that report the same hit are merged into one finding that lists every
source it was read from (`sources`), so a reader sees one finding per decision and where it holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kb.audit.facts import Quote
from schema.export import money_str

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class PlanRef:
    """The plan row a fact was checked against (figure None: the plan has no figure for that year)."""

    version: str
    mjp: str
    year: int | None = None
    kind: str | None = None
    figure: Decimal | None = None
    action: str | None = None
    choice: str = ""  # why this version (Dutch)

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "mjp": self.mjp, "year": self.year, "kind": self.kind,
                "figure": money_str(self.figure), "action": self.action, "choice": self.choice}  # fmt: skip

    def text(self) -> str:
        parts = [f"{self.version} {self.mjp}"]
        if self.action:
            parts.append(self.action)
        if self.year is not None:
            figure = f"{self.kind} {money_str(self.figure)}" if self.figure is not None else "geen cijfer"
            parts.append(f"{self.year}: {figure}")
        return " · ".join(parts)


@dataclass(frozen=True)
class Hit:
    subject: str  # what the hit is about within the decision (a year, a payment label, a code): merge key
    message: str  # Dutch, one sentence with the numbers
    numbers: dict[str, Decimal]
    quotes: tuple[Quote, ...]
    plan: PlanRef | None = None


@dataclass(frozen=True)
class SourceRef:
    decision_id: str
    document_id: str
    source: str
    quotes: tuple[Quote, ...]

    def to_json(self) -> dict[str, Any]:
        return {"decision_id": self.decision_id, "document_id": self.document_id, "source": self.source,
                "quotes": [q.to_json() for q in self.quotes]}  # fmt: skip


@dataclass
class Finding:
    rule: str
    severity: str
    title: str  # the decision's title
    municipality: str | None
    date: str | None
    subject: str
    message: str
    numbers: dict[str, Decimal]
    plan: PlanRef | None
    sources: list[SourceRef] = field(default_factory=list)

    @property
    def decision_id(self) -> str:
        return self.sources[0].decision_id

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.sources[0].quotes

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule, "severity": self.severity, "decision_id": self.decision_id, "title": self.title,
            "municipality": self.municipality, "date": self.date, "subject": self.subject, "message": self.message,
            "numbers": {key: money_str(value) for key, value in self.numbers.items()},
            "plan": self.plan.to_json() if self.plan else None,
            "sources": [source.to_json() for source in self.sources],
        }  # fmt: skip

    def to_flat(self) -> dict[str, str]:
        """One CSV row: numbers, sources and quotes joined with ` | `."""
        return {
            "rule": self.rule, "severity": self.severity, "decision_id": self.decision_id,
            "sources": " | ".join(f"{s.source} ({s.decision_id})" for s in self.sources),
            "title": self.title, "date": self.date or "", "subject": self.subject, "message": self.message,
            "numbers": " | ".join(f"{k}={money_str(v)}" for k, v in self.numbers.items()),
            "quotes": " | ".join(f"p.{q.page} [{q.label}] {q.passage}" for q in self.quotes),
            "plan_row": self.plan.text() if self.plan else "", "plan_choice": self.plan.choice if self.plan else "",
        }  # fmt: skip
