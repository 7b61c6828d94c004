-- besluitenbank knowledge base, migration 0004_batch: fact tables without FOREIGN KEY clauses.
--
-- Why: DuckDB checks foreign keys when a transaction commits, and that check grows with the size
-- of the tables: measured on synthetic minutes (about 250 fact rows a document, one transaction
-- per document), a commit cost 60 ms of CPU on an empty knowledge base and over 100 ms after 80
-- documents, against 4 ms (flat) for the same tables without the clauses. Ingesting thousands of
-- PDFs one transaction per document is only fast without them.
--
-- What holds instead: every fact row is written by `kb.store` / `kb.batch_write` from the rows of
-- one record (`kb.rows.record_to_rows`) in the same transaction as its `documents` row and its
-- entities (`persons`, `organizations`, `meetings`, inserted first with ON CONFLICT DO NOTHING),
-- so the references hold by construction; `tests/test_batch_write.py` checks them on a real
-- batch. Columns, keys, NOT NULL and comments are unchanged (0001_initial.sql documents them).
--
-- Each table is rebuilt as: create the copy, move the rows, drop the original, rename the copy.

CREATE TABLE pages__batch (
    document_id VARCHAR NOT NULL,
    number      INTEGER NOT NULL,                   -- 1-based
    char_start  INTEGER NOT NULL,                   -- range of the page in the full text
    char_end    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (document_id, number)
);
INSERT INTO pages__batch SELECT * FROM pages;
DROP TABLE pages;
ALTER TABLE pages__batch RENAME TO pages;
COMMENT ON TABLE pages IS 'The text of every page; the full text (pages joined by form feeds) is what provenance offsets point into.';

CREATE TABLE decisions__batch (
    id             VARCHAR PRIMARY KEY,             -- '<document id>-<position>', e.g. 1cec98b08bde-1
    document_id    VARCHAR NOT NULL,
    position       INTEGER NOT NULL,
    agenda_item    INTEGER,                         -- agendapunt number
    item_label     VARCHAR,                         -- label as written (`25`, `HD 1`, `TP01`)
    domain         VARCHAR,                         -- policy label before the title (`SOCIALE ECONOMIE`)
    title          VARCHAR NOT NULL,
    decision_type  VARCHAR,                         -- operative word: goedkeuring, kennisname, ...
    plan_version   VARCHAR,                         -- meerjarenplan version named, e.g. 2020-2025/4
    title_page INTEGER, title_start INTEGER, title_end INTEGER,
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL  -- the whole item
);
INSERT INTO decisions__batch SELECT * FROM decisions;
DROP TABLE decisions;
ALTER TABLE decisions__batch RENAME TO decisions;
COMMENT ON TABLE decisions IS 'One row per agenda item decided in a document. The id is stable across re-ingests of the same file.';

CREATE TABLE periods__batch (
    decision_id VARCHAR PRIMARY KEY,
    document_id VARCHAR NOT NULL,
    start_date  DATE,
    end_date    DATE,
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL
);
INSERT INTO periods__batch SELECT * FROM periods;
DROP TABLE periods;
ALTER TABLE periods__batch RENAME TO periods;
COMMENT ON TABLE periods IS 'The period a decision or its agreement covers (at most one per decision).';

CREATE TABLE votes__batch (
    id           VARCHAR PRIMARY KEY,               -- '<decision id>-v<position>'
    decision_id  VARCHAR NOT NULL,
    document_id  VARCHAR NOT NULL,
    position     INTEGER NOT NULL,                  -- order in which the votes were held
    is_main      BOOLEAN NOT NULL,                  -- the vote on the proposal itself (the export's `vote`)
    unanimous    BOOLEAN NOT NULL,
    for_count    INTEGER,
    against      INTEGER,
    abstentions  INTEGER,
    subject      VARCHAR,                           -- what was voted on, when an item holds several votes
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL
);
INSERT INTO votes__batch SELECT * FROM votes;
DROP TABLE votes;
ALTER TABLE votes__batch RENAME TO votes;
COMMENT ON TABLE votes IS 'Every vote held on a decision (amendments first, then the proposal), with the counts as written.';

CREATE TABLE voters__batch (
    vote_id     VARCHAR NOT NULL,
    decision_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    person_key  VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,                   -- as written in this document
    side        VARCHAR NOT NULL,                   -- for | against | abstain
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,  -- the vote's passage
    PRIMARY KEY (vote_id, position)
);
INSERT INTO voters__batch SELECT * FROM voters;
DROP TABLE voters;
ALTER TABLE voters__batch RENAME TO voters;
COMMENT ON TABLE voters IS 'How each named member voted, where the minutes list names; provenance is the vote passage.';

CREATE TABLE attendances__batch (
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    person_key  VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,                   -- as written in this document
    role        VARCHAR,                            -- function as written, lowercased: voorzitter, schepen, ...
    status      VARCHAR NOT NULL,                   -- present | absent | excused
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (document_id, position)
);
INSERT INTO attendances__batch SELECT * FROM attendances;
DROP TABLE attendances;
ALTER TABLE attendances__batch RENAME TO attendances;
COMMENT ON TABLE attendances IS 'Who was listed in the attendance block of a document, with role and status.';

CREATE TABLE organization_mentions__batch (
    document_id      VARCHAR NOT NULL,
    org_position     INTEGER NOT NULL,              -- order of the organisation in the document
    position         INTEGER NOT NULL,              -- order of the mention
    organization_key VARCHAR NOT NULL,
    name             VARCHAR NOT NULL,              -- canonical name as this document's record gives it
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (document_id, org_position, position)
);
INSERT INTO organization_mentions__batch SELECT * FROM organization_mentions;
DROP TABLE organization_mentions;
ALTER TABLE organization_mentions__batch RENAME TO organization_mentions;
COMMENT ON TABLE organization_mentions IS 'Each passage where a document names an organisation (by its name or an alias).';

CREATE TABLE organization_aliases__batch (
    document_id      VARCHAR NOT NULL,
    org_position     INTEGER NOT NULL,
    position         INTEGER NOT NULL,
    organization_key VARCHAR NOT NULL,
    alias            VARCHAR NOT NULL,              -- another form the document names it by (`Arktos`, full name)
    alias_key        VARCHAR NOT NULL,              -- normalised alias, for matching
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,  -- the organisation's first mention
    PRIMARY KEY (document_id, org_position, position)
);
INSERT INTO organization_aliases__batch SELECT * FROM organization_aliases;
DROP TABLE organization_aliases;
ALTER TABLE organization_aliases__batch RENAME TO organization_aliases;
COMMENT ON TABLE organization_aliases IS 'Other names of an organisation as a document uses them; partner search matches these too.';

CREATE TABLE parties__batch (
    decision_id      VARCHAR NOT NULL,
    document_id      VARCHAR NOT NULL,
    position         INTEGER NOT NULL,
    name             VARCHAR NOT NULL,              -- canonical name as the decision gives it
    organization_key VARCHAR NOT NULL,
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
INSERT INTO parties__batch SELECT * FROM parties;
DROP TABLE parties;
ALTER TABLE parties__batch RENAME TO parties;
COMMENT ON TABLE parties IS 'Contracting or funded parties of a decision (signatories, subsidy recipients), linked to their organisation.';

CREATE TABLE amounts__batch (
    decision_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    value       DECIMAL(15, 2) NOT NULL,
    kind        VARCHAR NOT NULL,                   -- total | annual | installment | budget | other
    text        VARCHAR NOT NULL,                   -- as written, e.g. '€22.938,-'
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
INSERT INTO amounts__batch SELECT * FROM amounts;
DROP TABLE amounts;
ALTER TABLE amounts__batch RENAME TO amounts;
COMMENT ON TABLE amounts IS 'Euro amounts of a decision and its attachments, with their kind.';

CREATE TABLE budget_lines__batch (
    decision_id      VARCHAR NOT NULL,
    document_id      VARCHAR NOT NULL,
    position         INTEGER NOT NULL,
    year             INTEGER,
    action           VARCHAR,                       -- actie code AC + 6 digits
    mjp              VARCHAR,                       -- meerjarenplan line MJP + 6 digits
    budget_key       VARCHAR,                       -- budgetsleutel as written (2020/6490120/60/0550/01)
    amount           DECIMAL(15, 2),
    available        DECIMAL(15, 2),                -- credit still available before this decision
    description      VARCHAR,
    uncertain_pieces VARCHAR[] NOT NULL,            -- code fragments that could not be repaired (the code stays null)
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
INSERT INTO budget_lines__batch SELECT * FROM budget_lines;
DROP TABLE budget_lines;
ALTER TABLE budget_lines__batch RENAME TO budget_lines;
COMMENT ON TABLE budget_lines IS 'Budget lines cited by a decision (Financiele gevolgen section or its table).';

CREATE TABLE payments__batch (
    decision_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    due         DATE,
    amount      DECIMAL(15, 2) NOT NULL,
    start_date  DATE,
    end_date    DATE,
    label       VARCHAR,                            -- the row's own label, e.g. P1
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
INSERT INTO payments__batch SELECT * FROM payments;
DROP TABLE payments;
ALTER TABLE payments__batch RENAME TO payments;
COMMENT ON TABLE payments IS 'Rows of a payment or invoice schedule of a decision.';

CREATE TABLE goals__batch (
    document_id VARCHAR NOT NULL,
    decision_id VARCHAR,                            -- null: a goal stated outside any decision (action plan, presentation)
    position    INTEGER NOT NULL,                   -- order within the decision, or within the document when decision_id is null
    number      VARCHAR,                            -- as written (1, 2.1.3, SD1)
    text        VARCHAR NOT NULL,
    level       VARCHAR NOT NULL,                   -- algemeen | strategisch | doelstelling | actie
    parent      VARCHAR,                            -- number of the goal it falls under
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL
);
INSERT INTO goals__batch SELECT * FROM goals;
DROP TABLE goals;
ALTER TABLE goals__batch RENAME TO goals;
COMMENT ON TABLE goals IS 'Objectives, tasks and commitments, of a decision or (decision_id null) of the document itself.';

CREATE TABLE history__batch (
    decision_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    event_date  DATE NOT NULL,
    body        VARCHAR,                            -- deciding body, null for a meeting or consultation
    agenda_item INTEGER,
    text        VARCHAR NOT NULL,                   -- the event as written in the Voorgeschiedenis
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
INSERT INTO history__batch SELECT * FROM history;
DROP TABLE history;
ALTER TABLE history__batch RENAME TO history;
COMMENT ON TABLE history IS 'Dated events of the Voorgeschiedenis of a decision.';

CREATE TABLE articles__batch (
    decision_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    number      INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
INSERT INTO articles__batch SELECT * FROM articles;
DROP TABLE articles;
ALTER TABLE articles__batch RENAME TO articles;
COMMENT ON TABLE articles IS 'Articles of the Besluit of a decision (not of an attached agreement).';

CREATE TABLE questions__batch (
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (document_id, position)
);
INSERT INTO questions__batch SELECT * FROM questions;
DROP TABLE questions;
ALTER TABLE questions__batch RENAME TO questions;
COMMENT ON TABLE questions IS 'Council questions answered in an antwoord document, as written.';

CREATE TABLE extraction_issues__batch (
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    stage       VARCHAR NOT NULL,                   -- extract component that met it
    message     VARCHAR NOT NULL,
    severity    VARCHAR NOT NULL,                   -- warning | error (error: the component failed)
    page INTEGER, char_start INTEGER, char_end INTEGER,  -- null when the issue concerns no passage
    PRIMARY KEY (document_id, position)
);
INSERT INTO extraction_issues__batch SELECT * FROM extraction_issues;
DROP TABLE extraction_issues;
ALTER TABLE extraction_issues__batch RENAME TO extraction_issues;
COMMENT ON TABLE extraction_issues IS 'What an extractor could not parse or had to drop, so nothing is lost silently. Not facts: provenance is optional.';
