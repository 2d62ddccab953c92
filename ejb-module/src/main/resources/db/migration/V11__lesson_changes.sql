-- Changes to a single lesson (issue 10, §2): the reason a lesson was cancelled and the teacher who
-- replaces the lesson's teacher for that one lesson (замена). Moves and extra lessons need no column:
-- their history is in change_record. Closing a period is recorded in change_record too.
ALTER TABLE lesson ADD COLUMN cancel_reason VARCHAR(500);
ALTER TABLE lesson ADD COLUMN replacement_teacher_id BIGINT;
ALTER TABLE lesson ADD CONSTRAINT fk_lesson_replacement_teacher
    FOREIGN KEY (replacement_teacher_id) REFERENCES staff_member (id);
CREATE INDEX ix_lesson_replacement_teacher ON lesson (replacement_teacher_id);

-- Reconciliation reports an excuse it may not apply because the absence is in a closed period.
ALTER TABLE reconciliation_finding DROP CONSTRAINT ck_finding_kind;
ALTER TABLE reconciliation_finding ADD CONSTRAINT ck_finding_kind CHECK (kind IN ('MISSING_ATTENDANCE',
    'EXCUSE_APPLIED', 'UNEXPLAINED_ABSENCE', 'EXCUSE_CONFLICT', 'SUSPECTED_TRUANCY', 'EXCUSE_IN_CLOSED_PERIOD'));
