-- The code tables (issue categories and channels) are kept by the administrator from now on
-- (系统管理 → 代码表): their changes are audited like units and users.
-- Written once for both H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE issue_category_aud (
    code        VARCHAR(20) NOT NULL,
    rev         BIGINT      NOT NULL REFERENCES revinfo (rev),
    revtype     SMALLINT,
    name        VARCHAR(40),
    parent_code VARCHAR(20),
    active      BOOLEAN,
    PRIMARY KEY (code, rev)
);

CREATE TABLE channel_aud (
    code       VARCHAR(20) NOT NULL,
    rev        BIGINT      NOT NULL REFERENCES revinfo (rev),
    revtype    SMALLINT,
    name       VARCHAR(40),
    stat_group VARCHAR(10),
    transfer   BOOLEAN,
    active     BOOLEAN,
    sort_order INTEGER,
    PRIMARY KEY (code, rev)
);
