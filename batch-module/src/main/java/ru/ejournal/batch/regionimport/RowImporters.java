package ru.ejournal.batch.regionimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.batch.common.Ids;
import ru.ejournal.batch.common.Sql;
import ru.ejournal.common.control.NameRules;
import ru.ejournal.security.entity.Role;

/**
 * Turns one row of an exchange file into the inserts that load it, or into nothing when the
 * record is already in the database (re-running the same files adds no duplicates), or refuses it
 * with a {@link BadRowException} naming the reason. Codes are resolved from a cache of the current
 * school's codes, loaded with one query per kind of record and kept up to date with the rows
 * this step inserts; a restart starts with an empty cache and so sees exactly what was committed.
 */
public class RowImporters {

    static final String IMPORTED_BY = "import";

    private static final Map<String, List<String>> HEADERS = Map.ofEntries(
            Map.entry("schools.csv", List.of("school_code", "name")),
            Map.entry("periods.csv", List.of("school_code", "period_code", "name", "start_date", "end_date")),
            Map.entry("staff.csv", List.of("school_code", "login", "last_name", "first_name", "patronymic", "roles")),
            Map.entry("classes.csv", List.of("school_code", "class_code", "grade", "class_teacher_login")),
            Map.entry("subjects.csv", List.of("school_code", "subject_code", "name", "grading")),
            Map.entry(
                    "students.csv",
                    List.of(
                            "school_code",
                            "student_code",
                            "class_code",
                            "last_name",
                            "first_name",
                            "patronymic",
                            "birth_date",
                            "gender")),
            Map.entry(
                    "parents.csv",
                    List.of(
                            "school_code",
                            "parent_code",
                            "last_name",
                            "first_name",
                            "patronymic",
                            "phone",
                            "workplace")),
            Map.entry("student_parents.csv", List.of("school_code", "student_code", "parent_code", "relation")),
            Map.entry(
                    "subgroups.csv",
                    List.of("school_code", "subgroup_code", "class_code", "subject_code", "teacher_login")),
            Map.entry("subgroup_members.csv", List.of("school_code", "subgroup_code", "student_code")),
            Map.entry(
                    "lessons.csv",
                    List.of(
                            "school_code",
                            "lesson_code",
                            "class_code",
                            "subgroup_code",
                            "subject_code",
                            "teacher_login",
                            "date",
                            "period_no",
                            "topic",
                            "attendance_taken")),
            Map.entry("absences.csv", List.of("school_code", "lesson_code", "student_code", "code")),
            Map.entry(
                    "marks.csv", List.of("school_code", "lesson_code", "student_code", "value", "work_type", "weight")),
            Map.entry(
                    "excuses.csv",
                    List.of("school_code", "student_code", "date_from", "date_to", "reason", "document")),
            Map.entry(
                    "period_grades.csv",
                    List.of("school_code", "student_code", "subject_code", "period_code", "value")));

    private static final Map<String, String> LOOKUPS = Map.ofEntries(
            Map.entry("year", "SELECT name, id FROM academic_year WHERE school_id = ?"),
            Map.entry("period", "SELECT code, id FROM study_period WHERE school_id = ? ORDER BY end_date"),
            Map.entry(
                    "staff",
                    "SELECT login, staff_member_id FROM user_account WHERE school_id = ?"
                            + " AND staff_member_id IS NOT NULL"),
            Map.entry(
                    "class",
                    "SELECT c.code, c.id FROM school_class c JOIN academic_year y ON y.id = c.academic_year_id"
                            + " WHERE c.school_id = ? ORDER BY y.start_date"),
            Map.entry("subject", "SELECT code, id FROM subject WHERE school_id = ?"),
            Map.entry("student", "SELECT code, id FROM student WHERE school_id = ?"),
            Map.entry("parent", "SELECT code, id FROM parent WHERE school_id = ? AND code IS NOT NULL"),
            Map.entry("subgroup", "SELECT code, id FROM subgroup WHERE school_id = ?"),
            Map.entry("lesson", "SELECT code, id FROM lesson WHERE school_id = ? AND code IS NOT NULL"),
            Map.entry("workType", "SELECT code, id FROM work_type WHERE school_id = ?"));

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("studentParent", "SELECT student_id, parent_id FROM student_parent WHERE school_id = ?"),
            Map.entry(
                    "member",
                    "SELECT m.subgroup_id, m.student_id FROM subgroup_member m"
                            + " JOIN subgroup g ON g.id = m.subgroup_id WHERE g.school_id = ?"),
            Map.entry("absence", "SELECT lesson_id, student_id FROM absence WHERE school_id = ?"),
            Map.entry(
                    "mark",
                    "SELECT lesson_id, student_id, work_type_id FROM mark"
                            + " WHERE school_id = ? AND work_type_id IS NOT NULL"),
            Map.entry(
                    "excuse", "SELECT student_id, date_from, date_to, reason FROM absence_excuse WHERE school_id = ?"),
            Map.entry(
                    "periodGrade",
                    "SELECT student_id, subject_id, study_period_id FROM period_grade"
                            + " WHERE school_id = ? AND kind = 'PERIOD'"),
            // a closed period's marks, absences and grades change on no path, the import's neither
            Map.entry(
                    "closedLesson",
                    "SELECT l.id FROM lesson l JOIN study_period p ON p.school_id = l.school_id AND p.closed = TRUE"
                            + " AND l.lesson_date BETWEEN p.start_date AND p.end_date WHERE l.school_id = ?"),
            Map.entry("closedPeriod", "SELECT id FROM study_period WHERE school_id = ? AND closed = TRUE"));

    static final String CLOSED_PERIOD =
            "учебный период закрыт: его отметки, пропуски и итоговые отметки не меняются (откройте период заново)";

    private final Ids ids = new Ids();
    private final String unusablePasswordHash;
    private Map<String, Long> schools;
    private Map<String, Long> loginSchools;
    private Long currentSchool;
    private final Map<String, Map<String, Long>> codes = new HashMap<>();
    private final Map<String, Set<String>> keys = new HashMap<>();
    private Long latestYear;

    public RowImporters(String unusablePasswordHash) {
        this.unusablePasswordHash = unusablePasswordHash;
    }

    public static List<String> header(String file) {
        List<String> header = HEADERS.get(file);
        if (header == null) {
            throw new IllegalArgumentException("Неизвестный файл обмена: " + file);
        }
        return header;
    }

    /** The inserts for the row; empty when it is already loaded. */
    public List<Stmt> process(ImportRow row, Connection c) throws BadRowException, SQLException {
        if (row.fields().size() != header(row.file()).size()) {
            throw new BadRowException("ожидается полей: " + header(row.file()).size() + ", в строке: "
                    + row.fields().size());
        }
        List<Stmt> out = new ArrayList<>();
        if (row.file().equals("schools.csv")) {
            school(row, c, out);
            return out;
        }
        long school = school(row.get(0), c);
        switch (row.file()) {
            case "periods.csv" -> period(row, school, c, out);
            case "staff.csv" -> staff(row, school, c, out);
            case "classes.csv" -> schoolClass(row, school, c, out);
            case "subjects.csv" -> subject(row, school, c, out);
            case "students.csv" -> student(row, school, c, out);
            case "parents.csv" -> parent(row, school, c, out);
            case "student_parents.csv" -> studentParent(row, school, c, out);
            case "subgroups.csv" -> subgroup(row, school, c, out);
            case "subgroup_members.csv" -> member(row, school, c, out);
            case "lessons.csv" -> lesson(row, school, c, out);
            case "absences.csv" -> absence(row, school, c, out);
            case "marks.csv" -> mark(row, school, c, out);
            case "excuses.csv" -> excuse(row, school, c, out);
            case "period_grades.csv" -> periodGrade(row, school, c, out);
            default -> throw new IllegalArgumentException(row.file());
        }
        return out;
    }

    private void school(ImportRow row, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = required(row, 0, "school_code");
        String name = required(row, 1, "name");
        Map<String, Long> all = schools(c);
        if (!all.containsKey(code)) {
            long id = ids.next(c);
            out.add(new Stmt("INSERT INTO school (id, code, name) VALUES (?, ?, ?)", id, code, name));
            all.put(code, id);
        }
    }

    private void period(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = required(row, 1, "period_code");
        String name = required(row, 2, "name");
        LocalDate start = date(row, 3, "start_date");
        LocalDate end = date(row, 4, "end_date");
        if (end.isBefore(start)) {
            throw new BadRowException("end_date раньше start_date");
        }
        if (code(c, school, "period", code) != null) {
            return;
        }
        int startYear = start.getMonthValue() >= 8 ? start.getYear() : start.getYear() - 1;
        String yearName = startYear + "/" + (startYear + 1);
        Long year = code(c, school, "year", yearName);
        if (year == null) {
            year = ids.next(c);
            LocalDate today = LocalDate.now();
            LocalDate yearStart = LocalDate.of(startYear, 9, 1);
            LocalDate yearEnd = LocalDate.of(startYear + 1, 8, 31);
            out.add(new Stmt(
                    "INSERT INTO academic_year (id, school_id, name, start_date, end_date, is_current)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    year,
                    school,
                    yearName,
                    Sql.date(yearStart),
                    Sql.date(yearEnd),
                    !today.isBefore(yearStart) && !today.isAfter(yearEnd)));
            codes.get("year").put(yearName, year);
            latestYear = null;
        }
        long id = ids.next(c);
        out.add(new Stmt(
                "INSERT INTO study_period (id, school_id, academic_year_id, code, name, start_date, end_date,"
                        + " kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                school,
                year,
                code,
                name,
                Sql.date(start),
                Sql.date(end),
                periodKind(name, start, end)));
        codes.get("period").put(code, id);
    }

    private static String periodKind(String name, LocalDate start, LocalDate end) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("тример")) {
            return "TRIMESTER";
        }
        if (n.contains("полугод")) {
            return "HALF_YEAR";
        }
        if (n.contains("год") || end.toEpochDay() - start.toEpochDay() > 200) {
            return "YEAR";
        }
        return "QUARTER";
    }

    private void staff(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String login = required(row, 1, "login");
        String last = personName(row, 2, "last_name");
        String first = personName(row, 3, "first_name");
        optionalPersonName(row, 4, "patronymic");
        List<String> roles = new ArrayList<>();
        for (String r : required(row, 5, "roles").split("\\s+")) {
            try {
                roles.add(Role.valueOf(r).name());
            } catch (IllegalArgumentException e) {
                throw new BadRowException("неизвестная роль: " + r);
            }
        }
        Map<String, Long> logins = loginSchools(c);
        Long owner = logins.get(login);
        if (owner != null) {
            if (owner != school) {
                throw new BadRowException("логин " + login + " уже занят в другой школе");
            }
            return;
        }
        long staffId = ids.next(c);
        long accountId = ids.next(c);
        out.add(new Stmt(
                "INSERT INTO staff_member (id, school_id, last_name, first_name, patronymic) VALUES (?, ?, ?, ?, ?)",
                staffId,
                school,
                last,
                first,
                optional(row, 4)));
        out.add(new Stmt(
                "INSERT INTO user_account (id, school_id, login, password_hash, staff_member_id, enabled,"
                        + " must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                accountId,
                school,
                login,
                unusablePasswordHash,
                staffId,
                false,
                true,
                Sql.nowUtc()));
        for (String role : roles) {
            out.add(new Stmt("INSERT INTO user_role (account_id, role) VALUES (?, ?)", accountId, role));
        }
        logins.put(login, school);
        codes(c, school, "staff").put(login, staffId);
    }

    private void schoolClass(ImportRow row, long school, Connection c, List<Stmt> out)
            throws BadRowException, SQLException {
        String code = title(row, 1, "class_code");
        int grade = integer(row, 2, "grade");
        if (grade < 1 || grade > 11) {
            throw new BadRowException("grade должен быть от 1 до 11");
        }
        Long teacher = optionalRef(c, school, "staff", row, 3, "class_teacher_login");
        if (code(c, school, "class", code) != null) {
            return;
        }
        Long year = latestYear(c, school);
        if (year == null) {
            throw new BadRowException("у школы нет учебного года (сначала periods.csv)");
        }
        String letter = code.replaceFirst("^\\d+", "");
        long id = ids.next(c);
        out.add(new Stmt(
                "INSERT INTO school_class (id, school_id, academic_year_id, code, grade, letter, class_teacher_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                id,
                school,
                year,
                code,
                grade,
                letter.isEmpty() ? null : letter,
                teacher));
        codes.get("class").put(code, id);
    }

    private void subject(ImportRow row, long school, Connection c, List<Stmt> out)
            throws BadRowException, SQLException {
        String code = required(row, 1, "subject_code");
        String name = title(row, 2, "name");
        String grading = required(row, 3, "grading");
        if (!grading.equals("MARKS") && !grading.equals("PASS_FAIL")) {
            throw new BadRowException("grading должен быть MARKS или PASS_FAIL");
        }
        if (code(c, school, "subject", code) == null) {
            long id = ids.next(c);
            out.add(new Stmt(
                    "INSERT INTO subject (id, school_id, code, name, grading) VALUES (?, ?, ?, ?, ?)",
                    id,
                    school,
                    code,
                    name,
                    grading));
            codes.get("subject").put(code, id);
        }
    }

    private void student(ImportRow row, long school, Connection c, List<Stmt> out)
            throws BadRowException, SQLException {
        String code = required(row, 1, "student_code");
        long schoolClass = ref(c, school, "class", row, 2, "class_code");
        String last = personName(row, 3, "last_name");
        String first = personName(row, 4, "first_name");
        optionalPersonName(row, 5, "patronymic");
        LocalDate birth = row.get(6).isEmpty() ? null : date(row, 6, "birth_date");
        String gender = optional(row, 7);
        if (gender != null && !gender.equals("M") && !gender.equals("F")) {
            throw new BadRowException("gender должен быть M или F");
        }
        if (code(c, school, "student", code) == null) {
            long id = ids.next(c);
            out.add(new Stmt(
                    "INSERT INTO student (id, school_id, code, school_class_id, last_name, first_name,"
                            + " patronymic, birth_date, gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    school,
                    code,
                    schoolClass,
                    last,
                    first,
                    optional(row, 5),
                    Sql.date(birth),
                    gender));
            codes.get("student").put(code, id);
        }
    }

    private void parent(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = required(row, 1, "parent_code");
        String last = personName(row, 2, "last_name");
        String first = personName(row, 3, "first_name");
        optionalPersonName(row, 4, "patronymic");
        if (code(c, school, "parent", code) == null) {
            long id = ids.next(c);
            out.add(new Stmt(
                    "INSERT INTO parent (id, school_id, code, last_name, first_name, patronymic, phone,"
                            + " workplace) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    school,
                    code,
                    last,
                    first,
                    optional(row, 4),
                    optional(row, 5),
                    optional(row, 6)));
            codes.get("parent").put(code, id);
        }
    }

    private void studentParent(ImportRow row, long school, Connection c, List<Stmt> out)
            throws BadRowException, SQLException {
        long student = ref(c, school, "student", row, 1, "student_code");
        long parent = ref(c, school, "parent", row, 2, "parent_code");
        String relation = required(row, 3, "relation");
        if (!Set.of("MOTHER", "FATHER", "GUARDIAN").contains(relation)) {
            throw new BadRowException("relation должен быть MOTHER, FATHER или GUARDIAN");
        }
        if (keys(c, school, "studentParent").add(student + ":" + parent)) {
            out.add(new Stmt(
                    "INSERT INTO student_parent (id, school_id, student_id, parent_id, relation)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    ids.next(c),
                    school,
                    student,
                    parent,
                    relation));
        }
    }

    private void subgroup(ImportRow row, long school, Connection c, List<Stmt> out)
            throws BadRowException, SQLException {
        String code = title(row, 1, "subgroup_code");
        long schoolClass = ref(c, school, "class", row, 2, "class_code");
        long subject = ref(c, school, "subject", row, 3, "subject_code");
        Long teacher = optionalRef(c, school, "staff", row, 4, "teacher_login");
        if (code(c, school, "subgroup", code) == null) {
            long id = ids.next(c);
            out.add(new Stmt(
                    "INSERT INTO subgroup (id, school_id, school_class_id, subject_id, code, name, teacher_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id,
                    school,
                    schoolClass,
                    subject,
                    code,
                    code,
                    teacher));
            codes.get("subgroup").put(code, id);
        }
    }

    private void member(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        long subgroup = ref(c, school, "subgroup", row, 1, "subgroup_code");
        long student = ref(c, school, "student", row, 2, "student_code");
        if (keys(c, school, "member").add(subgroup + ":" + student)) {
            out.add(new Stmt("INSERT INTO subgroup_member (subgroup_id, student_id) VALUES (?, ?)", subgroup, student));
        }
    }

    private void lesson(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        String code = required(row, 1, "lesson_code");
        long schoolClass = ref(c, school, "class", row, 2, "class_code");
        Long subgroup = optionalRef(c, school, "subgroup", row, 3, "subgroup_code");
        long subject = ref(c, school, "subject", row, 4, "subject_code");
        long teacher = ref(c, school, "staff", row, 5, "teacher_login");
        LocalDate date = date(row, 6, "date");
        int periodNo = integer(row, 7, "period_no");
        if (periodNo < 0) {
            throw new BadRowException("period_no не может быть отрицательным");
        }
        boolean taken = bool(row, 9, "attendance_taken");
        if (code(c, school, "lesson", code) == null) {
            long id = ids.next(c);
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
            codes.get("lesson").put(code, id);
        }
    }

    private void absence(ImportRow row, long school, Connection c, List<Stmt> out)
            throws BadRowException, SQLException {
        long lesson = ref(c, school, "lesson", row, 1, "lesson_code");
        long student = ref(c, school, "student", row, 2, "student_code");
        String code;
        try {
            code = AbsenceCode.fromLabel(required(row, 3, "code")).name();
        } catch (IllegalArgumentException e) {
            throw new BadRowException("код пропуска должен быть Н, Б, У, П или ОП");
        }
        refuseClosedLesson(c, school, lesson);
        if (keys(c, school, "absence").add(lesson + ":" + student)) {
            out.add(new Stmt(
                    "INSERT INTO absence (id, school_id, lesson_id, student_id, code, entered_at, entered_by)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    ids.next(c),
                    school,
                    lesson,
                    student,
                    code,
                    Sql.nowUtc(),
                    IMPORTED_BY));
        }
    }

    private void mark(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        long lesson = ref(c, school, "lesson", row, 1, "lesson_code");
        long student = ref(c, school, "student", row, 2, "student_code");
        int value = integer(row, 3, "value");
        if (value < 1 || value > 5) {
            throw new BadRowException("отметка должна быть от 1 до 5");
        }
        String workTypeCode = required(row, 4, "work_type");
        int weight = integer(row, 5, "weight");
        if (weight < 1) {
            throw new BadRowException("weight должен быть больше нуля");
        }
        Long workType = code(c, school, "workType", workTypeCode);
        if (workType == null) {
            workType = ids.next(c);
            out.add(new Stmt(
                    "INSERT INTO work_type (id, school_id, code, name, weight) VALUES (?, ?, ?, ?, ?)",
                    workType,
                    school,
                    workTypeCode,
                    workTypeCode,
                    weight));
            codes.get("workType").put(workTypeCode, workType);
        }
        refuseClosedLesson(c, school, lesson);
        if (keys(c, school, "mark").add(lesson + ":" + student + ":" + workType)) {
            out.add(new Stmt(
                    "INSERT INTO mark (id, school_id, lesson_id, student_id, mark_value, work_type_id, weight,"
                            + " entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ids.next(c),
                    school,
                    lesson,
                    student,
                    Integer.toString(value),
                    workType,
                    weight,
                    Sql.nowUtc(),
                    IMPORTED_BY));
        }
    }

    private void excuse(ImportRow row, long school, Connection c, List<Stmt> out) throws BadRowException, SQLException {
        long student = ref(c, school, "student", row, 1, "student_code");
        LocalDate from = date(row, 2, "date_from");
        LocalDate to = date(row, 3, "date_to");
        if (to.isBefore(from)) {
            throw new BadRowException("date_to раньше date_from");
        }
        String reason = required(row, 4, "reason");
        if (!reason.equals("ILLNESS") && !reason.equals("OTHER")) {
            throw new BadRowException("reason должен быть ILLNESS или OTHER");
        }
        if (keys(c, school, "excuse").add(student + ":" + from + ":" + to + ":" + reason)) {
            out.add(new Stmt(
                    "INSERT INTO absence_excuse (id, school_id, student_id, date_from, date_to, reason, document,"
                            + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ids.next(c),
                    school,
                    student,
                    Sql.date(from),
                    Sql.date(to),
                    reason,
                    optional(row, 5),
                    Sql.nowUtc(),
                    IMPORTED_BY));
        }
    }

    private void periodGrade(ImportRow row, long school, Connection c, List<Stmt> out)
            throws BadRowException, SQLException {
        long student = ref(c, school, "student", row, 1, "student_code");
        long subject = ref(c, school, "subject", row, 2, "subject_code");
        long period = ref(c, school, "period", row, 3, "period_code");
        String value = required(row, 4, "value").toUpperCase(Locale.ROOT);
        if (!Set.of("1", "2", "3", "4", "5", "НА", "ЗАЧ", "НЕЗАЧ").contains(value)) {
            throw new BadRowException("отметка за период должна быть 1–5, НА, ЗАЧ или НЕЗАЧ");
        }
        if (keys(c, school, "closedPeriod").contains(Long.toString(period))) {
            throw new BadRowException(CLOSED_PERIOD);
        }
        if (keys(c, school, "periodGrade").add(student + ":" + subject + ":" + period)) {
            out.add(new Stmt(
                    "INSERT INTO period_grade (id, school_id, student_id, subject_id, study_period_id, kind,"
                            + " grade_value, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, 'PERIOD', ?, ?, ?)",
                    ids.next(c),
                    school,
                    student,
                    subject,
                    period,
                    value,
                    Sql.nowUtc(),
                    IMPORTED_BY));
        }
    }

    private void refuseClosedLesson(Connection c, long school, long lesson) throws BadRowException, SQLException {
        if (keys(c, school, "closedLesson").contains(Long.toString(lesson))) {
            throw new BadRowException(CLOSED_PERIOD);
        }
    }

    // ---------------------------------------------------------------- values

    private static String required(ImportRow row, int index, String column) throws BadRowException {
        String value = row.get(index);
        if (value.isEmpty()) {
            throw new BadRowException("не заполнено " + column);
        }
        return value;
    }

    /** A subject, class or subgroup name: letters, digits, spaces and {@code .,-()№} (no angle brackets). */
    private static String title(ImportRow row, int index, String column) throws BadRowException {
        String value = required(row, index, column);
        if (!NameRules.isTitle(value)) {
            throw new BadRowException(column + ": допустимы только буквы, цифры, пробел и знаки . , - ( ) №");
        }
        return value;
    }

    /** A person's name as the cards accept it: letters, spaces, apostrophe and hyphen. */
    private static String personName(ImportRow row, int index, String column) throws BadRowException {
        String value = required(row, index, column);
        if (!NameRules.isPersonName(value)) {
            throw new BadRowException(column + ": допустимы только буквы, пробел, апостроф и дефис");
        }
        return value;
    }

    private static void optionalPersonName(ImportRow row, int index, String column) throws BadRowException {
        if (!row.get(index).isEmpty()) {
            personName(row, index, column);
        }
    }

    private static String optional(ImportRow row, int index) {
        String value = row.get(index);
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(ImportRow row, int index, String column) throws BadRowException {
        String value = required(row, index, column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRowException("неверная дата в " + column + ": " + value);
        }
    }

    private static int integer(ImportRow row, int index, String column) throws BadRowException {
        String value = required(row, index, column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRowException("не число в " + column + ": " + value);
        }
    }

    private static boolean bool(ImportRow row, int index, String column) throws BadRowException {
        String value = required(row, index, column).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new BadRowException(column + " должен быть true или false");
        }
        return value.equals("true");
    }

    // ---------------------------------------------------------------- codes of the current school

    private long school(String code, Connection c) throws BadRowException, SQLException {
        Long id = schools(c).get(code);
        if (id == null) {
            throw new BadRowException("неизвестный код школы: " + code);
        }
        if (!id.equals(currentSchool)) {
            codes.clear();
            keys.clear();
            latestYear = null;
            currentSchool = id;
        }
        return id;
    }

    private long ref(Connection c, long school, String kind, ImportRow row, int index, String column)
            throws BadRowException, SQLException {
        String code = required(row, index, column);
        Long id = code(c, school, kind, code);
        if (id == null) {
            throw new BadRowException("неизвестный " + column + ": " + code);
        }
        return id;
    }

    private Long optionalRef(Connection c, long school, String kind, ImportRow row, int index, String column)
            throws BadRowException, SQLException {
        return row.get(index).isEmpty() ? null : ref(c, school, kind, row, index, column);
    }

    private Long code(Connection c, long school, String kind, String code) throws SQLException {
        return codes(c, school, kind).get(code);
    }

    private Map<String, Long> codes(Connection c, long school, String kind) throws SQLException {
        Map<String, Long> map = codes.get(kind);
        if (map == null) {
            map = idsByCode(c, LOOKUPS.get(kind), school);
            codes.put(kind, map);
        }
        return map;
    }

    private Set<String> keys(Connection c, long school, String kind) throws SQLException {
        Set<String> set = keys.get(kind);
        if (set == null) {
            set = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(KEYS.get(kind))) {
                ps.setLong(1, school);
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder key = new StringBuilder(rs.getString(1));
                        for (int i = 2; i <= columns; i++) {
                            key.append(':').append(rs.getString(i));
                        }
                        set.add(key.toString());
                    }
                }
            }
            keys.put(kind, set);
        }
        return set;
    }

    private Long latestYear(Connection c, long school) throws SQLException {
        if (latestYear == null) {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT id FROM academic_year WHERE school_id = ? ORDER BY start_date DESC")) {
                ps.setLong(1, school);
                try (ResultSet rs = ps.executeQuery()) {
                    latestYear = rs.next() ? rs.getLong(1) : null;
                }
            }
        }
        return latestYear;
    }

    private Map<String, Long> schools(Connection c) throws SQLException {
        if (schools == null) {
            schools = idsByCode(c, "SELECT code, id FROM school", null);
        }
        return schools;
    }

    private Map<String, Long> loginSchools(Connection c) throws SQLException {
        if (loginSchools == null) {
            loginSchools = idsByCode(c, "SELECT login, school_id FROM user_account", null);
        }
        return loginSchools;
    }

    /** A query of (code, id) rows as a map; {@code school} is its one parameter, when not null. */
    private static Map<String, Long> idsByCode(Connection c, String sql, Long school) throws SQLException {
        Map<String, Long> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (school != null) {
                ps.setLong(1, school);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return map;
    }

    static Timestamp now() {
        return Sql.nowUtc();
    }
}
