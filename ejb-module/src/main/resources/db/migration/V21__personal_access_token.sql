-- Personal access tokens of the e-diary API (issue 15): a parent or a student creates, names and revokes
-- them on /account/tokens.xhtml. Only the SHA-256 of a token is stored (a token is 256 random bits, so a
-- fast hash is enough and a lookup is one index probe); the token itself is shown once. Same SQL for
-- PostgreSQL 15 and H2 2.2.
CREATE TABLE personal_access_token (
    id             BIGINT        PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    school_id      BIGINT        NOT NULL,
    account_id     BIGINT        NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    token_hash     VARCHAR(64)   NOT NULL,
    token_prefix   VARCHAR(16)   NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    expires_at     TIMESTAMP     NOT NULL,
    last_used_at   TIMESTAMP,
    revoked_at     TIMESTAMP,
    CONSTRAINT fk_personal_access_token_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_personal_access_token_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT uq_personal_access_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_personal_access_token_account ON personal_access_token (account_id);
