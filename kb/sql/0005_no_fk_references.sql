-- besluitenbank knowledge base, migration 0005_no_fk_references: the two referenced-agreement fact
-- tables of 0002_knowledge without FOREIGN KEY clauses, as 0004_batch did for the others.
--
-- Why: DuckDB checks foreign keys when a transaction commits, at a cost that grows with the
-- referenced tables (`documents`, `organizations`); a batch commits once per document, so the
-- check made writing slower the larger the knowledge base grew (0004_batch gives the figures).
--
-- What holds instead: their rows are written by `kb.store` / `kb.batch_write` from the rows of one
-- record (`kb.rows.record_to_rows`, FACT_TABLES) in the same transaction as the document's
-- `documents` row and its `organizations` (inserted first with ON CONFLICT DO NOTHING), so the
-- references hold by construction; `tests/test_batch_write.py` checks them on a real batch.
-- Columns, keys, NOT NULL and comments are unchanged (0002_knowledge.sql documents them); the
-- views that read these tables (live_agreement_rows, live_agreements, live_agreement_parties)
-- name them only, so they read the rebuilt tables.
--
-- Each table is rebuilt as: create the copy, move the rows, drop the original, rename the copy.

CREATE TABLE referenced_agreements__nofk (
    decision_id  VARCHAR NOT NULL,                  -- the decision whose text describes the agreement
    document_id  VARCHAR NOT NULL,
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
INSERT INTO referenced_agreements__nofk SELECT * FROM referenced_agreements;
DROP TABLE referenced_agreements;
ALTER TABLE referenced_agreements__nofk RENAME TO referenced_agreements;
COMMENT ON TABLE referenced_agreements IS 'Earlier agreements a decision describes (Voorgeschiedenis, Feiten): kind, period, project and who approved them.';

CREATE TABLE referenced_agreement_parties__nofk (
    decision_id        VARCHAR NOT NULL,
    document_id        VARCHAR NOT NULL,
    agreement_position INTEGER NOT NULL,            -- referenced_agreements.position
    position           INTEGER NOT NULL,
    name               VARCHAR NOT NULL,            -- canonical organisation name in the document
    organization_key   VARCHAR NOT NULL,
    page INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,  -- the agreement's passage
    PRIMARY KEY (decision_id, agreement_position, position)
);
INSERT INTO referenced_agreement_parties__nofk SELECT * FROM referenced_agreement_parties;
DROP TABLE referenced_agreement_parties;
ALTER TABLE referenced_agreement_parties__nofk RENAME TO referenced_agreement_parties;
COMMENT ON TABLE referenced_agreement_parties IS 'Parties of a referenced agreement, linked to their organisation; provenance is the agreement passage.';
