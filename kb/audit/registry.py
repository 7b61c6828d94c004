"""The rule registry: every audit rule is a small named function with a severity.

`@rule("payment-outside-period", "error", "Betaling buiten de looptijd")` registers a check
`(facts, plan) -> Iterable[Hit]`. Rules are listed in `kb/audit/RULES.md`; a test keeps that
catalogue and this registry in step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kb.audit.findings import SEVERITIES, Hit

if TYPE_CHECKING:
    from kb.audit.facts import DecisionFacts
    from kb.audit.plancheck import PlanContext

Check = Callable[["DecisionFacts", "PlanContext"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    title: str  # Dutch, for the report
    check: Check

    @property
    def doc(self) -> str:
        return " ".join((self.check.__doc__ or "").split())


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: str, title: str) -> Callable[[Check], Check]:
    if severity not in SEVERITIES:
        raise ValueError(f"rule {rule_id}: severity {severity!r} is not one of {SEVERITIES}")

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, title, check)
        return check

    return register
