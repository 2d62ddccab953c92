package ru.ejournal.batch.regionimport;

import static ru.ejournal.batch.regionimport.ImportValues.bool;
import static ru.ejournal.batch.regionimport.ImportValues.date;
import static ru.ejournal.batch.regionimport.ImportValues.integer;
import static ru.ejournal.batch.regionimport.ImportValues.optional;
import static ru.ejournal.batch.regionimport.ImportValues.optionalPersonName;
import static ru.ejournal.batch.regionimport.ImportValues.personName;
import static ru.ejournal.batch.regionimport.ImportValues.required;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.journal.entity.PeriodGrade;

/**
 * The checks of a record that need no database, for the files that {@link StagedLoad} loads set-based:
 * the number of fields, required fields, names as the cards accept them, dates, numbers and codes. A
 * record that passes becomes its staging values (the fields in header order, normalized: an empty
 * optional field is {@code null}, an absence code its name, a period grade upper case); one that does not
 * is refused with the same reason as the row-by-row path gives. The codes a record refers to (school,
 * class, lesson, student...) are resolved by {@link StagedLoad} in SQL.
 */
public final class StageRules {

    private StageRules() {}

    /** The staging values c1..cN of a record, or the reason it is refused. */
    public static String[] stage(ImportRow row) throws BadRowException {
        int expected = ExchangeFormat.header(row.file()).size();
        if (row.fields().size() != expected) {
            throw new BadRowException(
                    "batch.import.fieldCount", expected, row.fields().size());
        }
        String school = row.get(0);
        return switch (row.file()) {
            case "students.csv" -> student(row, school);
            case "parents.csv" -> parent(row, school);
            case "student_parents.csv" -> studentParent(row, school);
            case "subgroup_members.csv" ->
                new String[] {school, required(row, 1, "subgroup_code"), required(row, 2, "student_code")};
            case "lessons.csv" -> lesson(row, school);
            case "absences.csv" -> absence(row, school);
            case "marks.csv" -> mark(row, school);
            case "excuses.csv" -> excuse(row, school);
            case "period_grades.csv" -> periodGrade(row, school);
            default -> throw new IllegalArgumentException(row.file());
        };
    }

    private static String[] student(ImportRow row, String school) throws BadRowException {
        String code = required(row, 1, "student_code");
        String schoolClass = required(row, 2, "class_code");
        String last = personName(row, 3, "last_name");
        String first = personName(row, 4, "first_name");
        optionalPersonName(row, 5, "patronymic");
        LocalDate birth = row.get(6).isEmpty() ? null : date(row, 6, "birth_date");
        String gender = optional(row, 7);
        if (gender != null && !gender.equals("M") && !gender.equals("F")) {
            throw new BadRowException("batch.import.gender");
        }
        return new String[] {
            school, code, schoolClass, last, first, optional(row, 5), birth == null ? null : birth.toString(), gender
        };
    }

    private static String[] parent(ImportRow row, String school) throws BadRowException {
        String code = required(row, 1, "parent_code");
        String last = personName(row, 2, "last_name");
        String first = personName(row, 3, "first_name");
        optionalPersonName(row, 4, "patronymic");
        return new String[] {school, code, last, first, optional(row, 4), optional(row, 5), optional(row, 6)};
    }

    private static String[] studentParent(ImportRow row, String school) throws BadRowException {
        String student = required(row, 1, "student_code");
        String parent = required(row, 2, "parent_code");
        String relation = required(row, 3, "relation");
        if (!Set.of("MOTHER", "FATHER", "GUARDIAN").contains(relation)) {
            throw new BadRowException("batch.import.relation");
        }
        return new String[] {school, student, parent, relation};
    }

    private static String[] lesson(ImportRow row, String school) throws BadRowException {
        String code = required(row, 1, "lesson_code");
        String schoolClass = required(row, 2, "class_code");
        String subject = required(row, 4, "subject_code");
        String teacher = required(row, 5, "teacher_login");
        LocalDate date = date(row, 6, "date");
        int periodNo = integer(row, 7, "period_no");
        if (periodNo < 0) {
            throw new BadRowException("batch.import.periodNo");
        }
        boolean taken = bool(row, 9, "attendance_taken");
        return new String[] {
            school,
            code,
            schoolClass,
            optional(row, 3),
            subject,
            teacher,
            date.toString(),
            Integer.toString(periodNo),
            optional(row, 8),
            Boolean.toString(taken)
        };
    }

    private static String[] absence(ImportRow row, String school) throws BadRowException {
        String lesson = required(row, 1, "lesson_code");
        String student = required(row, 2, "student_code");
        String code;
        try {
            code = AbsenceCode.fromLabel(required(row, 3, "code")).name();
        } catch (IllegalArgumentException e) {
            throw new BadRowException(
                    "batch.import.absenceCode",
                    Arrays.stream(AbsenceCode.values()).map(AbsenceCode::label).toArray());
        }
        return new String[] {school, lesson, student, code};
    }

    private static String[] mark(ImportRow row, String school) throws BadRowException {
        String lesson = required(row, 1, "lesson_code");
        String student = required(row, 2, "student_code");
        int value = integer(row, 3, "value");
        if (!MarkValue.isNumeric(Integer.toString(value))) {
            throw new BadRowException("batch.import.mark");
        }
        String workType = required(row, 4, "work_type");
        int weight = integer(row, 5, "weight");
        if (weight < 1) {
            throw new BadRowException("batch.import.weight");
        }
        return new String[] {school, lesson, student, Integer.toString(value), workType, Integer.toString(weight)};
    }

    private static String[] excuse(ImportRow row, String school) throws BadRowException {
        String student = required(row, 1, "student_code");
        LocalDate from = date(row, 2, "date_from");
        LocalDate to = date(row, 3, "date_to");
        if (to.isBefore(from)) {
            throw new BadRowException("batch.import.before", "date_to", "date_from");
        }
        String reason = required(row, 4, "reason");
        if (!reason.equals("ILLNESS") && !reason.equals("OTHER")) {
            throw new BadRowException("batch.import.reason");
        }
        return new String[] {school, student, from.toString(), to.toString(), reason, optional(row, 5)};
    }

    private static String[] periodGrade(ImportRow row, String school) throws BadRowException {
        String student = required(row, 1, "student_code");
        String subject = required(row, 2, "subject_code");
        String period = required(row, 3, "period_code");
        String value = required(row, 4, "value").toUpperCase(Locale.ROOT);
        if (!MarkValue.isNumeric(value)
                && !value.equals(Mark.PASS)
                && !value.equals(Mark.FAIL)
                && !value.equals(PeriodGrade.NOT_ASSESSED)) {
            throw new BadRowException("batch.import.periodGrade", PeriodGrade.NOT_ASSESSED, Mark.PASS, Mark.FAIL);
        }
        return new String[] {school, student, subject, period, value};
    }
}
