-- besluitenbank knowledge base, migration 0001_initial.
--
-- One row in `documents` per ingested source file (identified by its SHA-256). Everything read
-- from a document hangs off that row through `document_id`; re-ingesting a file (same SHA-256,
-- newer extractor) deletes and re-inserts all of its fact rows in one transaction.
--
-- Conventions, the same in every table:
--   * Ids are derived from content, never from insertion order: `documents.id` is the first 12
--     hex digits of the file's SHA-256, a decision is `<document id>-<n>` (n = 1-based position
--     in the document), a vote `<decision id>-v<n>`. Re-ingesting gives the same ids.
--   * `position` is the 1-based order of a row within its parent (document or decision), as the
--     extractor found it; reading back `ORDER BY position` restores the record.
--   * Provenance: every fact row carries `page` (1-based page of the passage's first character)
--     and `char_start`/`char_end` (half-open offsets into the document's full text, which is the
--     `pages.text` of its pages joined by form feeds '\f'). So
--       substr(full_text, char_start + 1, char_end - char_start)
--     is the passage the fact was read from.
--   * Money is DECIMAL(15,2) in euro. Dates are DATE. Closed vocabularies (document_type, body,
--     session, amount kind, goal level, vote side, attendance status) are lowercase VARCHAR with
--     the values of the export format `besluitenbank/1` (see ../shared/spec/export-format.md).
--   * `persons`, `organizations` and `meetings` are entities shared by all documents; they are
--     never deleted when a document is replaced (an entity no longer cited is harmless).
--   * Foreign keys point only at rows that are never deleted (documents are updated in place,
--     entities are kept), because DuckDB cannot delete a referenced row and re-insert it in one
--     transaction. `decision_id` columns are not declared as foreign keys for that reason; they
--     always name a row of `decisions` of the same document. `documents` itself declares no
--     foreign key (DuckDB updates a row with a foreign-key column as delete + insert, which a
--     referenced row cannot survive); its `meeting_id` names a row of `meetings`.

CREATE TABLE meetings (
    id          VARCHAR PRIMARY KEY,  -- 'm-' + 12 hex digits of a hash of (municipality, body, date, session)
    municipality VARCHAR,
    body        VARCHAR,              -- gemeenteraad | college | ocmw-raad | vast bureau | burgemeester | districtsraad | districtscollege | politieraad
    date        DATE NOT NULL,
    session     VARCHAR               -- openbaar | besloten
);
COMMENT ON TABLE meetings IS 'A council or college session, shared by every document that records it (minutes and decision list of the same meeting). Only meetings with a known date are identified.';

CREATE TABLE documents (
    id                VARCHAR PRIMARY KEY,          -- first 12 hex digits of sha256
    source            VARCHAR NOT NULL,             -- file name as ingested, the `source` of the export
    path              VARCHAR NOT NULL,             -- path the file was read from (last ingest)
    sha256            VARCHAR NOT NULL UNIQUE,      -- content identity of the file
    kind              VARCHAR NOT NULL,             -- pdf | txt
    page_count        INTEGER NOT NULL,
    document_type     VARCHAR NOT NULL,             -- notulen | besluitenlijst | antwoord | presentatie | overig
    municipality      VARCHAR,
    municipality_page INTEGER, municipality_start INTEGER, municipality_end INTEGER,
    has_meeting       BOOLEAN NOT NULL,             -- false: the document names no meeting (meeting_* are null)
    meeting_id        VARCHAR,                      -- meetings.id, set when the meeting's date is known (no FK: see above)
    meeting_body      VARCHAR,
    meeting_date      DATE,
    meeting_session   VARCHAR,
    meeting_page INTEGER, meeting_start INTEGER, meeting_end INTEGER,
    signed_date       DATE,                         -- closing line `Mechelen, 25 november 2020`
    signed_place      VARCHAR,
    signed_page INTEGER, signed_start INTEGER, signed_end INTEGER,
    extractor_version VARCHAR NOT NULL,             -- schema.records.EXTRACTOR_VERSION that produced the facts
    ingested_at       TIMESTAMP NOT NULL,
    status            VARCHAR NOT NULL              -- ok | partial (an extract component failed; see extraction_issues)
);
COMMENT ON TABLE documents IS 'One row per ingested source file, keyed by content (sha256). Document-level facts (municipality, meeting, signed) sit here with their own provenance columns.';

CREATE TABLE pages (
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    number      INTEGER NOT NULL,                   -- 1-based
    char_start  INTEGER NOT NULL,                   -- range of the page in the full text
    char_end    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (document_id, number)
);
COMMENT ON TABLE pages IS 'The text of every page; the full text (pages joined by form feeds) is what provenance offsets point into.';

CREATE TABLE decisions (
    id             VARCHAR PRIMARY KEY,             -- '<document id>-<position>', e.g. 1cec98b08bde-1
    document_id    VARCHAR NOT NULL REFERENCES documents (id),
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
COMMENT ON TABLE decisions IS 'One row per agenda item decided in a document. The id is stable across re-ingests of the same file.';

CREATE TABLE periods (
    decision_id VARCHAR PRIMARY KEY,
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    start_date  DATE,
    end_date    DATE,
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL
);
COMMENT ON TABLE periods IS 'The period a decision or its agreement covers (at most one per decision).';

CREATE TABLE votes (
    id           VARCHAR PRIMARY KEY,               -- '<decision id>-v<position>'
    decision_id  VARCHAR NOT NULL,
    document_id  VARCHAR NOT NULL REFERENCES documents (id),
    position     INTEGER NOT NULL,                  -- order in which the votes were held
    is_main      BOOLEAN NOT NULL,                  -- the vote on the proposal itself (the export's `vote`)
    unanimous    BOOLEAN NOT NULL,
    for_count    INTEGER,
    against      INTEGER,
    abstentions  INTEGER,
    subject      VARCHAR,                           -- what was voted on, when an item holds several votes
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL
);
COMMENT ON TABLE votes IS 'Every vote held on a decision (amendments first, then the proposal), with the counts as written.';

CREATE TABLE persons (
    key  VARCHAR PRIMARY KEY,                       -- normalised name: NFC, casefolded, whitespace collapsed
    name VARCHAR NOT NULL                           -- the name as first seen
);
COMMENT ON TABLE persons IS 'Every person named in an attendance list or a roll-call vote, stored once per normalised name.';

CREATE TABLE voters (
    vote_id     VARCHAR NOT NULL,
    decision_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    position    INTEGER NOT NULL,
    person_key  VARCHAR NOT NULL REFERENCES persons (key),
    name        VARCHAR NOT NULL,                   -- as written in this document
    side        VARCHAR NOT NULL,                   -- for | against | abstain
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,  -- the vote's passage
    PRIMARY KEY (vote_id, position)
);
COMMENT ON TABLE voters IS 'How each named member voted, where the minutes list names; provenance is the vote passage.';

CREATE TABLE attendances (
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    position    INTEGER NOT NULL,
    person_key  VARCHAR NOT NULL REFERENCES persons (key),
    name        VARCHAR NOT NULL,                   -- as written in this document
    role        VARCHAR,                            -- function as written, lowercased: voorzitter, schepen, ...
    status      VARCHAR NOT NULL,                   -- present | absent | excused
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (document_id, position)
);
COMMENT ON TABLE attendances IS 'Who was listed in the attendance block of a document, with role and status.';

CREATE TABLE organizations (
    key  VARCHAR PRIMARY KEY,                       -- normalised canonical name
    name VARCHAR NOT NULL                           -- canonical name as first seen (`Arktos vzw`)
);
COMMENT ON TABLE organizations IS 'Every organisation named in any document or party to a decision, stored once per normalised canonical name.';

CREATE TABLE organization_mentions (
    document_id      VARCHAR NOT NULL REFERENCES documents (id),
    org_position     INTEGER NOT NULL,              -- order of the organisation in the document
    position         INTEGER NOT NULL,              -- order of the mention
    organization_key VARCHAR NOT NULL REFERENCES organizations (key),
    name             VARCHAR NOT NULL,              -- canonical name as this document's record gives it
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (document_id, org_position, position)
);
COMMENT ON TABLE organization_mentions IS 'Each passage where a document names an organisation (by its name or an alias).';

CREATE TABLE organization_aliases (
    document_id      VARCHAR NOT NULL REFERENCES documents (id),
    org_position     INTEGER NOT NULL,
    position         INTEGER NOT NULL,
    organization_key VARCHAR NOT NULL REFERENCES organizations (key),
    alias            VARCHAR NOT NULL,              -- another form the document names it by (`Arktos`, full name)
    alias_key        VARCHAR NOT NULL,              -- normalised alias, for matching
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,  -- the organisation's first mention
    PRIMARY KEY (document_id, org_position, position)
);
COMMENT ON TABLE organization_aliases IS 'Other names of an organisation as a document uses them; partner search matches these too.';

CREATE TABLE parties (
    decision_id      VARCHAR NOT NULL,
    document_id      VARCHAR NOT NULL REFERENCES documents (id),
    position         INTEGER NOT NULL,
    name             VARCHAR NOT NULL,              -- canonical name as the decision gives it
    organization_key VARCHAR NOT NULL REFERENCES organizations (key),
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
COMMENT ON TABLE parties IS 'Contracting or funded parties of a decision (signatories, subsidy recipients), linked to their organisation.';

CREATE TABLE amounts (
    decision_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    position    INTEGER NOT NULL,
    value       DECIMAL(15, 2) NOT NULL,
    kind        VARCHAR NOT NULL,                   -- total | annual | installment | budget | other
    text        VARCHAR NOT NULL,                   -- as written, e.g. '€22.938,-'
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
COMMENT ON TABLE amounts IS 'Euro amounts of a decision and its attachments, with their kind.';

CREATE TABLE budget_lines (
    decision_id      VARCHAR NOT NULL,
    document_id      VARCHAR NOT NULL REFERENCES documents (id),
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
COMMENT ON TABLE budget_lines IS 'Budget lines cited by a decision (Financiele gevolgen section or its table).';

CREATE TABLE payments (
    decision_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    position    INTEGER NOT NULL,
    due         DATE,
    amount      DECIMAL(15, 2) NOT NULL,
    start_date  DATE,
    end_date    DATE,
    label       VARCHAR,                            -- the row's own label, e.g. P1
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
COMMENT ON TABLE payments IS 'Rows of a payment or invoice schedule of a decision.';

CREATE TABLE goals (
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    decision_id VARCHAR,                            -- null: a goal stated outside any decision (action plan, presentation)
    position    INTEGER NOT NULL,                   -- order within the decision, or within the document when decision_id is null
    number      VARCHAR,                            -- as written (1, 2.1.3, SD1)
    text        VARCHAR NOT NULL,
    level       VARCHAR NOT NULL,                   -- algemeen | strategisch | doelstelling | actie
    parent      VARCHAR,                            -- number of the goal it falls under
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL
);
COMMENT ON TABLE goals IS 'Objectives, tasks and commitments, of a decision or (decision_id null) of the document itself.';

CREATE TABLE history (
    decision_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    position    INTEGER NOT NULL,
    event_date  DATE NOT NULL,
    body        VARCHAR,                            -- deciding body, null for a meeting or consultation
    agenda_item INTEGER,
    text        VARCHAR NOT NULL,                   -- the event as written in the Voorgeschiedenis
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
COMMENT ON TABLE history IS 'Dated events of the Voorgeschiedenis of a decision.';

CREATE TABLE articles (
    decision_id VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    position    INTEGER NOT NULL,
    number      INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);
COMMENT ON TABLE articles IS 'Articles of the Besluit of a decision (not of an attached agreement).';

CREATE TABLE questions (
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    position    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    PRIMARY KEY (document_id, position)
);
COMMENT ON TABLE questions IS 'Council questions answered in an antwoord document, as written.';

CREATE TABLE extraction_issues (
    document_id VARCHAR NOT NULL REFERENCES documents (id),
    position    INTEGER NOT NULL,
    stage       VARCHAR NOT NULL,                   -- extract component that met it
    message     VARCHAR NOT NULL,
    severity    VARCHAR NOT NULL,                   -- warning | error (error: the component failed)
    page INTEGER, char_start INTEGER, char_end INTEGER,  -- null when the issue concerns no passage
    PRIMARY KEY (document_id, position)
);
COMMENT ON TABLE extraction_issues IS 'What an extractor could not parse or had to drop, so nothing is lost silently. Not facts: provenance is optional.';

CREATE SEQUENCE failure_ids START 1;
CREATE TABLE failures (
    id                INTEGER PRIMARY KEY DEFAULT nextval('failure_ids'),
    path              VARCHAR NOT NULL,
    sha256            VARCHAR,                      -- null when the file could not even be hashed
    reason            VARCHAR NOT NULL,             -- one line: why the file was not ingested
    traceback         VARCHAR,
    extractor_version VARCHAR NOT NULL,
    failed_at         TIMESTAMP NOT NULL
);
COMMENT ON TABLE failures IS 'Files the last ingest of their path could not read, extract or validate (one row per path; cleared when the file ingests).';

CREATE VIEW document_texts AS
SELECT document_id, string_agg(text, chr(12) ORDER BY number) AS text
FROM pages
GROUP BY document_id;
COMMENT ON VIEW document_texts IS 'The full text of each document (pages joined by form feeds): substr(text, char_start + 1, char_end - char_start) is the passage of a fact.';
