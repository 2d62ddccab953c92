-- Journal-completeness monitoring (D7): the remaining rule settings, holidays, notification state,
-- the class teacher's reports to the deputy director, and indexes for the set-based rule queries.
-- Portable: PostgreSQL 15 and H2 2.2.

-- Days after the lesson day by which attendance must be confirmed (0 = the lesson day).
ALTER TABLE school ADD COLUMN attendance_deadline_days INTEGER NOT NULL DEFAULT 0;
-- Share of a period (in per cent) after which too few marks raise a warning; at the end, a violation.
ALTER TABLE school ADD COLUMN few_marks_warning_percent INTEGER NOT NULL DEFAULT 75;
ALTER TABLE school ADD CONSTRAINT ck_school_monitoring CHECK (attendance_deadline_days >= 0
    AND few_marks_warning_percent BETWEEN 0 AND 100);

-- Days without lessons inside a study period (public holidays, quarantine): no violations arise on them.
CREATE TABLE school_holiday (
    id            BIGINT        PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    school_id     BIGINT        NOT NULL,
    holiday_date  DATE          NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_school_holiday_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_school_holiday UNIQUE (school_id, holiday_date)
);

-- When the nightly run told the deputy director and the teacher about the violation.
ALTER TABLE violation ADD COLUMN notified_at TIMESTAMP;

-- «Сообщить заместителю директора»: a class teacher's report on the violations in their class.
CREATE TABLE violation_report (
    id               BIGINT         PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    school_id        BIGINT         NOT NULL,
    school_class_id  BIGINT         NOT NULL,
    author_id        BIGINT         NOT NULL,
    comment_text     VARCHAR(2000)  NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    violation_count  INTEGER        NOT NULL DEFAULT 0,
    read_at          TIMESTAMP,
    CONSTRAINT fk_violation_report_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_violation_report_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT fk_violation_report_author FOREIGN KEY (author_id) REFERENCES user_account (id)
);

CREATE TABLE violation_report_item (
    report_id     BIGINT  NOT NULL,
    violation_id  BIGINT  NOT NULL,
    CONSTRAINT pk_violation_report_item PRIMARY KEY (report_id, violation_id),
    CONSTRAINT fk_violation_report_item_report FOREIGN KEY (report_id) REFERENCES violation_report (id),
    CONSTRAINT fk_violation_report_item_violation FOREIGN KEY (violation_id) REFERENCES violation (id)
);

CREATE INDEX ix_violation_lesson_rule ON violation (lesson_id, rule);
CREATE INDEX ix_violation_student_period ON violation (student_id, study_period_id, subject_id);
CREATE INDEX ix_violation_teacher_closed ON violation (teacher_id, closed_at);
CREATE INDEX ix_violation_class_closed ON violation (school_class_id, closed_at);
CREATE INDEX ix_violation_report_school ON violation_report (school_id, created_at);
CREATE INDEX ix_period_grade_student_subject ON period_grade (student_id, subject_id);
-- «has this student a mark on this lesson?» (MARKS_LATE) is one index probe.
CREATE INDEX ix_mark_lesson_student ON mark (lesson_id, student_id);
