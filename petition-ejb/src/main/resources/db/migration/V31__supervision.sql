-- 督办 (issue 11, item 3): urging notices (催办单) to the unit handling a matter, escalated to
-- flagged (挂牌督办) and joint (联合督办) supervision; each notice's reports (the unit's answers)
-- and their assessment. Audited. The year-end appraisal reads them per unit and period
-- (issued_on, unit_id). H2 (PostgreSQL mode) and PostgreSQL.
CREATE SEQUENCE supervision_notice_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE supervision_notice (
    id                BIGINT        NOT NULL PRIMARY KEY,
    notice_number     VARCHAR(40),
    level             VARCHAR(10)   NOT NULL,
    category          VARCHAR(10)   NOT NULL,
    priority          VARCHAR(10)   NOT NULL,
    matter_id         BIGINT        NOT NULL REFERENCES matter (id),
    matter_number     VARCHAR(32)   NOT NULL,
    unit_id           BIGINT        NOT NULL REFERENCES unit (id),
    county_id         BIGINT        NOT NULL REFERENCES unit (id),
    requirement       VARCHAR(2000),
    issued_by         VARCHAR(32)   NOT NULL,
    issued_on         DATE          NOT NULL,
    reply_by          DATE          NOT NULL,
    automatic         BOOLEAN       NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    signed_by         VARCHAR(32),
    signed_on         DATE,
    escalated_from_id BIGINT        REFERENCES supervision_notice (id),
    escalated_to_id   BIGINT        REFERENCES supervision_notice (id),
    escalation_ground VARCHAR(16),
    leader            VARCHAR(32),
    reason            VARCHAR(1000),
    report_frequency  VARCHAR(10),
    joint_bodies      VARCHAR(500),
    suspension_reason VARCHAR(1000),
    closed_by         VARCHAR(32),
    closed_on         DATE,
    close_note        VARCHAR(1000),
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_supervision_notice_number UNIQUE (notice_number)
);
CREATE INDEX ix_supervision_notice_unit ON supervision_notice (unit_id, issued_on);
CREATE INDEX ix_supervision_notice_matter ON supervision_notice (matter_id);
CREATE INDEX ix_supervision_notice_status ON supervision_notice (status, reply_by);

CREATE TABLE supervision_notice_aud (
    id                BIGINT   NOT NULL,
    rev               BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype           SMALLINT,
    notice_number     VARCHAR(40),
    level             VARCHAR(10),
    category          VARCHAR(10),
    priority          VARCHAR(10),
    matter_id         BIGINT,
    matter_number     VARCHAR(32),
    unit_id           BIGINT,
    county_id         BIGINT,
    requirement       VARCHAR(2000),
    issued_by         VARCHAR(32),
    issued_on         DATE,
    reply_by          DATE,
    automatic         BOOLEAN,
    status            VARCHAR(12),
    signed_by         VARCHAR(32),
    signed_on         DATE,
    escalated_from_id BIGINT,
    escalated_to_id   BIGINT,
    escalation_ground VARCHAR(16),
    leader            VARCHAR(32),
    reason            VARCHAR(1000),
    report_frequency  VARCHAR(10),
    joint_bodies      VARCHAR(500),
    suspension_reason VARCHAR(1000),
    closed_by         VARCHAR(32),
    closed_on         DATE,
    close_note        VARCHAR(1000),
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE supervision_report_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE supervision_report (
    id           BIGINT        NOT NULL PRIMARY KEY,
    notice_id    BIGINT        NOT NULL REFERENCES supervision_notice (id),
    progress     VARCHAR(2000) NOT NULL,
    reported_by  VARCHAR(32)   NOT NULL,
    reported_on  DATE          NOT NULL,
    assessment   VARCHAR(16),
    assessed_by  VARCHAR(32),
    assessed_on  DATE,
    assessment_note VARCHAR(1000),
    version      BIGINT        NOT NULL
);
CREATE INDEX ix_supervision_report_notice ON supervision_report (notice_id);

CREATE TABLE supervision_report_aud (
    id           BIGINT   NOT NULL,
    rev          BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT,
    notice_id    BIGINT,
    progress     VARCHAR(2000),
    reported_by  VARCHAR(32),
    reported_on  DATE,
    assessment   VARCHAR(16),
    assessed_by  VARCHAR(32),
    assessed_on  DATE,
    assessment_note VARCHAR(1000),
    PRIMARY KEY (id, rev)
);

INSERT INTO job_lease (name, last_slot, runs) VALUES ('supervision-escalation', -1, 0);
