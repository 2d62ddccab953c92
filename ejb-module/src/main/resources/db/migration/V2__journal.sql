-- The journal grid's cell history looks up the changes of one school since a lesson's day.
CREATE INDEX ix_change_record_school_time ON change_record (school_id, changed_at);
-- Absences of a lesson (the grid and the attendance week read them by lesson).
CREATE INDEX ix_absence_lesson ON absence (lesson_id);
