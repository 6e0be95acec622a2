-- Reception days, issue 12 remainders: 带案下访 (the matters a leader carries to a session), 约访
-- invitations (a booking made by staff for an invited petitioner, naming the matter), 回访 (follow-up
-- visits of a 批示件's matter: who, when, how, the petitioner's attitude) and 值班 duty rosters (shifts
-- on holidays and sensitive periods, who is on duty, swaps with reasons, the duty log). Audited.

CREATE SEQUENCE reception_carried_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_carried_matter (
    id            BIGINT       NOT NULL PRIMARY KEY,
    session_id    BIGINT       NOT NULL REFERENCES reception_session (id),
    matter_id     BIGINT       NOT NULL REFERENCES matter (id),
    matter_number VARCHAR(32)  NOT NULL,
    purpose       VARCHAR(500),
    result        VARCHAR(1000),
    added_by      VARCHAR(32)  NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_reception_carried UNIQUE (session_id, matter_id)
);
CREATE TABLE reception_carried_matter_aud (
    id            BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    session_id    BIGINT,
    matter_id     BIGINT,
    matter_number VARCHAR(32),
    purpose       VARCHAR(500),
    result        VARCHAR(1000),
    added_by      VARCHAR(32),
    added_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

ALTER TABLE reception_booking ADD COLUMN matter_id BIGINT REFERENCES matter (id);
ALTER TABLE reception_booking ADD COLUMN matter_number VARCHAR(32);
ALTER TABLE reception_booking_aud ADD COLUMN matter_id BIGINT;
ALTER TABLE reception_booking_aud ADD COLUMN matter_number VARCHAR(32);

CREATE SEQUENCE reception_follow_up_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_follow_up (
    id             BIGINT        NOT NULL PRIMARY KEY,
    session_id     BIGINT        NOT NULL REFERENCES reception_session (id),
    instruction_id BIGINT        NOT NULL REFERENCES reception_instruction (id),
    unit_id        BIGINT        NOT NULL REFERENCES unit (id),
    visited_on     DATE          NOT NULL,
    visitors       VARCHAR(200)  NOT NULL,
    method         VARCHAR(20)   NOT NULL,
    attitude       VARCHAR(20)   NOT NULL,
    note           VARCHAR(1000),
    recorded_by    VARCHAR(32)   NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reception_follow_up_instruction ON reception_follow_up (instruction_id);
CREATE TABLE reception_follow_up_aud (
    id             BIGINT   NOT NULL,
    rev            BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype        SMALLINT,
    session_id     BIGINT,
    instruction_id BIGINT,
    unit_id        BIGINT,
    visited_on     DATE,
    visitors       VARCHAR(200),
    method         VARCHAR(20),
    attitude       VARCHAR(20),
    note           VARCHAR(1000),
    recorded_by    VARCHAR(32),
    recorded_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE reception_duty_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_duty_shift (
    id          BIGINT       NOT NULL PRIMARY KEY,
    unit_id     BIGINT       NOT NULL REFERENCES unit (id),
    duty_day    DATE         NOT NULL,
    start_time  TIME         NOT NULL,
    end_time    TIME         NOT NULL,
    period      VARCHAR(20)  NOT NULL,
    occasion    VARCHAR(60),
    required    INTEGER      NOT NULL,
    created_by  VARCHAR(32)  NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX ix_reception_duty_shift_day ON reception_duty_shift (duty_day, unit_id);
CREATE TABLE reception_duty_shift_aud (
    id          BIGINT   NOT NULL,
    rev         BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype     SMALLINT,
    unit_id     BIGINT,
    duty_day    DATE,
    start_time  TIME,
    end_time    TIME,
    period      VARCHAR(20),
    occasion    VARCHAR(60),
    required    INTEGER,
    created_by  VARCHAR(32),
    PRIMARY KEY (id, rev)
);

CREATE TABLE reception_duty_member (
    id          BIGINT       NOT NULL PRIMARY KEY,
    shift_id    BIGINT       NOT NULL REFERENCES reception_duty_shift (id),
    name        VARCHAR(40)  NOT NULL,
    post        VARCHAR(60)  NOT NULL,
    leader      BOOLEAN      NOT NULL,
    phone       VARCHAR(20),
    replaced    BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX ix_reception_duty_member_shift ON reception_duty_member (shift_id);
CREATE TABLE reception_duty_member_aud (
    id          BIGINT   NOT NULL,
    rev         BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype     SMALLINT,
    shift_id    BIGINT,
    name        VARCHAR(40),
    post        VARCHAR(60),
    leader      BOOLEAN,
    phone       VARCHAR(20),
    replaced    BOOLEAN,
    PRIMARY KEY (id, rev)
);

CREATE TABLE reception_duty_swap (
    id           BIGINT        NOT NULL PRIMARY KEY,
    shift_id     BIGINT        NOT NULL REFERENCES reception_duty_shift (id),
    member_id    BIGINT        NOT NULL REFERENCES reception_duty_member (id),
    replaced_by  BIGINT        NOT NULL REFERENCES reception_duty_member (id),
    reason       VARCHAR(500)  NOT NULL,
    swapped_by   VARCHAR(32)   NOT NULL,
    swapped_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE reception_duty_swap_aud (
    id           BIGINT   NOT NULL,
    rev          BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT,
    shift_id     BIGINT,
    member_id    BIGINT,
    replaced_by  BIGINT,
    reason       VARCHAR(500),
    swapped_by   VARCHAR(32),
    swapped_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE TABLE reception_duty_log (
    id            BIGINT        NOT NULL PRIMARY KEY,
    shift_id      BIGINT        NOT NULL REFERENCES reception_duty_shift (id),
    at_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    summary       VARCHAR(1000) NOT NULL,
    matter_number VARCHAR(32),
    recorded_by   VARCHAR(32)   NOT NULL
);
CREATE INDEX ix_reception_duty_log_shift ON reception_duty_log (shift_id);
CREATE TABLE reception_duty_log_aud (
    id            BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    shift_id      BIGINT,
    at_time       TIMESTAMP WITH TIME ZONE,
    kind          VARCHAR(20),
    summary       VARCHAR(1000),
    matter_number VARCHAR(32),
    recorded_by   VARCHAR(32),
    PRIMARY KEY (id, rev)
);
