-- The e-diary's version stamps (V30__diary_stamp.sql) on H2: a Java row trigger (ru.ejournal.h2.DiaryStampTrigger,
-- in WildFly's H2 module beside AppendOnlyTrigger) bumps the stamp of the pupil, class, school or parent whose
-- diary a row's change touches, in the writing transaction, whoever writes. H2 passes a trigger no arguments,
-- so each trigger's name carries them: diary_stamp|table|scope|column|via|columns that do not count — the same
-- list as db/vendor/postgresql/R__diary_stamp.sql (DiaryStampSourcesTest compares the two).
DROP TRIGGER IF EXISTS "diary_stamp|mark|S|student_id||version";
CREATE TRIGGER "diary_stamp|mark|S|student_id||version" AFTER INSERT, UPDATE, DELETE ON mark
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|absence|S|student_id||version";
CREATE TRIGGER "diary_stamp|absence|S|student_id||version" AFTER INSERT, UPDATE, DELETE ON absence
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|period_grade|S|student_id||version";
CREATE TRIGGER "diary_stamp|period_grade|S|student_id||version" AFTER INSERT, UPDATE, DELETE ON period_grade
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|absence_notice|S|student_id||version";
CREATE TRIGGER "diary_stamp|absence_notice|S|student_id||version" AFTER INSERT, UPDATE, DELETE ON absence_notice
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|student|S|id||version";
CREATE TRIGGER "diary_stamp|student|S|id||version" AFTER INSERT, UPDATE, DELETE ON student
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|student_parent|S|student_id||version";
CREATE TRIGGER "diary_stamp|student_parent|S|student_id||version" AFTER INSERT, UPDATE, DELETE ON student_parent
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|student_class_membership|S|student_id||version";
CREATE TRIGGER "diary_stamp|student_class_membership|S|student_id||version" AFTER INSERT, UPDATE, DELETE ON student_class_membership
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|subgroup_member|S|student_id||";
CREATE TRIGGER "diary_stamp|subgroup_member|S|student_id||" AFTER INSERT, UPDATE, DELETE ON subgroup_member
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|lesson|C|school_class_id||version,attendance_taken,attendance_taken_at,topic_entered_at";
CREATE TRIGGER "diary_stamp|lesson|C|school_class_id||version,attendance_taken,attendance_taken_at,topic_entered_at" AFTER INSERT, UPDATE, DELETE ON lesson
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|timetable|C|school_class_id||version";
CREATE TRIGGER "diary_stamp|timetable|C|school_class_id||version" AFTER INSERT, UPDATE, DELETE ON timetable
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|timetable_entry|C|timetable_id|timetable.school_class_id|version";
CREATE TRIGGER "diary_stamp|timetable_entry|C|timetable_id|timetable.school_class_id|version" AFTER INSERT, UPDATE, DELETE ON timetable_entry
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|subgroup|C|school_class_id||version";
CREATE TRIGGER "diary_stamp|subgroup|C|school_class_id||version" AFTER INSERT, UPDATE, DELETE ON subgroup
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|teaching_assignment|C|school_class_id||version";
CREATE TRIGGER "diary_stamp|teaching_assignment|C|school_class_id||version" AFTER INSERT, UPDATE, DELETE ON teaching_assignment
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|school_class|C|id||version";
CREATE TRIGGER "diary_stamp|school_class|C|id||version" AFTER INSERT, UPDATE, DELETE ON school_class
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|study_period|K|school_id||version";
CREATE TRIGGER "diary_stamp|study_period|K|school_id||version" AFTER INSERT, UPDATE, DELETE ON study_period
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|academic_year|K|school_id||version";
CREATE TRIGGER "diary_stamp|academic_year|K|school_id||version" AFTER INSERT, UPDATE, DELETE ON academic_year
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|subject|K|school_id||version";
CREATE TRIGGER "diary_stamp|subject|K|school_id||version" AFTER INSERT, UPDATE, DELETE ON subject
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|work_type|K|school_id||version";
CREATE TRIGGER "diary_stamp|work_type|K|school_id||version" AFTER INSERT, UPDATE, DELETE ON work_type
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|school|K|id||version";
CREATE TRIGGER "diary_stamp|school|K|id||version" AFTER INSERT, UPDATE, DELETE ON school
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
DROP TRIGGER IF EXISTS "diary_stamp|parent|P|id||version";
CREATE TRIGGER "diary_stamp|parent|P|id||version" AFTER INSERT, UPDATE, DELETE ON parent
    FOR EACH ROW CALL 'ru.ejournal.h2.DiaryStampTrigger';
