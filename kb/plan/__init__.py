"""The meerjarenplan (multi-year plan) in the knowledge base: import, storage, version choice.

`read_plan_csv` parses and validates a plan export (`PlanFileError` names the row and column of
a bad cell); `import_plan` stores its versions side by side, keyed on (version, code), replacing
a version that is imported again; `choose_version` picks the version a decision is checked
against. The rules are written out in `kb/plan/README.md`.
"""

from kb.plan.choice import VersionChoice, choose_version
from kb.plan.csvfile import PlanFile, PlanFileError, amount_to_decimal, read_plan_csv
from kb.plan.labels import BadVersionLabel, VersionLabel, parse_label, try_parse_label
from kb.plan.store import ImportResult, PlanLineRow, StoredVersion, import_plan, load_lines, stored_versions

__all__ = [
    "BadVersionLabel",
    "ImportResult",
    "PlanFile",
    "PlanFileError",
    "PlanLineRow",
    "StoredVersion",
    "VersionChoice",
    "VersionLabel",
    "amount_to_decimal",
    "choose_version",
    "import_plan",
    "load_lines",
    "parse_label",
    "read_plan_csv",
    "stored_versions",
    "try_parse_label",
]
