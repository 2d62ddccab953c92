-- Staff and teaching assignments (issue 10, §1): the dates of an assignment, so that a replacement
-- teacher takes over from a date while the earlier teacher's lessons and marks stay as they were;
-- and when an account's password was last issued by the school, so that the administrator can
-- issue credentials to every staff member who has none usable (those region-import creates).

-- Existing assignments keep open ends: they hold for their whole academic year, as before.
ALTER TABLE teaching_assignment ADD COLUMN start_date DATE;
ALTER TABLE teaching_assignment ADD COLUMN end_date DATE;
ALTER TABLE teaching_assignment ADD CONSTRAINT ck_teaching_assignment_dates
    CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date);

-- NULL: no usable password was ever issued (region-import's disabled staff accounts, staff cards
-- created before their credentials). Every other existing account has one.
ALTER TABLE user_account ADD COLUMN password_issued_at TIMESTAMP;
UPDATE user_account SET password_issued_at = created_at
 WHERE NOT (enabled = FALSE AND last_login_at IS NULL AND staff_member_id IS NOT NULL);
