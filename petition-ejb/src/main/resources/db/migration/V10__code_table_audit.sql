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

-- The seeded entries get one baseline revision by the system, so that the first change an
-- administrator makes shows what it changed from instead of every field appearing from nothing.
INSERT INTO revinfo (rev, revtstmp, username)
    VALUES (nextval('revinfo_seq'), CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT), 'system');
INSERT INTO issue_category_aud (code, rev, revtype, name, parent_code, active)
    SELECT code, (SELECT MAX(rev) FROM revinfo), 0, name, parent_code, active FROM issue_category;
INSERT INTO channel_aud (code, rev, revtype, name, stat_group, transfer, active, sort_order)
    SELECT code, (SELECT MAX(rev) FROM revinfo), 0, name, stat_group, transfer, active, sort_order FROM channel;
