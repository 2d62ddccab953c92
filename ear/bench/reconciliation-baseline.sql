-- Set-based baseline of attendance-reconciliation (PostgreSQL): the same rules in SQL statements,
-- the same writes (absence corrections, change history, findings), rolled back at the end so that
-- the job then runs on the same data. Variables: :from, :to.
BEGIN;
CREATE TEMP TABLE bl_lesson ON COMMIT DROP AS
    SELECT id, school_id, school_class_id, subgroup_id, lesson_date, period_no, attendance_taken
    FROM lesson WHERE lesson_date BETWEEN :'from' AND :'to' AND NOT cancelled;
-- Indexed like the table it copies: without them the per-student lookups below scan the whole range
-- once per row, which is quadratic in the size of the region.
CREATE INDEX ON bl_lesson (id);
CREATE INDEX ON bl_lesson (school_class_id, lesson_date);
ANALYZE bl_lesson;
CREATE TEMP TABLE bl_absence ON COMMIT DROP AS
    SELECT a.id, a.lesson_id, a.student_id, a.code, l.lesson_date, l.period_no, l.school_id, l.school_class_id,
           (SELECT MAX(CASE WHEN e.reason = 'ILLNESS' THEN 2 ELSE 1 END) FROM absence_excuse e
             WHERE e.student_id = a.student_id AND l.lesson_date BETWEEN e.date_from AND e.date_to) AS excuse
    FROM absence a JOIN bl_lesson l ON l.id = a.lesson_id;
ALTER TABLE bl_absence ADD COLUMN eff VARCHAR(2);
UPDATE bl_absence SET eff = CASE WHEN code = 'N' AND excuse = 2 THEN 'B' WHEN code = 'N' AND excuse = 1 THEN 'U' ELSE code END;
CREATE INDEX ON bl_absence (lesson_id, student_id);
ANALYZE bl_absence;
CREATE TEMP TABLE bl_attended ON COMMIT DROP AS
    SELECT sl.student_id, sl.lesson_date, sl.period_no FROM (
        SELECT s.id AS student_id, l.id, l.lesson_date, l.period_no, l.attendance_taken
        FROM student s JOIN bl_lesson l ON l.school_class_id = s.school_class_id AND l.subgroup_id IS NULL
        UNION ALL
        SELECT m.student_id, l.id, l.lesson_date, l.period_no, l.attendance_taken
        FROM subgroup_member m JOIN bl_lesson l ON l.subgroup_id = m.subgroup_id) sl
    LEFT JOIN bl_absence a ON a.lesson_id = sl.id AND a.student_id = sl.student_id
    WHERE sl.attendance_taken AND (a.id IS NULL OR a.eff = 'OP');
CREATE INDEX ON bl_attended (student_id, lesson_date);
ANALYZE bl_attended;
CREATE TEMP TABLE bl_finding ON COMMIT DROP AS
    SELECT 'MISSING_ATTENDANCE'::varchar(30) AS kind, school_id, school_class_id, NULL::bigint AS student_id,
           id AS lesson_id, lesson_date AS finding_date FROM bl_lesson WHERE NOT attendance_taken
    UNION ALL
    SELECT CASE WHEN excuse IS NULL THEN 'UNEXPLAINED_ABSENCE' ELSE 'EXCUSE_APPLIED' END, school_id, school_class_id,
           student_id, lesson_id, lesson_date FROM bl_absence WHERE code = 'N'
    UNION ALL
    SELECT 'SUSPECTED_TRUANCY', a.school_id, a.school_class_id, a.student_id, a.lesson_id, a.lesson_date
    FROM bl_absence a WHERE a.eff IN ('N', 'P')
      AND EXISTS (SELECT 1 FROM bl_attended t WHERE t.student_id = a.student_id AND t.lesson_date = a.lesson_date
                  AND t.period_no < a.period_no)
      AND EXISTS (SELECT 1 FROM bl_attended t WHERE t.student_id = a.student_id AND t.lesson_date = a.lesson_date
                  AND t.period_no > a.period_no)
    UNION ALL
    SELECT DISTINCT 'EXCUSE_CONFLICT', s.school_id, s.school_class_id, s.id, NULL::bigint, d.lesson_date
    FROM student s
    JOIN (SELECT DISTINCT school_class_id, lesson_date FROM bl_lesson) d ON d.school_class_id = s.school_class_id
    JOIN absence_excuse e ON e.student_id = s.id AND d.lesson_date BETWEEN e.date_from AND e.date_to
    WHERE EXISTS (SELECT 1 FROM bl_attended t WHERE t.student_id = s.id AND t.lesson_date = d.lesson_date)
       OR EXISTS (SELECT 1 FROM mark m JOIN bl_lesson l ON l.id = m.lesson_id
                  WHERE m.student_id = s.id AND l.lesson_date = d.lesson_date AND l.school_class_id = s.school_class_id);
INSERT INTO change_record (id, school_id, entity_type, entity_id, field, old_value, new_value, changed_by, changed_at, reason)
    SELECT nextval('journal_seq'), school_id, 'Absence', id, 'code', 'N', eff, 'baseline', now(), 'baseline'
    FROM bl_absence WHERE code = 'N' AND excuse IS NOT NULL;
UPDATE absence a SET code = b.eff, version = a.version + 1 FROM bl_absence b
    WHERE a.id = b.id AND b.code = 'N' AND b.excuse IS NOT NULL;
DELETE FROM reconciliation_finding f USING bl_lesson l
    WHERE f.school_class_id = l.school_class_id AND f.finding_date BETWEEN :'from' AND :'to' AND f.status = 'OPEN'
      AND f.kind <> 'EXCUSE_APPLIED';
INSERT INTO reconciliation_finding (id, school_id, school_class_id, student_id, lesson_id, finding_date, kind, found_at)
    SELECT nextval('journal_seq'), school_id, school_class_id, student_id, lesson_id, finding_date, kind, now() FROM bl_finding;
SELECT 'baseline findings', COUNT(*) FROM bl_finding;
ROLLBACK;
