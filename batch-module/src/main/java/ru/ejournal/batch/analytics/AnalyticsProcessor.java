package ru.ejournal.batch.analytics;

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
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Loads one class's roster, marks, period grades and absences of the period with one query each and
 * computes {@link AnalyticsRules} per subject (subjects with lessons of the class in the period or
 * with period grades): the class's figures and each pupil's result.
 */
@Named
public class AnalyticsProcessor implements ItemProcessor {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String schoolId;

    @Inject
    @BatchProperty
    String periodCode;

    private Long periodId;
    private Date start;
    private Date end;
    private Map<Long, Boolean> passFail;
    private AnalyticsRules.Rule rule;

    @Override
    public Object processItem(Object item) throws Exception {
        long classId = (Long) item;
        long school = Long.parseLong(schoolId);
        try (Connection c = dataSource.getConnection()) {
            if (passFail == null) {
                resolvePeriod(c, school);
            }
            if (periodId == null) {
                return new ClassAnalytics(school, classId, null, List.of());
            }
            List<Long> roster = new ArrayList<>();
            List<Object> inClass = List.of(classId, classId, end, end);
            query(
                    c,
                    "SELECT s.id FROM student s WHERE " + ROSTER + " ORDER BY s.id",
                    inClass,
                    rs -> roster.add(rs.getLong(1)));
            Set<Long> inRoster = new HashSet<>(roster);
            TreeSet<Long> subjects = new TreeSet<>();
            query(
                    c,
                    "SELECT DISTINCT subject_id FROM lesson WHERE school_class_id = ? AND lesson_date BETWEEN ? AND ?",
                    List.of(classId, start, end),
                    rs -> subjects.add(rs.getLong(1)));
            Map<Long, Map<Long, String>> grades = new HashMap<>();
            query(
                    c,
                    "SELECT g.student_id, g.subject_id, g.grade_value FROM period_grade g JOIN student s ON s.id = g.student_id"
                            + " WHERE " + ROSTER + " AND g.study_period_id = ? AND g.kind = 'PERIOD'",
                    params(inClass, periodId),
                    rs -> {
                        if (inRoster.contains(rs.getLong(1))) {
                            grades.computeIfAbsent(rs.getLong(2), k -> new HashMap<>())
                                    .put(rs.getLong(1), rs.getString(3));
                            subjects.add(rs.getLong(2));
                        }
                    });
            Map<Long, List<AnalyticsRules.MarkData>> marks = new HashMap<>();
            query(
                    c,
                    "SELECT m.student_id, l.subject_id, m.mark_value, m.weight FROM mark m JOIN lesson l ON l.id = m.lesson_id"
                            + " JOIN student s ON s.id = m.student_id WHERE " + ROSTER
                            + " AND l.lesson_date BETWEEN ? AND ?",
                    params(inClass, start, end),
                    rs -> {
                        if (inRoster.contains(rs.getLong(1))) {
                            marks.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                                    .add(new AnalyticsRules.MarkData(rs.getLong(1), rs.getString(3), rs.getInt(4)));
                        }
                    });
            Map<Long, Map<Long, List<String>>> absences = new HashMap<>();
            query(
                    c,
                    "SELECT a.student_id, l.subject_id, a.code FROM absence a JOIN lesson l ON l.id = a.lesson_id"
                            + " JOIN student s ON s.id = a.student_id WHERE " + ROSTER
                            + " AND l.lesson_date BETWEEN ? AND ?",
                    params(inClass, start, end),
                    rs -> {
                        if (inRoster.contains(rs.getLong(1))) {
                            absences.computeIfAbsent(rs.getLong(2), k -> new HashMap<>())
                                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(rs.getString(3));
                        }
                    });
            List<AnalyticsRules.SubjectAnalysis> figures = new ArrayList<>();
            for (long subject : subjects) {
                figures.add(AnalyticsRules.analyse(
                        subject,
                        passFail.getOrDefault(subject, false),
                        rule,
                        roster,
                        marks.getOrDefault(subject, List.of()),
                        grades.getOrDefault(subject, Map.of()),
                        absences.getOrDefault(subject, Map.of())));
            }
            return new ClassAnalytics(school, classId, periodId, figures);
        }
    }

    /**
     * The school's period of that code; of several (several years), the current year's, else the one that
     * ends last (a year end copies the codes into a draft year that is not current yet).
     */
    private void resolvePeriod(Connection c, long school) throws SQLException {
        passFail = new HashMap<>();
        query(
                c,
                "SELECT p.id, p.start_date, p.end_date FROM study_period p JOIN academic_year y ON y.id = p.academic_year_id"
                        + " WHERE p.school_id = ? AND p.code = ?"
                        + " ORDER BY CASE WHEN y.is_current THEN 1 ELSE 0 END, p.end_date",
                List.of(school, periodCode == null ? "" : periodCode.trim()),
                rs -> {
                    periodId = rs.getLong(1);
                    start = rs.getDate(2);
                    end = rs.getDate(3);
                });
        // The school's own rule of the proposed grade, as the grade book applies it.
        query(
                c,
                "SELECT rounding_threshold, min_marks_per_period FROM school WHERE id = ?",
                List.of(school),
                rs -> rule = new AnalyticsRules.Rule(rs.getBigDecimal(1), rs.getInt(2)));
        query(
                c,
                "SELECT id, grading FROM subject WHERE school_id = ?",
                List.of(school),
                rs -> passFail.put(rs.getLong(1), "PASS_FAIL".equals(rs.getString(2))));
    }

    /**
     * The class's pupils on the period's last day (parameters: class, class, day, day), with all their
     * marks of the period wherever given: a pupil transferred during the period counts in the class they
     * belong to on its last day (by their class history, else their class), not in the one they left;
     * graduates still count in their last year's class.
     */
    static final String ROSTER = "s.status IN ('STUDYING', 'GRADUATED') AND ((s.school_class_id = ? AND NOT EXISTS"
            + " (SELECT 1 FROM student_class_membership x WHERE x.student_id = s.id)) OR EXISTS"
            + " (SELECT 1 FROM student_class_membership mb WHERE mb.student_id = s.id AND mb.school_class_id = ?"
            + " AND (mb.valid_from IS NULL OR mb.valid_from <= ?) AND (mb.valid_to IS NULL OR mb.valid_to >= ?)))";

    private static List<Object> params(List<Object> first, Object... more) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, List<Object> parameters, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }
}
