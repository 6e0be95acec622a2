-- Statistics (issue 10): the day a matter became backlog (积案) and the day it left the backlog
-- without being resolved, so that a report for a cut-off day never changes afterwards; and the
-- record of a refused review (复查) or re-review (复核) request (不予受理: date, reason, who
-- decided, the notice's number), which before left no trace. H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE matter ADD COLUMN backlog_since DATE;
ALTER TABLE matter ADD COLUMN backlog_ended_on DATE;
ALTER TABLE matter_aud ADD COLUMN backlog_since DATE;
ALTER TABLE matter_aud ADD COLUMN backlog_ended_on DATE;
CREATE INDEX ix_matter_backlog_since ON matter (backlog_since);

-- matters flagged by hand before: the day of their last flag (the rules' matters are marked by the nightly job)
UPDATE matter SET backlog_since = (SELECT CAST(MAX(e.at) AS DATE) FROM matter_event e
                                   WHERE e.matter_id = matter.id AND e.type = 'BACKLOG_FLAG')
WHERE backlog_flag = TRUE;
UPDATE matter SET backlog_since = received_on WHERE backlog_flag = TRUE AND backlog_since IS NULL;

CREATE SEQUENCE appeal_refusal_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE appeal_refusal (
    id             BIGINT        NOT NULL PRIMARY KEY,
    matter_id      BIGINT        NOT NULL REFERENCES matter (id),
    stage          VARCHAR(10)   NOT NULL CHECK (stage IN ('REVIEW', 'RE_REVIEW')),
    requested_on   DATE          NOT NULL,
    request_reason VARCHAR(2000) NOT NULL,
    authority_name VARCHAR(100)  NOT NULL,
    refused_on     DATE          NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    notice_number  VARCHAR(60)   NOT NULL,
    refused_by     VARCHAR(32)   NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX ix_appeal_refusal_matter ON appeal_refusal (matter_id);
CREATE INDEX ix_appeal_refusal_requested ON appeal_refusal (stage, requested_on);
CREATE INDEX ix_appeal_requested ON appeal (stage, requested_on);

CREATE TABLE appeal_refusal_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype        SMALLINT,
    matter_id      BIGINT,
    stage          VARCHAR(10),
    requested_on   DATE,
    request_reason VARCHAR(2000),
    authority_name VARCHAR(100),
    refused_on     DATE,
    reason         VARCHAR(1000),
    notice_number  VARCHAR(60),
    refused_by     VARCHAR(32),
    PRIMARY KEY (id, rev)
);
