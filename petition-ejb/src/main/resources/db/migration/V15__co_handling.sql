-- 协办 at work (issue 9, item 3): each co-handling unit's request, the day its contribution is due
-- and the contribution itself; audited. Existing co-handling units get a request from the day the
-- matter was routed, due 15 days later (at the latest on the handling due day). H2 (PostgreSQL
-- mode) and PostgreSQL.

CREATE SEQUENCE co_handling_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE co_handling (
    id             BIGINT        NOT NULL PRIMARY KEY,
    matter_id      BIGINT        NOT NULL REFERENCES matter (id),
    unit_id        BIGINT        NOT NULL REFERENCES unit (id),
    requested_on   DATE          NOT NULL,
    due_on         DATE          NOT NULL,
    opinion        VARCHAR(2000),
    contributed_on DATE,
    contributed_by VARCHAR(32),
    withdrawn      BOOLEAN       NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uq_co_handling UNIQUE (matter_id, unit_id)
);
-- the co-handling inbox: a unit's open requests by due day
CREATE INDEX ix_co_handling_unit ON co_handling (unit_id, due_on);

CREATE TABLE co_handling_aud (
    id             BIGINT NOT NULL,
    rev            BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype        SMALLINT,
    matter_id      BIGINT,
    unit_id        BIGINT,
    requested_on   DATE,
    due_on         DATE,
    opinion        VARCHAR(2000),
    contributed_on DATE,
    contributed_by VARCHAR(32),
    withdrawn      BOOLEAN,
    PRIMARY KEY (id, rev)
);

INSERT INTO co_handling (id, matter_id, unit_id, requested_on, due_on, withdrawn, version)
SELECT nextval('co_handling_seq'), mc.matter_id, mc.unit_id, COALESCE(m.routed_on, m.accepted_on, m.received_on),
       LEAST(CAST(COALESCE(m.routed_on, m.accepted_on, m.received_on) + INTERVAL '15' DAY AS DATE),
             COALESCE(m.handling_due, CAST(COALESCE(m.routed_on, m.accepted_on, m.received_on) + INTERVAL '15' DAY AS DATE))),
       FALSE, 0
FROM matter_co_unit mc JOIN matter m ON m.id = mc.matter_id;
