-- The citizen's side and the appeal chain: lookup codes, the petitioner's rating, review (复查)
-- and re-review (复核) at the authority above, hearings (听证), termination (终结), 息诉息访 and
-- backlog (积案) flags, and the counters behind the public pages' abuse limits.
-- Written once for both H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE matter ADD COLUMN lookup_code VARCHAR(12);
ALTER TABLE matter ADD COLUMN rating VARCHAR(20);
ALTER TABLE matter ADD COLUMN rating_comment VARCHAR(500);
ALTER TABLE matter ADD COLUMN rated_on DATE;
ALTER TABLE matter ADD COLUMN rated_by VARCHAR(32);
ALTER TABLE matter ADD COLUMN rating_via VARCHAR(10);
ALTER TABLE matter ADD COLUMN terminated_on DATE;
ALTER TABLE matter ADD COLUMN termination_reason VARCHAR(20);
ALTER TABLE matter ADD COLUMN resolved_on DATE;
ALTER TABLE matter ADD COLUMN resolution_note VARCHAR(1000);
ALTER TABLE matter ADD COLUMN resolved_by VARCHAR(32);
ALTER TABLE matter ADD COLUMN backlog_flag BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE matter ADD COLUMN backlog_reason VARCHAR(500);
CREATE INDEX ix_matter_backlog ON matter (backlog_flag);

ALTER TABLE matter_aud ADD COLUMN lookup_code VARCHAR(12);
ALTER TABLE matter_aud ADD COLUMN rating VARCHAR(20);
ALTER TABLE matter_aud ADD COLUMN rating_comment VARCHAR(500);
ALTER TABLE matter_aud ADD COLUMN rated_on DATE;
ALTER TABLE matter_aud ADD COLUMN rated_by VARCHAR(32);
ALTER TABLE matter_aud ADD COLUMN rating_via VARCHAR(10);
ALTER TABLE matter_aud ADD COLUMN terminated_on DATE;
ALTER TABLE matter_aud ADD COLUMN termination_reason VARCHAR(20);
ALTER TABLE matter_aud ADD COLUMN resolved_on DATE;
ALTER TABLE matter_aud ADD COLUMN resolution_note VARCHAR(1000);
ALTER TABLE matter_aud ADD COLUMN resolved_by VARCHAR(32);
ALTER TABLE matter_aud ADD COLUMN backlog_flag BOOLEAN;
ALTER TABLE matter_aud ADD COLUMN backlog_reason VARCHAR(500);

CREATE SEQUENCE appeal_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE appeal (
    id              BIGINT        NOT NULL PRIMARY KEY,
    matter_id       BIGINT        NOT NULL REFERENCES matter (id),
    stage           VARCHAR(10)   NOT NULL CHECK (stage IN ('REVIEW', 'RE_REVIEW')),
    requested_on    DATE          NOT NULL,
    request_reason  VARCHAR(2000) NOT NULL,
    authority_level VARCHAR(10)   NOT NULL,
    authority_name  VARCHAR(100)  NOT NULL,
    decided_here    BOOLEAN       NOT NULL,
    due_on          DATE          NOT NULL,
    outcome         VARCHAR(10),
    opinion         VARCHAR(5000),
    document_number VARCHAR(60),
    decided_on      DATE,
    decided_by      VARCHAR(32),
    recorded_by     VARCHAR(32)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_appeal_stage UNIQUE (matter_id, stage)
);

CREATE TABLE appeal_aud (
    id              BIGINT NOT NULL,
    rev             BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype         SMALLINT,
    matter_id       BIGINT,
    stage           VARCHAR(10),
    requested_on    DATE,
    request_reason  VARCHAR(2000),
    authority_level VARCHAR(10),
    authority_name  VARCHAR(100),
    decided_here    BOOLEAN,
    due_on          DATE,
    outcome         VARCHAR(10),
    opinion         VARCHAR(5000),
    document_number VARCHAR(60),
    decided_on      DATE,
    decided_by      VARCHAR(32),
    recorded_by     VARCHAR(32),
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE hearing_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE hearing (
    id           BIGINT        NOT NULL PRIMARY KEY,
    matter_id    BIGINT        NOT NULL REFERENCES matter (id),
    stage        VARCHAR(10)   NOT NULL CHECK (stage IN ('HANDLING', 'REVIEW', 'RE_REVIEW')),
    held_from    DATE          NOT NULL,
    held_to      DATE          NOT NULL,
    place        VARCHAR(200)  NOT NULL,
    participants VARCHAR(1000) NOT NULL,
    minutes      VARCHAR(5000),
    conclusion   VARCHAR(2000),
    scheduled_by VARCHAR(32)   NOT NULL,
    recorded_by  VARCHAR(32),
    version      BIGINT        NOT NULL
);
CREATE INDEX ix_hearing_matter ON hearing (matter_id);

CREATE TABLE hearing_aud (
    id           BIGINT NOT NULL,
    rev          BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT,
    matter_id    BIGINT,
    stage        VARCHAR(10),
    held_from    DATE,
    held_to      DATE,
    place        VARCHAR(200),
    participants VARCHAR(1000),
    minutes      VARCHAR(5000),
    conclusion   VARCHAR(2000),
    scheduled_by VARCHAR(32),
    recorded_by  VARCHAR(32),
    PRIMARY KEY (id, rev)
);

-- Attempts on the public pages (submissions, failed lookups), counted per address and per
-- matter number or ID number hash for the abuse limits; old rows are pruned.
CREATE SEQUENCE public_attempt_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE public_attempt (
    id           BIGINT       NOT NULL PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,
    subject      VARCHAR(100) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_public_attempt ON public_attempt (kind, subject, attempted_at);
