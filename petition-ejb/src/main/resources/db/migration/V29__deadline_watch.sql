-- The deadline watch (issue 11, item 1). H2 (PostgreSQL mode) and PostgreSQL.
--
-- job_lease: one row per scheduled job. Every node's timer fires; the node whose UPDATE moves
-- last_slot forward for the current slot runs the job, every other node finds 0 rows updated and
-- skips it. The row stays locked until the job's transaction ends, so a second node waiting on it
-- sees the slot taken; a job that fails rolls its claim back and the next tick tries again.
CREATE TABLE job_lease (
    name        VARCHAR(40)  NOT NULL PRIMARY KEY,
    last_slot   BIGINT       NOT NULL,
    node        VARCHAR(100),
    started_at  TIMESTAMP WITH TIME ZONE,
    runs        BIGINT       NOT NULL
);
INSERT INTO job_lease (name, last_slot, runs) VALUES ('deadline-watch', -1, 0);
INSERT INTO job_lease (name, last_slot, runs) VALUES ('appeal-lapse', -1, 0);

-- The status of every running clock of every matter, as the last run of the watch saw it.
CREATE SEQUENCE clock_watch_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE clock_watch (
    id            BIGINT       NOT NULL PRIMARY KEY,
    matter_id     BIGINT       NOT NULL REFERENCES matter (id),
    matter_number VARCHAR(32)  NOT NULL,
    clock         VARCHAR(24)  NOT NULL,
    unit_id       BIGINT       REFERENCES unit (id),
    due_on        DATE         NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    status_since  DATE         NOT NULL,
    checked_on    DATE         NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_clock_watch UNIQUE (matter_id, clock)
);
CREATE INDEX ix_clock_watch_unit ON clock_watch (unit_id, status);

-- Each change of status, recorded once (the year-end appraisal counts the overdue ones per unit
-- and period).
CREATE SEQUENCE clock_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE clock_change (
    id            BIGINT       NOT NULL PRIMARY KEY,
    matter_id     BIGINT       NOT NULL REFERENCES matter (id),
    matter_number VARCHAR(32)  NOT NULL,
    clock         VARCHAR(24)  NOT NULL,
    unit_id       BIGINT       REFERENCES unit (id),
    due_on        DATE         NOT NULL,
    from_status   VARCHAR(10),
    to_status     VARCHAR(10)  NOT NULL,
    changed_on    DATE         NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_clock_change_matter ON clock_change (matter_id, clock);
CREATE INDEX ix_clock_change_unit ON clock_change (unit_id, changed_on);

-- The termination job's memory: the last day of the appeal window of a replied or reviewed
-- matter that was not lapsed yet when it was last looked at. The job does not fetch the matter
-- again before that day has passed, as long as the matter is unchanged (matter_version: any step
-- on the matter, an appeal included, makes it a candidate again).
CREATE TABLE appeal_lapse_check (
    matter_id      BIGINT NOT NULL PRIMARY KEY REFERENCES matter (id),
    matter_version BIGINT NOT NULL,
    window_end     DATE   NOT NULL
);
