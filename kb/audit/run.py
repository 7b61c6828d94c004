"""Running the audit over the knowledge base: every rule on every decision, then reconciliation.

The same decision stored more than once (the minutes as text and as PDF) forms one *dossier*
(`facts.dossier_key`). Rules run on each copy; a hit that every copy with it reports alike
(same rule, subject and numbers) becomes one finding listing all those sources; a hit only one
copy reports stays a finding of that source. Reconciliation counts each dossier once, from its
*preferred* copy: the one with the most budget lines, then the most amounts, then source order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import duckdb

# Importing the rule modules registers their rules (order = order in the report).
from kb.audit import codes, rules_money, rules_period, rules_plan  # noqa: F401
from kb.audit.facts import DecisionFacts, dossier_key, iter_decisions
from kb.audit.findings import SEVERITIES, Finding, SourceRef
from kb.audit.plancheck import PlanContext, context_for
from kb.audit.reconcile import ReconRow, ReconSummary, reconcile, summarise
from kb.audit.registry import RULES
from kb.plan import StoredVersion, load_lines, stored_versions


@dataclass
class Dossier:
    copies: list[tuple[DecisionFacts, PlanContext]]

    @property
    def preferred(self) -> tuple[DecisionFacts, PlanContext]:
        return max(self.copies, key=lambda c: (len(c[0].decision.budget_lines), len(c[0].decision.amounts),
                                               [-ord(ch) for ch in c[0].source]))  # fmt: skip

    @property
    def facts(self) -> DecisionFacts:
        return self.preferred[0]

    @property
    def plan(self) -> PlanContext:
        return self.preferred[1]

    def cites(self) -> set[str]:
        return {line.mjp for facts, _ in self.copies for line in facts.decision.budget_lines if line.mjp}

    def budget_years(self) -> set[int]:
        return {line.year for facts, _ in self.copies for line in facts.decision.budget_lines if line.year}

    def to_json(self) -> dict[str, Any]:
        facts, plan = self.preferred
        return {
            "decision_ids": [f.decision_id for f, _ in self.copies], "sources": [f.source for f, _ in self.copies],
            "title": facts.title, "date": facts.date.isoformat() if facts.date else None, "date_basis": facts.date_basis,
            "plan_version": plan.choice.version, "plan_choice": plan.choice.reason, "plan_explanation": plan.choice.explanation,
        }  # fmt: skip


@dataclass
class AuditReport:
    versions: list[StoredVersion]
    dossiers: list[Dossier]
    findings: list[Finding]
    reconciliation: list[ReconRow]
    summary: ReconSummary
    filters: dict[str, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {severity: sum(1 for f in self.findings if f.severity == severity) for severity in SEVERITIES}

    def to_json(self) -> dict[str, Any]:
        return {
            "filters": self.filters,
            "plan_versions": [{"version": v.version, "valid_from": v.valid_from.isoformat(), "valid_from_rule":
                               v.valid_from_rule, "municipality": v.municipality, "lines": v.line_count,
                               "figures": v.figure_count, "source_file": v.source_file} for v in self.versions],
            "counts": self.counts(),
            "reconciliation_summary": self.summary.to_json(),
            "findings": [f.to_json() for f in self.findings],
            "decisions": [d.to_json() for d in self.dossiers if d.cites()],
            "reconciliation": [r.to_json() for r in self.reconciliation],
        }  # fmt: skip


def _group(decisions: Iterable[tuple[DecisionFacts, PlanContext]]) -> list[Dossier]:
    dossiers: dict[tuple[str, ...], Dossier] = {}
    for facts, plan in decisions:
        dossiers.setdefault(dossier_key(facts), Dossier([])).copies.append((facts, plan))
    return list(dossiers.values())


def _findings_of(dossier: Dossier) -> list[Finding]:
    """Run every rule on every copy; merge hits the copies report alike."""
    merged: dict[tuple[str, str, tuple[tuple[str, Any], ...]], Finding] = {}
    for facts, plan in dossier.copies:
        for rule in RULES.values():
            for hit in rule.check(facts, plan):
                key = (rule.id, hit.subject, tuple(sorted(hit.numbers.items())))
                source = SourceRef(facts.decision_id, facts.document_id, facts.source, hit.quotes)
                if key in merged:
                    merged[key].sources.append(source)
                    continue
                merged[key] = Finding(
                    rule=rule.id, severity=rule.severity, title=facts.title, municipality=facts.municipality,
                    date=facts.date.isoformat() if facts.date else None, subject=hit.subject, message=hit.message,
                    numbers=hit.numbers, plan=hit.plan, sources=[source],
                )  # fmt: skip
    return list(merged.values())


def _wanted(dossier: Dossier, year: int | None, lines: set[str]) -> bool:
    facts = dossier.facts
    if year is not None and not (facts.date and facts.date.year == year) and year not in dossier.budget_years():
        return False
    return not lines or bool(lines & dossier.cites())


def run_audit(con: duckdb.DuckDBPyConnection, year: int | None = None, lines: Iterable[str] = ()) -> AuditReport:
    """Audit every stored decision (or those of `year` / citing `lines`) against the imported plan."""
    versions = stored_versions(con)
    plan_lines = load_lines(con)
    wanted_lines = {code.strip().upper() for code in lines if code.strip()}
    decisions = [(facts, context_for(facts, versions, plan_lines)) for facts in iter_decisions(con)]
    dossiers = [d for d in _group(decisions) if _wanted(d, year, wanted_lines)]
    order = {rule_id: i for i, rule_id in enumerate(RULES)}
    findings = [f for d in dossiers for f in _findings_of(d)]
    findings.sort(key=lambda f: (SEVERITIES.index(f.severity), f.date or "", f.decision_id, order[f.rule], f.subject))
    rows = reconcile([d.preferred for d in dossiers])
    if year is not None:
        rows = [r for r in rows if r.year == year]
    if wanted_lines:
        rows = [r for r in rows if r.mjp in wanted_lines]
    malformed = len({(f.decision_id, f.subject) for f in findings if f.rule == "malformed-code"})
    filters = {"year": year, "lines": sorted(wanted_lines), "run_at": dt.datetime.now().isoformat(timespec="seconds")}
    return AuditReport(versions, dossiers, findings, rows, summarise(rows, malformed), filters)
