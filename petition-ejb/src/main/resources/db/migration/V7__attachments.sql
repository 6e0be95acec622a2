-- Attachments of a matter: scanned letters, evidence, undertakings (PDF, JPEG, PNG, TIFF).
-- The description lives in attachment, the bytes in attachment_content, so that listing a
-- matter's attachments never reads a file. Attachments are never changed or deleted (the file of
-- a matter is an archive); the description is audited like the matter itself, the bytes are
-- pinned by their SHA-256.
-- Written once for both H2 (PostgreSQL mode) and PostgreSQL; BYTEA is a plain byte column on
-- both (no large objects, which PostgreSQL would keep outside the table as oids).

CREATE SEQUENCE attachment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE attachment (
    id           BIGINT       NOT NULL PRIMARY KEY,
    matter_id    BIGINT       NOT NULL REFERENCES matter (id),
    kind         VARCHAR(12)  NOT NULL CHECK (kind IN ('LETTER', 'EVIDENCE', 'UNDERTAKING', 'OTHER')),
    file_name    VARCHAR(120) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    uploaded_by  VARCHAR(32)  NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL
);
CREATE INDEX ix_attachment_matter ON attachment (matter_id);

CREATE TABLE attachment_content (
    attachment_id BIGINT NOT NULL PRIMARY KEY REFERENCES attachment (id),
    data          BYTEA  NOT NULL
);

CREATE TABLE attachment_aud (
    id           BIGINT NOT NULL,
    rev          BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT,
    matter_id    BIGINT,
    kind         VARCHAR(12),
    file_name    VARCHAR(120),
    content_type VARCHAR(40),
    size_bytes   BIGINT,
    sha256       VARCHAR(64),
    uploaded_by  VARCHAR(32),
    uploaded_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);
