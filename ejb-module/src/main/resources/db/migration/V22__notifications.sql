-- Notifications parents choose (issue 15, part 4): e-mails about new marks, absences and period
-- grades, immediate or in a daily digest, and the e-mail copies of messages, all through one outbox
-- that a persistent timer drains with retries. Same SQL for PostgreSQL 15 and H2 2.2.

-- An account's choices. No row: nothing about marks, absences and grades; message copies on.
-- mode per topic: OFF, IMMEDIATE, DIGEST; the digest goes at digest_hour (server time zone).
-- failed_email: the address that failed for good (reported to the class teacher); nothing more is
-- queued for it until the address on the card changes.
CREATE TABLE notification_setting (
    id             BIGINT        PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    account_id     BIGINT        NOT NULL,
    marks          VARCHAR(10)   NOT NULL DEFAULT 'OFF',
    absences       VARCHAR(10)   NOT NULL DEFAULT 'OFF',
    period_grades  VARCHAR(10)   NOT NULL DEFAULT 'OFF',
    digest_hour    INTEGER       NOT NULL DEFAULT 18,
    copies         BOOLEAN       NOT NULL DEFAULT TRUE,
    failed_email   VARCHAR(200),
    updated_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_notification_setting_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT uq_notification_setting_account UNIQUE (account_id),
    CONSTRAINT ck_notification_setting_marks CHECK (marks IN ('OFF', 'IMMEDIATE', 'DIGEST')),
    CONSTRAINT ck_notification_setting_absences CHECK (absences IN ('OFF', 'IMMEDIATE', 'DIGEST')),
    CONSTRAINT ck_notification_setting_grades CHECK (period_grades IN ('OFF', 'IMMEDIATE', 'DIGEST')),
    CONSTRAINT ck_notification_setting_hour CHECK (digest_hour BETWEEN 0 AND 23)
);

-- One thing to tell one account: a change of a mark, an absence or a period grade (change_record_id,
-- derived from the change history by the scan) or a message's e-mail copy (message_id). Notices of one
-- account that are due together go as one letter. A row is claimed by one drain at a time
-- (claimed_by/claimed_until), sent once (sent_at), retried with back-off (attempts, due_at), or given
-- up (failed_at). The unique key keeps a change from being queued twice for an account.
CREATE TABLE notification_outbox (
    id                BIGINT         PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    account_id        BIGINT         NOT NULL,
    email             VARCHAR(200)   NOT NULL,
    topic             VARCHAR(20)    NOT NULL,
    change_record_id  BIGINT,
    message_id        BIGINT,
    student_id        BIGINT,
    digest            BOOLEAN        NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    due_at            TIMESTAMP      NOT NULL,
    attempts          INTEGER        NOT NULL DEFAULT 0,
    claimed_by        VARCHAR(40),
    claimed_until     TIMESTAMP,
    sent_at           TIMESTAMP,
    failed_at         TIMESTAMP,
    last_error        VARCHAR(1000),
    CONSTRAINT fk_notification_outbox_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT uq_notification_outbox_change UNIQUE (change_record_id, account_id),
    CONSTRAINT ck_notification_outbox_topic CHECK (topic IN ('MARK', 'ABSENCE', 'PERIOD_GRADE', 'COPY'))
);
CREATE INDEX ix_notification_outbox_due ON notification_outbox (sent_at, failed_at, due_at);
CREATE INDEX ix_notification_outbox_claim ON notification_outbox (claimed_by);

-- Where the scan of the change history stopped: one row, locked by the scan, so that the servers of a
-- cluster scan one after another.
CREATE TABLE notification_scan (
    id          BIGINT      PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    scanned_to  TIMESTAMP   NOT NULL
);
INSERT INTO notification_scan (id, version, scanned_to) VALUES (1, 0, CURRENT_TIMESTAMP);

-- The key of the unsubscribe links' HMAC: one row, created at the first letter, shared by every server.
CREATE TABLE notification_secret (
    id      BIGINT         PRIMARY KEY,
    secret  VARCHAR(100)   NOT NULL
);
