package ru.ejournal.batch.regionimport;

import static ru.ejournal.batch.regionimport.ImportValues.bool;
import static ru.ejournal.batch.regionimport.ImportValues.date;
import static ru.ejournal.batch.regionimport.ImportValues.integer;
import static ru.ejournal.batch.regionimport.ImportValues.optional;
import static ru.ejournal.batch.regionimport.ImportValues.required;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.batch.common.Sql;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.journal.entity.PeriodGrade;

/**
 * Loads the journal: lessons, absences, marks, absence excuses and period grades. A closed
 * period's marks, absences and grades change on no path, the import's neither.
 */
final class JournalImporter {

    private final ImportLookups lookups;
    private final ImportHistory history;

    JournalImporter(ImportLookups lookups, ImportHistory history) {
        this.lookups = lookups;
        this.history = history;
    }

    void lesson(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = required(row, 1, "lesson_code");
        long schoolClass = lookups.ref(c, school, "class", row, 2, "class_code");
        Long subgroup = lookups.optionalRef(c, school, "subgroup", row, 3, "subgroup_code");
        long subject = lookups.ref(c, school, "subject", row, 4, "subject_code");
        long teacher = lookups.ref(c, school, "staff", row, 5, "teacher_login");
        LocalDate date = date(row, 6, "date");
        int periodNo = integer(row, 7, "period_no");
        if (periodNo < 0) {
            throw new BadRowException("period_no не может быть отрицательным");
        }
        boolean taken = bool(row, 9, "attendance_taken");
        if (lookups.code(c, school, "lesson", code) == null) {
            long id = lookups.nextId(c);
            out.add(new Stmt(
                    "INSERT INTO lesson (id, school_id, code, school_class_id, subgroup_id, subject_id,"
                            + " teacher_id, lesson_date, period_no, topic, attendance_taken) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    school,
                    code,
                    schoolClass,
                    subgroup,
                    subject,
                    teacher,
                    Sql.date(date),
                    periodNo,
                    optional(row, 8),
                    taken));
            lookups.put("lesson", code, id);
        }
    }

    void absence(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        long lesson = lookups.ref(c, school, "lesson", row, 1, "lesson_code");
        long student = lookups.ref(c, school, "student", row, 2, "student_code");
        String code;
        try {
            code = AbsenceCode.fromLabel(required(row, 3, "code")).name();
        } catch (IllegalArgumentException e) {
            throw new BadRowException("код пропуска должен быть Н, Б, У, П или ОП");
        }
        lookups.refuseClosedLesson(c, school, lesson);
        if (lookups.keys(c, school, "absence").add(lesson + ":" + student)) {
            long id = lookups.nextId(c);
            out.add(new Stmt(
                    "INSERT INTO absence (id, school_id, lesson_id, student_id, code, entered_at, entered_by)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id,
                    school,
                    lesson,
                    student,
                    code,
                    Sql.nowUtc(),
                    RowImporters.IMPORTED_BY));
            history.created(row, c, out, school, "Absence", id, ImportHistory.fields("code", code));
        }
    }

    void mark(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        long lesson = lookups.ref(c, school, "lesson", row, 1, "lesson_code");
        long student = lookups.ref(c, school, "student", row, 2, "student_code");
        int value = integer(row, 3, "value");
        if (!MarkValue.isNumeric(Integer.toString(value))) {
            throw new BadRowException("отметка должна быть от 1 до 5");
        }
        String workTypeCode = required(row, 4, "work_type");
        int weight = integer(row, 5, "weight");
        if (weight < 1) {
            throw new BadRowException("weight должен быть больше нуля");
        }
        Long workType = lookups.code(c, school, "workType", workTypeCode);
        if (workType == null) {
            workType = lookups.nextId(c);
            out.add(new Stmt(
                    "INSERT INTO work_type (id, school_id, code, name, weight) VALUES (?, ?, ?, ?, ?)",
                    workType,
                    school,
                    workTypeCode,
                    workTypeCode,
                    weight));
            lookups.put("workType", workTypeCode, workType);
        }
        lookups.refuseClosedLesson(c, school, lesson);
        if (lookups.keys(c, school, "mark").add(lesson + ":" + student + ":" + workType)) {
            long id = lookups.nextId(c);
            out.add(new Stmt(
                    "INSERT INTO mark (id, school_id, lesson_id, student_id, mark_value, work_type_id, weight,"
                            + " entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    school,
                    lesson,
                    student,
                    Integer.toString(value),
                    workType,
                    weight,
                    Sql.nowUtc(),
                    RowImporters.IMPORTED_BY));
            history.created(row, c, out, school, "Mark", id, ImportHistory.fields("value", Integer.toString(value)));
        }
    }

    void excuse(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        long student = lookups.ref(c, school, "student", row, 1, "student_code");
        LocalDate from = date(row, 2, "date_from");
        LocalDate to = date(row, 3, "date_to");
        if (to.isBefore(from)) {
            throw new BadRowException("date_to раньше date_from");
        }
        String reason = required(row, 4, "reason");
        if (!reason.equals("ILLNESS") && !reason.equals("OTHER")) {
            throw new BadRowException("reason должен быть ILLNESS или OTHER");
        }
        if (lookups.keys(c, school, "excuse").add(student + ":" + from + ":" + to + ":" + reason)) {
            out.add(new Stmt(
                    "INSERT INTO absence_excuse (id, school_id, student_id, date_from, date_to, reason, document,"
                            + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    lookups.nextId(c),
                    school,
                    student,
                    Sql.date(from),
                    Sql.date(to),
                    reason,
                    optional(row, 5),
                    Sql.nowUtc(),
                    RowImporters.IMPORTED_BY));
        }
    }

    void periodGrade(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        long student = lookups.ref(c, school, "student", row, 1, "student_code");
        long subject = lookups.ref(c, school, "subject", row, 2, "subject_code");
        long period = lookups.ref(c, school, "period", row, 3, "period_code");
        String value = required(row, 4, "value").toUpperCase(Locale.ROOT);
        if (!MarkValue.isNumeric(value)
                && !value.equals(Mark.PASS)
                && !value.equals(Mark.FAIL)
                && !value.equals(PeriodGrade.NOT_ASSESSED)) {
            throw new BadRowException("отметка за период должна быть 1–5, НА, ЗАЧ или НЕЗАЧ");
        }
        lookups.refuseClosedPeriod(c, school, period);
        if (lookups.keys(c, school, "periodGrade").add(student + ":" + subject + ":" + period)) {
            long id = lookups.nextId(c);
            out.add(new Stmt(
                    "INSERT INTO period_grade (id, school_id, student_id, subject_id, study_period_id, kind,"
                            + " grade_value, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, 'PERIOD', ?, ?, ?)",
                    id,
                    school,
                    student,
                    subject,
                    period,
                    value,
                    Sql.nowUtc(),
                    RowImporters.IMPORTED_BY));
            history.created(row, c, out, school, "PeriodGrade", id, ImportHistory.fields("value", value));
        }
    }
}
