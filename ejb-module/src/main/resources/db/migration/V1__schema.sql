-- Schema of the electronic school journal.
-- Runs unchanged on PostgreSQL 15 and on H2 2.2 (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE):
-- portable types only, every constraint named so that later migrations can refer to it.
-- Instants are stored in TIMESTAMP columns as UTC wall-clock time (common.entity.InstantConverter).

CREATE SEQUENCE journal_seq START WITH 1000 INCREMENT BY 50;

-- ---------------------------------------------------------------- school, staff, year structure

CREATE TABLE school (
    id                      BIGINT        PRIMARY KEY,
    version                 BIGINT        NOT NULL DEFAULT 0,
    code                    VARCHAR(50)   NOT NULL,
    name                    VARCHAR(300)  NOT NULL,
    address                 VARCHAR(500),
    period_type             VARCHAR(30)   NOT NULL DEFAULT 'QUARTERS',
    rounding_threshold      NUMERIC(3,2)  NOT NULL DEFAULT 0.50,
    topic_deadline_days     INTEGER       NOT NULL DEFAULT 0,
    marks_deadline_days     INTEGER       NOT NULL DEFAULT 3,
    min_marks_per_period    INTEGER       NOT NULL DEFAULT 3,
    period_grade_grace_days INTEGER       NOT NULL DEFAULT 1,
    homework_rule_enabled   BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_school_code UNIQUE (code),
    CONSTRAINT ck_school_period_type CHECK (period_type IN ('QUARTERS', 'TRIMESTERS', 'HALF_YEARS')),
    CONSTRAINT ck_school_rounding CHECK (rounding_threshold > 0 AND rounding_threshold <= 1),
    CONSTRAINT ck_school_deadlines CHECK (topic_deadline_days >= 0 AND marks_deadline_days >= 0
        AND min_marks_per_period >= 0 AND period_grade_grace_days >= 0)
);

CREATE TABLE staff_member (
    id          BIGINT        PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    school_id   BIGINT        NOT NULL,
    last_name   VARCHAR(100)  NOT NULL,
    first_name  VARCHAR(100)  NOT NULL,
    patronymic  VARCHAR(100),
    position    VARCHAR(200),
    email       VARCHAR(200),
    phone       VARCHAR(50),
    CONSTRAINT fk_staff_member_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE TABLE academic_year (
    id          BIGINT        PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    school_id   BIGINT        NOT NULL,
    name        VARCHAR(20)   NOT NULL,
    start_date  DATE          NOT NULL,
    end_date    DATE          NOT NULL,
    is_current  BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_academic_year_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_academic_year_name UNIQUE (school_id, name),
    CONSTRAINT ck_academic_year_dates CHECK (end_date >= start_date)
);

CREATE TABLE study_period (
    id                BIGINT        PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    school_id         BIGINT        NOT NULL,
    academic_year_id  BIGINT        NOT NULL,
    code              VARCHAR(20)   NOT NULL,
    name              VARCHAR(100)  NOT NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    closed            BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_study_period_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_study_period_year FOREIGN KEY (academic_year_id) REFERENCES academic_year (id),
    CONSTRAINT uq_study_period_code UNIQUE (school_id, academic_year_id, code),
    CONSTRAINT ck_study_period_kind CHECK (kind IN ('QUARTER', 'TRIMESTER', 'HALF_YEAR', 'YEAR')),
    CONSTRAINT ck_study_period_dates CHECK (end_date >= start_date)
);

CREATE TABLE school_class (
    id                BIGINT        PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    school_id         BIGINT        NOT NULL,
    academic_year_id  BIGINT        NOT NULL,
    code              VARCHAR(20)   NOT NULL,
    grade             INTEGER       NOT NULL,
    letter            VARCHAR(10),
    class_teacher_id  BIGINT,
    CONSTRAINT fk_school_class_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_school_class_year FOREIGN KEY (academic_year_id) REFERENCES academic_year (id),
    CONSTRAINT fk_school_class_teacher FOREIGN KEY (class_teacher_id) REFERENCES staff_member (id),
    CONSTRAINT uq_school_class_code UNIQUE (school_id, academic_year_id, code),
    CONSTRAINT ck_school_class_grade CHECK (grade BETWEEN 1 AND 11)
);

CREATE TABLE subject (
    id          BIGINT        PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    school_id   BIGINT        NOT NULL,
    code        VARCHAR(50)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    grading     VARCHAR(30)   NOT NULL DEFAULT 'MARKS',
    CONSTRAINT fk_subject_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_subject_code UNIQUE (school_id, code),
    CONSTRAINT ck_subject_grading CHECK (grading IN ('MARKS', 'PASS_FAIL'))
);

-- ---------------------------------------------------------------- students and parents

CREATE TABLE student (
    id               BIGINT        PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    school_id        BIGINT        NOT NULL,
    code             VARCHAR(50)   NOT NULL,
    school_class_id  BIGINT        NOT NULL,
    last_name        VARCHAR(100)  NOT NULL,
    first_name       VARCHAR(100)  NOT NULL,
    patronymic       VARCHAR(100),
    birth_date       DATE,
    gender           VARCHAR(1),
    home_address     VARCHAR(500),
    phone            VARCHAR(50),
    status           VARCHAR(30)   NOT NULL DEFAULT 'STUDYING',
    arrived_on       DATE,
    departed_on      DATE,
    verified_at      TIMESTAMP,
    verified_by      VARCHAR(100),
    CONSTRAINT fk_student_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_student_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT uq_student_code UNIQUE (school_id, code),
    CONSTRAINT ck_student_gender CHECK (gender IN ('M', 'F')),
    CONSTRAINT ck_student_status CHECK (status IN ('STUDYING', 'DEPARTED'))
);

CREATE TABLE parent (
    id            BIGINT        PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    school_id     BIGINT        NOT NULL,
    code          VARCHAR(50),
    last_name     VARCHAR(100)  NOT NULL,
    first_name    VARCHAR(100)  NOT NULL,
    patronymic    VARCHAR(100),
    phone         VARCHAR(50),
    extra_phone   VARCHAR(50),
    email         VARCHAR(200),
    workplace     VARCHAR(300),
    home_address  VARCHAR(500),
    verified_at   TIMESTAMP,
    verified_by   VARCHAR(100),
    CONSTRAINT fk_parent_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_parent_code UNIQUE (school_id, code)
);

CREATE TABLE student_parent (
    id          BIGINT       PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    school_id   BIGINT       NOT NULL,
    student_id  BIGINT       NOT NULL,
    parent_id   BIGINT       NOT NULL,
    relation    VARCHAR(30)  NOT NULL,
    CONSTRAINT fk_student_parent_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_student_parent_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_student_parent_parent FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT uq_student_parent UNIQUE (student_id, parent_id),
    CONSTRAINT ck_student_parent_relation CHECK (relation IN ('MOTHER', 'FATHER', 'GUARDIAN'))
);

-- ---------------------------------------------------------------- subgroups and teaching load

CREATE TABLE subgroup (
    id               BIGINT        PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    school_id        BIGINT        NOT NULL,
    school_class_id  BIGINT        NOT NULL,
    subject_id       BIGINT        NOT NULL,
    code             VARCHAR(50)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    teacher_id       BIGINT,
    CONSTRAINT fk_subgroup_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_subgroup_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT fk_subgroup_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_subgroup_teacher FOREIGN KEY (teacher_id) REFERENCES staff_member (id),
    CONSTRAINT uq_subgroup_code UNIQUE (school_id, school_class_id, code)
);

CREATE TABLE subgroup_member (
    subgroup_id  BIGINT  NOT NULL,
    student_id   BIGINT  NOT NULL,
    CONSTRAINT pk_subgroup_member PRIMARY KEY (subgroup_id, student_id),
    CONSTRAINT fk_subgroup_member_subgroup FOREIGN KEY (subgroup_id) REFERENCES subgroup (id),
    CONSTRAINT fk_subgroup_member_student FOREIGN KEY (student_id) REFERENCES student (id)
);

CREATE TABLE teaching_assignment (
    id                BIGINT  PRIMARY KEY,
    version           BIGINT  NOT NULL DEFAULT 0,
    school_id         BIGINT  NOT NULL,
    teacher_id        BIGINT  NOT NULL,
    school_class_id   BIGINT  NOT NULL,
    subgroup_id       BIGINT,
    subject_id        BIGINT  NOT NULL,
    academic_year_id  BIGINT  NOT NULL,
    CONSTRAINT fk_teaching_assignment_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_teaching_assignment_teacher FOREIGN KEY (teacher_id) REFERENCES staff_member (id),
    CONSTRAINT fk_teaching_assignment_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT fk_teaching_assignment_subgroup FOREIGN KEY (subgroup_id) REFERENCES subgroup (id),
    CONSTRAINT fk_teaching_assignment_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_teaching_assignment_year FOREIGN KEY (academic_year_id) REFERENCES academic_year (id)
);

-- ---------------------------------------------------------------- journal

CREATE TABLE work_type (
    id              BIGINT        PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    school_id       BIGINT        NOT NULL,
    code            VARCHAR(50)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    weight          INTEGER       NOT NULL DEFAULT 1,
    marks_required  BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_work_type_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_work_type_code UNIQUE (school_id, code),
    CONSTRAINT ck_work_type_weight CHECK (weight > 0)
);

CREATE TABLE lesson (
    id                   BIGINT        PRIMARY KEY,
    version              BIGINT        NOT NULL DEFAULT 0,
    school_id            BIGINT        NOT NULL,
    code                 VARCHAR(100),
    school_class_id      BIGINT        NOT NULL,
    subgroup_id          BIGINT,
    subject_id           BIGINT        NOT NULL,
    teacher_id           BIGINT        NOT NULL,
    lesson_date          DATE          NOT NULL,
    period_no            INTEGER       NOT NULL,
    topic                VARCHAR(500),
    homework             VARCHAR,
    work_type_id         BIGINT,
    attendance_taken     BOOLEAN       NOT NULL DEFAULT FALSE,
    cancelled            BOOLEAN       NOT NULL DEFAULT FALSE,
    topic_entered_at     TIMESTAMP,
    attendance_taken_at  TIMESTAMP,
    CONSTRAINT fk_lesson_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_lesson_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT fk_lesson_subgroup FOREIGN KEY (subgroup_id) REFERENCES subgroup (id),
    CONSTRAINT fk_lesson_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_lesson_teacher FOREIGN KEY (teacher_id) REFERENCES staff_member (id),
    CONSTRAINT fk_lesson_work_type FOREIGN KEY (work_type_id) REFERENCES work_type (id),
    CONSTRAINT uq_lesson_code UNIQUE (school_id, code),
    CONSTRAINT ck_lesson_period_no CHECK (period_no >= 0)
);

CREATE TABLE mark (
    id            BIGINT        PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    school_id     BIGINT        NOT NULL,
    lesson_id     BIGINT        NOT NULL,
    student_id    BIGINT        NOT NULL,
    mark_value    VARCHAR(5)    NOT NULL,
    work_type_id  BIGINT,
    weight        INTEGER       NOT NULL DEFAULT 1,
    entered_at    TIMESTAMP     NOT NULL,
    entered_by    VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_mark_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_mark_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT fk_mark_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_mark_work_type FOREIGN KEY (work_type_id) REFERENCES work_type (id),
    CONSTRAINT ck_mark_value CHECK (mark_value IN ('1', '2', '3', '4', '5', 'ЗАЧ', 'НЕЗАЧ')),
    CONSTRAINT ck_mark_weight CHECK (weight > 0)
);

CREATE TABLE period_grade (
    id               BIGINT        PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    school_id        BIGINT        NOT NULL,
    student_id       BIGINT        NOT NULL,
    subject_id       BIGINT        NOT NULL,
    study_period_id  BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    grade_value      VARCHAR(5)    NOT NULL,
    entered_at       TIMESTAMP     NOT NULL,
    entered_by       VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_period_grade_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_period_grade_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_period_grade_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_period_grade_period FOREIGN KEY (study_period_id) REFERENCES study_period (id),
    CONSTRAINT uq_period_grade UNIQUE (student_id, subject_id, study_period_id, kind),
    CONSTRAINT ck_period_grade_kind CHECK (kind IN ('PERIOD', 'YEAR', 'FINAL')),
    CONSTRAINT ck_period_grade_value CHECK (grade_value IN ('1', '2', '3', '4', '5', 'НА', 'ЗАЧ', 'НЕЗАЧ'))
);

-- ---------------------------------------------------------------- attendance

CREATE TABLE absence (
    id          BIGINT        PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    school_id   BIGINT        NOT NULL,
    lesson_id   BIGINT        NOT NULL,
    student_id  BIGINT        NOT NULL,
    code        VARCHAR(2)    NOT NULL,
    entered_at  TIMESTAMP     NOT NULL,
    entered_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_absence_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_absence_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT fk_absence_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT uq_absence UNIQUE (lesson_id, student_id),
    CONSTRAINT ck_absence_code CHECK (code IN ('N', 'B', 'U', 'P', 'OP'))
);

CREATE TABLE absence_excuse (
    id          BIGINT         PRIMARY KEY,
    version     BIGINT         NOT NULL DEFAULT 0,
    school_id   BIGINT         NOT NULL,
    student_id  BIGINT         NOT NULL,
    date_from   DATE           NOT NULL,
    date_to     DATE           NOT NULL,
    reason      VARCHAR(30)    NOT NULL,
    document    VARCHAR(200),
    note        VARCHAR(1000),
    created_at  TIMESTAMP      NOT NULL,
    created_by  VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_absence_excuse_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_absence_excuse_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT ck_absence_excuse_reason CHECK (reason IN ('ILLNESS', 'OTHER')),
    CONSTRAINT ck_absence_excuse_dates CHECK (date_to >= date_from)
);

-- ---------------------------------------------------------------- student movement

CREATE TABLE movement_request (
    id                BIGINT         PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    school_id         BIGINT         NOT NULL,
    kind              VARCHAR(30)    NOT NULL,
    status            VARCHAR(30)    NOT NULL DEFAULT 'OPEN',
    student_id        BIGINT,
    school_class_id   BIGINT,
    last_name         VARCHAR(100),
    first_name        VARCHAR(100),
    patronymic        VARCHAR(100),
    birth_date        DATE,
    gender            VARCHAR(1),
    effective_date    DATE           NOT NULL,
    destination       VARCHAR(500),
    order_number      VARCHAR(50),
    rejection_reason  VARCHAR(1000),
    requested_by      VARCHAR(100)   NOT NULL,
    requested_at      TIMESTAMP      NOT NULL,
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP,
    CONSTRAINT fk_movement_request_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_movement_request_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_movement_request_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT ck_movement_request_kind CHECK (kind IN ('ARRIVAL', 'DEPARTURE')),
    CONSTRAINT ck_movement_request_status CHECK (status IN ('OPEN', 'EXECUTED', 'REJECTED')),
    CONSTRAINT ck_movement_request_gender CHECK (gender IN ('M', 'F'))
);

-- ---------------------------------------------------------------- accounts and visits

CREATE TABLE user_account (
    id                    BIGINT        PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    school_id             BIGINT        NOT NULL,
    login                 VARCHAR(100)  NOT NULL,
    password_hash         VARCHAR(255)  NOT NULL,
    staff_member_id       BIGINT,
    parent_id             BIGINT,
    student_id            BIGINT,
    enabled               BOOLEAN       NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN       NOT NULL DEFAULT TRUE,
    failed_logins         INTEGER       NOT NULL DEFAULT 0,
    locked_until          TIMESTAMP,
    last_login_at         TIMESTAMP,
    created_at            TIMESTAMP     NOT NULL,
    password_changed_at   TIMESTAMP,
    CONSTRAINT fk_user_account_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_user_account_staff FOREIGN KEY (staff_member_id) REFERENCES staff_member (id),
    CONSTRAINT fk_user_account_parent FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT fk_user_account_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT uq_user_account_login UNIQUE (login),
    CONSTRAINT ck_user_account_failed CHECK (failed_logins >= 0)
);

CREATE TABLE user_role (
    account_id  BIGINT       NOT NULL,
    role        VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_user_role_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_user_role_role CHECK (role IN ('CLASS_TEACHER', 'SUBJECT_TEACHER', 'DEPUTY_DIRECTOR',
        'ADMIN', 'PARENT', 'STUDENT'))
);

CREATE TABLE visit_event (
    id           BIGINT         PRIMARY KEY,
    version      BIGINT         NOT NULL DEFAULT 0,
    school_id    BIGINT         NOT NULL,
    account_id   BIGINT,
    login        VARCHAR(100)   NOT NULL,
    kind         VARCHAR(30)    NOT NULL,
    student_id   BIGINT,
    occurred_at  TIMESTAMP      NOT NULL,
    ip_address   VARCHAR(64),
    user_agent   VARCHAR(1000),
    device_id    VARCHAR(200),
    CONSTRAINT fk_visit_event_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_visit_event_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT fk_visit_event_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT ck_visit_event_kind CHECK (kind IN ('LOGIN', 'LOGIN_FAILED', 'LOCKED', 'LOGOUT', 'DIARY_VIEW',
        'STAFF_ON_STUDENT_DEVICE'))
);

-- ---------------------------------------------------------------- journal monitoring

CREATE TABLE violation (
    id               BIGINT         PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    school_id        BIGINT         NOT NULL,
    rule             VARCHAR(40)    NOT NULL,
    severity         VARCHAR(30)    NOT NULL,
    teacher_id       BIGINT,
    school_class_id  BIGINT,
    subgroup_id      BIGINT,
    subject_id       BIGINT,
    lesson_id        BIGINT,
    student_id       BIGINT,
    study_period_id  BIGINT,
    arisen_at        TIMESTAMP      NOT NULL,
    closed_at        TIMESTAMP,
    details          VARCHAR(2000),
    CONSTRAINT fk_violation_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_violation_teacher FOREIGN KEY (teacher_id) REFERENCES staff_member (id),
    CONSTRAINT fk_violation_class FOREIGN KEY (school_class_id) REFERENCES school_class (id),
    CONSTRAINT fk_violation_subgroup FOREIGN KEY (subgroup_id) REFERENCES subgroup (id),
    CONSTRAINT fk_violation_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT fk_violation_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
    CONSTRAINT fk_violation_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_violation_period FOREIGN KEY (study_period_id) REFERENCES study_period (id),
    CONSTRAINT ck_violation_rule CHECK (rule IN ('TOPIC_MISSING', 'ATTENDANCE_NOT_TAKEN', 'MARKS_LATE',
        'TOO_FEW_MARKS', 'PERIOD_GRADES_MISSING', 'HOMEWORK_MISSING')),
    CONSTRAINT ck_violation_severity CHECK (severity IN ('WARNING', 'VIOLATION'))
);

-- ---------------------------------------------------------------- messages

CREATE TABLE message (
    id         BIGINT        PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    school_id  BIGINT        NOT NULL,
    sender_id  BIGINT        NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       VARCHAR       NOT NULL,
    sent_at    TIMESTAMP     NOT NULL,
    CONSTRAINT fk_message_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_message_sender FOREIGN KEY (sender_id) REFERENCES user_account (id)
);

CREATE TABLE message_recipient (
    id            BIGINT     PRIMARY KEY,
    version       BIGINT     NOT NULL DEFAULT 0,
    school_id     BIGINT     NOT NULL,
    message_id    BIGINT     NOT NULL,
    recipient_id  BIGINT     NOT NULL,
    read_at       TIMESTAMP,
    student_id    BIGINT,
    CONSTRAINT fk_message_recipient_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_message_recipient_message FOREIGN KEY (message_id) REFERENCES message (id),
    CONSTRAINT fk_message_recipient_account FOREIGN KEY (recipient_id) REFERENCES user_account (id),
    CONSTRAINT fk_message_recipient_student FOREIGN KEY (student_id) REFERENCES student (id)
);

-- ---------------------------------------------------------------- regulation on the journal

CREATE TABLE regulation_version (
    id            BIGINT        PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    school_id     BIGINT        NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    body          VARCHAR,
    pdf           BYTEA,
    published_at  TIMESTAMP,
    published_by  VARCHAR(100),
    is_current    BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_regulation_version_school FOREIGN KEY (school_id) REFERENCES school (id)
);

CREATE TABLE regulation_acknowledgement (
    id                     BIGINT        PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    school_id              BIGINT        NOT NULL,
    regulation_version_id  BIGINT        NOT NULL,
    parent_id              BIGINT        NOT NULL,
    acknowledged_at        TIMESTAMP     NOT NULL,
    on_paper               BOOLEAN       NOT NULL DEFAULT FALSE,
    recorded_by            VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_regulation_ack_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_regulation_ack_version FOREIGN KEY (regulation_version_id) REFERENCES regulation_version (id),
    CONSTRAINT fk_regulation_ack_parent FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT uq_regulation_ack UNIQUE (regulation_version_id, parent_id)
);

-- ---------------------------------------------------------------- change history

CREATE TABLE change_record (
    id           BIGINT         PRIMARY KEY,
    version      BIGINT         NOT NULL DEFAULT 0,
    school_id    BIGINT         NOT NULL,
    entity_type  VARCHAR(60)    NOT NULL,
    entity_id    BIGINT         NOT NULL,
    field        VARCHAR(60)    NOT NULL,
    old_value    VARCHAR,
    new_value    VARCHAR,
    changed_by   VARCHAR(100)   NOT NULL,
    changed_at   TIMESTAMP      NOT NULL,
    reason       VARCHAR(1000),
    CONSTRAINT fk_change_record_school FOREIGN KEY (school_id) REFERENCES school (id)
);

-- ---------------------------------------------------------------- indexes
-- Unique constraints and primary keys already index their leading columns:
-- absence(lesson_id, …), period_grade(student_id, …), student_parent(student_id, …),
-- subgroup_member(subgroup_id, …), user_role(account_id, …), regulation_acknowledgement(regulation_version_id, …).

CREATE INDEX ix_lesson_class_subject_date ON lesson (school_class_id, subject_id, lesson_date);
CREATE INDEX ix_lesson_teacher_date ON lesson (teacher_id, lesson_date);
CREATE INDEX ix_lesson_school_date ON lesson (school_id, lesson_date);
CREATE INDEX ix_lesson_subgroup_date ON lesson (subgroup_id, lesson_date);
CREATE INDEX ix_mark_lesson ON mark (lesson_id);
CREATE INDEX ix_mark_student ON mark (student_id);
CREATE INDEX ix_absence_student ON absence (student_id);
CREATE INDEX ix_absence_excuse_student_from ON absence_excuse (student_id, date_from);
CREATE INDEX ix_period_grade_period ON period_grade (study_period_id);
CREATE INDEX ix_student_class ON student (school_class_id);
CREATE INDEX ix_student_parent_parent ON student_parent (parent_id);
CREATE INDEX ix_subgroup_member_student ON subgroup_member (student_id);
CREATE INDEX ix_teaching_assignment_teacher ON teaching_assignment (teacher_id, academic_year_id);
CREATE INDEX ix_teaching_assignment_class ON teaching_assignment (school_class_id);
CREATE INDEX ix_change_record_entity ON change_record (entity_type, entity_id);
CREATE INDEX ix_visit_event_account_time ON visit_event (account_id, occurred_at);
CREATE INDEX ix_visit_event_school_time ON visit_event (school_id, occurred_at);
CREATE INDEX ix_violation_school_closed ON violation (school_id, closed_at);
CREATE INDEX ix_message_recipient_inbox ON message_recipient (recipient_id, read_at);
CREATE INDEX ix_message_recipient_message ON message_recipient (message_id);
CREATE INDEX ix_user_account_parent ON user_account (parent_id);
CREATE INDEX ix_user_account_student ON user_account (student_id);
CREATE INDEX ix_user_account_staff ON user_account (staff_member_id);
