-- Set-based baseline of period-analytics (PostgreSQL): the same figures for every class and subject
-- of the period :period, written to period_analytics and rolled back at the end.
BEGIN;
CREATE TEMP TABLE bl_period ON COMMIT DROP AS
    SELECT DISTINCT ON (school_id) id, school_id, start_date, end_date FROM study_period WHERE code = :'period'
    ORDER BY school_id, end_date DESC;
ANALYZE bl_period;
CREATE TEMP TABLE bl_roster ON COMMIT DROP AS
    SELECT s.id AS student_id, s.school_class_id, s.school_id FROM student s WHERE s.status = 'STUDYING';
CREATE TEMP TABLE bl_subject ON COMMIT DROP AS
    SELECT DISTINCT l.school_class_id, l.subject_id, p.id AS period_id, l.school_id
    FROM lesson l JOIN bl_period p ON p.school_id = l.school_id AND l.lesson_date BETWEEN p.start_date AND p.end_date
    UNION
    SELECT r.school_class_id, g.subject_id, g.study_period_id, r.school_id FROM period_grade g
    JOIN bl_roster r ON r.student_id = g.student_id JOIN bl_period p ON p.id = g.study_period_id WHERE g.kind = 'PERIOD';
-- What a mark is lives in journal.entity.MarkValue (1–5 count in averages; ЗАЧ, НЕЗАЧ, НА do not): the
-- literals below repeat that rule in SQL.
CREATE TEMP TABLE bl_marks ON COMMIT DROP AS
    SELECT m.student_id, l.subject_id,
           SUM(CASE WHEN m.mark_value IN ('1', '2', '3', '4', '5') THEN CAST(m.mark_value AS INTEGER) * m.weight END) AS sw,
           SUM(CASE WHEN m.mark_value IN ('1', '2', '3', '4', '5') THEN m.weight END) AS w,
           COUNT(*) FILTER (WHERE m.mark_value IN ('1', '2', '3', '4', '5')) AS n,
           COUNT(*) AS all_n, COUNT(*) FILTER (WHERE m.mark_value = 'ЗАЧ') AS passed
    FROM mark m JOIN lesson l ON l.id = m.lesson_id
    JOIN bl_period p ON p.school_id = l.school_id AND l.lesson_date BETWEEN p.start_date AND p.end_date
    GROUP BY m.student_id, l.subject_id;
-- The school's rule of the proposed grade (journal.control.Averages): the mean to 2 decimals, rounded up
-- from the school's threshold; НА under the school's minimum; pass/fail: ЗАЧ from half of the marks.
CREATE TEMP TABLE bl_result ON COMMIT DROP AS
    SELECT sj.school_id, sj.school_class_id, sj.subject_id, sj.period_id, r.student_id,
           CAST(ms.sw AS NUMERIC) / ms.w AS mean, g.grade_value IS NOT NULL AS from_grade,
           COALESCE(CASE WHEN j.grading = 'PASS_FAIL' THEN ms.all_n ELSE ms.n END, 0) AS marks,
           COALESCE(g.grade_value, CASE
               WHEN j.grading = 'PASS_FAIL' THEN CASE
                   WHEN COALESCE(ms.all_n, 0) = 0 OR ms.all_n < sc.min_marks_per_period THEN 'НА'
                   WHEN 2 * ms.passed >= ms.all_n THEN 'ЗАЧ' ELSE 'НЕЗАЧ' END
               WHEN COALESCE(ms.n, 0) = 0 OR ms.n < sc.min_marks_per_period THEN 'НА'
               ELSE CAST(LEAST(5, GREATEST(1, FLOOR(ROUND(CAST(ms.sw AS NUMERIC) / ms.w, 2))
                   + CASE WHEN ROUND(CAST(ms.sw AS NUMERIC) / ms.w, 2) - FLOOR(ROUND(CAST(ms.sw AS NUMERIC) / ms.w, 2))
                               >= sc.rounding_threshold THEN 1 ELSE 0 END)) AS INTEGER)::text END) AS result
    FROM bl_subject sj JOIN bl_roster r ON r.school_class_id = sj.school_class_id
    JOIN school sc ON sc.id = sj.school_id JOIN subject j ON j.id = sj.subject_id
    LEFT JOIN bl_marks ms ON ms.student_id = r.student_id AND ms.subject_id = sj.subject_id
    LEFT JOIN period_grade g ON g.student_id = r.student_id AND g.subject_id = sj.subject_id
         AND g.study_period_id = sj.period_id AND g.kind = 'PERIOD';
CREATE TEMP TABLE bl_absences ON COMMIT DROP AS
    SELECT r.school_class_id, l.subject_id,
           COUNT(*) FILTER (WHERE a.code IN ('N', 'B', 'U', 'P')) AS missed,
           COUNT(*) FILTER (WHERE a.code = 'B') AS ill, COUNT(*) FILTER (WHERE a.code = 'U') AS excused,
           COUNT(*) FILTER (WHERE a.code IN ('N', 'P')) AS unexcused, COUNT(*) FILTER (WHERE a.code = 'OP') AS late
    FROM absence a JOIN lesson l ON l.id = a.lesson_id
    JOIN bl_period p ON p.school_id = l.school_id AND l.lesson_date BETWEEN p.start_date AND p.end_date
    JOIN bl_roster r ON r.student_id = a.student_id GROUP BY r.school_class_id, l.subject_id;
DELETE FROM period_analytics WHERE study_period_id IN (SELECT id FROM bl_period);
INSERT INTO period_analytics (id, school_id, school_class_id, subject_id, study_period_id, students, average_mark,
        success_rate, quality_rate, missed, missed_ill, missed_excused, missed_unexcused, late, computed_at)
    SELECT nextval('journal_seq'), x.school_id, x.school_class_id, x.subject_id, x.period_id, x.students, x.avg_mark,
           x.success, CASE WHEN j.grading = 'PASS_FAIL' THEN NULL ELSE x.quality END,
           COALESCE(ab.missed, 0), COALESCE(ab.ill, 0), COALESCE(ab.excused, 0), COALESCE(ab.unexcused, 0),
           COALESCE(ab.late, 0), now()
    FROM (SELECT school_id, school_class_id, subject_id, period_id, COUNT(*) AS students, ROUND(AVG(mean), 2) AS avg_mark,
                 ROUND(100.0 * COUNT(*) FILTER (WHERE result IN ('3', '4', '5', 'ЗАЧ')) / COUNT(*), 1) AS success,
                 ROUND(100.0 * COUNT(*) FILTER (WHERE result IN ('4', '5')) / COUNT(*), 1) AS quality
          FROM bl_result GROUP BY school_id, school_class_id, subject_id, period_id) x
    JOIN subject j ON j.id = x.subject_id
    LEFT JOIN bl_absences ab ON ab.school_class_id = x.school_class_id AND ab.subject_id = x.subject_id;
-- Each pupil's result (issue 16): period_result, with the pupil's absences at the subject's lessons.
CREATE TEMP TABLE bl_pupil_absences ON COMMIT DROP AS
    SELECT a.student_id, l.subject_id,
           COUNT(*) FILTER (WHERE a.code IN ('N', 'B', 'U', 'P')) AS missed,
           COUNT(*) FILTER (WHERE a.code = 'B') AS ill, COUNT(*) FILTER (WHERE a.code = 'U') AS excused,
           COUNT(*) FILTER (WHERE a.code IN ('N', 'P')) AS unexcused, COUNT(*) FILTER (WHERE a.code = 'OP') AS late
    FROM absence a JOIN lesson l ON l.id = a.lesson_id
    JOIN bl_period p ON p.school_id = l.school_id AND l.lesson_date BETWEEN p.start_date AND p.end_date
    GROUP BY a.student_id, l.subject_id;
DELETE FROM period_result WHERE study_period_id IN (SELECT id FROM bl_period);
INSERT INTO period_result (id, school_id, school_class_id, student_id, subject_id, study_period_id, result,
        from_grade, average_mark, marks, missed, missed_ill, missed_excused, missed_unexcused, late, computed_at)
    SELECT nextval('journal_seq'), r.school_id, r.school_class_id, r.student_id, r.subject_id, r.period_id, r.result,
           r.from_grade, ROUND(r.mean, 2), r.marks, COALESCE(pa.missed, 0), COALESCE(pa.ill, 0),
           COALESCE(pa.excused, 0), COALESCE(pa.unexcused, 0), COALESCE(pa.late, 0), now()
    FROM bl_result r LEFT JOIN bl_pupil_absences pa ON pa.student_id = r.student_id AND pa.subject_id = r.subject_id;
SELECT 'baseline period results', COUNT(*) FROM period_result WHERE study_period_id IN (SELECT id FROM bl_period);
SELECT 'baseline analytics rows', COUNT(*) FROM period_analytics WHERE study_period_id IN (SELECT id FROM bl_period);
ROLLBACK;
