"""The audit: decisions checked against themselves and against the meerjarenplan.

`run_audit(con)` runs every rule of `kb/audit/RULES.md` on every stored decision (rules are small
functions registered with `@rule`, each with a severity) and reconciles, per plan line and year,
the plan figure with what decisions commit. Findings carry the numbers involved, the source
quotes (page + passage of each fact) and the plan row checked against. Findings are not errors.
"""

from kb.audit.findings import Finding, Hit, PlanRef
from kb.audit.reconcile import ReconRow, ReconSummary
from kb.audit.registry import RULES, Rule
from kb.audit.run import AuditReport, Dossier, run_audit

__all__ = ["RULES", "AuditReport", "Dossier", "Finding", "Hit", "PlanRef", "ReconRow", "ReconSummary", "Rule", "run_audit"]
