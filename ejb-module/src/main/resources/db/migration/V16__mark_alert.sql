-- Mass mark-change alert (issue 11): when one account changes more than N marks of past lessons within
-- M minutes, or marks of lessons it does not teach, the deputy directors and administrators of the
-- school get one alert per burst and may revert it. Same SQL for PostgreSQL 15 and H2 2.2.

-- The school's settings (on the monitoring settings screen).
ALTER TABLE school ADD COLUMN mark_alert_enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE school ADD COLUMN mark_alert_threshold INTEGER DEFAULT 20 NOT NULL;
ALTER TABLE school ADD COLUMN mark_alert_minutes INTEGER DEFAULT 60 NOT NULL;

-- One burst of one account's suspicious mark changes. The unique key makes a burst one alert even when
-- two servers scan at once; the alert grows while the burst goes on (last_change_at + M minutes).
CREATE TABLE mark_alert (
    id                BIGINT         PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    school_id         BIGINT         NOT NULL,
    account_login     VARCHAR(100)   NOT NULL,
    first_change_at   TIMESTAMP      NOT NULL,
    last_change_at    TIMESTAMP      NOT NULL,
    change_count      INTEGER        NOT NULL,
    past_count        INTEGER        NOT NULL,
    not_taught_count  INTEGER        NOT NULL,
    message_id        BIGINT,
    created_at        TIMESTAMP      NOT NULL,
    updated_at        TIMESTAMP      NOT NULL,
    reverted_at       TIMESTAMP,
    reverted_by       VARCHAR(100),
    reverted_count    INTEGER,
    skipped_count     INTEGER,
    CONSTRAINT fk_mark_alert_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_mark_alert_burst UNIQUE (school_id, account_login, first_change_at)
);
CREATE INDEX ix_mark_alert_school_time ON mark_alert (school_id, last_change_at);

-- The changes of an alert, copied from change_record (which stays append-only) with what the revert
-- needs: the mark, its lesson and pupil, old and new value. A change belongs to at most one alert.
CREATE TABLE mark_alert_change (
    id                BIGINT         PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    mark_alert_id     BIGINT         NOT NULL,
    change_record_id  BIGINT         NOT NULL,
    mark_id           BIGINT         NOT NULL,
    lesson_id         BIGINT,
    student_id        BIGINT,
    work_type_code    VARCHAR(60),
    weight            INTEGER,
    old_value         VARCHAR(20),
    new_value         VARCHAR(20),
    changed_at        TIMESTAMP      NOT NULL,
    past_lesson       BOOLEAN        NOT NULL,
    not_taught        BOOLEAN        NOT NULL,
    CONSTRAINT fk_mark_alert_change_alert FOREIGN KEY (mark_alert_id) REFERENCES mark_alert (id),
    CONSTRAINT uq_mark_alert_change_record UNIQUE (change_record_id)
);
CREATE INDEX ix_mark_alert_change_alert ON mark_alert_change (mark_alert_id);

-- Where the scan of new mark changes stopped: one row, locked by the scan, so that the servers of a
-- cluster scan one after another.
CREATE TABLE mark_alert_scan (
    id          BIGINT      PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    scanned_to  TIMESTAMP   NOT NULL
);
INSERT INTO mark_alert_scan (id, version, scanned_to) VALUES (1, 0, CURRENT_TIMESTAMP);

-- The scan finds the accounts that changed marks lately by time.
CREATE INDEX ix_change_record_type_time ON change_record (entity_type, changed_at);
