package ru.ejournal.journal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.journal.entity.PeriodGradeKind;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.school.entity.TeachingAssignment;

/**
 * The statements of the grade book that its services share: the assignment of a grid with its
 * relations joined in, the grid's pupils of a period, the grid's lessons as JPQL conditions. No access
 * check here: the services ask {@code AccessControl.checkAssignment} first.
 */
@Dependent
public class GradeBookQueries {

    /** EclipseLink's fetch-join hint (cumulative, nested paths allowed); other providers ignore it. */
    public static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";

    /** EclipseLink builds relations in name order: the year comes before the school, so its school is joined too. */
    private static final List<String> ASSIGNMENT_GRAPH = List.of(
            "a.academicYear.school",
            "a.school",
            "a.teacher",
            "a.schoolClass",
            "a.schoolClass.academicYear",
            "a.schoolClass.classTeacher",
            "a.subgroup",
            "a.subgroup.teacher",
            "a.subject");

    @PersistenceContext
    EntityManager em;

    /** The assignment with every to-one relation it holds joined in (one statement), or null. */
    public TeachingAssignment assignment(Long id) {
        TypedQuery<TeachingAssignment> query = em.createQuery(
                        "select a from TeachingAssignment a where a.id = :id", TeachingAssignment.class)
                .setParameter("id", id);
        for (String path : ASSIGNMENT_GRAPH) {
            query.setHint(LEFT_JOIN_FETCH, path);
        }
        return query.getResultStream().findFirst().orElse(null);
    }

    /** The caller replaces (замена) a lesson of the assignment's class, subject and group: they read its grid. */
    public boolean replacesIn(TeachingAssignment a, Long staff) {
        TypedQuery<Long> query = em.createQuery(
                """
                        select count(l) from Lesson l where l.replacementTeacher.id = :staff
                        and l.schoolClass = :schoolClass and l.subject = :subject and """ + (a.getSubgroup() == null ? " l.subgroup is null" : " l.subgroup = :subgroup"), Long.class);
        query.setParameter("staff", staff)
                .setParameter("schoolClass", a.getSchoolClass())
                .setParameter("subject", a.getSubject());
        if (a.getSubgroup() != null) {
            query.setParameter("subgroup", a.getSubgroup());
        }
        return query.getSingleResult() > 0;
    }

    public StudyPeriod period(TeachingAssignment a, Long periodId) {
        StudyPeriod period = em.find(StudyPeriod.class, periodId);
        if (period == null || !period.getAcademicYear().equals(a.getAcademicYear())) {
            throw new BusinessException("journal.period.notOfAssignment");
        }
        return period;
    }

    /**
     * The grid's pupils: id, names, status and their days in the class (from, until; null = open). A
     * class's pupils in a period are those whose class history puts them in it on some day of the
     * period, or, with no history, whose class it is (see {@code StudentClassMembership}).
     */
    public List<Object[]> students(TeachingAssignment a, StudyPeriod period) {
        List<Object[]> rows;
        if (a.getSubgroup() != null) {
            rows = em.createQuery("""
                    select s.id, s.lastName, s.firstName, s.patronymic, s.status, mb.validFrom, mb.validTo
                    from Student s
                    left join StudentClassMembership mb on mb.student = s and mb.schoolClass.id = :classId
                    where s.id in (select gm.id from Subgroup g join g.members gm where g.id = :groupId)
                    order by s.lastName, s.firstName, s.patronymic""", Object[].class)
                    .setParameter("groupId", a.getSubgroup().getId())
                    .setParameter("classId", a.getSchoolClass().getId())
                    .getResultList();
        } else {
            rows = em.createQuery("""
                    select s.id, s.lastName, s.firstName, s.patronymic, s.status, mb.validFrom, mb.validTo
                    from Student s
                    left join StudentClassMembership mb on mb.student = s and mb.schoolClass.id = :classId
                    where (s.schoolClass.id = :classId
                           and not exists (select x from StudentClassMembership x where x.student = s))
                       or (mb.id is not null and (mb.validFrom is null or mb.validFrom <= :to)
                           and (mb.validTo is null or mb.validTo >= :from))
                    order by s.lastName, s.firstName, s.patronymic""", Object[].class)
                    .setParameter("classId", a.getSchoolClass().getId())
                    .setParameter("from", period.getStartDate())
                    .setParameter("to", period.getEndDate())
                    .getResultList();
        }
        // a pupil back in a class they left has two spans: one row, from the first day to the last
        Map<Long, Object[]> byStudent = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Object[] seen = byStudent.putIfAbsent((Long) r[0], r);
            if (seen != null) {
                seen[5] = seen[5] == null || r[5] == null ? null : min((LocalDate) seen[5], (LocalDate) r[5]);
                seen[6] = seen[6] == null || r[6] == null ? null : max((LocalDate) seen[6], (LocalDate) r[6]);
            }
        }
        return new ArrayList<>(byStudent.values());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The JPQL condition that the mark's pupil {@code gs} is one of the grid's (over the lesson filter's parameters). */
    public static String gridPupils(Long subgroupId) {
        return subgroupId == null
                ? "(gs.schoolClass.id = :classId or exists (select gx from StudentClassMembership gx"
                        + " where gx.student = gs and gx.schoolClass.id = :classId))"
                : "exists (select gg from Subgroup gg join gg.members gm"
                        + " where gg.id = :subgroupId and gg.schoolClass.id = :classId and gm = gs)";
    }

    /**
     * The grid's lessons: the whole-class ones for a whole-class assignment; for a subgroup's, the
     * subgroup's lessons and, once the subject is split (no whole-class assignment left), the class's
     * whole-class lessons of the subject from before the split, so that the marks given there stay in
     * sight (read-only unless the caller taught them).
     */
    public static String subgroupCondition(Long subgroupId, boolean withWholeClass) {
        return subgroupId == null
                ? "l.subgroup is null"
                : withWholeClass
                        ? "(l.subgroup.id = :subgroupId or l.subgroup is null)"
                        : "l.subgroup.id = :subgroupId";
    }

    /** Whether the subgroup's subject is split with no whole-class assignment left (one statement, subgroup grids only). */
    public boolean splitMidYear(TeachingAssignment a) {
        return em.createQuery("""
                        select count(wa) from TeachingAssignment wa
                        where wa.schoolClass = :c and wa.subject = :s and wa.subgroup is null""", Long.class)
                        .setParameter("c", a.getSchoolClass())
                        .setParameter("s", a.getSubject())
                        .getSingleResult()
                == 0;
    }

    public static <T> TypedQuery<T> lessonFilter(TypedQuery<T> query, TeachingAssignment a, StudyPeriod period) {
        query.setParameter("classId", a.getSchoolClass().getId())
                .setParameter("subjectId", a.getSubject().getId())
                .setParameter("from", period.getStartDate())
                .setParameter("to", period.getEndDate());
        if (a.getSubgroup() != null) {
            query.setParameter("subgroupId", a.getSubgroup().getId());
        }
        return query;
    }

    public static PeriodGradeKind gradeKind(StudyPeriod period) {
        return period.getKind() == StudyPeriodKind.YEAR ? PeriodGradeKind.YEAR : PeriodGradeKind.PERIOD;
    }
}
