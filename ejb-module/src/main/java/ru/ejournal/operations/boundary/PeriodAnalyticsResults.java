package ru.ejournal.operations.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.security.boundary.AccessControl;

/**
 * The figures of the period-analytics job for the screens: the class teacher's analysis of their
 * class, the deputy director's of the school.
 */
@Stateless
@RolesAllowed({CLASS_TEACHER, DEPUTY_DIRECTOR, ADMIN})
public class PeriodAnalyticsResults {

    private static final String SELECT = "SELECT a.school_class_id, c.code, a.subject_id, j.name, a.students,"
            + " a.average_mark, a.success_rate, a.quality_rate, a.missed, a.missed_ill, a.missed_excused,"
            + " a.missed_unexcused, a.late FROM period_analytics a JOIN school_class c ON c.id = a.school_class_id"
            + " JOIN subject j ON j.id = a.subject_id WHERE a.study_period_id = ?1 AND ";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    public List<AnalyticsRow> ofClass(
            @NotNull(message = "{operations.class.required}") Long classId,
            @NotNull(message = "{operations.period.required}") Long periodId) {
        access.checkClass(classId, AccessControl.Intent.READ);
        return rows(SELECT + "a.school_class_id = ?2 ORDER BY j.name", periodId, classId);
    }

    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public List<AnalyticsRow> ofSchool(
            @NotNull(message = "{operations.school.required}") Long schoolId,
            @NotNull(message = "{operations.period.required}") Long periodId) {
        access.checkSchool(schoolId, AccessControl.Intent.READ);
        return rows(SELECT + "a.school_id = ?2 ORDER BY c.grade, c.code, j.name", periodId, schoolId);
    }

    /** The grade distribution of a class in a period: marks of the lessons in the period's dates, by value. */
    public List<MarkCount> marksOfClass(
            @NotNull(message = "{operations.class.required}") Long classId,
            @NotNull(message = "{operations.period.required}") Long periodId) {
        access.checkClass(classId, AccessControl.Intent.READ);
        return marks("c.id = ?2", periodId, classId);
    }

    /** The grade distribution of the whole school in a period. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public List<MarkCount> marksOfSchool(
            @NotNull(message = "{operations.school.required}") Long schoolId,
            @NotNull(message = "{operations.period.required}") Long periodId) {
        access.checkSchool(schoolId, AccessControl.Intent.READ);
        return marks("c.school_id = ?2", periodId, schoolId);
    }

    private List<MarkCount> marks(String where, long periodId, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT SUBSTRING(m.mark_value, 1, 1), COUNT(*) FROM mark m"
                        + " JOIN lesson l ON l.id = m.lesson_id JOIN school_class c ON c.id = l.school_class_id"
                        + " JOIN study_period p ON p.id = ?1 AND p.school_id = c.school_id"
                        + " WHERE l.lesson_date BETWEEN p.start_date AND p.end_date AND " + where
                        + " GROUP BY SUBSTRING(m.mark_value, 1, 1)")
                .setParameter(1, periodId)
                .setParameter(2, id)
                .getResultList();
        long[] counts = new long[6];
        for (Object[] r : rows) {
            String value = String.valueOf(r[0]);
            if (value.length() == 1 && value.charAt(0) >= '2' && value.charAt(0) <= '5') {
                counts[value.charAt(0) - '0'] += number(r[1]);
            }
        }
        return java.util.stream.IntStream.rangeClosed(2, 5)
                .mapToObj(v -> new MarkCount(v, counts[v]))
                .toList();
    }

    /** The study periods of the school's current year, in calendar order (for the period choice). */
    public List<AnalyticsPeriod> periods(@NotNull(message = "{operations.school.required}") Long schoolId) {
        access.checkSchool(schoolId, AccessControl.Intent.READ);
        return em.createQuery(
                        "SELECT p FROM StudyPeriod p WHERE p.school.id = :schoolId"
                                + " AND p.academicYear.current = TRUE ORDER BY p.startDate, p.endDate DESC",
                        StudyPeriod.class)
                .setParameter("schoolId", schoolId)
                .getResultStream()
                .map(p -> new AnalyticsPeriod(
                        p.getId(), p.getCode(), p.getName(), p.getKind().name(), p.getStartDate(), p.getEndDate()))
                .toList();
    }

    /** The school of the caller (the deputy's screen shows this school). */
    public Long callerSchool() {
        return access.callerSchool().getId();
    }

    private List<AnalyticsRow> rows(String sql, long periodId, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, periodId)
                .setParameter(2, id)
                .getResultList();
        return rows.stream()
                .map(r -> new AnalyticsRow(
                        number(r[0]),
                        (String) r[1],
                        number(r[2]),
                        (String) r[3],
                        (int) number(r[4]),
                        decimal(r[5]),
                        decimal(r[6]),
                        decimal(r[7]),
                        (int) number(r[8]),
                        (int) number(r[9]),
                        (int) number(r[10]),
                        (int) number(r[11]),
                        (int) number(r[12])))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
