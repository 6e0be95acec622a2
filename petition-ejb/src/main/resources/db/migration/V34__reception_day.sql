-- The reception day (issue 12, second half): each petitioner's visit (登记 → 候访 → 面谈 → 答复) with the
-- conversation record, the leader's opinion and the outcome; the heads of the units attending; and the
-- 批示件 (an outcome needing action, carried by a petition matter, routed within the period and reported
-- back to the leader). All audited as parts of the session (RECEPTION_SESSION).

CREATE SEQUENCE reception_visit_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_visit (
    id             BIGINT        NOT NULL PRIMARY KEY,
    session_id     BIGINT        NOT NULL REFERENCES reception_session (id),
    booking_id     BIGINT        REFERENCES reception_booking (id),
    ticket         VARCHAR(8)    NOT NULL,
    queue_order    INTEGER       NOT NULL,
    name           VARCHAR(40)   NOT NULL,
    id_number      VARCHAR(18)   NOT NULL,
    phone          VARCHAR(20),
    subject        VARCHAR(500)  NOT NULL,
    category_code  VARCHAR(20),
    people_count   INTEGER       NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    arrived_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    called_at      TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    checked_in_by  VARCHAR(32)   NOT NULL,
    conversation   VARCHAR(4000),
    opinion        VARCHAR(1000),
    outcome        VARCHAR(20),
    resolve_by     DATE,
    recorded_by    VARCHAR(32),
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_reception_visit_order UNIQUE (session_id, queue_order),
    CONSTRAINT uk_reception_visit_booking UNIQUE (booking_id)
);
CREATE TABLE reception_visit_aud (
    id             BIGINT   NOT NULL,
    rev            BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype        SMALLINT,
    session_id     BIGINT,
    booking_id     BIGINT,
    ticket         VARCHAR(8),
    queue_order    INTEGER,
    name           VARCHAR(40),
    id_number      VARCHAR(18),
    phone          VARCHAR(20),
    subject        VARCHAR(500),
    category_code  VARCHAR(20),
    people_count   INTEGER,
    state          VARCHAR(20),
    arrived_at     TIMESTAMP WITH TIME ZONE,
    called_at      TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    checked_in_by  VARCHAR(32),
    conversation   VARCHAR(4000),
    opinion        VARCHAR(1000),
    outcome        VARCHAR(20),
    resolve_by     DATE,
    recorded_by    VARCHAR(32),
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE reception_attendee_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_attendee (
    id          BIGINT      NOT NULL PRIMARY KEY,
    session_id  BIGINT      NOT NULL REFERENCES reception_session (id),
    unit_id     BIGINT      NOT NULL REFERENCES unit (id),
    name        VARCHAR(40) NOT NULL,
    post        VARCHAR(60) NOT NULL,
    recorded_by VARCHAR(32) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reception_attendee_session ON reception_attendee (session_id);
CREATE TABLE reception_attendee_aud (
    id          BIGINT   NOT NULL,
    rev         BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype     SMALLINT,
    session_id  BIGINT,
    unit_id     BIGINT,
    name        VARCHAR(40),
    post        VARCHAR(60),
    recorded_by VARCHAR(32),
    recorded_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE reception_instruction_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_instruction (
    id               BIGINT        NOT NULL PRIMARY KEY,
    session_id       BIGINT        NOT NULL REFERENCES reception_session (id),
    visit_id         BIGINT        NOT NULL REFERENCES reception_visit (id),
    leader_id        BIGINT        NOT NULL REFERENCES reception_leader (id),
    matter_id        BIGINT        NOT NULL REFERENCES matter (id),
    matter_number    VARCHAR(32)   NOT NULL,
    linked           BOOLEAN       NOT NULL,
    instruction_text VARCHAR(1000) NOT NULL,
    instructed_on    DATE          NOT NULL,
    routing_due      DATE          NOT NULL,
    routed_on        DATE,
    main_unit_id     BIGINT        REFERENCES unit (id),
    reply_due        DATE          NOT NULL,
    report_text      VARCHAR(2000),
    report_resolved  BOOLEAN,
    reported_on      DATE,
    reported_at      TIMESTAMP WITH TIME ZONE,
    reported_by      VARCHAR(32),
    created_by       VARCHAR(32)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_reception_instruction_visit UNIQUE (visit_id)
);
CREATE INDEX ix_reception_instruction_session ON reception_instruction (session_id);
CREATE INDEX ix_reception_instruction_leader ON reception_instruction (leader_id, instructed_on);
CREATE INDEX ix_reception_instruction_unit ON reception_instruction (main_unit_id);
CREATE TABLE reception_instruction_aud (
    id               BIGINT   NOT NULL,
    rev              BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype          SMALLINT,
    session_id       BIGINT,
    visit_id         BIGINT,
    leader_id        BIGINT,
    matter_id        BIGINT,
    matter_number    VARCHAR(32),
    linked           BOOLEAN,
    instruction_text VARCHAR(1000),
    instructed_on    DATE,
    routing_due      DATE,
    routed_on        DATE,
    main_unit_id     BIGINT,
    reply_due        DATE,
    report_text      VARCHAR(2000),
    report_resolved  BOOLEAN,
    reported_on      DATE,
    reported_at      TIMESTAMP WITH TIME ZONE,
    reported_by      VARCHAR(32),
    created_by       VARCHAR(32),
    created_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);
