"""Everything the site shows, read once from the knowledge base.

`load_knowledge` rebuilds every stored document's record (as `kb.read_document` does, so facts
come with their spans) and reads the knowledge the kb derives across documents: organisation clusters
(`Arktos`, `Arktos vzw` → one organisation), duplicate decisions (the text and the PDF of one
document), and the decisions a Voorgeschiedenis names. Where the derived tables are empty (a
read-only connection to a database never refreshed) each organisation key, decision and reference
stands alone: the site is then plainer, never wrong.

Page builders take a `Knowledge` and never touch the database, so one load serves all pages.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePath

import duckdb

from kb.derived import refresh_derived
from kb.keys import decision_id as make_decision_id
from kb.keys import name_key
from kb.store import read_all_documents
from render.site.formatting import unique_slugs
from schema.records import Decision, DocumentRecord


@dataclass(frozen=True)
class StoredDocument:
    """A stored document: its row's identity, the rebuilt record and the full text spans point into."""

    id: str
    source: str
    kind: str
    sha256: str
    meeting_id: str | None
    record: DocumentRecord
    text: str


@dataclass(frozen=True)
class StoredDecision:
    id: str
    document: StoredDocument
    position: int
    decision: Decision


@dataclass(frozen=True)
class MeetingInfo:
    id: str
    municipality: str | None
    body: str | None
    date: dt.date
    session: str | None


@dataclass(frozen=True)
class OrgCluster:
    """One organisation across documents; `id` is its page slug."""

    id: str
    name: str
    names: list[str]


@dataclass(frozen=True)
class HistoryLink:
    status: str  # resolved | ambiguous | unresolved
    target: str | None  # decision id of the cited decision's primary copy


@dataclass
class Knowledge:
    documents: dict[str, StoredDocument]
    decisions: dict[str, StoredDecision]
    meetings: dict[str, MeetingInfo]
    clusters: dict[str, OrgCluster]
    cluster_of: dict[str, str]
    """organization key → cluster id"""
    group_of: dict[str, str]
    """decision id → group id (the primary copy's decision id)"""
    history_links: dict[tuple[str, int], HistoryLink]
    shared_citations: dict[str, list[str]]
    mentions: dict[str, set[str]] = field(default_factory=dict)
    """cluster id → ids of the documents that name the organisation"""
    party_keys: dict[tuple[str, int], str] = field(default_factory=dict)
    """(decision id, party position) → organization key, as the store linked it"""
    referenced_party_keys: dict[tuple[str, int, int], str] = field(default_factory=dict)
    """(decision id, agreement position, party position) → organization key"""
    _members: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False)
    _by_document: dict[str, list[StoredDecision]] = field(default_factory=dict, init=False, repr=False)
    _by_stem: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for decision_id, stored in self.decisions.items():
            self._members.setdefault(self.group_of.get(decision_id, decision_id), []).append(decision_id)
            self._by_document.setdefault(stored.document.id, []).append(stored)
        for doc_id, document in self.documents.items():
            self._by_stem.setdefault(PurePath(document.source).stem, []).append(doc_id)

    def decisions_of(self, document_id: str) -> list[StoredDecision]:
        """The decisions of one document, in document order."""
        return self._by_document.get(document_id, [])

    def copies(self, decision_id: str) -> list[str]:
        """The other stored copies of the same decision (text and PDF of one document...)."""
        group = self.group_of.get(decision_id, decision_id)
        return [d for d in self._members.get(group, []) if d != decision_id]

    def party_cluster(self, decision_id: str, position: int, name: str) -> OrgCluster | None:
        """The organisation of the `position`-th (1-based) party of a decision."""
        key = self.party_keys.get((decision_id, position), name_key(name))
        return self.clusters.get(self.cluster_of.get(key, ""))

    def referenced_party_cluster(self, decision_id: str, agreement: int, position: int, name: str) -> OrgCluster | None:
        key = self.referenced_party_keys.get((decision_id, agreement, position), name_key(name))
        return self.clusters.get(self.cluster_of.get(key, ""))

    def is_primary(self, decision_id: str) -> bool:
        return self.group_of.get(decision_id, decision_id) == decision_id

    def primary_decisions(self) -> list[StoredDecision]:
        return [d for d in self.decisions.values() if self.is_primary(d.id)]

    def twin_documents(self, doc_id: str) -> list[str]:
        """Other documents holding the same text: a shared decision, or the same file stem (`x.txt`, `x.pdf`)."""
        twins = set(self._by_stem.get(PurePath(self.documents[doc_id].source).stem, []))
        for decision in self.decisions_of(doc_id):
            twins.update(self.decisions[c].document.id for c in self.copies(decision.id) if c in self.decisions)
        twins.discard(doc_id)
        return sorted(twins, key=lambda d: self.documents[d].source)


def load_documents(con: duckdb.DuckDBPyConnection) -> dict[str, StoredDocument]:
    """Every stored document, ordered by file name (rebuilt in bulk: `kb.store.read_all_documents`)."""
    rows = con.execute("SELECT id, source, kind, sha256, meeting_id FROM documents ORDER BY source, id").fetchall()
    records = read_all_documents(con)
    return {
        doc_id: StoredDocument(doc_id, source, kind, sha, meeting_id, *records[doc_id])
        for doc_id, source, kind, sha, meeting_id in rows
    }


def _meetings(con: duckdb.DuckDBPyConnection) -> dict[str, MeetingInfo]:
    rows = con.execute("SELECT id, municipality, body, date, session FROM meetings ORDER BY date, id").fetchall()
    return {row[0]: MeetingInfo(*row) for row in rows}


def _clusters(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, OrgCluster], dict[str, str]]:
    """Organisation clusters from the kb (`org_clusters`), or one per stored organisation key."""
    members = con.execute(
        "SELECT m.organization_key, m.cluster_id, c.name FROM org_cluster_members m "
        "JOIN org_clusters c USING (cluster_id) ORDER BY c.name, m.organization_key"
    ).fetchall()
    if members:
        names: dict[str, set[str]] = defaultdict(set)
        for cluster_id, name in con.execute("SELECT cluster_id, name FROM org_names").fetchall():
            names[cluster_id].add(name)
        canonical = {cluster_id: name for _, cluster_id, name in members}
        for cluster_id, name in canonical.items():
            names[cluster_id].add(name)
        # the kb's cluster ids are slugs already; unique_slugs keeps them file-name safe
        slugs = unique_slugs(list(canonical), {c: c for c in canonical})
        clusters = {slugs[c]: OrgCluster(slugs[c], canonical[c], sorted(names[c])) for c in canonical}
        return clusters, {key: slugs[cluster_id] for key, cluster_id, _ in members}
    rows = con.execute("SELECT key, name FROM organizations ORDER BY name, key").fetchall()
    slugs = unique_slugs([key for key, _ in rows], dict(rows))
    clusters = {slugs[key]: OrgCluster(slugs[key], name, [name]) for key, name in rows}
    return clusters, {key: slugs[key] for key, _ in rows}


def _groups(con: duckdb.DuckDBPyConnection, decisions: dict[str, StoredDecision]) -> dict[str, str]:
    """decision id → primary copy id, from the kb's `decision_groups` (each decision alone without it)."""
    groups = {decision_id: decision_id for decision_id in decisions}
    for decision_id, group_id in con.execute("SELECT decision_id, group_id FROM decision_groups").fetchall():
        if decision_id in groups and group_id in decisions:
            groups[decision_id] = group_id
    return groups


def _history_links(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, int], HistoryLink]:
    rows = con.execute("SELECT decision_id, position, status, target_decision_id FROM history_links").fetchall()
    return {(decision_id, position): HistoryLink(status, target) for decision_id, position, status, target in rows}


def _shared_citations(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    shared: dict[str, set[str]] = defaultdict(set)
    rows = con.execute(
        "SELECT DISTINCT ga.group_id, gb.group_id FROM history_links a JOIN history_links b ON a.ref_key = b.ref_key "
        "JOIN decision_groups ga ON ga.decision_id = a.decision_id "
        "JOIN decision_groups gb ON gb.decision_id = b.decision_id WHERE ga.group_id <> gb.group_id"
    ).fetchall()
    for one, other in rows:
        shared[one].add(other)
    return {decision_id: sorted(others) for decision_id, others in shared.items()}


def _mentions(con: duckdb.DuckDBPyConnection, cluster_of: dict[str, str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for doc_id, key in con.execute(
        "SELECT DISTINCT document_id, organization_key FROM organization_mentions"
    ).fetchall():
        if key in cluster_of:
            found[cluster_of[key]].add(doc_id)
    return found


def _party_keys(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, int], str]:
    rows = con.execute("SELECT decision_id, position, organization_key FROM parties").fetchall()
    return {(decision_id, position): key for decision_id, position, key in rows}


def _referenced_party_keys(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, int, int], str]:
    rows = con.execute(
        "SELECT decision_id, agreement_position, position, organization_key FROM referenced_agreement_parties"
    ).fetchall()
    return {(decision_id, agreement, position): key for decision_id, agreement, position, key in rows}


def load_knowledge(con: duckdb.DuckDBPyConnection) -> Knowledge:
    """Read every document and the derived cross-document knowledge (refreshed first when possible)."""
    refresh_derived(con)
    documents = load_documents(con)
    decisions = {
        make_decision_id(doc.id, position): StoredDecision(make_decision_id(doc.id, position), doc, position, decision)
        for doc in documents.values()
        for position, decision in enumerate(doc.record.decisions, start=1)
    }
    clusters, cluster_of = _clusters(con)
    return Knowledge(
        documents=documents,
        decisions=decisions,
        meetings=_meetings(con),
        clusters=clusters,
        cluster_of=cluster_of,
        group_of=_groups(con, decisions),
        history_links=_history_links(con),
        shared_citations=_shared_citations(con),
        mentions=_mentions(con, cluster_of),
        party_keys=_party_keys(con),
        referenced_party_keys=_referenced_party_keys(con),
    )
