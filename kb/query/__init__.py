"""Questions policy staff ask of the knowledge base: partner, decision, budget, search, sql, clusters.

Each function takes a connection, first refreshes the derived data when stale
(`kb.refresh_derived`), and returns a dataclass with `to_json()` and `to_rows()` (flat rows for
CSV); the CLI (`render/cli/query_cmds.py`) and the site only format them.
"""

from kb.query.budget import BudgetResult, budget
from kb.query.clusters import ClusterList, org_clusters, person_clusters
from kb.query.decision import DecisionNotFound, DecisionResult, decision
from kb.query.partner import PartnerResult, match_clusters, partner
from kb.query.search import SearchResult, search
from kb.query.sql import SqlResult, run_sql

__all__ = [
    "BudgetResult", "ClusterList", "DecisionNotFound", "DecisionResult", "PartnerResult", "SearchResult",
    "SqlResult", "budget", "decision", "match_clusters", "org_clusters", "partner", "person_clusters", "run_sql",
    "search",
]  # fmt: skip
