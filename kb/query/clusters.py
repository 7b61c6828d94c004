"""`orgs` and `persons`: the clusters resolution formed, for a person to review (and correct in
`corpus/aliases.toml`). Largest clusters first; NAME filters on any member's name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from kb.db import fetch_rows
from kb.derived import refresh_derived
from kb.query.common import flat, jsonable
from kb.rows import Row


@dataclass
class ClusterList:
    kind: str  # organisations | persons
    clusters: list[Row]

    def to_json(self) -> list[Any]:
        return jsonable(self.clusters)

    def to_rows(self) -> list[dict[str, str]]:
        return [{k: flat(v) for k, v in row.items()} for row in self.clusters]


def _clusters(con: duckdb.DuckDBPyConnection, view: str, columns: str, name: str, merged_only: bool) -> list[Row]:
    refresh_derived(con)
    return fetch_rows(
        con,
        f"SELECT {columns} FROM {view} "
        "WHERE (? = '' OR list_contains(list_transform(member_names, x -> contains(lower(x), lower(?))), true)) "
        "AND (NOT ? OR member_count > 1) ORDER BY member_count DESC, document_count DESC, name",
        [name, name, merged_only],
    )


def org_clusters(con: duckdb.DuckDBPyConnection, name: str = "", merged_only: bool = False) -> ClusterList:
    columns = "cluster_id, name, member_count, document_count, decision_count, member_names, reasons"
    return ClusterList("organisations", _clusters(con, "v_org_clusters", columns, name, merged_only))


def person_clusters(con: duckdb.DuckDBPyConnection, name: str = "", merged_only: bool = False) -> ClusterList:
    columns = "cluster_id, name, member_count, document_count, member_names, reasons"
    return ClusterList("persons", _clusters(con, "v_person_clusters", columns, name, merged_only))
