-- besluitenbank knowledge base, migration 0003_plan: the meerjarenplan (multi-year plan).
--
-- A municipality's plan is revised several times during its six-year period ("aanpassing
-- meerjarenplan 2020-2025 nr. 10"); each revision is a plan *version*. Codes (BD, AP, AC, MJP) are
-- unique only within a version: MJP000134 of 2020-2025 and of 2026-2031 are different lines. So
-- everything is keyed on (version, code), and versions are stored side by side. Re-importing a
-- version deletes that version's rows and inserts the new ones in one transaction; other versions
-- are untouched. No foreign keys, for the reason given in 0001_initial.sql (DuckDB cannot delete a
-- referenced row and re-insert it in one transaction). Written by `kb/plan/store.py`; read by `kb/audit/`.

CREATE TABLE plan_versions (
    version           VARCHAR PRIMARY KEY,          -- label as `P1-P2/n`, e.g. 2020-2025/10
    first_year        INTEGER NOT NULL,             -- first year of the plan period (2020)
    last_year         INTEGER NOT NULL,             -- last year of the plan period (2025)
    number            INTEGER,                      -- the aanpassing number (10); null for the plan as first adopted
    municipality      VARCHAR,                      -- whose plan (import --municipality); null: applies to every decision
    valid_from        DATE NOT NULL,                -- first day the version is in force (see kb/plan/README.md)
    valid_from_rule   VARCHAR NOT NULL,             -- option (given at import) | label (1 January of first_year)
    source_file       VARCHAR NOT NULL,             -- file name the version was imported from
    source_sha256     VARCHAR NOT NULL,             -- content identity of that file
    imported_at       TIMESTAMP NOT NULL,
    line_count        INTEGER NOT NULL,
    figure_count      INTEGER NOT NULL
);
COMMENT ON TABLE plan_versions IS 'One row per imported meerjarenplan version, with the period it covers and the date it is in force from.';

CREATE TABLE plan_lines (
    version     VARCHAR NOT NULL,                   -- plan_versions.version (no FK: a re-import deletes and re-inserts in one transaction)
    mjp         VARCHAR NOT NULL,                   -- MJP + 6 digits: the line decisions cite
    entity      VARCHAR,                            -- Stad | OCMW (as the file says)
    bd          VARCHAR, bd_title VARCHAR,          -- beleidsdoelstelling the line hangs under
    ap          VARCHAR, ap_title VARCHAR,          -- actieplan
    ac          VARCHAR, ac_title VARCHAR,          -- actie
    service     VARCHAR,                            -- dienst responsible
    description VARCHAR,
    source_row  INTEGER NOT NULL,                   -- first data row of the file holding this line (1-based, header = row 1)
    PRIMARY KEY (version, mjp)
);
COMMENT ON TABLE plan_lines IS 'MJP lines of a plan version with their BD > AP > AC hierarchy.';

CREATE TABLE plan_figures (
    version     VARCHAR NOT NULL,                   -- plan_versions.version (no FK: a re-import deletes and re-inserts in one transaction)
    mjp         VARCHAR NOT NULL,
    year        INTEGER NOT NULL,
    kind        VARCHAR NOT NULL,                   -- rekening (realised) | raming (estimate) | krediet (credit)
    amount      DECIMAL(15, 2) NOT NULL,            -- euro; may be negative (revenue lines, corrections)
    source_row  INTEGER NOT NULL,                   -- row of the file the figure was read from
    PRIMARY KEY (version, mjp, year)
);
COMMENT ON TABLE plan_figures IS 'One yearly figure per plan line and version, with its kind.';
