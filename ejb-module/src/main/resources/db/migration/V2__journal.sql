-- The journal grid's cell history looks up the changes of one school since a lesson's day.
CREATE INDEX ix_change_record_school_time ON change_record (school_id, changed_at);
-- Absences of a lesson (the grid and the attendance week read them by lesson).
CREATE INDEX ix_absence_lesson ON absence (lesson_id);

-- A parent's advance notice that the child will be absent; the class teacher accepts it into an
-- excuse record or rejects it with a reason.
CREATE TABLE absence_notice (
    id               BIGINT         PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    school_id        BIGINT         NOT NULL,
    student_id       BIGINT         NOT NULL,
    date_from        DATE           NOT NULL,
    date_to          DATE           NOT NULL,
    reason           VARCHAR(30)    NOT NULL,
    comment          VARCHAR(1000),
    status           VARCHAR(30)    NOT NULL,
    created_by       VARCHAR(100)   NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP,
    decision_reason  VARCHAR(1000),
    excuse_id        BIGINT,
    CONSTRAINT fk_absence_notice_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_absence_notice_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_absence_notice_excuse FOREIGN KEY (excuse_id) REFERENCES absence_excuse (id),
    CONSTRAINT ck_absence_notice_reason CHECK (reason IN ('ILLNESS', 'OTHER')),
    CONSTRAINT ck_absence_notice_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    CONSTRAINT ck_absence_notice_dates CHECK (date_to >= date_from)
);
CREATE INDEX ix_absence_notice_student ON absence_notice (student_id, date_from);
