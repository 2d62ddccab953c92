-- Расписание: a weekly timetable per class in versions valid from a date (a later version replaces
-- an earlier one from its date on; old versions stay), lesson generation from it and its history.
-- Same SQL for PostgreSQL 15 and H2 2.2.
CREATE TABLE timetable (
    id               BIGINT        PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    school_id        BIGINT        NOT NULL,
    school_class_id  BIGINT        NOT NULL,
    valid_from       DATE          NOT NULL,
    draft            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    CONSTRAINT fk_timetable_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_timetable_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT uq_timetable_class_from UNIQUE (school_class_id, valid_from)
);

CREATE TABLE timetable_entry (
    id               BIGINT        PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    school_id        BIGINT        NOT NULL,
    timetable_id     BIGINT        NOT NULL,
    day_of_week      INTEGER       NOT NULL,
    lesson_no        INTEGER       NOT NULL,
    subject_id       BIGINT        NOT NULL,
    subgroup_id      BIGINT,
    teacher_id       BIGINT        NOT NULL,
    room             VARCHAR(30),
    CONSTRAINT fk_timetable_entry_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_timetable_entry_timetable FOREIGN KEY (timetable_id) REFERENCES timetable (id),
    CONSTRAINT fk_timetable_entry_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_timetable_entry_subgroup FOREIGN KEY (subgroup_id) REFERENCES subgroup (id),
    CONSTRAINT fk_timetable_entry_teacher FOREIGN KEY (teacher_id) REFERENCES staff_member (id),
    CONSTRAINT ck_timetable_entry_day CHECK (day_of_week BETWEEN 1 AND 6),
    CONSTRAINT ck_timetable_entry_no CHECK (lesson_no BETWEEN 0 AND 12)
);
CREATE INDEX ix_timetable_entry_timetable ON timetable_entry (timetable_id);
-- «is this teacher busy at this day and number?» is one index probe.
CREATE INDEX ix_timetable_entry_teacher ON timetable_entry (teacher_id, day_of_week, lesson_no);

-- One run of the lesson generation: who, when, which dates and classes, what it did.
CREATE TABLE lesson_generation (
    id               BIGINT        PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    school_id        BIGINT        NOT NULL,
    school_class_id  BIGINT,
    date_from        DATE          NOT NULL,
    date_to          DATE          NOT NULL,
    run_by           VARCHAR(100)  NOT NULL,
    run_at           TIMESTAMP     NOT NULL,
    created_count    INTEGER       NOT NULL,
    moved_count      INTEGER       NOT NULL,
    removed_count    INTEGER       NOT NULL,
    held_count       INTEGER       NOT NULL,
    kept_count       INTEGER       NOT NULL,
    unchanged_count  INTEGER       NOT NULL,
    CONSTRAINT fk_lesson_generation_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_lesson_generation_class FOREIGN KEY (school_class_id) REFERENCES school_class (id)
);
CREATE INDEX ix_lesson_generation_school ON lesson_generation (school_id, run_at);

-- The slot a generated lesson was given by its last generation: a lesson that no longer stands
-- there was changed by hand (a replacement, a move) and generation leaves it to the administrator.
CREATE TABLE generated_lesson (
    id                  BIGINT     PRIMARY KEY,
    version             BIGINT     NOT NULL DEFAULT 0,
    school_id           BIGINT     NOT NULL,
    lesson_id           BIGINT     NOT NULL,
    generation_id       BIGINT     NOT NULL,
    planned_date        DATE       NOT NULL,
    planned_no          INTEGER    NOT NULL,
    planned_teacher_id  BIGINT     NOT NULL,
    CONSTRAINT fk_generated_lesson_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_generated_lesson_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT fk_generated_lesson_generation FOREIGN KEY (generation_id) REFERENCES lesson_generation (id),
    CONSTRAINT uq_generated_lesson_lesson UNIQUE (lesson_id)
);
CREATE INDEX ix_generated_lesson_date ON generated_lesson (school_id, planned_date);

-- What a generation moved, removed or held for the administrator's decision, with the lesson's
-- description (a removed lesson's row is gone); a held lesson's decision: keep it or cancel it.
CREATE TABLE lesson_generation_item (
    id               BIGINT         PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    school_id        BIGINT         NOT NULL,
    generation_id    BIGINT         NOT NULL,
    lesson_id        BIGINT         NOT NULL,
    action           VARCHAR(20)    NOT NULL,
    school_class_id  BIGINT         NOT NULL,
    lesson_date      DATE           NOT NULL,
    lesson_no        INTEGER        NOT NULL,
    description      VARCHAR(500)   NOT NULL,
    proposal         VARCHAR(500),
    decision         VARCHAR(20),
    decision_reason  VARCHAR(1000),
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP,
    CONSTRAINT fk_generation_item_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_generation_item_generation FOREIGN KEY (generation_id) REFERENCES lesson_generation (id),
    CONSTRAINT fk_generation_item_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT ck_generation_item_action CHECK (action IN ('MOVED', 'REMOVED', 'HELD')),
    CONSTRAINT ck_generation_item_decision CHECK (decision IN ('KEEP', 'CANCEL', 'SUPERSEDED'))
);
CREATE INDEX ix_generation_item_generation ON lesson_generation_item (generation_id);
CREATE INDEX ix_generation_item_lesson ON lesson_generation_item (lesson_id);
