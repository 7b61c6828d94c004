-- besluitenbank knowledge base, migration 0002_knowledge: referenced agreements, the derived
-- knowledge (organisation and person clusters across documents, duplicate decisions, history
-- links, the full-text index) and the documented views policy staff and the site read.
--
-- Two kinds of tables:
--   * FACT tables (`referenced_agreements`, `referenced_agreement_parties`) are written by the
--     store with the other facts of a document (same provenance columns, replaced on re-ingest).
--   * DERIVED tables (`derived_state`, `org_*`, `person_*`, `decision_groups`, `history_links`,
--     `search_units`) are computed from the fact tables by `kb.refresh_derived(con)`, never edited
--     by hand. They are rebuilt lazily: `derived_state` keeps a fingerprint of the `documents`
--     table (and of the alias file); every query first compares it and rebuilds when it changed.
--     Derived rows declare no foreign keys: they are deleted and re-inserted wholesale.
--
-- The `v_*` views are the stable, documented interface (kb/SCHEMA.md, "Knowledge views"): their
-- columns are only ever added to, never renamed or removed.

CREATE TABLE referenced_agreements (
    decision_id  VARCHAR NOT NULL,                  -- the decision whose text describes the agreement
    document_id  VARCHAR NOT NULL REFERENCES documents (id),
    position     INTEGER NOT NULL,
    kind         VARCHAR NOT NULL,                  -- agreement noun, lowercased: samenwerkingsovereenkomst
    start_date   DATE,
    end_date     DATE,
    project      VARCHAR,                           -- project named (`Krachtige Scholen`)
    decided_by   VARCHAR,                           -- body that approved it (export vocabulary), when said
    decided_on   DATE,
    agenda_item  INTEGER,
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
COMMENT ON TABLE referenced_agreements IS 'Earlier agreements a decision describes (Voorgeschiedenis, Feiten): kind, period, project and who approved them.';

CREATE TABLE referenced_agreement_parties (
    decision_id        VARCHAR NOT NULL,
    document_id        VARCHAR NOT NULL REFERENCES documents (id),
    agreement_position INTEGER NOT NULL,            -- referenced_agreements.position
    position           INTEGER NOT NULL,
    name               VARCHAR NOT NULL,            -- canonical organisation name in the document
    organization_key   VARCHAR NOT NULL REFERENCES organizations (key),
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,  -- the agreement's passage
    PRIMARY KEY (decision_id, agreement_position, position)
);
COMMENT ON TABLE referenced_agreement_parties IS 'Parties of a referenced agreement, linked to their organisation; provenance is the agreement passage.';

-- ---------------------------------------------------------------- derived (kb.refresh_derived)

CREATE TABLE derived_state (
    name         VARCHAR PRIMARY KEY,               -- 'knowledge'
    fingerprint  VARCHAR NOT NULL,                  -- hash of documents (id, sha256, version, ingested_at) + alias file + code version
    refreshed_at TIMESTAMP NOT NULL,
    seconds      DOUBLE                             -- how long the rebuild took
);
COMMENT ON TABLE derived_state IS 'When the derived tables were last rebuilt, and from which state of the documents table and alias file.';

CREATE TABLE org_clusters (
    cluster_id     VARCHAR PRIMARY KEY,             -- slug of the canonical name (`arktos-vzw`), stable while the name is
    name           VARCHAR NOT NULL,                -- canonical name (alias file, else the most used full name)
    member_count   INTEGER NOT NULL,                -- organisation keys joined
    document_count INTEGER NOT NULL,                -- documents naming any member
    decision_count INTEGER NOT NULL                 -- decisions (duplicates counted once) with a member as party
);
COMMENT ON TABLE org_clusters IS 'One organisation across all documents: the organisations of several documents (Arktos, Arktos vzw, Arktos Antwerpen vzw) resolved into one.';

CREATE TABLE org_cluster_members (
    organization_key VARCHAR PRIMARY KEY,           -- organizations.key
    cluster_id       VARCHAR NOT NULL,
    name             VARCHAR NOT NULL,              -- organizations.name
    reason           VARCHAR NOT NULL               -- why it joined: canonical | same-key | document-alias | acronym | place | alias-file
);
COMMENT ON TABLE org_cluster_members IS 'Which stored organisation belongs to which cluster, and the rule that put it there (for review).';

CREATE TABLE org_names (
    cluster_id VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,                    -- a form the organisation is written in (name, alias, party name)
    match_key  VARCHAR NOT NULL,                    -- kb.resolve key of the form: what partner search compares
    PRIMARY KEY (cluster_id, name)
);
COMMENT ON TABLE org_names IS 'Every written form of every organisation cluster, with its resolution key (partner search matches these).';

CREATE TABLE person_clusters (
    cluster_id     VARCHAR PRIMARY KEY,
    name           VARCHAR NOT NULL,                -- the fullest form (`Eddy Couckuyt`, not `E. Couckuyt`)
    member_count   INTEGER NOT NULL,
    document_count INTEGER NOT NULL
);
COMMENT ON TABLE person_clusters IS 'One person across documents (attendees, voters): spacing, case, accents and unambiguous initials resolved.';

CREATE TABLE person_cluster_members (
    person_key VARCHAR PRIMARY KEY,                 -- persons.key
    cluster_id VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL                     -- canonical | same-key | initials | alias-file
);
COMMENT ON TABLE person_cluster_members IS 'Which stored person belongs to which person cluster, and why.';

CREATE TABLE decision_groups (
    decision_id VARCHAR PRIMARY KEY,
    group_id    VARCHAR NOT NULL,                   -- decision_id of the group's primary copy
    is_primary  BOOLEAN NOT NULL,                   -- the copy queries show (text source before PDF, then most facts)
    copies      INTEGER NOT NULL                    -- decisions in the group
);
COMMENT ON TABLE decision_groups IS 'The same decision stored from several sources (the text and the PDF of one document, minutes and decision list): one group, one primary copy.';

CREATE TABLE history_links (
    decision_id        VARCHAR NOT NULL,            -- the citing decision
    document_id        VARCHAR NOT NULL,
    position           INTEGER NOT NULL,            -- history.position
    ref_key            VARCHAR NOT NULL,            -- municipality|body|date|agenda item of the cited decision
    status             VARCHAR NOT NULL,            -- resolved | ambiguous | unresolved
    target_decision_id VARCHAR,                     -- primary copy of the cited decision when it is stored
    candidates         INTEGER NOT NULL,            -- stored decision groups matching the reference
    PRIMARY KEY (decision_id, position)
);
COMMENT ON TABLE history_links IS 'Each Voorgeschiedenis event linked to the stored decision it names (body + date + agenda item), or kept as an unresolved reference.';

CREATE TABLE search_units (
    unit_id     VARCHAR PRIMARY KEY,                -- decision id, or document id for a document without decisions
    decision_id VARCHAR,
    group_id    VARCHAR NOT NULL,                   -- decision_groups.group_id; for a document: its primary copy's id
    is_primary  BOOLEAN NOT NULL,
    document_id VARCHAR NOT NULL,
    title       VARCHAR NOT NULL,
    body        VARCHAR NOT NULL,                   -- the decision's text in the document
    parts       VARCHAR NOT NULL                    -- compound heads (`samenwerkingsovereenkomst` → `overeenkomst`)
);
COMMENT ON TABLE search_units IS 'What full-text search indexes (FTS with the Dutch stemmer over title, body and compound parts).';

-- ---------------------------------------------------------------- views (stable interface)

-- The wide views policy staff query most are materialised by the refresh (`*_info` tables, filled
-- from the `live_*` views that define them), so a filtered lookup reads one table instead of
-- re-joining every decision: partner and budget queries stay in milliseconds at 10,000 decisions.

CREATE VIEW live_decisions AS
SELECT d.id AS decision_id, coalesce(g.group_id, d.id) AS group_id, coalesce(g.is_primary, true) AS is_primary,
       coalesce(g.copies, 1) AS copies, d.document_id, doc.source, doc.kind AS source_kind, doc.municipality,
       doc.meeting_id, doc.meeting_body, doc.meeting_date, doc.meeting_session, doc.document_type,
       d.agenda_item, d.item_label, d.domain, d.title, d.decision_type,
       per.start_date AS period_start, per.end_date AS period_end, d.page, d.char_start, d.char_end
FROM decisions d
JOIN documents doc ON doc.id = d.document_id
LEFT JOIN decision_groups g ON g.decision_id = d.id
LEFT JOIN periods per ON per.decision_id = d.id;
CREATE TABLE decision_info AS SELECT * FROM live_decisions LIMIT 0;
COMMENT ON TABLE decision_info IS 'Derived: live_decisions as of the last refresh (read it through v_decisions).';
CREATE VIEW v_decisions AS SELECT * FROM decision_info;
COMMENT ON VIEW v_decisions IS 'Every decision with its meeting, source, period and duplicate group (filter is_primary to count each decision once).';

CREATE VIEW live_agreement_rows AS
SELECT d.decision_id || '#d' AS agreement_id, 'decision' AS origin, d.decision_id, d.group_id, d.is_primary,
       d.document_id, d.source, d.municipality, d.meeting_id, d.meeting_body, d.meeting_date, d.agenda_item,
       d.title, d.decision_type AS kind, NULL::VARCHAR AS project, d.period_start, d.period_end,
       d.meeting_body AS decided_by, d.meeting_date AS decided_on, d.agenda_item AS decided_agenda_item,
       d.page, d.char_start, d.char_end
FROM v_decisions d
WHERE EXISTS (SELECT 1 FROM parties p WHERE p.decision_id = d.decision_id)
UNION ALL
SELECT d.decision_id || '#r' || r.position, 'referenced', d.decision_id, d.group_id, d.is_primary,
       d.document_id, d.source, d.municipality, d.meeting_id, d.meeting_body, d.meeting_date, d.agenda_item,
       d.title, r.kind, r.project, r.start_date, r.end_date,
       r.decided_by, r.decided_on, r.agenda_item, r.page, r.char_start, r.char_end
FROM referenced_agreements r
JOIN v_decisions d ON d.decision_id = r.decision_id;

-- Each agreement with what listings show beside it, gathered once per refresh: its parties'
-- cluster names, the decision's amounts and budget lines (decision agreements only) and the
-- sources of the decision's other copies.
CREATE VIEW live_agreements AS
SELECT a.*,
       coalesce((SELECT list(DISTINCT coalesce(c.name, p.name)) FROM (
                    SELECT decision_id, name, organization_key FROM parties WHERE a.origin = 'decision'
                    UNION ALL
                    SELECT decision_id, name, organization_key FROM referenced_agreement_parties
                    WHERE a.origin = 'referenced' AND a.agreement_id = decision_id || '#r' || agreement_position) p
                 LEFT JOIN org_cluster_members m ON m.organization_key = p.organization_key
                 LEFT JOIN org_clusters c ON c.cluster_id = m.cluster_id
                 WHERE p.decision_id = a.decision_id), []) AS party_names,
       CASE WHEN a.origin = 'decision' THEN
           (SELECT list({'value': x.value, 'kind': x.kind, 'text': x.text} ORDER BY x.position) FROM amounts x
            WHERE x.decision_id = a.decision_id) END AS amounts,
       CASE WHEN a.origin = 'decision' THEN
           (SELECT list({'year': b.year, 'action': b.action, 'mjp': b.mjp, 'budget_key': b.budget_key,
                         'amount': b.amount} ORDER BY b.position) FROM budget_lines b
            WHERE b.decision_id = a.decision_id) END AS budget_lines,
       coalesce((SELECT list(o.source ORDER BY o.decision_id) FROM v_decisions o
                 WHERE o.group_id = a.group_id AND o.decision_id <> a.decision_id), []) AS also_in
FROM live_agreement_rows a;
CREATE TABLE agreement_info AS SELECT * FROM live_agreements LIMIT 0;
COMMENT ON TABLE agreement_info IS 'Derived: live_agreements as of the last refresh (read it through v_agreements).';
CREATE VIEW v_agreements AS SELECT * FROM agreement_info;
COMMENT ON VIEW v_agreements IS 'Agreements: decisions with parties (origin decision) and earlier agreements a decision describes (origin referenced).';

CREATE VIEW live_agreement_parties AS
SELECT p.decision_id || '#d' AS agreement_id, 'decision' AS origin, p.decision_id, p.position, p.name,
       p.organization_key, m.cluster_id, c.name AS cluster_name, p.page, p.char_start, p.char_end
FROM parties p
LEFT JOIN org_cluster_members m ON m.organization_key = p.organization_key
LEFT JOIN org_clusters c ON c.cluster_id = m.cluster_id
UNION ALL
SELECT rp.decision_id || '#r' || rp.agreement_position, 'referenced', rp.decision_id, rp.position, rp.name,
       rp.organization_key, m.cluster_id, c.name, rp.page, rp.char_start, rp.char_end
FROM referenced_agreement_parties rp
LEFT JOIN org_cluster_members m ON m.organization_key = rp.organization_key
LEFT JOIN org_clusters c ON c.cluster_id = m.cluster_id;
CREATE TABLE agreement_party_info AS SELECT * FROM live_agreement_parties LIMIT 0;
COMMENT ON TABLE agreement_party_info IS 'Derived: live_agreement_parties as of the last refresh (read it through v_agreement_parties).';
CREATE VIEW v_agreement_parties AS SELECT * FROM agreement_party_info;
COMMENT ON VIEW v_agreement_parties IS 'Parties of every agreement of v_agreements, with their organisation cluster.';

CREATE VIEW v_budget_lines AS
SELECT d.decision_id, d.group_id, d.is_primary, d.document_id, d.source, d.municipality, d.meeting_id,
       d.meeting_body, d.meeting_date, d.agenda_item, d.title, b.position, b.year, b.action, b.mjp, b.budget_key,
       b.amount, b.available, b.description, b.uncertain_pieces, b.page, b.char_start, b.char_end
FROM budget_lines b
JOIN v_decisions d ON d.decision_id = b.decision_id;
COMMENT ON VIEW v_budget_lines IS 'Every budget line cited, with its decision, meeting and source.';

CREATE VIEW v_partner_amounts AS
SELECT ap.cluster_id, ap.cluster_name, d.decision_id, d.group_id, d.is_primary, d.meeting_date,
       'amount' AS fact, a.kind, NULL::INTEGER AS year, a.value, NULL::VARCHAR AS mjp, NULL::VARCHAR AS action,
       a.text, a.page, a.char_start, a.char_end
FROM (SELECT DISTINCT decision_id, cluster_id, cluster_name FROM v_agreement_parties WHERE origin = 'decision') ap
JOIN v_decisions d ON d.decision_id = ap.decision_id
JOIN amounts a ON a.decision_id = ap.decision_id
UNION ALL
SELECT ap.cluster_id, ap.cluster_name, d.decision_id, d.group_id, d.is_primary, d.meeting_date,
       'budget_line', 'budget', b.year, b.amount, b.mjp, b.action,
       NULL, b.page, b.char_start, b.char_end
FROM (SELECT DISTINCT decision_id, cluster_id, cluster_name FROM v_agreement_parties WHERE origin = 'decision') ap
JOIN v_decisions d ON d.decision_id = ap.decision_id
JOIN budget_lines b ON b.decision_id = ap.decision_id
WHERE b.amount IS NOT NULL;
COMMENT ON VIEW v_partner_amounts IS 'Amounts (fact amount: kind as extracted, no year) and budget-line amounts (fact budget_line: per year) of the decisions an organisation cluster is party to.';

CREATE VIEW v_history_links AS
SELECT h.decision_id, d.group_id, d.is_primary, h.position, h.event_date, h.body, h.agenda_item, h.text,
       l.ref_key, l.status, l.target_decision_id, t.title AS target_title, t.source AS target_source,
       l.candidates, h.page, h.char_start, h.char_end
FROM history h
JOIN v_decisions d ON d.decision_id = h.decision_id
LEFT JOIN history_links l ON l.decision_id = h.decision_id AND l.position = h.position
LEFT JOIN v_decisions t ON t.decision_id = l.target_decision_id;
COMMENT ON VIEW v_history_links IS 'Each Voorgeschiedenis event with the stored decision it names (status resolved) or not (unresolved, ambiguous).';

CREATE VIEW v_shared_citations AS
SELECT DISTINCT a.decision_id, b.decision_id AS other_decision_id, a.ref_key, a.target_decision_id
FROM history_links a
JOIN history_links b ON a.ref_key = b.ref_key
JOIN decision_groups ga ON ga.decision_id = a.decision_id
JOIN decision_groups gb ON gb.decision_id = b.decision_id
WHERE ga.group_id <> gb.group_id AND ga.is_primary AND gb.is_primary
  AND split_part(a.ref_key, '|', 2) <> '';  -- an event without a deciding body (a meeting) cites no decision
COMMENT ON VIEW v_shared_citations IS 'Pairs of decisions (primary copies) whose Voorgeschiedenis cites the same earlier decision (an event with a deciding body).';

CREATE VIEW v_org_clusters AS
SELECT c.cluster_id, c.name, c.member_count, c.document_count, c.decision_count,
       list(m.name ORDER BY m.name) AS member_names,
       list(DISTINCT m.reason ORDER BY m.reason) AS reasons
FROM org_clusters c
JOIN org_cluster_members m ON m.cluster_id = c.cluster_id
GROUP BY ALL;
COMMENT ON VIEW v_org_clusters IS 'Organisation clusters with their member names, for reviewing merges (see corpus/aliases.toml).';

CREATE VIEW v_person_clusters AS
SELECT c.cluster_id, c.name, c.member_count, c.document_count,
       list(m.name ORDER BY m.name) AS member_names,
       list(DISTINCT m.reason ORDER BY m.reason) AS reasons
FROM person_clusters c
JOIN person_cluster_members m ON m.cluster_id = c.cluster_id
GROUP BY ALL;
COMMENT ON VIEW v_person_clusters IS 'Person clusters with their member names (attendees and voters across documents).';

CREATE VIEW v_person_roles AS
SELECT m.cluster_id, c.name AS person, 'attendance' AS fact, a.document_id, NULL::VARCHAR AS decision_id,
       a.role, a.status AS detail, a.page, a.char_start, a.char_end
FROM attendances a
JOIN person_cluster_members m ON m.person_key = a.person_key
JOIN person_clusters c ON c.cluster_id = m.cluster_id
UNION ALL
SELECT m.cluster_id, c.name, 'vote', v.document_id, v.decision_id, NULL, v.side, v.page, v.char_start, v.char_end
FROM voters v
JOIN person_cluster_members m ON m.person_key = v.person_key
JOIN person_clusters c ON c.cluster_id = m.cluster_id;
COMMENT ON VIEW v_person_roles IS 'Where each person cluster appears: attendance lists (role, status) and named votes (side).';
