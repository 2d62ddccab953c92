-- Personal-data audit (issue 11, 152-ФЗ): every view by staff of a pupil's or a parent's card, a letter,
-- a grade book's PDF or export, a class's letters: who, whose, what, when, from where. Rows are written
-- in batches by one writer per server (AccessLog) and only appended; the nightly purge deletes rows older
-- than the school's retention.
CREATE TABLE personal_data_view (
    id              BIGINT         PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    school_id       BIGINT         NOT NULL,
    account_id      BIGINT,
    login           VARCHAR(100)   NOT NULL,
    kind            VARCHAR(30)    NOT NULL,
    student_id      BIGINT,
    parent_id       BIGINT,
    school_class_id BIGINT,
    occurred_at     TIMESTAMP      NOT NULL,
    ip_address      VARCHAR(64),
    CONSTRAINT fk_personal_data_view_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_personal_data_view_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT fk_personal_data_view_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_personal_data_view_parent FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT fk_personal_data_view_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT ck_personal_data_view_kind CHECK (kind IN ('STUDENT_CARD', 'PARENT_CARD', 'LETTER',
        'CLASS_LETTERS', 'GRADE_BOOK_PDF', 'GRADE_BOOK_EXPORT'))
);
CREATE INDEX ix_personal_data_view_student ON personal_data_view (student_id, occurred_at);
CREATE INDEX ix_personal_data_view_parent ON personal_data_view (parent_id, occurred_at);
CREATE INDEX ix_personal_data_view_class ON personal_data_view (school_class_id, occurred_at);
CREATE INDEX ix_personal_data_view_account ON personal_data_view (account_id, occurred_at);
CREATE INDEX ix_personal_data_view_school_time ON personal_data_view (school_id, occurred_at);

-- How many months a school keeps its personal-data audit (none: 12).
CREATE TABLE audit_setting (
    id                BIGINT    PRIMARY KEY,
    version           BIGINT    NOT NULL DEFAULT 0,
    school_id         BIGINT    NOT NULL,
    retention_months  INTEGER   NOT NULL,
    CONSTRAINT uq_audit_setting_school UNIQUE (school_id),
    CONSTRAINT fk_audit_setting_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_audit_setting_months CHECK (retention_months BETWEEN 1 AND 120)
);
