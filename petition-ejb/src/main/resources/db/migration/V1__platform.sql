-- Platform schema: units, users and roles, and the audit trail (Hibernate Envers tables).
-- Written once for both H2 (in PostgreSQL mode) and PostgreSQL.

CREATE SEQUENCE unit_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE unit (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    parent_id     BIGINT       REFERENCES unit (id),
    active        BOOLEAN      NOT NULL,
    contact_phone VARCHAR(40),
    address       VARCHAR(200),
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT ck_unit_kind CHECK (kind IN ('COUNTY', 'DEPARTMENT', 'TOWNSHIP', 'VILLAGE', 'COMMUNITY'))
);
CREATE INDEX ix_unit_parent ON unit (parent_id);

CREATE TABLE app_user (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(32)  NOT NULL,
    display_name         VARCHAR(50)  NOT NULL,
    unit_id              BIGINT       NOT NULL REFERENCES unit (id),
    password_hash        VARCHAR(100) NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE,
    must_change_password BOOLEAN      NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    failed_logins        INTEGER      NOT NULL,
    locked_until         TIMESTAMP WITH TIME ZONE,
    last_login_at        TIMESTAMP WITH TIME ZONE,
    locale               VARCHAR(10),
    version              BIGINT       NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username)
);
CREATE INDEX ix_app_user_unit ON app_user (unit_id);

CREATE TABLE app_user_role (
    user_id   BIGINT      NOT NULL REFERENCES app_user (id),
    role_name VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role_name)
);

CREATE TABLE revinfo (
    rev      BIGINT NOT NULL PRIMARY KEY,
    revtstmp BIGINT NOT NULL,
    username VARCHAR(64)
);

CREATE TABLE unit_aud (
    id            BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    code          VARCHAR(32),
    name          VARCHAR(100),
    kind          VARCHAR(20),
    parent_id     BIGINT,
    active        BOOLEAN,
    contact_phone VARCHAR(40),
    address       VARCHAR(200),
    PRIMARY KEY (id, rev)
);

CREATE TABLE app_user_aud (
    id                   BIGINT NOT NULL,
    rev                  BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype              SMALLINT,
    username             VARCHAR(32),
    display_name         VARCHAR(50),
    unit_id              BIGINT,
    password_changed_at  TIMESTAMP WITH TIME ZONE,
    must_change_password BOOLEAN,
    enabled              BOOLEAN,
    locked_until         TIMESTAMP WITH TIME ZONE,
    locale               VARCHAR(10),
    PRIMARY KEY (id, rev)
);

CREATE TABLE app_user_role_aud (
    rev       BIGINT      NOT NULL REFERENCES revinfo (rev),
    revtype   SMALLINT    NOT NULL,
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    PRIMARY KEY (rev, user_id, role_name)
);
