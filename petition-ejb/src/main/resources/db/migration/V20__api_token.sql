-- API tokens for machine clients (the 12345 hotline, a city system): issued by the administrator
-- for a user account, scoped to that user's unit and to some of its roles, revocable. Only the
-- SHA-256 of the token is kept; the token itself is shown once, when it is issued.
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    token_hash   VARCHAR(64)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    unit_id      BIGINT       NOT NULL REFERENCES unit (id),
    roles        VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(32)  NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(32),
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_user ON api_token (user_id);
