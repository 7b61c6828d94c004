"""The plan as one decision sees it: the version chosen for it and lookups into that version only.

Lookups never leave the chosen version: a code found only in another version is reported as
absent (with a note where it does exist), never matched, because codes are unique only within a
version. `PlanContext.empty()` is the context when no plan is imported: plan rules then say nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kb.audit.facts import DecisionFacts
from kb.audit.findings import PlanRef
from kb.plan import PlanLineRow, StoredVersion, VersionChoice, choose_version


@dataclass
class PlanContext:
    choice: VersionChoice
    lines: dict[tuple[str, str], PlanLineRow] = field(default_factory=dict)
    versions: Sequence[StoredVersion] = ()

    @classmethod
    def empty(cls) -> "PlanContext":
        return cls(VersionChoice(None, "none", "geen meerjarenplan geïmporteerd"))

    @property
    def version(self) -> StoredVersion | None:
        return next((v for v in self.versions if v.version == self.choice.version), None)

    def line(self, mjp: str) -> PlanLineRow | None:
        return self.lines.get((self.choice.version, mjp)) if self.choice.version else None

    def ref(self, mjp: str, year: int | None = None) -> PlanRef:
        """The plan row of `mjp` (and `year`) in the chosen version, with the figure when there is one."""
        assert self.choice.version is not None
        line = self.line(mjp)
        kind, figure = (line.figures.get(year, (None, None)) if line and year is not None else (None, None))
        return PlanRef(self.choice.version, mjp, year, kind, figure, line.ac if line else None, self.choice.explanation)

    def elsewhere(self, mjp: str) -> list[str]:
        """Other applicable versions that hold a line with this code (for the report, never for matching)."""
        return sorted(v.version for v in self.versions if v.version != self.choice.version and (v.version, mjp) in self.lines)


def context_for(
    facts: DecisionFacts, versions: Sequence[StoredVersion], lines: dict[tuple[str, str], PlanLineRow]
) -> PlanContext:
    """Choose the version for a decision among the versions of its municipality."""
    applicable = [v for v in versions if v.applies_to(facts.municipality)]
    if not applicable:
        return PlanContext.empty()
    years = [line.year for line in facts.decision.budget_lines if line.year is not None]
    choice = choose_version(applicable, facts.decision.plan_version, facts.date, years)
    return PlanContext(choice, lines, applicable)
