-- Each pupil's period result in each subject (issue 16, the term-end reports), written by the
-- period-analytics job beside period_analytics: the period grade, else the proposed grade by the school's
-- rule (from_grade says which), the weighted average and number of marks, and the pupil's absences at the
-- subject's lessons of the period. Replaced per class and period on every run.
CREATE TABLE period_result (
    id                BIGINT         PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    school_id         BIGINT         NOT NULL,
    school_class_id   BIGINT         NOT NULL,
    student_id        BIGINT         NOT NULL,
    subject_id        BIGINT         NOT NULL,
    study_period_id   BIGINT         NOT NULL,
    result            VARCHAR(8)     NOT NULL,
    from_grade        BOOLEAN        NOT NULL,
    average_mark      NUMERIC(4,2),
    marks             INTEGER        NOT NULL,
    missed            INTEGER        NOT NULL,
    missed_ill        INTEGER        NOT NULL,
    missed_excused    INTEGER        NOT NULL,
    missed_unexcused  INTEGER        NOT NULL,
    late              INTEGER        NOT NULL,
    computed_at       TIMESTAMP      NOT NULL,
    job_execution_id  BIGINT,
    CONSTRAINT fk_period_result_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_period_result_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT fk_period_result_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_period_result_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_period_result_period FOREIGN KEY (study_period_id) REFERENCES study_period (id),
    CONSTRAINT uq_period_result UNIQUE (school_class_id, student_id, subject_id, study_period_id)
);
CREATE INDEX ix_period_result_period ON period_result (study_period_id, school_id);
CREATE INDEX ix_period_result_student ON period_result (student_id, study_period_id);
