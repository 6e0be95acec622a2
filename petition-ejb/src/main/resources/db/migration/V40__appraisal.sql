-- 年终考核 (issue 13): the scheme (考核细则) per county, year and group of units, every change kept
-- as a numbered version of its items; runs computed from the other areas' records and frozen at
-- their cut-off; per unit a result and a line per item with the evidence behind it; the scores
-- the appraiser enters (inspection items, manual vetoes). Codes only, no prose of the UI.
-- H2 (PostgreSQL mode) and PostgreSQL.
CREATE SEQUENCE appraisal_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE appraisal_scheme (
    id              BIGINT        NOT NULL PRIMARY KEY,
    county_id       BIGINT        NOT NULL REFERENCES unit (id),
    scheme_year     INTEGER       NOT NULL,
    unit_group      VARCHAR(12)   NOT NULL,
    weight          NUMERIC(6,2)  NOT NULL,
    objection_days  INTEGER       NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    current_version INTEGER       NOT NULL,
    copied_from_id  BIGINT        REFERENCES appraisal_scheme (id),
    created_by      VARCHAR(32)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_appraisal_scheme UNIQUE (county_id, scheme_year, unit_group)
);

CREATE TABLE appraisal_scheme_version (
    id          BIGINT        NOT NULL PRIMARY KEY,
    scheme_id   BIGINT        NOT NULL REFERENCES appraisal_scheme (id),
    version_no  INTEGER       NOT NULL,
    saved_by    VARCHAR(32)   NOT NULL,
    saved_at    TIMESTAMP     NOT NULL,
    note        VARCHAR(500),
    CONSTRAINT uq_appraisal_scheme_version UNIQUE (scheme_id, version_no)
);

CREATE TABLE appraisal_item (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version_id     BIGINT        NOT NULL REFERENCES appraisal_scheme_version (id),
    position       INTEGER       NOT NULL,
    code           VARCHAR(20)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    kind           VARCHAR(12)   NOT NULL,
    indicator      VARCHAR(200),
    scoring        VARCHAR(24)   NOT NULL,
    points         NUMERIC(8,2)  NOT NULL,
    floor_pct      NUMERIC(7,3),
    full_pct       NUMERIC(7,3),
    threshold_pct  NUMERIC(7,3),
    deduction      NUMERIC(8,2),
    per_event      NUMERIC(8,2),
    cap            NUMERIC(8,2),
    steps          VARCHAR(200),
    min_sample     INTEGER,
    sample_policy  VARCHAR(12),
    basic_weight   NUMERIC(4,2),
    when_empty     VARCHAR(8)    NOT NULL
);
CREATE INDEX ix_appraisal_item_version ON appraisal_item (version_id, position);

CREATE TABLE appraisal_run (
    id              BIGINT        NOT NULL PRIMARY KEY,
    scheme_id       BIGINT        NOT NULL REFERENCES appraisal_scheme (id),
    scheme_version  INTEGER       NOT NULL,
    period_from     DATE          NOT NULL,
    period_to       DATE          NOT NULL,
    cut_off         DATE          NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    stage           VARCHAR(12)   NOT NULL,
    units_total     INTEGER       NOT NULL,
    units_done      INTEGER       NOT NULL,
    failure         VARCHAR(100),
    started_by      VARCHAR(32)   NOT NULL,
    started_at      TIMESTAMP     NOT NULL,
    finished_at     TIMESTAMP,
    published_by    VARCHAR(32),
    published_at    TIMESTAMP,
    objection_until DATE,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_appraisal_run_scheme ON appraisal_run (scheme_id, started_at);

CREATE TABLE appraisal_result (
    id          BIGINT        NOT NULL PRIMARY KEY,
    run_id      BIGINT        NOT NULL REFERENCES appraisal_run (id),
    unit_id     BIGINT        NOT NULL REFERENCES unit (id),
    unit_code   VARCHAR(40)   NOT NULL,
    unit_name   VARCHAR(200)  NOT NULL,
    total       NUMERIC(9,2)  NOT NULL,
    before_veto NUMERIC(9,2)  NOT NULL,
    vetoed      BOOLEAN       NOT NULL,
    ranked      BOOLEAN       NOT NULL,
    rank_no     INTEGER,
    sample      BIGINT        NOT NULL,
    CONSTRAINT uq_appraisal_result UNIQUE (run_id, unit_id)
);

CREATE TABLE appraisal_line (
    id          BIGINT        NOT NULL PRIMARY KEY,
    result_id   BIGINT        NOT NULL REFERENCES appraisal_result (id),
    position    INTEGER       NOT NULL,
    item_code   VARCHAR(20)   NOT NULL,
    item_title  VARCHAR(200)  NOT NULL,
    kind        VARCHAR(12)   NOT NULL,
    max_points  NUMERIC(8,2)  NOT NULL,
    score       NUMERIC(9,2)  NOT NULL,
    computed    NUMERIC(9,2)  NOT NULL,
    numerator   NUMERIC(14,3),
    denominator NUMERIC(14,3),
    rate_pct    NUMERIC(7,2),
    events      BIGINT,
    note        VARCHAR(24),
    evidence    VARCHAR(1000)
);
CREATE INDEX ix_appraisal_line_result ON appraisal_line (result_id, position);

CREATE TABLE appraisal_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    scheme_id   BIGINT        NOT NULL REFERENCES appraisal_scheme (id),
    unit_id     BIGINT        NOT NULL REFERENCES unit (id),
    item_code   VARCHAR(20)   NOT NULL,
    score       NUMERIC(8,2),
    events      BIGINT,
    entry_comment VARCHAR(1000),
    evidence    VARCHAR(500),
    entered_by  VARCHAR(32)   NOT NULL,
    entered_at  TIMESTAMP     NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_appraisal_entry UNIQUE (scheme_id, unit_id, item_code)
);
