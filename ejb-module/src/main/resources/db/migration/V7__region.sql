-- Region level (issue 10 §0, §4): the region administrator's account belongs to no school, so the
-- account, the visit log and the change history may have no school; the new role REGION_ADMIN;
-- the school of each batch job instance that a school (or the region for one school) started.
-- Same SQL for PostgreSQL 15 and H2 2.2.
ALTER TABLE user_account ALTER COLUMN school_id DROP NOT NULL;
ALTER TABLE visit_event ALTER COLUMN school_id DROP NOT NULL;
ALTER TABLE change_record ALTER COLUMN school_id DROP NOT NULL;

ALTER TABLE user_role DROP CONSTRAINT ck_user_role_role;
ALTER TABLE user_role ADD CONSTRAINT ck_user_role_role CHECK (role IN ('CLASS_TEACHER', 'SUBJECT_TEACHER',
    'DEPUTY_DIRECTOR', 'ADMIN', 'PARENT', 'STUDENT', 'REGION_ADMIN'));

-- Only a region-level account may be without a school, and it holds no person of a school.
ALTER TABLE user_account ADD CONSTRAINT ck_user_account_region CHECK (school_id IS NOT NULL
    OR (staff_member_id IS NULL AND parent_id IS NULL AND student_id IS NULL));

-- One row per job instance started for one school: whose executions a school administrator sees,
-- stops, restarts and exports. Instances without a row are region-wide (the region administrator's).
CREATE TABLE batch_job_school (
    job_instance_id     BIGINT        PRIMARY KEY,
    first_execution_id  BIGINT        NOT NULL,
    job_name            VARCHAR(100)  NOT NULL,
    school_id           BIGINT        NOT NULL,
    started_by          VARCHAR(100)  NOT NULL,
    started_at          TIMESTAMP     NOT NULL,
    CONSTRAINT fk_batch_job_school_school FOREIGN KEY (school_id) REFERENCES school (id)
);
CREATE INDEX ix_batch_job_school ON batch_job_school (school_id, job_name, job_instance_id);
