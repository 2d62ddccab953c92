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
 * Loads one class's lessons, absences, marks, excuses, subgroups and the school's closed periods in
 * the range with one query each, and applies {@link ReconciliationRules}. Findings already settled by the class teacher
 * are not found again.
 */
@Named
public class ReconciliationProcessor implements ItemProcessor {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String schoolId;

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Override
    public Object processItem(Object item) throws Exception {
        long classId = (Long) item;
        DateRange range = DateRange.of(from, to);
        Date start = Date.valueOf(range.from());
        Date end = Date.valueOf(range.to());
        try (Connection c = dataSource.getConnection()) {
            List<ReconciliationRules.LessonData> lessons = new ArrayList<>();
            query(
                    c,
                    "SELECT id, subgroup_id, lesson_date, period_no, attendance_taken FROM lesson"
                            + " WHERE school_class_id = ? AND lesson_date BETWEEN ? AND ? AND cancelled = FALSE",
                    classId,
                    start,
                    end,
                    rs -> lessons.add(new ReconciliationRules.LessonData(
                            rs.getLong(1),
                            rs.getObject(2) == null ? null : rs.getLong(2),
                            rs.getDate(3).toLocalDate(),
                            rs.getInt(4),
                            rs.getBoolean(5))));
            if (lessons.isEmpty()) {
                return new ClassReconciliation(Long.parseLong(schoolId), classId, List.of(), List.of());
            }
            List<Long> students = new ArrayList<>();
            query(
                    c,
                    "SELECT id FROM student WHERE school_class_id = ? ORDER BY id",
                    classId,
                    null,
                    null,
                    rs -> students.add(rs.getLong(1)));
            Map<Long, Set<Long>> members = new HashMap<>();
            query(
                    c,
                    "SELECT m.subgroup_id, m.student_id FROM subgroup_member m JOIN subgroup g ON g.id = m.subgroup_id"
                            + " WHERE g.school_class_id = ?",
                    classId,
                    null,
                    null,
                    rs -> members.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(rs.getLong(2)));
            List<ReconciliationRules.AbsenceData> absences = new ArrayList<>();
            query(
                    c,
                    "SELECT a.id, a.lesson_id, a.student_id, a.code FROM absence a JOIN lesson l ON l.id = a.lesson_id"
                            + " WHERE l.school_class_id = ? AND l.lesson_date BETWEEN ? AND ? AND l.cancelled = FALSE",
                    classId,
                    start,
                    end,
                    rs -> absences.add(new ReconciliationRules.AbsenceData(
                            rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4))));
            Set<String> marked = new HashSet<>();
            query(
                    c,
                    "SELECT DISTINCT m.student_id, l.lesson_date FROM mark m JOIN lesson l ON l.id = m.lesson_id"
                            + " WHERE l.school_class_id = ? AND l.lesson_date BETWEEN ? AND ?",
                    classId,
                    start,
                    end,
                    rs -> marked.add(rs.getLong(1) + ":" + rs.getDate(2).toLocalDate()));
            List<ReconciliationRules.ExcuseData> excuses = new ArrayList<>();
            query(
                    c,
                    "SELECT e.student_id, e.date_from, e.date_to, e.reason FROM absence_excuse e"
                            + " JOIN student s ON s.id = e.student_id WHERE s.school_class_id = ? AND e.date_to >= ?"
                            + " AND e.date_from <= ?",
                    classId,
                    start,
                    end,
                    rs -> excuses.add(new ReconciliationRules.ExcuseData(
                            rs.getLong(1),
                            rs.getDate(2).toLocalDate(),
                            rs.getDate(3).toLocalDate(),
                            rs.getString(4))));
            Set<String> settled = new HashSet<>();
            query(
                    c,
                    "SELECT kind, student_id, lesson_id, finding_date FROM reconciliation_finding"
                            + " WHERE school_class_id = ? AND finding_date BETWEEN ? AND ? AND status = 'SETTLED'",
                    classId,
                    start,
                    end,
                    rs -> settled.add(new ReconciliationRules.Finding(
                                    rs.getString(1),
                                    (Long) (rs.getObject(2) == null ? null : rs.getLong(2)),
                                    (Long) (rs.getObject(3) == null ? null : rs.getLong(3)),
                                    rs.getDate(4).toLocalDate())
                            .key()));
            List<ReconciliationRules.ClosedRange> closed = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT start_date, end_date FROM study_period"
                    + " WHERE school_id = ? AND closed = TRUE AND start_date <= ? AND end_date >= ?")) {
                ps.setLong(1, Long.parseLong(schoolId));
                ps.setDate(2, end);
                ps.setDate(3, start);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        closed.add(new ReconciliationRules.ClosedRange(
                                rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()));
                    }
                }
            }
            ReconciliationRules.Result result =
                    ReconciliationRules.apply(lessons, students, members, absences, marked, excuses, closed);
            List<ReconciliationRules.Finding> findings = result.findings().stream()
                    .filter(f -> !settled.contains(f.key()))
                    .toList();
            return new ClassReconciliation(Long.parseLong(schoolId), classId, findings, result.corrections());
        }
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, long classId, Date start, Date end, Row row)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, classId);
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
