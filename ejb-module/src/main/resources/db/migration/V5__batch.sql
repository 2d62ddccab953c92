-- Tables of the batch jobs (batch-module): the import error report, reconciliation findings,
-- period analytics and the admin-editable job schedules. Same SQL for PostgreSQL 15 and H2 2.2.

-- Bad rows of region-import: file, line number and reason, per job instance (a restart keeps them).
CREATE TABLE import_error (
    id               BIGINT         PRIMARY KEY,
    job_instance_id  BIGINT         NOT NULL,
    file_name        VARCHAR(100)   NOT NULL,
    line_no          BIGINT         NOT NULL,
    reason           VARCHAR(1000)  NOT NULL,
    created_at       TIMESTAMP      NOT NULL
);
CREATE INDEX ix_import_error_instance ON import_error (job_instance_id, file_name, line_no);

-- Discrepancies found by attendance-reconciliation (D8); the class teacher settles them.
CREATE TABLE reconciliation_finding (
    id                BIGINT         PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    school_id         BIGINT         NOT NULL,
    school_class_id   BIGINT         NOT NULL,
    student_id        BIGINT,
    lesson_id         BIGINT,
    finding_date      DATE           NOT NULL,
    kind              VARCHAR(30)    NOT NULL,
    status            VARCHAR(20)    NOT NULL DEFAULT 'OPEN',
    found_at          TIMESTAMP      NOT NULL,
    job_execution_id  BIGINT,
    settled_at        TIMESTAMP,
    settled_by        VARCHAR(100),
    note              VARCHAR(1000),
    CONSTRAINT fk_finding_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_finding_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT fk_finding_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_finding_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT ck_finding_kind CHECK (kind IN ('MISSING_ATTENDANCE', 'EXCUSE_APPLIED', 'UNEXPLAINED_ABSENCE',
        'EXCUSE_CONFLICT', 'SUSPECTED_TRUANCY')),
    CONSTRAINT ck_finding_status CHECK (status IN ('OPEN', 'SETTLED'))
);
CREATE INDEX ix_finding_class_date ON reconciliation_finding (school_class_id, finding_date);
CREATE INDEX ix_finding_school_date ON reconciliation_finding (school_id, finding_date);

-- Results of period-analytics (D10): one row per class, subject and period, replaced by each run.
CREATE TABLE period_analytics (
    id                BIGINT         PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    school_id         BIGINT         NOT NULL,
    school_class_id   BIGINT         NOT NULL,
    subject_id        BIGINT         NOT NULL,
    study_period_id   BIGINT         NOT NULL,
    students          INTEGER        NOT NULL,
    average_mark      NUMERIC(4,2),
    success_rate      NUMERIC(5,1),
    quality_rate      NUMERIC(5,1),
    missed            INTEGER        NOT NULL,
    missed_ill        INTEGER        NOT NULL,
    missed_excused    INTEGER        NOT NULL,
    missed_unexcused  INTEGER        NOT NULL,
    late              INTEGER        NOT NULL,
    computed_at       TIMESTAMP      NOT NULL,
    job_execution_id  BIGINT,
    CONSTRAINT fk_period_analytics_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_period_analytics_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT fk_period_analytics_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_period_analytics_period FOREIGN KEY (study_period_id) REFERENCES study_period (id),
    CONSTRAINT uq_period_analytics UNIQUE (school_class_id, subject_id, study_period_id)
);
CREATE INDEX ix_period_analytics_period ON period_analytics (study_period_id, school_id);

-- Schedules of the jobs, edited by the admin; persistent EJB timers are created from them.
CREATE TABLE batch_schedule (
    job_name     VARCHAR(100)  PRIMARY KEY,
    enabled      BOOLEAN       NOT NULL DEFAULT TRUE,
    day_of_week  VARCHAR(20)   NOT NULL DEFAULT 'Mon',
    hour_of_day  INTEGER       NOT NULL DEFAULT 2,
    minute_of_hour INTEGER     NOT NULL DEFAULT 0,
    updated_at   TIMESTAMP,
    updated_by   VARCHAR(100),
    CONSTRAINT ck_batch_schedule_time CHECK (hour_of_day BETWEEN 0 AND 23 AND minute_of_hour BETWEEN 0 AND 59)
);
INSERT INTO batch_schedule (job_name, enabled, day_of_week, hour_of_day, minute_of_hour)
    VALUES ('attendance-reconciliation', TRUE, 'Mon', 2, 0);
INSERT INTO batch_schedule (job_name, enabled, day_of_week, hour_of_day, minute_of_hour)
    VALUES ('period-analytics', TRUE, '*', 3, 0);
