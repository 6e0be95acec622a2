-- Leader reception days (领导接待日, issue 12): leaders, rotation groups, schedule rules (RRULEs),
-- the sessions generated from them, leaves, swaps and bookings (约访). Every table a person edits
-- is audited (Envers, *_aud). Written once for both H2 (PostgreSQL mode) and PostgreSQL.

CREATE SEQUENCE reception_leader_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_leader (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    name                 VARCHAR(40)  NOT NULL,
    post                 VARCHAR(60)  NOT NULL,
    portfolio            VARCHAR(200),
    portfolio_categories VARCHAR(200),
    leader_level         VARCHAR(20)  NOT NULL,
    unit_id              BIGINT       NOT NULL REFERENCES unit (id),
    linked_unit_id       BIGINT       REFERENCES unit (id),
    user_id              BIGINT       REFERENCES app_user (id),
    sort_order           INTEGER      NOT NULL,
    active               BOOLEAN      NOT NULL,
    version              BIGINT       NOT NULL
);
CREATE INDEX ix_reception_leader_unit ON reception_leader (unit_id);
CREATE TABLE reception_leader_aud (
    id                   BIGINT   NOT NULL,
    rev                  BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype              SMALLINT,
    name                 VARCHAR(40),
    post                 VARCHAR(60),
    portfolio            VARCHAR(200),
    portfolio_categories VARCHAR(200),
    leader_level         VARCHAR(20),
    unit_id              BIGINT,
    linked_unit_id       BIGINT,
    user_id              BIGINT,
    sort_order           INTEGER,
    active               BOOLEAN,
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE reception_group_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_rotation_group (
    id      BIGINT      NOT NULL PRIMARY KEY,
    name    VARCHAR(60) NOT NULL,
    unit_id BIGINT      NOT NULL REFERENCES unit (id),
    version BIGINT      NOT NULL
);
CREATE TABLE reception_rotation_member (
    group_id     BIGINT  NOT NULL REFERENCES reception_rotation_group (id),
    member_order INTEGER NOT NULL,
    leader_id    BIGINT  NOT NULL REFERENCES reception_leader (id),
    PRIMARY KEY (group_id, member_order)
);
CREATE TABLE reception_rotation_group_aud (
    id      BIGINT   NOT NULL,
    rev     BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype SMALLINT,
    name    VARCHAR(60),
    unit_id BIGINT,
    PRIMARY KEY (id, rev)
);
CREATE TABLE reception_rotation_member_aud (
    rev          BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT NOT NULL,
    group_id     BIGINT   NOT NULL,
    member_order INTEGER  NOT NULL,
    leader_id    BIGINT   NOT NULL,
    PRIMARY KEY (rev, group_id, member_order, leader_id)
);

CREATE SEQUENCE reception_rule_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_rule (
    id             BIGINT       NOT NULL PRIMARY KEY,
    unit_id        BIGINT       NOT NULL REFERENCES unit (id),
    name           VARCHAR(60)  NOT NULL,
    leader_id      BIGINT       REFERENCES reception_leader (id),
    group_id       BIGINT       REFERENCES reception_rotation_group (id),
    assignment     VARCHAR(20)  NOT NULL,
    rrule          VARCHAR(200) NOT NULL,
    valid_from     DATE         NOT NULL,
    valid_until    DATE,
    start_time     TIME         NOT NULL,
    end_time       TIME         NOT NULL,
    place          VARCHAR(100),
    at_linked_unit BOOLEAN      NOT NULL,
    form           VARCHAR(20)  NOT NULL,
    portfolio      VARCHAR(200),
    shift_rule     VARCHAR(30)  NOT NULL,
    capacity       INTEGER      NOT NULL,
    active         BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT ck_reception_rule_who CHECK ((leader_id IS NULL) <> (group_id IS NULL))
);
CREATE TABLE reception_rule_aud (
    id             BIGINT   NOT NULL,
    rev            BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype        SMALLINT,
    unit_id        BIGINT,
    name           VARCHAR(60),
    leader_id      BIGINT,
    group_id       BIGINT,
    assignment     VARCHAR(20),
    rrule          VARCHAR(200),
    valid_from     DATE,
    valid_until    DATE,
    start_time     TIME,
    end_time       TIME,
    place          VARCHAR(100),
    at_linked_unit BOOLEAN,
    form           VARCHAR(20),
    portfolio      VARCHAR(200),
    shift_rule     VARCHAR(30),
    capacity       INTEGER,
    active         BOOLEAN,
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE reception_session_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_session (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    unit_id              BIGINT       NOT NULL REFERENCES unit (id),
    rule_id              BIGINT       REFERENCES reception_rule (id),
    leader_id            BIGINT       NOT NULL REFERENCES reception_leader (id),
    planned_leader_id    BIGINT       NOT NULL REFERENCES reception_leader (id),
    session_day          DATE         NOT NULL,
    scheduled_day        DATE         NOT NULL,
    start_time           TIME         NOT NULL,
    end_time             TIME         NOT NULL,
    place                VARCHAR(160) NOT NULL,
    form                 VARCHAR(20)  NOT NULL,
    portfolio            VARCHAR(200),
    capacity             INTEGER      NOT NULL,
    booking_cutoff       TIMESTAMP WITH TIME ZONE NOT NULL,
    state                VARCHAR(20)  NOT NULL,
    published_at         TIMESTAMP WITH TIME ZONE,
    published_by         VARCHAR(32),
    publication_override VARCHAR(200),
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    cancel_reason        VARCHAR(200),
    version              BIGINT       NOT NULL
);
-- one session per occurrence of a rule and planned leader: generating a year again adds nothing twice
CREATE UNIQUE INDEX uk_reception_session_occurrence ON reception_session (rule_id, scheduled_day, planned_leader_id);
CREATE INDEX ix_reception_session_day ON reception_session (session_day, state);
CREATE INDEX ix_reception_session_leader ON reception_session (leader_id, session_day);
CREATE INDEX ix_reception_session_unit ON reception_session (unit_id, session_day);
CREATE TABLE reception_session_aud (
    id                   BIGINT   NOT NULL,
    rev                  BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype              SMALLINT,
    unit_id              BIGINT,
    rule_id              BIGINT,
    leader_id            BIGINT,
    planned_leader_id    BIGINT,
    session_day          DATE,
    scheduled_day        DATE,
    start_time           TIME,
    end_time             TIME,
    place                VARCHAR(160),
    form                 VARCHAR(20),
    portfolio            VARCHAR(200),
    capacity             INTEGER,
    booking_cutoff       TIMESTAMP WITH TIME ZONE,
    state                VARCHAR(20),
    published_at         TIMESTAMP WITH TIME ZONE,
    published_by         VARCHAR(32),
    publication_override VARCHAR(200),
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    cancel_reason        VARCHAR(200),
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE reception_leave_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_leave (
    id          BIGINT       NOT NULL PRIMARY KEY,
    leader_id   BIGINT       NOT NULL REFERENCES reception_leader (id),
    from_day    DATE         NOT NULL,
    to_day      DATE         NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    recorded_by VARCHAR(32)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reception_leave_leader ON reception_leave (leader_id, from_day);
CREATE TABLE reception_leave_aud (
    id          BIGINT   NOT NULL,
    rev         BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype     SMALLINT,
    leader_id   BIGINT,
    from_day    DATE,
    to_day      DATE,
    reason      VARCHAR(200),
    recorded_by VARCHAR(32),
    recorded_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE reception_swap_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_swap (
    id             BIGINT       NOT NULL PRIMARY KEY,
    session_id     BIGINT       NOT NULL REFERENCES reception_session (id),
    kind           VARCHAR(10)  NOT NULL,
    from_leader_id BIGINT       REFERENCES reception_leader (id),
    to_leader_id   BIGINT       REFERENCES reception_leader (id),
    from_day       DATE,
    to_day         DATE,
    reason         VARCHAR(200) NOT NULL,
    late           BOOLEAN      NOT NULL,
    changed_by     VARCHAR(32)  NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reception_swap_session ON reception_swap (session_id);
CREATE TABLE reception_swap_aud (
    id             BIGINT   NOT NULL,
    rev            BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype        SMALLINT,
    session_id     BIGINT,
    kind           VARCHAR(10),
    from_leader_id BIGINT,
    to_leader_id   BIGINT,
    from_day       DATE,
    to_day         DATE,
    reason         VARCHAR(200),
    late           BOOLEAN,
    changed_by     VARCHAR(32),
    changed_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE SEQUENCE reception_booking_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE reception_booking (
    id            BIGINT       NOT NULL PRIMARY KEY,
    session_id    BIGINT       NOT NULL REFERENCES reception_session (id),
    booking_number INTEGER     NOT NULL,
    code_hash     VARCHAR(64)  NOT NULL,
    name          VARCHAR(40)  NOT NULL,
    id_number     VARCHAR(18)  NOT NULL,
    phone         VARCHAR(20)  NOT NULL,
    subject       VARCHAR(500) NOT NULL,
    category_code VARCHAR(20),
    via           VARCHAR(10)  NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(32),
    cancelled_at  TIMESTAMP WITH TIME ZONE,
    cancelled_by  VARCHAR(32),
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_reception_booking_code UNIQUE (code_hash),
    CONSTRAINT uk_reception_booking_number UNIQUE (session_id, booking_number)
);
CREATE INDEX ix_reception_booking_person ON reception_booking (id_number);
CREATE TABLE reception_booking_aud (
    id            BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    session_id    BIGINT,
    booking_number INTEGER,
    code_hash     VARCHAR(64),
    name          VARCHAR(40),
    id_number     VARCHAR(18),
    phone         VARCHAR(20),
    subject       VARCHAR(500),
    category_code VARCHAR(20),
    via           VARCHAR(10),
    state         VARCHAR(20),
    created_at    TIMESTAMP WITH TIME ZONE,
    created_by    VARCHAR(32),
    cancelled_at  TIMESTAMP WITH TIME ZONE,
    cancelled_by  VARCHAR(32),
    PRIMARY KEY (id, rev)
);

-- the public booking form's abuse limits (citizen.control.AbuseGuard)
INSERT INTO public_limit_lock (kind) VALUES ('BOOK_ADDRESS'), ('BOOK_PERSON'), ('BOOK_CODE_FAIL');
