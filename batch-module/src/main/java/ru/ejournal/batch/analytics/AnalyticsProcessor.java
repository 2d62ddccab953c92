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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Loads one school's rosters, lessons' subjects, period grades, marks and absences of the period with one
 * query each (issue 12: a school per item) and computes {@link AnalyticsRules} per class and subject
 * (subjects with lessons of the class in the period or with period grades of its pupils): the class's
 * figures and each pupil's result.
 */
@Named
public class AnalyticsProcessor implements ItemProcessor {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String periodCode;

    @Override
    public Object processItem(Object item) throws Exception {
        long school = (Long) item;
        try (Connection c = dataSource.getConnection()) {
            Period period = resolvePeriod(c, school);
            if (period == null) {
                return new SchoolAnalytics(school, null, List.of());
            }
            // the school's classes, each with its roster on the period's last day: a pupil counts in the class they
            // belong to on that day (by their class history, else their class), graduates in their last year's class
            TreeMap<Long, List<Long>> rosters = new TreeMap<>();
            query(
                    c,
                    "SELECT id FROM school_class WHERE school_id = ? ORDER BY id",
                    List.of(school),
                    rs -> rosters.put(rs.getLong(1), new ArrayList<>()));
            Map<Long, List<Long>> classesOf = new HashMap<>();
            query(
                    c,
                    "SELECT s.id, s.school_class_id, mb.school_class_id, CASE WHEN EXISTS (SELECT 1 FROM"
                            + " student_class_membership x WHERE x.student_id = s.id) THEN 1 ELSE 0 END FROM student s"
                            + " LEFT JOIN student_class_membership mb ON mb.student_id = s.id"
                            + " AND (mb.valid_from IS NULL OR mb.valid_from <= ?) AND (mb.valid_to IS NULL OR mb.valid_to >= ?)"
                            + " WHERE s.school_id = ? AND s.status IN ('STUDYING', 'GRADUATED') ORDER BY s.id",
                    List.of(period.end, period.end, school),
                    rs -> {
                        long student = rs.getLong(1);
                        long own = rs.getLong(2);
                        long member = rs.getLong(3);
                        boolean noMembershipThatDay = rs.wasNull();
                        boolean hasMemberships = rs.getInt(4) == 1;
                        if (hasMemberships && noMembershipThatDay) {
                            return; // memberships, none on that day
                        }
                        long inClass = hasMemberships ? member : own;
                        List<Long> roster = rosters.get(inClass);
                        if (roster != null) {
                            roster.add(student);
                            classesOf
                                    .computeIfAbsent(student, k -> new ArrayList<>())
                                    .add(inClass);
                        }
                    });
            Map<Long, TreeSet<Long>> subjects = new HashMap<>();
            query(
                    c,
                    "SELECT DISTINCT school_class_id, subject_id FROM lesson WHERE school_id = ?"
                            + " AND lesson_date BETWEEN ? AND ?",
                    List.of(school, period.start, period.end),
                    rs -> subjects.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                            .add(rs.getLong(2)));
            // class -> subject -> student -> value
            Map<Long, Map<Long, Map<Long, String>>> grades = new HashMap<>();
            query(
                    c,
                    "SELECT student_id, subject_id, grade_value FROM period_grade WHERE study_period_id = ?"
                            + " AND kind = 'PERIOD'",
                    List.of(period.id),
                    rs -> {
                        for (long inClass : classesOf.getOrDefault(rs.getLong(1), List.of())) {
                            grades.computeIfAbsent(inClass, k -> new HashMap<>())
                                    .computeIfAbsent(rs.getLong(2), k -> new HashMap<>())
                                    .put(rs.getLong(1), rs.getString(3));
                            subjects.computeIfAbsent(inClass, k -> new TreeSet<>())
                                    .add(rs.getLong(2));
                        }
                    });
            // class -> subject -> marks; the marks of the school's lessons in the period, wherever given
            Map<Long, Map<Long, List<AnalyticsRules.MarkData>>> marks = new HashMap<>();
            query(
                    c,
                    "SELECT m.student_id, l.subject_id, m.mark_value, m.weight FROM mark m JOIN lesson l ON l.id = m.lesson_id"
                            + " WHERE l.school_id = ? AND l.lesson_date BETWEEN ? AND ?",
                    List.of(school, period.start, period.end),
                    rs -> {
                        for (long inClass : classesOf.getOrDefault(rs.getLong(1), List.of())) {
                            marks.computeIfAbsent(inClass, k -> new HashMap<>())
                                    .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                                    .add(new AnalyticsRules.MarkData(rs.getLong(1), rs.getString(3), rs.getInt(4)));
                        }
                    });
            // class -> subject -> student -> codes
            Map<Long, Map<Long, Map<Long, List<String>>>> absences = new HashMap<>();
            query(
                    c,
                    "SELECT a.student_id, l.subject_id, a.code FROM absence a JOIN lesson l ON l.id = a.lesson_id"
                            + " WHERE l.school_id = ? AND l.lesson_date BETWEEN ? AND ?",
                    List.of(school, period.start, period.end),
                    rs -> {
                        for (long inClass : classesOf.getOrDefault(rs.getLong(1), List.of())) {
                            absences.computeIfAbsent(inClass, k -> new HashMap<>())
                                    .computeIfAbsent(rs.getLong(2), k -> new HashMap<>())
                                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(rs.getString(3));
                        }
                    });
            List<ClassAnalytics> classes = new ArrayList<>();
            for (Map.Entry<Long, List<Long>> e : rosters.entrySet()) {
                long classId = e.getKey();
                List<AnalyticsRules.SubjectAnalysis> figures = new ArrayList<>();
                for (long subject : subjects.getOrDefault(classId, new TreeSet<>())) {
                    figures.add(AnalyticsRules.analyse(
                            subject,
                            period.passFail.getOrDefault(subject, false),
                            period.rule,
                            e.getValue(),
                            marks.getOrDefault(classId, Map.of()).getOrDefault(subject, List.of()),
                            grades.getOrDefault(classId, Map.of()).getOrDefault(subject, Map.of()),
                            absences.getOrDefault(classId, Map.of()).getOrDefault(subject, Map.of())));
                }
                classes.add(new ClassAnalytics(school, classId, period.id, figures));
            }
            return new SchoolAnalytics(school, period.id, classes);
        }
    }

    private record Period(long id, Date start, Date end, AnalyticsRules.Rule rule, Map<Long, Boolean> passFail) {}

    /**
     * The school's period of that code; of several (several years), the current year's, else the one that
     * ends last (a year end copies the codes into a draft year that is not current yet); with the school's
     * rule of the proposed grade and its pass/fail subjects.
     */
    private Period resolvePeriod(Connection c, long school) throws SQLException {
        Object[] found = new Object[3];
        query(
                c,
                "SELECT p.id, p.start_date, p.end_date FROM study_period p JOIN academic_year y ON y.id = p.academic_year_id"
                        + " WHERE p.school_id = ? AND p.code = ?"
                        + " ORDER BY CASE WHEN y.is_current THEN 1 ELSE 0 END, p.end_date",
                List.of(school, periodCode == null ? "" : periodCode.trim()),
                rs -> {
                    found[0] = rs.getLong(1);
                    found[1] = rs.getDate(2);
                    found[2] = rs.getDate(3);
                });
        if (found[0] == null) {
            return null;
        }
        AnalyticsRules.Rule[] rule = new AnalyticsRules.Rule[1];
        // The school's own rule of the proposed grade, as the grade book applies it.
        query(
                c,
                "SELECT rounding_threshold, min_marks_per_period FROM school WHERE id = ?",
                List.of(school),
                rs -> rule[0] = new AnalyticsRules.Rule(rs.getBigDecimal(1), rs.getInt(2)));
        Map<Long, Boolean> passFail = new HashMap<>();
        query(
                c,
                "SELECT id, grading FROM subject WHERE school_id = ?",
                List.of(school),
                rs -> passFail.put(rs.getLong(1), "PASS_FAIL".equals(rs.getString(2))));
        return new Period((Long) found[0], (Date) found[1], (Date) found[2], rule[0], passFail);
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
