-- In-app notifications (issue 11, item 2): one row per recipient. The row holds the kind and its
-- typed parameters (matter, clock, due day, notice), never a sentence; the pages and the mail put
-- the words around them in the reader's language. A notification names no petitioner and no
-- accuser: only the matter's number. H2 (PostgreSQL mode) and PostgreSQL.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE notification (
    id            BIGINT       NOT NULL PRIMARY KEY,
    recipient     VARCHAR(32)  NOT NULL,
    unit_id       BIGINT       NOT NULL REFERENCES unit (id),
    kind          VARCHAR(24)  NOT NULL,
    matter_id     BIGINT       REFERENCES matter (id),
    matter_number VARCHAR(32),
    clock         VARCHAR(24),
    due_on        DATE,
    notice_id     BIGINT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL
);
CREATE INDEX ix_notification_recipient ON notification (recipient, read_at, created_at);
CREATE INDEX ix_notification_matter ON notification (matter_id);

-- The address a user wants notifications mailed to (set by the user on the notifications page;
-- mail goes out only when the server enables it).
CREATE TABLE notification_address (
    username   VARCHAR(32)  NOT NULL PRIMARY KEY,
    email      VARCHAR(120) NOT NULL,
    version    BIGINT       NOT NULL
);
