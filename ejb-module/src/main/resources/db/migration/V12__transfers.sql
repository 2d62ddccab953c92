-- Pupils across classes, schools and years (issue 10 §3). Same SQL for PostgreSQL 15 and H2 2.2.

-- A pupil's classes over time. A pupil without rows belongs to student.school_class_id all along
-- (every pupil before their first transfer or promotion); once a pupil has rows, the class on a day
-- is the row covering that day (valid_from NULL = since the start, valid_to NULL = open).
CREATE TABLE student_class_membership (
    id               BIGINT        PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    school_id        BIGINT        NOT NULL,
    student_id       BIGINT        NOT NULL,
    school_class_id  BIGINT        NOT NULL,
    valid_from       DATE,
    valid_to         DATE,
    order_number     VARCHAR(50),
    CONSTRAINT fk_membership_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_membership_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_membership_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT ck_membership_dates CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_membership_student ON student_class_membership (student_id);
CREATE INDEX ix_membership_class ON student_class_membership (school_class_id);

-- A pupil transferred from another school points at their frozen record there; graduates and archived.
ALTER TABLE student ADD COLUMN transferred_from_id BIGINT;
ALTER TABLE student ADD COLUMN archived_on DATE;
ALTER TABLE student ADD CONSTRAINT fk_student_transferred_from FOREIGN KEY (transferred_from_id) REFERENCES student (id);
ALTER TABLE student DROP CONSTRAINT ck_student_status;
ALTER TABLE student ADD CONSTRAINT ck_student_status CHECK (status IN ('STUDYING', 'DEPARTED', 'GRADUATED'));

ALTER TABLE parent ADD COLUMN transferred_from_id BIGINT;
ALTER TABLE parent ADD COLUMN frozen BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE parent ADD CONSTRAINT fk_parent_transferred_from FOREIGN KEY (transferred_from_id) REFERENCES parent (id);

-- Transfers ride on the movement workflow: TRANSFER (another class of the school, target_class_id)
-- and SCHOOL_TRANSFER (another school: sent by the old school's admin, accepted by the new one's).
ALTER TABLE movement_request ADD COLUMN target_class_id BIGINT;
ALTER TABLE movement_request ADD COLUMN target_school_id BIGINT;
ALTER TABLE movement_request ADD COLUMN target_order_number VARCHAR(50);
ALTER TABLE movement_request ADD COLUMN result_student_id BIGINT;
ALTER TABLE movement_request ADD CONSTRAINT fk_movement_request_target_class FOREIGN KEY (target_class_id) REFERENCES school_class (id);
ALTER TABLE movement_request ADD CONSTRAINT fk_movement_request_target_school FOREIGN KEY (target_school_id) REFERENCES school (id);
ALTER TABLE movement_request ADD CONSTRAINT fk_movement_request_result_student FOREIGN KEY (result_student_id) REFERENCES student (id);
ALTER TABLE movement_request DROP CONSTRAINT ck_movement_request_kind;
ALTER TABLE movement_request ADD CONSTRAINT ck_movement_request_kind
    CHECK (kind IN ('ARRIVAL', 'DEPARTURE', 'TRANSFER', 'SCHOOL_TRANSFER'));
CREATE INDEX ix_movement_request_target_school ON movement_request (target_school_id, status);

-- One year-end promotion per school and year: the second run is refused.
CREATE TABLE year_end_run (
    id                  BIGINT        PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    school_id           BIGINT        NOT NULL,
    from_year_id        BIGINT        NOT NULL,
    to_year_id          BIGINT        NOT NULL,
    last_grade          INTEGER       NOT NULL,
    promoted            INTEGER       NOT NULL,
    graduated           INTEGER       NOT NULL,
    archived            INTEGER       NOT NULL,
    classes_created     INTEGER       NOT NULL,
    assignments_copied  INTEGER       NOT NULL,
    run_by              VARCHAR(100)  NOT NULL,
    run_at              TIMESTAMP     NOT NULL,
    CONSTRAINT fk_year_end_run_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_year_end_run_from FOREIGN KEY (from_year_id) REFERENCES academic_year (id),
    CONSTRAINT fk_year_end_run_to FOREIGN KEY (to_year_id) REFERENCES academic_year (id),
    CONSTRAINT uq_year_end_run_from UNIQUE (from_year_id)
);
