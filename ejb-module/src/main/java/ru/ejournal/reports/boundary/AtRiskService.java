package ru.ejournal.reports.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import ru.ejournal.common.boundary.FirstRows;
import ru.ejournal.reports.control.AtRiskPass;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.CallerIds;
import ru.ejournal.security.boundary.AccessControl.Intent;

/**
 * The pupils at risk (issue 16, docs/reports.md «Ученики группы риска») on the screens: a class for its
 * class teacher (and the school's deputy director and administrator), the subject teacher's own teaching
 * assignments, the whole school for the deputy director and administrator with a class filter and paging,
 * and the pass run at once. Another school's staff, a teacher of another class, a parent: refused.
 */
@Stateless
public class AtRiskService {

    /** A class of the filter. */
    public record ClassChoice(long id, String name) implements java.io.Serializable {}

    /** The largest page a screen may ask for. */
    public static final int MAX_PAGE = 200;

    private static final String SELECT = """
            SELECT f.id, f.student_id, s.last_name, s.first_name, f.school_class_id, c.code, f.subject_id, j.name,
                   f.study_period_id, p.name, f.low_grade, f.few_marks, f.absences, f.marks, f.average_mark,
                   f.proposed, f.unexcused, f.weeks_left, f.reason, f.opened_at
            FROM at_risk_pupil f
            JOIN student s ON s.id = f.student_id
            JOIN school_class c ON c.id = f.school_class_id
            JOIN subject j ON j.id = f.subject_id
            JOIN study_period p ON p.id = f.study_period_id
            WHERE f.closed_at IS NULL
            """;

    private static final String ORDER = " ORDER BY c.grade, c.code, s.last_name, s.first_name, s.id, j.name, f.id";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AtRiskPass pass;

    /** Runs the pass for the school now (a demo or a check need not wait for the night). */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public AtRiskPass.Result runNow(@NotNull(message = "{reports.school.missing}") Long schoolId) {
        access.checkSchool(schoolId, Intent.READ);
        return pass.run(schoolId, LocalDate.now(), Instant.now());
    }

    /** The caller's school, for the deputy director's screen. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public Long mySchoolId() {
        return access.callerSchool().getId();
    }

    /** The class's pupils at risk: its class teacher, the school's deputy director and administrator. */
    @RolesAllowed({CLASS_TEACHER, DEPUTY_DIRECTOR, ADMIN})
    public List<AtRiskRow> forClass(@NotNull(message = "{reports.class.required}") Long classId) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        return rows(SELECT + " AND f.school_class_id = ?1" + ORDER, 0, MAX_PAGE * 10, schoolClass.getId());
    }

    /**
     * The pupils at risk in the subject teacher's own teaching assignments that hold today (a subgroup's
     * teacher: that subgroup's pupils), at most {@code max}.
     */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER})
    public List<AtRiskRow> mine(
            @Min(value = 1, message = "{reports.pageSize.range}")
                    @Max(value = MAX_PAGE, message = "{reports.pageSize.range}")
                    int max) {
        CallerIds caller = access.callerIds();
        if (caller.staffMemberId() == null) {
            return List.of();
        }
        return myRows(caller, max, Date.valueOf(LocalDate.now()));
    }

    /** {@link #mine} and {@link #countMine} in one call: the teacher's home card. */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER})
    public FirstRows<AtRiskRow> mineFirst(
            @Min(value = 1, message = "{reports.pageSize.range}")
                    @Max(value = MAX_PAGE, message = "{reports.pageSize.range}")
                    int max) {
        CallerIds caller = access.callerIds();
        if (caller.staffMemberId() == null) {
            return new FirstRows<>(List.of(), 0);
        }
        Date today = Date.valueOf(LocalDate.now());
        return new FirstRows<>(myRows(caller, max, today), myCount(caller, today));
    }

    /** How many of the subject teacher's pupils are at risk. */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER})
    public long countMine() {
        CallerIds caller = access.callerIds();
        if (caller.staffMemberId() == null) {
            return 0;
        }
        return myCount(caller, Date.valueOf(LocalDate.now()));
    }

    /** The open pupils at risk of the caller's teaching assignments that hold on {@code today}. */
    private List<AtRiskRow> myRows(CallerIds caller, int max, Date today) {
        return rows(
                SELECT + " AND f.school_id = ?1 AND " + MY_ASSIGNMENT + ORDER,
                0,
                max,
                caller.schoolId(),
                caller.staffMemberId(),
                today);
    }

    private long myCount(CallerIds caller, Date today) {
        return count(
                "SELECT COUNT(*) FROM at_risk_pupil f WHERE f.closed_at IS NULL AND f.school_id = ?1 AND "
                        + MY_ASSIGNMENT,
                caller.schoolId(),
                caller.staffMemberId(),
                today);
    }

    private static final String MY_ASSIGNMENT = """
            EXISTS (SELECT 1 FROM teaching_assignment ta WHERE ta.teacher_id = ?2
                    AND ta.school_class_id = f.school_class_id AND ta.subject_id = f.subject_id
                    AND (ta.start_date IS NULL OR ta.start_date <= ?3) AND (ta.end_date IS NULL OR ta.end_date >= ?3)
                    AND (ta.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_member gm
                         WHERE gm.subgroup_id = ta.subgroup_id AND gm.student_id = f.student_id)))
            """;

    /** A page of the school's pupils at risk, of one class when {@code classId} is given. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public List<AtRiskRow> forSchool(
            @NotNull(message = "{reports.school.missing}") Long schoolId,
            Long classId,
            @Min(value = 0, message = "{reports.page.invalid}") int first,
            @Min(value = 1, message = "{reports.pageSize.range}")
                    @Max(value = MAX_PAGE, message = "{reports.pageSize.range}")
                    int size) {
        access.checkSchool(schoolId, Intent.READ);
        return classId == null
                ? rows(SELECT + " AND f.school_id = ?1" + ORDER, first, size, schoolId)
                : rows(
                        SELECT + " AND f.school_id = ?1 AND f.school_class_id = ?2" + ORDER,
                        first,
                        size,
                        schoolId,
                        classId);
    }

    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public long countForSchool(@NotNull(message = "{reports.school.missing}") Long schoolId, Long classId) {
        access.checkSchool(schoolId, Intent.READ);
        String sql = "SELECT COUNT(*) FROM at_risk_pupil f WHERE f.closed_at IS NULL AND f.school_id = ?1";
        return classId == null ? count(sql, schoolId) : count(sql + " AND f.school_class_id = ?2", schoolId, classId);
    }

    /** The classes of the school with pupils at risk now, for the filter: id and name. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public List<ClassChoice> classesWithPupilsAtRisk(@NotNull(message = "{reports.school.missing}") Long schoolId) {
        access.checkSchool(schoolId, Intent.READ);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.code FROM school_class c WHERE c.school_id = ?1"
                        + " AND EXISTS (SELECT 1 FROM at_risk_pupil f WHERE f.school_class_id = c.id"
                        + " AND f.closed_at IS NULL) ORDER BY c.grade, c.code")
                .setParameter(1, schoolId)
                .getResultList();
        return rows.stream()
                .map(r -> new ClassChoice(number(r[0]), (String) r[1]))
                .toList();
    }

    private List<AtRiskRow> rows(String sql, int first, int max, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.setFirstResult(first).setMaxResults(max).getResultList();
        List<AtRiskRow> rows = new ArrayList<>();
        for (Object[] r : result) {
            rows.add(new AtRiskRow(
                    number(r[0]),
                    number(r[1]),
                    r[2] + " " + r[3],
                    number(r[4]),
                    (String) r[5],
                    number(r[6]),
                    (String) r[7],
                    number(r[8]),
                    (String) r[9],
                    Boolean.TRUE.equals(r[10]),
                    Boolean.TRUE.equals(r[11]),
                    Boolean.TRUE.equals(r[12]),
                    (int) number(r[13]),
                    r[14] == null ? null : new BigDecimal(r[14].toString()).setScale(2),
                    (String) r[15],
                    (int) number(r[16]),
                    (int) number(r[17]),
                    (String) r[18],
                    r[19] == null ? null : ((Timestamp) r[19]).toLocalDateTime().toInstant(ZoneOffset.UTC)));
        }
        return rows;
    }

    private long count(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return number(query.getSingleResult());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
