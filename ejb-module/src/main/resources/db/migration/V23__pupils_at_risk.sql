-- Pupils at risk (issue 16, «Ученики группы риска»): from the third week of a study period a nightly pass
-- finds the pupils heading for «2» or «НА» in a subject and keeps them here, one open row per pupil, subject
-- and period. Same SQL for PostgreSQL 15 and H2 2.2.

-- The school's thresholds, on the monitoring settings screen:
-- at_risk_grade: a proposed grade (or period grade) at or below it puts the pupil on the list (2 or 3);
-- at_risk_marks_per_week: marks a pupil can still get in a week; fewer marks than the school's minimum
--   that cannot be made up in the weeks left put the pupil on the list;
-- at_risk_absences: that many unexcused absences (Н, П) in the subject in the period.
ALTER TABLE school ADD COLUMN at_risk_grade INTEGER DEFAULT 2 NOT NULL;
ALTER TABLE school ADD COLUMN at_risk_marks_per_week INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE school ADD COLUMN at_risk_absences INTEGER DEFAULT 5 NOT NULL;

-- One finding: why (low_grade, few_marks, absences, at least one true), the figures behind it and the
-- reason in words; opened_at when the pupil entered the list, closed_at when they left it (closed rows are
-- kept; entering again opens a new row). notified_at: the parents' notices have been queued.
CREATE TABLE at_risk_pupil (
    id                BIGINT         PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    school_id         BIGINT         NOT NULL,
    school_class_id   BIGINT         NOT NULL,
    student_id        BIGINT         NOT NULL,
    subject_id        BIGINT         NOT NULL,
    study_period_id   BIGINT         NOT NULL,
    low_grade         BOOLEAN        NOT NULL,
    few_marks         BOOLEAN        NOT NULL,
    absences          BOOLEAN        NOT NULL,
    marks             INTEGER        NOT NULL,
    average_mark      NUMERIC(4,2),
    proposed          VARCHAR(8)     NOT NULL,
    unexcused         INTEGER        NOT NULL,
    weeks_left        INTEGER        NOT NULL,
    reason            VARCHAR(300)   NOT NULL,
    opened_at         TIMESTAMP      NOT NULL,
    updated_at        TIMESTAMP      NOT NULL,
    closed_at         TIMESTAMP,
    notified_at       TIMESTAMP,
    CONSTRAINT fk_at_risk_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_at_risk_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT fk_at_risk_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_at_risk_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_at_risk_period FOREIGN KEY (study_period_id) REFERENCES study_period (id),
    CONSTRAINT ck_at_risk_reason CHECK (low_grade OR few_marks OR absences)
);
CREATE INDEX ix_at_risk_school_open ON at_risk_pupil (school_id, closed_at);
CREATE INDEX ix_at_risk_class ON at_risk_pupil (school_class_id, closed_at);
CREATE INDEX ix_at_risk_student ON at_risk_pupil (student_id, subject_id, study_period_id);

-- Parents choose the at-risk notice like the others (OFF, IMMEDIATE, DIGEST); one notice per finding and
-- parent account (at_risk_id), so entering the list tells once and the nightly runs tell nothing more.
ALTER TABLE notification_setting ADD COLUMN at_risk VARCHAR(10) DEFAULT 'OFF' NOT NULL;
ALTER TABLE notification_setting ADD CONSTRAINT ck_notification_setting_at_risk
    CHECK (at_risk IN ('OFF', 'IMMEDIATE', 'DIGEST'));
ALTER TABLE notification_outbox ADD COLUMN at_risk_id BIGINT;
ALTER TABLE notification_outbox DROP CONSTRAINT ck_notification_outbox_topic;
ALTER TABLE notification_outbox ADD CONSTRAINT ck_notification_outbox_topic
    CHECK (topic IN ('MARK', 'ABSENCE', 'PERIOD_GRADE', 'COPY', 'AT_RISK'));
ALTER TABLE notification_outbox ADD CONSTRAINT uq_notification_outbox_at_risk UNIQUE (at_risk_id, account_id);
