-- 责任落实 (issue 11, items 4-7): the responsibility chain of a matter (首问负责 and handovers, the
-- responsible leader), 领导包案 (case ownership with milestones and progress reports) and 责任追究
-- (accountability cases with the people and units concerned). Audited. H2 (PostgreSQL mode) and PostgreSQL.

-- Who held the responsible person (PERSON) or responsible leader (LEADER) role of a matter, and when.
-- The responsible unit's history is the matter's routing in its timeline.
CREATE SEQUENCE acc_responsibility_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE acc_responsibility (
    id           BIGINT        NOT NULL PRIMARY KEY,
    matter_id    BIGINT        NOT NULL REFERENCES matter (id),
    role         VARCHAR(10)   NOT NULL,
    holder       VARCHAR(32)   NOT NULL,
    held_since   TIMESTAMP WITH TIME ZONE NOT NULL,
    held_until   TIMESTAMP WITH TIME ZONE,
    basis        VARCHAR(16)   NOT NULL,
    reason       VARCHAR(1000),
    recorded_by  VARCHAR(32)   NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE INDEX ix_acc_responsibility_matter ON acc_responsibility (matter_id, role, held_since);
CREATE INDEX ix_acc_responsibility_holder ON acc_responsibility (holder, role);

CREATE TABLE acc_responsibility_aud (
    id           BIGINT   NOT NULL,
    rev          BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT,
    matter_id    BIGINT,
    role         VARCHAR(10),
    holder       VARCHAR(32),
    held_since   TIMESTAMP WITH TIME ZONE,
    held_until   TIMESTAMP WITH TIME ZONE,
    basis        VARCHAR(16),
    reason       VARCHAR(1000),
    recorded_by  VARCHAR(32),
    PRIMARY KEY (id, rev)
);

-- 首问负责: every matter registered so far gets its first contact from its registration (the person
-- who registered it received the petitioner first). Later matters get theirs when first read or
-- by the daily accountability job (the same statement).
INSERT INTO acc_responsibility (id, matter_id, role, holder, held_since, held_until, basis, reason, recorded_by, version)
SELECT -m.id, m.id, 'PERSON', m.registered_by, m.registered_at, NULL, 'FIRST_CONTACT', NULL, m.registered_by, 0
FROM matter m;
-- first-contact rows written by SQL take the matter's id negated: one per matter, never a sequence value

-- 领导包案: a leader owns a hard or backlog matter (五个一: leader, working group, plan, responsible unit,
-- to the end), with a target date, milestones and progress reports. 包案化解率 counts these rows.
CREATE SEQUENCE acc_ownership_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE acc_ownership (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    matter_id          BIGINT        NOT NULL REFERENCES matter (id),
    matter_number      VARCHAR(32)   NOT NULL,
    county_id          BIGINT        NOT NULL REFERENCES unit (id),
    leader             VARCHAR(32)   NOT NULL,
    leader_unit_id     BIGINT        NOT NULL REFERENCES unit (id),
    unit_id            BIGINT        NOT NULL REFERENCES unit (id),
    responsible_person VARCHAR(32),
    working_group      VARCHAR(1000) NOT NULL,
    plan               VARCHAR(4000) NOT NULL,
    taken_on           DATE          NOT NULL,
    target_date        DATE          NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    ended_on           DATE,
    end_note           VARCHAR(1000),
    accused_unit_id    BIGINT,
    taken_by           VARCHAR(32)   NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX ix_acc_ownership_matter ON acc_ownership (matter_id);
CREATE INDEX ix_acc_ownership_leader ON acc_ownership (leader, taken_on);
CREATE INDEX ix_acc_ownership_unit ON acc_ownership (unit_id, taken_on);

CREATE TABLE acc_ownership_aud (
    id                 BIGINT   NOT NULL,
    rev                BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype            SMALLINT,
    matter_id          BIGINT,
    matter_number      VARCHAR(32),
    county_id          BIGINT,
    leader             VARCHAR(32),
    leader_unit_id     BIGINT,
    unit_id            BIGINT,
    responsible_person VARCHAR(32),
    working_group      VARCHAR(1000),
    plan               VARCHAR(4000),
    taken_on           DATE,
    target_date        DATE,
    status             VARCHAR(12),
    ended_on           DATE,
    end_note           VARCHAR(1000),
    accused_unit_id    BIGINT,
    taken_by           VARCHAR(32),
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE acc_milestone_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE acc_milestone (
    id            BIGINT        NOT NULL PRIMARY KEY,
    ownership_id  BIGINT        NOT NULL REFERENCES acc_ownership (id),
    title         VARCHAR(500)  NOT NULL,
    due_on        DATE          NOT NULL,
    done_on       DATE,
    done_by       VARCHAR(32),
    note          VARCHAR(1000),
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_acc_milestone_ownership ON acc_milestone (ownership_id);

CREATE TABLE acc_milestone_aud (
    id            BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    ownership_id  BIGINT,
    title         VARCHAR(500),
    due_on        DATE,
    done_on       DATE,
    done_by       VARCHAR(32),
    note          VARCHAR(1000),
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE acc_progress_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE acc_progress (
    id            BIGINT        NOT NULL PRIMARY KEY,
    ownership_id  BIGINT        NOT NULL REFERENCES acc_ownership (id),
    reported_on   DATE          NOT NULL,
    reported_by   VARCHAR(32)   NOT NULL,
    progress      VARCHAR(2000) NOT NULL
);
CREATE INDEX ix_acc_progress_ownership ON acc_progress (ownership_id);

CREATE TABLE acc_progress_aud (
    id            BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    ownership_id  BIGINT,
    reported_on   DATE,
    reported_by   VARCHAR(32),
    progress      VARCHAR(2000),
    PRIMARY KEY (id, rev)
);

-- 责任追究: an accountability case on a matter, its ground (2022 Art 42-46), the 倒查 suggestion and
-- the people and units concerned, the decision with its date and document number.
CREATE SEQUENCE acc_case_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE acc_case (
    id               BIGINT        NOT NULL PRIMARY KEY,
    case_number      VARCHAR(40),
    matter_id        BIGINT        NOT NULL REFERENCES matter (id),
    matter_number    VARCHAR(32)   NOT NULL,
    county_id        BIGINT        NOT NULL REFERENCES unit (id),
    unit_id          BIGINT        REFERENCES unit (id),
    accused_unit_id  BIGINT,
    ground           VARCHAR(24)   NOT NULL,
    facts            VARCHAR(2000),
    automatic        BOOLEAN       NOT NULL,
    overdue_days     INTEGER,
    status           VARCHAR(10)   NOT NULL,
    opened_on        DATE          NOT NULL,
    opened_by        VARCHAR(32)   NOT NULL,
    decision         VARCHAR(16),
    decided_on       DATE,
    document_number  VARCHAR(60),
    decided_by       VARCHAR(32),
    decision_note    VARCHAR(2000),
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_acc_case_number UNIQUE (case_number)
);
CREATE INDEX ix_acc_case_matter ON acc_case (matter_id);
CREATE INDEX ix_acc_case_unit ON acc_case (unit_id, decided_on);

CREATE TABLE acc_case_aud (
    id               BIGINT   NOT NULL,
    rev              BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype          SMALLINT,
    case_number      VARCHAR(40),
    matter_id        BIGINT,
    matter_number    VARCHAR(32),
    county_id        BIGINT,
    unit_id          BIGINT,
    accused_unit_id  BIGINT,
    ground           VARCHAR(24),
    facts            VARCHAR(2000),
    automatic        BOOLEAN,
    overdue_days     INTEGER,
    status           VARCHAR(10),
    opened_on        DATE,
    opened_by        VARCHAR(32),
    decision         VARCHAR(16),
    decided_on       DATE,
    document_number  VARCHAR(60),
    decided_by       VARCHAR(32),
    decision_note    VARCHAR(2000),
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE acc_case_party_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE acc_case_party (
    id          BIGINT       NOT NULL PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES acc_case (id),
    username    VARCHAR(32),
    unit_id     BIGINT       REFERENCES unit (id),
    basis       VARCHAR(20)  NOT NULL,
    suggested   BOOLEAN      NOT NULL,
    concerned   BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX ix_acc_case_party_case ON acc_case_party (case_id);
CREATE INDEX ix_acc_case_party_unit ON acc_case_party (unit_id);

CREATE TABLE acc_case_party_aud (
    id          BIGINT   NOT NULL,
    rev         BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype     SMALLINT,
    case_id     BIGINT,
    username    VARCHAR(32),
    unit_id     BIGINT,
    basis       VARCHAR(20),
    suggested   BOOLEAN,
    concerned   BOOLEAN,
    PRIMARY KEY (id, rev)
);

INSERT INTO job_lease (name, last_slot, runs) VALUES ('accountability-cases', -1, 0);
