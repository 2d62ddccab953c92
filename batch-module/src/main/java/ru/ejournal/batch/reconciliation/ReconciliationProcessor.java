package ru.ejournal.batch.reconciliation;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import ru.ejournal.batch.common.DateRange;

/**
 * Loads one school's lessons, absences, marks, excuses, subgroups and closed periods in the range with one
 * query each (a class per item took a query per class and kind: 80,000 at size L for a week), and applies
 * {@link ReconciliationRules} class by class. Every class of the school gets a result, an empty one when it
 * had no lesson, so that the writer clears its open findings of the range. Findings already settled by the
 * class teacher are not found again.
 */
@Named
public class ReconciliationProcessor implements ItemProcessor {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Override
    public Object processItem(Object item) throws Exception {
        long schoolId = (Long) item;
        DateRange range = DateRange.of(from, to);
        Date start = Date.valueOf(range.from());
        Date end = Date.valueOf(range.to());
        try (Connection c = dataSource.getConnection()) {
            List<Long> classes = new ArrayList<>();
            query(
                    c,
                    "SELECT id FROM school_class WHERE school_id = ? ORDER BY id",
                    schoolId,
                    null,
                    null,
                    rs -> classes.add(rs.getLong(1)));
            Map<Long, List<ReconciliationRules.LessonData>> lessons = new HashMap<>();
            query(
                    c,
                    "SELECT school_class_id, id, subgroup_id, lesson_date, period_no, attendance_taken FROM lesson"
                            + " WHERE school_id = ? AND lesson_date BETWEEN ? AND ? AND cancelled = FALSE",
                    schoolId,
                    start,
                    end,
                    rs -> of(lessons, rs.getLong(1))
                            .add(new ReconciliationRules.LessonData(
                                    rs.getLong(2),
                                    rs.getObject(3) == null ? null : rs.getLong(3),
                                    rs.getDate(4).toLocalDate(),
                                    rs.getInt(5),
                                    rs.getBoolean(6))));
            Map<Long, List<Long>> students = new HashMap<>();
            query(
                    c,
                    "SELECT s.school_class_id, s.id FROM student s JOIN school_class k ON k.id = s.school_class_id"
                            + " WHERE k.school_id = ? ORDER BY s.id",
                    schoolId,
                    null,
                    null,
                    rs -> of(students, rs.getLong(1)).add(rs.getLong(2)));
            Map<Long, Map<Long, Set<Long>>> members = new HashMap<>();
            query(
                    c,
                    "SELECT g.school_class_id, m.subgroup_id, m.student_id FROM subgroup_member m"
                            + " JOIN subgroup g ON g.id = m.subgroup_id JOIN school_class k ON k.id = g.school_class_id"
                            + " WHERE k.school_id = ?",
                    schoolId,
                    null,
                    null,
                    rs -> members.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getLong(2), k -> new HashSet<>())
                            .add(rs.getLong(3)));
            Map<Long, List<ReconciliationRules.AbsenceData>> absences = new HashMap<>();
            query(
                    c,
                    "SELECT l.school_class_id, a.id, a.lesson_id, a.student_id, a.code FROM absence a"
                            + " JOIN lesson l ON l.id = a.lesson_id WHERE l.school_id = ?"
                            + " AND l.lesson_date BETWEEN ? AND ? AND l.cancelled = FALSE",
                    schoolId,
                    start,
                    end,
                    rs -> of(absences, rs.getLong(1))
                            .add(new ReconciliationRules.AbsenceData(
                                    rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5))));
            Map<Long, Set<String>> marked = new HashMap<>();
            query(
                    c,
                    "SELECT DISTINCT l.school_class_id, m.student_id, l.lesson_date FROM mark m"
                            + " JOIN lesson l ON l.id = m.lesson_id WHERE l.school_id = ? AND l.lesson_date BETWEEN ? AND ?",
                    schoolId,
                    start,
                    end,
                    rs -> marked.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(rs.getLong(2) + ":" + rs.getDate(3).toLocalDate()));
            Map<Long, List<ReconciliationRules.ExcuseData>> excuses = new HashMap<>();
            query(
                    c,
                    "SELECT s.school_class_id, e.student_id, e.date_from, e.date_to, e.reason FROM absence_excuse e"
                            + " JOIN student s ON s.id = e.student_id JOIN school_class k ON k.id = s.school_class_id"
                            + " WHERE k.school_id = ? AND e.date_to >= ? AND e.date_from <= ?",
                    schoolId,
                    start,
                    end,
                    rs -> of(excuses, rs.getLong(1))
                            .add(new ReconciliationRules.ExcuseData(
                                    rs.getLong(2),
                                    rs.getDate(3).toLocalDate(),
                                    rs.getDate(4).toLocalDate(),
                                    rs.getString(5))));
            Set<String> settled = new HashSet<>();
            query(
                    c,
                    "SELECT f.school_class_id, f.kind, f.student_id, f.lesson_id, f.finding_date FROM reconciliation_finding f"
                            + " JOIN school_class k ON k.id = f.school_class_id WHERE k.school_id = ?"
                            + " AND f.finding_date BETWEEN ? AND ? AND f.status = 'SETTLED'",
                    schoolId,
                    start,
                    end,
                    rs -> settled.add(rs.getLong(1) + "/"
                            + new ReconciliationRules.Finding(
                                            rs.getString(2),
                                            (Long) (rs.getObject(3) == null ? null : rs.getLong(3)),
                                            (Long) (rs.getObject(4) == null ? null : rs.getLong(4)),
                                            rs.getDate(5).toLocalDate())
                                    .key()));
            List<ReconciliationRules.ClosedRange> closed = new ArrayList<>();
            // closed periods that overlap the range: starting by its end, ending from its start
            query(
                    c,
                    "SELECT start_date, end_date FROM study_period WHERE school_id = ? AND closed = TRUE"
                            + " AND start_date <= ? AND end_date >= ?",
                    schoolId,
                    end,
                    start,
                    rs -> closed.add(new ReconciliationRules.ClosedRange(
                            rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate())));
            List<ClassReconciliation> results = new ArrayList<>();
            for (long classId : classes) {
                List<ReconciliationRules.LessonData> classLessons = lessons.getOrDefault(classId, List.of());
                if (classLessons.isEmpty()) {
                    results.add(new ClassReconciliation(schoolId, classId, List.of(), List.of()));
                    continue;
                }
                ReconciliationRules.Result result = ReconciliationRules.apply(
                        classLessons,
                        students.getOrDefault(classId, List.of()),
                        members.getOrDefault(classId, Map.of()),
                        absences.getOrDefault(classId, List.of()),
                        marked.getOrDefault(classId, Set.of()),
                        excuses.getOrDefault(classId, List.of()),
                        closed);
                List<ReconciliationRules.Finding> findings = result.findings().stream()
                        .filter(f -> !settled.contains(classId + "/" + f.key()))
                        .toList();
                results.add(new ClassReconciliation(schoolId, classId, findings, result.corrections()));
            }
            return new SchoolReconciliation(results);
        }
    }

    private static <T> List<T> of(Map<Long, List<T>> byClass, long classId) {
        return byClass.computeIfAbsent(classId, k -> new ArrayList<>());
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, long schoolId, Date start, Date end, Row row)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, schoolId);
            if (start != null) {
                ps.setDate(2, start);
                ps.setDate(3, end);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
