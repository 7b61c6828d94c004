"""Derived knowledge, rebuilt lazily: `refresh_derived(con)`.

Clusters of organisations and persons across documents, duplicate-decision groups, history links
and the full-text index are functions of the stored facts (and of the alias file). Instead of
wiring their upkeep into every writer, `derived_state` keeps a fingerprint of what they were built
from: the `documents` table (id, sha256, extractor version, ingest time), the alias file's text
and `DERIVED_VERSION` (bumped when a rule here changes). Every reader calls `refresh_derived`
first; it costs one aggregate query when nothing changed and rebuilds everything, in one
transaction, when something did. So nothing is ever stale and ingest needs no extra step.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from pathlib import Path

import duckdb

from kb import fts
from kb.db import insert_rows, transaction
from kb.groups import DecisionRow, DocumentRow, group_decisions, group_documents
from kb.resolve import OrgInput, PersonInput, load_aliases, resolve_organizations, resolve_persons
from kb.resolve.orgnames import org_key, place_key
from kb.xref import HistoryRow, link_history

DERIVED_VERSION = "1"
STATE_NAME = "knowledge"
DERIVED_TABLES = (
    "org_clusters", "org_cluster_members", "org_names", "person_clusters", "person_cluster_members",
    "decision_groups", "history_links", "search_units", "decision_info", "agreement_info", "agreement_party_info",
)  # fmt: skip
MATERIALISED = (("decision_info", "live_decisions"), ("agreement_info", "live_agreements"),
                ("agreement_party_info", "live_agreement_parties"))  # fmt: skip
"""Wide views stored as tables at each refresh, in dependency order (see 0002_knowledge.sql)."""
_TERRITORIAL = ("stad ", "provincie ", "district ", "politiezone ", "hulpverleningszone ")


def fingerprint(con: duckdb.DuckDBPyConnection, aliases: Path | None = None) -> str:
    _, alias_hash = load_aliases(aliases)
    row = con.execute(
        "SELECT count(*), coalesce(sum(hash(id, sha256, extractor_version, ingested_at)), 0) FROM documents"
    ).fetchone()
    count, digest = row if row else (0, 0)
    return f"v{DERIVED_VERSION}:{count}:{digest}:{alias_hash}"


def is_read_only(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT current_setting('access_mode')").fetchone()
    return bool(row) and row[0] == "read_only"


def is_stale(con: duckdb.DuckDBPyConnection, aliases: Path | None = None) -> bool:
    stored = con.execute("SELECT fingerprint FROM derived_state WHERE name = ?", [STATE_NAME]).fetchone()
    return stored is None or stored[0] != fingerprint(con, aliases)


def refresh_derived(con: duckdb.DuckDBPyConnection, *, force: bool = False, aliases: Path | None = None) -> bool:
    """Rebuild the derived tables when the documents or the alias file changed; True when rebuilt.

    A read-only connection cannot rebuild: it returns False and the caller reads what is stored
    (open the database for writing once, e.g. with any query command, to bring it up to date).
    """
    if not force and not is_stale(con, aliases):
        return False
    if is_read_only(con):
        return False
    started = time.perf_counter()
    with transaction(con):
        for table in DERIVED_TABLES:
            con.execute(f"DELETE FROM {table}")
        _groups(con)
        _organizations(con, aliases)
        _persons(con, aliases)
        for table, view in MATERIALISED:
            con.execute(f"INSERT INTO {table} SELECT * FROM {view}")
        _history_links(con)
        _search_units(con)
        con.execute(
            "INSERT OR REPLACE INTO derived_state VALUES (?, ?, ?, ?)",
            [STATE_NAME, fingerprint(con, aliases), dt.datetime.now(), time.perf_counter() - started],
        )
    if con.execute("SELECT count(*) FROM search_units").fetchone()[0]:  # type: ignore[index]
        fts.create_index(con)
    return True


def _decision_rows(con: duckdb.DuckDBPyConnection) -> list[DecisionRow]:
    rows = con.execute(
        """
        SELECT d.id, d.document_id, doc.municipality, doc.meeting_date, doc.meeting_body, d.agenda_item, d.title,
               doc.kind,
               (SELECT count(*) FROM amounts a WHERE a.decision_id = d.id)
             + (SELECT count(*) FROM budget_lines b WHERE b.decision_id = d.id)
             + (SELECT count(*) FROM parties p WHERE p.decision_id = d.id)
             + (SELECT count(*) FROM history h WHERE h.decision_id = d.id)
        FROM decisions d JOIN documents doc ON doc.id = d.document_id
        ORDER BY d.id
        """
    ).fetchall()
    return [DecisionRow(*row) for row in rows]


def _groups(con: duckdb.DuckDBPyConnection) -> None:
    groups = group_decisions(_decision_rows(con))
    insert_rows(con, "decision_groups", [
        {"decision_id": g.decision_id, "group_id": g.group_id, "is_primary": g.is_primary, "copies": g.copies}
        for g in groups
    ])  # fmt: skip


def _places(con: duckdb.DuckDBPyConnection, keys: list[str]) -> frozenset[str]:
    """Municipalities of the documents and places named after a territorial head (`Provincie X`)."""
    found = {place_key(m) for (m,) in con.execute("SELECT DISTINCT municipality FROM documents").fetchall() if m}
    for key in keys:
        for head in _TERRITORIAL:
            if key.startswith(head):
                found.add(key[len(head) :])
    return frozenset(p for p in found if p)


def _organizations(con: duckdb.DuckDBPyConnection, aliases: Path | None) -> None:
    rules, _ = load_aliases(aliases)
    alias_rows = con.execute(
        "SELECT organization_key, list(DISTINCT alias) FROM organization_aliases GROUP BY 1"
    ).fetchall()
    alias_of = {key: tuple(sorted(names)) for key, names in alias_rows}
    docs: dict[str, set[str]] = defaultdict(set)
    for key, doc in con.execute(
        "SELECT organization_key, document_id FROM organization_mentions UNION "
        "SELECT organization_key, document_id FROM parties UNION "
        "SELECT organization_key, document_id FROM referenced_agreement_parties"
    ).fetchall():
        docs[key].add(doc)
    orgs = [
        OrgInput(key, name, alias_of.get(key, ()), frozenset(docs.get(key, set())))
        for key, name in con.execute("SELECT key, name FROM organizations ORDER BY key").fetchall()
    ]
    clusters = resolve_organizations(orgs, _places(con, [org_key(o.name) for o in orgs]), rules.organizations)
    insert_rows(con, "org_clusters", [
        {"cluster_id": c.cluster_id, "name": c.name, "member_count": len(c.members),
         "document_count": len(c.documents), "decision_count": 0}
        for c in clusters
    ])  # fmt: skip
    insert_rows(con, "org_cluster_members", [
        {"organization_key": key, "cluster_id": c.cluster_id, "name": name, "reason": reason}
        for c in clusters for key, name, reason in c.members
    ])  # fmt: skip
    insert_rows(con, "org_names", [
        {"cluster_id": c.cluster_id, "name": name, "match_key": match}
        for c in clusters for name, match in c.names.items()
    ])  # fmt: skip
    con.execute(
        """
        UPDATE org_clusters SET decision_count = n.count
        FROM (SELECT m.cluster_id, count(DISTINCT g.group_id) AS count
              FROM parties p JOIN org_cluster_members m ON m.organization_key = p.organization_key
              JOIN decision_groups g ON g.decision_id = p.decision_id GROUP BY 1) n
        WHERE org_clusters.cluster_id = n.cluster_id
        """
    )


def _persons(con: duckdb.DuckDBPyConnection, aliases: Path | None) -> None:
    rules, _ = load_aliases(aliases)
    docs: dict[str, set[str]] = defaultdict(set)
    for key, doc in con.execute(
        "SELECT person_key, document_id FROM attendances UNION SELECT person_key, document_id FROM voters"
    ).fetchall():
        docs[key].add(doc)
    persons = [
        PersonInput(key, name, frozenset(docs.get(key, set())))
        for key, name in con.execute("SELECT key, name FROM persons ORDER BY key").fetchall()
    ]
    clusters = resolve_persons(persons, rules.persons)
    insert_rows(con, "person_clusters", [
        {"cluster_id": c.cluster_id, "name": c.name, "member_count": len(c.members), "document_count": len(c.documents)}
        for c in clusters
    ])  # fmt: skip
    insert_rows(con, "person_cluster_members", [
        {"person_key": key, "cluster_id": c.cluster_id, "name": name, "reason": reason}
        for c in clusters for key, name, reason in c.members
    ])  # fmt: skip


def _history_links(con: duckdb.DuckDBPyConnection) -> None:
    events = [
        HistoryRow(*row)
        for row in con.execute(
            """
            SELECT h.decision_id, h.document_id, h.position, h.event_date, h.body, h.agenda_item, doc.municipality,
                   g.group_id
            FROM history h JOIN documents doc ON doc.id = h.document_id
            JOIN decision_groups g ON g.decision_id = h.decision_id
            """
        ).fetchall()
    ]
    primary_ids = _primary_ids(con)
    primaries = [r for r in _decision_rows(con) if r.decision_id in primary_ids]
    links = link_history(events, primaries)
    insert_rows(con, "history_links", [
        {"decision_id": l.decision_id, "document_id": l.document_id, "position": l.position, "ref_key": l.ref_key,
         "status": l.status, "target_decision_id": l.target_decision_id, "candidates": l.candidates}
        for l in links
    ])  # fmt: skip


def _primary_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("SELECT decision_id FROM decision_groups WHERE is_primary").fetchall()}


def _search_units(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        INSERT INTO search_units
        SELECT d.id, d.id, g.group_id, g.is_primary, d.document_id, d.title,
               substr(t.text, d.char_start + 1, d.char_end - d.char_start), ''
        FROM decisions d JOIN document_texts t ON t.document_id = d.document_id
        JOIN decision_groups g ON g.decision_id = d.id
        """
    )
    _document_units(con)
    units = con.execute("SELECT unit_id, title || ' ' || body FROM search_units").fetchall()
    words = {unit_id: fts.words_of(text) for unit_id, text in units}
    vocabulary = set().union(*words.values()) if words else set()
    parts = [
        {"unit_id": unit_id, "parts": " ".join(found)}
        for unit_id, unit_words in words.items()
        if (found := fts.compound_parts(unit_words, vocabulary))
    ]
    con.execute("CREATE TEMP TABLE IF NOT EXISTS _unit_parts (unit_id VARCHAR, parts VARCHAR)")
    con.execute("DELETE FROM _unit_parts")
    insert_rows(con, "_unit_parts", parts)
    con.execute("UPDATE search_units SET parts = p.parts FROM _unit_parts p WHERE p.unit_id = search_units.unit_id")
    con.execute("DROP TABLE _unit_parts")


OPENING_CHARS = 1500


def _document_units(con: duckdb.DuckDBPyConnection) -> None:
    """Documents without decisions (answers, presentations) are searched whole, titled by their
    first line of three or more words; their text and PDF copies are grouped like decisions."""
    rows = con.execute(
        """
        SELECT doc.id, doc.municipality, doc.document_type, doc.kind, doc.source, t.text
        FROM documents doc JOIN document_texts t ON t.document_id = doc.id
        WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.document_id = doc.id)
        ORDER BY doc.id
        """
    ).fetchall()
    groups = group_documents(
        [DocumentRow(r[0], r[1], r[2], r[3], " ".join(fts.words_of(r[5][:OPENING_CHARS]))) for r in rows]
    )
    units = []
    for doc_id, _municipality, _type, _kind, source, text in rows:
        title = next((" ".join(line.split())[:120] for line in text.splitlines() if len(line.split()) >= 3), source)
        group_id, primary = groups[doc_id]
        units.append({"unit_id": doc_id, "decision_id": None, "group_id": group_id, "is_primary": primary,
                      "document_id": doc_id, "title": title, "body": text, "parts": ""})  # fmt: skip
    insert_rows(con, "search_units", units)
