-- Звонки: the start and end time of each lesson number of a school (school setup, issue 10).
-- Same SQL for PostgreSQL 15 and H2 2.2.
CREATE TABLE bell (
    id             BIGINT   PRIMARY KEY,
    version        BIGINT   NOT NULL DEFAULT 0,
    school_id      BIGINT   NOT NULL,
    lesson_number  INTEGER  NOT NULL,
    start_time     TIME     NOT NULL,
    end_time       TIME     NOT NULL,
    CONSTRAINT fk_bell_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_bell_lesson_number UNIQUE (school_id, lesson_number),
    CONSTRAINT ck_bell_lesson_number CHECK (lesson_number BETWEEN 0 AND 10),
    CONSTRAINT ck_bell_times CHECK (start_time < end_time)
);
