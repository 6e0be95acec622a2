-- 年终考核 (issue 13): the units' objections (申辩) to an item of a provisional result, and the
-- appraiser's decision (accepted with the adjusted score, or rejected), with who and why.
-- H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE appraisal_objection (
    id              BIGINT        NOT NULL PRIMARY KEY,
    run_id          BIGINT        NOT NULL REFERENCES appraisal_run (id),
    unit_id         BIGINT        NOT NULL REFERENCES unit (id),
    item_code       VARCHAR(20)   NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    evidence        VARCHAR(500),
    filed_by        VARCHAR(32)   NOT NULL,
    filed_at        TIMESTAMP     NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    score_before    NUMERIC(9,2)  NOT NULL,
    score_after     NUMERIC(9,2),
    decided_by      VARCHAR(32),
    decided_at      TIMESTAMP,
    decision_reason VARCHAR(2000),
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_appraisal_objection_run ON appraisal_objection (run_id, unit_id);
