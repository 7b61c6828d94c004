"""`partner NAME`: every agreement, amount and period with one organisation, across documents.

NAME is resolved to organisation clusters (`org_names`, see `kb/resolve`): first an exact match of
its resolution key (`Arktos`, `ARKTOS vzw`, `Arktos Antwerpen` all find the cluster `Arktos vzw`),
else clusters whose written forms contain it (`Kompas` → `CLB Het Kompas vzw`), else the closest
forms by fuzzy matching (rapidfuzz WRatio >= `FUZZY_CUTOFF`: typos such as `Arktso`). Listed are
the decisions the cluster is party to and the earlier agreements decisions describe with it as a
party (`origin` = `referenced`), each decision once (its primary copy; other copies in `also_in`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import duckdb
from rapidfuzz import fuzz, process

from kb.db import fetch_rows
from kb.derived import refresh_derived
from kb.query.common import flat, jsonable, totals_per_year
from kb.resolve.orgnames import org_key
from kb.rows import Row
from schema.export import money_str

FUZZY_CUTOFF = 80
FUZZY_LIMIT = 3


@dataclass
class ClusterMatch:
    cluster_id: str
    name: str
    match: str  # exact | contains | fuzzy
    score: float = 100.0


@dataclass
class Agreement:
    agreement_id: str
    origin: str  # decision | referenced
    decision_id: str
    title: str
    kind: str | None
    project: str | None
    parties: list[str]
    period_start: dt.date | None
    period_end: dt.date | None
    amounts: list[dict[str, Any]] = field(default_factory=list)
    amounts_per_year: dict[int, str] = field(default_factory=dict)
    budget_lines: list[dict[str, Any]] = field(default_factory=list)
    municipality: str | None = None
    meeting_body: str | None = None
    meeting_date: dt.date | None = None
    agenda_item: int | None = None
    decided_by: str | None = None
    decided_on: dt.date | None = None
    decided_agenda_item: int | None = None
    source: str = ""
    page: int = 1
    also_in: list[str] = field(default_factory=list)


@dataclass
class PartnerResult:
    query: str
    clusters: list[ClusterMatch]
    agreements: list[Agreement]

    def to_json(self) -> dict[str, Any]:
        return jsonable(self)

    def to_rows(self) -> list[dict[str, str]]:
        return [{k: flat(v) for k, v in jsonable(a).items()} for a in self.agreements]


def match_clusters(con: duckdb.DuckDBPyConnection, name: str) -> list[ClusterMatch]:
    """The clusters NAME designates: exact key, else containment, else fuzzy (see module docstring)."""
    needle = org_key(name)
    if not needle:
        return []
    exact = con.execute(
        "SELECT c.cluster_id, c.name FROM org_clusters c WHERE c.cluster_id IN "
        "(SELECT cluster_id FROM org_names WHERE match_key = ?) ORDER BY c.cluster_id",
        [needle],
    ).fetchall()
    if exact:
        return [ClusterMatch(c, n, "exact") for c, n in exact]
    names = dict(con.execute("SELECT cluster_id, name FROM org_clusters").fetchall())
    contains = con.execute(
        "SELECT cluster_id, min(length(match_key)) FROM org_names "
        "WHERE contains(' ' || match_key || ' ', ' ' || ? || ' ') GROUP BY 1 ORDER BY 2, 1",
        [needle],
    ).fetchall()
    if contains:
        return [ClusterMatch(c, names[c], "contains") for c, _ in contains]
    forms = con.execute("SELECT match_key, cluster_id FROM org_names").fetchall()
    keys = [k for k, _ in forms]
    found: dict[str, float] = {}
    for key, score, index in process.extract(needle, keys, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF, limit=20):
        cluster = forms[index][1]
        found[cluster] = max(found.get(cluster, 0.0), float(score))
    best = sorted(found.items(), key=lambda item: (-item[1], item[0]))[:FUZZY_LIMIT]
    return [ClusterMatch(c, names[c], "fuzzy", round(s, 1)) for c, s in best]


_AGREEMENTS = """
SELECT * FROM v_agreements
WHERE agreement_id IN (SELECT agreement_id FROM v_agreement_parties WHERE cluster_id IN (SELECT unnest($clusters)))
"""


def partner(con: duckdb.DuckDBPyConnection, name: str) -> PartnerResult:
    """Agreements of the organisation NAME (see the module docstring), oldest meeting first."""
    refresh_derived(con)
    clusters = match_clusters(con, name)
    if not clusters:
        return PartnerResult(name, [], [])
    rows = fetch_rows(con, _AGREEMENTS, {"clusters": [c.cluster_id for c in clusters]})
    chosen = _one_per_group(rows)
    agreements = [_agreement(r) for r in sorted(chosen, key=lambda r: (r["meeting_date"] or dt.date.min, r["agreement_id"]))]
    return PartnerResult(name, clusters, agreements)


def _one_per_group(rows: list[Row]) -> list[Row]:
    """Each agreement once: the primary copy's row of a decision group, else the first copy's."""
    best: dict[tuple[object, ...], Row] = {}
    for row in rows:
        key = (row["group_id"], row["origin"], row["kind"] if row["origin"] == "referenced" else "",
               row["period_start"], row["period_end"], row["project"], tuple(sorted(row["party_names"] or [])))  # fmt: skip
        if key not in best or (row["is_primary"] and not best[key]["is_primary"]):
            best[key] = row
    return list(best.values())


def _agreement(row: Row) -> Agreement:
    own = row["origin"] == "decision"
    lines = [{**line, "amount": money_str(line["amount"])} for line in row["budget_lines"] or []] if own else []
    amounts = [{**m, "value": money_str(m["value"])} for m in row["amounts"] or []] if own else []
    return Agreement(
        agreement_id=row["agreement_id"], origin=row["origin"], decision_id=row["decision_id"], title=row["title"],
        kind=row["kind"], project=row["project"], parties=sorted(row["party_names"] or []),
        period_start=row["period_start"], period_end=row["period_end"], amounts=amounts,
        amounts_per_year=totals_per_year((line["year"], line["amount"]) for line in lines), budget_lines=lines,
        municipality=row["municipality"], meeting_body=row["meeting_body"], meeting_date=row["meeting_date"],
        agenda_item=row["agenda_item"], decided_by=row["decided_by"], decided_on=row["decided_on"],
        decided_agenda_item=row["decided_agenda_item"], source=row["source"], page=row["page"],
        also_in=list(row["also_in"] or []),
    )  # fmt: skip
