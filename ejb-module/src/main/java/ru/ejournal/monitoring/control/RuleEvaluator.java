package ru.ejournal.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ejournal.monitoring.boundary.EvaluationResult;
import ru.ejournal.monitoring.boundary.EvaluationScope;
import ru.ejournal.monitoring.entity.Severity;
import ru.ejournal.monitoring.entity.ViolationRule;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;

/**
 * Evaluates the six journal-completeness rules of one school with set-based SQL: for each rule one
 * {@code INSERT … SELECT} opens the violations that are not open yet and one {@code UPDATE … WHERE
 * NOT EXISTS} closes those whose data has been fixed. Java only computes the school's deadlines
 * (a handful of dates); it never walks lessons or students. The school row is locked for the
 * duration, so that two evaluations of one school never open the same violation twice.
 *
 * <p>Only the current academic year is evaluated. A lesson creates no violation when it is
 * cancelled, falls on a school holiday, or lies outside every study period (каникулы).
 */
@Dependent
public class RuleEvaluator {

    private static final Logger LOG = Logger.getLogger(RuleEvaluator.class.getName());

    @PersistenceContext
    EntityManager em;

    /** The students of a lesson (alias {@code l}) on the lesson's day: its class or its subgroup. */
    private static final String STUDENT_OF_LESSON = """
            s.school_class_id = l.school_class_id
            AND (s.arrived_on IS NULL OR s.arrived_on <= l.lesson_date)
            AND (s.status = 'STUDYING' OR s.departed_on > l.lesson_date)
            AND (l.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_member gm
                 WHERE gm.subgroup_id = l.subgroup_id AND gm.student_id = s.id))
            """;

    /** The studying students of a teaching assignment ({@code ta}) in a period ({@code p}). */
    private static final String STUDENT_OF_ASSIGNMENT = """
            s.status = 'STUDYING'
            AND (s.arrived_on IS NULL OR s.arrived_on <= p.end_date)
            AND (ta.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_member gm
                 WHERE gm.subgroup_id = ta.subgroup_id AND gm.student_id = s.id))
            """;

    private static final String MARK_COUNT = """
            (SELECT COUNT(*) FROM mark m JOIN lesson ml ON ml.id = m.lesson_id
             WHERE m.student_id = %s AND ml.subject_id = %s
               AND ml.lesson_date BETWEEN p.start_date AND p.end_date)""";

    public EvaluationResult evaluate(EvaluationScope scope, LocalDate today, Instant now) {
        School school = em.find(School.class, scope.schoolId(), LockModeType.PESSIMISTIC_WRITE);
        if (school == null) {
            return EvaluationResult.none();
        }
        em.flush();
        AcademicYear year = em.createNamedQuery("AcademicYear.findCurrent", AcademicYear.class)
                .setParameter("schoolId", school.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (year == null) {
            return EvaluationResult.none();
        }
        Context ctx = new Context(school, year, scope, today, timestamp(now), holidays(school, year));
        EvaluationResult result = EvaluationResult.none();
        result = result.plus(lessonRule(
                ctx,
                ViolationRule.TOPIC_MISSING,
                today.minusDays(1L + school.getTopicDeadlineDays()),
                "AND (l.topic IS NULL OR TRIM(l.topic) = '')",
                List.of()));
        result = result.plus(lessonRule(
                ctx,
                ViolationRule.ATTENDANCE_NOT_TAKEN,
                today.minusDays(1L + school.getAttendanceDeadlineDays()),
                "AND l.attendance_taken = FALSE",
                List.of()));
        result = result.plus(lessonRule(
                ctx,
                ViolationRule.MARKS_LATE,
                lastOverdueDay(today, school.getMarksDeadlineDays(), ctx.holidays),
                """
                AND EXISTS (SELECT 1 FROM work_type w WHERE w.id = l.work_type_id AND w.marks_required = TRUE)
                AND EXISTS (SELECT 1 FROM student s WHERE %s
                    AND NOT EXISTS (SELECT 1 FROM mark m WHERE m.lesson_id = l.id AND m.student_id = s.id)
                    AND NOT EXISTS (SELECT 1 FROM absence a WHERE a.lesson_id = l.id AND a.student_id = s.id
                                    AND a.code <> 'OP'))
                """.formatted(STUDENT_OF_LESSON),
                List.of()));
        if (school.isHomeworkRuleEnabled()) {
            result = result.plus(
                    lessonRule(ctx, ViolationRule.HOMEWORK_MISSING, today.minusDays(1), """
                    AND (l.homework IS NULL OR TRIM(l.homework) = '')
                    AND EXISTS (SELECT 1 FROM lesson n WHERE n.school_class_id = l.school_class_id
                        AND n.subject_id = l.subject_id AND n.cancelled = FALSE AND n.lesson_date < ?
                        AND (n.subgroup_id = l.subgroup_id OR (n.subgroup_id IS NULL AND l.subgroup_id IS NULL))
                        AND (n.lesson_date > l.lesson_date
                             OR (n.lesson_date = l.lesson_date AND n.period_no > l.period_no)))
                    """, List.of(date(today))));
        } else {
            result = result.plus(new EvaluationResult(0, closeAll(ctx, ViolationRule.HOMEWORK_MISSING)));
        }
        List<StudyPeriod> periods = em.createNamedQuery("StudyPeriod.findByYear", StudyPeriod.class)
                .setParameter("academicYearId", year.getId())
                .getResultList();
        result = result.plus(tooFewMarks(ctx, periods));
        result = result.plus(periodGradesMissing(ctx, periods));
        return result;
    }

    /** The latest lesson day whose deadline ({@code schoolDays} school days after it) is before today. */
    static LocalDate lastOverdueDay(LocalDate today, int schoolDays, Set<LocalDate> holidays) {
        LocalDate day = today.minusDays(1);
        while (!plusSchoolDays(day, schoolDays, holidays).isBefore(today)) {
            day = day.minusDays(1);
        }
        return day;
    }

    static LocalDate plusSchoolDays(LocalDate day, int schoolDays, Set<LocalDate> holidays) {
        LocalDate result = day;
        int left = schoolDays;
        while (left > 0) {
            result = result.plusDays(1);
            if (isSchoolDay(result, holidays)) {
                left--;
            }
        }
        return result;
    }

    static boolean isSchoolDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    private EvaluationResult lessonRule(
            Context ctx, ViolationRule rule, LocalDate cutoff, String condition, List<Object> conditionParams) {
        Sql insert = new Sql()
                .add(
                        "INSERT INTO violation (id, version, school_id, rule, severity, teacher_id, school_class_id,"
                                + " subgroup_id, subject_id, lesson_id, arisen_at)"
                                + " SELECT nextval('journal_seq'), 0, l.school_id, '" + rule.name() + "', '"
                                + Severity.VIOLATION.name() + "', l.teacher_id, l.school_class_id, l.subgroup_id,"
                                + " l.subject_id, l.id, ?",
                        ctx.now);
        heldLessons(insert, ctx, max(ctx.year.getStartDate(), ctx.scope.from()), min(cutoff, ctx.scope.to()));
        insert.add(condition, conditionParams.toArray());
        if (ctx.scope.classId() != null) {
            insert.add("AND l.school_class_id = ?", ctx.scope.classId());
        }
        if (ctx.scope.teacherId() != null) {
            insert.add("AND l.teacher_id = ?", ctx.scope.teacherId());
        }
        insert.add("AND NOT EXISTS (SELECT 1 FROM violation v WHERE v.lesson_id = l.id AND v.rule = '" + rule.name()
                + "' AND v.closed_at IS NULL)");
        int opened = insert.execute(em, rule + " open");

        Sql close = new Sql()
                .add("UPDATE violation SET closed_at = ?, version = version + 1", ctx.now)
                .add("WHERE school_id = ? AND rule = '" + rule.name() + "' AND closed_at IS NULL", ctx.school.getId())
                .add("AND NOT EXISTS (SELECT 1");
        heldLessons(close, ctx, ctx.year.getStartDate(), cutoff);
        close.add(condition, conditionParams.toArray());
        close.add("AND l.id = violation.lesson_id)");
        int closed = close.execute(em, rule + " close");
        return new EvaluationResult(opened, closed);
    }

    /** {@code FROM lesson l … WHERE}: the held lessons of the school's current year between two days. */
    private static void heldLessons(Sql sql, Context ctx, LocalDate from, LocalDate to) {
        sql.add("""
                FROM lesson l JOIN school_class c ON c.id = l.school_class_id
                WHERE l.school_id = ? AND c.academic_year_id = ? AND l.cancelled = FALSE
                AND l.lesson_date >= ? AND l.lesson_date <= ?
                AND EXISTS (SELECT 1 FROM study_period sp WHERE sp.academic_year_id = c.academic_year_id
                            AND l.lesson_date BETWEEN sp.start_date AND sp.end_date)
                AND NOT EXISTS (SELECT 1 FROM school_holiday h WHERE h.school_id = l.school_id
                                AND h.holiday_date = l.lesson_date)
                """, ctx.school.getId(), ctx.year.getId(), date(from), date(to));
    }

    /** Before 75 % of a period nothing; then a warning; after its end a violation. */
    private EvaluationResult tooFewMarks(Context ctx, List<StudyPeriod> periods) {
        int opened = 0;
        for (StudyPeriod period : periods) {
            Severity phase = fewMarksPhase(period, ctx.today, ctx.school.getFewMarksWarningPercent());
            if (period.getKind() == StudyPeriodKind.YEAR || phase == null || !overlaps(period, ctx.scope)) {
                continue;
            }
            if (phase == Severity.VIOLATION) {
                new Sql()
                        .add(
                                "UPDATE violation SET severity = 'VIOLATION', version = version + 1"
                                        + " WHERE school_id = ? AND rule = 'TOO_FEW_MARKS' AND study_period_id = ?"
                                        + " AND closed_at IS NULL AND severity = 'WARNING'",
                                ctx.school.getId(),
                                period.getId())
                        .execute(em, "TOO_FEW_MARKS upgrade");
            }
            if (ctx.school.getMinMarksPerPeriod() <= 0) {
                continue;
            }
            // One grouped pass over the period's marks, not a count per student and subject.
            Sql insert = assignmentInsert(ctx, ViolationRule.TOO_FEW_MARKS, phase, period);
            insert.add(
                    """
                    AND (s.id, ta.subject_id) NOT IN (SELECT m.student_id, ml.subject_id
                        FROM mark m JOIN lesson ml ON ml.id = m.lesson_id
                        WHERE ml.school_id = ? AND ml.lesson_date BETWEEN ? AND ?
                        GROUP BY m.student_id, ml.subject_id HAVING COUNT(*) >= ?)
                    """,
                    ctx.school.getId(),
                    date(period.getStartDate()),
                    date(period.getEndDate()),
                    ctx.school.getMinMarksPerPeriod());
            opened += insert.execute(em, "TOO_FEW_MARKS open");
        }
        int closed = new Sql()
                .add("UPDATE violation SET closed_at = ?, version = version + 1", ctx.now)
                .add("WHERE school_id = ? AND rule = 'TOO_FEW_MARKS' AND closed_at IS NULL", ctx.school.getId())
                .add(
                        "AND NOT EXISTS (SELECT 1 FROM student s JOIN study_period p ON p.id = violation.study_period_id"
                                + " WHERE s.id = violation.student_id AND s.status = 'STUDYING'"
                                + " AND " + MARK_COUNT.formatted("s.id", "violation.subject_id") + " < ?)",
                        ctx.school.getMinMarksPerPeriod())
                .execute(em, "TOO_FEW_MARKS close");
        return new EvaluationResult(opened, closed);
    }

    static Severity fewMarksPhase(StudyPeriod period, LocalDate today, int warningPercent) {
        if (today.isAfter(period.getEndDate())) {
            return Severity.VIOLATION;
        }
        long days = ChronoUnit.DAYS.between(period.getStartDate(), period.getEndDate());
        LocalDate warnFrom = period.getStartDate().plusDays(Math.round(days * warningPercent / 100.0));
        return today.isBefore(warnFrom) ? null : Severity.WARNING;
    }

    /** Period grades are due by the period's end date plus the school's grace days. */
    private EvaluationResult periodGradesMissing(Context ctx, List<StudyPeriod> periods) {
        int opened = 0;
        for (StudyPeriod period : periods) {
            boolean due = period.getEndDate()
                    .plusDays(ctx.school.getPeriodGradeGraceDays())
                    .isBefore(ctx.today);
            if (!due || !overlaps(period, ctx.scope)) {
                continue;
            }
            Sql insert = assignmentInsert(ctx, ViolationRule.PERIOD_GRADES_MISSING, Severity.VIOLATION, period);
            insert.add("AND NOT EXISTS (SELECT 1 FROM period_grade g WHERE g.student_id = s.id"
                    + " AND g.subject_id = ta.subject_id AND g.study_period_id = p.id)");
            opened += insert.execute(em, "PERIOD_GRADES_MISSING open");
        }
        int closed = new Sql()
                .add("UPDATE violation SET closed_at = ?, version = version + 1", ctx.now)
                .add("WHERE school_id = ? AND rule = 'PERIOD_GRADES_MISSING' AND closed_at IS NULL", ctx.school.getId())
                .add("""
                        AND (EXISTS (SELECT 1 FROM period_grade g WHERE g.student_id = violation.student_id
                                     AND g.subject_id = violation.subject_id
                                     AND g.study_period_id = violation.study_period_id)
                             OR NOT EXISTS (SELECT 1 FROM student s WHERE s.id = violation.student_id
                                            AND s.status = 'STUDYING'))
                        """)
                .execute(em, "PERIOD_GRADES_MISSING close");
        return new EvaluationResult(opened, closed);
    }

    /** {@code INSERT … SELECT} over the students of each teaching assignment of the period's year. */
    private static Sql assignmentInsert(Context ctx, ViolationRule rule, Severity severity, StudyPeriod period) {
        Sql insert = new Sql()
                .add(
                        "INSERT INTO violation (id, version, school_id, rule, severity, teacher_id, school_class_id,"
                                + " subgroup_id, subject_id, student_id, study_period_id, arisen_at)"
                                + " SELECT nextval('journal_seq'), 0, ta.school_id, '" + rule.name() + "', '"
                                + severity.name()
                                + "', ta.teacher_id, ta.school_class_id, ta.subgroup_id, ta.subject_id,"
                                + " s.id, p.id, ?",
                        ctx.now)
                .add("""
                        FROM teaching_assignment ta
                        JOIN study_period p ON p.id = ? AND p.academic_year_id = ta.academic_year_id
                        JOIN student s ON s.school_class_id = ta.school_class_id
                        WHERE ta.school_id = ?
                        """, period.getId(), ctx.school.getId())
                .add("AND " + STUDENT_OF_ASSIGNMENT);
        if (ctx.scope.classId() != null) {
            insert.add("AND ta.school_class_id = ?", ctx.scope.classId());
        }
        if (ctx.scope.teacherId() != null) {
            insert.add("AND ta.teacher_id = ?", ctx.scope.teacherId());
        }
        insert.add("AND NOT EXISTS (SELECT 1 FROM violation v WHERE v.rule = '" + rule.name() + "'"
                + " AND v.closed_at IS NULL AND v.student_id = s.id AND v.subject_id = ta.subject_id"
                + " AND v.study_period_id = p.id)");
        return insert;
    }

    private int closeAll(Context ctx, ViolationRule rule) {
        return new Sql()
                .add("UPDATE violation SET closed_at = ?, version = version + 1", ctx.now)
                .add("WHERE school_id = ? AND rule = '" + rule.name() + "' AND closed_at IS NULL", ctx.school.getId())
                .execute(em, rule + " close all");
    }

    private Set<LocalDate> holidays(School school, AcademicYear year) {
        return new HashSet<>(em.createQuery(
                        "select h.date from SchoolHoliday h where h.school = :school and h.date between :from and :to",
                        LocalDate.class)
                .setParameter("school", school)
                .setParameter("from", year.getStartDate())
                .setParameter("to", year.getEndDate())
                .getResultList());
    }

    private static boolean overlaps(StudyPeriod period, EvaluationScope scope) {
        return (scope.from() == null || !period.getEndDate().isBefore(scope.from()))
                && (scope.to() == null || !period.getStartDate().isAfter(scope.to()));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    static Date date(LocalDate day) {
        return Date.valueOf(day);
    }

    /** Instants are stored as UTC wall-clock time (see {@code InstantConverter}). */
    static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private record Context(
            School school,
            AcademicYear year,
            EvaluationScope scope,
            LocalDate today,
            Timestamp now,
            Set<LocalDate> holidays) {}

    /** Native SQL text with its positional parameters, numbered as they are added. */
    static final class Sql {

        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql add(String fragment, Object... values) {
            int expected = 0;
            for (char ch : fragment.toCharArray()) {
                if (ch == '?') {
                    expected++;
                }
            }
            if (expected != values.length) {
                throw new IllegalArgumentException("Parameters do not match the SQL fragment: " + fragment);
            }
            StringBuilder numbered = new StringBuilder();
            int next = 0;
            for (char ch : fragment.toCharArray()) {
                numbered.append(ch);
                if (ch == '?') {
                    params.add(values[next++]);
                    numbered.append(params.size());
                }
            }
            text.append(' ').append(numbered);
            return this;
        }

        /** Runs the statement; its time is logged at FINE under the step's label. */
        int execute(EntityManager em, String label) {
            long started = System.nanoTime();
            Query query = em.createNativeQuery(text.toString());
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            int rows = query.executeUpdate();
            if (LOG.isLoggable(Level.FINE)) {
                LOG.log(Level.FINE, "{0}|{1}|{2}", new Object[] {
                    label, rows, (System.nanoTime() - started) / 1_000_000.0
                });
            }
            return rows;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
