package ru.ejournal.batch.regionimport;

import static java.util.stream.Collectors.joining;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.ejournal.batch.common.Sql;

/**
 * Loads one exchange file from the staging table {@code import_stage} with a few statements over the
 * whole file (the way a set-based SQL author would, hash joins instead of a lookup per row): (1) the rows
 * whose codes do not resolve (school, class, lesson, student...) or whose lesson or period is closed (a
 * closed period's lessons, marks, absences and grades change on no path, the import's neither) go to the error report with their line and the same reason as the row-by-row path gives, by an anti-join;
 * (2) the others are inserted unless already in the database (a re-run adds nothing) or repeated further
 * down the file (the first line wins); (3) the change history of what was inserted ({@code change_record},
 * author {@value ImportHistory#CHANGED_BY}, the reason naming the job instance, file and line, a row per
 * filled field as {@link ImportHistory} writes it), joined on the ids reserved for each staged row; (4) the
 * staged rows are deleted. Runs in the transaction of the file's last chunk, so it is done once or not at
 * all; the statements are the same SQL on PostgreSQL and H2.
 */
final class StagedLoad {

    /** What the file's load did: rows staged, refused by the resolution, inserted. */
    record Result(int staged, int refused, int inserted) {}

    static final String IMPORTED_BY = RowImporters.IMPORTED_BY;

    /** The ids each staged row of a file reserves: the record, one per history field, a new work type. */
    static int idsPerRow(String file) {
        Spec spec = SPECS.get(file);
        return Math.max(1, spec.history.size() + 1) + (file.equals("marks.csv") ? 1 : 0);
    }

    private record Spec(
            String table,
            String key,
            String joins,
            List<Reason> reasons,
            String columns,
            String values,
            String exists,
            String entityType,
            List<String[]> history) {}

    private static final String SCHOOL = " LEFT JOIN school sc ON sc.code = s.c1";

    /** The class of a code in the school's latest academic year. */
    private static String schoolClass(String column) {
        return " LEFT JOIN (SELECT c.school_id, c.code, c.id FROM school_class c JOIN academic_year y"
                + " ON y.id = c.academic_year_id WHERE NOT EXISTS (SELECT 1 FROM school_class c2 JOIN academic_year y2"
                + " ON y2.id = c2.academic_year_id WHERE c2.school_id = c.school_id AND c2.code = c.code"
                + " AND y2.start_date > y.start_date)) cl ON cl.school_id = sc.id AND cl.code = s." + column;
    }

    private static String subgroup(String column) {
        return " LEFT JOIN (SELECT school_id, code, MAX(id) AS id FROM subgroup GROUP BY school_id, code) sg"
                + " ON sg.school_id = sc.id AND sg.code = s." + column;
    }

    private static String byCode(String table, String alias, String column) {
        return " LEFT JOIN " + table + " " + alias + " ON " + alias + ".school_id = sc.id AND " + alias + ".code = s."
                + column;
    }

    /** Lessons in a closed study period of their school (each once). */
    private static final String CLOSED_LESSONS =
            " LEFT JOIN (SELECT DISTINCT l2.id FROM lesson l2 JOIN study_period p ON p.school_id = l2.school_id"
                    + " AND p.closed = TRUE AND l2.lesson_date BETWEEN p.start_date AND p.end_date) cls ON cls.id = l.id";

    /** Why a staged row is refused: a condition and the text of the error report, both SQL. */
    private record Reason(String when, String text) {}

    private static Reason unknown(String alias, String column, String name) {
        return new Reason(
                alias + ".id IS NULL",
                ImportTexts.sql("batch.import.unknown", name, new ImportTexts.Expr("s." + column)));
    }

    private static final Reason UNKNOWN_SCHOOL =
            new Reason("sc.id IS NULL", ImportTexts.sql("batch.import.unknownSchool", new ImportTexts.Expr("s.c1")));

    private static Reason closed(String when) {
        return new Reason(when, ImportTexts.sql("batch.import.periodClosed"));
    }

    private static final Map<String, Spec> SPECS = Map.of(
            "students.csv",
            new Spec(
                    "student",
                    "s0.c1, s0.c2",
                    SCHOOL + schoolClass("c3"),
                    List.of(UNKNOWN_SCHOOL, unknown("cl", "c3", "class_code")),
                    "id, school_id, code, school_class_id, last_name, first_name, patronymic, birth_date, gender",
                    "s.id, sc.id, s.c2, cl.id, s.c4, s.c5, s.c6, CAST(s.c7 AS DATE), s.c8",
                    "SELECT 1 FROM student e WHERE e.school_id = sc.id AND e.code = s.c2",
                    "Student",
                    List.of(
                            new String[] {"code", "s.c2"},
                            new String[] {"schoolClass", "CAST(t.school_class_id AS VARCHAR)"},
                            new String[] {"lastName", "s.c4"},
                            new String[] {"firstName", "s.c5"},
                            new String[] {"patronymic", "s.c6"},
                            new String[] {"birthDate", "s.c7"},
                            new String[] {"gender", "s.c8"},
                            new String[] {"status", "'STUDYING'"})),
            "parents.csv",
            new Spec(
                    "parent",
                    "s0.c1, s0.c2",
                    SCHOOL,
                    List.of(UNKNOWN_SCHOOL),
                    "id, school_id, code, last_name, first_name, patronymic, phone, workplace",
                    "s.id, sc.id, s.c2, s.c3, s.c4, s.c5, s.c6, s.c7",
                    "SELECT 1 FROM parent e WHERE e.school_id = sc.id AND e.code = s.c2",
                    "Parent",
                    List.of(
                            new String[] {"code", "s.c2"},
                            new String[] {"lastName", "s.c3"},
                            new String[] {"firstName", "s.c4"},
                            new String[] {"patronymic", "s.c5"},
                            new String[] {"phone", "s.c6"},
                            new String[] {"workplace", "s.c7"})),
            "student_parents.csv",
            new Spec(
                    "student_parent",
                    "s0.c1, s0.c2, s0.c3",
                    SCHOOL + byCode("student", "st", "c2") + byCode("parent", "pa", "c3"),
                    List.of(UNKNOWN_SCHOOL, unknown("st", "c2", "student_code"), unknown("pa", "c3", "parent_code")),
                    "id, school_id, student_id, parent_id, relation",
                    "s.id, sc.id, st.id, pa.id, s.c4",
                    "SELECT 1 FROM student_parent e WHERE e.student_id = st.id AND e.parent_id = pa.id",
                    "StudentParent",
                    List.of(
                            new String[] {"student", "CAST(t.student_id AS VARCHAR)"},
                            new String[] {"parent", "CAST(t.parent_id AS VARCHAR)"},
                            new String[] {"relation", "s.c4"})),
            "subgroup_members.csv",
            new Spec(
                    "subgroup_member",
                    "s0.c1, s0.c2, s0.c3",
                    SCHOOL + subgroup("c2") + byCode("student", "st", "c3"),
                    List.of(UNKNOWN_SCHOOL, unknown("sg", "c2", "subgroup_code"), unknown("st", "c3", "student_code")),
                    "subgroup_id, student_id",
                    "sg.id, st.id",
                    "SELECT 1 FROM subgroup_member e WHERE e.subgroup_id = sg.id AND e.student_id = st.id",
                    null,
                    List.of()),
            "lessons.csv",
            new Spec(
                    "lesson",
                    "s0.c1, s0.c2",
                    SCHOOL + schoolClass("c3") + subgroup("c4") + byCode("subject", "su", "c5")
                            + " LEFT JOIN user_account ua ON ua.school_id = sc.id AND ua.login = s.c6"
                            + " AND ua.staff_member_id IS NOT NULL",
                    List.of(
                            UNKNOWN_SCHOOL,
                            unknown("cl", "c3", "class_code"),
                            new Reason(
                                    "s.c4 IS NOT NULL AND sg.id IS NULL",
                                    ImportTexts.sql(
                                            "batch.import.unknown", "subgroup_code", new ImportTexts.Expr("s.c4"))),
                            unknown("su", "c5", "subject_code"),
                            new Reason(
                                    "ua.staff_member_id IS NULL",
                                    ImportTexts.sql(
                                            "batch.import.unknown", "teacher_login", new ImportTexts.Expr("s.c6"))),
                            // a new lesson in a closed period would change its journal, as a generated one would
                            closed("EXISTS (SELECT 1 FROM study_period p WHERE p.school_id = sc.id AND p.closed = TRUE"
                                    + " AND CAST(s.c7 AS DATE) BETWEEN p.start_date AND p.end_date)")),
                    "id, school_id, code, school_class_id, subgroup_id, subject_id, teacher_id, lesson_date, period_no,"
                            + " topic, attendance_taken",
                    "s.id, sc.id, s.c2, cl.id, sg.id, su.id, ua.staff_member_id, CAST(s.c7 AS DATE),"
                            + " CAST(s.c8 AS INTEGER), s.c9, CAST(s.c10 AS BOOLEAN)",
                    "SELECT 1 FROM lesson e WHERE e.school_id = sc.id AND e.code = s.c2",
                    null,
                    List.of()),
            "absences.csv",
            new Spec(
                    "absence",
                    "s0.c1, s0.c2, s0.c3",
                    SCHOOL + byCode("lesson", "l", "c2") + byCode("student", "st", "c3") + CLOSED_LESSONS,
                    List.of(
                            UNKNOWN_SCHOOL,
                            unknown("l", "c2", "lesson_code"),
                            unknown("st", "c3", "student_code"),
                            closed("cls.id IS NOT NULL")),
                    "id, school_id, lesson_id, student_id, code, entered_at, entered_by",
                    "s.id, sc.id, l.id, st.id, s.c4, :now, '" + IMPORTED_BY + "'",
                    "SELECT 1 FROM absence e WHERE e.lesson_id = l.id AND e.student_id = st.id",
                    "Absence",
                    List.<String[]>of(new String[] {"code", "s.c4"})),
            "marks.csv",
            new Spec(
                    "mark",
                    "s0.c1, s0.c2, s0.c3, s0.c5",
                    SCHOOL
                            + byCode("lesson", "l", "c2")
                            + byCode("student", "st", "c3")
                            + byCode("work_type", "w", "c5")
                            + CLOSED_LESSONS,
                    List.of(
                            UNKNOWN_SCHOOL,
                            unknown("l", "c2", "lesson_code"),
                            unknown("st", "c3", "student_code"),
                            closed("cls.id IS NOT NULL")),
                    "id, school_id, lesson_id, student_id, mark_value, work_type_id, weight, entered_at, entered_by",
                    "s.id, sc.id, l.id, st.id, s.c4, w.id, CAST(s.c6 AS INTEGER), :now, '" + IMPORTED_BY + "'",
                    "SELECT 1 FROM mark e WHERE e.lesson_id = l.id AND e.student_id = st.id AND e.work_type_id = w.id",
                    "Mark",
                    List.<String[]>of(new String[] {"value", "s.c4"})),
            "excuses.csv",
            new Spec(
                    "absence_excuse",
                    "s0.c1, s0.c2, s0.c3, s0.c4, s0.c5",
                    SCHOOL + byCode("student", "st", "c2"),
                    List.of(UNKNOWN_SCHOOL, unknown("st", "c2", "student_code")),
                    "id, school_id, student_id, date_from, date_to, reason, document, created_at, created_by",
                    "s.id, sc.id, st.id, CAST(s.c3 AS DATE), CAST(s.c4 AS DATE), s.c5, s.c6, :now, '" + IMPORTED_BY
                            + "'",
                    "SELECT 1 FROM absence_excuse e WHERE e.school_id = sc.id AND e.student_id = st.id"
                            + " AND e.date_from = CAST(s.c3 AS DATE) AND e.date_to = CAST(s.c4 AS DATE)"
                            + " AND e.reason = s.c5",
                    null,
                    List.of()),
            "period_grades.csv",
            new Spec(
                    "period_grade",
                    "s0.c1, s0.c2, s0.c3, s0.c4",
                    SCHOOL + byCode("student", "st", "c2") + byCode("subject", "su", "c3")
                            + " LEFT JOIN (SELECT p.school_id, p.code, p.id, p.closed FROM study_period p"
                            + " WHERE NOT EXISTS (SELECT 1 FROM study_period p2 WHERE p2.school_id = p.school_id"
                            + " AND p2.code = p.code AND p2.end_date > p.end_date)) pe"
                            + " ON pe.school_id = sc.id AND pe.code = s.c4",
                    List.of(
                            UNKNOWN_SCHOOL,
                            unknown("st", "c2", "student_code"),
                            unknown("su", "c3", "subject_code"),
                            unknown("pe", "c4", "period_code"),
                            closed("pe.closed = TRUE")),
                    "id, school_id, student_id, subject_id, study_period_id, kind, grade_value, entered_at, entered_by",
                    "s.id, sc.id, st.id, su.id, pe.id, 'PERIOD', s.c5, :now, '" + IMPORTED_BY + "'",
                    "SELECT 1 FROM period_grade e WHERE e.student_id = st.id AND e.subject_id = su.id"
                            + " AND e.study_period_id = pe.id AND e.kind = 'PERIOD'",
                    "PeriodGrade",
                    List.<String[]>of(new String[] {"value", "s.c5"})));

    /** The tables each file's statements read: analyzed before them on PostgreSQL. */
    private static final Map<String, String> ANALYZED = Map.ofEntries(
            Map.entry("students.csv", "student, school, school_class, academic_year"),
            Map.entry("parents.csv", "parent, school"),
            Map.entry("student_parents.csv", "student_parent, school, student, parent"),
            Map.entry("subgroup_members.csv", "subgroup_member, school, subgroup, student"),
            Map.entry(
                    "lessons.csv",
                    "lesson, school, school_class, academic_year, subgroup, subject, user_account, study_period"),
            Map.entry("absences.csv", "absence, school, lesson, student, study_period"),
            Map.entry("marks.csv", "mark, school, lesson, student, work_type, study_period"),
            Map.entry("excuses.csv", "absence_excuse, school, student"),
            Map.entry("period_grades.csv", "period_grade, school, student, subject, study_period"));

    private static final String STAGED = " WHERE s.job_instance_id = :job AND s.file_name = :file";

    private StagedLoad() {}

    /** Loads the staged rows of the file (see the class comment) and deletes them. */
    static Result load(Connection c, long jobInstance, String file, Timestamp now) throws SQLException {
        Spec spec = SPECS.get(file);
        Map<String, Object> p = Map.of("job", jobInstance, "file", file, "now", now);
        // the file's staged rows, counted on PostgreSQL only (-1 on H2): BulkLoad and the TRUNCATE use them, and
        // H2 has neither
        long staged = -1;
        if (Sql.isPostgres(c)) {
            // statistics of the staged file and of the tables it refers to, which this import may just have
            // filled: without them the planner takes a fresh table for empty and loops where it should hash
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE import_stage, " + ANALYZED.get(file));
                // the sorts and hashes of a file of a million rows in memory rather than in temporary files
                s.execute("SET LOCAL work_mem = '256MB'");
            }
            staged = count(c, p);
        }
        if (file.equals("marks.csv")) {
            update(
                    c,
                    // a school's new work type as its first line gives it (ids are reserved in line order)
                    "INSERT INTO work_type (id, school_id, code, name, weight) SELECT s.id + 2, sc.id, s.c5, s.c5,"
                            + " CAST(s.c6 AS INTEGER) FROM (SELECT MIN(s0.id) AS id FROM import_stage s0"
                            + " WHERE s0.job_instance_id = :job AND s0.file_name = :file GROUP BY s0.c1, s0.c5) f"
                            + " JOIN import_stage s ON s.id = f.id JOIN school sc ON sc.code = s.c1"
                            + " WHERE NOT EXISTS (SELECT 1 FROM work_type w WHERE w.school_id = sc.id AND w.code = s.c5)",
                    p);
        }
        String reason = "CASE"
                + spec.reasons.stream()
                        .map(r -> " WHEN " + r.when + " THEN " + r.text)
                        .collect(joining()) + " END";
        // the rows no reason refuses, as a conjunction: the planner turns the outer joins into inner ones and
        // estimates them (a CASE ... IS NULL it takes for 0.5 % of the rows, and loops where it should hash)
        String valid = spec.reasons.stream().map(r -> "NOT (" + r.when + ")").collect(joining(" AND "));
        int refused = update(
                c,
                "INSERT INTO import_error (id, job_instance_id, file_name, line_no, reason, created_at)"
                        + " SELECT r.id, :job, :file, r.line_no, r.reason, :now FROM (SELECT s.id, s.line_no, " + reason
                        + " AS reason FROM import_stage s" + spec.joins + STAGED + ") r WHERE r.reason IS NOT NULL",
                p);
        BulkLoad bulk = BulkLoad.begin(c, spec.table, staged);
        int inserted = update(
                c,
                "INSERT INTO " + spec.table + " (" + spec.columns + ") SELECT " + spec.values
                        + " FROM (SELECT s0.*, ROW_NUMBER() OVER (PARTITION BY " + spec.key
                        + " ORDER BY s0.line_no) AS rn FROM import_stage s0 WHERE s0.job_instance_id = :job"
                        + " AND s0.file_name = :file) s" + spec.joins + " WHERE s.rn = 1 AND " + valid
                        + " AND NOT EXISTS (" + spec.exists + ")",
                p);
        bulk.end();
        if (!spec.history.isEmpty()) {
            StringBuilder fields = new StringBuilder();
            StringBuilder values = new StringBuilder("CASE f.j");
            for (int j = 1; j <= spec.history.size(); j++) {
                String[] field = spec.history.get(j - 1);
                fields.append(j == 1 ? "" : ", ")
                        .append("(")
                        .append(j)
                        .append(", '")
                        .append(field[0])
                        .append("')");
                values.append(" WHEN ").append(j).append(" THEN ").append(field[1]);
            }
            values.append(" END");
            BulkLoad history = BulkLoad.begin(c, "change_record", (long) inserted * spec.history.size());
            update(
                    c,
                    "INSERT INTO change_record (id, school_id, entity_type, entity_id, field, new_value, changed_by,"
                            + " changed_at, reason) SELECT h.id, h.school_id, '" + spec.entityType
                            + "', h.entity_id, h.field, h.v, '" + ImportHistory.CHANGED_BY
                            + "', :now, "
                            + ImportTexts.sql(
                                    "batch.import.history",
                                    jobInstance,
                                    file,
                                    new ImportTexts.Expr("CAST(h.line_no AS VARCHAR)"))
                            + " FROM (SELECT t.id + f.j AS id,"
                            + " t.school_id, t.id AS entity_id, f.name AS field, s.line_no, " + values + " AS v"
                            + " FROM import_stage s JOIN " + spec.table + " t ON t.id = s.id CROSS JOIN (VALUES "
                            + fields + ") AS f(j, name)" + STAGED + ") h WHERE h.v IS NOT NULL",
                    p);
            history.end();
        }
        return new Result(clear(c, p, staged), refused, inserted);
    }

    /**
     * Deletes the file's staged rows and says how many there were. On PostgreSQL ({@code staged} the file's
     * count, else -1), when no other import has rows staged, by TRUNCATE (the table locked first, so that none
     * can add any meanwhile): a DELETE of a million rows costs a second and leaves them to vacuum.
     */
    private static int clear(Connection c, Map<String, Object> p, long staged) throws SQLException {
        if (staged >= 0) {
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE import_stage IN ACCESS EXCLUSIVE MODE");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM import_stage")) {
                    rs.next();
                    if (rs.getLong(1) == staged) {
                        s.execute("TRUNCATE import_stage");
                        return (int) staged;
                    }
                }
            }
        }
        return update(c, "DELETE FROM import_stage WHERE job_instance_id = :job AND file_name = :file", p);
    }

    private static long count(Connection c, Map<String, Object> p) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT COUNT(*) FROM import_stage WHERE job_instance_id = ? AND file_name = ?")) {
            ps.setLong(1, (Long) p.get("job"));
            ps.setString(2, (String) p.get("file"));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static final Pattern NAME = Pattern.compile(":(job|file|now)\\b");

    /** Runs a statement with named parameters ({@code :job}, {@code :file}, {@code :now}). */
    private static int update(Connection c, String sql, Map<String, Object> parameters) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher m = NAME.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            values.add(parameters.get(m.group(1)));
            // typed: PostgreSQL gives an untyped parameter in a SELECT list the type text
            m.appendReplacement(
                    jdbc,
                    switch (m.group(1)) {
                        case "now" -> "CAST(? AS TIMESTAMP)";
                        case "job" -> "CAST(? AS BIGINT)";
                        default -> "CAST(? AS VARCHAR)";
                    });
        }
        m.appendTail(jdbc);
        try (PreparedStatement ps = c.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            return ps.executeUpdate();
        }
    }
}
